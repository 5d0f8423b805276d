"""A real PostgreSQL server for the tests: Debian's `postgresql` binaries, a cluster initialised in a
temporary folder and started on a free loopback port for the session (as the `postgres` user when the
tests run as root), or the server `STYLIST_TEST_POSTGRES_URL` names. Each test gets a database of its
own, copied from a template that is migrated by Alembic and holds the test catalogue."""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import uuid
from pathlib import Path

import sqlalchemy as sa

from storage import Base, upgrade_sync
from storage.models import Product

EXTERNAL = os.environ.get("STYLIST_TEST_POSTGRES_URL", "")  # postgresql+asyncpg://user@host:port


def binaries() -> Path:
    """The folder of `initdb` and `pg_ctl` (the newest installed PostgreSQL)."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if not found:
        raise RuntimeError("PostgreSQL is not installed: apt-get install postgresql (Debian's 15 is used)")
    return Path(found[-1]).parent


def free_port() -> int:
    """A loopback port nothing listens on (for a server a test starts)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Postgres:
    """One server; `url(name)` is the SQLAlchemy URL of one of its databases."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.port = free_port()
        self.base = EXTERNAL.rstrip("/") or f"postgresql+asyncpg://postgres@127.0.0.1:{self.port}"
        self.started = False

    def _run(self, *command: str) -> None:
        as_postgres = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        subprocess.run([*as_postgres, *command], check=True, capture_output=True, timeout=120)

    def start(self) -> Postgres:
        if EXTERNAL:
            return self
        data, sockets = self.folder / "data", self.folder / "sockets"
        sockets.mkdir(parents=True)
        if os.geteuid() == 0:
            shutil.chown(self.folder, "postgres")
            shutil.chown(sockets, "postgres")
        bin_ = binaries()
        self._run(str(bin_ / "initdb"), "-D", str(data), "-U", "postgres", "--auth=trust", "-E", "UTF8")
        options = (
            f"-p {self.port} -k {sockets} -c listen_addresses=127.0.0.1 -c max_connections=200"
            " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"  # a test server
        )
        self._run(
            str(bin_ / "pg_ctl"),
            "-D",
            str(data),
            "-o",
            options,
            "-w",
            "-l",
            str(self.folder / "log"),
            "start",
        )
        self.started = True
        return self

    def stop(self) -> None:
        if self.started:
            self._run(str(binaries() / "pg_ctl"), "-D", str(self.folder / "data"), "-m", "immediate", "stop")
            self.started = False

    def url(self, database: str = "postgres") -> str:
        return f"{self.base}/{database}"

    def template(self, catalogue_db: Path, name: str = "stylist_template") -> str:
        """A database migrated to Alembic's head and holding the catalogue of a SQLite test database."""
        run_async(self._create(name))
        upgrade_sync(self.url(name))
        run_async(self._copy_products(catalogue_db, name))
        return name

    def database(self, template: str) -> str:
        """A fresh database copied from `template`; its URL."""
        name = f"t_{uuid.uuid4().hex[:12]}"
        run_async(self._create(name, template))
        return self.url(name)

    async def _create(self, name: str, template: str | None = None) -> None:
        import asyncpg

        connection = await asyncpg.connect(self.url().replace("postgresql+asyncpg", "postgresql"))
        try:
            await connection.execute(
                f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else "")
            )
        finally:
            await connection.close()

    async def _copy_products(self, catalogue_db: Path, name: str) -> None:
        from sqlalchemy.ext.asyncio import create_async_engine

        source = sa.create_engine(f"sqlite:///{catalogue_db}")
        with source.connect() as connection:
            rows = [dict(row._mapping) for row in connection.execute(sa.select(Product.__table__))]
        source.dispose()
        engine = create_async_engine(self.url(name))
        async with engine.begin() as connection:
            if rows:
                await connection.execute(sa.insert(Product.__table__), rows)
            for table in Base.metadata.sorted_tables:  # ids copied as they were: sequences past them
                if "id" in table.c:
                    await connection.execute(
                        sa.text(
                            f"SELECT setval(seq, COALESCE((SELECT MAX(id) FROM {table.name}), 0) + 1, false) "
                            f"FROM (SELECT pg_get_serial_sequence('{table.name}', 'id') AS seq) AS s "
                            "WHERE seq IS NOT NULL"
                        )
                    )
        await engine.dispose()


def run_async(coroutine):  # type: ignore[no-untyped-def]
    """Run a coroutine from sync fixture code (outside any running loop)."""
    import asyncio

    return asyncio.run(coroutine)
