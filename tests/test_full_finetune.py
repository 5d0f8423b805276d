"""Full fine-tuning's pieces: crop augmentation of the in-memory photos, frozen batch-norm statistics."""

from __future__ import annotations

import torch
from torch import nn

from training.augment import random_resized_crops as _augment
from training.full_finetune import Classifier, _freeze_bn


def test_random_resized_crops_have_the_training_size_and_range() -> None:
    images = torch.randint(0, 256, (6, 3, 64, 48), dtype=torch.uint8)
    out = _augment(images, 32, torch.Generator().manual_seed(0))
    assert out.shape == (6, 3, 32, 32) and float(out.min()) >= 0.0 and float(out.max()) <= 1.0
    again = _augment(images, 32, torch.Generator().manual_seed(1))
    assert not torch.allclose(out, again)  # crops differ from draw to draw


def test_training_step_leaves_batch_norm_statistics_alone() -> None:
    body = nn.Sequential(nn.Conv2d(3, 8, 3), nn.BatchNorm2d(8), nn.AdaptiveAvgPool2d(1), nn.Flatten())
    model = Classifier(body, 8, 3).train()
    _freeze_bn(model)
    bn = body[1]
    before = bn.running_mean.clone()
    loss = nn.functional.cross_entropy(model(torch.rand(4, 3, 16, 16)), torch.tensor([0, 1, 2, 0]))
    loss.backward()
    assert torch.equal(bn.running_mean, before) and body[0].weight.grad is not None


def test_last_stages_are_the_tail_of_both_backbones() -> None:
    """The partial recipe trains stages 6-7 and the head conv: a minority of the backbone's weights."""
    from inference.backbones import create_backbone
    from training.full_finetune import last_stages

    for name in ("efficientnet_lite0", "mobilenet_v2"):
        backbone = create_backbone(name, None)
        total = sum(p.numel() for p in backbone.parameters())
        tail = sum(p.numel() for m in last_stages(backbone) for p in m.parameters())
        assert 0.3 * total < tail < 0.9 * total, name  # the 7×7 stages hold most weights, not all


def test_a_last_stages_lite0_model_ships_as_the_analyzers_category_net() -> None:
    """`as_category_net` keeps the trained tail and classifier: trunk then CategoryNet gives the same
    logits as the training-time Classifier, so the shipped model is the one that was evaluated."""
    from inference.backbones import create_backbone
    from inference.lite_split import LiteTrunk
    from training.full_finetune import as_category_net, last_stages

    torch.manual_seed(0)
    model = Classifier(create_backbone("efficientnet_lite0", None), 1280, 5)
    with torch.no_grad():  # stand-ins for trained weights, so a copy of the pretrained tail would differ
        for module in [*last_stages(model.backbone), model.head]:
            for p in module.parameters():
                p.add_(0.05 * torch.randn_like(p))
    model.eval()
    category = as_category_net(model)
    x = torch.rand(2, 3, 96, 96)
    with torch.inference_mode():
        expected = model(x)
        got = category(LiteTrunk(model.backbone.net).eval()(x))
    assert torch.allclose(got, expected, atol=1e-4)


def test_product_shots_mixed_in_are_training_products_of_photo_categories() -> None:
    """`--products N`: at most N shots per category, as uint8 squares with their labels."""
    from training.full_finetune import PRODUCT_STORE_SIZE, _product_store
    from vocabulary import GARMENT_CATEGORIES

    index = {c: i for i, c in enumerate(GARMENT_CATEGORIES)}
    shots, labels = _product_store(2, index, None, seed=0)
    assert shots.dtype == torch.uint8 and shots.shape[1:] == (3, PRODUCT_STORE_SIZE, PRODUCT_STORE_SIZE)
    assert len(shots) == len(labels) and int(torch.bincount(labels).max()) <= 2
    assert {"t-shirt", "shoes", "pants"} <= {GARMENT_CATEGORIES[int(i)] for i in labels}
    assert len(_product_store(0, index, None, seed=0)[0]) == 0
