"""Full fine-tuning of a pretrained backbone for garment category: the comparison row that the
partial recipe (`finetune`, stages 6–7 on cached activations) is measured against.

Every layer trains, so the photos go through the whole network each epoch with real image
augmentation (random resized crops, mirroring); batch-norm statistics stay frozen (small batches of a
small dataset). Training runs at a lower resolution than the 224 px evaluation, which suits the
crop augmentation (train-test resolution discrepancy, FixRes). The result is a comparison row in
`reports/category/`; a fully fine-tuned backbone is not shipped, since it would cost a second backbone
forward per photo (the other heads read the frozen backbone's features).

`last_stages_only=True` trains only stages 6–7 and the head convolution (the partial recipe) with the
same whole-image augmentation, so partial and full fine-tuning compare like for like on any backbone.
On EfficientNet-Lite0 that model is exactly the shipped shape (frozen trunk, fine-tuned tail and
classifier), so `ship=CHECKPOINT` registers it as the category model (`as_category_net`).
"""

from __future__ import annotations

import json
import math
import random
import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import torch
from PIL import Image
from torch import nn
from tqdm import tqdm

from inference.backbones import SPECS, create_backbone
from inference.images import centre_crop, open_rgb, to_tensor
from inference.lite_split import CategoryNet, LiteTail
from shared_data import (
    Product,
    is_early_stopping,
    is_held_out_product,
    load_photos,
    load_products,
    split_photos,
)
from shared_data.screenshots import shop_screenshot
from vocabulary import GARMENT_CATEGORIES

from .augment import random_resized_crops
from .fit import accuracy, confusion, macro_f1, per_class, seed_everything
from .loop import Batch, fit
from .registry import register_category

STORE_SIZE = 256  # photos are kept in memory as centre squares of this size
PRODUCT_STORE_SIZE = 128  # product shots are 60×80: larger squares would add no detail
EVAL_SIZE = 224  # the Analyzer's photo input size


class Classifier(nn.Module):
    """Pooled backbone features → dropout → linear."""

    def __init__(self, backbone: nn.Module, feature_dim: int, n_classes: int) -> None:
        super().__init__()
        self.backbone = backbone
        self.head = nn.Sequential(nn.Dropout(0.2), nn.Linear(feature_dim, n_classes))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.head(self.backbone(x))


def last_stages(backbone: nn.Module) -> list[nn.Module]:
    """Stages 6–7 and the 1×1 head convolution of a backbone from `create_backbone`."""
    if hasattr(backbone, "features"):  # torchvision MobileNetV2: features[14:] (160, 320, 1280 channels)
        return list(backbone.features[14:])
    net = backbone.net  # EfficientNet-Lite0: blocks 11 on (as inference.lite_split), head conv + BN
    return [*net._blocks[11:], net._conv_head, net._bn1]


def as_category_net(model: Classifier) -> CategoryNet:
    """The Lite0 tail and classifier of a `last_stages_only` model as the Analyzer's `CategoryNet`
    (its trunk, blocks[:11], never trained, is the shared frozen trunk)."""
    net = model.backbone.net
    tail = LiteTail(net)  # deep copies of blocks[11:], the head conv and its batch norm
    category = CategoryNet(tail, model.head[1].out_features)
    category.classifier[1].load_state_dict(model.head[1].state_dict())
    return category.eval()


def _freeze_bn(model: nn.Module) -> None:
    for module in model.modules():
        if isinstance(module, nn.BatchNorm2d):
            module.eval()


def _predict(
    model: nn.Module,
    paths: list[Path],
    mean: tuple[float, ...],
    std: tuple[float, ...],
    batch: int = 64,
    images: list[Image.Image] | None = None,
) -> torch.Tensor:
    """Class probabilities with the mirrored view averaged in, preprocessed as the Analyzer does
    (of the image files, or of `images` already decoded)."""
    model.eval()
    out = []
    count = len(images) if images is not None else len(paths)
    with torch.inference_mode():
        for start in range(0, count, batch):
            probs = 0
            for flip in (False, True):
                if images is not None:
                    chunk = images[start : start + batch]
                    views = [i.transpose(Image.Transpose.FLIP_LEFT_RIGHT) if flip else i for i in chunk]
                else:
                    views = [open_rgb(p, flip) for p in paths[start : start + batch]]
                probs = probs + model(to_tensor(views, EVAL_SIZE, mean, std)).softmax(1)
            out.append(probs / 2)
    return torch.cat(out)


