"""The real aiohttp Naver client against the local fake Naver server."""

from __future__ import annotations

from collections.abc import AsyncIterator

import aiohttp
import pytest
from sqlalchemy import select

from shop_client import (
    NaverAuthError,
    NaverConnectionError,
    NaverQuotaError,
    NaverRequestError,
    NaverServerError,
    NaverShoppingClient,
    search_link,
    shopping_query,
)
from tests.fakes.naver import Failure, FakeNaver


@pytest.fixture
async def naver() -> AsyncIterator[FakeNaver]:
    server = FakeNaver()
    await server.start()
    yield server
    await server.stop()


@pytest.fixture
async def client(naver: FakeNaver) -> AsyncIterator[NaverShoppingClient]:
    async with aiohttp.ClientSession() as session:
        yield NaverShoppingClient(
            naver.client_id, naver.client_secret, session, base_url=naver.url, timeout=1.0, backoff=0.01
        )


async def test_search_parses_quirks(client: NaverShoppingClient, naver: FakeNaver) -> None:
    result = await client.search("네이비 셔츠", display=5, sort="asc", exclude=("used", "rental"))
    assert (result.total, result.start, result.display) == (137, 1, 5)
    item = result.items[0]
    assert "<b>" not in item.title and "&amp;" not in item.title and "&" in item.title
    assert item.mall_name == "네이버 & 몰"
    assert all(i.lprice is None or isinstance(i.lprice, int) for i in result.items)
    assert any(i.hprice is None for i in result.items)  # "" means unknown
    assert any(i.lprice is None for i in result.items)  # "0" means unknown
    assert item.product_type_name != "unknown"
    assert naver.calls[0]["exclude"] == "used:rental" and naver.calls[0]["sort"] == "asc"


@pytest.mark.parametrize(
    "kwargs",
    [
        {"display": 0},
        {"display": 101},
        {"start": 0},
        {"start": 1001},
        {"sort": "price"},
        {"exclude": ("new",)},
    ],
)
async def test_out_of_range_rejected_before_request(
    client: NaverShoppingClient, naver: FakeNaver, kwargs
) -> None:
    with pytest.raises(NaverRequestError):
        await client.search("셔츠", **kwargs)
    assert naver.calls == []


@pytest.mark.parametrize(
    ("failure", "error", "code"),
    [
        (Failure(status=400, code="SE01"), NaverRequestError, "SE01"),
        (Failure(status=400, code="SE06"), NaverRequestError, "SE06"),
        (Failure(status=404, code="SE05"), NaverRequestError, "SE05"),
    ],
)
async def test_client_errors_are_not_retried(client, naver, failure, error, code) -> None:  # type: ignore[no-untyped-def]
    naver.fail_next(failure)
    with pytest.raises(error) as info:
        await client.search("셔츠")
    assert info.value.code == code and info.value.message
    assert len(naver.calls) == 1


async def test_auth_error(naver: FakeNaver) -> None:
    async with aiohttp.ClientSession() as session:
        client = NaverShoppingClient("wrong", "creds", session, base_url=naver.url)
        with pytest.raises(NaverAuthError) as info:
            await client.search("셔츠")
    assert info.value.status == 401 and len(naver.calls) == 1


async def test_server_errors_retried_then_succeed(client: NaverShoppingClient, naver: FakeNaver) -> None:
    naver.fail_next(Failure(status=500, code="SE99"), Failure(drop=True))
    result = await client.search("셔츠")
    assert result.items and len(naver.calls) == 3


async def test_persistent_server_error(client: NaverShoppingClient, naver: FakeNaver) -> None:
    naver.fail_next(*[Failure(status=500, code="SE99")] * 3)
    with pytest.raises(NaverServerError) as info:
        await client.search("셔츠")
    assert info.value.code == "SE99" and len(naver.calls) == 3


async def test_timeout_is_a_connection_error(client: NaverShoppingClient, naver: FakeNaver) -> None:
    naver.fail_next(*[Failure(delay_s=2.0)] * 3)
    with pytest.raises(NaverConnectionError):
        await client.search("셔츠")


