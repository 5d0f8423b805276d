"""The inference worker as a service (`stylist worker --host --port`, for a GPU box) and its client.

POST /analyze   multipart, one or more `image` parts -> {"analyses": [...]}  (400 bad image,
                503 + Retry-After when the queue is full, 500 when inference fails)
GET  /health    {"status": "ok", "device": ..., "backbone": ..., "index_dim": ..., "index_key": ...}
GET  /metrics   queue depth, batch sizes, latency percentiles

With a token (`STYLIST_WORKER_TOKEN`) /analyze and /metrics answer only `Authorization: Bearer
<token>` (401 otherwise); /health stays open for load balancers.
"""

from __future__ import annotations

import asyncio
import hmac
import io
import logging
import time
from collections.abc import Sequence

import aiohttp
from aiohttp import web
from PIL import Image

from .analysis import Analysis
from .images import ImageRejected, decode_image
from .worker import LocalWorker, WorkerBusy, WorkerError

log = logging.getLogger(__name__)
WORKER_KEY = web.AppKey("worker", LocalWorker)
OPEN_PATHS = frozenset({"/health"})
RETRY_FOR_S = 8.0  # a worker down for longer is reported down


def bearer_auth(token: str):  # type: ignore[no-untyped-def]
    """A middleware refusing every path but /health without `Authorization: Bearer <token>`."""
    expected = f"Bearer {token}".encode()

    @web.middleware
    async def middleware(request: web.Request, handler):  # type: ignore[no-untyped-def]
        given = request.headers.get("Authorization", "").encode()
        if request.path not in OPEN_PATHS and not hmac.compare_digest(given, expected):
            return web.json_response({"error": "unauthorized"}, status=401)
        return await handler(request)

    return middleware


def create_app(worker: LocalWorker, token: str = "") -> web.Application:
    """The worker's HTTP API around a LocalWorker (started with the app, closed with it); with a
    token, only callers that present it are served."""
    app = web.Application(client_max_size=64 * 1024 * 1024, middlewares=[bearer_auth(token)] if token else [])
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


def serve(worker: LocalWorker, host: str = "127.0.0.1", port: int = 8700, token: str = "") -> None:
    """Run the worker service until interrupted."""
    if not token and host not in ("127.0.0.1", "localhost", "::1"):
        log.warning(
            "the worker listens on %s without STYLIST_WORKER_TOKEN: anyone who reaches it is served", host
        )
    web.run_app(create_app(worker, token), host=host, port=port, print=lambda msg: log.warning("%s", msg))


class RemoteWorker:
    """The same `analyze(images)` interface over HTTP. Every call has one deadline (`timeout_s`); an
    unreachable or busy worker is tried again with backoff for up to `retry_for_s` (a restart of a few
    seconds costs a photo some waiting, not an error); then WorkerError (or WorkerBusy) is raised,
    so a dead worker is said so in seconds."""

    def __init__(
        self,
        url: str,
        timeout_s: float = 30.0,
        index_dim: int = 0,
        index_key: str = "",
        token: str = "",
        backoff_s: float = 0.25,
        retry_for_s: float = RETRY_FOR_S,
    ) -> None:
        self.url = url.rstrip("/")
        self.timeout_s = timeout_s
        self.timeout = aiohttp.ClientTimeout(total=timeout_s, sock_connect=min(5.0, timeout_s))
        self.index_dim = index_dim
        self.index_key = index_key
        self.headers = {"Authorization": f"Bearer {token}"} if token else {}
        self.backoff_s = backoff_s
        self.retry_for_s = retry_for_s
        self._session: aiohttp.ClientSession | None = None

    def _http(self) -> aiohttp.ClientSession:
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(timeout=self.timeout, headers=self.headers)
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
        parts = []
        for image in images:
            buffer = io.BytesIO()
            await asyncio.to_thread(
                image.save, buffer, "PNG", compress_level=1
            )  # lossless: the labels of the in-process model
            parts.append(buffer.getvalue())
        deadline = time.monotonic() + self.timeout_s
        retry_until = time.monotonic() + min(self.retry_for_s, self.timeout_s)
        delay = self.backoff_s
        while True:
            try:
                return await self._post(parts, max(0.1, deadline - time.monotonic()))
            except WorkerError as exc:  # unreachable, or busy: again within the deadline
                if time.monotonic() + delay >= retry_until or "answered" in str(exc):
                    raise
                log.info("remote worker: %s; trying again in %.2f s", exc, delay)
                await asyncio.sleep(delay)
                delay = min(delay * 2, 2.0)

    async def _post(self, parts: list[bytes], timeout_s: float) -> list[Analysis]:
        form = aiohttp.FormData()
        for i, data in enumerate(parts):
            form.add_field("image", data, filename=f"{i}.png", content_type="image/png")
        try:
            async with self._http().post(
                f"{self.url}/analyze", data=form, timeout=aiohttp.ClientTimeout(total=timeout_s)
            ) as response:
                body = await response.json(content_type=None)
                status = response.status
        except (aiohttp.ClientError, TimeoutError, ValueError) as exc:
            raise WorkerError(f"remote worker unavailable: {str(exc) or type(exc).__name__}") from exc
        if status == 503:
            raise WorkerBusy("the remote worker is busy")
        if status == 400:
            raise ImageRejected(body.get("error", "corrupt"))
        if status != 200:  # "answered": a real answer, not worth another try
            raise WorkerError(f"remote worker answered {status}: {body}")
        return [Analysis.from_wire(raw) for raw in body["analyses"]]

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()
