"""`stylist shop search` and `stylist catalog ingest-naver` against the local fake Naver server."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
import pytest
from sqlalchemy import select

from catalog import build_catalog, ingest_naver
from cli import main as cli_main
from inference import Analyzer
from matching import ProductIndex
from shop_client import NaverShoppingClient
from storage import Product
from tests.conftest import DATA, migrated_sessions
from tests.fakes.naver import Failure, FakeNaver


@pytest.fixture
async def naver() -> AsyncIterator[FakeNaver]:
    server = FakeNaver(total=30, serve_images=True)
    await server.start()
    yield server
    await server.stop()


async def test_ingest_is_idempotent_and_checks_images(
    tmp_path: Path, naver: FakeNaver, analyzer: Analyzer
) -> None:
    index_path = tmp_path / "n.faiss"
    async with migrated_sessions(tmp_path / "n.db") as sessions:
        async with aiohttp.ClientSession() as http:
            client = NaverShoppingClient(naver.client_id, naver.client_secret, http, base_url=naver.url)
            args = (client, http, sessions, analyzer, index_path, tmp_path / "images", "셔츠")
            first = await ingest_naver(*args, pages=2, per_page=20, progress=False)
            again = await ingest_naver(*args, pages=2, per_page=20, progress=False)
        # A catalogue build afterwards keeps the Naver products' vectors.
        await build_catalog(sessions, analyzer, index_path, DATA, limit=10, progress=False)
        async with sessions() as session:
            rows = (await session.execute(select(Product))).scalars().all()
    bad = sum(1 for n in range(1001, 1031) if n % 7 == 0)  # the fake serves HTML for every 7th image
    assert first.fetched == 30 and first.bad_images == bad and first.added == 30 - bad
    assert again.added == 0 and again.skipped_existing == 30 - bad
    assert len([r for r in rows if r.source == "naver"]) == 30 - bad
    row = next(r for r in rows if r.source == "naver")
    assert row.source == "naver" and row.link.startswith("https://smartstore.naver.com/")
    assert "<b>" not in row.name and Path(row.image).exists()
    assert set(ProductIndex.load(index_path).ids.tolist()) == {r.id for r in rows}
    assert sum(r.source == "naver" for r in rows) == 30 - bad


@pytest.mark.parametrize("as_json", [True, False])
async def test_shop_search_command(
    naver: FakeNaver, monkeypatch: pytest.MonkeyPatch, capsys, as_json: bool
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("NAVER_CLIENT_ID", naver.client_id)
    monkeypatch.setenv("NAVER_CLIENT_SECRET", naver.client_secret)
    monkeypatch.setenv("NAVER_API_URL", naver.url)
    args = ["shop", "search", "청바지", "--sort", "asc", "--display", "5"] + (["--json"] if as_json else [])
    assert await asyncio.to_thread(cli_main, args) == 0  # the fake server keeps serving on this loop
    out = capsys.readouterr().out.splitlines()
    if as_json:
        items = [json.loads(line) for line in out]
        assert len(items) == 5 and all("<b>" not in i["title"] for i in items)
        assert all(isinstance(i["lprice"], int) or i["lprice"] is None for i in items)
    else:
        assert out[-1] == "5 of 30 results"


async def test_shop_search_error_exits_nonzero(
    naver: FakeNaver, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("NAVER_CLIENT_ID", naver.client_id)
    monkeypatch.setenv("NAVER_CLIENT_SECRET", naver.client_secret)
    monkeypatch.setenv("NAVER_API_URL", naver.url)
    naver.fail_next(Failure(status=400, code="SE06"))
    assert await asyncio.to_thread(cli_main, ["shop", "search", "셔츠", "--json"]) == 1
    error = json.loads(capsys.readouterr().out)
    assert error["error"] == "SE06" and "encoding" in error["message"].lower()
