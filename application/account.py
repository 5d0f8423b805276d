"""What Stylist keeps about a user, and the user's say over it: who they shop for and their price
band, their wardrobe of saved garments, and `/forget`, which deletes every row about them."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from storage import Analysis as AnalysisRow
from storage import (
    ChatState,
    DailyOutfit,
    Favourite,
    Feedback,
    Preferences,
    Recommendation,
    User,
    WardrobeItem,
    put_preferences,
    touch_user,
)
from vocabulary import PALETTES, PRICE_BANDS

SHOPS_FOR = ("women", "men", "any")
WARDROBE_LIMIT = 30  # pieces one wardrobe holds (a collage of more is unreadable)


@dataclass(frozen=True)
class Shopper:
    """Who a user shops for (men / women / any; None: not said) and their price band."""

    gender: str | None = None
    min_price: int | None = None
    max_price: int | None = None
    asked: bool = False  # the settings question was put to them once
    palette: str | None = None  # the personal colour they said they are (vocabulary.PALETTES)


@dataclass(frozen=True)
class Piece:
    """One saved garment of a wardrobe: its analysis and what it is."""

    item_id: int
    analysis_id: int
    category: str
    colour: str | None
    style: str
    source: str
    box: list[int] | None

    @property
    def picture(self) -> str:
        """Where it is pictured (its photo, cut to its box)."""
        return picture_key(self.source, self.box)


def picture_key(source: str, box: list[int] | None) -> str:
    """Where the user's own garment is pictured: their photo's source and the garment's box in it
    ("tg:<file id>#10,20,200,400"), for a wardrobe tile."""
    return f"{source}#{','.join(str(int(v)) for v in box)}" if box and len(box) == 4 else source


@dataclass
class Account:
    """Preferences, wardrobe and forgetting, each checked against the user's own rows."""

    sessions: async_sessionmaker[AsyncSession]

    async def shopper(self, user_id: int | None) -> Shopper:
        if user_id is None:
            return Shopper()
        async with self.sessions() as session:
            row = await session.get(Preferences, user_id)
        return Shopper(row.gender, row.min_price, row.max_price, True, row.palette) if row else Shopper()

    async def set_shopper(
        self,
        user_id: int,
        language: str,
        *,
        gender: str | None = None,
        band: int | None = None,
        palette: str | None = None,
    ) -> Shopper:
        """Store who the user shops for, their price band (an index of `PRICE_BANDS`) and/or their
        personal colour ("" forgets it)."""
        values: dict[str, object] = {"palette": palette or None} if palette in (*PALETTES, "") else {}
        if gender in SHOPS_FOR:
            values["gender"] = gender
        if band is not None and 0 <= band < len(PRICE_BANDS):
            values["min_price"], values["max_price"] = PRICE_BANDS[band]
        async with self.sessions() as session, session.begin():
            await touch_user(session, user_id, language)
            await put_preferences(session, user_id, **values)
        return await self.shopper(user_id)

    async def save(self, user_id: int, language: str, analysis_ids: list[int]) -> int:
        """Save the user's own analysed garments to their wardrobe; returns how many are in it now
        of those asked (others' analyses and ones saved before are left as they are)."""
        async with self.sessions() as session, session.begin():
            await touch_user(session, user_id, language)
            owned = set(
                await session.scalars(
                    select(AnalysisRow.id).where(
                        AnalysisRow.id.in_(analysis_ids), AnalysisRow.user_id == user_id
                    )
                )
            )
            saved = set(
                await session.scalars(
                    select(WardrobeItem.analysis_id).where(
                        WardrobeItem.user_id == user_id, WardrobeItem.analysis_id.in_(owned)
                    )
                )
            )
            count = await session.scalar(select(func.count()).where(WardrobeItem.user_id == user_id)) or 0
            for analysis_id in sorted(owned - saved)[: max(0, WARDROBE_LIMIT - count)]:
                session.add(WardrobeItem(user_id=user_id, analysis_id=analysis_id))
            await session.flush()
            return len(owned & saved) + min(len(owned - saved), max(0, WARDROBE_LIMIT - count))

    async def size(self, user_id: int) -> int:
        """How many pieces the user's wardrobe holds."""
        async with self.sessions() as session:
            return await session.scalar(select(func.count()).where(WardrobeItem.user_id == user_id)) or 0

    async def wardrobe(self, user_id: int | None) -> list[Piece]:
        """The user's saved garments, oldest first."""
        if user_id is None:
            return []
        async with self.sessions() as session:
            rows = await session.execute(
                select(WardrobeItem.id, AnalysisRow)
                .join(AnalysisRow, AnalysisRow.id == WardrobeItem.analysis_id)
                .where(WardrobeItem.user_id == user_id)
                .order_by(WardrobeItem.id)
            )
            return [
                Piece(item_id, a.id, a.category, a.colour, a.style, a.source, a.box)
                for item_id, a in rows.all()
            ]

    async def remove(self, user_id: int, item_id: int) -> bool:
        """Take one piece out of the user's wardrobe (False: not theirs, or gone already)."""
        async with self.sessions() as session, session.begin():
            result = await session.execute(
                delete(WardrobeItem).where(WardrobeItem.id == item_id, WardrobeItem.user_id == user_id)
            )
        return bool(result.rowcount)  # type: ignore[attr-defined]

    async def forget(self, user_id: int) -> int:
        """Delete everything stored about the user: analyses and their garments, recommendations
        made for them, votes, wardrobe, favourites, the outfit of the day, preferences, conversation
        state, the user row. Returns the number of rows deleted."""
        async with self.sessions() as session, session.begin():
            mine = select(AnalysisRow.id).where(AnalysisRow.user_id == user_id)
            statements = [
                delete(Feedback).where(or_(Feedback.user_id == user_id, Feedback.analysis_id.in_(mine))),
                delete(WardrobeItem).where(WardrobeItem.user_id == user_id),
                delete(Favourite).where(Favourite.user_id == user_id),
                delete(DailyOutfit).where(DailyOutfit.user_id == user_id),
                delete(ChatState).where(or_(ChatState.user_id == user_id, ChatState.chat_id == user_id)),
                delete(Preferences).where(Preferences.user_id == user_id),
                delete(Recommendation).where(Recommendation.analysis_id.in_(mine)),
                delete(AnalysisRow).where(AnalysisRow.parent_id.in_(mine)),
                delete(AnalysisRow).where(AnalysisRow.user_id == user_id),
                delete(User).where(User.id == user_id),
            ]
            deleted = 0
            for statement in statements:
                deleted += (await session.execute(statement)).rowcount  # type: ignore[attr-defined]
        return deleted