def is_stop_product(product_id: int) -> bool:
    """Training-side products kept out of fitting to score early stopping and calibration."""
    return is_early_stopping(product_id)


def _training_products(index: dict[str, int], root: Path | None) -> dict[str, list[Product]]:
    """Training-side products (never held-out or early-stopping ids) of each photo category."""
    by_category: dict[str, list[Product]] = {}
    for product in load_products(root):
        held = is_held_out_product(product.id) or is_stop_product(product.id)
        if product.category in index and not held:
            by_category.setdefault(product.category, []).append(product)
    return by_category


def as_screenshot(product: Product) -> Image.Image:
    """A product shot inside a synthetic shop screenshot, seeded by the product
    (`shared_data.screenshots`)."""
    return shop_screenshot(open_rgb(product.path), product.name, product.id)


def _product_store(
    per_class: int, index: dict[str, int], root: Path | None, seed: int, screenshots: bool = False
) -> tuple[torch.Tensor, torch.Tensor]:
    """Up to `per_class` training product shots (never held-out or early-stopping ids) of each photo
    category, as uint8 centre squares (at `PRODUCT_STORE_SIZE`; with `screenshots`, each inside a
    synthetic shop screenshot at `STORE_SIZE`, another draw of products), and their labels."""
    size = STORE_SIZE if screenshots else PRODUCT_STORE_SIZE
    if per_class <= 0:
        return torch.zeros((0, 3, size, size), dtype=torch.uint8), torch.zeros(0, dtype=torch.long)
    rng = random.Random(seed + (1 if screenshots else 0))
    chosen: list[Product] = []
    for _, products in sorted(_training_products(index, root).items()):
        products = list(products)
        rng.shuffle(products)
        chosen += products[:per_class]
    load = as_screenshot if screenshots else (lambda p: open_rgb(p.path))
    squares = [
        np.asarray(centre_crop(load(p), size))
        for p in tqdm(chosen, desc="render screenshots" if screenshots else "load products")
    ]
    return torch.from_numpy(np.stack(squares)).permute(0, 3, 1, 2), torch.tensor(
        [index[p.category] for p in chosen]  # type: ignore[index]
    )


def _stop_products(index: dict[str, int], root: Path | None, n: int, seed: int) -> list[Product]:
    """`n` early-stopping products (spread over the categories) scored as shop screenshots."""
    stop = [
        p
        for p in load_products(root)
        if p.category in index and is_stop_product(p.id) and not is_held_out_product(p.id)
    ]
    random.Random(seed).shuffle(stop)
    return stop[:n]


def _street_store(use: bool, index: dict[str, int], root: Path | None) -> tuple[torch.Tensor, torch.Tensor]:
    """The garments worn in the training street photos (never the held-out ones), as uint8 centre
    squares at `STORE_SIZE`, and their labels."""
    if not use:
        return torch.zeros((0, 3, STORE_SIZE, STORE_SIZE), dtype=torch.uint8), torch.zeros(
            0, dtype=torch.long
        )
    from .parsing import ccp_label_names, garment_crops, is_held_out_street_photo, load_street_photos

    photos, table = load_street_photos(root)
    train = [p for p in photos if not is_held_out_street_photo(p.id)]
    squares, categories = garment_crops(train, ccp_label_names(root), table, STORE_SIZE)
    return torch.from_numpy(np.stack(squares)).permute(0, 3, 1, 2), torch.tensor(
        [index[c] for c in categories]
    )


