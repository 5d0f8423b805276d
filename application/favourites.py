"""Favourites: catalogue products a user keeps from an answer ("save #2", "2번 찜해줘") and finds
again later ("my favourites", /favourites), each with its shop link; "remove #2 from my favourites"
lets one go. Stored per user (`favourites`), deleted with everything else by /forget."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from catalog import Catalog
from storage import Favourite, put_favourite, touch_user

from .conversation import Conversation
from .items import Slot
from .recommend import Recommend
from .replies import Reply

SHOWN = 20  # favourites listed at once, the newest first


@dataclass
class Favourites:
    """The favourites' answers."""

    sessions: async_sessionmaker[AsyncSession]
    catalog: Catalog
    recommend: Recommend

    async def keep(
        self,
        conversation: Conversation,
        user_id: int | None,
        number: int | None,
        language: str,
        it: bool = False,
    ) -> list[Reply]:
        """'Save #2': the product numbered 2 in the answer in view kept (a photo's own garment, or a
        number not shown, said plainly); 'save this look' (no number): the first of each part of
        the outfit in view, the stylist's picks (with those of the parts a swap left out); 'save it'
        (`it`) about a product in view ("how much is #3?", "more like #2"), that product."""
        in_view = self.catalog.items.get(conversation.focus_product_id or -1)
        if number is None and (not it or conversation.mode == "outfit" or in_view is None):
            return await self._keep_look(conversation, user_id, language)
        product = in_view if number is None else conversation.numbered_product(self.catalog, number)
        if product is None:  # "save it" after "how much is #3?": #3
            return [Reply("no_such_number", {"n": number, "count": len(conversation.shown)})]
        if user_id is None:
            return [Reply("stale")]
        async with self.sessions() as session, session.begin():
            await touch_user(session, user_id, language)
            added = await put_favourite(session, user_id, product.id)
        return [Reply("favourite_kept" if added else "favourite_already", {"product": product.name})]

    async def _keep_look(self, conversation: Conversation, user_id: int | None, language: str) -> list[Reply]:
        picks = [i for i, _ in conversation.look_picks(self.catalog)] if conversation.mode == "outfit" else []
        if not picks:
            return [Reply("no_look")]
        if user_id is None:
            return [Reply("stale")]
        async with self.sessions() as session, session.begin():
            await touch_user(session, user_id, language)
            for product_id in reversed(picks):  # listed newest first: in the outfit's order
                await put_favourite(session, user_id, product_id)
        return [Reply("look_kept", {"count": len(picks)})]

    async def drop(self, conversation: Conversation, user_id: int | None, number: int) -> list[Reply]:
        """'Remove #2 from my favourites': numbered as the favourites (or the answer in view) were."""
        product_id = conversation.numbered(number)
        if product_id is None or user_id is None:
            return [Reply("no_such_number", {"n": number, "count": len(conversation.shown)})]
        async with self.sessions() as session, session.begin():
            statement = delete(Favourite).where(
                Favourite.user_id == user_id, Favourite.product_id == product_id
            )
            removed = (await session.execute(statement)).rowcount  # type: ignore[attr-defined]
        name = self.catalog.items[product_id].name if product_id in self.catalog.items else ""
        if not removed:
            return [Reply("not_a_favourite", {"product": name})]
        return [Reply("favourite_removed", {"product": name}), *await self.show(conversation, user_id)]

    async def show(self, conversation: Conversation, user_id: int | None) -> list[Reply]:
        """The user's favourites, newest first, numbered (so "#2" then means the second of them)."""
        async with self.sessions() as session:
            rows = await session.execute(
                select(Favourite.product_id)
                .where(Favourite.user_id == user_id)
                .order_by(Favourite.created_at.desc(), Favourite.id.desc())
                .limit(SHOWN)
            )
        products = [self.catalog.items[i] for i in rows.scalars() if i in self.catalog.items]
        if not products:
            return [Reply("favourites_empty")]
        items = [item for p in products if (item := await self.recommend.offered(p, 1.0)) is not None]
        conversation.showed("favourites", [i.product_id for i in items])
        return [Reply("favourites", {"count": len(items)}, slots=[Slot("similar", items)])]
