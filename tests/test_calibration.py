"""Calibrated confidences, the foreground mask, real-photo twins mixed in by the domain gate, and the
labels of real photos."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import torch
from PIL import Image, ImageDraw

from inference.analyzer import Analyzer
from inference.colour import colour_features
from inference.config import HeadConfig
from inference.foreground import garment_mask
from inference.parsing import OutfitGate
from shared_data import data_root
from training.calibration import calibrate, fit_temperature, reliability
from training.photo_labels import DEFAULT_LABELS, load_labels
from vocabulary import COLOURS, PATTERNS


def test_fit_temperature_recovers_the_temperature_that_made_the_labels() -> None:
    generator = torch.Generator().manual_seed(0)
    logits = torch.randn(4000, 5, generator=generator) * 3
    labels = torch.multinomial((logits / 2.5).softmax(1), 1, generator=generator).squeeze(1)
    assert fit_temperature(logits, labels) == pytest.approx(2.5, rel=0.1)


def test_an_overconfident_head_is_less_confident_and_better_calibrated_after() -> None:
    generator = torch.Generator().manual_seed(1)
    logits = torch.randn(3000, 4, generator=generator) * 6  # far sharper than its accuracy
    labels = torch.multinomial((logits / 3).softmax(1), 1, generator=generator).squeeze(1).numpy()
    result = calibrate(logits, labels)
    assert result["temperature"] > 2
    assert result["after"]["ece"] < result["before"]["ece"] / 2  # type: ignore[index]
    assert result["after"]["accuracy"] == result["before"]["accuracy"]  # type: ignore[index]


def test_reliability_bins_count_every_answer() -> None:
    probs = np.array([[0.9, 0.1], [0.6, 0.4], [0.2, 0.8], [0.55, 0.45]])
    diagram = reliability(probs, np.array([0, 1, 1, 0]))
    assert sum(b["n"] for b in diagram["bins"]) == 4  # type: ignore[union-attr]
    assert diagram["accuracy"] == 0.75


def _garment_on_floor() -> Image.Image:
    """A red garment in the middle of a grey-brown floor."""
    image = Image.new("RGB", (300, 400), (120, 105, 90))
    ImageDraw.Draw(image).rectangle((90, 110, 210, 300), fill=(200, 30, 40))
    return image


def test_the_foreground_is_the_garment_not_the_floor() -> None:
    mask = garment_mask(_garment_on_floor())
    assert mask is not None
    h, w = mask.shape
    assert mask[h // 2, w // 2] > 0.5  # the garment
    assert mask[2, 2] < 0.05 and mask[h - 3, w - 3] < 0.05  # the floor


def test_a_plain_picture_has_no_foreground() -> None:
    assert garment_mask(Image.new("RGB", (200, 200), (90, 90, 90))) is None


def test_the_colour_features_read_the_garment_with_its_mask() -> None:
    image = _garment_on_floor()
    mean_rgb = slice(-6, -3)
    plain, masked = colour_features(image)[mean_rgb], colour_features(image, garment_mask(image))[mean_rgb]
    assert masked[0] > plain[0] + 0.1  # redder
    assert masked[0] > 0.65


def test_a_real_photo_twin_answers_for_real_photos_only(analyzer: Analyzer) -> None:
    """With a domain gate, the pattern answer is the photo twin's on what the gate calls a real
    photo, the product head's on a product shot; the twin is never an answer of its own."""
    labels = analyzer.config.heads["pattern"].labels
    config = analyzer.config
    twin_config = HeadConfig(labels=labels, kind="photo", inputs=["backbone"], photo_of="pattern")

    class Always(torch.nn.Module):
        def __init__(self, logits: list[float]) -> None:
            super().__init__()
            self.logits = torch.tensor(logits)

        def forward(self, x: torch.Tensor) -> torch.Tensor:
            return self.logits.expand(len(x), -1)

    gate = OutfitGate(config.feature_dim)
    torch.nn.init.zeros_(gate.linear.weight)
    heads = config.heads | {"pattern_twin": twin_config}  # mixed last: on a sure real photo, its answer
    original_heads, original_gate = config.heads, analyzer.domain_gate
    config.heads = heads
    analyzer.heads.heads["pattern_twin"] = Always([0.0] * (len(labels) - 1) + [20.0])  # always the last
    analyzer.heads.inputs["pattern_twin"] = ["backbone"]
    image = _garment_on_floor()
    try:
        analyzer.domain_gate = None
        product = analyzer.analyze([image])[0].attributes["pattern"]  # no gate: the product head
        analyzer.domain_gate = gate
        torch.nn.init.constant_(gate.linear.bias, 20.0)  # sure it is a real photo
        real = analyzer.analyze([image])[0].attributes
        torch.nn.init.constant_(gate.linear.bias, -20.0)  # sure it is a product shot
        shot = analyzer.analyze([image])[0].attributes
    finally:
        config.heads, analyzer.domain_gate = original_heads, original_gate
        del analyzer.heads.heads["pattern_twin"]
        del analyzer.heads.inputs["pattern_twin"]
    assert "pattern_twin" not in real and "pattern_twin" not in shot
    assert real["pattern"].label == labels[-1] and real["pattern"].confidence > 0.99
    assert shot["pattern"].label == product.label
    assert shot["pattern"].confidence == pytest.approx(product.confidence, abs=1e-4)


