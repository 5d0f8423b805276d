"""Retention: what is not kept forever. Photos' analyses (and their garments, the recommendations
made for them and the votes on those) and conversation state older than `STYLIST_RETENTION_DAYS`
are deleted; what a user saved to their wardrobe or favourites is kept until they remove it or
`/forget`. The
journal's records of handled updates go after a day whatever the setting (their payloads, which hold
names, went when they were handled)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from storage import Analysis as AnalysisRow
from storage import ChatState, Feedback, Recommendation, UpdateRecord, WardrobeItem

EVERY_S = 6 * 3600  # how often the bot expires old rows while it runs
CHUNK = 500  # analysis ids per DELETE
JOURNAL_KEPT = timedelta(days=1)  # handled updates' records (redeliveries come within minutes)


async def expire(sessions: async_sessionmaker[AsyncSession], days: int, now: datetime | None = None) -> int:
    """Delete the rows older than `days` (0: keep everything but the journal's); returns how many
    were deleted."""
    now = now or datetime.now(UTC)
    async with sessions() as session, session.begin():
        handled = delete(UpdateRecord).where(UpdateRecord.done_at < now - JOURNAL_KEPT)
        journal = int((await session.execute(handled)).rowcount or 0)  # type: ignore[attr-defined]
    if days <= 0:
        return journal
    cutoff = now - timedelta(days=days)
    async with sessions() as session, session.begin():
        saved = select(WardrobeItem.analysis_id)
        kept = set((await session.scalars(saved)).all())
        parents = select(AnalysisRow.parent_id).where(AnalysisRow.id.in_(kept))
        kept |= {p for p in (await session.scalars(parents)).all() if p is not None}
        old = select(AnalysisRow.id).where(AnalysisRow.created_at < cutoff, AnalysisRow.id.not_in(kept))
        ids = list((await session.scalars(old)).all())
        children = select(AnalysisRow.id).where(AnalysisRow.parent_id.in_(ids), AnalysisRow.id.not_in(kept))
        ids += [i for i in (await session.scalars(children)).all() if i not in ids]
        deleted = (await session.execute(delete(ChatState).where(ChatState.updated_at < cutoff))).rowcount  # type: ignore[attr-defined]
        for start in range(0, len(ids), CHUNK):  # bounded statements, however much has aged
            chunk = ids[start : start + CHUNK]
            for statement in (
                delete(Feedback).where(Feedback.analysis_id.in_(chunk)),
                delete(Recommendation).where(Recommendation.analysis_id.in_(chunk)),
                delete(AnalysisRow).where(AnalysisRow.parent_id.in_(chunk), AnalysisRow.id.not_in(kept)),
            ):
                deleted += (await session.execute(statement)).rowcount  # type: ignore[attr-defined]
        for start in range(0, len(ids), CHUNK):
            statement = delete(AnalysisRow).where(AnalysisRow.id.in_(ids[start : start + CHUNK]))
            deleted += (await session.execute(statement)).rowcount  # type: ignore[attr-defined]
    return journal + deleted
