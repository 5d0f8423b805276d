"""Naver Shopping: the search API client, its typed results and errors, and search-link fallbacks."""

from .client import (
    DAILY_QUOTA,
    DEFAULT_API_URL,
    CircuitBreaker,
    NaverShoppingClient,
    QuotaStore,
    ResponseCache,
    build_params,
)
from .errors import (
    NaverAuthError,
    NaverConnectionError,
    NaverError,
    NaverQuotaError,
    NaverRequestError,
    NaverServerError,
)
from .links import search_link, shopping_query
from .models import PRODUCT_TYPES, SearchResult, ShopItem, clean_title

__all__ = [
    "DAILY_QUOTA",
    "DEFAULT_API_URL",
    "CircuitBreaker",
    "PRODUCT_TYPES",
    "NaverAuthError",
    "NaverConnectionError",
    "NaverError",
    "NaverQuotaError",
    "NaverRequestError",
    "NaverServerError",
    "NaverShoppingClient",
    "QuotaStore",
    "ResponseCache",
    "SearchResult",
    "ShopItem",
    "build_params",
    "clean_title",
    "search_link",
    "shopping_query",
]
