"""Backbones load offline from their packages; the Lite0 split equals the whole network, stage
statistics included."""

from __future__ import annotations

import torch

from inference.backbones import SPECS, create_backbone
from inference.config import ModelConfig
from inference.lite_split import trunk_and_tail


def test_backbones_load_offline() -> None:
    for name in ("efficientnet_lite0", "mobilenet_v2"):
        model = create_backbone(name).eval()
        with torch.inference_mode():
            assert model(torch.zeros(1, 3, 96, 96)).shape == (1, 1280)


def test_trunk_then_tail_equals_backbone() -> None:
    torch.manual_seed(0)
    x = torch.randn(2, 3, 128, 128)
    whole = create_backbone("efficientnet_lite0").eval()
    trunk, tail = trunk_and_tail(ModelConfig())
    with torch.inference_mode():
        assert torch.allclose(whole(x), tail(trunk(x)), atol=1e-4)


def test_stage_statistics_come_from_the_same_forward() -> None:
    torch.manual_seed(0)
    x = torch.randn(2, 3, 128, 128)
    for name, spec in SPECS.items():
        model = create_backbone(name).eval()
        with torch.inference_mode():
            pooled, stages = model.with_stages(x)
            assert torch.allclose(pooled, model(x), atol=1e-5)
        assert stages.shape == (2, spec.stage_dim)
        assert not torch.allclose(stages[0], stages[1])  # they describe the image
    whole = create_backbone("efficientnet_lite0").eval()
    trunk, _ = trunk_and_tail(ModelConfig())
    with torch.inference_mode():
        assert torch.allclose(whole.with_stages(x)[1], trunk.with_stages(x)[1], atol=1e-4)
