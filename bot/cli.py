"""The `stylist` command line: analyze, bot, catalog, train, run."""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import sys
import time
from dataclasses import replace
from pathlib import Path

from tqdm import tqdm

from .settings import Settings

TRAIN_TASKS = ", ".join(
    ("heads", "category-finetune", "category-full", "embedding", "parsing", "outfit-gate", "attribute")
    + ("fashion-mnist", "outfits")
)
# Stylist's Fashion-MNIST model and its partner (`stylist train fashion-mnist`), committed: 1.6 MB each.
FASHION_MNIST_WEIGHTS = Path(__file__).resolve().parents[1] / "inference" / "weights" / "fashion-mnist.pt"
FASHION_MNIST_PARTNER = FASHION_MNIST_WEIGHTS.with_name("fashion-mnist-partner.pt")


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
                    title = "complete_title" if stored.item_ids else "outfit_plain"
                    print(_plain(render_items(t(title, args.language), slots, args.language)))
                print()
    finally:
        await runtime.close()
    return 1 if failures == len(args.photos) else 0


async def _feedback(args: argparse.Namespace) -> int:
    from storage import create_engine, session_factory, upgrade

    from .service import feedback_summary

    settings = _settings()
    await upgrade(settings.database_url)
    engine = create_engine(settings.database_url)
    try:
        summary = await feedback_summary(session_factory(engine))
    finally:
        await engine.dispose()
    if args.json:
        print(json.dumps(summary))
        return 0
    if not summary:
        print("no votes yet")
    for kind, row in summary.items():
        print(f"{kind}: {row['votes']} votes, {row['helpful_share']:.0%} helpful")
    return 0


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
        else f"catalog: added {stats['added']}, embedded again {stats['embedded_again']}, "
        f"unreadable {stats['unreadable']}, total {stats['total']}, {stats['seconds']} s"
    )
    return 0


def _naver_error(exc: Exception) -> int:
    """Print a Naver API error as JSON (its code and message) and return the exit status."""
    code = getattr(exc, "code", "") or type(exc).__name__
    print(json.dumps({"error": code, "message": getattr(exc, "message", str(exc))}, ensure_ascii=False))
    return 1


async def _shop_search(args: argparse.Namespace) -> int:
    import aiohttp

    from shop_client import NaverError

    from .service import naver_client

    settings = _settings()
    if not settings.has_naver:
        print("NAVER_CLIENT_ID and NAVER_CLIENT_SECRET are not set", file=sys.stderr)
        return 2
    async with aiohttp.ClientSession() as http:
        client = naver_client(settings, http)
        try:
            if args.min_price is not None or args.max_price is not None:  # cheaper: sort=asc + bounds here
                items = await client.cheaper(
                    args.query, min_price=args.min_price, max_price=args.max_price, limit=args.display
                )
                total = len(items)
            else:
                result = await client.search(
                    args.query,
                    display=args.display,
                    start=args.start,
                    sort=args.sort,
                    naverpay_only=args.naverpay,
                    exclude=tuple(x for x in args.exclude.split(",") if x),
                )
                items, total = result.items, result.total
        except NaverError as exc:
            return _naver_error(exc)
    for item in items:
        if args.json:
            print(json.dumps(item.to_dict(), ensure_ascii=False))
        else:
            print(f"{item.title} · {item.lprice or '-'} · {item.mall_name} · {item.link}")
    if not args.json:
        print(f"{len(items)} of {total} results")
    return 0


async def _ingest_naver(args: argparse.Namespace) -> int:
    import aiohttp

    from inference import Analyzer
    from shop_client import NaverError
    from storage import create_engine, session_factory, upgrade

    from .naver_ingest import ingest_naver
    from .service import naver_client

    settings = _settings()
    if not settings.has_naver:
        print("NAVER_CLIENT_ID and NAVER_CLIENT_SECRET are not set", file=sys.stderr)
        return 2
    await upgrade(settings.database_url)
    engine = create_engine(settings.database_url)
    sessions = session_factory(engine)
    analyzer = Analyzer.from_checkpoint(settings.checkpoint, settings.device)
    try:
        async with aiohttp.ClientSession() as http:
            stats = await ingest_naver(
                naver_client(settings, http, sessions),
                http,
                sessions,
                analyzer,
                settings.index_path,
                settings.index_path.parent / "images" / "naver",
                args.query,
                pages=args.pages,
            )
    except NaverError as exc:
        return _naver_error(exc)
    finally:
        await engine.dispose()
    print(json.dumps(stats.to_dict()))
    return 0


