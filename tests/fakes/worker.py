"""A stand-in model server speaking the worker protocol of `inference.serve` around an in-process
Analyzer: for the client's behaviour (deadlines, retries, a token, a busy or a dead server) without
starting Ray. The real server, Ray Serve, is tested in test_serve.py."""

from __future__ import annotations

import asyncio
import hmac
from typing import Any

from aiohttp import BodyPartReader, web

from inference import Analyzer
from inference.images import ImageRejected, decode_image


class FakeWorkerServer:
    """`POST /analyze` and `GET /health` on loopback; `busy` answers 503, `token` requires it."""

    def __init__(self, analyzer: Analyzer, token: str = "") -> None:
        self.analyzer = analyzer
        self.token = token
        self.busy = False
        self.requests = 0
        self._runner: web.AppRunner | None = None

    async def start(self, port: int) -> None:
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_post("/analyze", self._analyze)
        app.router.add_get("/health", self._health)
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        await web.TCPSite(self._runner, "127.0.0.1", port).start()

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def _health(self, request: web.Request) -> web.Response:
        config = self.analyzer.config
        return web.json_response(
            {"status": "ok", "index_dim": config.index_dim, "index_key": self.analyzer.index_key}
        )

    async def _analyze(self, request: web.Request) -> web.Response:
        self.requests += 1
        given = request.headers.get("Authorization", "").encode()
        if self.token and not hmac.compare_digest(given, f"Bearer {self.token}".encode()):
            return web.json_response({"error": "unauthorized"}, status=401)
        if self.busy:
            return web.json_response({"error": "busy"}, status=503)
        images: list[Any] = []
        async for part in await request.multipart():
            if isinstance(part, BodyPartReader) and part.name == "image":
                try:
                    images.append(decode_image(await part.read()))
                except ImageRejected as exc:
                    return web.json_response({"error": exc.reason}, status=400)
        analyses = await asyncio.to_thread(self.analyzer.analyze, images)
        return web.json_response({"analyses": [a.to_wire() for a in analyses]})
