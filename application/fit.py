"""How a piece runs ("does it run small?", "정사이즈야?", "how does #2 fit?", "what size should I get in
jeans?"): the cut its own name says (slim fit, oversized), the rule of thumb for its kind, and the
shop's size chart and reviews, which know the brand — the bot cannot see how a brand cuts, and says so."""

from __future__ import annotations

from dataclasses import dataclass

from catalog import Catalog
from understanding import Understood
from vocabulary import FIT_SLOTS, cut_of, slot_of

from .answers import Answers
from .conversation import Conversation
from .replies import Reply


@dataclass
class Fit:
    """The fit advice use case."""

    answers: Answers
    catalog: Catalog

    async def reply(self, conversation: Conversation, user_id: int | None, u: Understood) -> Reply:
        """How what the message names runs: a numbered product, a kind named, else what is in view."""
        if u.ref is not None:  # "how does #2 fit?": that product of the answer in view
            product_id = conversation.numbered(u.ref)
            product = self.catalog.items.get(product_id if product_id is not None else -1)
            if product is None:
                return Reply("no_such_number", {"n": u.ref, "count": len(conversation.shown)})
        else:
            product = None if u.category else conversation.product_in_view(self.catalog)
        if product is not None:
            slot, cut = product.slot, cut_of(product.name) or ""
            return Reply("fit", {"product": product.name, "slot": _said(slot), "cut": cut})
        category = u.category
        if category is None and conversation.focus_analysis_id is not None:  # the photo's garment
            row = (await self.answers.focus(conversation, user_id))[0]
            category = row.category if row is not None else None
        return Reply("fit", {"product": "", "slot": _said(slot_of(category)) if category else "", "cut": ""})


def _said(slot: str) -> str:
    return slot if slot in FIT_SLOTS else ""
