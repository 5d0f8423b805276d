"""The clothing gate: is there a garment in this photo at all?

A photo of a landscape, a page of text, a plate of food or an empty room must be answered "I don't
see clothing", not with an outfit. A logistic regression on the pooled features every photo gets
anyway (`parsing.OutfitGate`'s shape) is trained on garments — clothing photos, street photos of
outfits, product shots and synthetic shop screenshots of them — against the offline not-clothing set
(`training.not_clothing`), every source split by sender, photo, product or generator seed. Its
threshold is the lower of what keeps 99.5% of the clothing and street photos of an inner split it
did not train on and what still refuses 99% of that split's non-garments (refusing a garment is the
worse error), at most 0.5; the held-out rates are reported per kind of image.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import torch
from tqdm import tqdm

from inference.config import ModelConfig
from inference.heads import load_checkpoint
from shared_data import in_split, is_held_out_product, load_products

from .features import cached_features
from .fit import seed_everything
from .full_finetune import as_screenshot
from .not_clothing import not_clothing
from .outfit_gate import fit_gate, street_photo_features
from .plots import write_run_report
from .registry import register_weights
from .tasks import backbone_features_fn, feature_key, inner_split, photo_features

MAX_THRESHOLD = 0.5
KEEP = 0.995  # of the clothing and street photos of the inner split: refusing a garment is the worse error
PRODUCTS = 1500  # training product shots (and a quarter as many held out), seen as photos are


def _refused(gate: torch.nn.Module, x: np.ndarray) -> float:
    if not len(x):
        return 0.0
    with torch.inference_mode():
        return float((gate(torch.from_numpy(x.astype(np.float32))) < gate.threshold).numpy().mean())


def train_clothing_gate(
    checkpoint: Path,
    cache: Path,
    root: Path | None = None,
    *,
    epochs: int = 400,
    seed: int = 0,
    report_dir: Path | None = None,
) -> dict[str, object]:
    """Fit the gate, register it in the checkpoint and return its held-out refusal rates."""
    seed_everything(seed)
    config, _ = load_checkpoint(checkpoint)
    fn = backbone_features_fn(config, config.input_size)
    photos = photo_features(config, cache, root)
    street, street_held = street_photo_features(config, cache, root)
    products = [p for p in load_products(root) if p.category]
    train_products = [p for p in products if not is_held_out_product(p.id)][:PRODUCTS]
    held_products = [p for p in products if is_held_out_product(p.id)][: PRODUCTS // 4]
    shots = cached_features(
        [p.path for p in train_products + held_products],
        fn,
        cache,
        feature_key(config, config.input_size),
        desc="product shots as photos",
    )
    shots_train, shots_held = shots[: len(train_products)], shots[len(train_products) :]
    # Shop screenshots are garments too, though half of one is app chrome and text (2% of them were
    # refused by a gate that had not seen one): other training products' and the held-out products'.
    screen_products = [p for p in products if not is_held_out_product(p.id)][PRODUCTS : 2 * PRODUCTS]
    shown = screen_products + held_products
    screen_x = np.concatenate(
        [
            fn([as_screenshot(p) for p in shown[i : i + 64]]).numpy()
            for i in tqdm(range(0, len(shown), 64), desc="shop screenshots", unit="batch")
        ]
    )
    screens_train, screens_held = screen_x[: len(screen_products)], screen_x[len(screen_products) :]
    scenes = not_clothing(root=root)
    held_scene = np.array([in_split(f"not-clothing:{s.group}", 0.25) for s in scenes])
    images = [s.image for s in scenes]
    scene_x = np.concatenate([fn(images[i : i + 64]).numpy() for i in range(0, len(images), 64)])

    x = np.concatenate(
        [photos.photo_train, street[~street_held], screens_train, shots_train, scene_x[~held_scene]]
    ).astype(np.float32)
    sent = len(photos.photo_train) + int((~street_held).sum()) + len(screens_train)  # photos people send
    positives = sent + len(shots_train)
    y = np.r_[np.ones(positives), np.zeros(int((~held_scene).sum()))].astype(np.float32)
    groups = (
        photos.photo_train_groups
        + [f"street:{i}" for i in range(int((~street_held).sum()))]
        + [f"product:{p.id}" for p in screen_products]
        + [f"product:{p.id}" for p in train_products]
        + [s.group for s, held in zip(scenes, held_scene, strict=True) if not held]
    )
    photo_rows = np.zeros(len(x), dtype=bool)
    photo_rows[:sent] = True
    stop = inner_split(groups, 0.2)
    gate, history = fit_gate(x, y, stop, epochs, MAX_THRESHOLD, "clothing gate", photo_rows, KEEP)
    with torch.inference_mode():  # refusing 99% of the inner split's non-garments needs no more than this
        scores = gate(torch.from_numpy(x[stop & (y == 0)])).numpy()
    gate.threshold.fill_(min(float(gate.threshold), float(np.percentile(scores, 99)) + 1e-3))

    kinds = sorted({s.kind for s in scenes})
    held_kinds = np.array([s.kind for s in scenes])
    metrics: dict[str, object] = {
        "threshold": float(gate.threshold),
        "refused_clothing_photos": _refused(gate, photos.photo_val),
        "refused_street_photos": _refused(gate, street[street_held]),
        "refused_product_shots": _refused(gate, shots_held),
        "refused_shop_screenshots": _refused(gate, screens_held),
        "refused_not_clothing": _refused(gate, scene_x[held_scene]),
        "refused_not_clothing_by_kind": {
            kind: _refused(gate, scene_x[held_scene & (held_kinds == kind)]) for kind in kinds
        },
        "held_out": {
            "clothing_photos": len(photos.photo_val),
            "street_photos": int(street_held.sum()),
            "product_shots": len(held_products),
            "shop_screenshots": len(held_products),
            "not_clothing": int(held_scene.sum()),
        },
    }

    def record(config: ModelConfig, file: str) -> None:
        config.clothing_gate_model, config.clothing_gate_metrics = file, metrics

    register_weights(checkpoint, "clothing-gate", gate, record)
    write_run_report(report_dir, "clothing-gate", history, metrics, "train-report.json")
    return {"clothing_gate": metrics, "history": history}
