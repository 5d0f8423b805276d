"""Shared fixtures: the shipped model (loaded once), a small real catalogue built once, settings that
point at temporary files, and sample images."""

from __future__ import annotations

import contextlib
import csv
import io
import re
import shutil
from collections.abc import AsyncIterator, Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from telegram.ext import Application

from application import Settings
from catalog import build_catalog
from inference import Analyzer, LocalWorker
from shared_data import data_root
from storage import create_engine, session_factory, upgrade_sync
from storage import migrated_sessions as storage_sessions
from tests.fakes.telegram import FakeBotApi
from tests.postgres import Postgres

DATA = data_root()


def copy_shipped_checkpoint(out: Path) -> Path:
    """The shipped checkpoint and every file it names, copied into `out` (for tests that retrain)."""
    from inference.config import DEFAULT_CHECKPOINT, ModelConfig

    out.mkdir(parents=True, exist_ok=True)
    files = (DEFAULT_CHECKPOINT.name, DEFAULT_CHECKPOINT.with_suffix(".pt").name)
    for name in (*files, *ModelConfig.load(DEFAULT_CHECKPOINT).weight_files):
        shutil.copy(DEFAULT_CHECKPOINT.parent / name, out / name)
    return out / DEFAULT_CHECKPOINT.name


def pytest_configure(config: pytest.Config) -> None:
    if not (DATA / "clothing" / "images.csv").exists():
        raise pytest.UsageError(f"the shared data is missing at {DATA} (set STYLIST_DATA)")


def migrated_sessions(path: Path) -> contextlib.AbstractAsyncContextManager[async_sessionmaker[AsyncSession]]:
    """Sessions on a fresh SQLite file migrated to Alembic's head; the engine is disposed after."""
    return storage_sessions(f"sqlite+aiosqlite:///{path}")


@pytest.fixture(scope="session")
def analyzer() -> Analyzer:
    return Analyzer.from_checkpoint(device="cpu")


@pytest.fixture(scope="session")
def worker(analyzer: Analyzer) -> LocalWorker:
    """A worker around the already-loaded analyzer (one model load for the whole session)."""
    return LocalWorker(device="cpu").use(analyzer)


@pytest.fixture(scope="session")
def catalog_files(tmp_path_factory: pytest.TempPathFactory, analyzer: Analyzer) -> tuple[Path, Path]:
    """A small real catalogue (25 products of each category) in a migrated SQLite file + faiss index."""
    import asyncio

    root = tmp_path_factory.mktemp("catalog")
    db, index = root / "stylist.db", root / "catalog.faiss"
    url = f"sqlite+aiosqlite:///{db}"
    upgrade_sync(url)

    async def build() -> None:
        engine = create_engine(url)
        try:
            await build_catalog(
                session_factory(engine), analyzer, index, DATA, per_category=25, progress=False
            )
        finally:
            await engine.dispose()

    asyncio.run(build())
    return db, index


BOTH_DATABASES = {"test_service", "test_bot_e2e", "test_webhook"}  # on SQLite and PostgreSQL


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """The storage, service and end-to-end tests run on both databases."""
    if "settings" in metafunc.fixturenames and metafunc.module.__name__.split(".")[-1] in BOTH_DATABASES:
        metafunc.parametrize("settings", ["sqlite", "postgresql"], indirect=True)


@pytest.fixture(scope="session")
def postgres() -> Iterator[Postgres]:
    """A real PostgreSQL server for the session."""
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="stylist-postgres-"))  # pytest's folders are root's only
    server = Postgres(folder).start()
    try:
        yield server
    finally:
        server.stop()
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="session")
def postgres_template(postgres: Postgres, catalog_files: tuple[Path, Path]) -> str:
    """A PostgreSQL database migrated by Alembic and holding the small catalogue."""
    return postgres.template(catalog_files[0])


@pytest.fixture
def settings(request: pytest.FixtureRequest, tmp_path: Path, catalog_files: tuple[Path, Path]) -> Settings:
    """Settings on a private copy of the small catalogue: a SQLite file, or (parametrized) a fresh
    PostgreSQL database."""
    db, index = tmp_path / "stylist.db", tmp_path / "catalog.faiss"
    shutil.copy(catalog_files[1], index)
    if getattr(request, "param", "sqlite") == "postgresql":
        server: Postgres = request.getfixturevalue("postgres")
        url = server.database(request.getfixturevalue("postgres_template"))
    else:
        shutil.copy(catalog_files[0], db)
        url = f"sqlite+aiosqlite:///{db}"
    return replace(
        Settings(),
        database_url=url,
        index_path=index,
        data_dir=DATA,
        device="cpu",
        naver_client_id="",
        naver_client_secret="",
    )


def clothing_photos(label: str, n: int = 1) -> list[Path]:
    """Real clothing photos of a label (as in images.csv)."""
    paths = []
    with open(DATA / "clothing" / "images.csv", newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row["label"] == label:
                paths.append(DATA / "clothing" / "images" / f"{row['image']}.jpg")
                if len(paths) == n:
                    break
    return paths


def encode(image: Image.Image, fmt: str = "PNG", **options: object) -> bytes:
    out = io.BytesIO()
    image.save(out, format=fmt, **options)
    return out.getvalue()


@pytest.fixture
async def stylist(settings: Settings, worker: LocalWorker) -> AsyncIterator[object]:
    from application import Stylist

    rt = await Stylist.open(settings, worker=worker)
    try:
        yield rt
    finally:
        await rt.close()


_PERCENT = r"\d{1,3}%"
_LABEL = rf"[^<>()\n]+ \({_PERCENT}\)|[^<>()\n]+ or [^<>()\n]+ \({_PERCENT} / {_PERCENT}\)"
ANALYSIS_ANSWER = re.compile(
    rf"👕 <b>(Looks like )?({_LABEL})</b>\nColour: ({_LABEL})\nPattern: ({_LABEL})(\n.*)*\nStyle: ({_LABEL})"
)


def assert_garment_answer(text: str) -> None:
    """The answer to a photo of one garment: its category, colour, pattern and style, each with its
    confidence (or its two candidates), in that order."""
    assert ANALYSIS_ANSWER.match(text), text


@pytest.fixture
async def fake_api() -> AsyncIterator[FakeBotApi]:
    api = FakeBotApi()
    await api.start()
    yield api
    await api.stop()


@pytest.fixture
async def polling_app(
    settings: Settings, worker: LocalWorker, fake_api: FakeBotApi
) -> AsyncIterator[Application]:
    """The bot as `run_polling` runs it, against the fake server."""
    from bot.app import build_application

    app = build_application(
        replace(settings, telegram_token=fake_api.token, telegram_api_url=fake_api.api_url)
    )
    app.bot_data["worker"] = worker
    await app.initialize()
    await app.post_init(app)  # type: ignore[misc]
    await app.updater.start_polling(poll_interval=0.0, timeout=1)  # type: ignore[union-attr]
    await app.start()
    yield app
    await app.updater.stop()  # type: ignore[union-attr]
    await app.stop()
    await app.post_shutdown(app)  # type: ignore[misc]
    await app.shutdown()
