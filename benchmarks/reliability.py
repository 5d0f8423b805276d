"""The reliability suite: the real Application polling a local fake Bot API over HTTP (and a real
`stylist bot` process for the crash), the shipped model, a fake Naver, on a copy of the configured
database — under the bad days of issue #22. The forged, strips and kill scenarios run with every log
at DEBUG (the killed bot with `-vv`), captured and searched for the bot token and the users' names;
the timed ones (burst, naver) at the deployed level.

    .venv/bin/python -m benchmarks.reliability [--users 100] [--photos 3] [--json] [--out reports/reliability]

- forged:  another user presses and votes on someone's analysis  → leaks (must be 0), refusals
- burst:   N new users × P photos at once while others press buttons → error replies, lost and
           duplicated answers (all 0), p95 press acknowledgement (< 1 s), p95 photo → answer
- naver:   Naver 10 s slow, then down → outfits answered (with search links) within 5 s, /help
           meanwhile, quota counted against calls Naver received
- kill:    `stylist bot` SIGKILLed mid-burst and started again → lost, answered twice (both 0)
- strips:  cheap files that used to cost a lot → seconds and extra memory to the answer
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import io
import json
import logging
import os
import random
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image
from sqlalchemy import func, select
from telegram.ext import Application

from application import Settings
from bot import logs
from bot.app import build_application
from bot.texts import t
from shared_data import load_photos
from storage import ApiUsage, Feedback
from tests.fakes.naver import FakeNaver
from tests.fakes.telegram import Call, FakeBotApi

ROOT = Path(__file__).resolve().parent.parent
PERSON = {"first_name": "Mina", "last_name": "Kimura", "username": "mina_k_private"}
ERRORS = ("busy", "worker_down", "internal_error", "download_failed")


_SCENARIOS = iter(range(1, 1000))


def fake_api() -> FakeBotApi:
    """A fake Bot API whose update ids follow the previous scenario's: one bot never sees an update
    id twice (its journal would take a repeated id for a redelivery)."""
    return FakeBotApi(first_update_id=next(_SCENARIOS) * 1_000_000)


def person(api: FakeBotApi, user_id: int) -> dict[str, Any]:
    """A user with a name, a last name and a username (none of which may reach a log)."""
    return {**api.user(user_id), **PERSON}


def analysis_id(call: Call) -> int | None:
    """The analysis an answer is about (its "Match an outfit" button), None for other calls."""
    markup = call.params.get("reply_markup") or {}
    for row in markup.get("inline_keyboard", []) if isinstance(markup, dict) else []:
        for button in row:
            data = str(button.get("callback_data", ""))
            if data.startswith("o:") and data[2:].isdecimal():
                return int(data[2:])
    return None


def messages_to(api: FakeBotApi, chat_id: int, since: int = 0) -> list[Call]:
    """What the bot sent to a chat (messages and photos, not chat actions)."""
    sent = ("sendMessage", "sendPhoto", "sendMediaGroup")
    return [c for c in api.calls[since:] if c.method in sent and str(c.params.get("chat_id")) == str(chat_id)]


def is_error(call: Call) -> bool:
    text = str(call.params.get("text") or call.params.get("caption") or "")
    return any(text.startswith(t(key, "en", id="")[:30]) for key in ERRORS)


def p95(values: list[float]) -> float:
    return round(float(np.percentile(values, 95)), 3) if values else 0.0


async def until(predicate: Callable[[], bool], timeout: float, step: float = 0.05) -> bool:  # noqa: ASYNC109
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        await asyncio.sleep(step)
    return predicate()


class Captured(logging.Handler):
    """Every log line of the run, formatted (tracebacks included), through the redaction filter."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.format(record))

    def leaks(self, secrets: list[str]) -> list[str]:
        return [line[:200] for line in self.lines if any(s in line for s in secrets)]


@contextlib.contextmanager
def debug_logs(handler: Captured) -> Any:
    """All loggers at DEBUG into `handler` (with the bot's redaction, as `stylist -vv` has it)."""
    root = logging.getLogger()
    level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    logs.install()
    for noisy in ("httpx", "httpcore"):  # what install() quiets, at DEBUG here too
        logging.getLogger(noisy).setLevel(logging.DEBUG)
    try:
        yield handler
    finally:
        root.removeHandler(handler)
        root.setLevel(level)


def working_copy(settings: Settings, folder: Path) -> Settings:
    """The settings on a copy of the configured database (the catalogue's rows included)."""
    source = settings.database_url.split("///", 1)[1]
    target = folder / "stylist.db"
    shutil.copy(source, target)
    return replace(settings, database_url=f"sqlite+aiosqlite:///{target}", device="cpu")


