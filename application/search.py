"""Products found by what a person typed, with no photo: "navy blazer", "빨간 원피스 보여줘".

The catalogue's own metadata selects (category, colour, style, gender, season); the selection's most
typical products — nearest the mean of their vectors — come first, each name once, so "black jeans"
opens with plain black jeans rather than an odd one. A described garment also becomes a stand-in
analysis (`described`), so an outfit or similar items can be built around it as around a photo.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from typing import Any

import numpy as np

from catalog import Catalog, CatalogItem, Filters
from matching import ProductIndex
from matching.coherence import SEASON_CLASHES, STYLE_FALLBACK
from storage import Analysis as AnalysisRow
from understanding.occasions import occasion_named
from vocabulary import (
    ARTICLE_KINDS,
    CASUAL_KINDS,
    FABRICS,
    GIFTS,
    OPEN_SHOES,
    SLOT_CATEGORIES,
    SLOT_WORDS,
    SMART_ANCHORS,
    STAND_INS,
    WOMENSWEAR,
    article_category,
    colours_in_name,
    fan_merch,
    kind_words,
    nearest_colours,
    slot_of,
)

from .ask import Ask
from .items import Item, Offering, Slot, once_per_name
from .recommend import Recommend
from .wish import TONES, Wish

EVERYDAY = ("casual", "formal", "sports", "party", None)  # all but ethnic wear, unless asked
# the occasions whose women's look starts from a dress
DRESS_OCCASIONS = ("wedding", "beach_wedding", "bridesmaid", "cocktail", "party", "black_tie")
DRESSY = ("formal", "party")  # each the other's nearest: a search of one with too few takes both
GENDERS = ("men", "women")
TYPICAL_OF = 2000  # products the mean vector is taken over (a sample: the mean settles long before)
ANCHOR_CATEGORIES = {  # what an outfit starts from when the user names no garment
    "women": SLOT_CATEGORIES["top"] | {"dress"},
    "men": SLOT_CATEGORIES["top"],
    "": SLOT_CATEGORIES["top"],
}


def occasions_own(ask: Ask, ids: list[int], items: dict[int, CatalogItem], k: int) -> list[int]:
    """Of `ids`, those of the occasion's own kinds for the slot asked (`Occasion.prefers`: a beach's
    sandals and flip flops for "shoes for the beach"), when there are `k` of them; else all of them."""
    occasion, slot = occasion_named(ask.wish.occasion), slot_of(ask.wish.category or "")
    kinds = dict(occasion.prefers).get(slot) if occasion and not ask.wish.article else None
    own = [i for i in ids if items[i].article_type in kinds] if kinds else []
    return own if len(own) >= k else ids


def colour_spread(products: list[CatalogItem]) -> list[CatalogItem]:
    """The same products with their colours taken in turn, the most typical of each first."""
    groups: dict[str | None, list[CatalogItem]] = {}
    for product in products:
        groups.setdefault(product.colour, []).append(product)
    turns = max((len(group) for group in groups.values()), default=0)
    return [group[n] for n in range(turns) for group in groups.values() if n < len(group)]


def named_as(products: list[CatalogItem], colours: tuple[str, ...]) -> list[CatalogItem]:
    """The same products, those whose names say a colour not asked for after the others."""
    return sorted(products, key=lambda p: not colours_in_name(p.name) <= set(colours))


@dataclass
class Search:
    """Catalogue search by metadata, and garments described in words as analyses."""

    index: ProductIndex
    catalog: Catalog
    recommend: Recommend

    def select(
        self,
        ask: Ask,
        categories: set[str] | frozenset[str] | None = None,
        least: int = 5,
        climate: str = "",
    ) -> list[int]:
        """The visible adult products that fit everything asked (and are for the `climate`, when one
        is given); with no style asked, the everyday styles first (a red dress is a dress before it
        is a sari), all of them when too few are; a dressy style asked with too few, both dressy ones
        (a wedding guest's dresses: the party ones too, the catalogue lists one formal dress)."""
        if not ask.wish.style:
            everyday = self._select(ask, categories, EVERYDAY, climate)
            if len(everyday) >= least:
                return everyday
        found = self._select(ask, categories, (ask.wish.style,) if ask.wish.style else None, climate)
        if len(found) < least and ask.wish.style in DRESSY:
            found = self._select(ask, categories, DRESSY, climate)
        return found

    def _select(
        self,
        ask: Ask,
        categories: set[str] | frozenset[str] | None,
        usages: tuple[str | None, ...] | None,
        climate: str = "",
    ) -> list[int]:
        wish = ask.wish
        if categories is None and wish.category in SLOT_WORDS and not wish.article:  # "상의", "bottoms"
            categories = set(SLOT_CATEGORIES[wish.category])
        if categories is None:  # all but a kind refused ("no dresses")
            every = set(self.catalog.by_category) - SLOT_CATEGORIES.get(wish.not_slot or "", frozenset())
            categories = {wish.category} if wish.category else every
        not_kinds, not_types = wish.refused_kind()
        categories = set(categories) - not_kinds  # "no skirts" after bottoms: trousers and shorts
        gender = wish.gender or ask.shops_for or ""
        if not wish.gender and categories and categories <= WOMENSWEAR:  # a man asking for dresses: hers
            gender = ""
        patterns, not_patterns = wish.patterns()
        occasion = occasion_named(wish.occasion)
        refused = occasion.refused if occasion else frozenset()  # "trousers" for a beach wedding: no jeans
        filters = Filters(
            gender if gender in ("men", "women") else "",
            usages,
            SEASON_CLASHES[wish.season] if wish.season else (),
            bool(wish.kids),  # adults' wear unless children's was asked for
            {"winter": "warm", "summer": "cold"}.get(wish.season or "", ""),
            colours=wish.colours(),
            not_colours=wish.refused_colours(),
            article_types=wish.article_types() if categories == {wish.category} else None,
            kind_words=kind_words(wish.article) if categories == {wish.category} else (),
            not_article_types=not_types | refused,
            patterns=patterns,
            not_patterns=not_patterns,
            climate=climate,
            cut=wish.cut or "",
            material=wish.material or "",
            detail=wish.detail or "",
            not_detail=wish.not_detail or "",
            not_material=wish.not_material or "",
            brand=wish.brand or "",
            not_brand=wish.not_brand or "",
        )
        found = self.catalog.select(categories, filters)
        if not found and refused:  # "shorts for a date", asked by name: shown all the same
            found = self.catalog.select(categories, replace(filters, not_article_types=not_types))
        return found

    def typical(self, ids: list[int], k: int, exclude: frozenset[int] = frozenset()) -> list[CatalogItem]:
        """Up to k of `ids`, the most typical first (nearest the mean of their vectors)."""
        if not ids:
            return []
        if not self.index.stores_vectors:  # compressed index: the catalogue's own order
            return [self.catalog.items[i] for i in ids if i not in exclude][:k]
        step = max(1, len(ids) // TYPICAL_OF)
        mean = np.mean([self.index.vector(i) for i in ids[::step]], axis=0)
        mean = (mean / max(float(np.linalg.norm(mean)), 1e-12)).astype(np.float32)
        hits = self.index.search(mean, k + len(exclude), allowed_ids=ids)
        return [self.catalog.items[h.product_id] for h in hits if h.product_id not in exclude][:k]

    async def find(self, ask: Ask, k: int = 5, smart: bool = False) -> list[Item]:
        """The products a typed request describes, each name once, offered within its price band; for
        a shopper whose gender is not known, men's and women's in turn (not five men's shoes); `smart`
        (a formal request's closest casual pieces): no sportswear, when enough are not; the occasion's
        own kinds of the slot, when enough (a beach's sandals)."""
        ids, want, items = self.select(ask), 4 * k * (4 if ask.wish.priced else 1), self.catalog.items
        ids = self.catalog.not_sporty(ids, k) if smart else ids
        ids = occasions_own(ask, ids, items, k)  # "shoes for the beach": its sandals and flip flops
        known = ask.wish.gender or ask.shops_for
        groups = [[i for i in ids if items[i].gender == g] for g in GENDERS] if not known else []
        groups = groups if groups and all(groups) else [ids]  # a dress: one wearer's kind already
        found = [self._typical_first(ask, group, want) for group in groups]
        turns = max((len(group) for group in found), default=0)
        ordered = [group[n] for n in range(turns) for group in found if n < len(group)]
        offerings = [Offering(product, 0.0) for product in once_per_name(ordered)]
        return (await self.recommend.offer([offerings], k, ask.wish))[0]

    def _typical_first(self, ask: Ask, ids: list[int], want: int) -> list[CatalogItem]:
        """The most typical of `ids` (a personal colour's and what flatters the build told first),
        their colours in turn when none was asked or a tone was ("something colourful"), names saying
        another colour last when colours were."""
        items = self.catalog.items
        leaned = (
            [i for i in ids if ask.prefers(items[i].colour, items[i].name, items[i].slot, search=True)]
            if ask.leans or ask.wish.build
            else []
        )
        candidates = self.typical(leaned, want, ask.exclude)
        taken = ask.exclude | {p.id for p in candidates}
        rest = self.typical(ids, want, taken) if len(candidates) < want else []
        colours = ask.wish.colours()
        if colours is None:  # no colour asked: five black dresses do not fill it
            return colour_spread(candidates) + colour_spread(rest)
        if len(colours) > 1 and len(candidates) < want:  # a tone: the most typical of each colour in turn
            by_colour: dict[str | None, list[int]] = {}
            for i in ids:
                by_colour.setdefault(items[i].colour, []).append(i)
            ranked = sorted(by_colour.values(), key=len, reverse=True)
            rest = colour_spread(
                [p for group in ranked for p in self.typical(group, want // len(ranked) + 1, taken)]
            )
        return named_as(candidates, colours) + named_as(rest, colours)

    async def find_each(self, ask: Ask, k: int = 3) -> list[Slot]:
        """'Shoes and a bag for a wedding': the products of each kind asked together, under its
        slot's name, each kind in its own colour (`Wish.each_kind`); a kind the brand asked has none
        of ("nike shoes and a bag"), other brands', said under its heading."""
        slots = []
        for wish in ask.wish.each_kind():
            items, other = await self.find(replace(ask, wish=wish), k), ""
            if not items and wish.brand:
                items, other = await self.find(replace(ask, wish=replace(wish, brand=None)), k), wish.brand
            slots += [Slot(slot_of(wish.category or ""), items, other_brands=other)] if items else []
        return slots

    async def relaxed(self, ask: Ask) -> tuple[list[Item], str, dict[str, Any]] | None:
        """A search that found nothing, its style (or occasion) set aside for the nearest style's
        (`STYLE_FALLBACK`: formal's party, then casual), then any style's, then its season too, and
        said so ("None formal here, so the closest: casual outerwear"); never its kind, gender or a
        child's — what was asked, still. None when even that finds nothing."""
        wish = ask.wish
        key = "occasion" if wish.occasion else "style" if wish.style else ""
        tries: list[tuple[tuple[str, ...], Wish]] = []
        if key:
            bare = wish.without(key)  # an occasion takes its style with it
            tries = [((key,), replace(bare, style=near)) for near in STYLE_FALLBACK.get(wish.style or "", ())]
            tries.append(((key,), bare))
        if wish.season:
            tries.append(
                ((key, "season") if key else ("season",), (tries[-1][1] if tries else wish).without("season"))
            )
        smart = wish.style in ("formal", "party")  # "formal coat": the closest casual ones, not sportswear
        for left_out, relaxed in tries:
            if items := await self.find(replace(ask, wish=relaxed), smart=smart):
                return items, "search_relaxed", {"left_out": list(left_out), "style": relaxed.style or ""}
        return None

    async def gifts(self, ask: Ask, k: int = 5) -> list[Item]:
        """'A gift for my mom': the most typical bag or accessory of each kind a gift usually is
        (`vocabulary.GIFTS`: a handbag, a wallet, a scarf, sunglasses …), each kind once first, for
        whoever it is for, but a kind refused ("가방 말고"), after the garment of an occasion named ("he
        likes golf": a polo shirt); with few of those (a child's), their typical clothes after them."""
        refused = SLOT_CATEGORIES.get(ask.wish.not_slot or "", frozenset())  # "가방 말고": no bags
        ids = self.select(ask, {"bag", "accessory"} - refused)
        kinds = [[i for i in ids if self.catalog.items[i].article_type == kind] for kind in GIFTS]
        typical = [t for of in kinds if of and (t := self.typical(of, 2, ask.exclude))]  # all shown: none
        candidates = [t[0] for t in typical] + [t[1] for t in typical if len(t) > 1]
        occasion = occasion_named(ask.wish.occasion)
        if occasion is not None and occasion.wears and not ask.wish.kids:  # a golfer's: a polo shirt first
            kind = occasion.wears
            own = replace(ask.wish, category=article_category(kind) or kind, article=kind, style=None)
            candidates = self.typical(self.select(replace(ask, wish=own)), 2, ask.exclude) + candidates
        if ask.wish.kids and len(candidates) < 2 * k:  # a child's: few bags and accessories
            taken = ask.exclude | {p.id for p in candidates}
            candidates += self.typical(self.select(ask), 4 * k, taken)
        offerings = [Offering(product, 0.0) for product in once_per_name(candidates)]
        return (await self.recommend.offer([offerings], k, ask.wish))[0]

    def styles(self, wish: Wish) -> Counter[str]:
        """How many of the products of the kind a wish names are of each style (usage)."""
        ids = self._select(Ask(replace(wish, colour=None, style=None, occasion=None)), None, None)
        return Counter(self.catalog.items[i].usage or "casual" for i in ids)

    def stocked(self, wishes: list[Wish], shops_for: str | None, least: int = 3) -> Wish:
        """The first of `wishes` the catalogue has `least` products for, else the first it has any
        for, else the last."""
        counts = [len(self.select(Ask(wish, shops_for))) for wish in wishes]
        enough = [w for w, n in zip(wishes, counts, strict=True) if n >= least]
        return (enough or [w for w, n in zip(wishes, counts, strict=True) if n] or wishes[-1:])[0]

    def regendered(self, product: CatalogItem, wish: Wish) -> CatalogItem | None:
        """The same kind and colour as `product` for the gender the wish asks for, when the product
        is the other gender's ("for women" about a men's shirt: a women's shirt; men's trainers: women's
        trainers, in their colour if there are, not heels) or the other audience's (a child's dress
        asked for a woman); None when it fits or has no such."""
        gender = wish.gender
        grown = product.kids != bool(wish.kids)  # a child's frock, asked now for a woman (or back)
        if not (gender or grown) or (product.gender in (gender, "unisex") and not grown):
            return None
        article = next((a for a, (*_, types) in ARTICLE_KINDS.items() if product.article_type in types), None)
        wish = replace(wish, category=product.category)
        tries = [(article, product.colour), (article, None), (None, product.colour), (None, None)]
        for kind, colour in dict.fromkeys(tries):
            if found := self.anchor(Ask(replace(wish, article=kind, colour=colour), gender or None)):
                return found
        return None

    def anchor(self, ask: Ask) -> CatalogItem | None:
        """The product an outfit for a described garment starts from (the garment named; with none
        named, a top — or for women a top or a dress — of the style asked: a warm one for winter, a
        shirt, blouse or dress for a date, a dress for a woman at a wedding or a party; else any
        garment of it; a child's, with none of the style, of any — kidswear is listed casual nearly all);
        with no style asked, a casual one where there is ("white sneakers": not a running shoe)."""
        categories = None
        ids: list[int] = []
        if not ask.wish.category:
            gender = ask.wish.gender or ask.shops_for or ""
            categories = ANCHOR_CATEGORIES.get(gender, ANCHOR_CATEGORIES[""])
            occasion = occasion_named(ask.wish.occasion)
            if ask.wish.season == "winter":  # a winter outfit starts from a sweater, not a polo shirt
                ids = self.select(ask, categories, climate="cold")
            elif gender == "women" and occasion and occasion.name in DRESS_OCCASIONS:  # a guest's dress
                ids = self.select(ask, {"dress"})
            elif occasion and (occasion.smart or ask.wish.relaxed):  # a date starts from a shirt, a blouse
                ids = self.select(ask, SMART_ANCHORS.get(gender, SMART_ANCHORS[""]))  # or a dress
        # else a top of the style asked; with none of it (no formal tops for kids), any garment of it
        ids = ids or self.select(ask, categories) or (self.select(ask) if categories else [])
        if not ask.wish.style:  # "white sneakers" asked with no occasion: everyday ones, not running shoes
            ids = [i for i in ids if self.catalog.items[i].usage == "casual"] or ids
        if not ask.wish.brand:  # a start: no team's jersey or hoodie, even for hiking or the gym — of
            plain = [i for i in ids if not fan_merch(self.catalog.items[i].name)]  # another style if need be
            if ids and not plain and ask.wish.style and ask.wish.category:  # (a hike's hoodie: teams' alone)
                anyhow = self.select(replace(ask, wish=replace(ask.wish, style=None, occasion=None)))
                plain = [i for i in anyhow if not fan_merch(self.catalog.items[i].name)]
            ids = plain or ids
        if not ask.wish.pattern:  # a plain piece to start from ("black slacks": not striped ones)
            ids = [i for i in ids if self.catalog.items[i].pattern in (None, "solid")] or ids
        if colours := ask.wish.colours():  # its name in that colour alone ("흰 셔츠": not a grey one)
            ids = [i for i in ids if colours_in_name(self.catalog.items[i].name) <= set(colours)] or ids
        found = self.typical(ids, 1, ask.exclude)
        if not found and ask.wish.kids and ask.wish.style:  # a girl's wedding look: kidswear is listed
            return self.anchor(replace(ask, wish=replace(ask.wish, style=None)))  # casual nearly all
        return found[0] if found else None

    def anchor_styled(self, ask: Ask, style: str | None) -> CatalogItem | None:
        """The kind's most typical product of `style` when it has one, else of any ("should I wear
        heels?" to an interview: its formal pumps, not the casual heels most are listed as) — of any for
        a kind casual by nature (`CASUAL_KINDS`: sneakers to an interview are judged as sneakers are)."""
        casual = (ask.wish.article or ask.wish.category) in CASUAL_KINDS and style in DRESSY
        styled = (
            self.anchor(replace(ask, wish=replace(ask.wish, style=style))) if style and not casual else None
        )
        return styled or self.anchor(ask)

    def anchor_recoloured(self, ask: Ask) -> CatalogItem | None:
        """'What goes with a navy suit?' with no navy one here: the kind in the colour nearest it that
        has one (`vocabulary.nearest_colours`: black, then blue), else in the colour's tone, else in any
        colour; None without a colour asked, or with none of the kind."""
        colour = ask.wish.colour
        if not colour:
            return None
        tone = next((name for name in ("dark", "light") if colour in TONES[name]), None)
        wishes = [replace(ask.wish, colour=near) for near in nearest_colours(colour)]
        for wish in (*wishes, replace(ask.wish, colour=None, tone=tone), replace(ask.wish, colour=None)):
            if (product := self.anchor(replace(ask, wish=wish))) is not None:
                return product
        return None

    def nearest_anchor(self, ask: Ask) -> tuple[CatalogItem, str, dict[str, str | None]] | None:
        """The product an outfit starts from when none is as described, and what to say of it: the
        kind in the nearest colour ("nearest_colour": no navy suit here), else of any fabric
        ("nearest_material": no denim jacket here), else the category's without the kind asked
        ("nearest_kind": no coats here, a jacket); None when none has one."""
        said = {"colour": ask.wish.colour, "kind": ask.wish.category, "article": ask.wish.article}
        if (product := self.anchor_recoloured(ask)) is not None:
            return product, "nearest_colour", said
        if ask.wish.material and (product := self._unlike_fabric(ask)):  # no denim jacket
            return product, "nearest_material", said | {"material": ask.wish.material}
        instead = STAND_INS.get(ask.wish.article or "")  # no coats: a jacket
        if instead and (product := self.anchor(replace(ask, wish=replace(ask.wish, article=instead)))):
            return product, "nearest_kind", said
        return None

    def _unlike_fabric(self, ask: Ask) -> CatalogItem | None:
        """The kind asked in a fabric it has none of, of any fabric: of the style the fabric is first
        worn in (a leather jacket's casual) and not sportswear unless the fabric is worn for sport (a
        leather jacket's stand-in is not a track top; a fleece's may be)."""
        fabric = FABRICS.get(ask.wish.material or "")
        wish = replace(
            ask.wish, material=None, style=ask.wish.style or (fabric.styles[0] if fabric else None)
        )
        ids = self.select(replace(ask, wish=wish))
        sportswear = (
            set(ids) - set(self.catalog.not_sporty(ids, 1))
            if fabric and "sports" not in fabric.styles
            else set()
        )
        plain = replace(ask, wish=wish, exclude=ask.exclude | sportswear)
        return (
            self.anchor(plain)
            or self.anchor(replace(ask, wish=wish))
            or self.anchor(replace(ask, wish=replace(wish, style=None)))
        )

    def described(self, product: CatalogItem) -> AnalysisRow | None:
        """A catalogue product as an analysis (never stored): what outfits and similar items start from
        when the user described a garment instead of sending its photo."""
        if not self.index.stores_vectors:
            return None
        vector = self.index.vector(product.id).astype(np.float32)
        return AnalysisRow(
            category=product.category,
            category_confidence=1.0,
            colour=product.colour,
            pattern=product.pattern,
            style=product.usage or "casual",
            style_confidence=1.0,
            cluster=product.cluster,
            gender=product.gender,
            season="summer" if product.article_type in OPEN_SHOES else "",  # the catalogue's season of
            kind=slot_of(product.category),  # a product is when it was listed; sandals say summer
            kids=product.kids,
            garment_count=0,
            source=f"product:{product.id}",
            result={},
            embedding=vector.tobytes(),
        )
