"""Garment parsing: the CCP label folding, letterboxing, items and their boxes, `stylist train parsing`
end to end on a small generated street-photo set, and the shipped decoder on held-out street photos."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
import torch
from PIL import Image, ImageDraw

from bot.texts import render_analysis
from cli import main as cli_main
from inference import Analyzer
from inference.colour import HUE_BINS, SAT_BINS, VAL_BINS, colour_features
from inference.config import ModelConfig
from inference.images import open_rgb
from inference.parsing import (
    IGNORE,
    ccp_lookup,
    crop_with_margin,
    is_outfit,
    item_mask,
    items_from_probabilities,
    letterbox_geometry,
    letterbox_mask,
    margin_box,
)
from shared_data import data_root, load_photos, split_photos
from tests.conftest import copy_shipped_checkpoint
from training.parsing import class_mask, garment_crops, is_held_out_street_photo, load_street_photos
from vocabulary import PARSED_CATEGORIES as SLOT_CATEGORIES
from vocabulary import PARSING_LABELS

CCP_NAMES = (data_root() / "ccp" / "label_names.txt").read_text().split()


def test_every_ccp_label_folds_into_a_parsing_class() -> None:
    table = ccp_lookup(CCP_NAMES)
    folded = {name: PARSING_LABELS[table[i]] for i, name in enumerate(CCP_NAMES)}
    assert folded["null"] == "background"
    assert folded["skin"] == folded["hair"] == folded["tights"] == "person"
    assert folded["jeans"] == folded["skirt"] == "bottom"
    assert folded["heels"] == folded["sneakers"] == "shoes"
    assert folded["blazer"] == folded["cardigan"] == "outerwear"
    assert folded["t-shirt"] == folded["blouse"] == "top"
    assert folded["purse"] == "bag" and folded["hat"] == "hat" and folded["belt"] == "accessory"
    assert {n for n, label in folded.items() if label == "background"} == {"null"}


def test_letterboxed_mask_pads_with_ignore() -> None:
    mask = np.full((400, 200), 4, dtype=np.uint8)  # a tall photo: bands left and right
    boxed = letterbox_mask(mask, (224, 320))
    box = letterbox_geometry((200, 400), (224, 320))
    assert boxed.shape == (320, 224)
    assert (boxed[:, : box.left] == IGNORE).all() and (boxed[:, box.left + box.width :] == IGNORE).all()
    assert (boxed[box.top : box.top + box.height, box.left : box.left + box.width] == 4).all()


def _probs(regions: dict[str, tuple[int, int, int, int]], size: tuple[int, int] = (224, 320)) -> np.ndarray:
    """A (classes, H, W) map: background everywhere but the given (x0, y0, x1, y1) regions."""
    labels = np.zeros((size[1], size[0]), dtype=np.int64)
    for name, (x0, y0, x1, y1) in regions.items():
        labels[y0:y1, x0:x1] = PARSING_LABELS.index(name)
    probs = np.full((len(PARSING_LABELS), size[1], size[0]), 0.02, dtype=np.float32)
    np.put_along_axis(probs, labels[None], 0.82, axis=0)
    return probs


def test_items_come_with_boxes_in_the_photos_pixels() -> None:
    photo_size = (448, 640)  # twice the canvas: boxes scale by 2
    box = letterbox_geometry(photo_size)
    probs = _probs(
        {
            "person": (60, 10, 160, 60),
            "top": (50, 60, 170, 160),
            "bottom": (60, 160, 160, 290),
            "hat": (0, 0, 3, 3),
        }
    )
    items = items_from_probabilities(probs, box, photo_size)
    assert [i.label for i in items] == ["bottom", "top"]  # biggest first; the tiny hat is left out
    bottom = items[0]
    assert bottom.box == pytest.approx((120, 320, 320, 580), abs=6)
    assert bottom.confidence == pytest.approx(0.82)
    assert is_outfit(probs, box, items)
    assert not is_outfit(probs, box, items[:1])  # one garment is not an outfit
    crop = crop_with_margin(Image.new("RGB", photo_size), bottom.box)
    assert crop.size[0] > 200 and crop.size[1] > 260


def test_a_garment_cut_from_an_outfit_takes_its_colour_from_its_own_pixels() -> None:
    """The top's box also holds an open coat: with the parse as the colour region the white top is
    white; without it the crop reads mostly as the coat's brown."""
    photo_size = (448, 640)
    image = Image.new("RGB", photo_size, (120, 70, 30))  # a brown coat everywhere
    ImageDraw.Draw(image).rectangle((180, 120, 268, 320), fill=(250, 250, 250))  # a white top between
    probs = _probs({"outerwear": (40, 50, 184, 200), "top": (90, 60, 134, 160)})
    box = letterbox_geometry(photo_size)
    (top,) = [i for i in items_from_probabilities(probs, box, photo_size) if i.label == "top"]
    region = margin_box((100, 100, 348, 340), photo_size)  # wider than the top: the coat is in the crop
    mask = item_mask(probs, box, "top", region)
    assert mask.shape == pytest.approx(
        ((340 - 100) * 1.16 / 2, (348 - 100) * 1.16 / 2), abs=2
    )  # 8% each side
    crop = image.crop(region)
    rgb = slice(HUE_BINS * SAT_BINS * VAL_BINS, HUE_BINS * SAT_BINS * VAL_BINS + 3)
    assert colour_features(crop, mask)[rgb] == pytest.approx([0.98, 0.98, 0.98], abs=0.03)
    assert colour_features(crop)[rgb][2] < 0.5  # the coat's brown dominates the plain crop
    assert top.box[0] >= 170 and top.box[2] <= 280


