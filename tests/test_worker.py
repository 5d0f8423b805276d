"""The inference worker: in-process dynamic batching and backpressure; the remote client's deadlines,
retries and token against a server speaking the protocol."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator

import numpy as np
import pytest
from PIL import Image

from inference import Analyzer, LocalWorker, WorkerBusy, WorkerError
from inference.bench import run_load
from inference.images import open_rgb
from inference.remote import RemoteWorker
from tests.conftest import clothing_photos
from tests.fakes.worker import FakeWorkerServer
from tests.postgres import free_port


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


@pytest.fixture
def port() -> Iterator[int]:
    yield free_port()


async def test_remote_worker_outlives_a_server_that_dies(port: int, analyzer: Analyzer) -> None:
    """The client against a server speaking the protocol: in-process labels and embeddings (lossless
    PNG on the wire); a dead server is an error within the retry budget, not a hang; it comes back."""
    server = FakeWorkerServer(analyzer)
    await server.start(port)
    remote = RemoteWorker(f"http://127.0.0.1:{port}", timeout_s=30)
    try:
        await remote.start()
        assert remote.index_dim == 256 and remote.index_key == analyzer.index_key
        images = _images(6)
        expected = analyzer.analyze(images)
        results = await asyncio.gather(*(remote.analyze([image]) for image in images))
        for (got,), want in zip(results, expected, strict=True):
            assert got.category.label == want.category.label
            assert float(np.dot(got.embedding, want.embedding)) > 0.999

        await server.stop()  # the server dies: callers get an error, not a hang
        started = time.monotonic()
        with pytest.raises(WorkerError):
            await remote.analyze(images[:1])
        assert time.monotonic() - started < 10

        await server.start(port)  # and it comes back
        (again,) = await remote.analyze(images[:1])
        assert again.category.label == expected[0].category.label
    finally:
        await server.stop()
        await remote.close()


def test_stylist_worker_takes_batching_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """STYLIST_MAX_BATCH, STYLIST_MAX_WAIT_MS and STYLIST_QUEUE_SIZE count unless a flag is given;
    `stylist worker` is `stylist serve` with one replica (its --max-wait-ms is --batch-wait-ms)."""
    from application import Settings
    from cli import build_parser
    from cli.bench import serve, worker_settings

    monkeypatch.setenv("STYLIST_MAX_BATCH", "3")
    monkeypatch.setenv("STYLIST_MAX_WAIT_MS", "7.5")
    monkeypatch.setenv("STYLIST_QUEUE_SIZE", "9")
    parsed = build_parser().parse_args(["worker"])
    assert parsed.func is serve
    served = worker_settings(Settings.from_env(), parsed)
    assert (served.worker_max_batch, served.worker_max_wait_ms, served.worker_queue_size) == (3, 7.5, 9)
    flagged = build_parser().parse_args(["worker", "--max-batch", "5", "--max-wait-ms", "2"])
    flagged_settings = worker_settings(Settings.from_env(), flagged)
    assert (flagged_settings.worker_max_batch, flagged_settings.worker_max_wait_ms) == (5, 2.0)
    assert flagged_settings.worker_queue_size == 9
    assert served.worker_url == ""  # the server itself always runs the model in-process


async def test_worker_token_busy_and_a_late_worker(analyzer: Analyzer) -> None:
    """The client presents STYLIST_WORKER_TOKEN (a wrong one is an answered 401, not retried); a
    worker that comes up a moment after the call is tried again within the deadline; a busy one
    is tried again, then reported busy."""
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    server = FakeWorkerServer(analyzer, token="s3cret-token")

    async def serve_later() -> None:
        await asyncio.sleep(1.0)  # down for the first tries
        await server.start(port)

    late = asyncio.create_task(serve_later())
    remote = RemoteWorker(url, timeout_s=20, token="s3cret-token", retry_for_s=5)  # slack for a loaded CI
    stranger = RemoteWorker(url, timeout_s=5, token="wrong")
    try:
        (analysis,) = await remote.analyze(_images(1))
        assert analysis.category.label
        row = await run_load(remote, _images(2), requests=4, concurrency=2)  # `stylist bench worker --url`
        assert row["failed"] == row["busy"] == 0 and row["images_per_s"] > 0
        asked = server.requests
        with pytest.raises(WorkerError, match="401"):
            await stranger.analyze(_images(1))
        assert server.requests == asked + 1
        server.busy = True
        with pytest.raises(WorkerBusy):
            await remote.analyze(_images(1))
        assert server.requests > asked + 2  # tried again before giving up
    finally:
        await late
        await remote.close()
        await stranger.close()
        await server.stop()
