"""The pixel-clustering colour baseline and the model card's comparison table."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw

from training.colour_clustering import dominant_lab, fixed_references, name, rgb_to_lab
from training.evaluate import write_card


def test_lab_of_white_black_and_red() -> None:
    lab = rgb_to_lab(np.array([[1.0, 1.0, 1.0], [0.0, 0.0, 0.0], [1.0, 0.0, 0.0]]))
    assert np.allclose(lab[0], [100, 0, 0], atol=0.5)
    assert np.allclose(lab[1], [0, 0, 0], atol=0.5)
    assert np.allclose(lab[2], [53.2, 80.1, 67.2], atol=1.0)


@pytest.mark.parametrize(("garment", "expected"), [((200, 30, 40), "red"), ((30, 40, 80), "navy")])
def test_the_garment_not_the_background_or_a_print_names_the_colour(
    garment: tuple[int, int, int], expected: str
) -> None:
    """A garment on a white studio background with a small yellow print on it."""
    image = Image.new("RGB", (60, 80), (255, 255, 255))
    draw = ImageDraw.Draw(image)
    draw.rectangle((12, 10, 48, 72), fill=garment)
    draw.rectangle((26, 30, 34, 38), fill=(240, 210, 60))
    assert name(dominant_lab(image), fixed_references()) == expected


def test_a_white_garment_on_white_is_white() -> None:
    image = Image.new("RGB", (60, 80), (255, 255, 255))
    ImageDraw.Draw(image).rectangle((12, 10, 48, 72), fill=(246, 246, 244))
    assert name(dominant_lab(image), fixed_references()) == "white"


def test_the_card_compares_the_head_with_its_alternatives(tmp_path: Path) -> None:
    labels = ["black", "white"]
    metrics = {
        "task": "colour",
        "data": "held-out product shots",
        "n": 4,
        "accuracy": 0.75,
        "top3_accuracy": 1.0,
        "macro_f1": 0.73,
        "per_class": {label: {"precision": 0.8, "recall": 0.7, "f1": 0.73, "support": 2} for label in labels},
        "labels": labels,
        "confusion": [[2, 0], [1, 1]],
        "backbone": "efficientnet_lite0",
        "model": "test",
        "failures": [],
        "alternatives": {"pixel clustering, fixed references": {"n": 4, "accuracy": 0.5, "macro_f1": 0.33}},
    }
    card = write_card(metrics, tmp_path, "stylist evaluate colour").read_text(encoding="utf-8")
    assert "| the shipped head | 0.7500 | 0.7300 |" in card
    assert "| pixel clustering, fixed references | 0.5000 | 0.3300 |" in card
    assert (tmp_path / "confusion.png").exists()
