"""Opening and closing everything the service needs: database, worker, index, catalogue, HTTP."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import aiohttp
from sqlalchemy.ext.asyncio import AsyncEngine

from inference import Worker
from storage import create_engine, session_factory, upgrade

from .catalog import Catalog, open_index
from .service import StylistService
from .settings import Settings

log = logging.getLogger(__name__)


@dataclass
class Runtime:
    """The live parts of one running Stylist; `close()` releases them in reverse order."""

    service: StylistService
    http: aiohttp.ClientSession
    engine: AsyncEngine
    owns_worker: bool = True

    @classmethod
    async def open(cls, settings: Settings, worker: Worker | None = None) -> Runtime:
        """Upgrade the schema to head, then load the catalogue, the index and the model."""
        await upgrade(settings.database_url)
        engine = create_engine(settings.database_url)
        sessions = session_factory(engine)
        owns_worker = worker is None
        worker = worker or settings.make_worker()
        await worker.start()
        index = open_index(settings.index_path, worker.index_dim, worker.index_key)
        catalog = await Catalog.load(sessions)
        if len(index) == 0:
            log.warning("the catalogue is empty: run `stylist catalog build` for outfits and similar items")
        http = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=settings.naver_timeout_s * 3))
        service = StylistService(settings, sessions, worker, index, catalog, http)
        return cls(service, http, engine, owns_worker)

    async def close(self) -> None:
        await self.http.close()
        if self.owns_worker:
            await self.service.worker.close()
        await self.engine.dispose()