def _train(args: argparse.Namespace) -> int:
    from inference.config import DEFAULT_CHECKPOINT
    from inference.training.tasks import DEFAULT_CACHE, train_heads

    checkpoint = Path(args.out) if args.out else DEFAULT_CHECKPOINT  # all but fashion-mnist

    if args.task == "outfits":
        from matching.compat import DEFAULT_STATS, Compatibility, is_held_out, load_outfits

        outfits = load_outfits(_settings().data_dir / "ccp" / "outfit_tags.csv")
        compat = Compatibility.fit([slots for photo, slots in outfits if not is_held_out(photo)])
        compat.save(DEFAULT_STATS)
        print(json.dumps({"outfits": compat.outfits, "written": str(DEFAULT_STATS)}))
        return 0
    if args.task == "fashion-mnist":
        from inference.training.fashion_mnist import train_baseline, train_improved

        if args.model in ("baseline", "both"):
            result = train_baseline(args.epochs or 15, seed=args.seed)
            print(json.dumps({"model": "baseline (2 conv blocks 32/64, dense 128)"} | result))
        if args.model in ("stylist", "both"):
            result = train_improved(
                args.epochs or 70,
                seed=args.seed,
                holdout=args.holdout,
                out=Path(args.out) if args.out else FASHION_MNIST_WEIGHTS,
                report_dir=Path(args.report_dir) / "fashion-mnist",
            )
            print(json.dumps({"model": "stylist (3 stages 32/64/128, dense 256, augmentation)"} | result))
        return 0
    if args.task == "attribute":
        from inference.training.attribute import train_attribute

        if not args.name or not args.data:
            print("train attribute needs --name NAME --data DIR (one sub-folder per class)", file=sys.stderr)
            return 2
        result = train_attribute(checkpoint, args.name, Path(args.data))
        print(json.dumps(result, ensure_ascii=False))
        return 0
    if args.task in ("embedding", "category-finetune", "parsing", "outfit-gate"):  # on cached features
        from inference.training.embedding import train_embedding
        from inference.training.finetune import train_category_finetune
        from inference.training.outfit_gate import train_outfit_gate
        from inference.training.parsing import train_parsing

        # task -> (trainer, key of its result, default epochs)
        trainers = {
            "embedding": (train_embedding, "embedding", 8),
            "category-finetune": (train_category_finetune, "category", 8),
            "parsing": (train_parsing, "parsing", 40),
            "outfit-gate": (train_outfit_gate, "outfit_gate", 300),
        }
        train, key, default_epochs = trainers[args.task]
        extra = {"crop_views": args.crop_views} if args.task == "category-finetune" else {}
        result = train(
            checkpoint,
            DEFAULT_CACHE,
            epochs=args.epochs or default_epochs,
            seed=args.seed,
            report_dir=Path(args.report_dir),
            **extra,
        )
        print(json.dumps(result[key]))
        if args.task == "embedding":
            print("the index holds the old embeddings: `stylist catalog build` embeds again", file=sys.stderr)
        return 0
    if args.task == "category-full":  # a comparison row for `stylist evaluate transfer`; --ship ships it
        from inference.training.full_finetune import train_full_finetune

        try:
            result = train_full_finetune(
                args.backbone,
                epochs=args.epochs or 5,
                train_size=args.train_size,
                seed=args.seed,
                report_dir=Path(args.comparison_dir),
                limit=args.limit,
                last_stages_only=args.last_stages,
                ship=checkpoint if args.ship else None,
                products_per_class=args.products,
                street_garments=args.street_garments,
            )
        except ValueError as error:  # e.g. --ship on a model of another shape, refused before any work
            print(f"category-full: {error}", file=sys.stderr)
            return 2
        print(json.dumps({k: v for k, v in result.items() if k != "history"}))
        return 0
    if args.task != "heads":
        print(
            f"unknown training task {args.task!r}; available: {TRAIN_TASKS}",
            file=sys.stderr,
        )
        return 2
    started = time.perf_counter()
    report = train_heads(
        out=checkpoint,
        backbone=args.backbone,
        with_products=not args.photos_only,
        report_dir=Path(args.report_dir),
        seed=args.seed,
    )
    summary = {
        name: {k: round(v, 4) for k, v in m.items() if k.startswith("accuracy") or k == "macro_f1"}
        | {"n": m["n"]}
        for name, m in report.items()
        if isinstance(m, dict) and "accuracy" in m
    }
    summary["clusters"] = {"k": report["clusters"]["k"]}  # type: ignore[index]
    summary["seconds"] = round(time.perf_counter() - started, 1)  # type: ignore[assignment]
    print(json.dumps(summary, indent=None if args.json else 2))
    return 0


