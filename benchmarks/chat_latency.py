"""Text refinement → answer sent, through the real Application and a local fake Bot API server.

    .venv/bin/python -m benchmarks.chat_latency [--conversations 20] [--json]

Uses the configured database and index (the full catalogue after `stylist catalog build`) and the
shipped model. Each conversation starts from a real clothing photo or a described garment (not
timed), then sends refinements in English and Korean — a colour, a kind, an occasion, who it is for,
a price, "another one", "not #2" — each timed from the update handed to the Application to the
bot's last answer received by the fake server (the collage included). Writes a histogram PNG.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import time
from dataclasses import replace
from pathlib import Path

import numpy as np
from telegram import Update

from application import Settings
from bot import limits
from bot.app import build_application
from shared_data import load_photos
from tests.fakes.telegram import FakeBotApi

STARTS = ("navy blazer", "white sneakers", "빨간 원피스", "black jeans", "검은색 티셔츠", "a summer dress")
REFINEMENTS = {
    "en": ("in black", "under 50,000 won", "for men", "more formal", "show me shoes instead", "another one",
           "not #2", "for winter", "not red", "30k-50k"),
    "ko": ("검은색으로", "5만원 이하", "여자 옷으로", "바지는?", "출근룩", "다른 거", "밝은 색으로",
           "겨울용"),
}  # fmt: skip


async def measure(conversations: int, seed: int = 0) -> dict[str, object]:
    paced, limits.PER_CHAT = limits.PER_CHAT, (10_000, 1.0)  # refinements come back to back here, not
    # a person's few seconds apart: Telegram's per-chat pacing (`bot.limits`) is not this code's latency
    api = FakeBotApi()
    await api.start()
    settings = replace(Settings.from_env(), telegram_token=api.token, telegram_api_url=api.api_url)
    app = build_application(settings)
    await app.initialize()
    await app.post_init(app)  # type: ignore[misc]
    rng = random.Random(seed)
    photos = load_photos(settings.data_dir)
    rng.shuffle(photos)
    timings: dict[str, list[float]] = {"en": [], "ko": []}
    catalogue = len(app.bot_data["stylist"].index)
    try:
        for n in range(conversations):
            user = api.user(1000 + n)
            if n % 2 == 0:
                start = api.photo_message(user, photos[n].path.read_bytes())
            else:
                start = api.message(user, text=STARTS[n % len(STARTS)])
            await app.process_update(Update.de_json(api.update(message=start), app.bot))
            language = "en" if n % 4 < 2 else "ko"
            for text in rng.sample(REFINEMENTS[language], 4):
                update = Update.de_json(api.update(message=api.message(user, text=text)), app.bot)
                started = time.perf_counter()
                await app.process_update(update)
                timings[language].append((time.perf_counter() - started) * 1000)
            print(f"conversation {n + 1}/{conversations}", flush=True)
    finally:
        await app.post_shutdown(app)  # type: ignore[misc]
        await app.shutdown()
        await api.stop()
        limits.PER_CHAT = paced
    every = timings["en"] + timings["ko"]
    return {
        "catalogue": catalogue,
        "refinements": len(every),
        "p50_ms": round(float(np.percentile(every, 50)), 1),
        "p95_ms": round(float(np.percentile(every, 95)), 1),
        **{f"{lang}_p50_ms": round(float(np.percentile(ms, 50)), 1) for lang, ms in timings.items() if ms},
        **{f"{lang}_p95_ms": round(float(np.percentile(ms, 95)), 1) for lang, ms in timings.items() if ms},
        "timings": timings,
    }


def plot(result: dict[str, object], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    timings: dict[str, list[float]] = result["timings"]  # type: ignore[assignment]
    fig, ax = plt.subplots(figsize=(6, 4))
    ax.hist([timings["en"], timings["ko"]], bins=30, label=["English", "Korean"], stacked=True)
    ax.axvline(150, color="red", linestyle="--", label="goal 150 ms")
    ax.set(xlabel="ms", ylabel="refinements", title="text refinement → answer sent")
    ax.legend()
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=100)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--conversations", type=int, default=20)
    parser.add_argument("--plot", default="reports/bench/chat_latency.png")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    result = asyncio.run(measure(args.conversations))
    plot(result, Path(args.plot))
    summary = {k: v for k, v in result.items() if k != "timings"}
    print(json.dumps(summary) if args.json else summary)


if __name__ == "__main__":
    main()
