"""The inference worker: one async interface, `analyze(images) -> analyses`, in two implementations.

- `LocalWorker` (default): the model in this process, on one dedicated thread so the event loop never
  blocks on a forward pass, with dynamic batching — concurrent requests are gathered up to
  `max_batch` images or `max_wait_ms` and run as one forward pass — and a bounded queue: when it is
  full, callers get `WorkerBusy` at once instead of waiting without end.
- `RemoteWorker` (`inference.remote`): the same interface over HTTP to `stylist worker`, for a GPU box.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections import deque
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

import numpy as np
import torch
from PIL import Image

from .analysis import Analysis
from .analyzer import Analyzer

log = logging.getLogger(__name__)


class WorkerError(RuntimeError):
    """The worker could not analyse the images (dead, unreachable or timed out)."""


class WorkerBusy(WorkerError):
    """The worker's queue is full: try again in a moment."""


class Worker(Protocol):
    """What the bot needs from an inference worker."""

    index_dim: int  # dimension of the embeddings in Analysis (and in the product index)
    index_key: str  # which embedding space: vectors of different keys must not share an index

    async def start(self) -> None: ...

    async def analyze(self, images: Sequence[Image.Image]) -> list[Analysis]: ...

    async def close(self) -> None: ...


@dataclass
class WorkerStats:
    """Counters for `metrics()`: batch sizes and request latencies over a sliding window."""

    batches: int = 0
    images: int = 0
    batch_sizes: deque[int] = field(default_factory=lambda: deque(maxlen=1000))
    latencies_ms: deque[float] = field(default_factory=lambda: deque(maxlen=1000))
    rejected: int = 0

    def snapshot(self, queue_depth: int) -> dict[str, float | int]:
        lat = np.array(self.latencies_ms) if self.latencies_ms else np.zeros(1)
        return {
            "queue_depth": queue_depth,
            "batches": self.batches,
            "images": self.images,
            "rejected_busy": self.rejected,
            "mean_batch_size": float(np.mean(self.batch_sizes)) if self.batch_sizes else 0.0,
            "max_batch_size": max(self.batch_sizes, default=0),
            "latency_p50_ms": float(np.percentile(lat, 50)),
            "latency_p95_ms": float(np.percentile(lat, 95)),
            "latency_p99_ms": float(np.percentile(lat, 99)),
        }


@dataclass
class _Request:
    images: list[Image.Image]
    future: asyncio.Future[list[Analysis]]
    enqueued: float