async def _evaluate_retrieval(settings: Settings, k: int = 5) -> dict[str, object]:
    from sqlalchemy import select

    from inference.training.data import is_held_out_product
    from matching import ProductIndex
    from matching.retrieval import evaluate_retrieval
    from storage import Product, create_engine, session_factory

    engine = create_engine(settings.database_url)
    try:
        async with session_factory(engine)() as session:
            rows = (await session.execute(select(Product).where(Product.source == "catalog"))).scalars().all()
    finally:
        await engine.dispose()
    index = ProductIndex.load(settings.index_path)
    queries = [r.id for r in rows if is_held_out_product(int(r.external_id))]
    gallery = [r.id for r in rows if not is_held_out_product(int(r.external_id))]
    labels = {
        "article_type": {r.id: r.article_type for r in rows},
        "colour": {r.id: r.colour for r in rows},
        "category": {r.id: r.category for r in rows},
    }
    return {"task": "retrieval"} | evaluate_retrieval(index, queries, gallery, labels, k)


def _evaluate_outfits(settings: Settings) -> dict[str, object]:
    from matching.compat import DEFAULT_STATS, Compatibility, evaluate_hit_rate, is_held_out, load_outfits

    outfits = load_outfits(settings.data_dir / "ccp" / "outfit_tags.csv")
    compat = Compatibility.load(DEFAULT_STATS)
    return {"task": "outfits"} | evaluate_hit_rate(compat, [s for p, s in outfits if is_held_out(p)])


def _evaluate(args: argparse.Namespace) -> int:
    from inference import Analyzer
    from inference.training.evaluate import evaluate_category, evaluate_products, write_card

    settings = _settings()
    if args.task == "transfer":
        from inference.config import ModelConfig
        from inference.training.compare import compare_category, write_table
        from inference.training.tasks import DEFAULT_CACHE

        result = compare_category(
            ModelConfig.load(settings.checkpoint),
            DEFAULT_CACHE,
            settings.data_dir,
            rows_dir=Path(args.out_dir) / "category",
        )
        table = write_table(
            result, Path(args.out_dir) / "category" / "comparison.md", "stylist " + " ".join(sys.argv[1:])
        )
        (Path(args.out_dir) / "category" / "comparison.json").write_text(
            json.dumps(result, indent=1), encoding="utf-8"
        )
        print(json.dumps(result) if args.json else f"{json.dumps(result, indent=2)}\ntable: {table}")
        return 0
    if args.task in ("retrieval", "outfits"):
        result = (
            asyncio.run(_evaluate_retrieval(settings))
            if args.task == "retrieval"
            else _evaluate_outfits(settings)
        )
        out = Path(args.out_dir) / args.task
        out.mkdir(parents=True, exist_ok=True)
        (out / "metrics.json").write_text(json.dumps(result, indent=1), encoding="utf-8")
        print(json.dumps(result) if args.json else json.dumps(result, indent=2))
        return 0
    analyzer = Analyzer.from_checkpoint(settings.checkpoint, settings.device)
    if args.task == "parsing":
        from inference.training.parsing_eval import evaluate_parsing, write_parsing_card

        metrics = evaluate_parsing(analyzer, settings.data_dir, args.limit)
        command = "stylist " + " ".join(sys.argv[1:])
        card = write_parsing_card(
            metrics, analyzer, Path(args.out_dir) / "parsing", command, settings.data_dir
        )
        keys = ("task", "n", "mean_iou", "pixel_accuracy", "iou", "items", "garment_categories")
        summary = {
            k: metrics[k] for k in metrics if k in keys or k.startswith(("outfit_rate", "parsed_share"))
        }
        print(json.dumps(summary) if args.json else f"{json.dumps(summary, indent=2)}\nmodel card: {card}")
        return 0
    if args.task == "category":
        metrics = evaluate_category(analyzer, settings.data_dir, args.split)
    elif args.task in ("colour", "pattern", "usage"):
        metrics = evaluate_products(analyzer, args.task, settings.data_dir, args.limit)
        if args.task == "colour":  # the comparison: learned head vs pixel clustering
            from inference.training.colour_clustering import evaluate_pixel_clustering

            metrics["alternatives"] = evaluate_pixel_clustering(settings.data_dir, args.limit)
    else:
        print(
            f"unknown evaluation task {args.task!r}; available: category, colour, pattern, usage, "
            "parsing, retrieval, outfits, transfer",
            file=sys.stderr,
        )
        return 2
    card = write_card(metrics, Path(args.out_dir) / args.task, "stylist " + " ".join(sys.argv[1:]))
    summary = {k: metrics[k] for k in ("task", "n", "accuracy", "top3_accuracy", "macro_f1", "subsets")}
    print(json.dumps(summary) if args.json else f"{json.dumps(summary, indent=2)}\nmodel card: {card}")
    return 0


