"""A whole look's price ("how much is the whole outfit?", "다 합쳐서 얼마야?"): its pieces as shown — the
start and each kind's first by their numbers, a kind a narrowed answer no longer shows ("신발은 운동화로")
from the look's earlier answer, or every piece of a capsule or a couple look — priced as their tiles
are (the same shop lookups, each in its share of a whole look's budget) and added up."""

from __future__ import annotations

from dataclasses import dataclass, replace

from catalog import Catalog
from vocabulary import SLOT_CATEGORIES, budget_share

from .conversation import Conversation
from .items import Offering
from .recommend import Recommend
from .replies import Reply

Pieces = list[tuple[int, int | None]]  # each product and its number in view (None: shown before)


@dataclass
class LookPrice:
    """The price of the look in view, added up."""

    catalog: Catalog
    recommend: Recommend

    async def reply(self, conversation: Conversation, every: bool = False) -> list[Reply]:
        """The look in view priced (`every`: each piece shown, a capsule's or a couple look's); the
        user's own garment is not counted, and a piece with no price known (no Naver credentials)
        keeps its link."""
        items = self.catalog.items
        if every:  # the user's own pieces packed are theirs already: not priced
            shown = [(i, n) for n, i in enumerate(conversation.shown, 1) if i in items]
            return await self._priced(conversation, shown) if shown else [Reply("nothing_numbered")]
        firsts = {items[i].slot: (i, n) for i, n in conversation.look_picks(self.catalog)}
        if not firsts:
            return [Reply("nothing_numbered")]
        start, order = conversation.focus_product_id, list(SLOT_CATEGORIES)  # the start, then top to toe
        ordered = sorted(firsts.items(), key=lambda kv: (kv[1][0] != start, order.index(kv[0])))
        return await self._priced(conversation, [piece for _, piece in ordered])

    async def _priced(self, conversation: Conversation, pieces: Pieces) -> list[Reply]:
        """The pieces priced as their tiles are, added up, against a whole look's budget."""
        products = [self.catalog.items[i] for i, _ in pieces]
        wish = replace(conversation.wish, category=None)
        wishes = [wish] * len(pieces)
        if wish.total and wish.max_price:  # "₩100,000 in all": each piece in its slot's share
            slots = [p.slot for p in products]
            wishes = [
                replace(wish, min_price=None, max_price=budget_share(wish.max_price, s, slots)) for s in slots
            ]
        offered = await self.recommend.offer([[Offering(p, 0.0)] for p in products], 1, wishes)
        priced = [
            {"n": n, "name": got[0].name if got else p.name, "price": got[0].price if got else None}
            | ({"link": got[0].link} if got else {})
            for (_, n), p, got in zip(pieces, products, offered, strict=True)
        ]
        own = conversation.focus_analysis_id is not None and conversation.focus_product_id is None
        total = sum(piece["price"] or 0 for piece in priced)
        budget = wish.max_price if wish.total else None
        return [Reply("look_price", {"pieces": priced, "total": total, "own": own, "budget": budget})]
