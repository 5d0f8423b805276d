"""Shopping queries built from what Stylist saw, and Naver Shopping search links (no credentials needed)."""

from __future__ import annotations

from urllib.parse import quote

SEARCH_LINK = "https://search.shopping.naver.com/search/all?query="
GENDER_WORDS = {"men": "남성", "women": "여성", "boys": "남아", "girls": "여아", "kids": "아동"}


def shopping_query(category: str, colour: str = "", pattern: str = "", gender: str = "") -> str:
    """A Korean shopping query such as '네이비 스트라이프 셔츠 남성' from display names."""
    words = [colour, pattern, category, GENDER_WORDS.get(gender, "")]
    return " ".join(w for w in words if w)


def search_link(
    query: str, cheapest_first: bool = False, min_price: int | None = None, max_price: int | None = None
) -> str:
    """A Naver Shopping search page for the query (cheapest first, within a price band when given):
    a real link that opens real results."""
    link = SEARCH_LINK + quote(query) + ("&sort=price_asc" if cheapest_first else "")
    if min_price is not None:
        link += f"&minPrice={int(min_price)}"
    if max_price is not None:
        link += f"&maxPrice={int(max_price)}"
    return link
