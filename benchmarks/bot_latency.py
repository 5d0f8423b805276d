"""Photo received → answer sent, through the real Application and a local fake Bot API server.

    .venv/bin/python -m benchmarks.bot_latency [--photos 50] [--json]

Uses the configured database and index (the full catalogue after `stylist catalog build`), the shipped
model on this machine's CPU (or GPU), and real clothing photos from STYLIST_DATA. For each photo the
clock starts when the update is handed to the Application and stops when the fake server has
received the bot's answer; the outfit button is timed the same way, up to the outfit's listing.
Writes a histogram PNG.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np
from telegram import Update

from application import Settings
from bot.app import build_application
from shared_data import load_photos
from tests.fakes.telegram import FakeBotApi


async def measure(n: int, seed: int = 0) -> dict[str, object]:
    api = FakeBotApi()
    await api.start()
    settings = replace(Settings.from_env(), telegram_token=api.token, telegram_api_url=api.api_url)
    app = build_application(settings)
    await app.initialize()
    await app.post_init(app)  # type: ignore[misc]
    photos = load_photos(settings.data_dir)
    random.Random(seed).shuffle(photos)
    catalogue_size = len(app.bot_data["stylist"].index)
    answer_ms, outfit_ms = [], []
    try:
        for i, photo in enumerate(photos[:n]):
            user = api.user(1000 + i)  # one answer each: no chat's 1 message/s limit in the way
            message = api.photo_message(user, photo.path.read_bytes())
            before = len(api.calls)
            started = time.perf_counter()
            await app.process_update(Update.de_json(api.update(message=message), app.bot))
            answer_ms.append((time.perf_counter() - started) * 1000)
            answer = next(
                c for c in api.calls[before:] if c.method == "sendMessage" and "reply_markup" in c.params
            )
            data = answer.params["reply_markup"]["inline_keyboard"][0][0]["callback_data"]
            before = len(api.calls)
            started = time.perf_counter()
            await app.process_update(Update.de_json(api.callback_update(user, message, data), app.bot))
            outfit_ms.append((_outfit_sent(api.calls[before:]) - started) * 1000)
    finally:
        await app.post_shutdown(app)  # type: ignore[misc]
        await app.shutdown()
        await api.stop()
    return {
        "photos": n,
        "catalogue_products": catalogue_size,
        "answer_p50_ms": round(float(np.percentile(answer_ms, 50)), 1),
        "answer_p95_ms": round(float(np.percentile(answer_ms, 95)), 1),
        "outfit_p50_ms": round(float(np.percentile(outfit_ms, 50)), 1),
        "outfit_p95_ms": round(float(np.percentile(outfit_ms, 95)), 1),
        "_answer_ms": answer_ms,
        "_outfit_ms": outfit_ms,
    }


def _outfit_sent(calls: list[Any]) -> float:
    """When the outfit's listing (the message after its collage) reached the server: a new user's
    "who do you shop for?" follows it about a second later (`bot.limits`: ~1 message/s per chat)."""
    collage = next(i for i, c in enumerate(calls) if c.method == "sendPhoto")
    return float(next(c.at for c in calls[collage + 1 :] if c.method == "sendMessage"))


def plot(result: dict[str, object], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(7, 4))
    ax.hist(result["_answer_ms"], bins=20, alpha=0.7, label="photo → analysis")  # type: ignore[arg-type]
    ax.hist(result["_outfit_ms"], bins=20, alpha=0.7, label="button → outfit collage")  # type: ignore[arg-type]
    ax.set_xlabel("ms")
    ax.set_ylabel("requests")
    ax.legend()
    ax.set_title(f"Bot latency over {result['photos']} photos")
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=100)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--photos", type=int, default=50)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--plot", default="reports/bench/bot_latency.png")
    args = parser.parse_args()
    result = asyncio.run(measure(args.photos))
    plot(result, Path(args.plot))
    public = {k: v for k, v in result.items() if not k.startswith("_") and v is not None}
    print(json.dumps(public) if args.json else json.dumps(public, indent=2))


if __name__ == "__main__":
    main()