@contextlib.asynccontextmanager
async def polling(settings: Settings, api: FakeBotApi, worker: Any = None) -> AsyncIterator[Application]:
    """The bot as `run_polling` runs it, against the fake Bot API."""
    app = build_application(replace(settings, telegram_token=api.token, telegram_api_url=api.api_url))
    if worker is not None:
        app.bot_data["worker"] = worker
    await app.initialize()
    await app.post_init(app)  # type: ignore[misc]
    await app.updater.start_polling(poll_interval=0.0, timeout=1)  # type: ignore[union-attr]
    await app.start()
    try:
        yield app
    finally:
        await app.updater.stop()  # type: ignore[union-attr]
        await app.stop()
        await app.post_shutdown(app)  # type: ignore[misc]
        await app.shutdown()


async def first_analysis(api: FakeBotApi, user: dict[str, Any], photo: bytes) -> tuple[int, dict[str, Any]]:
    """Send a photo and wait for its analysis: (analysis id, the answer as a message)."""
    since = len(api.calls)
    message = api.photo_message(user, photo)
    api.push(api.update(message=message))
    ok = await until(lambda: any(analysis_id(c) for c in messages_to(api, user["id"], since)), 60)
    if not ok:
        raise TimeoutError(f"no analysis for user {user['id']}")
    answer = next(c for c in messages_to(api, user["id"], since) if analysis_id(c))
    sent = {**message, "message_id": 9000 + user["id"], "from": api.bot_user, "text": "…"}
    return analysis_id(answer) or 0, sent


def photo_bytes(settings: Settings, n: int, seed: int = 0) -> list[bytes]:
    photos = load_photos(settings.data_dir)
    random.Random(seed).shuffle(photos)
    return [photos[i % len(photos)].path.read_bytes() for i in range(n)]


# --- scenarios ---------------------------------------------------------------------------------------


async def forged(settings: Settings, worker: Any = None) -> dict[str, Any]:
    """A stranger presses and votes on the owner's analysis: nothing of the owner's reaches them."""
    api = fake_api()
    await api.start()
    try:
        async with polling(settings, api, worker) as app:
            owner, stranger = person(api, 101), person(api, 102)
            aid, _ = await first_analysis(api, owner, photo_bytes(settings, 1)[0])
            since = len(api.calls)
            message = api.message(stranger, text="mine now")
            presses = [f"o:{aid}", f"s:{aid}", f"c:{aid}", f"f:o:+:{aid}", f"f:s:-:{aid}"]
            ids = []
            for data in presses:
                update = api.callback_update(stranger, message, data)
                ids.append(update["callback_query"]["id"])
                api.push(update)
            acks = lambda: [c for c in api.calls[since:] if c.method == "answerCallbackQuery"]  # noqa: E731
            await until(lambda: len(acks()) >= len(presses), 30)
            await asyncio.sleep(0.5)  # anything sent after the acknowledgement would show now
            async with app.bot_data["stylist"].sessions() as session:
                votes = await session.scalar(select(func.count()).where(Feedback.user_id == stranger["id"]))
            refused = [
                c for c in acks() if c.params.get("show_alert") and c.params.get("callback_query_id") in ids
            ]
            leaked = messages_to(api, stranger["id"], since)
    finally:
        await api.stop()
    return {"presses": len(presses), "refused": len(refused), "leaks": len(leaked) + int(votes or 0)}


