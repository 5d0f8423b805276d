"""The products in view, each as its own picture ("show me bigger pictures", "사진 크게 보여줘"): a
collage's tiles are small on a phone, so each product is sent at its shop picture's size (an album in
Telegram), numbered as in view, with its link."""

from __future__ import annotations

from catalog import Catalog

from .conversation import Conversation
from .items import Offering, Slot
from .recommend import Recommend
from .replies import Reply, examples

ALBUM_MAX = 10  # Telegram's most photos in one album


async def pictures(
    conversation: Conversation, catalog: Catalog, recommend: Recommend, it: bool, language: str
) -> list[Reply]:
    """Each catalogue product of the answer in view as its own picture, in its number's order (the one
    "it" points at alone when `it` is said and one is pointed: "show it bigger"); with none numbered,
    "no_pictures_photo" when a photo's reading is in view (its products asked for first), else
    "no_pictures"."""
    ids = [conversation.pointed] if it and conversation.pointed in conversation.shown else conversation.shown
    numbers = [conversation.shown.index(i) + 1 for i in ids]
    shown = [(n, catalog.items[i]) for n, i in zip(numbers, ids, strict=True) if i in catalog.items]
    if not shown and conversation.focus_analysis_id is not None:  # a photo's reading: no product yet
        return [Reply("no_pictures_photo")]
    if not shown:
        return [Reply("no_pictures", actions=examples(language))]
    shown = shown[:ALBUM_MAX]
    offered = await recommend.offer([[Offering(product, 1.0)] for _, product in shown], 1)
    found = [(n, items[0]) for (n, _), items in zip(shown, offered, strict=True) if items]
    if not found:
        return [Reply("no_pictures", actions=examples(language))]
    values = {"numbers": [n for n, _ in found], "total": len(ids)}
    return [Reply("pictures", values, slots=[Slot("similar", [item for _, item in found])])]
