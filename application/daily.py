"""Outfit of the day: a user who asks for it ("/daily", "send me an outfit every morning", "매일 아침
코디 보내줘") gets, each morning from eight in Korea, an outfit for the season it is — begun from one of
their own saved pieces fit for the weather when they keep a wardrobe, else from a catalogue piece it
has not begun from in the last two weeks — as the chat's answer in view, so "in black" or "for the
office" go on from it. Each user's morning is claimed in the database before it is sent, so several
bot processes send it once."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone

from sqlalchemy import delete, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from storage import DailyOutfit, User, touch_user
from vocabulary import COLD_CATEGORIES, WARM_CATEGORIES, season_in

from .account import Account
from .answers import Answers
from .ask import Ask
from .chat_states import load_conversation, save_conversation
from .conversation import Conversation
from .replies import Reply, Turn, shop_for_question
from .search import Search
from .wardrobe import Wardrobe
from .wish import Wish

KOREA = timezone(timedelta(hours=9))  # the shoppers' clock: whose morning it is
MORNING = 8  # the hour (Korea time) a day's outfit is sent from, unless the user said another
RECENT = 14  # catalogue pieces an outfit of the day does not begin from again (two weeks' worth)
UNFIT = {"winter": WARM_CATEGORIES, "summer": COLD_CATEGORIES}  # no shorts in December


@dataclass(frozen=True)
class Due:
    """A user whose outfit of the day is to be sent now (claimed: no other process sends it)."""

    user_id: int
    chat_id: int
    language: str


@dataclass
class Daily:
    """Subscribing, the morning's claim, and the outfit itself."""

    sessions: async_sessionmaker[AsyncSession]
    account: Account
    search: Search
    answers: Answers
    wardrobe: Wardrobe

    async def start(
        self, user_id: int | None, chat_id: int, language: str, hour: int | None = None
    ) -> list[Reply]:
        """'/daily' (or '/daily 7': at seven): an outfit every morning in this chat (asked again: still
        one, at the hour said last)."""
        if user_id is None:
            return [Reply("stale")]
        async with self.sessions() as session, session.begin():
            await touch_user(session, user_id, language)
            row = await session.get(DailyOutfit, user_id)
            if row is None:
                row = DailyOutfit(user_id=user_id, chat_id=chat_id, hour=hour or MORNING, anchors=[])
                session.add(row)
            else:
                row.chat_id, row.hour = chat_id, hour or row.hour
            hour = row.hour
        shopper = await self.account.shopper(user_id)  # for whom? asked once, as under an outfit
        asked = [] if shopper.gender or shopper.asked else [shop_for_question()]
        if asked:
            await self.account.set_shopper(user_id, language)
        return [Reply("daily_on", {"hour": hour}), *asked]

    async def stop(self, user_id: int | None) -> list[Reply]:
        """'/daily off', 'stop the daily outfit': no more mornings."""
        if user_id is None:
            return [Reply("stale")]
        async with self.sessions() as session, session.begin():
            result = await session.execute(delete(DailyOutfit).where(DailyOutfit.user_id == user_id))
        return [Reply("daily_off" if result.rowcount else "daily_was_off")]  # type: ignore[attr-defined]

    async def when(self, user_id: int | None) -> list[Reply]:
        """'What time will you send it?', '몇 시에 보내줘?': the morning outfit's hour, or that it is off."""
        async with self.sessions() as session:
            row = await session.get(DailyOutfit, user_id) if user_id is not None else None
        return [Reply("daily_when", {"hour": row.hour}) if row is not None else Reply("daily_was_off")]

    async def due(self, now: datetime) -> list[Due]:
        """The users whose morning it is and who have not had today's outfit, each claimed (its
        `last_sent` set to today in one conditional update) so only one process sends it."""
        local = now.astimezone(KOREA)
        today = local.date()
        waiting = or_(DailyOutfit.last_sent.is_(None), DailyOutfit.last_sent < today)
        async with self.sessions() as session:
            rows = (
                await session.execute(
                    select(DailyOutfit.user_id, DailyOutfit.chat_id, User.language)
                    .join(User, User.id == DailyOutfit.user_id)
                    .where(waiting, DailyOutfit.hour <= local.hour)
                )
            ).all()
        due = []
        for user_id, chat_id, language in rows:
            async with self.sessions() as session, session.begin():
                claimed = await session.execute(
                    update(DailyOutfit).where(DailyOutfit.user_id == user_id, waiting).values(last_sent=today)
                )
            if claimed.rowcount:  # type: ignore[attr-defined]
                due.append(Due(user_id, chat_id, language or "en"))
        return due

    async def morning(self, chat_id: int, user_id: int, language: str, today: date) -> Turn:
        """The outfit of the day as the chat's answer in view ("go back" returns to the one before)."""
        conversation = await load_conversation(self.sessions, chat_id)
        language = conversation.speaks(language)  # "speak Korean" said in this chat: its mornings too
        before = conversation.turn_start = conversation.state()
        replies = await self.outfit(conversation, user_id, language, today)
        conversation.remember(before)
        conversation.user_id = user_id
        await save_conversation(self.sessions, conversation, language)
        return Turn(None, conversation.wish, replies, language)

    async def outfit(
        self, conversation: Conversation, user_id: int, language: str, today: date
    ) -> list[Reply]:
        """The day's outfit, for its season: from one of the user's own pieces fit for the weather
        (a different one each day), else from a catalogue piece not begun from lately."""
        season = season_in(today.month)
        wish = Wish(season=season)
        pieces = [p for p in await self.account.wardrobe(user_id) if p.category not in UNFIT.get(season, ())]
        if pieces:  # their own: a different piece each day
            piece = pieces[today.toordinal() % len(pieces)]
            conversation.focus_on(analysis_id=piece.analysis_id)
            conversation.wish = wish
            replies = await self.wardrobe.outfit(conversation, user_id)
            conversation.wish = wish  # what "in black" next refines
            return [Reply("daily_hello"), *replies]
        shopper = await self.account.shopper(user_id)
        async with self.sessions() as session:
            row = await session.get(DailyOutfit, user_id)
            recent = list(row.anchors or []) if row is not None else []
        product = self.search.anchor(Ask(wish, shopper.gender, frozenset(recent))) or self.search.anchor(
            Ask(wish, shopper.gender)
        )
        if product is None:
            return [Reply("daily_hello"), Reply("nothing_found", wish=wish)]
        async with self.sessions() as session, session.begin():
            row = await session.get(DailyOutfit, user_id)
            if row is not None:
                row.anchors = [*recent, product.id][-RECENT:]
        conversation.focus_on(product_id=product.id, chosen=True)  # the bot's, as an occasion's
        conversation.wish = wish
        return [Reply("daily_hello"), *await self.answers.answer(conversation, user_id, "outfit", language)]