def test_temperatures_soften_the_answer(analyzer: Analyzer) -> None:
    image = _garment_on_floor()
    head = analyzer.config.heads["usage"]
    original = head.temperature
    try:
        head.temperature = 1.0
        sharp = analyzer.analyze([image])[0].style.confidence
        head.temperature = 50.0
        soft = analyzer.analyze([image])[0].style.confidence
    finally:
        head.temperature = original
    assert soft < sharp
    assert soft < 2 / len(head.labels)  # nearly uniform


def test_the_shipped_labels_are_in_the_vocabulary_and_exist() -> None:
    photos = load_labels(DEFAULT_LABELS, data_root() / "clothing" / "images")
    assert len(photos) >= 200
    assert all(p.colour in COLOURS and p.pattern in PATTERNS for p in photos)
    assert photos[0].colour_ok(photos[0].colour)


def test_the_training_labels_are_training_side_photos_labelled_once() -> None:
    """Every labelled training photo is of a training-side sender, and no photo is in two files
    (the held-out file included): a photo labelled twice would be fitted and scored at once."""
    from shared_data import load_photos, split_photos
    from training.photo_labels import TRAINING_LABELS

    images = data_root() / "clothing" / "images"
    files = [
        load_labels(f, images)
        for f in (*TRAINING_LABELS, DEFAULT_LABELS.with_name("clothing_attributes_heldout.csv"))
    ]
    paths = [p.path for file in files for p in file]
    assert len(paths) == len(set(paths)) >= 400
    train_side = {p.path for p in split_photos(load_photos())[0]}
    assert all(p.path in train_side for file in files[:-1] for p in file)
    assert not any(p.path in train_side for p in files[-1])


def test_a_label_outside_the_vocabulary_is_refused(tmp_path: Path) -> None:
    labels = tmp_path / "labels.csv"
    labels.write_text("image,colour,neighbour,pattern\nx,teal,,solid\n", encoding="utf-8")
    with pytest.raises(ValueError, match="teal"):
        load_labels(labels, tmp_path)


def test_the_style_labels_are_training_side_photos_in_the_vocabulary() -> None:
    """The 80 real photos whose style (and whether they are children's) was labelled by looking, to
    choose a real photo's style fusion and the kidswear majority (vocabulary.thresholds), are all of
    training-side senders and name known styles."""
    import csv

    from shared_data import load_photos, split_photos
    from vocabulary import USAGES

    with open(DEFAULT_LABELS.with_name("clothing_styles.csv"), encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == len({r["image"] for r in rows}) == 80
    assert {r["style"] for r in rows} <= set(USAGES) and {r["kids"] for r in rows} == {"0", "1"}
    train_side = {p.path.stem for p in split_photos(load_photos())[0]}
    assert all(r["image"] in train_side for r in rows)
