"""The store on SQLite and on a real PostgreSQL server: Alembic migrations on data, and counters,
upserts and update claims correct with several writer processes at once."""

from __future__ import annotations

import asyncio
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from storage import (
    Analysis,
    ApiUsage,
    Feedback,
    User,
    create_engine,
    downgrade_sync,
    session_factory,
    upgrade,
)
from tests.postgres import Postgres

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty database of either kind."""
    if request.param == "sqlite":
        yield f"sqlite+aiosqlite:///{tmp_path / 'store.db'}"
        return
    server: Postgres = request.getfixturevalue("postgres")
    yield server.database("template0")


async def _scalar(url: str, statement: sa.Select) -> object:  # type: ignore[type-arg]
    engine = create_engine(url)
    try:
        async with session_factory(engine)() as session:
            return await session.scalar(statement)
    finally:
        await engine.dispose()


async def _writers(*commands: list[str]) -> list[object]:
    """Run writer processes at once; their printed results."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}

    async def one(command: list[str]) -> object:
        process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "tests.writers",
            *command,
            cwd=ROOT,
            env=env,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
        )
        out, err = await process.communicate()
        assert process.returncode == 0, err.decode()[-2000:]
        return json.loads(out)

    return list(await asyncio.gather(*(one(c) for c in commands)))


async def test_migrations_keep_the_rows_they_find(database_url: str) -> None:
    """Up to the conversation schema, rows written, then up to head (the journal), down and up again:
    every row survives."""
    await upgrade(database_url, "0005")
    engine = create_engine(database_url)
    try:
        async with engine.begin() as connection:
            for statement in (
                "INSERT INTO users (id, language, first_seen, last_seen)"
                " VALUES (9000000001, 'ko', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)",
                "INSERT INTO chat_states (chat_id, user_id, mode, filters, shown, seen, refused, updated_at)"
                " VALUES (9000000001, 9000000001, 'outfit', '{}', '[1, 2]', '[]', '[]', CURRENT_TIMESTAMP)",
                "INSERT INTO preferences (user_id, gender, min_price, max_price, updated_at)"
                " VALUES (9000000001, 'women', NULL, 30000, CURRENT_TIMESTAMP)",
            ):
                await connection.execute(sa.text(statement))
    finally:
        await engine.dispose()
    await upgrade(database_url)
    await asyncio.to_thread(downgrade_sync, database_url, "0005")
    await upgrade(database_url)
    assert (
        await _scalar(database_url, sa.select(sa.text("language FROM users WHERE id = 9000000001"))) == "ko"
    )
    assert await _scalar(database_url, sa.select(sa.text("mode FROM chat_states"))) == "outfit"
    assert not await _scalar(database_url, sa.select(sa.text("focus_chosen FROM chat_states")))  # named
    assert await _scalar(database_url, sa.select(sa.text("history FROM chat_states"))) is None  # none yet
    assert await _scalar(database_url, sa.select(sa.text("pointed FROM chat_states"))) is None  # none named
    assert await _scalar(database_url, sa.select(sa.text("language FROM chat_states"))) is None  # none asked
    assert await _scalar(database_url, sa.select(sa.text("count(*) FROM favourites"))) == 0
    assert await _scalar(database_url, sa.select(sa.text("count(*) FROM daily_outfits"))) == 0
    assert await _scalar(database_url, sa.select(sa.text("max_price FROM preferences"))) == 30000  # kept
    assert await _scalar(database_url, sa.select(sa.text("palette FROM preferences"))) is None  # not said yet
    assert await _scalar(database_url, sa.select(sa.text("count(*) FROM updates"))) == 0


async def test_counters_upserts_and_claims_hold_with_several_writer_processes(database_url: str) -> None:
    """Four processes at once: the quota counts every call once and allows exactly its limit; the
    same vote written 4 × 15 times is one row; two processes claiming the same 300 updates split
    them, each update claimed by exactly one."""
    await upgrade(database_url)
    allowed = await _writers(*[["quota", database_url, "40", "100"]] * 4)
    assert sum(allowed) == 100  # type: ignore[arg-type]
    assert await _scalar(database_url, sa.select(sa.func.sum(ApiUsage.calls))) == 100

    engine = create_engine(database_url)
    try:
        async with session_factory(engine)() as session, session.begin():
            session.add(User(id=7, language="en"))
            await session.flush()
            session.add(
                Analysis(
                    id=1,
                    user_id=7,
                    source="t",
                    category="shirt",
                    category_confidence=0.9,
                    style="casual",
                    result={},
                    embedding=b"",
                )
            )
    finally:
        await engine.dispose()
    await _writers(*[["votes", database_url, "1", "7", "15"]] * 4)
    assert await _scalar(database_url, sa.select(sa.func.count()).select_from(Feedback)) == 1

    first, second = await _writers(["claims", database_url, "1", "300"], ["claims", database_url, "1", "300"])
    assert not set(first) & set(second)  # type: ignore[arg-type]
    assert set(first) | set(second) == set(range(1, 301))  # type: ignore[arg-type]
