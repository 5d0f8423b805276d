"""The Naver Shopping client as the application uses it: its daily quota counted and its responses
cached in the database, shared by every process on that database."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import aiohttp
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from shop_client import NaverQuotaError, NaverShoppingClient
from storage import ApiCache, count_call, put_cache

from .settings import Settings


class DbQuota:
    """Naver calls per client id per day, counted in the database."""

    def __init__(self, sessions: async_sessionmaker[AsyncSession]) -> None:
        self.sessions = sessions

    async def increment(self, client_id: str, limit: int) -> int:
        """Count one call atomically; over the limit, take it back and refuse."""
        today = datetime.now(UTC).date()
        async with self.sessions() as session, session.begin():
            calls = await count_call(session, client_id, today)
            if calls > limit:
                await count_call(session, client_id, today, -1)
                raise NaverQuotaError(f"daily quota of {limit} calls used up", code="QUOTA")
            return calls

    async def refund(self, client_id: str) -> None:
        """Take back a call that never reached Naver."""
        async with self.sessions() as session, session.begin():
            await count_call(session, client_id, datetime.now(UTC).date(), -1)


class DbCache:
    """Naver responses cached in the database for `ttl_s` seconds."""

    def __init__(self, sessions: async_sessionmaker[AsyncSession], ttl_s: int) -> None:
        self.sessions = sessions
        self.ttl = timedelta(seconds=ttl_s)

    async def get(self, key: str) -> dict[str, Any] | None:
        async with self.sessions() as session:
            row = await session.get(ApiCache, key)
        if row is None:
            return None
        created = row.created_at if row.created_at.tzinfo else row.created_at.replace(tzinfo=UTC)
        return row.value if datetime.now(UTC) - created < self.ttl else None

    async def put(self, key: str, value: dict[str, Any]) -> None:
        async with self.sessions() as session, session.begin():
            await put_cache(session, key, value)


def naver_client(
    settings: Settings, http: aiohttp.ClientSession, sessions: async_sessionmaker[AsyncSession] | None = None
) -> NaverShoppingClient:
    """The Naver client the settings describe; with a database, quota and cache live there."""
    return NaverShoppingClient(
        client_id=settings.naver_client_id,
        client_secret=settings.naver_client_secret,
        session=http,
        base_url=settings.naver_api_url,
        timeout=settings.naver_timeout_s,
        daily_quota=settings.naver_daily_quota,
        quota=DbQuota(sessions) if sessions is not None else None,
        cache=DbCache(sessions, settings.naver_cache_ttl_s) if sessions is not None else None,
    )