async def burst(
    settings: Settings, users: int = 100, photos: int = 3, pressers: int = 10, worker: Any = None
) -> dict[str, Any]:
    """`users` new users send `photos` photos each at once; meanwhile `pressers` users who already
    have an analysis press "Similar" again as soon as their last answer came. Every photo must be
    answered once, with no error, and every press acknowledged at once."""
    api = fake_api()
    await api.start()
    data = photo_bytes(settings, users * photos + pressers, seed=1)
    try:
        async with polling(settings, api, worker):
            press_users = [person(api, 500 + i) for i in range(pressers)]
            ready = [await first_analysis(api, u, data[-1 - i]) for i, u in enumerate(press_users)]
            since = len(api.calls)
            pushed: dict[int, list[float]] = {}
            started = time.perf_counter()
            for n in range(users * photos):
                user = person(api, 1000 + n % users)
                api.push(api.update(message=api.photo_message(user, data[n])))
                pushed.setdefault(user["id"], []).append(time.perf_counter())
            chats = list(pushed)
            answered = lambda: sum(  # noqa: E731
                1 for chat in chats for c in messages_to(api, chat, since) if analysis_id(c)
            )
            pressed: dict[str, float] = {}
            waiting: dict[int, int] = {}  # presser → calls seen when they pressed last
            deadline = time.monotonic() + 60 + users * photos * 0.5
            while answered() < users * photos and time.monotonic() < deadline:
                for user, (aid, message) in zip(press_users, ready, strict=True):
                    seen = waiting.get(user["id"])
                    if seen is not None and not any(
                        c.method == "sendPhoto" for c in messages_to(api, user["id"], seen)
                    ):
                        continue  # as a person does: the next press once the answer came
                    waiting[user["id"]] = len(api.calls)
                    update = api.callback_update(user, message, f"s:{aid}")
                    pressed[update["callback_query"]["id"]] = time.perf_counter()
                    api.push(update)
                await asyncio.sleep(0.25)
            elapsed = time.perf_counter() - started
            await asyncio.sleep(1.0)  # late duplicates would show now
            acks = {
                c.params["callback_query_id"]: c.at
                for c in api.calls[since:]
                if c.method == "answerCallbackQuery" and c.params.get("callback_query_id") in pressed
            }
            photo_s, errors, lost, duplicated = [], 0, 0, 0
            for chat in chats:
                sent = messages_to(api, chat, since)
                errors += sum(1 for c in sent if is_error(c))
                answers = [c.at for c in sent if analysis_id(c)]
                lost += max(0, len(pushed[chat]) - len(answers))
                duplicated += max(0, len(answers) - len(pushed[chat]))
                photo_s += [a - p for p, a in zip(pushed[chat], answers, strict=False)]
    finally:
        await api.stop()
    ack_s = [acks[i] - pressed[i] for i in acks]
    return {
        "users": users,
        "photos": users * photos,
        "error_replies": errors,
        "lost": lost,
        "duplicated": duplicated,
        "presses": len(pressed),
        "presses_unacknowledged": len(pressed) - len(acks),
        "ack_p50_s": round(float(np.median(ack_s)), 3) if ack_s else 0.0,
        "ack_p95_s": p95(ack_s),
        "photo_answer_p50_s": round(float(np.median(photo_s)), 3) if photo_s else 0.0,
        "photo_answer_p95_s": p95(photo_s),
        "photos_per_s": round(users * photos / elapsed, 2),
        "_ack_s": ack_s,
        "_photo_s": photo_s,
    }


async def naver(
    settings: Settings, outfits: int = 4, delay_s: float = 10.0, worker: Any = None
) -> dict[str, Any]:
    """Naver answering in `delay_s`, then not at all: each outfit still comes within the deadline,
    with search links; /help stays instant; only calls Naver received are counted."""
    shop = FakeNaver(delay_s=delay_s)
    await shop.start()
    configured = shop.configure(settings)
    api = fake_api()
    await api.start()
    result: dict[str, Any] = {"naver_delay_s": delay_s}
    try:
        async with polling(configured, api, worker) as app:
            data = photo_bytes(settings, outfits * 2, seed=2)
            for phase in ("slow", "down"):
                if phase == "down":
                    await shop.stop()
                users = [person(api, 700 + i + (100 if phase == "down" else 0)) for i in range(outfits)]
                ready = [await first_analysis(api, u, data[i]) for i, u in enumerate(users)]
                since = len(api.calls)
                pressed_at = {}
                for user, (aid, message) in zip(users, ready, strict=True):
                    api.push(api.callback_update(user, message, f"o:{aid}"))
                    pressed_at[user["id"]] = time.perf_counter()
                helper = person(api, 799 + (100 if phase == "down" else 0))
                await asyncio.sleep(0.3)  # the outfits are waiting on Naver now
                help_at = time.perf_counter()
                api.push(api.update(message=api.command_message(helper, "/help")))
                waited = [*users, helper]
                await until(lambda: all(messages_to(api, u["id"], since) for u in waited), 60)  # noqa: B023
                await asyncio.sleep(1.0)  # a long listing follows its collage as a second message
                outfit_s = [
                    messages_to(api, u["id"], since)[0].at - pressed_at[u["id"]]
                    for u in users
                    if messages_to(api, u["id"], since)
                ]
                replies = [c for u in users for c in messages_to(api, u["id"], since)]
                links = [
                    part.split('"', 1)[0]
                    for c in replies
                    for part in str(c.params.get("caption") or c.params.get("text") or "").split('href="')[1:]
                ]
                help_sent = messages_to(api, helper["id"], since)
                slow_said = t("shop_slow", "en")[:30]
                said = {str(c.params.get("chat_id")) for c in replies if slow_said in str(c.params)}
                result[phase] = {
                    "outfits": len(users),
                    "answered": len(outfit_s),
                    "outfit_max_s": round(max(outfit_s, default=0.0), 2),
                    "help_s": round(help_sent[0].at - help_at, 3) if help_sent else None,
                    "search_links": sum(
                        1 for link in links if link.startswith("https://search.shopping.naver.com/")
                    ),
                    "links": len(links),
                    "said_shop_is_slow": len(said),
                }
            async with app.bot_data["stylist"].sessions() as session:
                counted = await session.scalar(select(func.coalesce(func.sum(ApiUsage.calls), 0)))
            result["quota_counted"] = int(counted or 0)
            result["naver_received"] = len(shop.calls)
    finally:
        await api.stop()
        with contextlib.suppress(Exception):
            await shop.stop()
    return result


