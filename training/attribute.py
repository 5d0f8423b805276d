"""`stylist train attribute --name NAME --data DIR`: a head for any folder-per-class dataset.

For attributes the shared data does not cover (collar, jeans fit, denim wash, damage, ...): each
sub-folder of DIR is a class and holds its images. The head reads the same backbone features as every
other head, is registered in the checkpoint under NAME, and from then on the answer shows NAME with its
confidence. Without such a head the attribute is simply not shown.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import torch

from inference.backbones import create_backbone
from inference.config import HeadConfig
from inference.heads import load_checkpoint
from inference.images import to_tensor
from shared_data import in_split

from .features import compute_features
from .fit import fit_head
from .registry import register_head
from .tasks import evaluate_head

IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".webp", ".bmp"}
RESERVED = {"category", "usage", "colour", "pattern"}


def folder_dataset(root: Path) -> tuple[list[str], list[Path], np.ndarray]:
    """(class names, image paths, labels) of a folder-per-class dataset."""
    images = {
        d.name: [p for p in sorted(d.iterdir()) if p.suffix.lower() in IMAGE_SUFFIXES]
        for d in sorted(root.iterdir())
        if d.is_dir()
    }
    classes = [name for name, files in images.items() if files]
    if len(classes) < 2:
        raise ValueError(f"{root}: need at least two class folders with images")
    paths = [p for name in classes for p in images[name]]
    labels = [i for i, name in enumerate(classes) for _ in images[name]]
    return classes, paths, np.array(labels)


def train_attribute(
    checkpoint: Path, name: str, data: Path, *, epochs: int = 60, seed: int = 0
) -> dict[str, object]:
    """Train and register the head; returns its held-out metrics (20% of images, split by file name)."""
    if name in RESERVED:
        raise ValueError(f"{name!r} is one of the built-in heads")
    config, heads = load_checkpoint(checkpoint)
    classes, paths, y = folder_dataset(data)
    backbone = create_backbone(config.backbone, config.backbone_weights).eval()

    def features(images):  # type: ignore[no-untyped-def]
        with torch.inference_mode():
            return backbone(to_tensor(images, config.input_size, config.mean, config.std))

    x = compute_features(paths, features, desc=f"{name} images")
    x_flip = compute_features(paths, features, flip=True, desc=f"{name} mirrored")
    with torch.inference_mode():
        x, x_flip = (
            heads.standardise({"backbone": torch.from_numpy(a)})["backbone"].numpy() for a in (x, x_flip)
        )
    held = np.array([in_split(f"attr:{p.parent.name}/{p.name}", 0.2) for p in paths])
    if held.all() or not held.any():
        held = np.arange(len(paths)) % 5 == 0
    head_config = HeadConfig(labels=classes, kind="attribute")
    head, _ = fit_head(
        np.concatenate([x[~held], x_flip[~held]]),
        np.concatenate([y[~held]] * 2),
        x[held],
        y[held],
        head_config,
        epochs=epochs,
        patience=epochs,
        seed=seed,
        desc=name,
    )
    metrics = evaluate_head(head, x[held], y[held], classes)
    head_config.metrics = {"accuracy": metrics["accuracy"], "macro_f1": metrics["macro_f1"]}  # type: ignore[dict-item]
    head_config.trained_on = f"{int((~held).sum())} images of {data} (+ mirrored); {int(held.sum())} held out"
    register_head(checkpoint, name, head_config, head)
    return {"name": name, "classes": classes, **{k: metrics[k] for k in ("accuracy", "macro_f1", "n")}}
