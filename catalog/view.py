"""The catalogue as recommendation sees it: product metadata by id, kept in memory, with ids grouped
by category for filtered index search. Products the audit keeps out are never offered."""

from __future__ import annotations

from collections import OrderedDict, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import numpy as np
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from matching import ProductIndex
from storage import Product
from vocabulary import (
    ACCEPTED_CATEGORIES,
    ALL_SEASON_TYPES,
    ARTICLE_KINDS,
    BEACHWEAR,
    DENIM,
    KIND_DETAILS,
    WOMENSWEAR,
    brand_of,
    climate_of,
    cut_of,
    fan_merch,
    has_detail,
    kind_words,
    made_of,
    named_otherwise,
    refuses,
    says_kind,
    slot_of,
    sporty,
    without_colours,
)

SELECTIONS_KEPT = 256  # filtered id lists kept in memory (tens of MB at most)
OFFER_SOURCE = "naver-offer"  # a shop's offer shown under Cheaper: stored for votes, never searched


@dataclass(frozen=True)
class CatalogItem:
    """What recommendation needs to know about a product, kept in memory."""

    id: int
    name: str
    category: str
    colour: str | None
    pattern: str | None
    usage: str | None
    gender: str
    cluster: int
    price: int | None
    link: str | None
    image: str
    season: str = ""  # the catalogue's Summer / Winter / Fall / Spring, "" when unknown
    kids: bool = False
    article_type: str = ""
    hidden: bool = False  # kept out of recommendations by `stylist catalog audit`, or a shop's offer

    @property
    def climate(self) -> str:
        """warm (flip flops, shorts), cold (sweaters, jackets) or "" (either), by article type."""
        return climate_of(self.article_type)

    @property
    def slot(self) -> str:
        """The outfit slot it fills (`vocabulary.slot_of` its category): top, bottom, shoes, bag …"""
        return slot_of(self.category)


@dataclass(frozen=True)
class Filters:
    """Which products may fill a slot: the look's genders, styles and seasons, adults or kids, a
    price band. None means no restriction."""

    gender: str = ""  # men / women (unisex always fits); unisex: unisex pieces only; "" any
    usages: tuple[str | None, ...] | None = None
    seasons_excluded: tuple[str, ...] = ()
    kids: bool | None = False  # False: adults only, True: kids only, None: either
    climate_excluded: str = ""  # warm: no flip flops with a sweater; cold: no sweater with shorts
    min_price: int | None = None
    max_price: int | None = None
    colours: tuple[str, ...] | None = None  # what the user asked for: "in black", "밝은 색으로"
    not_colours: tuple[str, ...] = ()  # "not red"
    article_types: frozenset[str] | None = None  # "sneakers": casual and sports shoes, not sandals
    not_article_types: frozenset[str] = frozenset()  # a dress's bag: no laptop bag (`Look.refused`)
    kind_words: tuple[str, ...] = ()  # "loafers": products whose name says it (`vocabulary.kind_words`)
    patterns: frozenset[str | None] | None = None  # "striped": striped ones (vocabulary.pattern_family)
    not_patterns: frozenset[str | None] = frozenset()  # "no prints"
    cut: str = ""  # "slim": products whose name says a slim cut (`vocabulary.cut_of`); "regular": neither
    material: str = ""  # "leather": products whose name says it (`vocabulary.made_of`)
    detail: str = ""  # "v_neck": products whose name says it (`vocabulary.has_detail`)
    not_detail: str = ""  # "sleeveless", "revealing": none whose name (or kind: a hoodie's hood) says it
    not_material: str = ""  # "wool": none whose name says it (`vocabulary.made_of`)
    brand: str = ""  # "nike": products whose name begins with that brand (`vocabulary.brand_of`)
    not_brand: str = ""  # "not nike": none of that brand's
    climate: str = ""  # "cold": only products for the cold (a winter look's tops: sweaters, not tees)
    beachwear: bool = True  # flip flops: False for a look neither warm nor sporty (`Look.beachwear`)

    def admits(self, item: CatalogItem) -> bool:
        if self.gender in ("men", "women") and item.gender not in (self.gender, "unisex"):
            return False
        if self.gender == "unisex" and item.gender != "unisex":
            return False
        if self.usages is not None and item.usage not in self.usages:
            return False
        if item.season in self.seasons_excluded and item.article_type not in ALL_SEASON_TYPES:  # a blazer
            return False
        if self.kids is not None and item.kids != self.kids:
            return False
        if self.climate_excluded and item.climate == self.climate_excluded:
            return False
        if self.climate and item.climate != self.climate:
            return False
        if (self.colours is not None and item.colour not in self.colours) or item.colour in self.not_colours:
            return False
        if self.article_types is not None and item.article_type not in self.article_types:
            return False
        if self.article_types is not None and named_otherwise(item.name, item.article_type):  # "… Ballerinas"
            return False  # listed as heels, asked for as heels: not shown
        if item.article_type in self.not_article_types:
            return False
        if self.kind_words and not says_kind(item.name, self.kind_words):
            return False
        if not self.beachwear and item.article_type in BEACHWEAR:
            return False
        if (
            self.patterns is not None and item.pattern not in self.patterns
        ) or item.pattern in self.not_patterns:
            return False
        if (self.cut and cut_of(item.name) != (None if self.cut == "regular" else self.cut)) or (
            self.brand and brand_of(item.name) != self.brand
        ):
            return False
        if self.not_brand and brand_of(item.name) == self.not_brand:
            return False
        if self.detail and not has_detail(item.name, self.detail):
            return False
        if self.not_detail and (  # "no hood": no hoodies either, whose kind is the detail itself
            has_detail(item.name, self.not_detail)
            or refuses(self.not_detail, KIND_DETAILS.get(item.category, ""))
        ):
            return False
        if self.material and not made_of(item.name, self.material):
            return False
        if self.not_material and made_of(item.name, self.not_material):
            return False
        if self.min_price is not None or self.max_price is not None:
            low, high = self.min_price or 0, self.max_price if self.max_price is not None else float("inf")
            return item.price is not None and low <= item.price <= high
        return True


