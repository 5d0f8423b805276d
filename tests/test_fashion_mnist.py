"""Fashion-MNIST from the Debian package, and the baseline model's shape."""

from __future__ import annotations

import pytest
import torch

from inference.lite_split import save_half
from training.fashion_mnist import (
    DATA_DIR,
    MEAN,
    STD,
    Deployed,
    augment,
    baseline,
    improved,
    load,
    load_weights,
)


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


def _trained_like(seed: int = 0) -> torch.nn.Module:
    """Stylist's model with non-trivial running statistics, as after training."""
    torch.manual_seed(seed)
    model = improved()
    with torch.no_grad():
        for module in model.modules():
            if isinstance(module, torch.nn.BatchNorm2d):
                module.running_mean.uniform_(-0.5, 0.5)
                module.running_var.uniform_(0.5, 2.0)
    return model.eval()


def test_deployed_model_matches_the_trained_one() -> None:
    """Folding batch norm into the convolutions and going channels-last changes no prediction."""
    model = _trained_like()
    x = torch.rand(8, 1, 28, 28)
    expected = model((x - MEAN) / STD).log_softmax(1)
    deployed = Deployed(model, mirror_below=0)
    assert not any(isinstance(m, torch.nn.BatchNorm2d) for m in deployed.modules())
    assert torch.allclose(deployed(x), expected, atol=1e-4)


def test_unsure_rows_average_in_their_mirror_image() -> None:
    """Rows under the confidence bar get the mean of both views' probabilities; the rest are untouched."""
    model = _trained_like()
    x = torch.rand(16, 1, 28, 28)
    with torch.no_grad():
        p = model((x - MEAN) / STD).softmax(1)
        p_mirror = model((x.flip(-1) - MEAN) / STD).softmax(1)
    bar = float(p.max(1).values.median())  # about half the rows are unsure
    unsure = p.max(1).values < bar
    expected = torch.where(unsure[:, None], (p + p_mirror) / 2, p)
    with torch.inference_mode():
        out = Deployed(model, mirror_below=bar)(x).exp()
    assert 0 < int(unsure.sum()) < len(x)
    assert torch.allclose(out, expected, atol=1e-4)
    assert torch.allclose(out.sum(1), torch.ones(len(x)), atol=1e-4)


def test_unsure_rows_ask_the_partner_on_both_views() -> None:
    """With a partner, unsure rows average four opinions: both models on both views."""
    model, partner = _trained_like(0), _trained_like(1)
    x = torch.rand(16, 1, 28, 28)
    with torch.no_grad():
        p = model((x - MEAN) / STD).softmax(1)
        views = [m((v - MEAN) / STD).softmax(1) for m in (model, partner) for v in (x, x.flip(-1))]
    bar = float(p.max(1).values.median())
    unsure = p.max(1).values < bar
    expected = torch.where(unsure[:, None], torch.stack(views).mean(0), p)
    with torch.inference_mode():
        out = Deployed(model, mirror_below=bar, partner=partner)(x).exp()
    assert torch.allclose(out, expected, atol=1e-4)


def test_half_precision_weights_round_trip(tmp_path) -> None:
    """Weights are stored in half precision and load back as a float model predicting the same."""
    model = _trained_like()
    save_half(model, tmp_path / "fm.pt")
    stored = torch.load(tmp_path / "fm.pt", weights_only=True)
    assert all(v.dtype == torch.float16 for v in stored.values() if v.is_floating_point())
    loaded = load_weights(tmp_path / "fm.pt")
    x = torch.rand(8, 1, 28, 28)
    with torch.no_grad():
        assert torch.equal(model(x).argmax(1), loaded(x).argmax(1))


def test_augmentation_keeps_shape_and_range() -> None:
    x = torch.rand(64, 1, 28, 28)
    out = augment(x, torch.Generator().manual_seed(0), erase_p=1.0)
    assert out.shape == x.shape and float(out.min()) >= 0.0 and float(out.max()) <= 1.0
    assert (out == 0).float().mean() > 0.01  # erased boxes
    assert not torch.equal(out, x)
