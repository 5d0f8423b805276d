"""An async client for the Naver Shopping search API (`GET /v1/search/shop.json`)."""

from __future__ import annotations

import asyncio
import json
import logging
import time
from dataclasses import dataclass, field
from typing import Any, Protocol

import aiohttp

from .errors import (
    NaverAuthError,
    NaverConnectionError,
    NaverError,
    NaverQuotaError,
    NaverRequestError,
    NaverServerError,
)
from .models import SearchResult, ShopItem

log = logging.getLogger(__name__)

DEFAULT_API_URL = "https://openapi.naver.com"
SEARCH_PATH = "/v1/search/shop.json"
SORTS = frozenset({"sim", "date", "asc", "dsc"})
EXCLUDES = frozenset({"used", "rental", "cbshop"})
DAILY_QUOTA = 25_000


class QuotaStore(Protocol):
    """Counts calls per client id per day; the app backs it with its database."""

    async def increment(self, client_id: str, limit: int) -> int:
        """Count one call and return the new count; raise NaverQuotaError when over `limit`."""
        ...

    async def refund(self, client_id: str) -> None:
        """Take back one call that never reached Naver (the connection could not be made)."""
        ...


@dataclass
class CircuitBreaker:
    """After `threshold` failed calls in a row the API is left alone for `open_s` seconds: calls fail
    at once (no waiting on a remote that is down or slow, no quota spent), then one call tries again."""

    threshold: int = 3
    open_s: float = 30.0
    failures: int = 0
    opened_at: float | None = None

    def allow(self) -> bool:
        """Whether a call may go out now (closed, or open long enough for one trial call)."""
        return self.opened_at is None or time.monotonic() - self.opened_at >= self.open_s

    def succeeded(self) -> None:
        self.failures, self.opened_at = 0, None

    def failed(self) -> None:
        self.failures += 1
        if self.failures >= self.threshold:
            self.opened_at = time.monotonic()


class ResponseCache(Protocol):
    """Caches raw responses by request key for a while; the app backs it with its database."""

    async def get(self, key: str) -> dict[str, Any] | None: ...

    async def put(self, key: str, value: dict[str, Any]) -> None: ...


