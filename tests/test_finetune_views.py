"""Partial fine-tuning's crop views: reproducible random resized crops of the photo's centre square."""

from __future__ import annotations

import numpy as np
import torch
from PIL import Image

from training.finetune import crop_view


def _photo() -> Image.Image:
    rng = np.random.default_rng(0)
    return Image.fromarray(rng.integers(0, 256, (90, 120, 3), dtype=np.uint8))


def test_crop_views_are_square_at_the_input_size_and_reproducible() -> None:
    photo = _photo()
    a = crop_view(photo, torch.Generator().manual_seed(17), 56)
    b = crop_view(photo, torch.Generator().manual_seed(17), 56)
    assert a.size == (56, 56) and a.mode == "RGB"
    assert np.array_equal(np.asarray(a), np.asarray(b))  # same view number and photo → same crop


def test_crop_views_differ_between_views() -> None:
    photo = _photo()
    views = [np.asarray(crop_view(photo, torch.Generator().manual_seed(k), 56)) for k in range(1, 5)]
    assert len({v.tobytes() for v in views}) == 4


def test_fine_tuning_runs_its_schedule_over_several_views() -> None:
    """Several cached views whose total does not divide into batches: the one-cycle schedule has
    room for every step of every epoch (it once ran one step short and crashed in the last epoch)."""
    from torch import nn

    from training.finetune import finetune

    rng = np.random.default_rng(0)
    views = [rng.standard_normal((10, 4, 3, 3)).astype(np.float16) for _ in range(3)]
    y = rng.integers(0, 3, 10)
    tail = nn.Sequential(nn.Conv2d(4, 1280, 1), nn.AdaptiveAvgPool2d(1), nn.Flatten())
    model, history = finetune(views, y, views[0][:4], y[:4], tail, 3, epochs=3, batch_size=4, patience=9)
    assert len(history["stop_acc"]) == 3
    assert model(torch.zeros(2, 4, 3, 3)).shape == (2, 3)
