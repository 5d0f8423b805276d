"""Pictures of a training run: learning curves (of every head, or of one model's series) and the
silhouette curve of the style clusters (k chosen by silhouette)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402


def training_curves(histories: dict[str, dict[str, Any]], out: Path) -> Path:
    """One panel per head: training loss, training accuracy and early-stopping accuracy by epoch."""
    out.parent.mkdir(parents=True, exist_ok=True)
    fig, axes = plt.subplots(1, len(histories), figsize=(3.6 * len(histories), 3.2), squeeze=False)
    for ax, (name, history) in zip(axes[0], histories.items(), strict=True):
        epochs = range(1, len(history["train_loss"]) + 1)
        ax.plot(epochs, history["train_acc"], label="train accuracy")
        ax.plot(epochs, history["val_acc"], label="early-stopping split")
        ax.axvline(history["best_epoch"] + 1, color="grey", linestyle=":", label="kept epoch")
        loss_ax = ax.twinx()
        loss_ax.plot(epochs, history["train_loss"], color="tab:red", alpha=0.4, label="train loss")
        loss_ax.set_ylabel("loss", color="tab:red")
        ax.set(title=name, xlabel="epoch", ylabel="accuracy")
    axes[0][0].legend(loc="lower right", fontsize=7)
    fig.tight_layout()
    fig.savefig(out, dpi=110)
    plt.close(fig)
    return out


def silhouette_curve(curve: dict[str, float] | dict[int, float], chosen: int, out: Path) -> Path:
    """Silhouette score against k (keys may be ints or, from JSON, strings), the chosen k marked."""
    out.parent.mkdir(parents=True, exist_ok=True)
    scores = {int(k): v for k, v in curve.items()}
    ks = sorted(scores)
    fig, ax = plt.subplots(figsize=(4.5, 3.2))
    ax.plot(ks, [scores[k] for k in ks], marker="o")
    ax.axvline(chosen, color="grey", linestyle=":")
    ax.set(xlabel="k (clusters)", ylabel="silhouette", title=f"style clusters: k = {chosen}")
    fig.tight_layout()
    fig.savefig(out, dpi=110)
    plt.close(fig)
    return out


def history_curves(history: dict[str, list[float]], out: Path, title: str) -> Path:
    """One panel per series of a training history (e.g. training loss, validation accuracy) by epoch."""
    out.parent.mkdir(parents=True, exist_ok=True)
    fig, axes = plt.subplots(1, len(history), figsize=(4.5 * len(history), 3.2), squeeze=False)
    for ax, (name, values) in zip(axes[0], history.items(), strict=True):
        ax.plot(range(1, len(values) + 1), values, marker="o" if len(values) < 15 else None)
        ax.set(xlabel="epoch", ylabel=name.replace("_", " "), title=f"{title}: {name.replace('_', ' ')}")
    fig.tight_layout()
    fig.savefig(out, dpi=110)
    plt.close(fig)
    return out


def write_run_report(
    report_dir: Path | None, task: str, history: dict[str, list[float]], metrics: dict[str, Any], name: str
) -> None:
    """`report_dir/task/`: the curves of a training run and its metrics with the history (JSON)."""
    if report_dir is None:
        return
    out = report_dir / task
    history_curves(history, out / "curves.png", task)
    (out / name).write_text(json.dumps(metrics | {"history": history}, indent=1), encoding="utf-8")
