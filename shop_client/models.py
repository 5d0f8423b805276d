"""Typed results of the Naver Shopping search API (`/v1/search/shop.json`)."""

from __future__ import annotations

import html
import re
from dataclasses import asdict, dataclass, field
from typing import Any

PRODUCT_TYPES: dict[int, str] = {
    1: "general product, price comparison",
    2: "general product, no price comparison",
    3: "general product, price comparison matched",
    4: "used product, price comparison",
    5: "used product, no price comparison",
    6: "used product, price comparison matched",
    7: "discontinued product, price comparison",
    8: "discontinued product, no price comparison",
    9: "discontinued product, price comparison matched",
    10: "pre-order product, price comparison",
    11: "pre-order product, no price comparison",
    12: "pre-order product, price comparison matched",
}
_TAG = re.compile(r"<[^>]+>")


def clean_title(raw: str) -> str:
    """Strip the API's `<b>` highlight tags and unescape HTML entities."""
    return html.unescape(_TAG.sub("", raw)).strip()


def parse_price(raw: Any) -> int | None:
    """The API sends prices as strings; "" or 0 means unknown."""
    try:
        value = int(str(raw).strip() or 0)
    except ValueError:
        return None
    return value or None


@dataclass(frozen=True)
class ShopItem:
    """One product of a search result."""

    title: str
    link: str
    image: str
    lprice: int | None
    hprice: int | None
    mall_name: str
    product_id: str
    product_type: int
    brand: str = ""
    maker: str = ""
    category1: str = ""
    category2: str = ""
    category3: str = ""
    category4: str = ""

    @property
    def product_type_name(self) -> str:
        return PRODUCT_TYPES.get(self.product_type, "unknown")

    @classmethod
    def from_api(cls, raw: dict[str, Any]) -> ShopItem:
        try:
            product_type = int(raw.get("productType") or 0)
        except ValueError:
            product_type = 0
        return cls(
            title=clean_title(str(raw.get("title", ""))),
            link=str(raw.get("link", "")),
            image=str(raw.get("image", "")),
            lprice=parse_price(raw.get("lprice")),
            hprice=parse_price(raw.get("hprice")),
            mall_name=html.unescape(str(raw.get("mallName", ""))),
            product_id=str(raw.get("productId", "")),
            product_type=product_type,
            brand=html.unescape(str(raw.get("brand", ""))),
            maker=html.unescape(str(raw.get("maker", ""))),
            category1=str(raw.get("category1", "")),
            category2=str(raw.get("category2", "")),
            category3=str(raw.get("category3", "")),
            category4=str(raw.get("category4", "")),
        )

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "product_type_name": self.product_type_name}


@dataclass(frozen=True)
class SearchResult:
    """A page of results."""

    total: int
    start: int
    display: int
    items: list[ShopItem] = field(default_factory=list)
    last_build_date: str = ""

    @classmethod
    def from_api(cls, raw: dict[str, Any]) -> SearchResult:
        return cls(
            total=int(raw.get("total", 0) or 0),
            start=int(raw.get("start", 1) or 1),
            display=int(raw.get("display", 0) or 0),
            items=[ShopItem.from_api(item) for item in raw.get("items", [])],
            last_build_date=str(raw.get("lastBuildDate", "")),
        )
