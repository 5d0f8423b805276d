"""`stylist train parsing`: the garment parsing decoder, on the Clothing Co-Parsing street photos.

The trunk (frozen, shared with every other head) runs once per letterboxed photo and its mirror;
its stage maps are cached, and the decoder is trained on them with a class-balanced cross-entropy
at the input's full resolution. Photos are split by id: 20% held out for `stylist evaluate parsing`,
and the early-stopping split is carved from the training photos.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch
from PIL import Image
from torch import nn
from tqdm import tqdm

from inference.config import ModelConfig
from inference.images import centre_crop, open_rgb, stack_normalised
from inference.lite_split import trunk_and_tail
from inference.parsing import (
    IGNORE,
    MIN_GARMENT_SHARE,
    PARSE_SIZE,
    ParsingHead,
    ccp_lookup,
    crop_with_margin,
    letterbox_image,
    letterbox_mask,
    parsing_inputs,
    spread_box,
)
from shared_data import data_root, in_split
from vocabulary import PARSING_LABELS, STREET_CATEGORIES

from .fit import seed_everything
from .loop import Batch, fit
from .registry import register_weights


@dataclass(frozen=True)
class StreetPhoto:
    """A Clothing Co-Parsing photo and its pixel mask (values index `label_names.txt`)."""

    id: str
    photo: Path
    mask: Path


def ccp_label_names(root: Path | None = None) -> list[str]:
    """The CCP label names; a mask pixel's value is an index into them."""
    return ((root or data_root()) / "ccp" / "label_names.txt").read_text(encoding="utf-8").split()


def load_street_photos(root: Path | None = None) -> tuple[list[StreetPhoto], np.ndarray]:
    """The masked street photos and the table from their mask values to parsing classes."""
    base = (root or data_root()) / "ccp"
    photos = [
        StreetPhoto(mask.stem, base / "photos" / f"{mask.stem}.jpg", mask)
        for mask in sorted((base / "masks").glob("*.png"))
        if (base / "photos" / f"{mask.stem}.jpg").exists()
    ]
    return photos, ccp_lookup(ccp_label_names(root))


def is_held_out_street_photo(photo_id: str) -> bool:
    return in_split(f"parsing:{photo_id}", 0.2)


def raw_mask(photo: StreetPhoto) -> np.ndarray:
    """The photo's mask as drawn: indices into `ccp_label_names`, at the photo's own size."""
    with Image.open(photo.mask) as image:
        return np.asarray(image)


def class_mask(photo: StreetPhoto, table: np.ndarray, flip: bool = False) -> np.ndarray:
    """The photo's mask in parsing classes, at the photo's own size."""
    mask = table[raw_mask(photo)]
    return mask[:, ::-1].copy() if flip else mask


def garment_crops(
    photos: list[StreetPhoto], names: list[str], table: np.ndarray, size: int
) -> tuple[list[np.ndarray], list[str]]:
    """Every top, outerwear and bottom worn in the photos (2% of the photo or more), cut out of its
    photo with a margin as the Analyzer cuts an outfit's garments, as a `size` centre square, with
    the category of the CCP label that covers most of it."""
    squares, categories = [], []
    kinds = [PARSING_LABELS.index(k) for k in ("top", "outerwear", "bottom")]
    for photo in tqdm(photos, desc="street garments", unit="photo"):
        raw = raw_mask(photo)
        coarse = table[raw]
        image = open_rgb(photo.photo)
        for kind in kinds:
            ys, xs = np.nonzero(coarse == kind)
            if len(ys) < MIN_GARMENT_SHARE * coarse.size:
                continue
            category = STREET_CATEGORIES.get(names[np.bincount(raw[ys, xs]).argmax()])
            if category is None:
                continue
            crop = crop_with_margin(image, tuple(int(v) for v in spread_box(xs, ys)))  # type: ignore[arg-type]
            squares.append(np.asarray(centre_crop(crop, size)))
            categories.append(category)
    return squares, categories


def _cache_maps(
    trunk: nn.Module, photos: list[StreetPhoto], config: ModelConfig, cache: Path, flip: bool
) -> tuple[np.ndarray, np.ndarray]:
    """The decoder's inputs (stage-3 map; stage-4 and 5 maps) of each letterboxed photo, float16."""
    key = f"parsing:{config.backbone}:{PARSE_SIZE}:{config.mean}:{flip}:" + ",".join(p.id for p in photos)
    file = cache / f"parsing-{hashlib.sha1(key.encode()).hexdigest()[:16]}.npz"
    if file.exists():
        with np.load(file) as saved:
            return saved["fine"], saved["coarse"]
    fine, coarse = [], []
    desc = "street photos" + (" (mirrored)" if flip else "")
    for start in tqdm(range(0, len(photos), 32), desc=desc, unit="batch"):
        images = [letterbox_image(open_rgb(p.photo, flip))[0] for p in photos[start : start + 32]]
        batch = stack_normalised(images, config.mean, config.std)
        with torch.inference_mode():
            f, c = parsing_inputs(trunk.with_taps(batch)[1])  # type: ignore[operator]
        fine.append(f.half().numpy())
        coarse.append(c.half().numpy())
    out = np.concatenate(fine), np.concatenate(coarse)
    cache.mkdir(parents=True, exist_ok=True)
    np.savez(file, fine=out[0], coarse=out[1])
    return out


