"""Albums: several photos sent together (one Telegram `media_group_id`) answered as one outfit —
how the pieces go together (`matching.together`), the piece to swap with products that fit the
others better, or else what would complete the look."""

from __future__ import annotations

from dataclasses import dataclass, replace

from matching.together import Note, Piece, Together, judge
from storage import Analysis as AnalysisRow

from .account import picture_key
from .ask import Ask
from .feedback import disliked_by
from .items import Item, Slot
from .looks import kind_of
from .reasons import Reason
from .recommend import Recommend
from .records import largest
from .replies import Action, Reply

MAX_PHOTOS = 10  # Telegram's most for one album


@dataclass
class Albums:
    recommend: Recommend

    async def answer(self, photos: list[tuple[int, int]], ask: Ask, user_id: int | None) -> Reply:
        """One reply for the album's photos (`photos`: (photo number, analysis id), in the order
        sent): how their garments go together, the products to swap one of them for or to complete
        it (never one the user voted 👎), and a button that saves them all."""
        async with self.recommend.sessions() as session:
            disliked = await disliked_by(session, user_id)
        rows = await self.recommend.worn(photos, user_id)  # a photo of a whole outfit: each of its garments
        together = judge([Piece(kind_of(row), row.colour, row.style) for _, row in rows])
        garments = [row for _, row in rows]
        slots: list[Slot] = []
        if together.swap is not None:
            swapped = garments[together.swap]
            others = [g for i, g in enumerate(garments) if i != together.swap]
            wish = replace(ask.wish, category=swapped.category)
            slots = await self.recommend.outfit_for(
                largest(others), others if len(others) > 1 else [], disliked, replace(ask, wish=wish)
            )
        if not slots and together.missing:
            slots = await self.recommend.outfit_for(largest(garments), garments, disliked, ask, n_slots=1)
        pieces = [
            {
                "photo": n,
                "category": row.category,
                "confidence": row.category_confidence,
                "slot": row.slot,
                "colour": row.colour,
                "style": row.style,
            }
            for n, row in rows
        ]
        values = {
            "together": together,
            "pieces": pieces,
            "photos": len({n for n, _ in rows}),
            "swap": together.swap if slots and together.swap is not None else None,
        }
        actions = [[Action("save_album", photos[0][1])]]
        own = Slot("album", [own_item(row) for row in garments])  # numbered first in the collage
        return Reply("album", values, slots=[own, *slots], actions=actions)


def own_item(row: AnalysisRow, reason: Reason | None = None) -> Item:
    """A garment of the user's own (an album's, a wardrobe's) as an item of an answer: their photo,
    no shop link, its id minus the analysis id; its colour is `reason.theirs`."""
    reason = reason or Reason(theirs=row.colour)
    return Item(-row.id, row.category, None, "", picture_key(row.source, row.box), reason)


__all__ = ["MAX_PHOTOS", "Albums", "Note", "Together", "own_item"]