async def kill(
    settings: Settings, folder: Path, photos: int = 15, presses: int = 5, after_s: float = 1.0
) -> dict[str, Any]:
    """A real `stylist bot` process SIGKILLed one second into a burst and started again: every update
    answered, none twice."""
    api = fake_api()
    await api.start()
    log_path = folder / "bot.log"
    env = {
        **os.environ,
        "TELEGRAM_BOT_TOKEN": api.token,
        "TELEGRAM_API_URL": api.api_url,
        "DATABASE_URL": settings.database_url,
        "STYLIST_INDEX": str(settings.index_path),
        "STYLIST_DATA": str(settings.data_dir),
        "STYLIST_DEVICE": "cpu",
    }

    def spawn() -> subprocess.Popen[bytes]:
        with open(log_path, "ab") as out:
            return subprocess.Popen(
                [sys.executable, "-m", "cli", "-vv", "bot"], cwd=ROOT, env=env, stdout=out, stderr=out
            )

    async def start() -> subprocess.Popen[bytes]:
        polls = len(api.sent("getUpdates"))
        process = await asyncio.to_thread(spawn)
        if not await until(lambda: len(api.sent("getUpdates")) > polls or process.poll() is not None, 120):
            raise TimeoutError("the bot did not start polling")
        if process.poll() is not None:
            raise RuntimeError(f"the bot exited with {process.returncode}: see {log_path}")
        return process

    data = photo_bytes(settings, photos + presses, seed=3)
    try:
        process = await start()
        press_users = [person(api, 300 + i) for i in range(presses)]
        ready = [await first_analysis(api, u, data[photos + i]) for i, u in enumerate(press_users)]
        since = len(api.calls)
        photo_users = [person(api, 400 + i) for i in range(photos)]
        for i, user in enumerate(photo_users):
            api.push(api.update(message=api.photo_message(user, data[i])))
            if i < presses:
                aid, message = ready[i]
                api.push(api.callback_update(press_users[i], message, f"s:{aid}"))
        await asyncio.sleep(after_s)
        killed_at = time.perf_counter()
        process.send_signal(signal.SIGKILL)
        process.wait()
        before_restart = sum(1 for u in photo_users + press_users if messages_to(api, u["id"], since))
        process = await start()
        everyone = photo_users + press_users
        await until(lambda: all(messages_to(api, u["id"], since) for u in everyone), 120)
        await asyncio.sleep(2.0)  # a second answer would show now
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=60)
        answers = [  # a photo's answer is its analysis; a press's, its collage (a long listing follows it)
            [
                c.at
                for c in messages_to(api, u["id"], since)
                if (analysis_id(c) if u in photo_users else c.method == "sendPhoto")
            ]
            for u in everyone
        ]
    finally:
        await api.stop()
    text = log_path.read_text(errors="replace")
    return {
        "updates": len(answers),
        "answered_before_kill": before_restart,
        "lost": sum(1 for a in answers if not a),
        "answered_twice": sum(1 for a in answers if len(a) > 1),
        # how long before the kill each of those had first been answered: an update answered
        # but not yet marked done when the process died (the journal's one window)
        "twice_first_answered_before_kill_s": [round(killed_at - a[0], 3) for a in answers if len(a) > 1],
        "_log_leaks": [
            line[:200]
            for line in text.splitlines()
            if api.token in line or any(v in line for v in PERSON.values())
        ],
    }


