"""Pattern on real photos: a real-photo twin of the pattern head and a domain gate that mixes it in.

The colour and pattern heads learned from 60×80 catalogue shots on white; on a garment photographed
on a bed or a floor they read the floor (real-photo colour right for 0.59 of 240 labelled
training-side photos, pattern macro-F1 0.29). The pattern head gets a twin trained on real photos
labelled by looking (`training/photo_labels.py`), reading the same inputs the Analyzer gives every photo (the
pattern twin: the pooled features and stage statistics; the colour head reads the pixels of the
photo's foreground, `inference.foreground`). A domain gate (a logistic regression on the pooled
features, like the outfit gate) tells a real photo from a product shot or a shop screenshot; the
answer is the mixture `d · photo twin + (1 − d) · product head` (`Analyzer._mixed`), so catalogue
shots and screenshots keep the product heads' answers.

Everything is chosen on folds of the labelled photos grouped by sender: the figures this returns
are out-of-fold, and each twin's temperature is fitted on its out-of-fold logits. The shipped twins
are then trained on every labelled photo (and its mirror image).
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import torch
from PIL import Image
from tqdm import tqdm

from inference.analysis import Prediction
from inference.analyzer import Analyzer
from inference.config import HeadConfig, ModelConfig
from inference.heads import build_head
from inference.images import open_rgb
from shared_data import data_root, is_held_out_product, load_photos, load_products, split_photos

from .calibration import calibrate
from .fit import seed_everything
from .full_finetune import as_screenshot
from .outfit_gate import fit_gate
from .photo_labels import TRAINING_LABELS, load_labels, score_attributes
from .registry import register_head, register_weights

# head -> the inputs its twin reads. A colour twin on the foreground's pixel histogram was tried and
# left out: out of fold it answered 0.59 of the labelled photos' colours right, against 0.60 for the
# product colour head reading the same foreground (and 0.59 without the foreground).
TWINS = {"pattern": ["backbone", "stages"]}
FOLDS = 5


def _fold(sender: str) -> int:
    return int(hashlib.sha1(sender.encode()).hexdigest(), 16) % FOLDS


def _inputs(analyzer: Analyzer, images: list[Image.Image], desc: str) -> dict[str, torch.Tensor]:
    """The standardised inputs every head reads, as the Analyzer computes them, in batches."""
    parts: dict[str, list[torch.Tensor]] = {}
    for start in tqdm(range(0, len(images), 32), desc=desc, unit="batch"):
        for name, value in analyzer.head_inputs(images[start : start + 32]).items():
            parts.setdefault(name, []).append(value)
    raw = {name: torch.cat(values) for name, values in parts.items()}
    with torch.inference_mode():
        return {name: value.float() for name, value in analyzer.heads.standardise(raw).items()}


def _train_twin(
    x: torch.Tensor, y: torch.Tensor, config: HeadConfig, seed: int, epochs: int = 40
) -> torch.nn.Module:
    """A linear head on standardised inputs, class-balanced (inverse square-root frequency)."""
    seed_everything(seed)
    head = build_head(x.shape[1], config)
    counts = torch.bincount(y, minlength=len(config.labels)).float()
    weight = (counts.sum() / counts.clamp_min(1)) ** 0.5
    loss_fn = torch.nn.CrossEntropyLoss(weight=weight / weight[counts > 0].mean(), label_smoothing=0.1)
    optimiser = torch.optim.AdamW(head.parameters(), lr=3e-3, weight_decay=0.05)
    generator = torch.Generator().manual_seed(seed)
    head.train()
    for _ in range(epochs):
        order = torch.randperm(len(y), generator=generator)
        for start in range(0, len(y), 64):
            rows = order[start : start + 64]
            loss = loss_fn(head(x[rows]), y[rows])
            optimiser.zero_grad()
            loss.backward()
            optimiser.step()
    return head.eval()


def _gate_images(root: Path | None, per_domain: int, seed: int) -> tuple[list[Image.Image], np.ndarray]:
    """Training-side real photos (label 1) against training-side product shots and shop screenshots
    of other products (label 0), `per_domain` of each."""
    rng = random.Random(seed)
    photos = split_photos(load_photos(root))[0]
    rng.shuffle(photos)
    products = [p for p in load_products(root) if not is_held_out_product(p.id)]
    rng.shuffle(products)
    real = [open_rgb(p.path) for p in photos[:per_domain]]
    shots = [open_rgb(p.path) for p in products[:per_domain]]
    screens = [as_screenshot(p) for p in products[per_domain : 2 * per_domain]]
    return real + shots + screens, np.r_[np.ones(len(real)), np.zeros(len(shots) + len(screens))]


def train_photo_heads(
    checkpoint: Path,
    labels: Sequence[Path] = TRAINING_LABELS,
    root: Path | None = None,
    *,
    gate_images: int = 400,
    seed: int = 0,
) -> dict[str, object]:
    """Fit the domain gate and the pattern twin, register them in `checkpoint` and
    return the out-of-fold figures on the labelled photos (product heads alone, and mixed)."""
    analyzer = Analyzer.from_checkpoint(checkpoint, "cpu")
    config = analyzer.config
    train_side = {p.path for p in split_photos(load_photos(root))[0]}
    senders = {p.path: p.sender_id for p in load_photos(root)}
    per_file = [load_labels(file, (root or data_root()) / "clothing" / "images") for file in labels]
    photos = [photo for file in per_file for photo in file]
    files = np.repeat(np.arange(len(labels)), [len(file) for file in per_file])
    if any(p.path not in train_side for p in photos):
        raise ValueError("labelled photos of held-out senders cannot train: keep them for evaluation")
    images = [open_rgb(p.path) for p in photos]
    x = _inputs(analyzer, images, "labelled photos")
    x_flip = _inputs(analyzer, [i.transpose(Image.Transpose.FLIP_LEFT_RIGHT) for i in images], "mirrored")
    folds = np.array([_fold(senders[p.path]) for p in photos])

    gate_x, gate_y = _gate_images(root, gate_images, seed)
    pooled = _pooled(analyzer, gate_x)
    gate_stop = np.array([i % 5 == 0 for i in range(len(gate_y))])
    gate, _ = fit_gate(pooled.numpy(), gate_y.astype(np.float32), gate_stop, 300, 0.5, desc="domain gate")
    with torch.inference_mode():
        p_real = gate(pooled[torch.from_numpy(gate_stop)]).numpy()
    truth = gate_y[gate_stop]
    gate_metrics: dict[str, object] = {
        "real_photos_as_real": float((p_real[truth == 1] >= 0.5).mean()),
        "shots_and_screenshots_as_real": float((p_real[truth == 0] >= 0.5).mean()),
        "inner_images": int(gate_stop.sum()),
    }
    with torch.inference_mode():
        share = gate(_pooled(analyzer, images)).unsqueeze(1)

    result: dict[str, object] = {"domain_gate": gate_metrics, "labelled_photos": len(photos)}
    product: dict[str, torch.Tensor] = {}  # the product heads' answers, as they are on these photos
    for head in ("colour", "pattern"):
        with torch.inference_mode():
            logits = analyzer.heads.heads[head](torch.cat([x[i] for i in config.heads[head].inputs], 1))
        product[head] = analyzer.probabilities(head, logits)
    before = {head: _answers(p, config.heads[head].labels) for head, p in product.items()}
    after = dict(before)
    for head, inputs in TWINS.items():
        labels_ = config.heads[head].labels
        y = torch.tensor([labels_.index(getattr(p, head)) for p in photos])
        twin_config = HeadConfig(labels=labels_, kind="photo", inputs=inputs, photo_of=head)
        features, mirrored = (torch.cat([v[i] for i in inputs], 1) for v in (x, x_flip))
        out_of_fold = torch.zeros(len(photos), len(labels_))
        for k in range(FOLDS):
            fit_rows = torch.from_numpy(folds != k)
            twin = _train_twin(
                torch.cat([features[fit_rows], mirrored[fit_rows]]), y[fit_rows].repeat(2), twin_config, seed
            )
            with torch.inference_mode():
                out_of_fold[torch.from_numpy(folds == k)] = twin(features[torch.from_numpy(folds == k)])
        calibration = calibrate(out_of_fold, y.numpy())
        twin_config.temperature = float(calibration["temperature"])  # type: ignore[arg-type]
        twin_config.calibration = {k: calibration[k]["ece"] for k in ("before", "after")}  # type: ignore[index]
        photo = torch.softmax(out_of_fold / twin_config.temperature, 1)
        after[head] = _answers(share * photo + (1 - share) * product[head], labels_)
        twin = _train_twin(torch.cat([features, mirrored]), y.repeat(2), twin_config, seed)
        twin_config.metrics = {"out_of_fold_ece": float(calibration["after"]["ece"])}  # type: ignore[index]
        names = ", ".join(file.name for file in labels)
        twin_config.trained_on = f"{len(photos)} real photos labelled by looking (+ mirrored), {names}"
        register_head(checkpoint, f"photo_{head}", twin_config, twin)
    result["product_heads_alone"] = _strip(score_attributes(photos, _zip(before)))
    result["mixed_out_of_fold"] = _strip(score_attributes(photos, _zip(after)))
    if len(labels) > 1:  # each file apart: a sample chosen for its patterns flatters the whole
        for k, file in enumerate(labels):
            rows = [i for i in range(len(photos)) if files[i] == k]
            pick = [photos[i] for i in rows]
            result[f"product_heads_alone:{file.name}"] = _strip(score_attributes(pick, _zip(before, rows)))
            result[f"mixed_out_of_fold:{file.name}"] = _strip(score_attributes(pick, _zip(after, rows)))

    def record(config: ModelConfig, file: str) -> None:
        config.domain_gate_model, config.domain_gate_metrics = file, gate_metrics

    register_weights(checkpoint, "domain-gate", gate, record)
    return result


def _pooled(analyzer: Analyzer, images: list[Image.Image]) -> torch.Tensor:
    """Pooled features of images, in batches."""
    batches = tqdm(range(0, len(images), 32), desc="pooled features", unit="batch")
    return torch.cat([analyzer.features(images[s : s + 32]) for s in batches])


def _answers(probs: torch.Tensor, labels: list[str]) -> list[Prediction]:
    values, indices = probs.topk(3)
    return [
        Prediction(
            labels[int(i[0])], float(v[0]), [(labels[int(j)], float(p)) for p, j in zip(v, i, strict=True)]
        )
        for v, i in zip(values, indices, strict=True)
    ]


def _zip(answers: dict[str, list[Prediction]], rows: list[int] | None = None) -> list[dict[str, Prediction]]:
    """Per photo (of `rows`, default all): each head's answer."""
    per_photo = [dict(zip(answers, row, strict=True)) for row in zip(*answers.values(), strict=True)]
    return per_photo if rows is None else [per_photo[i] for i in rows]


def _strip(scores: dict[str, object]) -> dict[str, object]:
    return {k: v for k, v in scores.items() if k != "colour_failures"}