async def test_rate_limit_is_not_retried(client: NaverShoppingClient, naver: FakeNaver) -> None:
    naver.quota = 0
    with pytest.raises(NaverQuotaError):
        await client.search("셔츠")
    assert len(naver.calls) == 1


def test_query_and_link() -> None:
    query = shopping_query("셔츠", "네이비", "스트라이프", "men")
    assert query == "네이비 스트라이프 셔츠 남성"
    assert search_link(query).startswith("https://search.shopping.naver.com/search/all?query=%EB%84%A4")
    from application.links import korean_query

    assert (
        korean_query("dress", "pink", None, "women", kids=True) == "핑크 원피스 여아"
    )  # a girl's (was 여성)
    assert korean_query("dress", "pink", None, "women") == "핑크 원피스 여성"


async def test_quota_counted_in_database_and_refused_before_limit(tmp_path, naver: FakeNaver) -> None:  # type: ignore[no-untyped-def]
    from application.naver import DbCache, DbQuota
    from storage import create_engine, session_factory, upgrade

    url = f"sqlite+aiosqlite:///{tmp_path / 'q.db'}"
    await upgrade(url)
    engine = create_engine(url)
    sessions = session_factory(engine)
    try:
        async with aiohttp.ClientSession() as session:
            client = NaverShoppingClient(
                naver.client_id,
                naver.client_secret,
                session,
                base_url=naver.url,
                daily_quota=2,
                quota=DbQuota(sessions),
                cache=DbCache(sessions, ttl_s=3600),
            )
            await client.search("셔츠")
            await client.search("셔츠")  # cached: no call, no quota
            await client.search("바지")
            with pytest.raises(NaverQuotaError):
                await client.search("치마")
    finally:
        await engine.dispose()
    assert len(naver.calls) == 2


async def test_cheaper_applies_price_bounds_and_dedupes(
    client: NaverShoppingClient, naver: FakeNaver
) -> None:
    items = await client.cheaper("셔츠", min_price=20_000, max_price=60_000, limit=50)
    prices = [i.lprice for i in items]
    assert prices == sorted(prices) and all(20_000 <= p <= 60_000 for p in prices)  # type: ignore[operator]
    assert len({i.product_id for i in items}) == len(items) > 0
    assert all(call["sort"] == "asc" and call["exclude"] == "used:rental" for call in naver.calls)


async def test_breaker_stops_asking_a_failing_api(client: NaverShoppingClient, naver: FakeNaver) -> None:
    naver.fail_next(*[Failure(status=500)] * 10)
    with pytest.raises(NaverServerError):
        await client.search("셔츠")  # three tries: the breaker opens
    assert len(naver.calls) == 3
    with pytest.raises(NaverConnectionError):
        await client.search("바지")  # not asked again while open
    assert len(naver.calls) == 3
    client.breaker.opened_at = 0.0  # as if open_s had passed: one trial call goes out
    naver.failures.clear()
    assert (await client.search("바지")).items
    assert client.breaker.failures == 0


async def test_only_calls_naver_received_count_against_the_quota(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Naver down (nothing listening): the tries never reached it, so the day's count stays 0; a slow
    Naver that received the call but answered too late counts it."""
    from application.naver import DbQuota
    from storage import ApiUsage
    from tests.conftest import migrated_sessions

    slow = FakeNaver(delay_s=2.0)
    await slow.start()
    try:
        async with migrated_sessions(tmp_path / "q.db") as sessions, aiohttp.ClientSession() as session:
            down = NaverShoppingClient(
                "id", "secret", session, base_url="http://127.0.0.1:9", quota=DbQuota(sessions), backoff=0.01
            )
            with pytest.raises(NaverConnectionError):
                await down.search("셔츠")
            late = NaverShoppingClient(
                slow.client_id,
                slow.client_secret,
                session,
                base_url=slow.url,
                timeout=0.2,
                retries=0,
                quota=DbQuota(sessions),
            )
            with pytest.raises(NaverConnectionError):
                await late.search("셔츠")
            async with sessions() as db:
                counts = {row.client_id: row.calls for row in (await db.execute(select(ApiUsage))).scalars()}
    finally:
        await slow.stop()
    assert counts == {"id": 0, slow.client_id: len(slow.calls)} and len(slow.calls) == 1
