"""Fashion-MNIST from the Debian package, and the baseline model's shape."""

from __future__ import annotations

import pytest
import torch

from inference.training.fashion_mnist import DATA_DIR, baseline, load


@pytest.mark.skipif(not DATA_DIR.exists(), reason="scripts/setup installs dataset-fashion-mnist (as root)")
def test_official_test_set_loads() -> None:
    x, y = load("test")
    assert x.shape == (10_000, 1, 28, 28) and float(x.min()) >= 0.0 and float(x.max()) <= 1.0
    assert torch.bincount(y).tolist() == [1000] * 10


def test_baseline_architecture() -> None:
    model = baseline().eval()
    assert model(torch.zeros(2, 1, 28, 28)).shape == (2, 10)
    convs = [m.out_channels for m in model.modules() if isinstance(m, torch.nn.Conv2d)]
    dense = [m.out_features for m in model.modules() if isinstance(m, torch.nn.Linear)]
    assert convs == [32, 64] and dense == [128, 10]
