"""How to look after a garment ("how do I wash it?", "이거 세탁 어떻게 해?", "패딩 세탁법"): the care kind
of what is asked about — a fabric or kind named, a numbered product of the answer in view, else the
garment or product in view (each garment of an outfit photo) — as the advice written for that kind
(`vocabulary.care_kind`; the words are the bot's). Nothing named and nothing in view: which garment."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from catalog import Catalog, CatalogItem
from understanding import Understood
from vocabulary import care_kind

from .answers import Answers
from .conversation import Conversation
from .replies import Reply, examples

WHITES = frozenset({"white"})  # washed with whites only
DARKS = frozenset({"black", "navy", "burgundy", "brown", "purple", "green"})  # inside out, cold: they fade
MOST_PARTS = 3  # an outfit photo: the advice for up to three of its garments' kinds


def _part(care: str | None, colour: str | None = None, **what: str | None) -> dict[str, Any] | None:
    """One piece's advice as data: its care kind, what it is called, and a note on its colour."""
    if care is None:
        return None
    note = "white" if colour in WHITES else "dark" if colour in DARKS else ""
    return {"care": care, "colour_note": note, **{k: v or "" for k, v in what.items()}}


def _product_part(product: CatalogItem) -> dict[str, Any] | None:
    care = care_kind(product.category, product.article_type, style=product.usage)
    return _part(care, product.colour, product=product.name)


@dataclass
class Care:
    """The care advice use case."""

    answers: Answers
    catalog: Catalog

    async def reply(
        self, conversation: Conversation, user_id: int | None, u: Understood, language: str
    ) -> list[Reply]:
        """The advice for what the message names, else for what is in view."""
        if u.ref is not None:  # "can #2 go in the dryer?": that product of the answer in view
            if (product := conversation.numbered_product(self.catalog, u.ref)) is None:
                return [Reply("no_such_number", {"n": u.ref, "count": len(conversation.shown)})]
            parts = [_product_part(product)]
        elif u.material or u.category:  # "how do I wash wool?", "패딩 세탁법", "how to iron a shirt"
            care = care_kind(u.category, kind=u.article, material=u.material, style=u.style)
            parts = [_part(care, u.colour, category=u.category, kind=u.article, material=u.material)]
        else:
            parts = await self._in_view(conversation, user_id)
        parts = [part for part in parts if part is not None]
        if not parts:
            return [Reply("care_which", actions=examples(language))]
        return [Reply("care", {"parts": parts})]

    async def _in_view(self, conversation: Conversation, user_id: int | None) -> list[dict[str, Any] | None]:
        """The product in view (after a search, its first), else the photo's garment or, for an
        outfit photo, its garments' kinds (each kind once)."""
        if (product := conversation.product_in_view(self.catalog)) is not None:
            return [_product_part(product)]
        row, garments, _, _ = await self.answers.focus(conversation, user_id)
        parts: list[dict[str, Any] | None] = []
        for piece in garments or ([row] if row is not None else []):
            style = piece.style if piece.style in ("sports", "formal") else None
            part = _part(care_kind(piece.category, style=style), piece.colour, category=piece.category)
            if part is not None and all(p is None or p["care"] != part["care"] for p in parts):
                parts.append(part)
        return parts[:MOST_PARTS]