def _bench_worker(args: argparse.Namespace) -> int:
    from inference import Analyzer
    from inference.bench import bench_batching
    from inference.training.data import load_photos
    from inference.training.features import open_rgb

    settings = _settings()
    analyzer = Analyzer.from_checkpoint(settings.checkpoint, settings.device)
    images = [open_rgb(p.path) for p in load_photos(settings.data_dir)[:64]]
    rows = asyncio.run(bench_batching(analyzer, images, args.requests, args.concurrency, args.max_batch))
    for row in rows:
        print(json.dumps(row) if args.json else row)
    return 0


def _worker(args: argparse.Namespace) -> int:
    from inference.remote import serve

    settings = _settings()
    worker = replace(
        settings,
        worker_url="",
        worker_max_batch=args.max_batch,
        worker_max_wait_ms=args.max_wait_ms,
        worker_queue_size=args.queue_size,
    ).make_worker()
    serve(worker, args.host, args.port)
    return 0


def _bench_fashion_mnist(args: argparse.Namespace) -> int:
    from inference.training.fashion_mnist import bench_saved

    weights, partner = Path(args.weights), Path(args.partner) if args.partner else None
    for path in (weights, partner):
        if path is not None and not path.exists():
            print(
                f"{path} is missing: run `stylist train fashion-mnist --model stylist` first", file=sys.stderr
            )
            return 2
    print(json.dumps({"weights": str(weights), "partner": args.partner} | bench_saved(weights, partner)))
    return 0


def _bench_index(args: argparse.Namespace) -> int:
    from matching import ProductIndex
    from matching.bench import bench_sizes

    settings = _settings()
    if not settings.index_path.exists():
        print("no catalogue index: run `stylist catalog build` first", file=sys.stderr)
        return 2
    _, real = ProductIndex.load(settings.index_path).all_vectors()
    sizes = [int(x) for x in args.sizes.split(",")]
    rows = []
    for row in bench_sizes(real, sizes, compact=args.compact):
        rows.append(row)
        print(json.dumps(row) if args.json else row, flush=True)
    _plot_index(rows, Path(args.plot))
    return 0


