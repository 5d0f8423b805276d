"""Partial fine-tuning's crop views: reproducible random resized crops of the photo's centre square."""

from __future__ import annotations

import numpy as np
from PIL import Image

from inference.training.finetune import crop_view


def _photo() -> Image.Image:
    rng = np.random.default_rng(0)
    return Image.fromarray(rng.integers(0, 256, (90, 120, 3), dtype=np.uint8))


def test_crop_views_are_square_at_the_input_size_and_reproducible() -> None:
    photo = _photo()
    a = crop_view(photo, np.random.default_rng([1, 7]), 56)
    b = crop_view(photo, np.random.default_rng([1, 7]), 56)
    assert a.size == (56, 56) and a.mode == "RGB"
    assert np.array_equal(np.asarray(a), np.asarray(b))  # same view number and photo → same crop


def test_crop_views_differ_between_views() -> None:
    photo = _photo()
    views = [np.asarray(crop_view(photo, np.random.default_rng([k, 7]), 56)) for k in range(1, 5)]
    assert len({v.tobytes() for v in views}) == 4
