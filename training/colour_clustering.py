"""The other way to name a garment's colour: cluster the garment region's pixels and name the
dominant cluster by its nearest palette colour in CIELAB. `stylist evaluate colour` scores it on the
same held-out products as the learned head, so the card can say which one ships and why.

Two namings of the dominant cluster are compared: fixed reference colours (the textbook method), and
references fitted on training products (the median dominant colour of each label: a 16-row table,
the least a learned method can be).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PIL import Image
from tqdm import tqdm

from inference.colour import garment_region, rgb_to_lab
from inference.images import open_rgb
from shared_data import Product, is_held_out_product, load_products
from vocabulary import COLOURS, SHADES

from .fit import accuracy, confusion, macro_f1, per_class

REFERENCE_RGB = SHADES  # palette label -> a typical garment shade (`vocabulary.shades`)


def dominant_lab(image: Image.Image, k: int = 3, iterations: int = 10) -> np.ndarray:
    """CIELAB colour of the heaviest of k weighted k-means clusters of the garment region's pixels
    (the colour head's region: centre-weighted, plain white background left out)."""
    rgb, _, weight = garment_region(image)
    keep = weight > 1e-3 * weight.max()
    lab, w = rgb_to_lab(rgb[keep].astype(np.float64)), weight[keep]
    order = np.argsort(lab[:, 0])  # start from dark, middle and light pixels
    centres = lab[order[((np.arange(k) + 0.5) / k * len(lab)).astype(int)]].copy()
    for _ in range(iterations):
        assign = ((lab[:, None, :] - centres[None]) ** 2).sum(-1).argmin(1)
        for j in range(k):
            members = assign == j
            if w[members].sum() > 0:
                centres[j] = (lab[members] * w[members, None]).sum(0) / w[members].sum()
    mass = np.bincount(assign, weights=w, minlength=k)
    return centres[int(mass.argmax())]


def name(lab: np.ndarray, references: dict[str, np.ndarray]) -> str:
    """The palette label whose reference is nearest in CIELAB."""
    return min(references, key=lambda label: float(((references[label] - lab) ** 2).sum()))


def fixed_references() -> dict[str, np.ndarray]:
    """The textbook palette: each label at a typical shade ('multi' has none)."""
    return {label: rgb_to_lab(np.array(rgb) / 255.0) for label, rgb in REFERENCE_RGB.items()}


def fitted_references(products: list[Product]) -> dict[str, np.ndarray]:
    """Each label's median dominant colour over training products."""
    by_label: dict[str, list[np.ndarray]] = {}
    for product in tqdm(products, desc="pixel clusters: fit references", unit="image"):
        by_label.setdefault(str(product.colour), []).append(dominant_lab(open_rgb(product.path)))
    return {label: np.median(np.stack(labs), axis=0) for label, labs in by_label.items()}


def evaluate_pixel_clustering(
    root: Path | None = None, limit: int | None = None, fit_on: int = 2000, seed: int = 0
) -> dict[str, dict[str, object]]:
    """Accuracy and macro-F1 of both namings on the held-out products `stylist evaluate colour` scores."""
    products = [p for p in load_products(root) if p.colour]
    held_out = [p for p in products if is_held_out_product(p.id)]
    held_out = held_out[:limit] if limit else held_out
    training = [p for p in products if not is_held_out_product(p.id)]
    rng = np.random.default_rng(seed)
    sample = [training[i] for i in rng.choice(len(training), min(fit_on, len(training)), replace=False)]
    methods = {"pixel clustering, fixed references": fixed_references()}
    methods["pixel clustering, references fitted on training products"] = fitted_references(sample)
    bar = tqdm(held_out, desc="pixel clusters: evaluate", unit="image")
    labs = [dominant_lab(open_rgb(p.path)) for p in bar]
    labels = list(COLOURS)
    y = np.array([labels.index(str(p.colour)) for p in held_out])
    results: dict[str, dict[str, object]] = {}
    for method, references in methods.items():
        pred = np.array([labels.index(name(lab, references)) for lab in labs])
        table = per_class(confusion(pred, y, len(labels)), labels)
        results[method] = {"n": len(y), "accuracy": accuracy(pred, y), "macro_f1": macro_f1(table)}
    return results