def name_key(name: str) -> str:
    """A product name as shops repeat it: lower case, one space between words."""
    return " ".join(name.lower().split())


class Catalog:
    """Product metadata by id, with ids grouped by category for filtered search."""

    def __init__(self, items: list[CatalogItem]) -> None:
        self.items = {item.id: item for item in items}
        self.by_category: dict[str, list[int]] = defaultdict(list)
        for item in items:
            if not item.hidden:
                self.by_category[item.category].append(item.id)
        # a kind no product is filed under (a blouse): those shoppers accept as one (women's shirts, tops)
        self.listed_as: dict[str, list[int]] = defaultdict(list)
        for item in items:
            for kind in ACCEPTED_CATEGORIES.get(item.article_type, ()):
                womens = kind in WOMENSWEAR and item.gender == "men"
                if kind not in self.by_category and not (item.hidden or womens):
                    self.listed_as[kind].append(item.id)
        self._hidden: set[int] = set()
        self._kept_out = sum(item.hidden for item in items)  # by the audit, or shop offers
        self.article_types = frozenset(item.article_type for item in items if not item.hidden)  # listed
        # the catalogue never changes; what users ask for does, so only the latest selections are kept
        self._selected: OrderedDict[tuple[frozenset[str], Filters], list[int]] = OrderedDict()
        self._by_name: dict[str, list[int]] = defaultdict(list)  # name_key -> ids (`namesakes`)
        for item in items:
            self._by_name[name_key(item.name)].append(item.id)
        self._named = len(self.items)
        self._by_design: dict[tuple[str, str, str], list[int]] = defaultdict(list)  # `recoloured`
        self._designed = 0
        # (article kind, products then) -> whether no product's name says it (`lacks`: "loafers")
        self._named_kinds: dict[tuple[str, int], bool] = {}

    def __len__(self) -> int:
        return len(self.items)

    def hide(self, ids: Iterable[int]) -> None:
        """Keep these products out of every search from now on (an evaluation's own queries)."""
        self._hidden.update(ids)
        self._selected.clear()

    def nearest(self, index: ProductIndex, embedding: np.ndarray, k: int) -> list[CatalogItem]:
        """The k nearest products of any category that may be shown. Few are hidden (the audit's),
        so a few more are fetched and the hidden dropped, instead of a selector of every visible id."""
        extra = self._kept_out + len(self._hidden)
        if extra > 512:  # an evaluation hiding its own queries: filter inside the index instead
            hits = index.search(embedding, k, allowed_ids=self.visible())
        else:
            hits = index.search(embedding, k + extra)
        shown = [self.items[h.product_id] for h in hits if h.product_id in self.items]
        return [item for item in shown if not item.hidden and item.id not in self._hidden][:k]

    def namesakes(self, ids: Iterable[int]) -> set[int]:
        """The products named as one of `ids` is, those included: a shop lists one product under
        several ids, and "another one" must not bring it back under another."""
        ids = list(ids)
        if ids and self._named != len(self.items):  # products added since (tests do)
            self._by_name, self._named = defaultdict(list), len(self.items)
            for item in self.items.values():
                self._by_name[name_key(item.name)].append(item.id)
        return {j for i in ids if (item := self.items.get(i)) for j in self._by_name[name_key(item.name)]}

    def recoloured(self, product_id: int) -> list[int]:
        """The same design as a product in its other colours ("Regent Polo Club Men White Shirt": the
        blue one): visible products of its category and gender whose names match but for their colour
        words, one per colour, the product's own colour left out."""
        product = self.items.get(product_id)
        if product is None:
            return []
        if self._designed != len(self.items):  # built on first use (and again after products are added)
            self._by_design, self._designed = defaultdict(list), len(self.items)
            for item in self.items.values():
                self._by_design[(without_colours(item.name), item.category, item.gender)].append(item.id)
        colours: dict[str | None, int] = {}
        for i in self._by_design[(without_colours(product.name), product.category, product.gender)]:
            item = self.items[i]
            if not (item.hidden or i in self._hidden or item.colour == product.colour):
                colours.setdefault(item.colour, i)
        return list(colours.values())

    def not_sporty(self, ids: list[int], least: int, formal: bool = False) -> list[int]:
        """`ids` without sportswear (`vocabulary.sporty`: a sports maker's, a rain jacket) — and, for a
        `formal` look, without jeans (`vocabulary.DENIM`) — when at least `least` are left, else all of
        them: a dressy look's closest casual pieces."""
        return self._without(
            ids,
            least,
            lambda item: sporty(item.name, item.article_type) or (formal and item.article_type in DENIM),
        )

    def not_fan_merch(self, ids: list[int], least: int) -> list[int]:
        """`ids` without a team's merchandise (`vocabulary.fan_merch`) on the same terms: a look that
        is not sporty."""
        return self._without(ids, least, lambda item: fan_merch(item.name))

    def _without(self, ids: list[int], least: int, unwanted: Callable[[CatalogItem], bool]) -> list[int]:
        kept = [i for i in ids if not unwanted(self.items[i])]
        return kept if len(kept) >= least else ids

    def lacks(self, article: str | None) -> bool:
        """Whether an article kind asked (`vocabulary.ARTICLE_KINDS`: "coat") has no product listed."""
        if article not in ARTICLE_KINDS:
            return False
        words, key = kind_words(article), (article, len(self.items))  # "loafers": a name that says it
        if words and key not in self._named_kinds:  # (looked for once, again after products are added)
            self._named_kinds[key] = not any(says_kind(i.name, words) for i in self.items.values())
        return not ARTICLE_KINDS[article][2] & self.article_types or self._named_kinds.get(key, False)

    def visible(self) -> list[int]:
        """Every product recommendations may show (not kept out by the audit or `hide`)."""
        return self.select(frozenset(self.by_category), Filters(kids=None))

    def ids(
        self,
        categories: set[str] | frozenset[str],
        gender: str = "",
        min_price: int | None = None,
        max_price: int | None = None,
    ) -> list[int]:
        """Ids in any of `categories`, for `gender` (plus unisex) when given, and with a known price
        within the bounds when any is given: the id selector of a filtered index search."""
        return self.select(categories, Filters(gender, kids=None, min_price=min_price, max_price=max_price))

    def select(self, categories: set[str] | frozenset[str], filters: Filters) -> list[int]:
        """Ids in any of `categories` (one no product is filed under: those `listed_as` it) that
        `filters` admits."""
        key = (frozenset(categories), filters)
        if key in self._selected:
            self._selected.move_to_end(key)
            return self._selected[key]
        listed = (self.by_category.get(c) or self.listed_as.get(c, []) for c in sorted(categories))
        admitted = (i for ids in listed for i in ids if i not in self._hidden)
        admitted = (i for i in admitted if filters.admits(self.items[i]))
        ids = list(dict.fromkeys(admitted))  # a blouse among shirts: once
        self._selected[key] = ids
        if len(self._selected) > SELECTIONS_KEPT:
            self._selected.popitem(last=False)
        return ids

    def take(self, other: Catalog) -> None:
        """Become `other` (the products of a newer catalogue version), selections included."""
        self.__dict__.update(other.__dict__)

    @classmethod
    async def load(cls, sessions: async_sessionmaker[AsyncSession]) -> Catalog:
        async with sessions() as session:
            rows = (await session.execute(select(Product))).scalars().all()
        return cls([_item(row) for row in rows])


def _item(row: Product) -> CatalogItem:
    return CatalogItem(
        id=row.id,
        name=row.name,
        category=row.category,
        colour=row.colour,
        pattern=row.pattern,
        usage=row.usage,
        gender=row.gender,
        cluster=row.cluster,
        price=row.price,
        link=row.link,
        image=row.image,
        season=row.season or "",
        kids=bool(row.kids),
        article_type=row.article_type or "",
        hidden=row.hidden_reason is not None or row.source == OFFER_SOURCE,
    )
