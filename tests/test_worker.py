"""The inference worker: dynamic batching, backpressure, and the remote service as a real process."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from inference import Analyzer, LocalWorker, WorkerBusy, WorkerError
from inference.bench import run_load
from inference.images import open_rgb
from inference.remote import RemoteWorker
from tests.conftest import clothing_photos
from tests.postgres import free_port

ROOT = Path(__file__).resolve().parents[1]


def _images(n: int = 6) -> list[Image.Image]:
    labels = ["T-Shirt", "Pants", "Shoes", "Dress", "Hat", "Skirt"]
    return [open_rgb(clothing_photos(labels[i % len(labels)], i // len(labels) + 1)[-1]) for i in range(n)]


async def test_concurrent_requests_are_batched_in_order(analyzer: Analyzer) -> None:
    images = _images(6)
    expected = analyzer.analyze(images)
    worker = LocalWorker(max_batch=8, max_wait_ms=50).use(analyzer)
    try:
        results = await asyncio.gather(*(worker.analyze([image]) for image in images))
    finally:
        await worker.close()
    for (got,), want in zip(results, expected, strict=True):
        assert got.category.label == want.category.label
        assert float(np.dot(got.embedding, want.embedding)) > 0.999
    assert max(worker.stats.batch_sizes) > 1
    assert worker.metrics()["images"] == 6


async def test_full_queue_answers_busy(analyzer: Analyzer) -> None:
    worker = LocalWorker(max_batch=1, max_wait_ms=0, queue_size=1).use(analyzer)
    image = _images(1)[0]
    try:
        results = await asyncio.gather(*(worker.analyze([image]) for _ in range(8)), return_exceptions=True)
    finally:
        await worker.close()
    busy = [r for r in results if isinstance(r, WorkerBusy)]
    done = [r for r in results if isinstance(r, list)]
    assert busy and done and len(busy) + len(done) == 8
    assert worker.metrics()["rejected_busy"] == len(busy)


async def test_stopped_worker_raises() -> None:
    worker = LocalWorker()
    await worker.close()
    with pytest.raises(WorkerError):
        await worker.analyze(_images(1))


def _start(port: int) -> subprocess.Popen[bytes]:
    env = {**os.environ, "STYLIST_DEVICE": "cpu", "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "cli",
            "worker",
            "--port",
            str(port),
            "--max-batch",
            "8",
            "--max-wait-ms",
            "30",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


async def _wait_healthy(worker: RemoteWorker, timeout: float = 90.0) -> None:
    import aiohttp

    deadline = time.monotonic() + timeout
    async with aiohttp.ClientSession() as http:
        while time.monotonic() < deadline:
            try:
                async with http.get(f"{worker.url}/health") as response:
                    if response.status == 200:
                        return
            except aiohttp.ClientError:
                pass
            await asyncio.sleep(0.3)
    raise TimeoutError("worker did not come up")


@pytest.fixture
def port() -> Iterator[int]:
    yield free_port()


async def test_remote_worker_process(port: int, analyzer: Analyzer) -> None:
    import aiohttp

    process = _start(port)
    remote = RemoteWorker(f"http://127.0.0.1:{port}", timeout_s=30)
    try:
        await _wait_healthy(remote)
        await remote.start()
        assert remote.index_dim == 256 and remote.index_key
        images = _images(6)
        expected = analyzer.analyze(images)
        results = await asyncio.gather(*(remote.analyze([image]) for image in images))
        for (got,), want in zip(results, expected, strict=True):
            assert float(np.dot(got.embedding, want.embedding)) > 0.999  # lossless PNG on the wire
        async with aiohttp.ClientSession() as http, http.get(f"{remote.url}/metrics") as response:
            metrics = await response.json()
        assert metrics["images"] >= 6 and metrics["latency_p95_ms"] > 0

        process.kill()  # the worker dies: callers get an error, not a hang
        process.wait(10)
        started = time.monotonic()
        with pytest.raises(WorkerError):
            await remote.analyze(images[:1])
        assert time.monotonic() - started < 10

        process = _start(port)  # and it comes back
        await _wait_healthy(remote)
        (again,) = await remote.analyze(images[:1])
        assert again.category.label
    finally:
        process.kill()
        process.wait(10)
        await remote.close()


def test_stylist_worker_takes_batching_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """STYLIST_MAX_BATCH, STYLIST_MAX_WAIT_MS and STYLIST_QUEUE_SIZE count unless a flag is given."""
    from application import Settings
    from cli import build_parser
    from cli.bench import worker_settings

    monkeypatch.setenv("STYLIST_MAX_BATCH", "3")
    monkeypatch.setenv("STYLIST_MAX_WAIT_MS", "7.5")
    monkeypatch.setenv("STYLIST_QUEUE_SIZE", "9")
    served = worker_settings(Settings.from_env(), build_parser().parse_args(["worker"]))
    assert (served.worker_max_batch, served.worker_max_wait_ms, served.worker_queue_size) == (3, 7.5, 9)
    flagged = worker_settings(Settings.from_env(), build_parser().parse_args(["worker", "--max-batch", "5"]))
    assert (flagged.worker_max_batch, flagged.worker_queue_size) == (5, 9)
    assert served.worker_url == ""  # the worker itself always runs the model in-process


async def test_worker_token_is_required_and_a_late_worker_is_waited_for(analyzer: Analyzer) -> None:
    """With STYLIST_WORKER_TOKEN the service answers only callers that present it (/health stays
    open); a worker that comes up a moment after the call is tried again within the deadline."""
    import aiohttp
    from aiohttp import web

    from inference.remote import create_app

    port = free_port()
    url = f"http://127.0.0.1:{port}"
    runner = web.AppRunner(create_app(LocalWorker().use(analyzer), token="s3cret-token"))
    await runner.setup()

    async def serve_later() -> None:
        await asyncio.sleep(1.0)  # down for the first tries
        await web.TCPSite(runner, "127.0.0.1", port).start()

    late = asyncio.create_task(serve_later())
    remote = RemoteWorker(url, timeout_s=20, token="s3cret-token")
    stranger = RemoteWorker(url, timeout_s=5, token="wrong")
    try:
        (analysis,) = await remote.analyze(_images(1))
        assert analysis.category.label
        row = await run_load(remote, _images(2), requests=4, concurrency=2)  # `stylist bench worker --url`
        assert row["failed"] == row["busy"] == 0 and row["images_per_s"] > 0
        with pytest.raises(WorkerError, match="401"):
            await stranger.analyze(_images(1))
        async with aiohttp.ClientSession() as http:
            async with http.get(f"{url}/metrics") as response:
                assert response.status == 401
            async with http.get(f"{url}/health") as response:
                assert response.status == 200
    finally:
        await late
        await remote.close()
        await stranger.close()
        await runner.cleanup()
