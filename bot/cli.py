"""The `stylist` command line: analyze, bot, catalog, train, run."""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import sys
import time
from pathlib import Path

from tqdm import tqdm

from .settings import Settings


def _settings() -> Settings:
    return Settings.from_env()


async def _analyze(args: argparse.Namespace) -> int:
    from inference import ImageRejected

    from .runtime import Runtime
    from .texts import render_analysis, render_items, t

    settings = _settings()
    runtime = await Runtime.open(settings)
    service = runtime.service
    failures = 0
    try:
        for photo in tqdm(
            args.photos, desc="analyze", unit="photo", disable=len(args.photos) < 2, file=sys.stderr
        ):
            path = Path(photo)
            try:
                stored = await service.analyze(
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
            slots = await service.outfit(stored.id, args.language) if len(service.index) else []
            if args.json:
                record = {
                    "photo": photo,
                    "analysis_id": stored.id,
                    **stored.analysis.to_dict(),
                    "gender": stored.gender,
                    "outfit": [s.to_dict() for s in slots],
                }
                print(json.dumps(record, ensure_ascii=False), flush=True)
            else:
                print(f"== {photo}")
                print(_plain(render_analysis(stored.analysis, args.language)))
                if slots:
                    print(_plain(render_items("Outfit", slots, args.language)))
                print()
    finally:
        await runtime.close()
    return 1 if failures == len(args.photos) else 0


def _plain(html: str) -> str:
    """Telegram HTML as terminal text: links become 'name <url>'."""
    import html as html_lib
    import re

    text = re.sub(
        r'<a href="([^"]*)">(.*?)</a>', lambda m: f"{m.group(2)} <{html_lib.unescape(m.group(1))}>", html
    )
    return html_lib.unescape(re.sub(r"</?(b|i)>", "", text))


async def _catalog_build(args: argparse.Namespace) -> int:
    from inference import Analyzer
    from storage import create_engine, session_factory, upgrade

    from .catalog import build_catalog

    settings = _settings()
    await upgrade(settings.database_url)
    engine = create_engine(settings.database_url)
    analyzer = Analyzer.from_checkpoint(settings.checkpoint, settings.device)
    try:
        stats = await build_catalog(
            session_factory(engine), analyzer, settings.index_path, settings.data_dir, limit=args.limit
        )
    finally:
        await engine.dispose()
    print(
        json.dumps(stats)
        if args.json
        else f"catalog: added {stats['added']}, total {stats['total']}, {stats['seconds']} s"
    )
    return 0


def _train(args: argparse.Namespace) -> int:
    from inference.config import DEFAULT_CHECKPOINT
    from inference.training.tasks import train_heads

    if args.task != "heads":
        print(f"unknown training task {args.task!r}; available: heads", file=sys.stderr)
        return 2
    started = time.perf_counter()
    report = train_heads(
        out=Path(args.out) if args.out else DEFAULT_CHECKPOINT,
        backbone=args.backbone,
        with_products=not args.photos_only,
        report_dir=Path(args.report_dir),
        seed=args.seed,
    )
    summary = {
        name: {"accuracy": round(m["accuracy"], 4), "macro_f1": round(m["macro_f1"], 4), "n": m["n"]}
        for name, m in report.items()
        if isinstance(m, dict) and "accuracy" in m
    }
    summary["clusters"] = {"k": report["clusters"]["k"]}  # type: ignore[index]
    summary["seconds"] = round(time.perf_counter() - started, 1)  # type: ignore[assignment]
    print(json.dumps(summary, indent=None if args.json else 2))
    return 0


def _evaluate(args: argparse.Namespace) -> int:
    from inference import Analyzer
    from inference.training.evaluate import evaluate_category, evaluate_products, write_card

    settings = _settings()
    analyzer = Analyzer.from_checkpoint(settings.checkpoint, settings.device)
    if args.task == "category":
        metrics = evaluate_category(analyzer, settings.data_dir, args.split)
    elif args.task in ("colour", "pattern", "usage"):
        metrics = evaluate_products(analyzer, args.task, settings.data_dir, args.limit)
    else:
        print(
            f"unknown evaluation task {args.task!r}; available: category, colour, pattern, usage",
            file=sys.stderr,
        )
        return 2
    card = write_card(metrics, Path(args.out_dir) / args.task, "stylist " + " ".join(sys.argv[1:]))
    summary = {k: metrics[k] for k in ("task", "n", "accuracy", "top3_accuracy", "macro_f1")}
    print(json.dumps(summary) if args.json else f"{json.dumps(summary, indent=2)}\nmodel card: {card}")
    return 0


def _run(args: argparse.Namespace) -> int:
    """The main job: the bot when a token is set, else `analyze` on a sample photo."""
    settings = _settings()
    if settings.telegram_token:
        from .app import run_polling

        run_polling(settings)
        return 0
    import csv

    with open(settings.data_dir / "clothing" / "images.csv", newline="", encoding="utf-8") as handle:
        sample = next(r for r in csv.DictReader(handle) if r["label"] == "T-Shirt")
    photo = str(settings.data_dir / "clothing" / "images" / f"{sample['image']}.jpg")
    print(f"TELEGRAM_BOT_TOKEN is not set: analysing a sample photo instead ({photo})\n")
    return asyncio.run(_analyze(argparse.Namespace(photos=[photo], json=False, language="en")))


def _bot(args: argparse.Namespace) -> int:
    from .app import run_polling

    run_polling(_settings())
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="stylist", description=__doc__)
    parser.add_argument("-v", "--verbose", action="store_true")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("analyze", help="analyse photos and print the bot's answer")
    p.add_argument("photos", nargs="+")
    p.add_argument("--json", action="store_true", help="one JSON object per photo per line")
    p.add_argument("--language", choices=["en", "ko"], default="en")
    p.set_defaults(func=lambda a: asyncio.run(_analyze(a)))

    p = sub.add_parser("bot", help="run the Telegram bot (long polling)")
    p.set_defaults(func=_bot)

    p = sub.add_parser(
        "run", help="the main job: the bot if TELEGRAM_BOT_TOKEN is set, else a sample analysis"
    )
    p.set_defaults(func=_run)

    catalog = sub.add_parser("catalog", help="the product catalogue").add_subparsers(
        dest="action", required=True
    )
    p = catalog.add_parser("build", help="embed the product shots into the database and the index")
    p.add_argument("--limit", type=int, default=None, help="only the first N products")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=lambda a: asyncio.run(_catalog_build(a)))

    p = sub.add_parser("train", help="train models")
    p.add_argument("task", help="heads: every head of the shipped checkpoint")
    p.add_argument("--backbone", default="efficientnet_lite0", choices=["efficientnet_lite0", "mobilenet_v2"])
    p.add_argument("--photos-only", action="store_true", help="category head on clothing photos only")
    p.add_argument("--out", default=None, help="checkpoint JSON to write (default: the shipped one)")
    p.add_argument("--report-dir", default="var/reports")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_train)

    p = sub.add_parser("evaluate", help="evaluate the shipped model on held-out data; writes a model card")
    p.add_argument("task", help="category, colour, pattern or usage")
    p.add_argument("--split", choices=["val", "all"], default="val", help="category: which clothing photos")
    p.add_argument("--limit", type=int, default=None, help="products: evaluate only the first N held-out")
    p.add_argument("--out-dir", default="reports")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_evaluate)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    return int(args.func(args) or 0)


if __name__ == "__main__":
    sys.exit(main())
