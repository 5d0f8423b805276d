"""The outfit gate: should a photo be parsed garment by garment at all?

Parsing runs the trunk a second time, on the whole letterboxed photo. Most photos sent to a stylist
show one garment, and the pooled features every photo gets anyway tell a street photo of someone in
an outfit from a garment on a bed or a hanger almost perfectly. So a logistic regression on them
(`parsing.OutfitGate`) is trained on the training Clothing Co-Parsing street photos (outfits) against
the training clothing photos (single garments), and its threshold is set to keep 99% of the street
photos of an inner split it did not train on (at most 0.05: it only skips the parse when sure).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
import torch

from inference.config import ModelConfig
from inference.parsing import OutfitGate
from shared_data import data_root

from .features import cached_features
from .fit import seed_everything
from .loop import Batch, fit
from .parsing import is_held_out_street_photo
from .plots import write_run_report
from .registry import register_weights
from .tasks import backbone_features_fn, feature_key, inner_split, photo_features

MAX_THRESHOLD = 0.05


def street_photo_features(config, cache: Path, root: Path | None) -> tuple[np.ndarray, np.ndarray]:  # type: ignore[no-untyped-def]
    """Pooled features of every CCP street photo (centre crop, as the Analyzer sees a photo) and
    which of them are held out (the parsing split)."""
    photos = sorted(((root or data_root()) / "ccp" / "photos").glob("*.jpg"))
    fn = backbone_features_fn(config, config.input_size)
    features = cached_features(
        photos, fn, cache, feature_key(config, config.input_size), desc="street photos"
    )
    return features, np.array([is_held_out_street_photo(p.stem) for p in photos])


def fit_gate(
    x: np.ndarray,
    y: np.ndarray,
    stop: np.ndarray,
    epochs: int,
    max_threshold: float,
    desc: str,
    keep: np.ndarray | None = None,
    keep_share: float = 0.99,
) -> tuple[OutfitGate, dict[str, list[float]]]:
    """A logistic regression on pooled features (positives: y == 1), fitted full batch on the rows
    outside `stop`, its threshold set to keep `keep_share` of the positives of `stop` (of those
    `keep` marks, when given), at most `max_threshold`, so it only says no when sure."""
    gate = OutfitGate(x.shape[1])
    gate.feature_mean.copy_(torch.from_numpy(x[~stop].mean(0)))
    gate.feature_std.copy_(torch.from_numpy(x[~stop].std(0) + 1e-6))
    xt, yt = torch.from_numpy(x[~stop]), torch.from_numpy(y[~stop])
    loss_fn = torch.nn.BCEWithLogitsLoss(pos_weight=(yt == 0).sum() / (yt == 1).sum())
    optimiser = torch.optim.AdamW(gate.linear.parameters(), lr=1e-3, weight_decay=1e-2)

    def batches(epoch: int) -> Iterator[Batch]:  # full batch: a few thousand rows
        yield loss_fn(gate.logits(xt), yt), len(yt)

    run = fit(gate, optimiser, batches, epochs, desc=desc)
    rows = stop & (y == 1) & (keep if keep is not None else True)
    with torch.inference_mode():
        kept = gate(torch.from_numpy(x[rows])).numpy()
    gate.threshold.fill_(min(max_threshold, float(np.percentile(kept, 100 * (1 - keep_share)))))
    return gate, run.series("")


def gate_rates(gate: OutfitGate, outfits: np.ndarray, singles: np.ndarray) -> dict[str, float]:
    """How many photos of outfits the gate lets through to the parse, and how many single garments
    it spares the parse."""
    with torch.inference_mode():
        p_out = gate(torch.from_numpy(outfits)).numpy()
        p_single = gate(torch.from_numpy(singles)).numpy()
    threshold = float(gate.threshold)
    return {
        "outfits_parsed": float((p_out >= threshold).mean()),
        "single_garments_skipped": float((p_single < threshold).mean()),
    }


def train_outfit_gate(
    checkpoint: Path,
    cache: Path,
    root: Path | None = None,
    *,
    epochs: int = 300,
    seed: int = 0,
    report_dir: Path | None = None,
) -> dict[str, object]:
    """Fit the gate on the training street and clothing photos, register it in the checkpoint and
    return its rates on the held-out ones."""
    from inference.heads import load_checkpoint

    seed_everything(seed)
    config, _ = load_checkpoint(checkpoint)
    street, street_held = street_photo_features(config, cache, root)
    photos = photo_features(config, cache, root)
    x = np.concatenate([street[~street_held], photos.photo_train]).astype(np.float32)
    y = np.r_[np.ones(int((~street_held).sum())), np.zeros(len(photos.photo_train))].astype(np.float32)
    groups = [f"street:{i}" for i in range(int((~street_held).sum()))] + photos.photo_train_groups
    stop = inner_split(groups, 0.2)

    gate, history = fit_gate(x, y, stop, epochs, MAX_THRESHOLD, desc="outfit gate")

    metrics: dict[str, float] = {
        "threshold": float(gate.threshold),
        **gate_rates(gate, street[street_held].astype(np.float32), photos.photo_val.astype(np.float32)),
        "held_out_street_photos": int(street_held.sum()),
        "held_out_single_garment_photos": len(photos.photo_val),
    }

    def record(config: ModelConfig, file: str) -> None:
        config.outfit_gate_model, config.outfit_gate_metrics = file, metrics

    register_weights(checkpoint, "outfit-gate", gate, record)
    write_run_report(report_dir, "outfit-gate", history, metrics, "train-report.json")
    return {"outfit_gate": metrics, "history": history}
