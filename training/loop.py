"""The one training loop every trainer uses.

A trainer says what an epoch's batches are (`batches(epoch)` yields each batch's loss and size, the
forward pass done), how the model is scored on its early-stopping split (`score()`, higher is
better), and how the learning rate moves; `fit` does the rest the same way for all of them: the
optimiser steps, the progress bar, the history, keeping the best epoch's weights, early stopping.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

import torch
from torch import nn
from tqdm import tqdm

Batch = tuple[torch.Tensor, int] | tuple[torch.Tensor, int, int]  # loss, size (, correct predictions)


@dataclass
class History:
    """One run, epoch by epoch: training loss (and accuracy, where the batches count it), the
    early-stopping split's score, and the epoch whose weights were kept."""

    train_loss: list[float] = field(default_factory=list)
    train_acc: list[float] = field(default_factory=list)
    val_acc: list[float] = field(default_factory=list)  # the stop score, whatever it measures
    best_epoch: int = 0

    def series(self, score_name: str) -> dict[str, list[float]]:
        """The curves under the names a run report gives them ('train_loss', 'stop_mean_iou', ...)."""
        return {"train_loss": self.train_loss} | ({score_name: self.val_acc} if self.val_acc else {})


def fit(
    model: nn.Module,
    optimiser: torch.optim.Optimizer,
    batches: Callable[[int], Iterable[Batch]],
    epochs: int,
    *,
    score: Callable[[], float] | None = None,
    scheduler: Any = None,
    scheduler_per_batch: bool = True,
    patience: int | None = None,
    train_mode: Callable[[], None] | None = None,
    on_epoch: Callable[[int, float, float | None], None] | None = None,
    desc: str = "fit",
) -> History:
    """Train for up to `epochs`; with `score`, keep the weights of the best-scoring epoch and stop
    after `patience` epochs without a better one (None: never stop early). `train_mode` puts the
    model in training mode (default `model.train()`; e.g. with frozen batch-norm statistics)."""
    history = History()
    best_state: dict[str, torch.Tensor] | None = None
    best, stale = float("-inf"), 0
    with tqdm(range(epochs), desc=desc, unit="epoch") as bar:
        for epoch in bar:
            (train_mode or model.train)()
            total, seen, correct = 0.0, 0, 0
            for batch in batches(epoch):
                loss, n = batch[0], batch[1]
                optimiser.zero_grad()
                loss.backward()
                optimiser.step()
                if scheduler is not None and scheduler_per_batch:
                    scheduler.step()
                total += float(loss.detach()) * n
                seen += n
                correct += batch[2] if len(batch) > 2 else 0  # type: ignore[misc]
            if scheduler is not None and not scheduler_per_batch:
                scheduler.step()
            history.train_loss.append(total / max(seen, 1))
            if correct:
                history.train_acc.append(correct / seen)
            value = score() if score is not None else None
            postfix = {"loss": f"{history.train_loss[-1]:.3f}"}
            if on_epoch is not None:
                on_epoch(epoch, history.train_loss[-1], value)
            if value is None:
                bar.set_postfix(postfix)
                continue
            history.val_acc.append(value)
            bar.set_postfix(postfix | {"stop": f"{value:.3f}"})
            if value > best:
                best, stale, history.best_epoch = value, 0, epoch
                best_state = copy.deepcopy(model.state_dict())
            else:
                stale += 1
                if patience is not None and stale >= patience:
                    break
    if best_state is not None:
        model.load_state_dict(best_state)
    model.eval()
    return history
