"""A capsule to pack for a trip ("what should I pack for 3 days in Jeju in July?", "2박 3일 여행 짐 싸줘"):
a few pieces that all go together, so every top is worn with every bottom — bottoms in calm colours
first, a top a day (two to four; for a woman out of winter, a dress for one of them), each fitting
every bottom chosen by the outfit rules (`matching.together.pair_fit`: colour harmony and style),
shoes fitting them all, a layer unless it is summer, and a bag; for the season and occasion said (a
business trip's smart pieces), one gender throughout. The garment in view ("… with this") or the
user's own saved pieces ("… from my wardrobe") are packed first, the shop's to fit them."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from catalog import CatalogItem
from matching.outfits import NEUTRALS, colour_harmony
from matching.together import SWAP_BELOW, Piece, pair_fit
from storage import Analysis as AnalysisRow
from understanding import Understood
from understanding.occasions import occasion_named
from vocabulary import ARTICLE_KINDS, SMART_REFUSED, SMART_TOPS, article_category, season_in, slot_of

from .albums import own_item
from .ask import Ask
from .items import Item, Offering, Slot, once_per_name
from .looks import look_of
from .reasons import Reason
from .recommend import Recommend, described_product
from .search import Search
from .wish import Wish

CAPSULE = "capsule"  # the article of "pack for a trip": a capsule across the slots
OWN_CAPSULE = "capsule_own"  # … packed from the user's own wardrobe first
DAYS = 3  # a trip of unsaid length
TRIPS = ("beach", "holiday", "ski", "camping")  # occasions a capsule packed after one is for
SLOTS: dict[str, frozenset[str]] = {  # the capsule's slots, bottoms first: every top must fit them all
    "bottom": frozenset({"pants", "shorts", "skirt"}),
    "top": frozenset({"t-shirt", "shirt", "blouse", "top", "polo", "longsleeve"}),
    "dress": frozenset({"dress"}),
    "shoes": frozenset({"shoes"}),
    "outerwear": frozenset({"outerwear", "blazer"}),
    "bag": frozenset({"bag"}),
}
CALM = NEUTRALS | {"blue"}  # bottoms in these (denim blue too) go with the most tops
POOL = 40  # the most typical products of a slot the capsule is chosen from
SAME_COLOUR = 0.3  # a second piece of one slot in a colour already packed counts this much less
SAME_KIND = 0.1  # and of a kind already packed (a second pair of jeans), this much


def packing(wish: Wish, u: Understood, month: int) -> Wish:
    """The filters of a capsule a message asks for: who for and the budget kept (`Wish.fresh`), what
    it names (else the trip in view: "pack for 5 days" after a beach's look, for the beach), the trip's
    days and season — the month's, when none is said; from the user's wardrobe when they say so ("pack
    for 3 days from my wardrobe"); "wardrobe essentials" is one with no trip."""
    trip = wish.occasion in TRIPS and not (u.occasion or u.style or u.season)
    kept = {"occasion": wish.occasion, "style": wish.style, "season": wish.season} if trip else {}
    wish = replace(wish.fresh(u), **kept)
    article = OWN_CAPSULE if "wardrobe" in u.cues else CAPSULE
    days = u.days or (None if "essentials" in u.cues else DAYS)  # "wardrobe essentials": no trip
    return replace(wish, article=article, days=days, season=wish.season or season_in(month))


def plan(days: int, season: str | None, gender: str | None = None) -> dict[str, int]:
    """How many of each slot a trip of `days` packs: a top a day up to four, a bottom per two days
    up to three, a second pair of shoes from five days, a layer unless it is summer, one bag; for a
    woman's trip of two days or more out of winter, a dress in place of one of the tops."""
    dress = int(gender == "women" and days >= 2 and season != "winter")
    counts = {
        "bottom": min(3, max(1, (days + 1) // 2)),
        "top": min(4, max(2, days)) - dress,
        "dress": dress,
        "shoes": 2 if days >= 5 else 1,
        "outerwear": 0 if season == "summer" else 1,
        "bag": 1,
    }
    return {slot: n for slot, n in counts.items() if n}


def as_piece(product: CatalogItem, slot: str) -> Piece:
    """A product as a piece of the outfit rules: its slot, colour and style."""
    return Piece(slot, product.colour, product.usage)


def _weakest(piece: Piece, packed: list[Piece]) -> float:
    """How well a piece goes with everything packed so far: its weakest pair (1 with none)."""
    return min((pair_fit(piece, other)[0] for other in packed), default=1.0)


def _fit(product: CatalogItem, slot: str, packed: list[Piece]) -> float:
    return _weakest(as_piece(product, slot), packed)


def _score(p: CatalogItem, slot: str, packed: list[Piece], chosen: list[CatalogItem]) -> float:
    """A candidate's fit with what is packed, less when a piece of its slot already has its colour or
    kind (calm colours first for bottoms)."""
    colour = SAME_COLOUR * any(c.colour == p.colour for c in chosen)
    kind = SAME_KIND * any(c.article_type == p.article_type for c in chosen)
    calm = 0.1 if slot == "bottom" and p.colour in CALM else 0.0
    return _fit(p, slot, packed) + calm - colour - kind


def choose(pool: list[CatalogItem], slot: str, n: int, packed: list[Piece]) -> list[CatalogItem]:
    """The `n` of `pool` (and a spare, for a shop that lacks one) that fit what is packed best."""
    chosen: list[CatalogItem] = []
    while len(chosen) < n + 1 and (left := [p for p in pool if p not in chosen]):
        chosen.append(max(left, key=lambda p: _score(p, slot, packed, chosen)))
    return chosen


def _gender(search: Search, ask: Ask, around: AnalysisRow | None) -> Ask:
    """One gender throughout: the one asked for or shopped for, else the garment's packed with it,
    else that of the most typical top."""
    if (ask.wish.gender or ask.shops_for) in ("men", "women"):
        return ask
    if around is not None and (look := look_of(around)).gender in ("men", "women"):
        return replace(ask, wish=replace(ask.wish, gender=look.gender))
    tops = search.typical(search.select(ask, SLOTS["top"]), 1, ask.exclude)
    gender = tops[0].gender if tops and tops[0].gender in ("men", "women") else "women"
    return replace(ask, wish=replace(ask.wish, gender=gender))


async def _anchor(search: Search, recommend: Recommend, around: AnalysisRow) -> Item | None:
    """The garment packed first as an item: the user's own photo, or the catalogue product in view."""
    if around.id is not None:
        return own_item(around)
    product = search.catalog.items.get(described_product(around) or -1)
    return await recommend.offered(product, 1.0) if product is not None else None


def _smart(search: Search, ids: list[int], slot: str, wish: Wish) -> list[int]:
    """A smart-casual trip's (a business trip's, a date's) products: no track pants, shorts or flip
    flops, and shirts or blouses for tops (`vocabulary.SMART_REFUSED`, `SMART_TOPS`), where the
    catalogue has them."""
    occasion = occasion_named(wish.occasion)
    if occasion is None or not occasion.smart:
        return ids
    items = search.catalog.items
    ids = [i for i in ids if items[i].article_type not in SMART_REFUSED] or ids
    return [i for i in ids if items[i].article_type in SMART_TOPS] or ids if slot == "top" else ids


def occasion_pieces(search: Search, ids: list[int], slot: str, wish: Wish) -> list[int]:
    """A rainy trip's products of `slot`: its raincoat and boots (`Occasion.wears`, `shoes`), where
    the catalogue has them."""
    occasion = occasion_named(wish.occasion)
    if occasion is None:
        return ids
    kinds = occasion.shoes if slot == "shoes" else frozenset()
    if occasion.wears in ARTICLE_KINDS and slot_of(article_category(occasion.wears) or "") == slot:
        kinds = ARTICLE_KINDS[occasion.wears][2]  # a raincoat
    items = search.catalog.items
    return [i for i in ids if items[i].article_type in kinds] or ids


def _own(owned: list[AnalysisRow], slot: str, n: int, packed: list[Piece]) -> list[AnalysisRow]:
    """Up to `n` of the user's own pieces of `slot` that go with what is packed (each fitting all of
    it by the outfit rules), the best fitting first."""
    taken: list[AnalysisRow] = []
    mine = [r for r in owned if slot_of(r.category) == slot]
    while len(taken) < n and (rest := [r for r in mine if r not in taken]):
        pieces = [Piece(slot, r.colour, r.style) for r in rest]
        fits = [_weakest(piece, packed) for piece in pieces]
        best = max(range(len(rest)), key=fits.__getitem__)
        if fits[best] < SWAP_BELOW:
            break
        taken.append(rest[best])
        packed.append(pieces[best])
    return taken


async def capsule(
    search: Search,
    recommend: Recommend,
    ask: Ask,
    around: AnalysisRow | None = None,
    owned: list[AnalysisRow] | None = None,
) -> tuple[list[Slot], dict[str, Any]]:
    """The capsule's slots (products as offered, best first; the garment `around` first, when one is
    packed with them: "what should I pack with this for 3 days?"; the user's `owned` pieces before the
    shop's, when they pack from their wardrobe) and what the title says of it: the days, how many
    pieces, how many are their own, and how many of its top-and-bottom pairs go together."""
    owned = owned or []
    ask = _gender(search, ask, around or (owned[0] if owned else None))
    wish = ask.wish
    counts = plan(wish.days or DAYS, wish.season, wish.gender)
    if wish.not_slot in counts:  # "without a bag"
        del counts[wish.not_slot]
    packed: list[Piece] = []
    first: list[Slot] = []
    if around is not None and (item := await _anchor(search, recommend, around)) is not None:
        kind = slot_of(around.category)
        packed.append(Piece(kind, around.colour, around.style))
        counts = {slot: n - (slot == kind) for slot, n in counts.items() if n - (slot == kind) > 0}
        first = [Slot("anchor", [item])]
    theirs: dict[str, list[AnalysisRow]] = {}
    groups: dict[str, list[CatalogItem]] = {}
    for slot, n in counts.items():  # their own pieces first, then the shop's to fit them
        theirs[slot] = _own(owned, slot, n, packed)
    for slot, n in counts.items():
        if n - len(theirs[slot]) <= 0:
            groups[slot] = []
            continue
        climate = "cold" if wish.season == "winter" and slot in ("top", "outerwear") else ""
        ids = search.select(ask, SLOTS[slot], least=n, climate=climate) or search.select(ask, SLOTS[slot], n)
        ids = _smart(search, occasion_pieces(search, ids, slot, wish), slot, wish)
        pool = once_per_name(search.typical(ids, POOL, ask.exclude))
        groups[slot] = choose(pool, slot, n - len(theirs[slot]), packed)
        packed += [as_piece(p, slot) for p in groups[slot][: n - len(theirs[slot])]]
    season = wish.season if wish.season in ("winter", "summer") else None
    # what each piece is said to go with: its slot's first (theirs before the shop's)
    firsts = {slot: (theirs[slot] or groups[slot] or [None])[0] for slot in counts}

    def reason(product: CatalogItem, slot: str) -> Reason:
        """Why it is packed: its colour with the first bottom's (a bottom's with the first top's)."""
        ref = firsts.get("top" if slot == "bottom" else "bottom")
        ours = ref.colour if ref is not None else None
        rule = colour_harmony(ours, product.colour)[1] if ours and product.colour else "clash"
        said = "tone_on_tone" if ours == product.colour else "harmony" if rule != "clash" else ""
        return Reason(ours, product.colour, said if ours else "", wish.style, season, bool(wish.style))

    offerings = [[Offering(p, 1.0, reason(p, slot)) for p in groups[slot]] for slot in counts]
    found = await recommend.offer(offerings, max(counts.values(), default=1), wish)
    mine = {slot: [own_item(row) for row in rows] for slot, rows in theirs.items()}
    slots = first + [
        Slot(slot, mine[slot] + items[: counts[slot] - len(mine[slot])])
        for slot, items in zip(counts, found, strict=True)
        if mine[slot] or items
    ]
    worn = packed[:1] if first else []  # the garment packed with them, then theirs and the shop's
    worn += [Piece(slot, r.colour, r.style) for slot, rows in theirs.items() for r in rows]
    worn += [as_piece(i.product, s.name) for s in slots[len(first) :] for i in s.items if i.product]
    tops, bottoms = [p for p in worn if p.slot == "top"], [p for p in worn if p.slot == "bottom"]
    outfits = sum(pair_fit(t, b)[0] >= SWAP_BELOW for t in tops for b in bottoms)
    outfits += sum(p.slot == "dress" for p in worn)  # a dress is a day's outfit by itself
    pieces = sum(len(s.items) for s in slots[len(first) :])  # to pack besides the garment in view
    own = sum(len(rows) for rows in theirs.values())
    values = {"days": wish.days or DAYS, "pieces": pieces, "outfits": outfits, "who": wish.gender, "own": own}
    values["trip"] = wish.days is not None  # "wardrobe essentials": a capsule with no trip
    return slots, values | ({"with": around.category} if first else {})
