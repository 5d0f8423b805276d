"""Where a recommended product is bought: its own link, a real Naver product, or a search link."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field

from catalog import CatalogItem
from shop_client import NaverError, NaverShoppingClient, search_link, shopping_query
from vocabulary import ARTICLE_KINDS, CATEGORY_NAMES, COLOURS, MATERIALS, PATTERNS, UNCARRIED, display_name

from .wish import Wish

log = logging.getLogger(__name__)


def korean_query(
    category: str, colour: str | None, pattern: str | None, gender: str, kind: str = "", kids: bool = False
) -> str:
    """A Korean shopping query, e.g. '네이비 스트라이프 셔츠 남성', '핑크 원피스 여아' for a girl's (`kind`:
    the kind's own words instead of the category's name, '가죽 지갑')."""
    wearer = {"women": "girls", "men": "boys"}.get(gender, "kids") if kids else gender
    return shopping_query(
        kind or display_name(CATEGORY_NAMES, category, "ko"),
        display_name(COLOURS, colour, "ko") if colour and colour != "multi" else "",
        display_name(PATTERNS, pattern, "ko") if pattern and pattern != "solid" else "",
        wearer,
    )


def elsewhere(wish: Wish, uncarried: str = "") -> tuple[str, str] | None:
    """A Naver Shopping search for a kind asked and found nowhere here, as (query, link): "men's
    wallets" with none listed ('남성 지갑'), "a watch for my dad" ('시계 남성'); None without a kind."""
    if uncarried in UNCARRIED:
        kind = UNCARRIED[uncarried][1]
    elif wish.article in ARTICLE_KINDS and wish.category:
        kind = ARTICLE_KINDS[wish.article][1]
    elif wish.category in CATEGORY_NAMES:
        kind = display_name(CATEGORY_NAMES, wish.category, "ko")
    else:
        return None
    material = display_name(MATERIALS, wish.material, "ko") if wish.material else ""  # "가죽 지갑"
    kind = f"{material} {kind}".strip()
    query = korean_query(
        wish.category or "", wish.colour, wish.pattern, wish.gender or "", kind, bool(wish.kids)
    )
    return query, search_link(query, min_price=wish.min_price, max_price=wish.max_price)


@dataclass(frozen=True)
class Offer:
    """A tile as the user sees it: the link, price, name and picture all of one product."""

    link: str
    price: int | None
    name: str
    image: str
    shop_failed: bool = False  # Naver was asked but slow or down: this is a search link instead


DEADLINE_S = 3.0  # one answer waits at most this long for all its shop lookups together
IN_FLIGHT = 8  # Naver lookups at once, per process


@dataclass
class Links:
    """Links for catalogue products, through Naver when credentials are set."""

    naver: NaverShoppingClient | None
    deadline_s: float = DEADLINE_S
    in_flight: int = IN_FLIGHT
    _slots: asyncio.Semaphore | None = field(default=None, repr=False)

    async def for_products(
        self,
        products: Sequence[CatalogItem],
        min_price: int | None = None,
        max_price: int | None = None,
        deadline: float | None = None,
    ) -> list[Offer | None]:
        """`for_product` for each product, looked up concurrently (at most `in_flight` Naver calls at
        once in this process) until `deadline` (a loop time; default `deadline_s` from now): a lookup
        that is not done by then gives the product's own search link instead — a slow or absent
        shop costs an answer seconds, never minutes."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.deadline_s if deadline is None else deadline
        if self._slots is None:
            self._slots = asyncio.Semaphore(self.in_flight)

        async def bounded(product: CatalogItem) -> Offer | None:
            async with self._slots:  # type: ignore[union-attr]
                return await self.for_product(product, min_price, max_price)

        tasks = [asyncio.ensure_future(bounded(product)) for product in products]
        if tasks:
            await asyncio.wait(tasks, timeout=max(0.0, deadline - loop.time()))
        offers: list[Offer | None] = []
        for product, task in zip(products, tasks, strict=True):
            if task.done() and not task.cancelled() and task.exception() is None:
                offers.append(task.result())
                continue
            if not task.done():
                task.cancel()
            elif task.exception() is not None:
                log.warning("shop lookup failed: %r", task.exception())
            offers.append(self.searched(product, min_price, max_price, shop_failed=True))
        return offers

    async def in_bands(
        self, products: Sequence[CatalogItem], bands: Sequence[tuple[int | None, int | None]], deadline: float
    ) -> list[Offer | None]:
        """`for_products` with a price band for each product (a whole look's budget shared by its
        slots): one lookup per band, all at once, the offers in the products' order."""
        by_band: dict[tuple[int | None, int | None], list[int]] = {}
        for n, band in enumerate(bands):
            by_band.setdefault(band, []).append(n)
        looked = await asyncio.gather(
            *(
                self.for_products([products[n] for n in ns], *band, deadline=deadline)
                for band, ns in by_band.items()
            )
        )
        offers: list[Offer | None] = [None] * len(products)
        for ns, got in zip(by_band.values(), looked, strict=True):
            for n, offer in zip(ns, got, strict=True):
                offers[n] = offer
        return offers

    def searched(
        self, product: CatalogItem, min_price: int | None, max_price: int | None, shop_failed: bool = False
    ) -> Offer:
        """A Naver Shopping search for the product's own name (within the band asked)."""
        link = search_link(product.name, min_price=min_price, max_price=max_price)
        return Offer(link, product.price, product.name, product.image, shop_failed)

    async def for_product(
        self, product: CatalogItem, min_price: int | None = None, max_price: int | None = None
    ) -> Offer | None:
        """Where to buy a catalogue product: its own link; with Naver credentials, the first Naver
        product for its Korean query (shown with that product's own picture, link and price) — within
        the price band when one is asked, None when Naver has none there; else a Naver Shopping
        search for the product's own name (within the band) — what you see is what you click."""
        priced = min_price is not None or max_price is not None
        if product.link and (not priced or _within(product.price, min_price, max_price)):
            return Offer(product.link, product.price, product.name, product.image)
        if self.naver is not None:
            query = korean_query(
                product.category, product.colour, product.pattern, product.gender, kids=product.kids
            )
            try:
                result = await self.naver.search(query, display=40 if priced else 5)
            except NaverError as exc:
                log.warning("naver search failed for %r: %s", query, exc)
                return self.searched(product, min_price, max_price, shop_failed=True)
            else:
                for item in result.items:
                    if not priced or _within(item.lprice, min_price, max_price):
                        return Offer(item.link, item.lprice, item.title, item.image or product.image)
                if priced:
                    return None
        return self.searched(product, min_price, max_price)


def _within(price: int | None, low: int | None, high: int | None) -> bool:
    return price is not None and (low is None or price >= low) and (high is None or price <= high)
