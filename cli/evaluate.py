"""`stylist evaluate TASK`: the shipped models and statistics on held-out data, with model cards."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from pathlib import Path

from application import Settings
from training.catalog_eval import evaluate_catalog_retrieval, evaluate_outfit_slots


def evaluate(args: argparse.Namespace) -> int:
    from inference import Analyzer
    from training.evaluate import evaluate_category, evaluate_products, write_card

    settings = Settings.from_env()
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
    if args.task == "category":
        metrics = evaluate_category(analyzer, settings.data_dir, args.split)
    elif args.task in ("colour", "pattern", "usage"):
        metrics = evaluate_products(analyzer, args.task, settings.data_dir, args.limit)
        if args.task == "colour":  # the comparison: learned head vs pixel clustering
            from training.colour_clustering import evaluate_pixel_clustering

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


def add_commands(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("evaluate", help="evaluate the shipped model on held-out data; writes a model card")
    p.add_argument("task", help="category, colour, pattern, usage, parsing, retrieval, outfits or transfer")
    p.add_argument("--split", choices=["val", "all"], default="val", help="category: which clothing photos")
    p.add_argument(
        "--limit", type=int, default=None, help="products / parsing: evaluate only the first N held-out"
    )
    p.add_argument("--out-dir", default="reports")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=evaluate)