class LocalWorker:
    """In-process inference with dynamic batching on a single model thread."""

    def __init__(
        self,
        checkpoint: Path | None = None,
        device: str = "auto",
        threads: int = 0,
        timeout_s: float = 60.0,
        max_batch: int = 16,
        max_wait_ms: float = 5.0,
        queue_size: int = 64,
    ) -> None:
        self.checkpoint = checkpoint
        self.device = device
        self.threads = threads
        self.timeout_s = timeout_s
        self.max_batch = max(1, max_batch)
        self.max_wait_s = max_wait_ms / 1000
        self.queue_size = queue_size
        self.stats = WorkerStats()
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="inference")
        self._analyzer: Analyzer | None = None
        self._queue: asyncio.Queue[_Request] | None = None
        self._batcher: asyncio.Task[None] | None = None
        self._closed = False

    # --- model ------------------------------------------------------------------------------------
    def _load(self) -> Analyzer:
        if self._analyzer is None:
            if self.threads:
                torch.set_num_threads(self.threads)
            self._analyzer = Analyzer.from_checkpoint(self.checkpoint, self.device)
            self._analyzer.analyze([Image.new("RGB", (64, 64), "white")])  # warm-up
        return self._analyzer

    def use(self, analyzer: Analyzer) -> LocalWorker:
        """Serve an analyzer that is already loaded (tests, tools that share one model)."""
        self._analyzer = analyzer
        return self

    @property
    def analyzer(self) -> Analyzer:
        return self._load()

    @property
    def index_dim(self) -> int:
        return self._load().config.index_dim

    @property
    def index_key(self) -> str:
        return self._load().index_key

    async def _in_thread(self, fn, *args):  # type: ignore[no-untyped-def]
        if self._closed:
            raise WorkerError("the inference worker is stopped")
        loop = asyncio.get_running_loop()
        try:
            return await loop.run_in_executor(self._executor, fn, *args)
        except RuntimeError as exc:  # executor shut down, CUDA errors, …
            raise WorkerError(str(exc)) from exc

    async def start(self) -> None:
        """Load and warm up the model, and start the batcher."""
        await self._in_thread(self._load)
        self._ensure_batcher()

    def _ensure_batcher(self) -> None:
        loop = asyncio.get_running_loop()
        if self._batcher is None or self._batcher.done() or self._batcher.get_loop() is not loop:
            self._queue = asyncio.Queue(self.queue_size)
            self._batcher = loop.create_task(self._run_batches(), name="inference-batcher")

    # --- requests ---------------------------------------------------------------------------------
    async def analyze(self, images: Sequence[Image.Image]) -> list[Analysis]:
        """Analyse decoded RGB images; batched with concurrent callers, results in order."""
        if self._closed:
            raise WorkerError("the inference worker is stopped")
        if not images:
            return []
        self._ensure_batcher()
        assert self._queue is not None
        future: asyncio.Future[list[Analysis]] = asyncio.get_running_loop().create_future()
        try:
            self._queue.put_nowait(_Request(list(images), future, time.perf_counter()))
        except asyncio.QueueFull:
            self.stats.rejected += 1
            raise WorkerBusy("the inference queue is full") from None
        try:
            return await asyncio.wait_for(asyncio.shield(future), self.timeout_s)
        except TimeoutError as exc:
            future.cancel()
            raise WorkerError("inference timed out") from exc

    async def _run_batches(self) -> None:
        assert self._queue is not None
        queue = self._queue
        while True:
            first = await queue.get()
            batch = [first]
            count = len(first.images)
            deadline = time.perf_counter() + self.max_wait_s
            while count < self.max_batch:
                remaining = deadline - time.perf_counter()
                try:
                    request = (
                        queue.get_nowait()
                        if remaining <= 0
                        else await asyncio.wait_for(queue.get(), remaining)
                    )
                except (TimeoutError, asyncio.QueueEmpty):
                    break
                batch.append(request)
                count += len(request.images)
            batch = [r for r in batch if not r.future.done()]  # timed-out callers
            if not batch:
                continue
            images = [image for request in batch for image in request.images]
            try:
                results = await self._in_thread(self._analyze_batch, images)
            except Exception as exc:  # noqa: BLE001 - every caller must hear about it
                error = exc if isinstance(exc, WorkerError) else WorkerError(f"inference failed: {exc}")
                for request in batch:
                    if not request.future.done():
                        request.future.set_exception(error)
                continue
            self.stats.batches += 1
            self.stats.images += len(images)
            self.stats.batch_sizes.append(len(images))
            now = time.perf_counter()
            start = 0
            for request in batch:
                part = results[start : start + len(request.images)]
                start += len(request.images)
                if not request.future.done():
                    request.future.set_result(part)
                self.stats.latencies_ms.append((now - request.enqueued) * 1000)

    def _analyze_batch(self, images: list[Image.Image]) -> list[Analysis]:
        return self._load().analyze(images)

    def metrics(self) -> dict[str, float | int]:
        return self.stats.snapshot(self._queue.qsize() if self._queue else 0)

    async def close(self) -> None:
        self._closed = True
        if self._batcher is not None:
            self._batcher.cancel()
            with contextlib.suppress(asyncio.CancelledError, RuntimeError):
                await self._batcher
        self._executor.shutdown(wait=False, cancel_futures=True)
