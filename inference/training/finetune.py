"""Partial fine-tuning of EfficientNet-Lite0 for garment category, affordable on a CPU.

The trunk (stem and stages 1–5, frozen) runs once per photo and its 14×14 activations are cached;
the last stages (6–7), the 1×1 head convolution and a classifier are then trained on the cache, with
mirrored photos and random spatial shifts as augmentation. At inference the trunk is shared: the
frozen tail gives the embedding every other head reads, the fine-tuned tail gives the category.
"""

from __future__ import annotations

import copy
import hashlib
from pathlib import Path

import numpy as np
import torch
from torch import nn
from tqdm import tqdm

from ..backbones import create_backbone
from ..config import ModelConfig
from ..images import to_tensor
from .data import Photo
from .features import open_rgb
from .fit import accuracy

SPLIT_BLOCK = 11  # blocks[:11] are stages 1–5 (output 112 × 14 × 14 at 224 px)


def trunk_and_tail(config: ModelConfig) -> tuple[nn.Module, nn.Module]:
    """Split the Lite0 backbone into a frozen trunk and a trainable tail (both eval mode)."""
    net = create_backbone(config.backbone, config.backbone_weights).net  # type: ignore[union-attr]
    return LiteTrunk(net).eval(), LiteTail(net).eval()


class LiteTrunk(nn.Module):
    def __init__(self, net: nn.Module) -> None:
        super().__init__()
        self.stem = nn.Sequential(net._conv_stem, net._bn0, net._swish)
        self.blocks = nn.ModuleList(net._blocks[:SPLIT_BLOCK])
        self.drop = net._global_params.drop_connect_rate
        self.n_blocks = len(net._blocks)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = self.stem(x)
        for idx, block in enumerate(self.blocks):
            x = block(x, drop_connect_rate=(self.drop or 0) * idx / self.n_blocks)
        return x


class LiteTail(nn.Module):
    def __init__(self, net: nn.Module) -> None:
        super().__init__()
        self.blocks = nn.ModuleList(copy.deepcopy(list(net._blocks[SPLIT_BLOCK:])))
        self.head = nn.Sequential(copy.deepcopy(net._conv_head), copy.deepcopy(net._bn1), nn.ReLU6())
        self.drop = net._global_params.drop_connect_rate
        self.n_blocks = len(net._blocks)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        for offset, block in enumerate(self.blocks):
            rate = (self.drop or 0) * (SPLIT_BLOCK + offset) / self.n_blocks
            x = block(x, drop_connect_rate=rate if self.training else None)
        return self.head(x).mean(dim=(2, 3))


def cache_trunk(
    trunk: nn.Module, photos: list[Photo], config: ModelConfig, cache: Path, flip: bool, batch_size: int = 32
) -> np.ndarray:
    """Trunk activations (float16) for the photos, cached on disk."""
    digest = hashlib.sha1(f"{config.backbone}:{config.input_size}:{config.mean}:{flip}".encode())
    for p in photos:
        digest.update(str(p.path).encode())
    file = cache / f"trunk-{digest.hexdigest()[:16]}.npy"
    if file.exists():
        return np.load(file, mmap_mode="r")
    out = None
    for start in tqdm(
        range(0, len(photos), batch_size), desc="trunk" + (" (mirrored)" if flip else ""), unit="batch"
    ):
        chunk = photos[start : start + batch_size]
        images = [open_rgb(p.path, flip) for p in chunk]
        with torch.inference_mode():
            acts = (
                trunk(to_tensor(images, config.input_size, config.mean, config.std))
                .numpy()
                .astype(np.float16)
            )
        if out is None:
            out = np.lib.format.open_memmap(
                file.with_suffix(".tmp.npy"), "w+", np.float16, (len(photos), *acts.shape[1:])
            )
        out[start : start + len(chunk)] = acts
    assert out is not None
    out.flush()
    del out
    file.with_suffix(".tmp.npy").replace(file)
    return np.load(file, mmap_mode="r")