def _plot_index(rows: list[dict[str, object]], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, (left, right) = plt.subplots(1, 2, figsize=(10, 4))
    n = [r["n"] for r in rows]
    left.plot(n, [r["recall_at_10"] for r in rows], "o-")
    left.set(
        xscale="log", xlabel="products", ylabel="recall@10", title="recall vs exact search", ylim=(0.8, 1.0)
    )
    right.plot(n, [r["p50_ms"] for r in rows], "o-", label="p50")
    right.plot(n, [r["p95_ms"] for r in rows], "o-", label="p95")
    right.set(xscale="log", xlabel="products", ylabel="ms (1 thread)", title="single-query latency")
    right.legend()
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=100)


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

    p = sub.add_parser("feedback", help="👍 / 👎 on recommendations so far, per kind")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=lambda a: asyncio.run(_feedback(a)))
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

    p = catalog.add_parser("ingest-naver", help="add Naver Shopping products for a query")
    p.add_argument("--query", required=True)
    p.add_argument("--pages", type=int, default=1, help="pages of 100 results")
    p.set_defaults(func=lambda a: asyncio.run(_ingest_naver(a)))

    shop = sub.add_parser("shop", help="Naver Shopping").add_subparsers(dest="action", required=True)
    p = shop.add_parser("search", help="search Naver Shopping and print the parsed items")
    p.add_argument("query")
    p.add_argument("--sort", default="sim", help="sim, date, asc or dsc")
    p.add_argument("--display", type=int, default=10, help="1..100")
    p.add_argument("--start", type=int, default=1, help="1..1000")
    p.add_argument("--exclude", default="", help="comma-separated: used, rental, cbshop")
    p.add_argument("--naverpay", action="store_true", help="only Naver Pay products")
    p.add_argument("--min-price", type=int, default=None, help="cheapest first, at least this price (KRW)")
    p.add_argument("--max-price", type=int, default=None, help="cheapest first, at most this price (KRW)")
    p.add_argument("--json", action="store_true", help="one JSON object per item per line")
    p.set_defaults(func=lambda a: asyncio.run(_shop_search(a)))

    p = sub.add_parser("train", help="train models")
    p.add_argument(
        "task",
        help=TRAIN_TASKS,
    )
    p.add_argument("--backbone", default="efficientnet_lite0", choices=["efficientnet_lite0", "mobilenet_v2"])
    p.add_argument("--photos-only", action="store_true", help="category head on clothing photos only")
    p.add_argument(
        "--epochs",
        type=int,
        default=0,
        help="epochs (category-finetune 8, category-full 5, embedding 8, parsing 40, fashion-mnist 15/70; "
        "outfit-gate: 300 full-batch steps)",
    )
    p.add_argument("--name", default="", help="attribute: the attribute's name, e.g. collar")
    p.add_argument("--data", default="", help="attribute: a folder with one sub-folder of images per class")
    p.add_argument("--out", default=None, help="checkpoint JSON to write (default: the shipped one)")
    p.add_argument("--model", choices=["baseline", "stylist", "both"], default="both", help="fashion-mnist")
    p.add_argument("--holdout", type=int, default=0, help="fashion-mnist: images held back to watch")
    p.add_argument("--report-dir", default="var/reports")
    p.add_argument(
        "--crop-views",
        type=int,
        default=0,
        help="category-finetune: random resized crop views cached per photo",
    )
    p.add_argument(
        "--last-stages",
        action="store_true",
        help="category-full: train only stages 6-7 and the head conv (the partial recipe, same augmentation)",
    )
    p.add_argument(
        "--train-size", type=int, default=192, help="category-full: training crop size (evaluation: 224)"
    )
    p.add_argument(
        "--ship",
        action="store_true",
        help="category-full --last-stages on Lite0: register the model as the shipped category model",
    )
    p.add_argument(
        "--products",
        type=int,
        default=0,
        help="category-full: mix up to N training product shots per category into the photos",
    )
    p.add_argument(
        "--street-garments",
        action="store_true",
        help="category-full: mix in the garments worn in the training street photos (CCP)",
    )
    p.add_argument(
        "--comparison-dir", default="reports/category", help="category-full: where its comparison row goes"
    )
    p.add_argument("--limit", type=int, default=None, help="category-full: first N photos (smoke test)")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_train)

    bench = sub.add_parser("bench", help="benchmarks").add_subparsers(dest="target", required=True)
    p = bench.add_parser("worker", help="inference throughput and latency with dynamic batching on and off")
    p.add_argument("--requests", type=int, default=128)
    p.add_argument("--concurrency", type=int, default=32)
    p.add_argument("--max-batch", type=int, default=16)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_bench_worker)

    p = sub.add_parser("worker", help="run the inference worker as an HTTP service (for a GPU box)")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8700)
    p.add_argument("--max-batch", type=int, default=16)
    p.add_argument("--max-wait-ms", type=float, default=5.0)
    p.add_argument("--queue-size", type=int, default=64)
    p.set_defaults(func=_worker)

    p = bench.add_parser(
        "fashion-mnist", help="test accuracy and CPU images/s of the trained Fashion-MNIST model"
    )
    p.add_argument("--weights", default=str(FASHION_MNIST_WEIGHTS))
    p.add_argument(
        "--partner",
        default=str(FASHION_MNIST_PARTNER),
        help="second model asked about unsure images ('' for none)",
    )
    p.set_defaults(func=_bench_fashion_mnist)
    p = bench.add_parser("index", help="vector index recall and latency at several catalogue sizes")
    p.add_argument("--sizes", default="10000,100000,1000000")
    p.add_argument("--compact", action="store_true", help="the <=100 bytes/vector IVF-PQ option")
    p.add_argument("--plot", default="reports/bench/index.png")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_bench_index)

    p = sub.add_parser("evaluate", help="evaluate the shipped model on held-out data; writes a model card")
    p.add_argument("task", help="category, colour, pattern, usage, parsing, retrieval, outfits or transfer")
    p.add_argument("--split", choices=["val", "all"], default="val", help="category: which clothing photos")
    p.add_argument(
        "--limit", type=int, default=None, help="products / parsing: evaluate only the first N held-out"
    )
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
