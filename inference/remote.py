"""The inference worker as a service (`stylist worker --host --port`, for a GPU box) and its client.

POST /analyze   multipart, one or more `image` parts -> {"analyses": [...]}  (400 bad image,
                503 + Retry-After when the queue is full, 500 when inference fails)
GET  /health    {"status": "ok", "device": ..., "backbone": ..., "index_dim": ..., "index_key": ...}
GET  /metrics   queue depth, batch sizes, latency percentiles
"""

from __future__ import annotations

import asyncio
import io
import logging
from collections.abc import Sequence

import aiohttp
from aiohttp import web
from PIL import Image

from .analysis import Analysis
from .images import ImageRejected, decode_image
from .worker import LocalWorker, WorkerBusy, WorkerError

log = logging.getLogger(__name__)
WORKER_KEY = web.AppKey("worker", LocalWorker)


def create_app(worker: LocalWorker) -> web.Application:
    """The worker's HTTP API around a LocalWorker (started with the app, closed with it)."""
    app = web.Application(client_max_size=64 * 1024 * 1024)
    app[WORKER_KEY] = worker
    app.router.add_post("/analyze", _analyze)
    app.router.add_get("/health", _health)
    app.router.add_get("/metrics", _metrics)

    async def lifecycle(app: web.Application):  # type: ignore[no-untyped-def]
        await worker.start()
        yield
        await worker.close()

    app.cleanup_ctx.append(lifecycle)
    return app


async def _analyze(request: web.Request) -> web.Response:
    worker = request.app[WORKER_KEY]
    images = []
    reader = await request.multipart()
    async for part in reader:
        if isinstance(part, aiohttp.BodyPartReader) and part.name == "image":
            try:
                images.append(decode_image(await part.read()))
            except ImageRejected as exc:
                return web.json_response({"error": exc.reason}, status=400)
    if not images:
        return web.json_response({"error": "no_image"}, status=400)
    try:
        analyses = await worker.analyze(images)
    except WorkerBusy:
        return web.json_response({"error": "busy"}, status=503, headers={"Retry-After": "1"})
    except WorkerError as exc:
        return web.json_response({"error": "inference_failed", "detail": str(exc)}, status=500)
    return web.json_response({"analyses": [a.to_wire() for a in analyses]})


async def _health(request: web.Request) -> web.Response:
    analyzer = request.app[WORKER_KEY].analyzer
    return web.json_response(
        {
            "status": "ok",
            "device": str(analyzer.device),
            "backbone": analyzer.config.backbone,
            "index_dim": analyzer.config.index_dim,
            "index_key": analyzer.index_key,
        }
    )


async def _metrics(request: web.Request) -> web.Response:
    return web.json_response(request.app[WORKER_KEY].metrics())


def serve(worker: LocalWorker, host: str = "127.0.0.1", port: int = 8700) -> None:
    """Run the worker service until interrupted."""
    web.run_app(create_app(worker), host=host, port=port, print=lambda msg: log.warning("%s", msg))


class RemoteWorker:
    """The same `analyze(images)` interface over HTTP. Every call has a timeout; a dead or unreachable
    worker raises WorkerError (the bot tells the user and works again once the worker is back)."""

    def __init__(self, url: str, timeout_s: float = 30.0, index_dim: int = 0, index_key: str = "") -> None:
        self.url = url.rstrip("/")
        self.timeout = aiohttp.ClientTimeout(total=timeout_s, sock_connect=min(5.0, timeout_s))
        self.index_dim = index_dim
        self.index_key = index_key
        self._session: aiohttp.ClientSession | None = None

    def _http(self) -> aiohttp.ClientSession:
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(timeout=self.timeout)
        return self._session

    async def start(self) -> None:
        """Check the worker's health (a worker that is down now may come up later)."""
        try:
            async with self._http().get(f"{self.url}/health") as response:
                health = await response.json()
                self.index_dim = int(health.get("index_dim", self.index_dim))
                self.index_key = str(health.get("index_key", self.index_key))
                log.info("remote worker %s: %s", self.url, health)
        except (aiohttp.ClientError, TimeoutError, ValueError) as exc:
            log.warning("remote worker %s is not reachable yet: %s", self.url, exc)

    async def analyze(self, images: Sequence[Image.Image]) -> list[Analysis]:
        if not images:
            return []
        form = aiohttp.FormData()
        for i, image in enumerate(images):
            buffer = io.BytesIO()
            await asyncio.to_thread(image.save, buffer, "JPEG", quality=95)
            form.add_field("image", buffer.getvalue(), filename=f"{i}.jpg", content_type="image/jpeg")
        try:
            async with self._http().post(f"{self.url}/analyze", data=form) as response:
                body = await response.json(content_type=None)
                status = response.status
        except (aiohttp.ClientError, TimeoutError, ValueError) as exc:
            raise WorkerError(f"remote worker unavailable: {str(exc) or type(exc).__name__}") from exc
        if status == 503:
            raise WorkerBusy("the remote worker is busy")
        if status == 400:
            raise ImageRejected(body.get("error", "corrupt"))
        if status != 200:
            raise WorkerError(f"remote worker answered {status}: {body}")
        return [Analysis.from_wire(raw) for raw in body["analyses"]]

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()
