"""Training-time augmentation: random resized crops and mirroring, as the category recipes use."""

from __future__ import annotations

import math

import torch
from torchvision.transforms.v2 import functional as tvf

CROP_SCALE = (0.35, 1.0)  # area share of the photo's centre square kept by a random resized crop


def crop_box(
    h: int, w: int, generator: torch.Generator, scale: tuple[float, float] = CROP_SCALE
) -> tuple[int, int, int, int]:
    """(top, left, height, width) of a random resized crop: area share `scale`, aspect 3/4–4/3."""
    area = h * w * float(torch.empty(1).uniform_(*scale, generator=generator))
    log_ratio = torch.empty(1).uniform_(math.log(3 / 4), math.log(4 / 3), generator=generator)
    ratio = math.exp(float(log_ratio))
    ch = min(h, round(math.sqrt(area / ratio)))
    cw = min(w, round(math.sqrt(area * ratio)))
    top = int(torch.randint(0, h - ch + 1, (1,), generator=generator))
    left = int(torch.randint(0, w - cw + 1, (1,), generator=generator))
    return top, left, ch, cw


def random_resized_crops(
    images: torch.Tensor, size: int, generator: torch.Generator, scale: tuple[float, float] = CROP_SCALE
) -> torch.Tensor:
    """Random resized crop (area `scale`, aspect 3/4–4/3) and mirroring of uint8 (N, 3, S, S) images."""
    n, _, h, w = images.shape
    out = torch.empty((n, 3, size, size), dtype=torch.float32)
    for i in range(n):
        top, left, ch, cw = crop_box(h, w, generator, scale)
        crop = tvf.resized_crop(images[i].float(), top, left, ch, cw, [size, size], antialias=True)
        out[i] = crop.flip(-1) if bool(torch.rand(1, generator=generator) < 0.5) else crop
    return out / 255.0
