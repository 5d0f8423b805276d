"""`stylist bench worker`: N concurrent single-photo requests, with dynamic batching on and off, or
against any running worker (`--url`: `stylist worker`, or anything speaking its protocol)."""

from __future__ import annotations

import asyncio
import time

import numpy as np
from PIL import Image
from tqdm import tqdm

from .analyzer import Analyzer
from .worker import LocalWorker, Worker, WorkerBusy, WorkerError


async def run_load(
    worker: Worker, images: list[Image.Image], requests: int, concurrency: int
) -> dict[str, float]:
    """Send `requests` one-image analyses, `concurrency` at a time; latency and throughput (a
    LocalWorker also reports its batch sizes)."""
    await worker.start()
    semaphore = asyncio.Semaphore(concurrency)
    latencies: list[float] = []
    busy = failed = 0
    label = f"batch≤{worker.max_batch}" if isinstance(worker, LocalWorker) else "requests"
    bar = tqdm(total=requests, desc=label, unit="req", leave=False)

    async def one(i: int) -> None:
        nonlocal busy, failed
        async with semaphore:
            started = time.perf_counter()
            try:
                await worker.analyze([images[i % len(images)]])
            except WorkerBusy:
                busy += 1
            except WorkerError:
                failed += 1
            latencies.append((time.perf_counter() - started) * 1000)
            bar.update()

    started = time.perf_counter()
    await asyncio.gather(*(one(i) for i in range(requests)))
    elapsed = time.perf_counter() - started
    bar.close()
    row: dict[str, float] = {
        "requests": requests,
        "concurrency": concurrency,
        "p50_ms": round(float(np.percentile(latencies, 50)), 1),
        "p95_ms": round(float(np.percentile(latencies, 95)), 1),
        "images_per_s": round((requests - busy - failed) / elapsed, 2),
        "busy": busy,
        "failed": failed,
    }
    if isinstance(worker, LocalWorker):
        row |= {
            "max_batch": worker.max_batch,
            "mean_batch_size": round(float(worker.metrics()["mean_batch_size"]), 2),
        }
    return row


async def bench_batching(
    analyzer: Analyzer,
    images: list[Image.Image],
    requests: int,
    concurrency: int,
    max_batch: int = 16,
    max_wait_ms: float = 5.0,
) -> list[dict[str, float | str]]:
    """The same load with batching off (max batch 1) and on."""
    rows: list[dict[str, float | str]] = []
    for batch in (1, max_batch):
        worker = LocalWorker(max_batch=batch, max_wait_ms=max_wait_ms, queue_size=max(requests, 64)).use(
            analyzer
        )
        try:
            row = await run_load(worker, images, requests, concurrency)
        finally:
            await worker.close()
        rows.append({"batching": "on" if batch > 1 else "off", "device": str(analyzer.device)} | row)
    return rows
