"""Retention: analyses, their recommendations and votes, and conversation state older than the
retention period are deleted; newer ones and what a user saved to their wardrobe are kept."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select, update

from application.ask import Ask
from application.retention import expire
from application.wish import Wish
from storage import Analysis, ChatState, Recommendation, WardrobeItem
from tests.conftest import clothing_photos


async def test_old_rows_go_and_saved_or_recent_ones_stay(stylist) -> None:  # type: ignore[no-untyped-def]
    photos = [clothing_photos(label)[0].read_bytes() for label in ("T-Shirt", "Pants", "Shoes")]
    old, saved, recent = [
        await stylist.analyse.analyze(data, source=f"test:{n}", user_id=5, chat_id=5)
        for n, data in enumerate(photos)
    ]
    row = await stylist.recommend.load(old.id, 5)
    await stylist.recommend.record(
        old.id, "outfit", await stylist.recommend.outfit_for(row, [], set(), Ask(Wish()))
    )
    await stylist.dialogue.text(5, 5, "t-shirts")  # a conversation state row
    assert await stylist.account.save(5, "en", [saved.id]) == 1
    long_ago = datetime.now(UTC) - timedelta(days=120)
    async with stylist.sessions() as session, session.begin():
        aged = [old.id, saved.id]
        await session.execute(update(Analysis).where(Analysis.id.in_(aged)).values(created_at=long_ago))
        await session.execute(update(ChatState).values(updated_at=long_ago))

    assert await expire(stylist.sessions, 0) == 0  # 0 days: keep everything
    deleted = await expire(stylist.sessions, 90)
    async with stylist.sessions() as session:
        ids = set((await session.scalars(select(Analysis.id).where(Analysis.parent_id.is_(None)))).all())
        recommendations = await session.scalar(
            select(func.count()).select_from(Recommendation).where(Recommendation.analysis_id == old.id)
        )
        states = await session.scalar(select(func.count()).select_from(ChatState))
        wardrobe = await session.scalar(select(func.count()).select_from(WardrobeItem))
    assert ids == {saved.id, recent.id}  # the old one is gone; the saved one stays, however old
    assert recommendations == 0 and states == 0 and wardrobe == 1
    assert deleted >= 3
    assert await expire(stylist.sessions, 90) == 0  # nothing left to expire