def _street_photo(rng: np.random.Generator) -> tuple[Image.Image, np.ndarray]:
    """A person-like figure (skin, a top, a bottom, shoes) on a plain background, and its CCP mask."""
    image = Image.new("RGB", (200, 300), tuple(int(v) for v in rng.integers(150, 255, 3)))
    mask = Image.new("L", (200, 300), 0)
    shift = int(rng.integers(-20, 20))
    parts = (
        ("skin", (80, 20, 120, 60)),
        ("t-shirt", (60, 60, 140, 150)),
        ("jeans", (70, 150, 130, 260)),
        ("sneakers", (70, 260, 130, 285)),
    )
    for name, (x0, y0, x1, y1) in parts:
        colour = tuple(int(v) for v in rng.integers(0, 255, 3))
        ImageDraw.Draw(image).rectangle((x0 + shift, y0, x1 + shift, y1), fill=colour)
        ImageDraw.Draw(mask).rectangle((x0 + shift, y0, x1 + shift, y1), fill=CCP_NAMES.index(name))
    return image, np.asarray(mask)


@pytest.fixture
def street_data(tmp_path: Path) -> Path:
    root = tmp_path / "data"
    (root / "ccp" / "photos").mkdir(parents=True)
    (root / "ccp" / "masks").mkdir()
    (root / "ccp" / "label_names.txt").write_text("\n".join(CCP_NAMES))
    rng = np.random.default_rng(0)
    for i in range(30):
        image, mask = _street_photo(rng)
        image.save(root / "ccp" / "photos" / f"{i:04d}.jpg")
        Image.fromarray(mask).save(root / "ccp" / "masks" / f"{i:04d}.png")
    # single garments on a plain floor, for the outfit gate
    (root / "clothing" / "images").mkdir(parents=True)
    rows = ["image,sender_id,label,kids"]
    for i in range(40):
        image = Image.new("RGB", (300, 400), tuple(int(v) for v in rng.integers(150, 255, 3)))
        colour = tuple(int(v) for v in rng.integers(0, 255, 3))
        ImageDraw.Draw(image).rectangle((60, 80, 240, 330), fill=colour)
        image.save(root / "clothing" / "images" / f"g{i}.jpg")
        rows.append(f"g{i},{i % 10},{'T-Shirt' if i % 2 else 'Pants'},False")
    (root / "clothing" / "images.csv").write_text("\n".join(rows) + "\n")
    return root


