"""`stylist analyze`, `stylist feedback`, `stylist bot` and `stylist run`: the bot's own answers,
in the terminal or on Telegram."""

from __future__ import annotations

import argparse
import asyncio
import csv
import html as html_lib
import json
import re
import sys
from pathlib import Path

from tqdm import tqdm

from application import (
    ImageRejected,
    Item,
    Settings,
    Slot,
    StoredAnalysis,
    Stylist,
    corrections_summary,
    feedback_summary,
)
from bot.texts import render_analysis, render_items, t, word_reason


def plain(html: str) -> str:
    """Telegram HTML as terminal text: links become 'name <url>'."""
    text = re.sub(
        r'<a href="([^"]*)">(.*?)</a>', lambda m: f"{m.group(2)} <{html_lib.unescape(m.group(1))}>", html
    )
    return html_lib.unescape(re.sub(r"</?(b|i)>", "", text))


def outfit_json(slots: list[Slot], language: str) -> list[dict[str, object]]:
    """The outfit as `--json` prints it: slots of items, each with its reason worded."""
    return [slot.to_dict() | {"items": items_json(slot.items, language)} for slot in slots]


def items_json(items: list[Item], language: str) -> list[dict[str, object]]:
    return [item.to_dict() | {"reason": word_reason(item.reason, language)} for item in items]


def analysis_json(
    photo: str, stored: StoredAnalysis, slots: list[Slot], similar: list[Item], language: str
) -> dict[str, object]:
    return {
        "photo": photo,
        "analysis_id": stored.id,
        **stored.analysis.to_dict(),
        "gender": stored.gender,
        "outfit": outfit_json(slots, language),
        "similar": items_json(similar, language),
    }


async def analyze(args: argparse.Namespace) -> int:
    stylist = await Stylist.open(Settings.from_env())
    failures = 0
    try:
        for photo in tqdm(
            args.photos, desc="analyze", unit="photo", disable=len(args.photos) < 2, file=sys.stderr
        ):
            path = Path(photo)
            try:
                stored = await stylist.analyse.analyze(
                    await asyncio.to_thread(path.read_bytes), source=str(path), language=args.language
                )
            except (OSError, ImageRejected) as exc:
                failures += 1
                reason = exc.reason if isinstance(exc, ImageRejected) else "unreadable"
                if args.json:
                    print(json.dumps({"photo": photo, "error": reason}), flush=True)
                else:
                    print(f"{photo}: {t(reason, args.language) if isinstance(exc, ImageRejected) else exc}")
                continue
            slots = await stylist.recommend.outfit(stored.id) if len(stylist.index) else []
            if args.json:
                similar = await stylist.recommend.similar(stored.id) if len(stylist.index) else []
                record = analysis_json(photo, stored, slots, similar, args.language)
                print(json.dumps(record, ensure_ascii=False), flush=True)
                continue
            print(f"== {photo}")
            print(plain(render_analysis(stored.analysis, args.language)))
            if slots:
                title = "complete_title" if stored.is_outfit else "outfit_plain"
                print(plain(render_items(t(title, args.language), slots, args.language)))
            print()
    finally:
        await stylist.close()
    return 1 if failures == len(args.photos) else 0


async def feedback(args: argparse.Namespace) -> int:
    from storage import migrated_sessions

    async with migrated_sessions(Settings.from_env().database_url) as sessions:
        summary = await (corrections_summary if args.corrections else feedback_summary)(sessions)
    if args.corrections:  # what users corrected of their photos' readings
        if args.json:
            print(json.dumps(summary, ensure_ascii=False))
            return 0
        print(f"{summary['garments']} corrected garments")
        for field in ("category", "colour", "pattern"):
            pairs = ", ".join(f"{pair} ({n})" for pair, n in summary[field].items())
            print(f"{field}: {pairs or 'none'}")
        return 0
    if args.json:
        print(json.dumps(summary))
        return 0
    if not summary:
        print("no votes yet")
    for kind, row in summary.items():
        print(f"{kind}: {row['votes']} votes, {row['helpful_share']:.0%} helpful")
    return 0


def bot(args: argparse.Namespace) -> int:
    """The bot: long polling, or webhook mode when TELEGRAM_WEBHOOK_URL is set."""
    settings = Settings.from_env()
    if settings.telegram_webhook_url:
        from bot.webhook import run_webhook

        run_webhook(settings)
    else:
        from bot.app import run_polling

        run_polling(settings)
    return 0


def run(args: argparse.Namespace) -> int:
    """The main job: the bot when a token is set, else `analyze` on a sample photo."""
    settings = Settings.from_env()
    if settings.telegram_token:
        return bot(args)
    with open(settings.data_dir / "clothing" / "images.csv", newline="", encoding="utf-8") as handle:
        sample = next(r for r in csv.DictReader(handle) if r["label"] == "T-Shirt")
    photo = str(settings.data_dir / "clothing" / "images" / f"{sample['image']}.jpg")
    print(f"TELEGRAM_BOT_TOKEN is not set: analysing a sample photo instead ({photo})\n")
    return asyncio.run(analyze(argparse.Namespace(photos=[photo], json=False, language="en")))


def add_commands(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("analyze", help="analyse photos and print the bot's answer")
    p.add_argument("photos", nargs="+")
    p.add_argument("--json", action="store_true", help="one JSON object per photo per line")
    p.add_argument("--language", choices=["en", "ko"], default="en")
    p.set_defaults(func=lambda a: asyncio.run(analyze(a)))

    p = sub.add_parser("feedback", help="👍 / 👎 on recommendations so far, per kind")
    p.add_argument("--json", action="store_true")
    p.add_argument(
        "--corrections", action="store_true", help="what users corrected of their photos' readings instead"
    )
    p.set_defaults(func=lambda a: asyncio.run(feedback(a)))

    p = sub.add_parser("bot", help="run the Telegram bot (long polling)")
    p.set_defaults(func=bot)

    p = sub.add_parser(
        "run", help="the main job: the bot if TELEGRAM_BOT_TOKEN is set, else a sample analysis"
    )
    p.set_defaults(func=run)
