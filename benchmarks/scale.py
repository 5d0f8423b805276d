"""The load test of "Running at scale": N `stylist bot` processes in webhook mode on one PostgreSQL,
the model on `stylist serve` (Ray Serve), driven through a local fake Bot API — all on loopback.

    .venv/bin/python -m benchmarks.scale [--users 40] [--photos 2] [--pressers 10] [--replicas 1]
                                         [--json] [--out reports/scale/N-replica(s)]

What runs: a PostgreSQL server initialised in a temporary folder (Debian's binaries, as in the
tests) holding the configured catalogue; `stylist serve` on a free port; and, per scenario, a fresh
database and N bot processes (`stylist bot` with `TELEGRAM_WEBHOOK_URL`, each on its own
`STYLIST_LISTEN` port, `STYLIST_WORKER_URL` at the Serve deployment). The fake plays Telegram and
the load balancer: it POSTs each update to the next process (round robin, with the secret header)
and delivers again, to the next process, any update whose POST failed or was not answered 200 —
as Telegram redelivers and a balancer moves on from a dead upstream.

Load: `users` new users send `photos` photos each, all at once, while `pressers` users who already
have an analysis press "Match an outfit" and then "Similar" (on a message that another process may
have made). Scenarios: 1 process; 2 processes; 2 processes with one SIGKILLed `--kill-after` seconds
into the load (its accepted but unanswered updates are taken over by the other once their lease,
`STYLIST_LEASE_S`, here `--lease` seconds, has passed). Reported: updates/s, p50/p95 photo → answer,
lost and duplicated answers (both must be 0), deliveries retried, updates taken over.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import itertools
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Any

import aiohttp
import numpy as np

from application import Settings
from benchmarks.reliability import (
    analysis_id,
    fake_api,
    messages_to,
    p95,
    person,
    photo_bytes,
    public,
    until,
)
from bot.webhook import SECRET_HEADER
from tests.fakes.telegram import FakeBotApi
from tests.postgres import Postgres, free_port

ROOT = Path(__file__).resolve().parent.parent
SECRET = "load-test-secret"
HOOK_PATH = "/telegram/hook"


class Balancer:
    """Telegram's webhook delivery and the balancer in front of the bot processes, in one: each
    update goes to the next backend; a failed POST (refused, reset, timed out, not 200) is
    delivered again to the next one, until it is accepted or `give_up_s` passed."""

    def __init__(self, backends: list[str], connections: int = 40, give_up_s: float = 120.0) -> None:
        self.backends = backends
        self.turn = itertools.cycle(range(len(backends)))
        self.give_up_s = give_up_s
        self.slots = asyncio.Semaphore(connections)  # Telegram's max_connections (40 by default)
        self.retried = 0
        self.dropped = 0
        self.tasks: set[asyncio.Task[None]] = set()
        self.http: aiohttp.ClientSession | None = None

    async def __aenter__(self) -> Balancer:
        self.http = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=10))
        return self

    async def __aexit__(self, *exc: object) -> None:
        for task in self.tasks:
            task.cancel()
        await asyncio.gather(*self.tasks, return_exceptions=True)
        assert self.http is not None
        await self.http.close()

    def push(self, update: dict[str, Any]) -> None:
        task = asyncio.create_task(self._deliver(update))
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)

    async def _deliver(self, update: dict[str, Any]) -> None:
        assert self.http is not None
        deadline = time.monotonic() + self.give_up_s
        while time.monotonic() < deadline:
            url = self.backends[next(self.turn)]
            try:
                async with self.slots, self.http.post(url, json=update, headers={SECRET_HEADER: SECRET}) as r:
                    if r.status == 200:
                        return
            except (aiohttp.ClientError, TimeoutError):
                pass
            self.retried += 1
            await asyncio.sleep(0.2)
        self.dropped += 1


def start_serve(settings: Settings, port: int, replicas: int, log_path: Path) -> subprocess.Popen[bytes]:
    """`stylist serve` on loopback; returns once `/health` answers."""
    env = {**os.environ, "STYLIST_DEVICE": "cpu", "STYLIST_CHECKPOINT": str(settings.checkpoint)}
    with open(log_path, "ab") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "cli", "serve", "--replicas", str(replicas), "--port", str(port)],
            cwd=ROOT,
            env=env,
            stdout=out,
            stderr=out,
            start_new_session=True,  # SIGTERM to the group stops Ray's processes too
        )
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"stylist serve exited with {process.returncode}: see {log_path}")
        with (
            contextlib.suppress(OSError),
            urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=5) as response,
        ):
            if response.status == 200:
                return process
        time.sleep(1.0)
    raise TimeoutError("stylist serve did not come up")


def stop(process: subprocess.Popen[bytes], group: bool = False) -> None:
    if process.poll() is not None:
        return
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGTERM) if group else process.send_signal(signal.SIGTERM)
    try:
        process.wait(timeout=60)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL) if group else process.kill()
        process.wait()


class Bots:
    """N `stylist bot` processes in webhook mode on one database."""

    def __init__(self, settings: Settings, api: FakeBotApi, database_url: str, worker_url: str) -> None:
        self.settings, self.api = settings, api
        self.database_url, self.worker_url = database_url, worker_url
        self.processes: list[subprocess.Popen[bytes]] = []
        self.ports: list[int] = []
        self.logs: list[Path] = []

    def env(self, port: int, lease_s: float) -> dict[str, str]:
        return {
            **os.environ,
            "TELEGRAM_BOT_TOKEN": self.api.token,
            "TELEGRAM_API_URL": self.api.api_url,
            "TELEGRAM_WEBHOOK_URL": f"https://stylist.example{HOOK_PATH}",  # the balancer's address
            "TELEGRAM_WEBHOOK_SECRET": SECRET,
            "STYLIST_LISTEN": f"127.0.0.1:{port}",
            "STYLIST_LEASE_S": str(lease_s),
            "DATABASE_URL": self.database_url,
            "STYLIST_WORKER_URL": self.worker_url,
            "STYLIST_INDEX": str(self.settings.index_path),
            "STYLIST_DATA": str(self.settings.data_dir),
        }

    async def start(self, count: int, lease_s: float, folder: Path) -> list[str]:
        """Start `count` processes; their webhook URLs once each answers `/health`."""
        for n in range(count):
            port = free_port()
            log_path = folder / f"bot-{len(self.logs)}.log"
            self.processes.append(await asyncio.to_thread(self._spawn, log_path, self.env(port, lease_s)))
            self.ports.append(port)
            self.logs.append(log_path)
            if n == 0:  # the first migrates the database; the others then find it at head
                await self._healthy(len(self.processes) - 1)
        for index in range(len(self.processes)):
            await self._healthy(index)
        return [f"http://127.0.0.1:{port}{HOOK_PATH}" for port in self.ports]

    @staticmethod
    def _spawn(log_path: Path, env: dict[str, str]) -> subprocess.Popen[bytes]:
        with open(log_path, "ab") as out:
            command = [sys.executable, "-m", "cli", "bot"]
            return subprocess.Popen(command, cwd=ROOT, env=env, stdout=out, stderr=out)

    async def _healthy(self, index: int) -> None:
        url = f"http://127.0.0.1:{self.ports[index]}/health"
        async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=2)) as http:
            deadline = time.monotonic() + 180
            while time.monotonic() < deadline:
                if self.processes[index].poll() is not None:
                    raise RuntimeError(f"bot {index} exited: see {self.logs[index]}")
                with contextlib.suppress(aiohttp.ClientError, TimeoutError):
                    async with http.get(url) as response:
                        if response.status == 200:
                            return
                await asyncio.sleep(0.5)
        raise TimeoutError(f"bot {index} did not come up: see {self.logs[index]}")

    def kill(self, index: int) -> None:
        self.processes[index].send_signal(signal.SIGKILL)
        self.processes[index].wait()

    def stop(self) -> None:
        for process in self.processes:
            stop(process)

    def taken_over(self) -> int:
        """Updates the processes took over from a dead one (from their logs)."""
        total = 0
        for path in self.logs:
            for line in path.read_text(errors="replace").splitlines():
                if "taking over" in line and "updates left pending" in line:
                    total += int(line.split("taking over ", 1)[1].split()[0])
        return total


async def scenario(
    settings: Settings,
    database_url: str,
    worker_url: str,
    folder: Path,
    *,
    processes: int,
    users: int,
    photos: int,
    pressers: int,
    kill_after_s: float | None = None,
    lease_s: float = 20.0,
) -> dict[str, Any]:
    """One run of the load against `processes` bot processes; its figures."""
    api = fake_api()
    await api.start()
    bots = Bots(settings, api, database_url, worker_url)
    data = photo_bytes(settings, users * photos + pressers, seed=7)
    try:
        backends = await bots.start(processes, lease_s, folder)
        async with Balancer(backends) as balancer:
            press_users = [person(api, 5000 + i) for i in range(pressers)]
            ready = []
            for i, user in enumerate(press_users):  # their first analysis, before the clock starts
                since = len(api.calls)
                message = api.photo_message(user, data[-1 - i])
                balancer.push(api.update(message=message))
                done = lambda: any(analysis_id(c) for c in messages_to(api, user["id"], since))  # noqa: B023, E731
                if not await until(done, 60):
                    raise TimeoutError("no warm-up analysis")
                aid = next(analysis_id(c) for c in messages_to(api, user["id"], since) if analysis_id(c))
                ready.append((aid, {**message, "message_id": 9000 + i, "from": api.bot_user, "text": "…"}))
            since = len(api.calls)
            started = time.perf_counter()
            pushed: dict[int, list[float]] = {}
            for n in range(users * photos):
                user = person(api, 10_000 + n % users)
                balancer.push(api.update(message=api.photo_message(user, data[n])))
                pushed.setdefault(user["id"], []).append(time.perf_counter())
            pressed: dict[int, list[float]] = {}
            for user, (aid, message) in zip(press_users, ready, strict=True):
                balancer.push(api.callback_update(user, message, f"o:{aid}"))
                pressed[user["id"]] = [time.perf_counter()]
            killed, killed_at = False, 0.0
            chats = list(pushed)
            collages = lambda u: [c for c in messages_to(api, u, since) if c.method == "sendPhoto"]  # noqa: E731

            def answered() -> int:
                photos_answered = sum(
                    1 for chat in chats for c in messages_to(api, chat, since) if analysis_id(c)
                )
                return photos_answered + sum(min(len(collages(u)), len(pressed[u])) for u in pressed)

            expected = users * photos + 2 * pressers
            deadline = time.monotonic() + 120 + (lease_s * 2 if kill_after_s is not None else 0)
            while answered() < expected and time.monotonic() < deadline:
                if kill_after_s is not None and not killed and time.perf_counter() - started >= kill_after_s:
                    bots.kill(0)
                    killed, killed_at = True, time.perf_counter()
                for user, (aid, message) in zip(press_users, ready, strict=True):
                    if len(pressed[user["id"]]) == 1 and collages(user["id"]):  # the outfit came: Similar
                        balancer.push(api.callback_update(user, message, f"s:{aid}"))
                        pressed[user["id"]].append(time.perf_counter())
                await asyncio.sleep(0.1)
            elapsed = time.perf_counter() - started
            await asyncio.sleep(3.0)  # a late second answer would show now
            photo_s, lost, duplicated, twice = [], 0, 0, []
            for chat in chats:
                answers = [c.at for c in messages_to(api, chat, since) if analysis_id(c)]
                lost += max(0, len(pushed[chat]) - len(answers))
                duplicated += max(0, len(answers) - len(pushed[chat]))
                photo_s += [a - p for p, a in zip(pushed[chat], answers, strict=False)]
                twice += answers[: max(0, len(answers) - len(pushed[chat]))]
            for user in pressed:
                got = [c.at for c in collages(user)]
                lost += max(0, len(pressed[user]) - len(got)) + (2 - len(pressed[user]))
                duplicated += max(0, len(got) - len(pressed[user]))
                twice += got[: max(0, len(got) - len(pressed[user]))]
            retried, dropped = balancer.retried, balancer.dropped
    finally:
        bots.stop()
        await api.stop()
    return {
        "processes": processes,
        "killed": kill_after_s is not None,
        "updates": expected,
        "seconds": round(elapsed, 2),
        "updates_per_s": round(expected / elapsed, 2),
        "photo_answer_p50_s": round(float(np.median(photo_s)), 3) if photo_s else None,
        "photo_answer_p95_s": p95(photo_s),
        "lost": lost,
        "duplicated": duplicated,
        "deliveries_retried": retried,
        "deliveries_dropped": dropped,
        "taken_over": bots.taken_over(),
        # how long before the kill the first of each doubled answer went out: an update answered,
        # but not yet marked done in the journal, when its process died (at least once, never lost)
        "twice_first_answered_before_kill_s": [round(killed_at - a, 3) for a in twice] if killed else [],
        "_photo_s": photo_s,
    }


def plot(results: list[dict[str, Any]], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(7, 4))
    for result in results:
        label = f"{result['processes']} process(es)" + (", one SIGKILLed" if result["killed"] else "")
        ax.hist(result["_photo_s"], bins=30, alpha=0.6, label=f"{label}: {result['updates_per_s']} updates/s")
    ax.set_xlabel("photo → analysis, seconds")
    ax.set_ylabel("photos")
    ax.legend()
    ax.set_title("webhook bot processes + stylist serve + PostgreSQL, one machine")
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=100)


async def run(args: argparse.Namespace, folder: Path) -> dict[str, Any]:
    settings = Settings.from_env()
    if not settings.database_url.startswith("sqlite"):
        raise SystemExit("the catalogue is read from the embedded SQLite database: run scripts/run first")
    catalogue = Path(settings.database_url.split("///", 1)[1])
    print("[scale] PostgreSQL…", file=sys.stderr, flush=True)
    pg_folder = Path(tempfile.mkdtemp(prefix="stylist-postgres-"))  # its own: handed to `postgres`
    postgres = Postgres(pg_folder).start()
    serve = None
    try:
        template = await asyncio.to_thread(postgres.template, catalogue)  # sync: its own loop
        port = free_port()
        print(f"[scale] stylist serve ({args.replicas} replica(s))…", file=sys.stderr, flush=True)
        serve = await asyncio.to_thread(start_serve, settings, port, args.replicas, folder / "serve.log")
        worker_url = f"http://127.0.0.1:{port}"
        results = []
        for processes, kill_after in ((1, None), (2, None), (2, args.kill_after)):
            name = f"{processes} process(es)" + (" with a SIGKILL" if kill_after is not None else "")
            print(f"[scale] {name}…", file=sys.stderr, flush=True)
            database = await asyncio.to_thread(postgres.database, template)
            results.append(
                await scenario(
                    settings,
                    database,
                    worker_url,
                    folder,
                    processes=processes,
                    users=args.users,
                    photos=args.photos,
                    pressers=args.pressers,
                    kill_after_s=kill_after,
                    lease_s=args.lease,
                )
            )
    finally:
        if serve is not None:
            stop(serve, group=True)
        postgres.stop()
        shutil.rmtree(pg_folder, ignore_errors=True)
    return {"replicas": args.replicas, "cpus": os.cpu_count(), "scenarios": results}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=40)
    parser.add_argument("--photos", type=int, default=2, help="photos per user, sent at once")
    parser.add_argument("--pressers", type=int, default=10)
    parser.add_argument("--replicas", type=int, default=1, help="Serve replicas of the model")
    parser.add_argument("--kill-after", type=float, default=3.0, help="seconds into the load")
    parser.add_argument("--lease", type=float, default=20.0, help="STYLIST_LEASE_S of the bot processes")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--out", default="", help="default reports/scale/<replicas>-replica(s)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        result = asyncio.run(run(args, Path(folder)))
    out = Path(args.out or f"reports/scale/{args.replicas}-replica{'s' if args.replicas > 1 else ''}")
    plot(result["scenarios"], out / "latency.png")
    (out / "scale.json").write_text(json.dumps(public(result), indent=2) + "\n")
    print(json.dumps(public(result)) if args.json else json.dumps(public(result), indent=2))


if __name__ == "__main__":
    main()
