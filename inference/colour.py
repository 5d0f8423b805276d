"""Pixel colour features of the garment region: a centre-weighted HSV histogram that ignores a plain
white background. The colour head reads these beside the backbone features, because ImageNet
features are trained to be colour-invariant and ignore much of what a colour name needs."""

from __future__ import annotations

import numpy as np
from PIL import Image

from .images import fit_inside, letterbox

SIZE = 64
HUE_BINS, SAT_BINS, VAL_BINS = 18, 3, 4
DIM = HUE_BINS * SAT_BINS * VAL_BINS + 6  # histogram + weighted mean RGB + mean HSV (s, v) + white share


def _weights(size: int) -> np.ndarray:
    """A centre-weighted window: the garment is usually in the middle of the picture."""
    ax = np.linspace(-1, 1, size)
    xx, yy = np.meshgrid(ax, ax)
    return np.exp(-(xx**2 + yy**2) / (2 * 0.5**2))


_WINDOW = _weights(SIZE)


def garment_region(
    image: Image.Image, mask: np.ndarray | None = None
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The image letterboxed to SIZE as RGB and HSV in [0, 1], and each pixel's weight (summing
    to 1): centre-weighted, plain white background left out unless that leaves almost nothing. With
    `mask` (how likely each pixel is the garment, any resolution covering the image), the pixels
    weigh that instead: a garment cut from a street photo is not alone in its box."""
    boxed = letterbox(image, SIZE)
    rgb = np.asarray(boxed, dtype=np.float32) / 255.0
    hsv = np.asarray(boxed.convert("HSV"), dtype=np.float32) / 255.0
    if mask is not None and (weight := _on_canvas(mask, image.size)).sum() >= 0.02 * weight.size:
        return rgb, hsv, weight / weight.sum()
    background = (hsv[..., 2] > 0.93) & (hsv[..., 1] < 0.06)
    weight = _WINDOW * ~background
    if weight.sum() < 0.05 * _WINDOW.sum():  # a white garment on white: use everything
        weight = _WINDOW.copy()
    return rgb, hsv, weight / weight.sum()


def _on_canvas(mask: np.ndarray, size: tuple[int, int]) -> np.ndarray:
    """A [0, 1] mask over an image of `size`, placed where `letterbox(image, SIZE)` puts the image."""
    left, top, width, height, _ = fit_inside(size, (SIZE, SIZE))
    resized = Image.fromarray(np.clip(mask, 0, 1).astype(np.float32), mode="F").resize(
        (width, height), Image.Resampling.BILINEAR
    )
    canvas = np.zeros((SIZE, SIZE), dtype=np.float64)
    canvas[top : top + height, left : left + width] = np.asarray(resized)
    return canvas


def rgb_to_lab(rgb: np.ndarray) -> np.ndarray:
    """sRGB in [0, 1] (..., 3) to CIELAB (D65)."""
    linear = np.where(rgb > 0.04045, ((rgb + 0.055) / 1.055) ** 2.4, rgb / 12.92)
    xyz = linear @ np.array(
        [[0.4124, 0.2126, 0.0193], [0.3576, 0.7152, 0.1192], [0.1805, 0.0722, 0.9505]], dtype=np.float64
    )
    xyz = xyz / np.array([0.95047, 1.0, 1.08883])
    f = np.where(xyz > 0.008856, np.cbrt(xyz), 7.787 * xyz + 16 / 116)
    return np.stack([116 * f[..., 1] - 16, 500 * (f[..., 0] - f[..., 1]), 200 * (f[..., 1] - f[..., 2])], -1)


def colour_features(image: Image.Image, mask: np.ndarray | None = None) -> np.ndarray:
    """(DIM,) float32 colour descriptor of the garment region of an RGB image (see `garment_region`)."""
    rgb, hsv, weight = garment_region(image, mask)
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


def colour_features_batch(
    images: list[Image.Image], masks: list[np.ndarray | None] | None = None
) -> np.ndarray:
    if not images:
        return np.zeros((0, DIM), np.float32)
    return np.stack(
        [colour_features(im, m) for im, m in zip(images, masks or [None] * len(images), strict=True)]
    )
