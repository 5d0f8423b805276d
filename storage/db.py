"""Engine, sessions, and upgrading the schema to Alembic's head."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import event
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker, create_async_engine

MIGRATIONS_DIR = Path(__file__).resolve().parents[1] / "migrations"


def _ensure_sqlite_folder(url: str) -> None:
    if url.startswith("sqlite") and ":///" in url:
        path = url.split(":///", 1)[1]
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)


def create_engine(url: str) -> AsyncEngine:
    """An async engine; SQLite files get their folder created, WAL mode (synced at checkpoints: a killed
    process loses nothing, a power cut at most the last commits) and enforced foreign keys."""
    _ensure_sqlite_folder(url)
    if url.startswith("sqlite"):
        # SQLite has one writer at a time: transactions of several connections wait on each other's
        # locks (and a read that turns into a write fails at once). One connection, handed out in
        # turn, serialises them in the event loop instead, each one short.
        engine = create_async_engine(url, pool_size=1, max_overflow=0, pool_timeout=60)

        @event.listens_for(engine.sync_engine, "connect")
        def _sqlite_pragmas(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")  # WAL: durable across a crash of the process
            cursor.execute("PRAGMA busy_timeout=5000")
            cursor.close()

        return engine
    return create_async_engine(url, pool_size=10, max_overflow=20)


def session_factory(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    return async_sessionmaker(engine, expire_on_commit=False)


def alembic_config(url: str) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("sqlalchemy.url", url)
    return config


def upgrade_sync(url: str, revision: str = "head") -> None:
    """Run Alembic's upgrade (it starts its own event loop, so call it outside one)."""
    _ensure_sqlite_folder(url)
    command.upgrade(alembic_config(url), revision)


def downgrade_sync(url: str, revision: str) -> None:
    """Run Alembic's downgrade to `revision` (for tests of the migrations on data)."""
    command.downgrade(alembic_config(url), revision)


async def upgrade(url: str, revision: str = "head") -> None:
    """Upgrade the database to `revision` from async code (in a thread with its own loop)."""
    await asyncio.to_thread(upgrade_sync, url, revision)


@contextlib.asynccontextmanager
async def migrated_sessions(url: str) -> AsyncIterator[async_sessionmaker[AsyncSession]]:
    """Sessions on the database at `url`, upgraded to Alembic's head first; the engine is disposed
    after (what every command that only needs the database opens)."""
    await upgrade(url)
    engine = create_engine(url)
    try:
        yield session_factory(engine)
    finally:
        await engine.dispose()
