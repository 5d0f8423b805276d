"""The composition root: opens the database, the model, the index, the catalogue and HTTP once, and
hands each use case exactly the clients it needs. `close()` releases them in reverse order."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass

import aiohttp
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from catalog import Catalog, index_digest, index_version, latest_version, open_index
from inference import ModelConfig, Worker
from matching import ProductIndex
from matching.compat import DEFAULT_STATS, Compatibility
from shop_client import NaverShoppingClient
from storage import create_engine, session_factory, upgrade

from .account import Account
from .analyse import Analyse
from .dialogue import Dialogue
from .feedback import Votes
from .journal import Journal
from .links import Links
from .naver import naver_client
from .recommend import Recommend
from .records import Embedded
from .search import Search
from .settings import Settings

log = logging.getLogger(__name__)


@dataclass
class Stylist:
    """The live parts of one running Stylist and its use cases."""

    settings: Settings
    engine: AsyncEngine
    sessions: async_sessionmaker[AsyncSession]
    worker: Worker
    index: ProductIndex
    catalog: Catalog
    http: aiohttp.ClientSession
    naver: NaverShoppingClient | None
    analyse: Analyse
    recommend: Recommend
    votes: Votes
    account: Account
    dialogue: Dialogue
    journal: Journal
    journal_engine: AsyncEngine
    owns_worker: bool = True
    index_version: tuple[int, int] | None = None  # the index file this process has mapped
    catalog_version: int | None = None  # the recorded catalogue version it has loaded

    @classmethod
    async def open(cls, settings: Settings, worker: Worker | None = None) -> Stylist:
        """Upgrade the schema to head, then load the catalogue, the index and the model."""
        await upgrade(settings.database_url)
        engine = create_engine(settings.database_url)
        sessions = session_factory(engine)
        owns_worker = worker is None
        worker = worker or settings.make_worker()
        await worker.start()
        version = index_version(settings.index_path)
        recorded = await latest_version(sessions)
        index = open_index(settings.index_path, worker.index_dim, worker.index_key, mmap=True)
        catalog = await Catalog.load(sessions)
        if len(index) == 0:
            log.warning("the catalogue is empty: run `stylist catalog build` for outfits and similar items")
        http = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=settings.naver_timeout_s * 3))
        naver = naver_client(settings, http, sessions) if settings.has_naver else None
        embedded = Embedded(index.dim, worker.index_key)
        compat = Compatibility.load() if DEFAULT_STATS.exists() else None
        cluster_names = ModelConfig.load(settings.checkpoint).cluster_names
        analyse = Analyse(sessions, worker, index, catalog, cluster_names)
        recommend = Recommend(sessions, index, catalog, embedded, Links(naver), compat, naver)
        account = Account(sessions)
        search = Search(index, catalog, recommend)
        # The journal on a connection of its own: claims and done marks never queue behind the
        # answers' transactions (with SQLite those take turns on one connection).
        journal_engine = create_engine(settings.database_url)
        return cls(
            settings=settings,
            engine=engine,
            sessions=sessions,
            worker=worker,
            index=index,
            catalog=catalog,
            http=http,
            naver=naver,
            analyse=analyse,
            recommend=recommend,
            votes=Votes(sessions, embedded),
            account=account,
            dialogue=Dialogue(sessions, analyse, recommend, search, account, catalog),
            journal=Journal(session_factory(journal_engine)),
            journal_engine=journal_engine,
            owns_worker=owns_worker,
            index_version=version,
            catalog_version=recorded.id if recorded else None,
        )

    async def reload_if_changed(self) -> bool:
        """Pick up a catalogue version `stylist catalog build` wrote since (the index renamed over
        the old one, the products in the database, the version recorded there): index and products
        swapped in place, so every use case sees them from its next call; no restart. The recorded
        version decides, once the index file here is the one it names; before any is recorded, a
        new index file does. True when it did."""
        path = self.settings.index_path
        version = index_version(path)
        recorded = await latest_version(self.sessions)
        if recorded is not None:
            if recorded.id == self.catalog_version:
                return False
            if await asyncio.to_thread(index_digest, path) != recorded.index_sha256:
                log.info("catalogue version %d recorded; waiting for its index file here", recorded.id)
                return False
        elif version is None or version == self.index_version:
            return False
        index = open_index(self.settings.index_path, self.worker.index_dim, self.worker.index_key, mmap=True)
        catalog = await Catalog.load(self.sessions)
        self.index.take(index)
        self.catalog.take(catalog)
        self.index_version = version
        self.catalog_version = recorded.id if recorded else None
        log.info("catalogue version picked up: %d products, %d vectors", len(catalog), len(index))
        return True

    async def close(self) -> None:
        await self.http.close()
        if self.owns_worker:
            await self.worker.close()
        await self.engine.dispose()
        await self.journal_engine.dispose()