class CategoryNet(nn.Module):
    """Fine-tuned tail + classifier."""

    def __init__(self, tail: nn.Module, n_classes: int, dropout: float = 0.3) -> None:
        super().__init__()
        self.tail = tail
        self.classifier = nn.Sequential(nn.Dropout(dropout), nn.Linear(1280, n_classes))

    def forward(self, acts: torch.Tensor) -> torch.Tensor:
        return self.classifier(self.tail(acts))


def _shift(batch: torch.Tensor, generator: torch.Generator) -> torch.Tensor:
    """Random spatial shift by up to one cell (replicate padding): cheap translation augmentation."""
    dx, dy = (int(v) for v in torch.randint(-1, 2, (2,), generator=generator))
    if dx == 0 and dy == 0:
        return batch
    padded = nn.functional.pad(batch, (1, 1, 1, 1), mode="replicate")
    h, w = batch.shape[2:]
    return padded[:, :, 1 + dy : 1 + dy + h, 1 + dx : 1 + dx + w]


def finetune(
    train_acts: list[np.ndarray],
    y_train: np.ndarray,
    stop_acts: np.ndarray,
    y_stop: np.ndarray,
    tail: nn.Module,
    n_classes: int,
    *,
    epochs: int = 12,
    lr_tail: float = 3e-4,
    lr_head: float = 2e-3,
    batch_size: int = 64,
    patience: int = 4,
    seed: int = 0,
) -> tuple[CategoryNet, dict[str, list[float]]]:
    """Train the tail and classifier; keep the epoch best on the early-stopping split."""
    torch.manual_seed(seed)
    model = CategoryNet(tail, n_classes)
    optimiser = torch.optim.AdamW(
        [
            {"params": model.tail.parameters(), "lr": lr_tail},
            {"params": model.classifier.parameters(), "lr": lr_head},
        ],
        weight_decay=0.05,
    )
    steps = epochs * sum(len(a) for a in train_acts) // batch_size + 1
    scheduler = torch.optim.lr_scheduler.OneCycleLR(optimiser, max_lr=[lr_tail, lr_head], total_steps=steps)
    loss_fn = nn.CrossEntropyLoss(label_smoothing=0.1)
    generator = torch.Generator().manual_seed(seed)
    history: dict[str, list[float]] = {"train_loss": [], "stop_acc": []}
    best, best_acc, stale = copy.deepcopy(model.state_dict()), -1.0, 0
    sources = [(a, i) for a in train_acts for i in range(len(a))]
    labels = np.concatenate([y_train] * len(train_acts))
    for _ in tqdm(range(epochs), desc="fine-tune", unit="epoch"):
        model.train()
        order = torch.randperm(len(sources), generator=generator).numpy()
        total = 0.0
        for start in range(0, len(order), batch_size):
            idx = order[start : start + batch_size]
            batch = torch.from_numpy(np.stack([sources[i][0][sources[i][1]] for i in idx]).astype(np.float32))
            logits = model(_shift(batch, generator))
            loss = loss_fn(logits, torch.from_numpy(labels[idx]).long())
            optimiser.zero_grad()
            loss.backward()
            optimiser.step()
            scheduler.step()
            total += float(loss.detach()) * len(idx)
        acc = accuracy(predict(model, stop_acts).argmax(1).numpy(), y_stop)
        history["train_loss"].append(total / len(order))
        history["stop_acc"].append(acc)
        if acc > best_acc:
            best, best_acc, stale = copy.deepcopy(model.state_dict()), acc, 0
        else:
            stale += 1
            if stale >= patience:
                break
    model.load_state_dict(best)
    return model.eval(), history


def predict(model: nn.Module, acts: np.ndarray, batch_size: int = 256) -> torch.Tensor:
    model.eval()
    out = []
    with torch.inference_mode():
        for start in range(0, len(acts), batch_size):
            out.append(
                model(torch.from_numpy(np.asarray(acts[start : start + batch_size], dtype=np.float32)))
            )
    return torch.cat(out).softmax(1)
