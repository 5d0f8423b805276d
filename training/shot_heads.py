"""`stylist train gender`: a head that reads a product as people send it.

The heads of `stylist train heads` learned from cached features of catalogue shots at the
catalogue's 128 px; people send a product as a photo (224 px) or as a screenshot of a shop's page.
These heads read exactly the inputs the Analyzer computes for a sent photo (the pooled features and
stage statistics), trained on training-side product shots and synthetic shop screenshots
(`shared_data.screenshots`), early-stopped on "stop:" products and their temperature fitted there.
Products of the inner tuning split (`shared_data.is_inner_product`) and held-out products are left
out of both, so the answer's fusion with the nearest products (`application.profile`) is chosen on
the first and reported on the second.

- gender (men / women): the answer's gender used to come only from the nearest catalogue products,
  and only when nine in ten agreed — 52% of men's and women's inner-split shots were left "unisex"
  (69% of screenshots). Boys' and Girls' products count as men's and women's.

- usage (casual / formal / sports / ethnic / party): the usage head of `stylist train heads` learned
  from 128 px catalogue shots only (usage 0.853 on held-out shots, 0.818 on screenshots, sports
  recall 0.65). Here each usage gives at most a quarter of each view's products, so the 23k casual
  products do not drown 4k sports, 1k formal and 0.4k ethnic ones; the rare usages are seen in
  both views. Its fusion with the neighbours' usages (`vocabulary.thresholds`) is chosen on the
  inner split.
"""

from __future__ import annotations

import hashlib
import json
import random
from collections.abc import Callable
from pathlib import Path

import numpy as np
import torch
from tqdm import tqdm

from inference.analyzer import Analyzer
from inference.config import HeadConfig
from inference.images import open_rgb
from shared_data import Product, is_early_stopping, is_held_out_product, is_inner_product, load_products
from vocabulary import GENDER_LABELS, USAGES

from .calibration import calibrate, plot_reliability
from .fit import fit_head, predict_logits
from .full_finetune import as_screenshot
from .registry import register_head

INPUTS = ["backbone", "stages"]


def _inputs(
    analyzer: Analyzer, products: list[Product], screenshots: bool, desc: str, cache: Path | None
) -> np.ndarray:
    """The head's standardised inputs, as the Analyzer computes them for a sent photo, in batches;
    kept in `cache` by the products and the view (they depend on the frozen backbone only)."""
    key = hashlib.sha1(f"{screenshots}:{INPUTS}:{[p.id for p in products]}".encode()).hexdigest()[:16]
    path = cache / f"shot-inputs-{key}.npy" if cache else None
    if path is not None and path.exists():
        return np.load(path)
    parts = []
    for start in tqdm(range(0, len(products), 32), desc=desc, unit="batch"):
        load = as_screenshot if screenshots else (lambda p: open_rgb(p.path))
        raw = analyzer.head_inputs([load(p) for p in products[start : start + 32]])
        with torch.inference_mode():
            x = analyzer.heads.standardise(raw)
        parts.append(torch.cat([x[i] for i in INPUTS], 1).float().numpy())
    inputs = np.concatenate(parts)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        np.save(path, inputs)
    return inputs


