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


@dataclass
class Links:
    """Links for catalogue products, through Naver when credentials are set."""

    naver: NaverShoppingClient | None

    async def for_product(self, product: CatalogItem) -> tuple[str, int | None, str]:
        """(link, price, name) for a catalogue product."""
        if product.link:
            return product.link, product.price, product.name
        query = korean_query(product.category, product.colour, product.pattern, product.gender)
        if self.naver is not None:
            try:
                result = await self.naver.search(query, display=5)
            except NaverError as exc:
                log.warning("naver search failed for %r: %s", query, exc)
            else:
                if result.items:
                    item = result.items[0]
                    return item.link, item.lprice, item.title
        return search_link(query), product.price, product.name
