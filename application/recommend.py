"""Recommend: a matching outfit, similar items or cheaper offers for a stored analysis, each
recorded with the products it showed (so a 👎 can exclude them from then on)."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, replace
from typing import Any

import numpy as np
from sqlalchemy import delete
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from catalog import OFFER_SOURCE, Catalog, CatalogItem, Filters
from matching import ProductIndex, complementary_slots, completing_slots
from matching.coherence import Look
from matching.compat import Compatibility
from matching.outfits import (
    RESTYLED_FIRST,
    Candidate,
    layered,
    pick_diverse,
    restyled,
    score_candidate,
    tailored,
)
from shop_client import NaverError, NaverShoppingClient, search_link
from storage import Analysis as AnalysisRow
from storage import Recommendation, ensure_products
from vocabulary import (
    BRANDS,
    SIMILAR_COLOUR_ODDS,
    SIMILAR_COLOUR_WEIGHT,
    SLOT_CATEGORIES,
    SLOTS,
    brand_of,
    budget_share,
    slot_of,
    without_colours,
)

from .ask import Ask
from .feedback import disliked_by
from .items import Item, Offering, Slot, once_per_name
from .links import Links, korean_query
from .looks import kind_of, look_of
from .pools import pool
from .reasons import Reason, reason_for
from .records import (
    Embedded,
    NotYours,
    StaleAnalysis,
    colour_odds,
    embedding_of,
    garments_of,
    largest,
    load_owned,
    search_categories,
)
from .wish import Wish

log = logging.getLogger(__name__)
CANDIDATES_PER_SLOT = 60
LEAN = 0.3  # a personal colour's bonus to a top's or a layer's score (scores run 0..1)


@dataclass
class Recommend:
    """The recommendation use cases; every one checks that the analysis is the caller's."""

    sessions: async_sessionmaker[AsyncSession]
    index: ProductIndex
    catalog: Catalog
    embedded: Embedded
    links: Links
    compat: Compatibility | None = None
    naver: NaverShoppingClient | None = None

    async def load(self, analysis_id: int, user_id: int | None) -> AnalysisRow:
        """The analysis a press refers to (raises StaleAnalysis or NotYours)."""
        async with self.sessions() as session:
            return await load_owned(session, analysis_id, user_id, self.embedded)

    async def garments(self, analysis_id: int) -> list[AnalysisRow]:
        """The garments of an outfit photo's analysis ([] for a single garment)."""
        async with self.sessions() as session:
            return await garments_of(session, analysis_id)

    def slots_for(self, category: str, limit: int = 3) -> tuple[str, ...]:
        """The slots completing `category` (or a slot: "bottom"): the rules, then what street outfits wear."""
        slot = category if category in SLOT_CATEGORIES else slot_of(category)
        learned = self.compat.suggest({slot}) if self.compat else []
        return complementary_slots(min(SLOT_CATEGORIES[slot]), learned, limit)

    async def worn(self, photos: list[tuple[int, int]], user_id: int | None) -> list[tuple[int, AnalysisRow]]:
        """The garments of several photos (`photos`: (photo number, analysis id)) as one outfit, each
        with its photo's number: an outfit photo's garments, else the photo; one forgotten since is
        left out."""
        worn: list[tuple[int, AnalysisRow]] = []
        for n, analysis_id in photos:
            try:
                garments = await self.garments(analysis_id)
                worn += [(n, g) for g in garments] or [(n, await self.load(analysis_id, user_id))]
            except (StaleAnalysis, NotYours):
                continue
        return worn

    @staticmethod
    def swaps(garments: list[AnalysisRow], wish: Wish) -> tuple[str, ...]:
        """The worn slots of an outfit photo to show again in the style asked ("make it more formal":
        its sneakers, its jacket), unless a kind was asked (`matching.outfits.restyled`)."""
        worn = ((slot_of(g.category), g.style) for g in garments)
        return () if wish.category else restyled(worn, wish.style)

    def pool(
        self, slot: str, look: Look, per_slot: int = 3, wish: Wish | None = None
    ) -> tuple[list[int], tuple[str, ...] | None]:
        """The products that may fill `slot` for `look` (`pools.pool`)."""
        return pool(self.catalog, slot, look, per_slot, wish)

    async def outfit(
        self,
        analysis_id: int,
        user_id: int | None = None,
        per_slot: int = 3,
        n_slots: int = 3,
        ask: Ask | None = None,
    ) -> list[Slot]:
        """Three diverse, harmonious products for each of the slots that complete the look, every one
        fitting the look's gender, style, season and audience (`matching.coherence`) and what the
        user asked for (`ask`). For a photo of a whole outfit, the slots it lacks (a bag and a
        jacket for a top, jeans and trainers), searched near the garments worn and matched to the
        largest one's colour."""
        async with self.sessions() as session:  # one round trip for everything it reads
            row = await load_owned(session, analysis_id, user_id, self.embedded)
            garments = await garments_of(session, analysis_id)
            disliked = await disliked_by(session, row.user_id)
        slots = await self.outfit_for(row, garments, disliked, ask or Ask(), per_slot, n_slots)
        await self.record(analysis_id, "outfit", slots)
        return slots

    async def outfit_for(
        self,
        row: AnalysisRow,
        garments: list[AnalysisRow],
        disliked: set[int],
        ask: Ask,
        per_slot: int = 3,
        n_slots: int = 3,
    ) -> list[Slot]:
        """The outfit around one analysis (stored, or a catalogue product standing in for a garment
        the user described), not recorded."""
        look = ask.shaped(look_of(row))
        wish = ask.wish
        embedding = embedding_of(row)
        worn = {slot_of(garment.category) for garment in garments} or {kind_of(row)}
        slot_names = self.slots_for(kind_of(row), limit=len(SLOTS))
        if garments:
            learned = self.compat.suggest(worn, k=8) if self.compat else ()
            slot_names = completing_slots(worn, learned, limit=len(SLOTS))
            if swaps := self.swaps(garments, wish):  # "make it more formal": its trainers, its jacket …
                slot_names = tuple(s for s in RESTYLED_FIRST if s in {*swaps, *slot_names})
                n_slots = max(n_slots, 4)
            mean = np.mean([embedding_of(g) for g in garments], axis=0)
            embedding = (mean / max(float(np.linalg.norm(mean)), 1e-12)).astype(np.float32)
            row = largest(garments)
        wish = wish.around(row.colour)  # tone on tone: in the shades of the garment's colour
        slot_names = layered(slot_names, look.climate, worn)  # a coat for a winter sweater
        slot_names = tailored(slot_names, look.styles, worn)  # a blazer for an interview's shirt
        slot_names = tuple(name for name in slot_names if name != wish.not_slot)  # "without the hat"
        if wish.also and not wish.whole:  # "shoes and a bag for it": those kinds' slots, in that order
            slot_names = tuple(dict.fromkeys(slot_of(w.category or "") for w in wish.each_kind()))
            n_slots = len(slot_names)
        elif wish.category and not wish.whole:  # "show me shoes instead": that kind only, a few more of it
            slot_names, per_slot, n_slots = (slot_of(wish.category),), per_slot + 2, 1
        elif wish.category:  # the whole look around a kind asked ("white tee with jeans?"): that kind first
            asked = slot_of(wish.category)
            slot_names = (asked, *(name for name in slot_names if name != asked))
        skip, asked_slot = disliked | ask.exclude, slot_of(wish.category) if wish.category else ""
        style = wish.style or row.style  # "for the gym" about a casual T-shirt: sports pieces first
        chosen: list[tuple[str, tuple[str, ...] | None, list[Offering]]] = []
        for slot_name in slot_names:
            allowed, fallback = self.pool(slot_name, look, per_slot, wish.for_slot(slot_name))
            if not allowed:  # nothing of this look here (no cap for a formal look): the next slot
                continue
            layered_on = look.climate == "cold" or "formal" in look.styles  # a coat, a blazer:
            layer = slot_name == "outerwear" and layered_on and slot_name != asked_slot  # of its own style
            if fallback and layer:  # a layer in its style only, unless it was the kind asked
                continue
            hits = self.index.search(embedding, CANDIDATES_PER_SLOT + len(skip), allowed_ids=allowed)
            similarity = {h.product_id: h.score for h in hits}
            products = once_per_name(  # a shop lists one product under several ids: name it once
                item
                for h in hits
                if (item := self.catalog.items.get(h.product_id)) is not None and item.id not in skip
            )
            candidates = [
                Candidate(
                    product_id=item.id,
                    category=item.category,
                    colour=item.colour,
                    usage=item.usage,
                    cluster=item.cluster,
                    similarity=similarity[item.id],
                    vector=self.index.vector(item.id) if self.index.stores_vectors else None,
                    design=without_colours(item.name),
                )
                for item in products
            ]
            leaned = {i.id for i in products if ask.prefers(i.colour, i.name, slot_name)}  # colour, build
            scored = [score_candidate(c, row.colour, style, row.cluster) for c in candidates]
            scored = [
                replace(p, score=p.score + LEAN) if p.candidate.product_id in leaned else p for p in scored
            ]
            picks = pick_diverse(scored, per_slot * (4 if wish.priced else 1))
            offerings = [
                Offering(
                    self.catalog.items[pick.candidate.product_id],
                    pick.score,
                    reason_for(pick, row.colour, style, look.season, asked=bool(wish.style)),
                )
                for pick in picks
            ]
            if offerings:
                chosen.append((slot_name, fallback[0] if fallback else None, offerings))
            if len(chosen) == n_slots:
                break
        wishes = [wish] * len(chosen)
        if wish.total and wish.max_price:  # "10만원으로 코디 전체": each slot its share of the whole look
            look = [kind_of(row), *(name for name, _, _ in chosen)]
            shares = [budget_share(wish.max_price, name, look) for name, _, _ in chosen]
            wishes = [replace(wish, min_price=None, max_price=share) for share in shares]
        offered = await self.offer([offerings for _, _, offerings in chosen], per_slot, wishes)
        unbranded = wish.brand if wish.brand and not wish.category else ""  # "a nike outfit": said where not
        return [
            Slot(
                slot_name,
                items,
                fallback,
                other_brands=unbranded if branded(items, unbranded) < len(items) else "",
                budget=asked.max_price if wish.total else None,
            )
            for (slot_name, fallback, _), items, asked in zip(chosen, offered, wishes, strict=True)
            if items
        ]

    async def similar(
        self, analysis_id: int, user_id: int | None = None, k: int = 5, ask: Ask | None = None
    ) -> list[Item]:
        """The k nearest catalogue products like the analysis (`similar_for`), recorded."""
        async with self.sessions() as session:
            row = await load_owned(session, analysis_id, user_id, self.embedded)
            disliked = await disliked_by(session, row.user_id)
        items = await self.similar_for(row, disliked, ask or Ask(), k)
        await self.record(analysis_id, "similar", [Slot("similar", items)])
        return items

    async def similar_for(self, row: AnalysisRow, disliked: set[int], ask: Ask, k: int = 5) -> list[Item]:
        """The k nearest catalogue products of the same category (of the same kind, for a garment of
        an outfit photo whose category is unsure; of the kind asked for, when one is), for the same
        gender (unsure of it: unisex pieces first, then either; the user's own choice first) and
        audience, in the colours, style and season asked for, each product and each name once."""
        wish = ask.wish
        kind = kind_of(row)
        categories = search_categories(row) if slot_of(row.category) == kind else SLOT_CATEGORIES[kind]
        if wish.category:
            categories, kind = {wish.category}, slot_of(wish.category)
        look = ask.shaped(look_of(row))
        allowed: list[int] = []
        genders = [look.gender] + ([""] if look.gender == "unisex" else [])  # unsure: unisex first
        narrowed = {
            "article_types": wish.article_types(),  # "sneakers": not sandals
            "usages": (wish.style,) if wish.style else None,
            "seasons_excluded": look.seasons_excluded if wish.season else (),
            "colours": wish.colours(),
            "not_colours": wish.refused_colours(),
            "brand": wish.brand or "",  # "more like #2 from nike"
            "not_brand": wish.not_brand or "",
            "material": wish.material or "",  # "#2 in cotton"
        }
        narrowed["patterns"], narrowed["not_patterns"] = wish.patterns()
        for gender in genders:
            filters = Filters(gender, kids=look.kids, **narrowed)  # type: ignore[arg-type]
            allowed = self.catalog.select(categories, filters)
            if len(allowed) < k and not wish.category:  # too few of this category: the rest of its kind
                allowed = self.catalog.select(SLOT_CATEGORIES[kind], filters)
            if len(allowed) >= k:
                break
        skip, items, odds = disliked | ask.exclude, self.catalog.items, colour_odds(row)
        product = items.get(described_product(row) or -1)  # "more like #2" of a belt: belts, when enough
        same = [i for i in allowed if product and items[i].article_type == product.article_type]
        allowed = same if len(same) >= k and narrowed["article_types"] is None else allowed
        want = 4 * k * (4 if wish.priced else 1) + len(skip)
        hits = self.index.search(embedding_of(row), want, allowed_ids=allowed)
        alike = [i for i in allowed if odds.get(items[i].colour or "", 0.0) >= SIMILAR_COLOUR_ODDS]
        if alike and SIMILAR_COLOUR_WEIGHT:  # the nearest in the garment's likely colours, too
            hits += self.index.search(embedding_of(row), want, allowed_ids=alike)
        scores = {
            h.product_id: h.score + SIMILAR_COLOUR_WEIGHT * odds.get(items[h.product_id].colour or "", 0.0)
            for h in hits
        }
        ranked = sorted(scores, key=lambda i: -scores[i])
        products = once_per_name(items[i] for i in ranked if i not in skip)
        offerings = [Offering(product, scores[product.id]) for product in products]
        return (await self.offer([offerings], k, wish))[0]

    async def cheaper(
        self, analysis_id: int, user_id: int | None = None, k: int = 5, ask: Ask | None = None
    ) -> tuple[str, list[Item]]:
        """The cheapest Naver products like the user's item (`cheaper_for`), recorded."""
        async with self.sessions() as session:
            row = await load_owned(session, analysis_id, user_id, self.embedded)
            disliked = await disliked_by(session, row.user_id)
        link, items = await self.cheaper_for(row, disliked, ask or Ask(), k)
        await self.record(analysis_id, "cheaper", [Slot("cheaper", items)])
        return link, items

    async def cheaper_for(
        self, row: AnalysisRow, disliked: set[int], ask: Ask, k: int = 5, own: bool = False
    ) -> tuple[str, list[Item]]:
        """The cheapest Naver products like the item (sort=asc, unknown prices dropped, duplicates
        removed, within the price band asked, those the user voted down left out), or — without
        credentials or when Naver fails — a price-sorted search link (of a catalogue product's `own`
        name when the user numbered it: "where can I buy #2?"). Returns (search link, items);
        the items shown are stored as shop offers (`OFFER_SOURCE`: never searched, never embedded)."""
        wish = ask.wish
        look = ask.shaped(look_of(row))
        category = wish.category or row.category
        colour = wish.colour or (None if wish.tone or row.colour in wish.refused_colours() else row.colour)
        query = korean_query(category, colour, row.pattern, look.gender, kids=look.kids)
        brand = BRANDS.get(wish.brand or "")  # "only nike", then "cheaper": 나이키's
        query = f"{brand.korean} {query}" if brand else query
        link = search_link(query, cheapest_first=True, min_price=wish.min_price, max_price=wish.max_price)
        if self.naver is None:
            named = self.catalog.items.get(described_product(row) or -1) if own else None
            if named is not None and colour in (None, named.colour) and category == named.category:
                # "where can I buy #2?": a search of its own name, as its tile's link is
                link = search_link(named.name, True, min_price=wish.min_price, max_price=wish.max_price)
            return link, []
        try:
            found = await self.naver.cheaper(
                query, min_price=wish.min_price, max_price=wish.max_price, limit=k + len(disliked)
            )
        except NaverError as exc:
            log.warning("naver cheaper search failed for %r: %s", query, exc)
            return link, []
        found = [i for i in found if i.product_id]
        async with self.sessions() as session, session.begin():
            ids = await ensure_products(session, OFFER_SOURCE, [_shop_row(i, category) for i in found])
        skip = disliked | ask.exclude
        items = [
            Item(ids[i.product_id], i.title, i.lprice, i.link, i.image)
            for i in found
            if ids[i.product_id] not in skip
        ][:k]
        return link, items

    async def offered(
        self, product: CatalogItem, score: float, reason: Reason | None = None, wish: Wish | None = None
    ) -> Item | None:
        """A catalogue product as the user is offered it: the shop's link, price, name and picture
        (None when a price band is asked and no shop has it there)."""
        found = await self.offer([[Offering(product, score, reason)]], 1, wish)
        return found[0][0] if found[0] else None

    async def offer(
        self, groups: list[list[Offering]], want: int, wish: Wish | list[Wish] | None = None
    ) -> list[list[Item]]:
        """For each group of candidates (best first), the first `want` a shop offers (within the price
        band asked: of all groups, or one `wish` per group — a whole look's budget shared), as the
        user is offered them — every group's shop lookups at once, under one deadline for the whole
        answer (`Links.for_products`)."""
        wishes = wish if isinstance(wish, list) else [wish] * len(groups)
        bands = [(w.min_price, w.max_price) if w else (None, None) for w in wishes]
        deadline = asyncio.get_running_loop().time() + self.links.deadline_s
        found: list[list[Item]] = [[] for _ in groups]
        tried = [0] * len(groups)
        while True:
            batch: list[tuple[int, Offering]] = []
            for g, offerings in enumerate(groups):
                more = offerings[tried[g] : tried[g] + max(0, want - len(found[g]))]
                tried[g] += len(more)
                batch += [(g, offering) for offering in more]
            if not batch:
                return found
            products, asked = [o.product for _, o in batch], [bands[g] for g, _ in batch]
            offers = await self.links.in_bands(products, asked, deadline)
            for (g, offering), offer in zip(batch, offers, strict=True):
                if offer is not None:
                    product = offering.product
                    found[g].append(
                        Item(
                            product.id,
                            offer.name,
                            offer.price,
                            offer.link,
                            offer.image,
                            offering.reason or Reason(),
                            offering.score,
                            product,
                            offer.shop_failed,
                        )
                    )

    async def record(self, analysis_id: int, kind: str, slots: list[Slot]) -> None:
        """Store what was shown for an analysis (the products a 👎 then excludes)."""
        async with self.sessions() as session, session.begin():
            await session.execute(
                delete(Recommendation).where(
                    Recommendation.analysis_id == analysis_id, Recommendation.kind == kind
                )
            )
            session.add_all(
                Recommendation(
                    analysis_id=analysis_id,
                    kind=kind,
                    slot=slot.name,
                    rank=rank,
                    product_id=item.product_id,
                    score=item.score,
                    reason=item.reason.code(),
                    link=item.link,
                )
                for slot in slots
                for rank, item in enumerate(slot.items)
            )


def described_product(row: AnalysisRow) -> int | None:
    """The catalogue product a described garment's row stands for (`Search.described`), else None."""
    source = (row.source or "").removeprefix("product:")
    return int(source) if source != row.source and source.isdigit() else None


def _shop_row(item: Any, category: str) -> dict[str, Any]:
    """A Naver product as a catalogue row (no vector: it is offered, never searched by image)."""
    return {
        "external_id": item.product_id,
        "name": item.title,
        "category": category,
        "price": item.lprice,
        "link": item.link,
        "image": item.image,
    }


def branded(items: list[Item], brand: str) -> int:
    """How many of `items` are of `brand` (by their catalogue names; any, when no brand)."""
    return sum(1 for i in items if not brand or brand_of(i.product.name if i.product else i.name) == brand)
