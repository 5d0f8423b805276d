"""`stylist evaluate TASK`: the shipped models and statistics on held-out data, with model cards."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from application import Settings
from training.catalog_eval import evaluate_catalog_retrieval, evaluate_outfit_slots

if TYPE_CHECKING:
    from shared_data import Photo


def _wanted(product_id: int, split: str) -> bool:
    """A held-out product (`--split val` / `held-out`), or one of the tenth of the training side kept
    for tuning (`--split inner`: `shared_data.is_inner_product`; heads trained on products leave it out)."""
    from shared_data import is_held_out_product, is_inner_product

    return is_inner_product(product_id) if split == "inner" else is_held_out_product(product_id)


def _photos(settings: Settings, split: str, limit: int | None) -> list[Photo]:
    """The real photos of the split: held-out senders', or the early-stopping senders' for inner."""
    from shared_data import inner_photos, load_photos, split_photos

    photos = load_photos(settings.data_dir)
    return (inner_photos(photos) if split == "inner" else split_photos(photos)[1])[:limit]


async def evaluate_coherence_command(args: argparse.Namespace) -> int:
    """`stylist evaluate coherence`: metrics, and the collages of a formal, a sports and a winter
    query, in `--out-dir`/coherence."""
    from application import Stylist
    from bot.collage import make_collage
    from bot.texts import render_items
    from cli.analyze import plain
    from evaluation.coherence import evaluate_coherence, forget_evaluation_rows
    from inference.images import open_rgb
    from shared_data import read_products

    settings = Settings.from_env()
    if args.data:
        queries = [p for p in read_products(Path(args.data)) if p.category]
    else:
        queries = [
            p
            for p in read_products(settings.data_dir / "products")
            if p.category and _wanted(p.id, args.split)
        ]
    queries = queries[: args.limit] if args.limit else queries
    photos = [] if args.data else _photos(settings, args.split, args.photos)
    out = Path(args.out_dir) / "coherence"
    out.mkdir(parents=True, exist_ok=True)
    stylist = await Stylist.open(settings)
    try:
        result = await evaluate_coherence(stylist, queries, photos)
        for key, (analysis_id, photo) in result["examples"].items():  # type: ignore[union-attr]
            slots = await stylist.recommend.outfit(analysis_id)
            tiles = [[i.image for i in slot.items] for slot in slots]
            user = await asyncio.to_thread(open_rgb, Path(photo))
            (out / f"{key}.jpg").write_bytes(await asyncio.to_thread(make_collage, user, tiles))
            listing = plain(render_items(f"{key}: {Path(photo).name}", slots, "en"))
            (out / f"{key}.txt").write_text(listing + "\n", encoding="utf-8")
    finally:  # the evaluation's own analyses go, whatever happened
        await forget_evaluation_rows(stylist)
        await stylist.close()
    (out / "metrics.json").write_text(json.dumps(result, indent=1), encoding="utf-8")
    print(json.dumps(result) if args.json else json.dumps(result, indent=2))
    return 0


async def evaluate_style_command(args: argparse.Namespace) -> int:
    """`stylist evaluate style`: the answered style on held-out product shots and real photos."""
    from application import Stylist
    from evaluation.coherence import forget_evaluation_rows
    from evaluation.style import evaluate_style, style_card
    from shared_data import read_products

    settings = Settings.from_env()
    folder = Path(args.data) if args.data else settings.data_dir / "products"
    products = [
        p
        for p in read_products(folder)
        if (p.usage or p.gender in ("men", "women")) and (args.data or _wanted(p.id, args.split))
    ]
    products = products[: args.limit] if args.limit else products
    photos = _photos(settings, args.split, args.photos)
    stylist = await Stylist.open(settings)
    try:
        result = await evaluate_style(stylist, products, photos)
    finally:  # the evaluation's own analyses go, whatever happened
        await forget_evaluation_rows(stylist)
        await stylist.close()
    out = Path(args.out_dir) / "style"
    out.mkdir(parents=True, exist_ok=True)
    (out / "metrics.json").write_text(json.dumps(result, indent=1), encoding="utf-8")
    (out / "README.md").write_text(style_card(result, "stylist " + " ".join(sys.argv[1:])), encoding="utf-8")
    print(json.dumps(result) if args.json else json.dumps(result, indent=2))
    return 0


def evaluate(args: argparse.Namespace) -> int:
    from inference import Analyzer
    from training.evaluate import evaluate_category, evaluate_category_products, evaluate_products, write_card

    settings = Settings.from_env()
    if args.task == "coherence":
        return asyncio.run(evaluate_coherence_command(args))
    if args.task == "style":
        return asyncio.run(evaluate_style_command(args))
    if args.task == "transfer":
        from inference.config import ModelConfig
        from training.compare import compare_category, write_table
        from training.tasks import DEFAULT_CACHE

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
            asyncio.run(evaluate_catalog_retrieval(settings.database_url, settings.index_path))
            if args.task == "retrieval"
            else evaluate_outfit_slots(settings.data_dir)
        )
        out = Path(args.out_dir) / args.task
        out.mkdir(parents=True, exist_ok=True)
        (out / "metrics.json").write_text(json.dumps(result, indent=1), encoding="utf-8")
        print(json.dumps(result) if args.json else json.dumps(result, indent=2))
        return 0
    analyzer = Analyzer.from_checkpoint(settings.checkpoint, settings.device)
    if args.task == "parsing":
        from training.parsing_eval import evaluate_parsing, write_parsing_card

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
    if args.task == "attributes":  # real photos labelled by looking: colour (or its neighbour), pattern
        from training.photo_labels import DEFAULT_LABELS, evaluate_attributes, write_attributes_card

        labels = Path(args.labels) if args.labels else DEFAULT_LABELS
        images = Path(args.data) if args.data else settings.data_dir / "clothing"
        metrics = evaluate_attributes(
            analyzer, labels, images / "images" if (images / "images").is_dir() else images
        )
        card = write_attributes_card(
            metrics, Path(args.out_dir) / "attributes", "stylist " + " ".join(sys.argv[1:])
        )
        summary = {k: v for k, v in metrics.items() if k not in ("colour_failures",)}
        print(json.dumps(summary) if args.json else f"{json.dumps(summary, indent=2)}\nmodel card: {card}")
        return 0
    if args.task == "category" and args.data:  # a folder in the products' format: two domains
        if not (Path(args.data) / "styles.csv").exists():
            print(
                f"{args.data}: expected a folder in the products' format (styles.csv, images/)",
                file=sys.stderr,
            )
            return 2
        metrics = evaluate_category_products(analyzer, Path(args.data), args.limit)
    elif args.task == "category":
        metrics = evaluate_category(analyzer, settings.data_dir, args.split)
    elif args.task in ("colour", "pattern", "usage"):
        metrics = evaluate_products(analyzer, args.task, settings.data_dir, args.limit)
        if args.task == "colour":  # the comparison: learned head vs pixel clustering
            from training.colour_clustering import evaluate_pixel_clustering

            metrics["alternatives"] = evaluate_pixel_clustering(settings.data_dir, args.limit)
    else:
        print(
            f"unknown evaluation task {args.task!r}; available: category, colour, pattern, usage, "
            "attributes, style, parsing, retrieval, outfits, coherence, transfer",
            file=sys.stderr,
        )
        return 2
    folder = args.task + ("-products" if args.task == "category" and args.data else "")  # not the photo card
    card = write_card(metrics, Path(args.out_dir) / folder, "stylist " + " ".join(sys.argv[1:]))
    keys = ("task", "n", "accuracy", "top3_accuracy", "macro_f1", "kind_accuracy", "ten_label_accuracy")
    summary = {k: metrics[k] for k in keys + ("subsets", "domains") if metrics.get(k) is not None}
    print(json.dumps(summary) if args.json else f"{json.dumps(summary, indent=2)}\nmodel card: {card}")
    return 0


def add_commands(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("evaluate", help="evaluate the shipped model on held-out data; writes a model card")
    p.add_argument(
        "task",
        help="category, colour, pattern, usage, attributes, style, parsing, retrieval, outfits, coherence or "
        "transfer",
    )
    p.add_argument(
        "--split",
        choices=["val", "all", "held-out", "inner"],
        default="val",
        help="category: which clothing photos (val, all); coherence, style: held-out products (val, "
        "held-out) or an inner split of the training ones (inner, for tuning)",
    )
    p.add_argument(
        "--data",
        default="",
        help="coherence, category: a folder in the products' format to use instead (category: its shots "
        "and synthetic shop screenshots of them)",
    )
    p.add_argument("--photos", type=int, default=None, help="coherence: real photos for similar items")
    p.add_argument(
        "--labels",
        default="",
        help="attributes: image,colour,neighbour,pattern CSV of photos labelled by looking (default: the "
        "240 training-side ones in shared_data/labels, which the photo heads trained on)",
    )
    p.add_argument(
        "--limit", type=int, default=None, help="products / parsing: evaluate only the first N held-out"
    )
    p.add_argument("--out-dir", default="reports")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=evaluate)
