"""Pixel colour features of the garment region: a centre-weighted HSV histogram that ignores a plain
white background. The colour head reads these beside the backbone features, because ImageNet
features are trained to be colour-invariant and ignore much of what a colour name needs."""

from __future__ import annotations

import numpy as np
from PIL import Image

from .images import letterbox

SIZE = 64
HUE_BINS, SAT_BINS, VAL_BINS = 18, 3, 4
DIM = HUE_BINS * SAT_BINS * VAL_BINS + 6  # histogram + weighted mean RGB + mean HSV (s, v) + white share


def _weights(size: int) -> np.ndarray:
    """A centre-weighted window: the garment is usually in the middle of the picture."""
    ax = np.linspace(-1, 1, size)
    xx, yy = np.meshgrid(ax, ax)
    return np.exp(-(xx**2 + yy**2) / (2 * 0.5**2))


_WINDOW = _weights(SIZE)


def garment_region(image: Image.Image) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The image letterboxed to SIZE as RGB and HSV in [0, 1], and each pixel's weight (summing
    to 1): centre-weighted, plain white background left out unless that leaves almost nothing."""
    boxed = letterbox(image, SIZE)
    rgb = np.asarray(boxed, dtype=np.float32) / 255.0
    hsv = np.asarray(boxed.convert("HSV"), dtype=np.float32) / 255.0
    background = (hsv[..., 2] > 0.93) & (hsv[..., 1] < 0.06)
    weight = _WINDOW * ~background
    if weight.sum() < 0.05 * _WINDOW.sum():  # a white garment on white: use everything
        weight = _WINDOW.copy()
    return rgb, hsv, weight / weight.sum()


def colour_features(image: Image.Image) -> np.ndarray:
    """(DIM,) float32 colour descriptor of the garment region of an RGB image."""
    rgb, hsv, weight = garment_region(image)
    h, s, v = hsv[..., 0], hsv[..., 1], hsv[..., 2]
    white_share = float(((v > 0.93) & (s < 0.06)).mean())
    hi = np.minimum((h * HUE_BINS).astype(int), HUE_BINS - 1)
    si = np.minimum((s * SAT_BINS).astype(int), SAT_BINS - 1)
    vi = np.minimum((v * VAL_BINS).astype(int), VAL_BINS - 1)
    bins = (hi * SAT_BINS + si) * VAL_BINS + vi
    hist = np.bincount(bins.ravel(), weights=weight.ravel(), minlength=HUE_BINS * SAT_BINS * VAL_BINS)
    mean_rgb = (rgb * weight[..., None]).sum(axis=(0, 1))
    mean_sv = np.array([(s * weight).sum(), (v * weight).sum()])
    return np.concatenate([np.sqrt(hist), mean_rgb, mean_sv, [white_share]]).astype(np.float32)


def colour_features_batch(images: list[Image.Image]) -> np.ndarray:
    return np.stack([colour_features(im) for im in images]) if images else np.zeros((0, DIM), np.float32)
