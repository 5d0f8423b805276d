"""Fashion-MNIST: the published baseline, reproduced as specified, with its test accuracy and speed.

Baseline: two conv blocks (32 and 64 filters, 3×3, batch norm, ReLU, 2×2 max-pool, dropout 0.2),
dense 128, softmax over 10 classes; Adam, 15 epochs, 45k/15k train/validation split of the 60k
training images (reported: 95.72% train / 93.64% validation). Data from the Debian package
`dataset-fashion-mnist` (`/usr/share/datasets/fashion-mnist/`).
"""

from __future__ import annotations

import gzip
import time
from pathlib import Path

import numpy as np
import torch
from torch import nn
from tqdm import tqdm

from .fit import seed_everything

DATA_DIR = Path("/usr/share/datasets/fashion-mnist")


def load_idx(path: Path) -> np.ndarray:
    with gzip.open(path, "rb") as handle:
        data = handle.read()
    dims = data[3]
    shape = tuple(int.from_bytes(data[4 + 4 * i : 8 + 4 * i], "big") for i in range(dims))
    return np.frombuffer(data, dtype=np.uint8, offset=4 + 4 * dims).reshape(shape)


def load(split: str, root: Path = DATA_DIR) -> tuple[torch.Tensor, torch.Tensor]:
    prefix = "train" if split == "train" else "t10k"
    x = load_idx(root / f"{prefix}-images-idx3-ubyte.gz")
    y = load_idx(root / f"{prefix}-labels-idx1-ubyte.gz")
    return torch.from_numpy(x.copy()).float().div_(255).unsqueeze(1), torch.from_numpy(y.copy()).long()


def baseline() -> nn.Module:
    def block(c_in: int, c_out: int) -> nn.Sequential:
        return nn.Sequential(
            nn.Conv2d(c_in, c_out, 3, padding=1),
            nn.BatchNorm2d(c_out),
            nn.ReLU(),
            nn.MaxPool2d(2),
            nn.Dropout(0.2),
        )

    return nn.Sequential(
        block(1, 32), block(32, 64), nn.Flatten(), nn.Linear(64 * 7 * 7, 128), nn.ReLU(), nn.Linear(128, 10)
    )


def accuracy(model: nn.Module, x: torch.Tensor, y: torch.Tensor, batch: int = 1024) -> float:
    model.eval()
    correct = 0
    with torch.inference_mode():
        for i in range(0, len(x), batch):
            correct += int((model(x[i : i + batch]).argmax(1) == y[i : i + batch]).sum())
    return correct / len(x)


def throughput(model: nn.Module, batch: int = 256, repeats: int = 20) -> float:
    """Images per second on this machine's CPU at batch 256."""
    model.eval()
    x = torch.rand(batch, 1, 28, 28)
    with torch.inference_mode():
        model(x)
        started = time.perf_counter()
        for _ in range(repeats):
            model(x)
    return batch * repeats / (time.perf_counter() - started)


def train_baseline(epochs: int = 15, seed: int = 0, batch_size: int = 128) -> dict[str, float]:
    """Reproduce the baseline: 45k/15k split, Adam, 15 epochs; report train/val/test and speed."""
    seed_everything(seed)
    x, y = load("train")
    order = torch.randperm(len(x), generator=torch.Generator().manual_seed(seed))
    train_idx, val_idx = order[:45_000], order[45_000:]
    model = baseline()
    optimiser = torch.optim.Adam(model.parameters())
    loss_fn = nn.CrossEntropyLoss()
    for _ in tqdm(range(epochs), desc="fashion-mnist baseline", unit="epoch"):
        model.train()
        perm = train_idx[torch.randperm(len(train_idx))]
        for i in range(0, len(perm), batch_size):
            idx = perm[i : i + batch_size]
            loss = loss_fn(model(x[idx]), y[idx])
            optimiser.zero_grad()
            loss.backward()
            optimiser.step()
    x_test, y_test = load("test")
    return {
        "train_accuracy": accuracy(model, x[train_idx], y[train_idx]),
        "val_accuracy": accuracy(model, x[val_idx], y[val_idx]),
        "test_accuracy": accuracy(model, x_test, y_test),
        "images_per_s_batch256": round(throughput(model), 1),
        "epochs": epochs,
    }
