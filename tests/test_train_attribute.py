"""`stylist train attribute` end to end on a small generated folder-per-class dataset: the head is
trained, registered in the checkpoint, and shown in the answer with its confidence."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from bot.texts import render_analysis
from cli import main as cli_main
from inference import Analyzer
from tests.conftest import copy_shipped_checkpoint


def _garment(kind: str, rng: random.Random) -> Image.Image:
    """A shirt-like shape with horizontal stripes or dots, in random colours."""
    background = tuple(rng.randint(200, 255) for _ in range(3))
    colour = tuple(rng.randint(0, 160) for _ in range(3))
    image = Image.new("RGB", (160, 200), background)
    draw = ImageDraw.Draw(image)
    draw.polygon(
        [(30, 30), (130, 30), (150, 70), (125, 80), (125, 190), (35, 190), (35, 80), (10, 70)],
        fill=(235, 235, 235),
    )
    step = rng.randint(10, 16)
    for y in range(35, 190, step):
        if kind == "band":
            draw.rectangle((30, y, 130, y + step // 2), fill=colour)
        else:
            for x in range(40, 125, step):
                draw.ellipse((x, y, x + step // 2, y + step // 2), fill=colour)
    return image


@pytest.fixture
def dataset(tmp_path: Path) -> Path:
    rng = random.Random(0)
    root = tmp_path / "collar"
    for kind in ("band", "dotted"):
        (root / kind).mkdir(parents=True)
        for i in range(24):
            _garment(kind, rng).save(root / kind / f"{i}.png")
    (root / "band" / "notes.txt").write_text("not an image")
    return root


@pytest.fixture
def checkpoint(tmp_path: Path) -> Path:
    return copy_shipped_checkpoint(tmp_path / "weights")


def test_train_attribute_registers_and_shows(dataset: Path, checkpoint: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    before = Analyzer.from_checkpoint(checkpoint, device="cpu").analyze([_garment("band", random.Random(5))])[
        0
    ]
    assert "pattern_style" not in before.attributes

    args = ["train", "attribute", "--name", "pattern_style", "--data", str(dataset), "--out", str(checkpoint)]
    assert cli_main(args) == 0
    result = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert result["classes"] == ["band", "dotted"] and result["accuracy"] >= 0.8

    analyzer = Analyzer.from_checkpoint(checkpoint, device="cpu")
    assert analyzer.config.heads["pattern_style"].kind == "attribute"
    rng = random.Random(99)
    fresh = [(kind, _garment(kind, rng)) for kind in ("band", "dotted") for _ in range(8)]
    analyses = analyzer.analyze([image for _, image in fresh])
    correct = sum(
        a.attributes["pattern_style"].label == kind for (kind, _), a in zip(fresh, analyses, strict=True)
    )
    assert correct >= 12  # of 16 new images
    for analysis in analyses:
        assert 0.5 <= analysis.attributes["pattern_style"].confidence <= 1.0
        assert "colour" in analysis.attributes  # the other heads are untouched
    assert "Pattern style: " in render_analysis(analyses[0], "en")


def test_train_attribute_needs_two_classes(tmp_path: Path, checkpoint: Path) -> None:
    data = tmp_path / "data"
    (data / "only").mkdir(parents=True)
    (data / "empty").mkdir()
    _garment("band", random.Random(1)).save(data / "only" / "a.png")
    with pytest.raises(ValueError):
        cli_main(["train", "attribute", "--name", "x", "--data", str(data), "--out", str(checkpoint)])