def train_shot_head(
    checkpoint: Path,
    name: str,
    config: HeadConfig,
    label_of: Callable[[Product], str | None],
    views: dict[str, list[Product]],
    stop: list[Product],
    *,
    balance: float = 0.5,
    seed: int = 0,
    report_dir: Path | None = None,
    cache: Path | None = None,
) -> dict[str, object]:
    """Fit head `name` on `views` ("shots" / "screenshots" -> products seen that way), early-stop
    and calibrate it on `stop` in both views, register it in `checkpoint` and its reliability
    diagram in `report_dir`; its stop-split figures."""
    analyzer = Analyzer.from_checkpoint(checkpoint, "cpu")
    labels = config.labels

    def y_of(products: list[Product]) -> np.ndarray:
        return np.array([labels.index(label_of(p)) for p in products])  # type: ignore[arg-type]

    x_fit = [
        _inputs(analyzer, ps, view == "screenshots", f"{name}: {view}", cache) for view, ps in views.items()
    ]
    y_fit = [y_of(ps) for ps in views.values()]
    x_stop = {
        view: _inputs(analyzer, stop, view == "screenshots", f"{name}: stop {view}", cache) for view in views
    }
    y_stop = y_of(stop)
    head, _ = fit_head(
        np.concatenate(x_fit),
        np.concatenate(y_fit),
        np.concatenate(list(x_stop.values())),
        np.concatenate([y_stop] * len(x_stop)),
        config,
        epochs=40,
        patience=8,
        balance=balance,
        seed=seed,
        desc=name,
    )
    logits = {view: predict_logits(head, x) for view, x in x_stop.items()}
    calibration = calibrate(torch.cat(list(logits.values())), np.concatenate([y_stop] * len(logits)))
    config.temperature = float(calibration["temperature"])  # type: ignore[arg-type]
    config.calibration = {k: calibration[k]["ece"] for k in ("before", "after")}  # type: ignore[index]
    config.metrics = {
        f"accuracy_{view}": round(float((out.argmax(1).numpy() == y_stop).mean()), 4)
        for view, out in logits.items()
    }
    config.inputs = INPUTS
    config.trained_on = (
        " and ".join(f"{len(ps)} training-side products as {view}" for view, ps in views.items())
        + f"; early-stopped and calibrated on {len(stop)} early-stopping products, in both views"
    )
    register_head(checkpoint, name, config, head)
    if report_dir is not None:
        report_dir.mkdir(parents=True, exist_ok=True)
        plot_reliability({name: calibration}, report_dir / f"reliability-{name}.png")
        (report_dir / f"metrics-{name}.json").write_text(json.dumps(calibration, indent=1), encoding="utf-8")
    return {"task": name, **config.metrics, "temperature": config.temperature, "ece": config.calibration}


def _training_side(
    root: Path | None, keep: Callable[[Product], bool], seed: int
) -> tuple[list[Product], list[Product]]:
    """Shuffled training-side products (neither held out nor inner) that `keep` accepts: (fit, stop)."""
    products = [
        p
        for p in load_products(root)
        if keep(p) and not is_held_out_product(p.id) and not is_inner_product(p.id)
    ]
    random.Random(seed).shuffle(products)
    stop = [p for p in products if is_early_stopping(p.id)]
    return [p for p in products if not is_early_stopping(p.id)], stop


def train_gender(
    checkpoint: Path,
    root: Path | None = None,
    *,
    report_dir: Path | None = None,
    cache: Path | None = None,
    per_domain: int = 4000,
    seed: int = 0,
) -> dict[str, object]:
    """The gender head: `per_domain` product shots and as many screenshots of other products."""
    fit, stop = _training_side(root, lambda p: p.gender in GENDER_LABELS, seed)
    return train_shot_head(
        checkpoint,
        "gender",
        HeadConfig(labels=list(GENDER_LABELS), kind="gender", hidden=256),
        lambda p: p.gender,
        {"shots": fit[:per_domain], "screenshots": fit[per_domain : 2 * per_domain]},
        stop[: per_domain // 4],
        seed=seed,
        report_dir=report_dir,
        cache=cache,
    )


def _capped(products: list[Product], label_of: Callable[[Product], str], cap: int) -> list[Product]:
    """At most `cap` products of each label, in the given (shuffled) order."""
    seen: dict[str, int] = {}
    kept = []
    for p in products:
        label = label_of(p)
        if seen.get(label, 0) < cap:
            seen[label] = seen.get(label, 0) + 1
            kept.append(p)
    return kept


def train_usage(
    checkpoint: Path,
    root: Path | None = None,
    *,
    report_dir: Path | None = None,
    cache: Path | None = None,
    per_domain: int = 6000,
    seed: int = 0,
) -> dict[str, object]:
    """The usage head: up to `per_domain` shots and as many screenshots, each usage at most a quarter
    of them (the rarer usages in both views, casual on different products in each)."""
    fit, stop = _training_side(root, lambda p: p.usage in USAGES, seed)
    cap = per_domain // 4
    shots = _capped(fit, lambda p: p.usage, cap)
    shot_ids = {p.id for p in shots}
    rest = [p for p in fit if p.id not in shot_ids] + [p for p in shots if p.usage != "casual"]
    screenshots = _capped(rest, lambda p: p.usage, cap)
    return train_shot_head(
        checkpoint,
        "usage",
        HeadConfig(labels=list(USAGES), kind="style", hidden=256),
        lambda p: p.usage,
        {"shots": shots, "screenshots": screenshots},
        _capped(stop, lambda p: p.usage, per_domain // 16),
        balance=0.25,
        seed=seed,
        report_dir=report_dir,
        cache=cache,
    )
