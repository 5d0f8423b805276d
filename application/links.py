"""Where a recommended product is bought: its own link, a real Naver product, or a search link."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from catalog import CatalogItem
from shop_client import NaverError, NaverShoppingClient, search_link, shopping_query
from vocabulary import CATEGORY_NAMES, COLOURS, PATTERNS, display_name

log = logging.getLogger(__name__)


def korean_query(category: str, colour: str | None, pattern: str | None, gender: str) -> str:
    """A Korean shopping query, e.g. '네이비 스트라이프 셔츠 남성'."""
    return shopping_query(
        display_name(CATEGORY_NAMES, category, "ko"),
        display_name(COLOURS, colour, "ko") if colour and colour != "multi" else "",
        display_name(PATTERNS, pattern, "ko") if pattern and pattern != "solid" else "",
        gender,
    )


@dataclass(frozen=True)
class Offer:
    """A tile as the user sees it: the link, price, name and picture all of one product."""

    link: str
    price: int | None
    name: str
    image: str


@dataclass
class Links:
    """Links for catalogue products, through Naver when credentials are set."""

    naver: NaverShoppingClient | None

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
            query = korean_query(product.category, product.colour, product.pattern, product.gender)
            try:
                result = await self.naver.search(query, display=40 if priced else 5)
            except NaverError as exc:
                log.warning("naver search failed for %r: %s", query, exc)
            else:
                for item in result.items:
                    if not priced or _within(item.lprice, min_price, max_price):
                        return Offer(item.link, item.lprice, item.title, item.image or product.image)
                if priced:
                    return None
        link = search_link(product.name, min_price=min_price, max_price=max_price)
        return Offer(link, product.price, product.name, product.image)


def _within(price: int | None, low: int | None, high: int | None) -> bool:
    return price is not None and (low is None or price >= low) and (high is None or price <= high)
