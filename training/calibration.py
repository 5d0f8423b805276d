"""Calibrated confidences: one temperature per head, fitted on data its training never fitted on,
and the reliability diagrams that show what it changed.

A head's probabilities are `softmax(logits / T)` (`Analyzer.probabilities`); T is chosen to minimise
the negative log-likelihood of the head's inner split (Guo et al., "On Calibration of Modern Neural
Networks", 2017): the category on the early-stopping senders' photos and the early-stopping
products' shop screenshots, colour and pattern on the early-stopping products, the photo colour and
pattern also on the labelled training-side photos outside their own folds. The heads that read a
product as people send it (usage, gender: `training.shot_heads`) are calibrated by their trainer on
its own early-stopping products, as shots and as screenshots, with their diagrams beside these. The answer
names two candidates only when a calibrated confidence is below `vocabulary.LOW_CONFIDENCE`, so
once T is fitted "navy or blue" means what it says: the first is as likely wrong as right.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from pathlib import Path

import numpy as np
import torch
from PIL import Image
from tqdm import tqdm


def fit_temperature(logits: torch.Tensor, labels: torch.Tensor) -> float:
    """The temperature minimising the mean negative log-likelihood of `labels` (a golden-section
    search on log T over [1/20, 20]: one dimension, convex in practice, no step size to tune)."""
    logits, labels = logits.float(), labels.long()

    def nll(log_t: float) -> float:
        return float(torch.nn.functional.cross_entropy(logits / math.exp(log_t), labels))

    low, high = math.log(1 / 20), math.log(20)
    ratio = (math.sqrt(5) - 1) / 2
    a, b = high - ratio * (high - low), low + ratio * (high - low)
    fa, fb = nll(a), nll(b)
    for _ in range(60):
        if fa < fb:
            high, b, fb = b, a, fa
            a = high - ratio * (high - low)
            fa = nll(a)
        else:
            low, a, fa = a, b, fb
            b = low + ratio * (high - low)
            fb = nll(b)
    return float(math.exp((low + high) / 2))


def reliability(probs: np.ndarray, labels: np.ndarray, bins: int = 10) -> dict[str, object]:
    """Expected calibration error and the diagram's bins: for the top answer's confidence in each
    of `bins` equal-width bins, its mean confidence, its accuracy and how many answers fell there."""
    confidence = probs.max(1)
    correct = probs.argmax(1) == labels
    edges = np.linspace(0, 1, bins + 1)
    rows = []
    ece = 0.0
    for low, high in zip(edges[:-1], edges[1:], strict=True):
        inside = (confidence > low) & (confidence <= high)
        if not inside.any():
            continue
        conf, acc = float(confidence[inside].mean()), float(correct[inside].mean())
        ece += inside.mean() * abs(conf - acc)
        rows.append(
            {
                "low": float(low),
                "high": float(high),
                "confidence": conf,
                "accuracy": acc,
                "n": int(inside.sum()),
            }
        )
    return {"ece": float(ece), "accuracy": float(correct.mean()), "n": int(len(labels)), "bins": rows}


def calibrate(logits: torch.Tensor, labels: np.ndarray) -> dict[str, object]:
    """Fit a temperature on (logits, labels); the reliability before and after."""
    y = torch.from_numpy(np.asarray(labels)).long()
    temperature = fit_temperature(logits, y)
    before = torch.softmax(logits.float(), 1).numpy()
    after = torch.softmax(logits.float() / temperature, 1).numpy()
    return {
        "temperature": temperature,
        "before": reliability(before, y.numpy()),
        "after": reliability(after, y.numpy()),
    }


def plot_reliability(results: dict[str, dict[str, object]], path: Path) -> None:
    """One reliability diagram per head (accuracy against confidence, before and after its
    temperature), side by side, written as a PNG."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, axes = plt.subplots(1, len(results), figsize=(3.6 * len(results), 3.6), squeeze=False)
    for ax, (name, result) in zip(axes[0], results.items(), strict=True):
        ax.plot([0, 1], [0, 1], color="grey", linestyle=":", linewidth=1)
        for key, style in (("before", "o--"), ("after", "s-")):
            diagram = result[key]  # type: ignore[index]
            bins = diagram["bins"]  # type: ignore[index]
            ax.plot(
                [b["confidence"] for b in bins],
                [b["accuracy"] for b in bins],
                style,
                label=f"{key} (ECE {diagram['ece']:.3f})",  # type: ignore[index]
            )
        ax.set_title(f"{name}: T = {result['temperature']:.2f}", fontsize=9)
        ax.set_xlabel("confidence")
        ax.set_ylabel("accuracy")
        ax.set_xlim(0, 1)
        ax.set_ylim(0, 1)
        ax.legend(fontsize=7, loc="upper left")
    fig.tight_layout()
    fig.savefig(str(path), dpi=110)
    plt.close(fig)


