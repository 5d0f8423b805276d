"""Fitting heads on cached features (seeded, early-stopped on an inner split, through `loop.fit`) and
the classification metrics every evaluation shares."""

from __future__ import annotations

import random
from collections.abc import Iterator

import numpy as np
import torch
from torch import nn

from inference.config import HeadConfig
from inference.heads import build_head

from .loop import Batch, History, fit


def seed_everything(seed: int) -> None:
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)


def class_weights(y: np.ndarray, n_classes: int, power: float = 0.5) -> torch.Tensor:
    """Inverse-frequency weights softened by `power`, so rare classes are not drowned out."""
    counts = np.bincount(y, minlength=n_classes).astype(np.float64)
    weights = (counts.sum() / np.maximum(counts, 1)) ** power
    return torch.tensor(weights / weights[counts > 0].mean(), dtype=torch.float32)


def fit_head(
    x_train: np.ndarray,
    y_train: np.ndarray,
    x_stop: np.ndarray,
    y_stop: np.ndarray,
    config: HeadConfig,
    *,
    epochs: int = 60,
    lr: float = 1e-3,
    weight_decay: float = 1e-3,
    batch_size: int = 256,
    patience: int = 8,
    balance: float = 0.5,
    label_smoothing: float = 0.1,
    seed: int = 0,
    desc: str = "head",
) -> tuple[nn.Module, History]:
    """Train one head on standardised features; keep the epoch best on the early-stopping split."""
    seed_everything(seed)
    n_classes = len(config.labels)
    head = build_head(x_train.shape[1], config)
    optimiser = torch.optim.AdamW(head.parameters(), lr=lr, weight_decay=weight_decay)
    scheduler = torch.optim.lr_scheduler.CosineAnnealingLR(optimiser, T_max=epochs)
    loss_fn = nn.CrossEntropyLoss(
        weight=class_weights(y_train, n_classes, balance), label_smoothing=label_smoothing
    )
    xt, yt = torch.from_numpy(x_train), torch.from_numpy(y_train).long()
    xs = torch.from_numpy(x_stop)
    generator = torch.Generator().manual_seed(seed)

    def batches(epoch: int) -> Iterator[Batch]:
        order = torch.randperm(len(xt), generator=generator)
        for start in range(0, len(xt), batch_size):
            idx = order[start : start + batch_size]
            logits = head(xt[idx])
            yield loss_fn(logits, yt[idx]), len(idx), int((logits.argmax(1) == yt[idx]).sum())

    history = fit(
        head,
        optimiser,
        batches,
        epochs,
        score=lambda: accuracy(predict_logits(head, xs).argmax(1).numpy(), y_stop),
        scheduler=scheduler,
        scheduler_per_batch=False,
        patience=patience,
        desc=desc,
    )
    return head, history


def predict_logits(head: nn.Module, x: torch.Tensor | np.ndarray) -> torch.Tensor:
    tensor = torch.from_numpy(x) if isinstance(x, np.ndarray) else x
    head.eval()
    with torch.inference_mode():
        return head(tensor)


def accuracy(pred: np.ndarray, true: np.ndarray) -> float:
    return float((pred == true).mean()) if len(true) else 0.0


def confusion(pred: np.ndarray, true: np.ndarray, n: int) -> np.ndarray:
    matrix = np.zeros((n, n), dtype=np.int64)
    np.add.at(matrix, (true, pred), 1)
    return matrix


def per_class(matrix: np.ndarray, labels: list[str]) -> dict[str, dict[str, float]]:
    """Precision, recall, F1 and support of each class from a confusion matrix (rows = truth)."""
    out = {}
    for i, label in enumerate(labels):
        tp = matrix[i, i]
        precision = tp / matrix[:, i].sum() if matrix[:, i].sum() else 0.0
        recall = tp / matrix[i].sum() if matrix[i].sum() else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        out[label] = {
            "precision": float(precision),
            "recall": float(recall),
            "f1": float(f1),
            "support": int(matrix[i].sum()),
        }
    return out


def macro_f1(table: dict[str, dict[str, float]]) -> float:
    present = [row["f1"] for row in table.values() if row["support"]]
    return float(np.mean(present)) if present else 0.0
