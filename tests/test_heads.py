"""Heads and their checkpoint: ensembles average their members; the checkpoint round-trips."""

from __future__ import annotations

from pathlib import Path

import torch

from inference import Analyzer
from inference.config import HeadConfig, ModelConfig
from inference.heads import Heads, load_checkpoint, save_checkpoint
from vocabulary import PHOTO_PATTERN_CATEGORIES


def _config() -> ModelConfig:
    return ModelConfig(
        feature_dim=8,
        colour_dim=3,
        stage_dim=4,
        heads={
            "usage": HeadConfig(labels=["a", "b"], kind="style"),
            "colour": HeadConfig(labels=["x", "y", "z"], hidden=5, members=3, inputs=["colour", "stages"]),
        },
    )


def _inputs() -> dict[str, torch.Tensor]:
    torch.manual_seed(1)
    return {"backbone": torch.randn(6, 8), "colour": torch.randn(6, 3), "stages": torch.randn(6, 4)}


def test_an_ensemble_answers_the_mean_of_its_members() -> None:
    heads = Heads(_config()).eval()
    with torch.inference_mode():
        probs = heads(_inputs())["colour"].softmax(dim=1)
        x = torch.cat([_inputs()["colour"], _inputs()["stages"]], dim=1)
        members = [m(x).softmax(dim=1) for m in heads.heads["colour"].members]  # type: ignore[union-attr]
    assert torch.allclose(probs, torch.stack(members).mean(dim=0), atol=1e-6)
    assert not torch.allclose(members[0], members[1])  # the members differ


def test_checkpoint_round_trip(tmp_path: Path) -> None:
    config, heads = _config(), Heads(_config()).eval()
    heads.stage_mean.fill_(0.5)
    save_checkpoint(config, heads, tmp_path / "model.json")
    loaded_config, loaded = load_checkpoint(tmp_path / "model.json")
    assert loaded_config.heads["colour"].members == 3
    with torch.inference_mode():
        for name, out in heads(_inputs()).items():
            assert torch.allclose(out, loaded(_inputs())[name], atol=1e-2)  # stored in half precision


def test_a_head_is_replaced_by_one_on_other_inputs(tmp_path: Path) -> None:
    """`register_head` swaps one head for a retrained one that reads other inputs (the usage head
    moved from the pooled features to pooled features and stage statistics), keeping the others."""
    from training.registry import register_head

    config, heads = _config(), Heads(_config()).eval()
    save_checkpoint(config, heads, tmp_path / "model.json")
    new = HeadConfig(labels=["a", "b"], kind="style", hidden=3, inputs=["backbone", "stages"])
    replacement = Heads(ModelConfig(feature_dim=8, colour_dim=3, stage_dim=4, heads={"usage": new})).eval()
    register_head(tmp_path / "model.json", "usage", new, replacement.heads["usage"])
    loaded_config, loaded = load_checkpoint(tmp_path / "model.json")
    assert loaded_config.heads["usage"].inputs == ["backbone", "stages"]
    with torch.inference_mode():
        out = loaded(_inputs())
        expected = replacement.heads["usage"](torch.cat([_inputs()["backbone"], _inputs()["stages"]], 1))
        assert torch.allclose(out["usage"], expected, atol=1e-2)
        assert torch.allclose(out["colour"], heads(_inputs())["colour"], atol=1e-2)


def test_shots_of_shoes_and_bags_take_the_real_photo_pattern_head(analyzer: Analyzer) -> None:
    """The product pattern head never learnt footwear or bags (their names hardly name a pattern):
    a shot whose likeliest category is one of them is answered by the real-photo twin."""
    labels = analyzer.config.heads["category"].labels
    twin = next(n for n, h in analyzer.config.heads.items() if h.photo_of == "pattern")
    n = len(analyzer.config.heads["pattern"].labels)
    category = torch.zeros(2, len(labels))
    category[0, labels.index("shoes")] = category[1, labels.index("shirt")] = 1.0
    product, photo = torch.full((2, n), 1.0 / n), torch.eye(n)[:2]
    probs = {"category": category, "pattern": product.clone(), twin: photo.clone()}
    mixed = analyzer._mixed(torch.zeros(2), probs)  # both product shots by the domain gate
    assert torch.allclose(mixed["pattern"][0], photo[0]) and torch.allclose(mixed["pattern"][1], product[1])
    assert "shoes" in PHOTO_PATTERN_CATEGORIES and twin not in mixed
