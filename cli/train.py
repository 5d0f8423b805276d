"""`stylist train TASK`: every model and statistic the bot ships, retrained from the shared data."""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from application import Settings

TRAIN_TASKS = ", ".join(
    ("heads", "category-finetune", "category-full", "embedding", "parsing", "outfit-gate", "clothing-gate")
    + ("attribute", "photo-heads", "gender", "usage", "calibrate")
    + ("fashion-mnist", "outfits")
)
# Stylist's Fashion-MNIST model and its partner (`stylist train fashion-mnist`), committed: 1.6 MB each.
FASHION_MNIST_WEIGHTS = Path(__file__).resolve().parents[1] / "inference" / "weights" / "fashion-mnist.pt"
FASHION_MNIST_PARTNER = FASHION_MNIST_WEIGHTS.with_name("fashion-mnist-partner.pt")


def train(args: argparse.Namespace) -> int:
    from inference.config import DEFAULT_CHECKPOINT
    from training.tasks import DEFAULT_CACHE, train_heads

    checkpoint = Path(args.out) if args.out else DEFAULT_CHECKPOINT  # all but fashion-mnist

    if args.task == "outfits":
        from matching.compat import DEFAULT_STATS, Compatibility, is_held_out, load_outfits

        outfits = load_outfits(Settings.from_env().data_dir / "ccp" / "outfit_tags.csv")
        compat = Compatibility.fit([slots for photo, slots in outfits if not is_held_out(photo)])
        compat.save(DEFAULT_STATS)
        print(json.dumps({"outfits": compat.outfits, "written": str(DEFAULT_STATS)}))
        return 0
    if args.task == "fashion-mnist":
        from training.fashion_mnist import train_baseline, train_improved

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
        from training.attribute import train_attribute

        if not args.name or not args.data:
            print("train attribute needs --name NAME --data DIR (one sub-folder per class)", file=sys.stderr)
            return 2
        result = train_attribute(checkpoint, args.name, Path(args.data))
        print(json.dumps(result, ensure_ascii=False))
        return 0
    if args.task in ("embedding", "category-finetune", "parsing", "outfit-gate", "clothing-gate"):
        from training.clothing_gate import train_clothing_gate
        from training.embedding import train_embedding
        from training.finetune import train_category_finetune
        from training.outfit_gate import train_outfit_gate
        from training.parsing import train_parsing

        # task -> (trainer, key of its result, default epochs)
        trainers = {
            "embedding": (train_embedding, "embedding", 8),
            "category-finetune": (train_category_finetune, "category", 8),
            "parsing": (train_parsing, "parsing", 40),
            "outfit-gate": (train_outfit_gate, "outfit_gate", 300),
            "clothing-gate": (train_clothing_gate, "clothing_gate", 400),
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
    if args.task == "calibrate":
        from training.calibration import calibrate_checkpoint

        results = calibrate_checkpoint(checkpoint, report_dir=Path(args.report_dir) / "calibration")
        summary = {
            head: {"temperature": round(float(r["temperature"]), 3)}  # type: ignore[arg-type]
            | {f"ece_{k}": round(r[k]["ece"], 4) for k in ("before", "after")}  # type: ignore[index]
            for head, r in results.items()
        }
        print(json.dumps(summary, indent=None if args.json else 2))
        return 0
    if args.task == "photo-heads":
        from training.photo_heads import train_photo_heads
        from training.photo_labels import TRAINING_LABELS

        labels = [Path(f) for f in args.labels.split(",")] if args.labels else list(TRAINING_LABELS)
        print(
            json.dumps(train_photo_heads(checkpoint, labels, seed=args.seed), indent=None if args.json else 2)
        )
        return 0
    if args.task in ("gender", "usage"):
        from training.shot_heads import train_gender, train_usage

        train_shot = train_gender if args.task == "gender" else train_usage
        result = train_shot(
            checkpoint,
            report_dir=Path(args.report_dir) / "calibration",
            cache=DEFAULT_CACHE,
            per_domain=args.products or {"gender": 4000, "usage": 6000}[args.task],
            seed=args.seed,
        )
        print(json.dumps(result, indent=None if args.json else 2))
        return 0
    if args.task == "category-full":  # a comparison row for `stylist evaluate transfer`; --ship ships it
        from training.full_finetune import train_full_finetune

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
                screenshots_per_class=args.screenshots,
                extra_share=args.extra_share,
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


def add_commands(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
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
    p.add_argument(
        "--labels",
        default="",
        help="photo-heads: image,colour,neighbour,pattern CSVs of labelled clothing photos, comma-separated "
        "(default shared_data/labels/clothing_attributes.csv,clothing_patterns.csv)",
    )
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
        help="category-full: mix up to N training product shots per category into the photos; gender: N "
        "product shots and N shop screenshots to train on (default 4000; usage: 6000)",
    )
    p.add_argument(
        "--screenshots",
        type=int,
        default=0,
        help="category-full: mix up to N synthetic shop screenshots of training products per category",
    )
    p.add_argument(
        "--extra-share",
        type=float,
        default=0.5,
        help="category-full: each mixed-in source gives at most this share of the photos per epoch",
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
    p.set_defaults(func=train)