@dataclass
class NaverShoppingClient:
    """Naver Shopping search with validation, typed results, bounded retries, quota and caching."""

    client_id: str
    client_secret: str
    session: aiohttp.ClientSession
    base_url: str = DEFAULT_API_URL
    timeout: float = 5.0
    retries: int = 2
    backoff: float = 0.3
    daily_quota: int = DAILY_QUOTA
    quota: QuotaStore | None = None
    cache: ResponseCache | None = None
    breaker: CircuitBreaker = field(default_factory=CircuitBreaker)

    async def search(
        self,
        query: str,
        *,
        display: int = 10,
        start: int = 1,
        sort: str = "sim",
        naverpay_only: bool = False,
        exclude: tuple[str, ...] = (),
    ) -> SearchResult:
        """Search products; arguments are validated before any request is made."""
        params = build_params(
            query, display=display, start=start, sort=sort, naverpay_only=naverpay_only, exclude=exclude
        )
        key = json.dumps(params, sort_keys=True, ensure_ascii=False)
        if self.cache is not None and (cached := await self.cache.get(key)) is not None:
            return SearchResult.from_api(cached)
        raw = await self._request(SEARCH_PATH, params)
        if self.cache is not None:
            await self.cache.put(key, raw)
        return SearchResult.from_api(raw)

    async def cheaper(
        self,
        query: str,
        *,
        max_price: int | None = None,
        min_price: int | None = None,
        limit: int = 10,
        pages: int = 2,
    ) -> list[ShopItem]:
        """The cheapest matching products within price bounds: `sort=asc` (the API has no price filter,
        so bounds are applied here), unknown prices dropped, duplicates by productId removed."""
        seen: set[str] = set()
        found: list[ShopItem] = []
        for page in range(pages):
            result = await self.search(
                query, display=100, start=1 + 100 * page, sort="asc", exclude=("used", "rental")
            )
            for item in result.items:
                if item.product_id in seen or item.lprice is None:
                    continue
                if (min_price is not None and item.lprice < min_price) or (
                    max_price is not None and item.lprice > max_price
                ):
                    continue
                seen.add(item.product_id)
                found.append(item)
            if len(found) >= limit or len(result.items) < 100:
                break
        return sorted(found, key=lambda i: i.lprice or 0)[:limit]

    async def _request(self, path: str, params: dict[str, str]) -> dict[str, Any]:
        """One API call with retries (connection errors, timeouts, 5xx only) and exponential backoff,
        behind the circuit breaker; a try that never reached Naver is not counted against the quota."""
        headers = {"X-Naver-Client-Id": self.client_id, "X-Naver-Client-Secret": self.client_secret}
        url = self.base_url.rstrip("/") + path
        last: NaverError | None = None
        for attempt in range(self.retries + 1):
            if not self.breaker.allow():
                raise last or NaverConnectionError("the Naver API kept failing: not asked again for now")
            if attempt:
                await asyncio.sleep(self.backoff * 2 ** (attempt - 1))
            if self.quota is not None:
                await self.quota.increment(self.client_id, self.daily_quota)
            try:
                async with self.session.get(
                    url, params=params, headers=headers, timeout=aiohttp.ClientTimeout(total=self.timeout)
                ) as response:
                    body = await response.read()
                    status = response.status
            except asyncio.CancelledError:  # the caller's deadline passed first: as slow as a timeout
                self.breaker.failed()
                raise
            except aiohttp.ClientConnectorError as exc:  # never reached Naver: not a call it counts
                if self.quota is not None:
                    await self.quota.refund(self.client_id)
                last = NaverConnectionError(f"cannot reach the Naver API: {exc.os_error or exc}")
                self._failed(attempt, last)
                continue
            except (TimeoutError, aiohttp.ClientError) as exc:
                last = NaverConnectionError(f"cannot reach the Naver API: {str(exc) or type(exc).__name__}")
                self._failed(attempt, last)
                continue
            if status == 200:
                try:
                    data = json.loads(body)
                except ValueError as exc:
                    last = NaverServerError("the Naver API sent a body that is not JSON", status=status)
                    self._failed(attempt, last, exc)
                    continue
                self.breaker.succeeded()
                return data
            error = error_from_response(status, body)
            if not isinstance(error, NaverServerError):
                self.breaker.succeeded()  # Naver answered: it is up, the request was wrong
                raise error
            last = error
            self._failed(attempt, error)
        assert last is not None
        raise last

    def _failed(self, attempt: int, error: NaverError, cause: Exception | None = None) -> None:
        self.breaker.failed()
        log.warning("naver attempt %d failed: %s%s", attempt + 1, error, f" ({cause})" if cause else "")


def build_params(
    query: str,
    *,
    display: int = 10,
    start: int = 1,
    sort: str = "sim",
    naverpay_only: bool = False,
    exclude: tuple[str, ...] = (),
) -> dict[str, str]:
    """Validated query parameters; out-of-range values raise NaverRequestError before any request."""
    if not query.strip():
        raise NaverRequestError("query must not be empty", code="SE01")
    if not 1 <= display <= 100:
        raise NaverRequestError(f"display must be 1..100, got {display}", code="SE02")
    if not 1 <= start <= 1000:
        raise NaverRequestError(f"start must be 1..1000, got {start}", code="SE03")
    if sort not in SORTS:
        raise NaverRequestError(f"sort must be one of {sorted(SORTS)}, got {sort!r}", code="SE04")
    unknown = set(exclude) - EXCLUDES
    if unknown:
        raise NaverRequestError(f"exclude accepts {sorted(EXCLUDES)}, got {sorted(unknown)}", code="SE01")
    params = {"query": query.strip(), "display": str(display), "start": str(start), "sort": sort}
    if naverpay_only:
        params["filter"] = "naverpay"
    if exclude:
        params["exclude"] = ":".join(dict.fromkeys(exclude))
    return params


def error_from_response(status: int, body: bytes) -> NaverError:
    """Map an error response onto the exception tree, keeping the API's errorCode and errorMessage."""
    code, message = "", ""
    try:
        data = json.loads(body)
        code = str(data.get("errorCode", ""))
        message = str(data.get("errorMessage", ""))
    except (ValueError, AttributeError):
        message = body[:200].decode("utf-8", "replace")
    message = message or f"HTTP {status}"
    if status in (401, 403):
        return NaverAuthError(message, code, status)
    if status == 429:
        return NaverQuotaError(message, code, status)
    if status >= 500:
        return NaverServerError(message, code, status)
    return NaverRequestError(message, code, status)
