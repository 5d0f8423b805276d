"""`stylist evaluate transfer`: how the category model's recipe compares, on the same held-out photos.

Rows, all on the clothing photos of held-out senders (mirrored test-time view averaged in):
- frozen ImageNet features + linear head, for each backbone (EfficientNet-Lite0, MobileNetV2);
- frozen Lite0 features + linear head trained on product shots only (the catalogue-to-photo transfer);
- the shipped model (Lite0 stages 6–7 fine-tuned), as its checkpoint describes it;
- full fine-tuning of every layer, from the result files `stylist train category-full` writes
  beside the table (its training takes the better part of an hour on a 2-core CPU, so the
  comparison reads its measured row rather than training it again).
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import torch

from inference.backbones import SPECS
from inference.config import HeadConfig, ModelConfig
from inference.lite_split import trunk_and_tail
from shared_data import load_products
from vocabulary import GARMENT_CATEGORIES

from .finetune import cache_trunk
from .fit import fit_head
from .tasks import evaluate_head, inner_split, photo_features


def _linear(x: np.ndarray, y: np.ndarray, x_stop: np.ndarray, y_stop: np.ndarray, seed: int):  # type: ignore[no-untyped-def]
    mean, std = x.mean(0), x.std(0) + 1e-6

    def norm(a: np.ndarray) -> np.ndarray:
        return ((a - mean) / std).astype(np.float32)

    config = HeadConfig(labels=list(GARMENT_CATEGORIES), kind="category")
    head, _ = fit_head(
        norm(x), y, norm(x_stop), y_stop, config, epochs=60, patience=10, seed=seed, desc="linear"
    )
    return head, norm


def compare_category(
    shipped: ModelConfig, cache: Path, root: Path | None = None, seed: int = 0, rows_dir: Path | None = None
) -> dict[str, object]:
    """The comparison table as a dict: one row per recipe with accuracy and macro-F1."""
    labels = list(GARMENT_CATEGORIES)
    rows: list[dict[str, object]] = []
    lite = None
    for backbone in ("efficientnet_lite0", "mobilenet_v2"):
        spec = SPECS[backbone]
        config = ModelConfig(backbone=backbone, feature_dim=spec.feature_dim, mean=spec.mean, std=spec.std)
        f = photo_features(config, cache, root)
        stop = inner_split(f.photo_train_groups)
        x = np.concatenate([f.photo_train[~stop], f.photo_train_flip[~stop]])
        y = np.concatenate([f.y_photo_train[~stop]] * 2)
        head, norm = _linear(x, y, f.photo_train[stop], f.y_photo_train[stop], seed)
        m = evaluate_head(head, norm(f.photo_val), f.y_photo_val, labels, norm(f.photo_val_flip))
        rows.append(_row(f"frozen {backbone} + linear head (photos)", m))
        if backbone == "efficientnet_lite0":
            lite = f
    assert lite is not None
    # Product shots only: the catalogue's garment shots, pooled from the cached trunk at catalogue size.
    products = [p for p in load_products(root) if p.category in labels]
    trunk, tail = trunk_and_tail(shipped)
    acts = cache_trunk(
        trunk,
        [p.path for p in products],
        shipped,
        cache,
        flip=False,
        batch_size=64,
        size=shipped.catalog_input_size,
    )
    pooled = []
    with torch.inference_mode():
        for start in range(0, len(acts), 512):
            pooled.append(tail(torch.from_numpy(np.asarray(acts[start : start + 512], np.float32))).numpy())
    x_products = np.concatenate(pooled)
    y_products = np.array([labels.index(p.category) for p in products])
    stop = np.arange(len(products)) % 10 == 0
    head, norm = _linear(x_products[~stop], y_products[~stop], x_products[stop], y_products[stop], seed)
    m = evaluate_head(head, norm(lite.photo_val), lite.y_photo_val, labels, norm(lite.photo_val_flip))
    rows.append(_row(f"frozen efficientnet_lite0 + linear head (product shots only, {len(products)})", m))
    shipped_metrics = shipped.heads["category"].metrics
    rows.append(
        {
            "recipe": "shipped: " + (shipped.heads["category"].trained_on.split(";")[0] or "category model"),
            "accuracy": shipped_metrics.get("accuracy"),
            "macro_f1": shipped_metrics.get("macro_f1"),
        }
    )
    for file in sorted(rows_dir.glob("*-finetune-*.json")) if rows_dir else []:
        measured = json.loads(file.read_text(encoding="utf-8"))
        if measured.get("n") == len(lite.y_photo_val):  # the same held-out photos only
            rows.append(_row(f"{measured['recipe']} (`{file.name}`)", measured))
    return {"task": "transfer", "n": int(len(lite.y_photo_val)), "rows": rows}


def _row(recipe: str, metrics: dict[str, object]) -> dict[str, object]:
    return {"recipe": recipe, "accuracy": metrics["accuracy"], "macro_f1": metrics["macro_f1"]}


def write_table(result: dict[str, object], out: Path, command: str) -> Path:
    out.parent.mkdir(parents=True, exist_ok=True)
    lines = [
        "# Category: recipes compared on the same held-out photos",
        "",
        f"{result['n']} clothing photos of held-out senders; produced by `{command}`.",
        "",
        "| recipe | accuracy | macro-F1 |",
        "|---|---|---|",
    ]
    for row in result["rows"]:  # type: ignore[attr-defined]
        lines.append(f"| {row['recipe']} | {row['accuracy']:.3f} | {row['macro_f1']:.3f} |")
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return out