def train_full_finetune(
    backbone: str = "efficientnet_lite0",
    epochs: int = 5,
    train_size: int = 192,
    batch_size: int = 32,
    lr_backbone: float = 2e-4,
    lr_head: float = 2e-3,
    seed: int = 0,
    root: Path | None = None,
    report_dir: Path | None = None,
    limit: int | None = None,
    last_stages_only: bool = False,
    ship: Path | None = None,
    products_per_class: int = 0,
    product_weight: float = 0.5,
    street_garments: bool = False,
    street_weight: float = 0.5,
    screenshots_per_class: int = 0,
    screenshot_weight: float = 0.5,
    extra_share: float = 0.5,
    stop_screenshots: int = 300,
) -> dict[str, object]:
    """Fine-tune every layer of `backbone` (or only its last stages) on the clothing photos, with up
    to `products_per_class` training product shots per category mixed in (a fresh draw of at most
    half as many as there are photos each epoch, their loss weighted by `product_weight`) and, with
    `street_garments`, the garments worn in the training street photos (`parsing.garment_crops`,
    drawn the same way, weighted by `street_weight`) and up to `screenshots_per_class` synthetic
    shop screenshots of other training products (weighted by `screenshot_weight`); each extra source
    gives at most `extra_share` × the photos each epoch. Early stopping scores the sender-split
    photos and, with screenshots, `stop_screenshots` screenshots of early-stopping products (the
    mean of both); evaluate on held-out senders; with `ship`, register a Lite0 last-stages model in
    that checkpoint."""
    from .tasks import inner_split

    if ship is not None and (backbone != "efficientnet_lite0" or not last_stages_only):
        raise ValueError("only EfficientNet-Lite0 with last_stages_only fits the shipped model's shape")

    seed_everything(seed)
    spec = SPECS[backbone]
    labels = list(GARMENT_CATEGORIES)
    index = {c: i for i, c in enumerate(labels)}
    train, val = split_photos(load_photos(root))
    if limit:
        train, val = train[:limit], val[: max(8, limit // 4)]
    stop = inner_split([p.sender_id for p in train])
    fit_photos = [p for p, s in zip(train, stop, strict=True) if not s]
    stop_photos = [p for p, s in zip(train, stop, strict=True) if s]
    squares = [
        np.asarray(centre_crop(open_rgb(p.path), STORE_SIZE)) for p in tqdm(fit_photos, desc="load photos")
    ]
    store = torch.from_numpy(np.stack(squares)).permute(0, 3, 1, 2)
    y = torch.tensor([index[p.category] for p in fit_photos])
    shots, y_shots = _product_store(products_per_class, index, root, seed)
    garments, y_garments = _street_store(street_garments, index, root)
    screens, y_screens = _product_store(screenshots_per_class, index, root, seed, screenshots=True)
    # every source after the photos: (uint8 store, labels, loss weight), a fresh draw each epoch
    extras = [
        (shots, y_shots, product_weight),
        (garments, y_garments, street_weight),
        (screens, y_screens, screenshot_weight),
    ]
    stop_products = _stop_products(index, root, stop_screenshots, seed) if len(screens) else []
    stop_screens = [as_screenshot(p) for p in stop_products]
    y_stop_screens = np.array([index[p.category] for p in stop_products])  # type: ignore[index]
    mean = torch.tensor(spec.mean).view(1, 3, 1, 1)
    std = torch.tensor(spec.std).view(1, 3, 1, 1)

    model = Classifier(create_backbone(backbone), spec.feature_dim, len(labels))
    if last_stages_only:
        model.backbone.requires_grad_(False)
        for module in last_stages(model.backbone):
            module.requires_grad_(True)
    optimiser = torch.optim.AdamW(
        [
            {"params": [p for p in model.backbone.parameters() if p.requires_grad], "lr": lr_backbone},
            {"params": model.head.parameters(), "lr": lr_head},
        ],
        weight_decay=0.02,
    )
    kind = "partial" if last_stages_only else "full"
    # drawn from each extra source each epoch
    draws = [min(len(store), int(len(fit_photos) * extra_share)) for store, _, _ in extras]
    steps = epochs * math.ceil((len(fit_photos) + sum(draws)) / batch_size)
    scheduler = torch.optim.lr_scheduler.OneCycleLR(
        optimiser, max_lr=[lr_backbone, lr_head], total_steps=steps, pct_start=0.15
    )
    loss_fn = nn.CrossEntropyLoss(label_smoothing=0.1, reduction="none")
    generator = torch.Generator().manual_seed(seed)
    y_stop = np.array([index[p.category] for p in stop_photos])
    started = time.perf_counter()
    sources = [(store, y, 1.0), *extras]  # the photos, then each extra source in turn
    offsets = np.cumsum([0] + [len(source[0]) for source in sources])

    def batches(epoch: int) -> Iterator[Batch]:
        # entries are offsets into the photos, then each extra source in turn; a fresh draw each epoch
        drawn = [
            torch.randperm(len(source), generator=generator)[:n] + int(offset)
            for (source, _, _), n, offset in zip(extras, draws, offsets[1:], strict=False)
        ]
        order = torch.cat([torch.arange(len(fit_photos)), *drawn])
        order = order[torch.randperm(len(order), generator=generator)]
        bar = tqdm(
            range(0, len(order), batch_size), desc=f"{kind} fine-tune {epoch + 1}/{epochs}", leave=False
        )
        for start in bar:
            idx = order[start : start + batch_size]
            parts, targets, weights = [], [], []
            for (images, labels_k, weight), lo, hi in zip(sources, offsets[:-1], offsets[1:], strict=True):
                chosen = idx[(idx >= lo) & (idx < hi)] - int(lo)
                if len(chosen):
                    parts.append(random_resized_crops(images[chosen], train_size, generator))
                    targets.append(labels_k[chosen])
                    weights.append(torch.full((len(chosen),), weight))
            batch = (torch.cat(parts) - mean) / std
            weight_t = torch.cat(weights)
            loss = (loss_fn(model(batch), torch.cat(targets)) * weight_t).sum() / weight_t.sum()
            bar.set_postfix(loss=f"{float(loss.detach()):.3f}")
            yield loss, len(idx)

    def score() -> float:
        photos = accuracy(
            _predict(model, [p.path for p in stop_photos], spec.mean, spec.std).argmax(1).numpy(), y_stop
        )
        if not stop_screens:
            return photos
        screens = _predict(model, [], spec.mean, spec.std, images=stop_screens).argmax(1).numpy()
        return (photos + accuracy(screens, y_stop_screens)) / 2

    def report(epoch: int, loss: float, stop_acc: float | None) -> None:
        print(json.dumps({"epoch": epoch + 1, "train_loss": loss, "stop_acc": stop_acc}), flush=True)

    def train_mode() -> None:
        model.train()
        _freeze_bn(model)

    run = fit(
        model,
        optimiser,
        batches,
        epochs,
        score=score,
        scheduler=scheduler,
        train_mode=train_mode,
        on_epoch=report,
        desc=f"{kind} fine-tune",
    )
    history = run.series("stop_acc")
    probs = _predict(model, [p.path for p in val], spec.mean, spec.std)
    pred = probs.argmax(1).numpy()
    y_val = np.array([index[p.category] for p in val])
    table = per_class(confusion(pred, y_val, len(labels)), labels)
    result: dict[str, object] = {
        "recipe": f"{backbone} "
        + ("stages 6-7 fine-tuned" if last_stages_only else "fully fine-tuned")
        + f" on the photos{' and product shots' if len(shots) else ''}"
        + f"{' and street-photo garments' if len(garments) else ''}"
        + f"{' and shop screenshots' if len(screens) else ''} ({train_size} px, {epochs} epochs)",
        "accuracy": accuracy(pred, y_val),
        "macro_f1": macro_f1(table),
        "n": int(len(y_val)),
        "per_class": table,
        "train_photos": len(fit_photos),
        "product_shots": len(shots),
        "street_garments": len(garments),
        "shop_screenshots": len(screens),
        "minutes": round((time.perf_counter() - started) / 60, 1),
        "history": history,
    }
    if report_dir is not None:
        report_dir.mkdir(parents=True, exist_ok=True)
        name = (
            f"{kind}-finetune-{backbone}"
            + ("-with-products" if len(shots) else "")
            + ("-with-street-garments" if len(garments) else "")
            + ("-with-screenshots" if len(screens) else "")
            + (f"-first{limit}" if limit else "")  # smoke runs apart
        )
        (report_dir / f"{name}.json").write_text(json.dumps(result, indent=1))
    if ship is not None:
        result["weights"] = str(
            register_category(
                ship,
                as_category_net(model),
                result,
                f"fine-tuned EfficientNet-Lite0 stages 6-7 + classifier on {len(fit_photos)} clothing photos "
                + (f"and {len(shots)} product shots " if len(shots) else "")
                + (f"and {len(garments)} garments of street photos " if len(garments) else "")
                + (f"and {len(screens)} synthetic shop screenshots " if len(screens) else "")
                + f"(random resized crops at {train_size} px, mirrored, {epochs} epochs); "
                f"evaluated on {len(y_val)} photos of held-out senders",
            )
        )
    return result
