"""Idempotent writes (`INSERT … ON CONFLICT`) that hold when two requests write the same row at
once, on SQLite and PostgreSQL alike."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from .models import (
    ApiCache,
    ApiUsage,
    Base,
    ChatState,
    Favourite,
    Feedback,
    Preferences,
    Product,
    UpdateRecord,
    User,
)


def _insert(session: AsyncSession, model: type[Base]) -> Any:
    dialect = session.bind.dialect.name if session.bind is not None else "sqlite"
    return (postgresql if dialect == "postgresql" else sqlite).insert(model)


async def touch_user(session: AsyncSession, user_id: int, language: str) -> None:
    """Create the user's row, or note their language and when they were last seen."""
    now = datetime.now(UTC)
    statement = _insert(session, User).values(id=user_id, language=language, first_seen=now, last_seen=now)
    await session.execute(
        statement.on_conflict_do_update(
            index_elements=[User.id], set_={"language": language, "last_seen": now}
        )
    )


async def count_call(session: AsyncSession, client_id: str, day: date, by: int = 1) -> int:
    """Add `by` to a client's calls of the day in one atomic statement (several writers at once
    never lose a count) and return the new count."""
    statement = _insert(session, ApiUsage).values(client_id=client_id, day=day, calls=max(by, 0))
    statement = statement.on_conflict_do_update(
        index_elements=[ApiUsage.client_id, ApiUsage.day], set_={"calls": ApiUsage.calls + by}
    ).returning(ApiUsage.calls)
    return int((await session.execute(statement)).scalar_one())


async def put_vote(
    session: AsyncSession, user_id: int, analysis_id: int, kind: str, value: int, product_ids: list[int]
) -> None:
    """A user's vote on the `kind` of recommendation for an analysis; a second vote replaces the first
    (one statement: two presses at once leave one row)."""
    now = datetime.now(UTC)
    values = {"value": value, "product_ids": product_ids, "created_at": now}
    statement = _insert(session, Feedback).values(
        user_id=user_id, analysis_id=analysis_id, kind=kind, **values
    )
    await session.execute(
        statement.on_conflict_do_update(
            index_elements=[Feedback.user_id, Feedback.analysis_id, Feedback.kind], set_=values
        )
    )


async def put_cache(session: AsyncSession, key: str, value: dict[str, Any]) -> None:
    """Store (or replace) a cached API response."""
    now = datetime.now(UTC)
    statement = _insert(session, ApiCache).values(key=key, value=value, created_at=now)
    await session.execute(
        statement.on_conflict_do_update(
            index_elements=[ApiCache.key], set_={"value": value, "created_at": now}
        )
    )


async def ensure_products(session: AsyncSession, source: str, rows: list[dict[str, Any]]) -> dict[str, int]:
    """Store products seen in a shop (each row with at least `external_id`, `name`, `category`,
    `image`), keeping rows already stored; returns their ids by external id."""
    if not rows:
        return {}
    statement = _insert(session, Product).values([{"source": source, **row} for row in rows])
    await session.execute(
        statement.on_conflict_do_nothing(index_elements=[Product.source, Product.external_id])
    )
    external_ids = [row["external_id"] for row in rows]
    found = await session.execute(
        select(Product.external_id, Product.id).where(
            Product.source == source, Product.external_id.in_(external_ids)
        )
    )
    return {external_id: product_id for external_id, product_id in found.all()}


async def put_chat_state(session: AsyncSession, chat_id: int, **values: Any) -> None:
    """Store a chat's conversation state (insert or replace: the last message's state wins)."""
    now = datetime.now(UTC)
    statement = _insert(session, ChatState).values(chat_id=chat_id, updated_at=now, **values)
    await session.execute(
        statement.on_conflict_do_update(
            index_elements=[ChatState.chat_id], set_={**values, "updated_at": now}
        )
    )


async def put_preferences(session: AsyncSession, user_id: int, **values: Any) -> None:
    """Store (some of) a user's preferences, keeping the others."""
    now = datetime.now(UTC)
    statement = _insert(session, Preferences).values(user_id=user_id, updated_at=now, **values)
    if not values:  # only that the user was asked
        await session.execute(statement.on_conflict_do_nothing(index_elements=[Preferences.user_id]))
        return
    await session.execute(
        statement.on_conflict_do_update(
            index_elements=[Preferences.user_id], set_={**values, "updated_at": now}
        )
    )


async def claim_updates(session: AsyncSession, updates: dict[int, dict[str, Any]], owner: str) -> set[int]:
    """Record updates (id → payload) as `owner`'s unless some process recorded them already; returns
    the ids this call claimed (one atomic insert: two processes given the same update cannot both
    win it)."""
    if not updates:
        return set()
    now = datetime.now(UTC)
    statement = _insert(session, UpdateRecord).values(
        [{"update_id": i, "payload": p, "owner": owner, "claimed_at": now} for i, p in updates.items()]
    )
    statement = statement.on_conflict_do_nothing(index_elements=[UpdateRecord.update_id])
    result = await session.execute(statement.returning(UpdateRecord.update_id))
    return set(result.scalars().all())


async def put_favourite(session: AsyncSession, user_id: int, product_id: int) -> bool:
    """Keep a product among the user's favourites; False when it already was (one statement: two
    presses at once leave one row)."""
    statement = _insert(session, Favourite).values(
        user_id=user_id, product_id=product_id, created_at=datetime.now(UTC)
    )
    result = await session.execute(
        statement.on_conflict_do_nothing(index_elements=[Favourite.user_id, Favourite.product_id])
    )
    return bool(result.rowcount)  # type: ignore[attr-defined]
