"""Catalogue versions in the database: every command that writes the catalogue records one, and a
running process picks the newest up once the index file it sees is the one recorded (a machine whose
copy of the file lags waits for it)."""

from __future__ import annotations

import asyncio
import hashlib
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from storage import CatalogVersion, Product


def index_digest(index_path: Path) -> str:
    """SHA-256 of the index file ("" when there is none)."""
    if not index_path.exists():
        return ""
    digest = hashlib.sha256()
    with index_path.open("rb") as file:
        for block in iter(lambda: file.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


async def record_version(
    sessions: async_sessionmaker[AsyncSession], index_path: Path, vectors: int, written_by: str
) -> int:
    """Record the catalogue as it is now (the index file written, its rows committed); its id."""
    digest = await asyncio.to_thread(index_digest, index_path)
    async with sessions() as session, session.begin():
        products = int(await session.scalar(select(func.count()).select_from(Product)) or 0)
        version = CatalogVersion(
            products=products, vectors=vectors, index_sha256=digest, written_by=written_by
        )
        session.add(version)
        await session.flush()
        return version.id


async def latest_version(sessions: async_sessionmaker[AsyncSession]) -> CatalogVersion | None:
    """The newest recorded catalogue version, None before the first."""
    async with sessions() as session:
        return await session.scalar(select(CatalogVersion).order_by(CatalogVersion.id.desc()).limit(1))
