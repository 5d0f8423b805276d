"""The client of the model served over HTTP: `stylist serve` (Ray Serve), or `stylist worker`, its
one-replica form. The protocol (`inference.serve`):

POST /analyze   multipart, one or more `image` parts -> {"analyses": [...]}  (400 bad image,
                401 without the token, 503 when its queue is full)
GET  /health    {"status": "ok", "device": ..., "backbone": ..., "index_dim": ..., "index_key": ...}

With `STYLIST_WORKER_TOKEN` the client presents `Authorization: Bearer <token>`.
"""

from __future__ import annotations

import asyncio
import io
import logging
import time
from collections.abc import Sequence

import aiohttp
from PIL import Image

from .analysis import Analysis
from .images import ImageRejected
from .worker import WorkerBusy, WorkerError

log = logging.getLogger(__name__)
RETRY_FOR_S = 8.0  # a worker down for longer is reported down


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
