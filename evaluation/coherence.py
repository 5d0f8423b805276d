"""`stylist evaluate coherence`: do the outfits and similar items a photo gets fit it?

Each query is a product photo the catalogue has not seen (its own product, when the catalogue holds
it, is hidden from every search), sent through the same use cases as a Telegram photo. Every
recommended item is then compared with the query's own catalogue metadata, as a shopper would see
it: the same gender (or unisex), no kidswear for adults, the same usage, no summer piece with a
winter one, no product twice in one answer, no answer with pieces for warm and for cold weather
(shorts and a scarf); similar items of the same kind and colour.
"""

from __future__ import annotations

import asyncio
from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import delete, select
from tqdm import tqdm

from application import ImageRejected, Item, Slot, Stylist
from shared_data import Photo
from shared_data import Product as DataProduct
from storage import Analysis as AnalysisRow
from storage import Product
from vocabulary import COLD_CATEGORIES, slot_of

SOURCE = "eval:coherence"


@dataclass
class Tally:
    """Counts over every recommended item and every answer."""

    items: int = 0
    gender_ok: int = 0
    kids_for_adults: int = 0
    same_usage: int = 0
    clashes: int = 0
    answers: int = 0
    weather_mixes: int = 0  # answers with a piece for warm weather and one for the cold (shorts, a scarf)
    empty: int = 0
    repeated_answers: int = 0
    fallback_slots: int = 0
    slots: int = 0
    by_usage: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))

    def add(self, query: DataProduct, slots: list[Slot]) -> None:
        items = [item for slot in slots for item in slot.items]
        self.answers += 1
        self.empty += not items
        self.slots += len(slots)
        self.fallback_slots += sum(1 for slot in slots if slot.fallback_style)
        ids = [item.product_id for item in items]
        self.repeated_answers += len(ids) != len(set(ids))
        self.weather_mixes += {"warm", "cold"} <= {i.product.climate for i in items if i.product}
        for item in items:
            meta = item.product
            if meta is None:
                continue
            self.items += 1
            self.gender_ok += query.gender == "unisex" or meta.gender in (query.gender, "unisex")
            self.kids_for_adults += meta.kids and not query.kids
            same = meta.usage == query.usage
            self.same_usage += same
            self.by_usage[query.usage or "none"][0] += same
            self.by_usage[query.usage or "none"][1] += 1
            self.clashes += {meta.season, query.season} == {"Summer", "Winter"}

    def summary(self) -> dict[str, object]:
        n = max(self.items, 1)
        return {
            "answers": self.answers,
            "items": self.items,
            "gender_compatible": round(self.gender_ok / n, 4),
            "kidswear_for_adults": round(self.kids_for_adults / n, 4),
            "same_usage": round(self.same_usage / n, 4),
            "same_usage_by_query_usage": {
                usage: {"items": total, "same_usage": round(same / max(total, 1), 4)}
                for usage, (same, total) in sorted(self.by_usage.items())
            },
            "season_clashes": round(self.clashes / n, 4),
            "answers_mixing_weathers": round(self.weather_mixes / max(self.answers, 1), 4),
            "answers_with_a_repeat": self.repeated_answers,
            "empty_answers": self.empty,
            "slots_on_a_fallback_style": round(self.fallback_slots / max(self.slots, 1), 4),
        }


def _kind_share(items: list[Item], category: str) -> tuple[int, int]:
    """(items of the same kind as the garment, items) — kind: the outfit slot of the category."""
    same = sum(1 for i in items if i.product is not None and slot_of(i.product.category) == slot_of(category))
    return same, len(items)


async def evaluate_coherence(
    stylist: Stylist, queries: list[DataProduct], photos: list[Photo], progress: bool = True
) -> dict[str, object]:
    """Outfits and similar items for every query product photo (and similar items for the real
    `photos`), scored against catalogue metadata; returns the metrics and a few example answers."""
    external = {str(q.id) for q in queries}
    async with stylist.sessions() as session:
        own = await session.execute(
            select(Product.id).where(Product.source == "catalog", Product.external_id.in_(external))
        )
        stylist.catalog.hide(own.scalars().all())  # for this process only
    outfit, similar_tally = Tally(), Tally()
    similar_kind, similar_colour = [0, 0], [0, 0]
    similar_repeats = [0, 0]  # answers with a product or a name twice, answers
    examples: dict[str, tuple[int, str]] = {}  # formal / sports / winter: (analysis id, photo)
    refused = [0, 0]  # product photos, real photos answered "I don't see clothing"
    for query in tqdm(queries, desc="coherence", unit="photo", disable=not progress):
        data = await asyncio.to_thread(query.path.read_bytes)
        try:
            stored = await stylist.analyse.analyze(data, source=SOURCE)
        except ImageRejected:  # "I don't see clothing": no answer to score, but counted
            refused[0] += 1
            continue
        slots = await stylist.recommend.outfit(stored.id)
        outfit.add(query, slots)
        similar = await stylist.recommend.similar(stored.id)
        similar_tally.add(query, [Slot("similar", similar)])
        same, n = _kind_share(similar, query.category or "")
        similar_kind[0] += same
        similar_kind[1] += n
        if query.colour and query.colour != "multi":  # a shopper's "similar" is in its colour too
            similar_colour[0] += sum(
                1 for i in similar if i.product is not None and i.product.colour == query.colour
            )
            similar_colour[1] += len(similar)
        names = [" ".join(i.name.lower().split()) for i in similar]
        similar_repeats[0] += len(set(names)) != len(names) or len({i.product_id for i in similar}) != len(
            similar
        )
        similar_repeats[1] += 1
        for key in _example_keys(query):
            if key not in examples and any(slot.items for slot in slots):
                examples[key] = (stored.id, str(query.path))
    real_kind = [0, 0]
    for photo in tqdm(photos, desc="similar on real photos", unit="photo", disable=not progress):
        try:
            stored = await stylist.analyse.analyze(
                await asyncio.to_thread(photo.path.read_bytes), source=SOURCE
            )
        except ImageRejected:
            refused[1] += 1
            continue
        same, n = _kind_share(await stylist.recommend.similar(stored.id), photo.category)
        real_kind[0] += same
        real_kind[1] += n
    return {
        "task": "coherence",
        "queries": len(queries),
        "refused_queries": refused[0],
        "outfit": outfit.summary(),
        "similar": similar_tally.summary()
        | {
            "same_kind": round(similar_kind[0] / max(similar_kind[1], 1), 4),
            "same_colour": round(similar_colour[0] / max(similar_colour[1], 1), 4),
            "answers_with_a_repeated_product_or_name": similar_repeats[0],
            "real_photos": len(photos),
            "refused_real_photos": refused[1],
            "same_kind_on_real_photos": round(real_kind[0] / max(real_kind[1], 1), 4) if photos else None,
        },
        "examples": examples,
    }


def _example_keys(query: DataProduct) -> list[str]:
    """Which example collages a query can stand for: a formal, a sports and a winter garment (a
    coat, hoodie or long-sleeve top of the winter season: the catalogue calls some tees winter)."""
    keys = [query.usage] if query.usage in ("formal", "sports") else []
    return keys + (["winter"] if query.season == "Winter" and query.category in COLD_CATEGORIES else [])


async def forget_evaluation_rows(stylist: Stylist) -> None:
    """Delete the analyses the evaluation stored (their recommendations go with them)."""
    async with stylist.sessions() as session, session.begin():
        await session.execute(delete(AnalysisRow).where(AnalysisRow.source == SOURCE))