def calibrate_checkpoint(
    checkpoint: Path, root: Path | None = None, *, products: int = 1200, report_dir: Path | None = None
) -> dict[str, dict[str, object]]:
    """Fit the temperature of the category, colour and pattern heads on their inner splits
    (the category: the early-stopping senders' photos and shop screenshots of early-stopping
    products; the others: up to `products` early-stopping product shots), write them into
    `checkpoint` and the reliability diagrams into `report_dir`."""
    from inference.analyzer import Analyzer
    from inference.heads import load_checkpoint, save_checkpoint
    from inference.images import open_rgb
    from shared_data import load_photos, load_products, split_photos

    from .full_finetune import as_screenshot, is_stop_product
    from .tasks import inner_split

    analyzer = Analyzer.from_checkpoint(checkpoint, "cpu")
    labels = {name: analyzer.config.heads[name].labels for name in ("category", "colour", "pattern")}
    train = split_photos(load_photos(root))[0]
    stop_photos = [p for p, s in zip(train, inner_split([p.sender_id for p in train]), strict=True) if s]
    stop_products = [p for p in load_products(root) if is_stop_product(p.id)][:products]
    screenshots = [p for p in stop_products if p.category in labels["category"]][: len(stop_photos)]

    def logits(images: list[Callable[[], Image.Image]], head: str) -> torch.Tensor:
        out = []
        for start in tqdm(range(0, len(images), 32), desc=f"calibrate {head}", unit="batch"):
            batch = [load() for load in images[start : start + 32]]
            out.append(analyzer.logits(batch)[head])
        return torch.cat(out)

    results: dict[str, dict[str, object]] = {}
    category = torch.cat(
        [
            logits([lambda p=p: open_rgb(p.path) for p in stop_photos], "category"),
            logits([lambda p=p: as_screenshot(p) for p in screenshots], "category"),
        ]
    )
    truth = [p.category for p in stop_photos] + [str(p.category) for p in screenshots]
    results["category"] = calibrate(category, np.array([labels["category"].index(t) for t in truth]))
    for head in ("colour", "pattern"):
        rows = [p for p in stop_products if getattr(p, head) in labels[head]]
        head_logits = logits([lambda p=p: open_rgb(p.path) for p in rows], head)
        y = np.array([labels[head].index(getattr(p, head)) for p in rows])
        results[head] = calibrate(head_logits, y)
    config, heads = load_checkpoint(checkpoint)
    for head, result in results.items():
        fitted = float(result["temperature"])  # type: ignore[arg-type]
        config.heads[head].temperature = fitted
        config.heads[head].calibration = {k: result[k]["ece"] for k in ("before", "after")}  # type: ignore[index]
        config.heads[head].calibration["fitted_temperature"] = fitted
    save_checkpoint(config, heads, checkpoint)
    if report_dir is not None:
        report_dir.mkdir(parents=True, exist_ok=True)
        plot_reliability(results, report_dir / "reliability.png")
        (report_dir / "metrics.json").write_text(json.dumps(results, indent=1), encoding="utf-8")
    return results
