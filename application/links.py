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

    async def for_product(self, product: CatalogItem) -> Offer:
        """Where to buy a catalogue product: its own link; with Naver credentials, the first Naver
        product for its Korean query (shown with that product's own picture, link and price); else a
        Naver Shopping search for the product's own name — what you see is what you click."""
        if product.link:
            return Offer(product.link, product.price, product.name, product.image)
        if self.naver is not None:
            query = korean_query(product.category, product.colour, product.pattern, product.gender)
            try:
                result = await self.naver.search(query, display=5)
            except NaverError as exc:
                log.warning("naver search failed for %r: %s", query, exc)
            else:
                if result.items:
                    item = result.items[0]
                    return Offer(item.link, item.lprice, item.title, item.image or product.image)
        return Offer(search_link(product.name), product.price, product.name, product.image)
