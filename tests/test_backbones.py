"""Backbones load offline from their packages; the Lite0 split equals the whole network."""

from __future__ import annotations

import torch

from inference.backbones import create_backbone
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