class PixelTally:
    """Per-class intersections and unions and pixel accuracy over label maps (pixels labelled IGNORE
    in the truth are skipped)."""

    def __init__(self, n: int = len(PARSING_LABELS)) -> None:
        self.n = n
        self.inter, self.union = np.zeros(n), np.zeros(n)
        self.correct = self.total = 0

    def add(self, pred: np.ndarray, true: np.ndarray) -> None:
        valid = true != IGNORE
        p, t = pred[valid].astype(np.int64), true[valid].astype(np.int64)
        inter = np.bincount(t[p == t], minlength=self.n)[: self.n]
        self.inter += inter
        self.union += (
            np.bincount(p, minlength=self.n)[: self.n] + np.bincount(t, minlength=self.n)[: self.n] - inter
        )
        self.correct += int(inter.sum())  # pixels whose class is right
        self.total += int(valid.sum())

    def scores(self) -> dict[str, object]:
        iou = {
            label: float(self.inter[i] / self.union[i])
            for i, label in enumerate(PARSING_LABELS)
            if self.union[i]
        }
        return {
            "mean_iou": float(np.mean(list(iou.values()))),
            "pixel_accuracy": self.correct / max(self.total, 1),
            "iou": iou,
        }


def _logits(head: nn.Module, fine: np.ndarray, coarse: np.ndarray) -> torch.Tensor:
    out = head(torch.from_numpy(fine.astype(np.float32)), torch.from_numpy(coarse.astype(np.float32)))
    return nn.functional.interpolate(
        out, size=(PARSE_SIZE[1], PARSE_SIZE[0]), mode="bilinear", align_corners=False
    )


def _score(head: nn.Module, fine: np.ndarray, coarse: np.ndarray, masks: np.ndarray) -> dict[str, object]:
    head.eval()
    tally = PixelTally()
    with torch.inference_mode():
        for start in range(0, len(masks), 32):
            pred = _logits(head, fine[start : start + 32], coarse[start : start + 32]).argmax(1).numpy()
            tally.add(pred, masks[start : start + 32])
    return tally.scores()


def train_parsing(
    checkpoint: Path,
    cache: Path,
    root: Path | None = None,
    *,
    epochs: int = 40,
    batch_size: int = 16,
    lr: float = 2e-3,
    patience: int = 8,
    seed: int = 0,
    report_dir: Path | None = None,
) -> dict[str, object]:
    """Train the decoder on the training street photos (and their mirrors) and register it in the
    checkpoint; returns the held-out photos' scores and the training history."""
    from inference.heads import load_checkpoint

    from .plots import write_run_report
    from .tasks import inner_split

    seed_everything(seed)
    config, _ = load_checkpoint(checkpoint)
    photos, table = load_street_photos(root)
    held = [p for p in photos if is_held_out_street_photo(p.id)]
    rest = [p for p in photos if not is_held_out_street_photo(p.id)]
    stop_mask = inner_split([p.id for p in rest], 0.12)
    train = [p for p, s in zip(rest, stop_mask, strict=True) if not s]
    stop = [p for p, s in zip(rest, stop_mask, strict=True) if s]
    trunk, _ = trunk_and_tail(config)

    def dataset(group: list[StreetPhoto], flip: bool) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        fine, coarse = _cache_maps(trunk, group, config, cache, flip)
        masks = np.stack([letterbox_mask(class_mask(p, table, flip)) for p in group])
        return fine, coarse, masks

    parts = [dataset(train, False), dataset(train, True)]
    fine, coarse, masks = (np.concatenate([p[i] for p in parts]) for i in range(3))
    stop_set, held_set = dataset(stop, False), dataset(held, False)

    n = len(PARSING_LABELS)
    counts = np.bincount(masks[masks != IGNORE].ravel(), minlength=n).astype(np.float64)
    weights = (counts.sum() / np.maximum(counts, 1)) ** 0.5
    loss_fn = nn.CrossEntropyLoss(
        weight=torch.tensor(weights / weights.mean(), dtype=torch.float32), ignore_index=IGNORE
    )
    head = ParsingHead(fine.shape[1], coarse.shape[1])
    optimiser = torch.optim.AdamW(head.parameters(), lr=lr, weight_decay=1e-2)
    steps_per_epoch = (len(masks) + batch_size - 1) // batch_size
    scheduler = torch.optim.lr_scheduler.OneCycleLR(
        optimiser, max_lr=lr, total_steps=epochs * steps_per_epoch
    )
    generator = torch.Generator().manual_seed(seed)

    def batches(epoch: int) -> Iterator[Batch]:
        order = torch.randperm(len(masks), generator=generator).numpy()
        for start in range(0, len(masks), batch_size):
            idx = np.sort(order[start : start + batch_size])
            logits = _logits(head, fine[idx], coarse[idx])
            yield loss_fn(logits, torch.from_numpy(masks[idx]).long()), len(idx)

    run = fit(
        head,
        optimiser,
        batches,
        epochs,
        score=lambda: float(_score(head, *stop_set)["mean_iou"]),  # type: ignore[arg-type]
        scheduler=scheduler,
        patience=patience,
        desc="parsing",
    )
    history = run.series("stop_mean_iou")
    metrics = _score(head, *held_set) | {"photos": len(held), "trained_on": len(train)}

    def record(config: ModelConfig, file: str) -> None:
        config.parsing_model = file
        config.parsing_metrics = {
            "mean_iou": float(metrics["mean_iou"]),  # type: ignore[arg-type]
            "pixel_accuracy": float(metrics["pixel_accuracy"]),  # type: ignore[arg-type]
        }

    register_weights(checkpoint, "parsing", head, record)
    write_run_report(report_dir, "parsing", history, metrics, "train-report.json")
    return {"parsing": metrics, "history": history}
