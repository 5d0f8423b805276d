"""`stylist serve` (Ray Serve, one replica, a local Ray instance) answering `stylist analyze` through
STYLIST_WORKER_URL with the labels of the in-process model, behind its bearer token. The one test
that starts Ray (about 10 s, then the replica loads the model)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from cli import main as cli_main
from inference import Analyzer
from inference.images import open_rgb
from tests.conftest import clothing_photos
from tests.postgres import free_port

ROOT = Path(__file__).resolve().parents[1]
TOKEN = "serve-test-token"


def _status(url: str, token: str = "") -> int:
    request = urllib.request.Request(
        url, data=b"", method="POST", headers={"Authorization": f"Bearer {token}"}
    )
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status
    except urllib.error.HTTPError as exc:
        return exc.code


def test_stylist_serve_answers_analyze_like_the_in_process_model(
    analyzer: Analyzer, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    env = {**os.environ, "STYLIST_DEVICE": "cpu", "STYLIST_WORKER_TOKEN": TOKEN, "PYTHONPATH": str(ROOT)}
    command = [
        sys.executable,
        "-m",
        "cli",
        "serve",
        "--replicas",
        "1",
        "--port",
        str(port),
        "--max-batch",
        "8",
    ]
    process = subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        deadline = time.monotonic() + 240
        while True:
            try:
                with urllib.request.urlopen(f"{url}/health", timeout=5) as response:
                    health = json.loads(response.read())
                    break
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                assert process.poll() is None and time.monotonic() < deadline, "stylist serve did not come up"
                time.sleep(1)
        assert health["server"] == "ray-serve" and health["index_key"] == analyzer.index_key
        assert _status(f"{url}/analyze", token="wrong") == 401

        photos = [clothing_photos(label)[0] for label in ("T-Shirt", "Pants", "Shoes")]
        monkeypatch.setenv("STYLIST_DEVICE", "cpu")

        def analyze() -> list[dict[str, object]]:
            capsys.readouterr()
            assert cli_main(["analyze", "--json", *map(str, photos)]) == 0
            return [json.loads(line) for line in capsys.readouterr().out.splitlines() if line.startswith("{")]

        monkeypatch.delenv("STYLIST_WORKER_URL", raising=False)
        local = analyze()  # the in-process model
        monkeypatch.setenv("STYLIST_WORKER_URL", url)
        monkeypatch.setenv("STYLIST_WORKER_TOKEN", TOKEN)
        served = analyze()
        assert [row["category"]["label"] for row in served] == [row["category"]["label"] for row in local]
        assert [row["style"]["label"] for row in served] == [row["style"]["label"] for row in local]
        assert [row["category"]["label"] for row in served] == [
            a.category.label for a in analyzer.analyze([open_rgb(p) for p in photos])
        ]
    finally:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(60)
        except subprocess.TimeoutExpired:
            process.kill()