def test_train_parsing_end_to_end(tmp_path: Path, street_data: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STYLIST_DATA", str(street_data))
    monkeypatch.chdir(tmp_path)  # the feature cache (var/cache) goes there
    out = tmp_path / "weights"
    checkpoint = copy_shipped_checkpoint(out)
    photos, table = load_street_photos(street_data)
    assert len(photos) == 30 and any(is_held_out_street_photo(p.id) for p in photos)
    assert set(np.unique(class_mask(photos[0], table))) == {0, 1, 2, 4, 6}

    args = [
        "train",
        "parsing",
        "--epochs",
        "2",
        "--out",
        str(checkpoint),
        "--report-dir",
        str(tmp_path / "r"),
    ]
    assert cli_main(args) == 0
    assert list((tmp_path / "var" / "cache").glob("parsing-*.npz"))
    trained = ModelConfig.load(checkpoint)
    assert trained.parsing_model and (out / trained.parsing_model).exists()
    assert 0.0 <= trained.parsing_metrics["mean_iou"] <= 1.0
    report = json.loads((tmp_path / "r" / "parsing" / "train-report.json").read_text())
    assert len(report["history"]["stop_mean_iou"]) == 2
    analyzer = Analyzer.from_checkpoint(checkpoint, "cpu")
    parse = analyzer.parse([open_rgb(photos[0].photo)], stride=1)[0]
    assert parse.probs.shape == (len(PARSING_LABELS), 320, 224)
    assert np.allclose(parse.probs.sum(0), 1.0, atol=1e-3)


def test_train_outfit_gate_end_to_end(
    tmp_path: Path, street_data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`stylist train outfit-gate` on generated street photos and single garments: registered in the
    checkpoint, and the Analyzer then parses only the photos it lets through."""
    monkeypatch.setenv("STYLIST_DATA", str(street_data))
    monkeypatch.chdir(tmp_path)
    out = tmp_path / "weights"
    checkpoint = copy_shipped_checkpoint(out)
    args = ["train", "outfit-gate", "--out", str(checkpoint), "--report-dir", str(tmp_path / "r")]
    assert cli_main(args) == 0
    trained = ModelConfig.load(checkpoint)
    assert (
        trained.outfit_gate_model == "stylist-outfit-gate.pt" and (out / trained.outfit_gate_model).exists()
    )
    metrics = trained.outfit_gate_metrics
    assert 0 <= metrics["threshold"] <= 0.05  # it keeps 99% of unseen street photos, or parses everything
    assert metrics["held_out_street_photos"] > 0 and metrics["held_out_single_garment_photos"] > 0
    assert 0 <= metrics["outfits_parsed"] <= 1 and 0 <= metrics["single_garments_skipped"] <= 1
    assert (tmp_path / "r" / "outfit-gate" / "train-report.json").exists()
    analyzer = Analyzer.from_checkpoint(checkpoint, "cpu")
    assert analyzer.outfit_gate is not None
    analyzer.clothing_gate = None  # this test's tiny images are not for the shipped clothing gate
    street = open_rgb(street_data / "ccp" / "photos" / "0000.jpg")
    garment = open_rgb(street_data / "clothing" / "images" / "g0.jpg")
    with torch.inference_mode():
        p_street, p_garment = analyzer.outfit_gate(analyzer.features([street, garment])).tolist()
    analyzer.outfit_gate.threshold.fill_((p_street + p_garment) / 2)  # whatever the tiny set taught it
    assert analyzer.may_be_outfit(analyzer.features([street, garment])).tolist() == [
        p_street > p_garment,
        p_garment > p_street,
    ]
    if p_garment > p_street:
        street, garment = garment, street  # the plumbing below only needs one of each side
    parsed: list[int] = []
    parse = analyzer.parse
    monkeypatch.setattr(
        analyzer, "parse", lambda images, stride=4: parsed.append(len(images)) or parse(images)
    )
    analyzer.analyze([garment, street, garment])
    assert parsed == [1]  # only the street photo was parsed


def test_shipped_parser_on_held_out_street_photos(analyzer: Analyzer) -> None:
    """A guard against train/inference mismatches; `stylist evaluate parsing` has the real numbers."""
    photos, table = load_street_photos()
    held = [p for p in photos if is_held_out_street_photo(p.id)][:24]
    parses = analyzer.parse([open_rgb(p.photo) for p in held], stride=1)
    correct = total = 0
    for photo, parse in zip(held, parses, strict=True):
        true = letterbox_mask(class_mask(photo, table))
        valid = true != IGNORE
        correct += int((parse.probs.argmax(0)[valid] == true[valid]).sum())
        total += int(valid.sum())
    assert correct / total > 0.75  # background alone is about half of the pixels
    assert np.mean([p.outfit for p in parses]) > 0.6
    _, val = split_photos(load_photos())
    single_images = [open_rgb(p.path) for p in val[::20][:24]]
    singles = analyzer.parse(single_images)
    assert np.mean([p.outfit for p in singles]) < 0.35
    # the outfit gate sends every street photo on to the parse and spares most single garments
    assert analyzer.may_be_outfit(analyzer.features([open_rgb(p.photo) for p in held])).all()
    assert analyzer.may_be_outfit(analyzer.features(single_images)).mean() < 0.35


def test_outfit_photo_is_answered_item_by_item(analyzer: Analyzer) -> None:
    photos, _ = load_street_photos()
    held = [p for p in photos if is_held_out_street_photo(p.id)]
    analyses = analyzer.analyze([open_rgb(p.photo) for p in held[:8]])
    outfits = [a for a in analyses if a.items]
    assert outfits
    for analysis in outfits:
        slots = [item.slot for item in analysis.items]
        assert len(slots) == len(set(slots)) >= 2
        for item in analysis.items:
            allowed = SLOT_CATEGORIES[item.slot] or (item.slot,)
            assert item.category.label in allowed
            assert "colour" in item.attributes
    text = render_analysis(outfits[0], "en")
    assert "In this outfit I see:" in text and text.count("• ") == len(outfits[0].items)


def test_evaluate_parsing_writes_its_card(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["evaluate", "parsing", "--limit", "6", "--json", "--out-dir", str(tmp_path)]
    assert cli_main(args) == 0
    summary = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert summary["n"] == 6 and 0.0 < summary["mean_iou"] <= 1.0
    assert set(summary["items"]) == {"top", "outerwear", "bottom", "dress", "shoes", "bag", "hat"}
    assert summary["garment_categories"]["per_slot"]
    card = (tmp_path / "parsing" / "README.md").read_text()
    assert "Mean IoU" in card and "tops, outerwear and bottoms" in card
    assert (tmp_path / "parsing" / "examples.png").stat().st_size > 10_000


def test_garments_of_street_photos_for_category_training(street_data: Path) -> None:
    photos, table = load_street_photos(street_data)
    squares, categories = garment_crops(photos, CCP_NAMES, table, 96)
    assert len(squares) == 60 and set(categories) == {"t-shirt", "pants"}  # a top and jeans each
    assert all(square.shape == (96, 96, 3) for square in squares)
    top = squares[categories.index("t-shirt")]
    assert np.abs(top[48, 48].astype(int) - top[46, 50].astype(int)).max() < 5  # one plain colour
