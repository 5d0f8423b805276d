"""The load test of "Running at scale" (`benchmarks.scale`) at a small scale: two real `stylist bot`
processes in webhook mode on one PostgreSQL database, fed over HTTP by the fake Bot API acting as
Telegram and the balancer, one of them SIGKILLed mid-load — nothing lost; answered twice only what
was answered in the moment before the kill and not yet marked done (at least once, never dropped).
The model is served by a stand-in speaking the worker protocol (Ray is started by test_serve.py
only); the figures with `stylist serve` are in the README."""

from __future__ import annotations

from pathlib import Path

import pytest

from application import Settings
from benchmarks import scale
from inference import Analyzer
from tests.fakes.worker import FakeWorkerServer
from tests.postgres import free_port


@pytest.mark.parametrize("settings", ["postgresql"], indirect=True)
async def test_two_webhook_processes_one_killed_lose_nothing(
    settings: Settings, analyzer: Analyzer, tmp_path: Path
) -> None:
    server, port = FakeWorkerServer(analyzer), free_port()
    await server.start(port)
    try:
        result = await scale.scenario(
            settings,
            settings.database_url,
            f"http://127.0.0.1:{port}",
            tmp_path,
            processes=2,
            users=4,
            photos=2,
            pressers=2,
            kill_after_s=0.5,
            lease_s=6.0,
        )
    finally:
        await server.stop()
    assert (result["lost"], result["deliveries_dropped"]) == (0, 0), result
    assert all(s < 1.0 for s in result["twice_first_answered_before_kill_s"]), result
    assert result["updates"] == 4 * 2 + 2 * 2
    assert result["taken_over"] + result["deliveries_retried"] > 0, result  # the dead one had a share
