"""`stylist train gender`: who a product shot or a shop screenshot is for, from the image itself.

The answer's gender used to come only from the nearest catalogue products, and only when nine in ten
of them agreed: on training-side product shots that left 52% of men's and women's products "unisex"
(69% of shop screenshots), though a men's shirt and a women's top look different enough. This head
reads the pooled features the Analyzer computes for every photo, trained on training-side product
shots and synthetic shop screenshots of other products (catalogue gender men or women; the Boys' and
Girls' products count as men's and women's), early-stopped on the "stop:" products, its temperature
fitted there. Products of the inner tuning split (`shared_data.is_inner_product`) and held-out
products are left out, so the answer's fusion with the neighbours (`application.profile.photo_gender`)
can be tuned on the first and reported on the second.
"""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np
import torch
from PIL import Image
from tqdm import tqdm

from inference.analyzer import Analyzer
from inference.config import HeadConfig
from inference.images import open_rgb
from shared_data import in_split, is_held_out_product, is_inner_product, load_products
from shared_data.screenshots import shop_screenshot
from vocabulary import GENDER_LABELS

from .calibration import calibrate
from .fit import fit_head, predict_logits
from .registry import register_head

INPUTS = ["backbone", "stages"]


def _images(products: list, screenshots: bool) -> list[Image.Image]:  # type: ignore[type-arg]
    if screenshots:
        return [shop_screenshot(open_rgb(p.path), p.name, p.id) for p in products]
    return [open_rgb(p.path) for p in products]


def _inputs(analyzer: Analyzer, images: list[Image.Image], desc: str) -> np.ndarray:
    """The head's standardised inputs, as the Analyzer computes them for a photo, in batches."""
    parts = []
    for start in tqdm(range(0, len(images), 32), desc=desc, unit="batch"):
        raw = analyzer.head_inputs(images[start : start + 32])
        with torch.inference_mode():
            x = analyzer.heads.standardise(raw)
        parts.append(torch.cat([x[i] for i in INPUTS], 1).float().numpy())
    return np.concatenate(parts)


def train_gender(
    checkpoint: Path, root: Path | None = None, *, per_domain: int = 4000, seed: int = 0
) -> dict[str, object]:
    """Fit the gender head on `per_domain` product shots and as many screenshots of other
    products, register it in `checkpoint`, and return its early-stopping-split figures."""
    analyzer = Analyzer.from_checkpoint(checkpoint, "cpu")
    labels = list(GENDER_LABELS)
    rng = random.Random(seed)
    products = [
        p
        for p in load_products(root)
        if p.gender in labels and not is_held_out_product(p.id) and not is_inner_product(p.id)
    ]
    rng.shuffle(products)
    stop = [p for p in products if in_split(f"stop:{p.id}", 0.12)]
    fit = [p for p in products if not in_split(f"stop:{p.id}", 0.12)]
    stop = stop[: per_domain // 4]
    parts = {
        "fit shots": fit[:per_domain],
        "fit screenshots": fit[per_domain : 2 * per_domain],
        "stop shots": stop,
        "stop screenshots": stop,
    }
    x = {name: _inputs(analyzer, _images(ps, "screenshots" in name), name) for name, ps in parts.items()}
    y = {name: np.array([labels.index(p.gender) for p in ps]) for name, ps in parts.items()}
    config = HeadConfig(labels=labels, kind="gender", hidden=256, inputs=INPUTS)
    head, _ = fit_head(
        np.concatenate([x["fit shots"], x["fit screenshots"]]),
        np.concatenate([y["fit shots"], y["fit screenshots"]]),
        np.concatenate([x["stop shots"], x["stop screenshots"]]),
        np.concatenate([y["stop shots"], y["stop screenshots"]]),
        config,
        epochs=40,
        patience=8,
        seed=seed,
        desc="gender",
    )
    logits = {name: predict_logits(head, x[name]) for name in ("stop shots", "stop screenshots")}
    calibration = calibrate(torch.cat(list(logits.values())), np.concatenate([y[n] for n in logits]))
    config.temperature = float(calibration["temperature"])  # type: ignore[arg-type]
    config.calibration = {k: calibration[k]["ece"] for k in ("before", "after")}  # type: ignore[index]
    metrics = {
        f"accuracy_{name.split()[1]}": round(float((logits[name].argmax(1).numpy() == y[name]).mean()), 4)
        for name in logits
    }
    config.metrics = metrics
    config.trained_on = (
        f"{len(parts['fit shots'])} training-side product shots and {len(parts['fit screenshots'])} "
        "synthetic shop screenshots of other products (catalogue gender); early-stopped and calibrated "
        f"on {len(stop)} early-stopping products, as shots and as screenshots"
    )
    register_head(checkpoint, "gender", config, head)
    return {"task": "gender", **metrics, "temperature": config.temperature, "ece": config.calibration}
