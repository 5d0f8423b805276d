"""The inference worker: the analyzer behind an async interface, off the event loop.

`LocalWorker` runs the model in this process on one dedicated thread (so the bot's event loop never
blocks on a forward pass) and loads the model once, lazily or at `start()`.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np
import torch
from PIL import Image

from .analyzer import Analysis, Analyzer

log = logging.getLogger(__name__)


class WorkerError(RuntimeError):
    """The worker could not analyse the images (dead, timed out or overloaded)."""


class LocalWorker:
    """In-process inference on a single worker thread."""

    def __init__(
        self, checkpoint: Path | None = None, device: str = "auto", threads: int = 0, timeout_s: float = 60.0
    ) -> None:
        self.checkpoint = checkpoint
        self.device = device
        self.threads = threads
        self.timeout_s = timeout_s
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="inference")
        self._analyzer: Analyzer | None = None

    def _load(self) -> Analyzer:
        if self._analyzer is None:
            if self.threads:
                torch.set_num_threads(self.threads)
            self._analyzer = Analyzer.from_checkpoint(self.checkpoint, self.device)
            self._analyzer.analyze([Image.new("RGB", (64, 64), "white")])  # warm-up
        return self._analyzer

    async def _run(self, fn, *args):  # type: ignore[no-untyped-def]
        loop = asyncio.get_running_loop()
        try:
            return await asyncio.wait_for(loop.run_in_executor(self._executor, fn, *args), self.timeout_s)
        except TimeoutError as exc:
            raise WorkerError("inference timed out") from exc
        except RuntimeError as exc:  # executor shut down, CUDA errors, …
            raise WorkerError(str(exc)) from exc

    async def start(self) -> None:
        """Load and warm up the model."""
        await self._run(self._load)

    @property
    def analyzer(self) -> Analyzer:
        return self._load()

    async def analyze(self, images: Sequence[Image.Image]) -> list[Analysis]:
        """Analyse decoded RGB images in one batch."""
        return await self._run(lambda: self._load().analyze(list(images)))

    async def embed(self, images: Sequence[Image.Image], size: int | None = None) -> np.ndarray:
        return await self._run(lambda: self._load().embed(list(images), size))

    async def close(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)