def strip_files() -> dict[str, bytes]:
    """Files that are small to send and used to be dear to open."""
    out: dict[str, bytes] = {}
    buffer = io.BytesIO()
    Image.new("L", (8, 100_000), 128).save(buffer, "PNG")
    out["strip_8x100000_png"] = buffer.getvalue()
    buffer = io.BytesIO()
    Image.new("RGB", (28_000, 1_400), (90, 120, 200)).save(buffer, "PNG")
    out["wide_28000x1400_png"] = buffer.getvalue()
    buffer = io.BytesIO()
    Image.new("I;16", (6000, 6000), 30000).save(buffer, "PNG")
    out["deep_16bit_6000x6000_png"] = buffer.getvalue()
    return out


async def strips(settings: Settings, worker: Any = None) -> dict[str, Any]:
    """Each cheap file sent as a document: seconds to the answer and how much the process grew."""
    api = fake_api()
    await api.start()
    result = {}
    try:
        async with polling(settings, api, worker) as app:
            await first_analysis(api, person(api, 800), photo_bytes(settings, 1)[0])  # warm
            for n, (name, data) in enumerate(strip_files().items()):
                user = person(api, 810 + n)
                rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
                since, started = len(api.calls), time.perf_counter()
                api.push(api.update(message=api.document_message(user, data, f"{name}.png", "image/png")))
                await until(lambda: bool(messages_to(api, user["id"], since)), 60)  # noqa: B023
                sent = messages_to(api, user["id"], since)
                result[name] = {
                    "bytes": len(data),
                    "answer_s": round(sent[0].at - started, 3) if sent else None,
                    "extra_mb": round((resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss) / 1024, 1),
                    "answer": str(sent[0].params.get("text") or sent[0].params.get("caption") or "")[:60]
                    if sent
                    else None,
                }
            del app
    finally:
        await api.stop()
    return result


async def run(users: int, photos: int, pressers: int, folder: Path) -> dict[str, Any]:
    settings = working_copy(Settings.from_env(), folder)
    captured = Captured()
    token = FakeBotApi().token
    result: dict[str, Any] = {}
    with debug_logs(captured):  # every log line at DEBUG, searched for secrets and names
        for name, scenario in (
            ("strips", lambda: strips(settings)),  # first: the memory it measures is the bot's own
            ("forged", lambda: forged(settings)),
        ):
            print(f"[reliability] {name}…", file=sys.stderr, flush=True)
            result[name] = await scenario()
    for name, scenario in (  # timed at the deployed log level (DEBUG writes ~7,000 lines a second)
        ("burst", lambda: burst(settings, users, photos, pressers)),
        ("naver", lambda: naver(settings)),
    ):
        print(f"[reliability] {name}…", file=sys.stderr, flush=True)
        result[name] = await scenario()
    print("[reliability] kill…", file=sys.stderr, flush=True)
    result["kill"] = await kill(settings, folder)
    leaks = captured.leaks([token, *PERSON.values()]) + result["kill"].pop("_log_leaks")
    result["logs"] = {"lines": len(captured.lines), "leaks": len(leaks), "_examples": leaks[:5]}
    return result


def plot(result: dict[str, Any], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    burst_ = result["burst"]
    fig, ax = plt.subplots(figsize=(7, 4))
    ax.hist(burst_["_photo_s"], bins=30, alpha=0.7, label="photo → analysis")
    ax.hist(burst_["_ack_s"], bins=30, alpha=0.7, label="press → acknowledgement")
    ax.set_xlabel("seconds")
    ax.set_ylabel("updates")
    ax.set_yscale("log")
    ax.legend()
    ax.set_title(f"{burst_['users']} new users × {burst_['photos'] // burst_['users']} photos at once")
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=100)


def public(value: Any) -> Any:
    """A result without its private parts (keys starting with "_": raw samples, examples)."""
    if isinstance(value, dict):
        return {k: public(v) for k, v in value.items() if not k.startswith("_")}
    if isinstance(value, list):
        return [public(v) for v in value]
    return value


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=100)
    parser.add_argument("--photos", type=int, default=3, help="photos per user, sent at once")
    parser.add_argument("--pressers", type=int, default=10)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--out", default="reports/reliability")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        result = asyncio.run(run(args.users, args.photos, args.pressers, Path(folder)))
    out = Path(args.out)
    plot(result, out / "burst.png")
    (out / "reliability.json").write_text(json.dumps(public(result), indent=2) + "\n")
    print(json.dumps(public(result)) if args.json else json.dumps(public(result), indent=2))


if __name__ == "__main__":
    main()
