"""Backbone features for image files, batched with a progress bar and cached on disk by content."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from pathlib import Path

import numpy as np
import torch
from PIL import Image
from tqdm import tqdm

from inference.images import open_rgb

log = logging.getLogger(__name__)
FeatureFn = Callable[[list[Image.Image]], torch.Tensor]


def compute_features(
    paths: list[Path],
    features_fn: FeatureFn,
    *,
    batch_size: int = 64,
    flip: bool = False,
    desc: str = "features",
) -> np.ndarray:
    """Raw pooled features of every file, (N, D) float32, in order."""
    out: list[np.ndarray] = []
    with tqdm(total=len(paths), desc=desc, unit="img") as bar:
        for start in range(0, len(paths), batch_size):
            chunk = paths[start : start + batch_size]
            out.append(features_fn([open_rgb(p, flip) for p in chunk]).numpy().astype(np.float32))
            bar.update(len(chunk))
    return np.concatenate(out) if out else np.zeros((0, 0), np.float32)


def cached_features(
    paths: list[Path],
    features_fn: FeatureFn,
    cache_dir: Path,
    key: str,
    *,
    flip: bool = False,
    desc: str = "features",
) -> np.ndarray:
    """`compute_features`, memoised in `cache_dir` under a hash of the key and the file list."""
    digest = hashlib.sha1(key.encode())
    for path in paths:
        digest.update(str(path).encode())
    file = cache_dir / f"{desc.replace(' ', '_')}-{digest.hexdigest()[:16]}{'-flip' if flip else ''}.npy"
    if file.exists():
        log.info("features from cache %s", file)
        return np.load(file)
    features = compute_features(paths, features_fn, flip=flip, desc=desc)
    cache_dir.mkdir(parents=True, exist_ok=True)
    np.save(file, features)
    return features


def colour_features_of(paths: list[Path], cache_dir: Path) -> np.ndarray:
    """Pixel colour features (`inference.colour`) of image files, cached like backbone features."""
    from inference.colour import DIM, colour_features_batch

    return cached_features(
        paths,
        lambda images: torch.from_numpy(colour_features_batch(images)),
        cache_dir,
        f"colour:{DIM}",
        desc="product colours",
    )
