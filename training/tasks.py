"""`stylist train heads`: the shipped checkpoint, from cached backbone features of the real data.

Category is learned from the clothing photos (train split grouped by sender; horizontal flips as
augmentation) together with the catalogue's product shots; colour, pattern and usage from the product
shots (split by product id). Every head early-stops on an inner split carved from its training data,
so the validation split is only ever used to report.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch

from inference.backbones import SPECS, create_backbone
from inference.colour import DIM as COLOUR_DIM
from inference.config import DEFAULT_CHECKPOINT, HeadConfig, ModelConfig
from inference.heads import Ensemble, Heads, save_checkpoint
from inference.images import to_tensor
from shared_data import (
    Product,
    data_root,
    files_hash,
    is_early_stopping,
    is_held_out_product,
    load_photos,
    load_products,
    split_photos,
)
from vocabulary import COLOURS, GARMENT_CATEGORIES, PATTERNS, USAGES, colours_in_name

from .clusters import choose_k, kmeans, name_clusters
from .features import cached_features, colour_features_of
from .fit import History, accuracy, confusion, fit_head, macro_f1, per_class, predict_logits
from .plots import silhouette_curve, training_curves

log = logging.getLogger(__name__)
DEFAULT_CACHE = Path("var/cache")


@dataclass
class PhotoFeatures:
    """Cached features of the clothing photos (and their mirrors), split by sender."""

    photo_train: np.ndarray
    photo_train_flip: np.ndarray
    photo_val: np.ndarray
    photo_val_flip: np.ndarray
    y_photo_train: np.ndarray
    y_photo_val: np.ndarray
    photo_train_groups: list[str]
    paths: list[Path]


@dataclass
class FeatureSet(PhotoFeatures):
    """Cached features of the data sets for one backbone: the photos' and the products'."""

    products: list[Product]
    product_features: np.ndarray  # every product at the catalogue's input size
    large_rows: np.ndarray  # every third product, also seen at the photos' input size
    product_features_large: np.ndarray
    product_stages: np.ndarray  # stage statistics of every product at the catalogue's input size
    product_stages_large: np.ndarray  # ... and of the `large_rows` at the photos' input size
    data_hash: str


def backbone_features_fn(config: ModelConfig, size: int, stages: bool = False):  # type: ignore[no-untyped-def]
    """Pooled backbone features of images at `size`, or their `backbones.stage_statistics`."""
    backbone = create_backbone(config.backbone, config.backbone_weights).eval()

    def features(images):  # type: ignore[no-untyped-def]
        with torch.inference_mode():
            batch = to_tensor(images, size, config.mean, config.std)
            return backbone.with_stages(batch)[1] if stages else backbone(batch)

    return features


def feature_key(config: ModelConfig, size: int) -> str:
    """What the cached features depend on: backbone, weights, input size, normalisation, transform."""
    return f"{config.backbone}:{config.backbone_weights}:{size}:{config.mean}:{config.std}:centre-crop"


def photo_features(config: ModelConfig, cache: Path, root: Path | None = None) -> PhotoFeatures:
    """Features of every clothing photo and its mirror at the photos' input size, from cache or computed."""
    photos = load_photos(root)
    train, val = split_photos(photos)
    photo_fn = backbone_features_fn(config, config.input_size)
    key = feature_key(config, config.input_size)
    all_paths = [p.path for p in photos]
    plain = cached_features(all_paths, photo_fn, cache, key, desc="photos")
    flip = cached_features(all_paths, photo_fn, cache, key, desc="photos", flip=True)
    index = {p.path: i for i, p in enumerate(photos)}
    tr = np.array([index[p.path] for p in train])
    va = np.array([index[p.path] for p in val])
    label = {c: i for i, c in enumerate(GARMENT_CATEGORIES)}
    return PhotoFeatures(
        photo_train=plain[tr],
        photo_train_flip=flip[tr],
        photo_val=plain[va],
        photo_val_flip=flip[va],
        y_photo_train=np.array([label[p.category] for p in train]),
        y_photo_val=np.array([label[p.category] for p in val]),
        photo_train_groups=[p.sender_id for p in train],
        paths=all_paths,
    )


def load_feature_set(config: ModelConfig, cache: Path, root: Path | None = None) -> FeatureSet:
    """Features of every clothing photo (and its mirror) and every product shot, from cache or computed."""
    photos = photo_features(config, cache, root)
    products = load_products(root)
    product_feats = cached_features(
        [p.path for p in products],
        backbone_features_fn(config, config.catalog_input_size),
        cache,
        feature_key(config, config.catalog_input_size),
        desc="products",
    )
    # Heads must read photos (input_size) as well as catalogue shots: a third of the products at that size.
    large_rows = np.arange(0, len(products), 3)
    product_large = cached_features(
        [products[i].path for i in large_rows],
        backbone_features_fn(config, config.input_size),
        cache,
        feature_key(config, config.input_size),
        desc="products at photo size",
    )
    stages = cached_features(
        [p.path for p in products],
        backbone_features_fn(config, config.catalog_input_size, stages=True),
        cache,
        "stages:" + feature_key(config, config.catalog_input_size),
        desc="product stages",
    )
    stages_large = cached_features(
        [products[i].path for i in large_rows],
        backbone_features_fn(config, config.input_size, stages=True),
        cache,
        "stages:" + feature_key(config, config.input_size),
        desc="product stages at photo size",
    )
    return FeatureSet(
        **photos.__dict__,
        products=products,
        product_features=product_feats,
        large_rows=large_rows,
        product_features_large=product_large,
        product_stages=stages,
        product_stages_large=stages_large,
        data_hash=files_hash(photos.paths + [p.path for p in products]),
    )


def inner_split(groups: list[str], fraction: float = 0.12) -> np.ndarray:
    """Boolean mask of rows whose group falls in the early-stopping split (stable by hash)."""
    return np.array([is_early_stopping(g, fraction) for g in groups])


def evaluate_head(
    head: torch.nn.Module, x: np.ndarray, y: np.ndarray, labels: list[str], x_flip: np.ndarray | None = None
) -> dict[str, object]:
    """Accuracy, macro-F1, per-class table and confusion matrix on a held-out split."""
    probs = predict_logits(head, x).softmax(1)
    if x_flip is not None:
        probs = (probs + predict_logits(head, x_flip).softmax(1)) / 2
    pred = probs.argmax(1).numpy()
    matrix = confusion(pred, y, len(labels))
    table = per_class(matrix, labels)
    return {
        "accuracy": accuracy(pred, y),
        "macro_f1": macro_f1(table),
        "n": int(len(y)),
        "per_class": table,
        "confusion": matrix.tolist(),
    }


def _product_head(
    name: str,
    labels: list[str],
    values: list[str | None],
    views: dict[str, tuple[np.ndarray, np.ndarray]],
    products: list[Product],
    *,
    hidden: int = 0,
    seed: int = 0,
    balance: float = 0.5,
    trusted: np.ndarray | None = None,
    members: int = 1,
) -> tuple[torch.nn.Module, History, dict[str, object], HeadConfig]:
    """Train a head on labelled products seen at several input scales (`views`: name -> (product
    indices, features)), split by product id; evaluate on held-out products at every scale.
    `trusted` (one bool per product) leaves doubtful labels out of training, never out of evaluation;
    `members` > 1 trains that many heads from seeds `seed`, `seed + 1`, ... and averages them."""
    index = {label: i for i, label in enumerate(labels)}
    parts: dict[str, list[np.ndarray]] = {"x_train": [], "y_train": [], "x_stop": [], "y_stop": []}
    held_out: dict[str, tuple[np.ndarray, np.ndarray]] = {}
    for view, (product_rows, x) in views.items():
        keep = np.array([values[i] in index for i in product_rows])
        rows, feats = product_rows[keep], x[keep]
        y = np.array([index[values[i]] for i in rows])  # type: ignore[index]
        held = np.array([is_held_out_product(products[i].id) for i in rows])
        ok = trusted[rows] if trusted is not None else np.ones(len(rows), dtype=bool)
        stop = np.array([is_early_stopping(products[i].id) for i in rows]) & ~held & ok
        train = ~held & ~stop & ok
        parts["x_train"].append(feats[train])
        parts["y_train"].append(y[train])
        parts["x_stop"].append(feats[stop])
        parts["y_stop"].append(y[stop])
        held_out[view] = (feats[held], y[held])
    config = HeadConfig(
        labels=labels, kind="style" if name == "usage" else "attribute", hidden=hidden, members=members
    )
    x_train, y_train = np.concatenate(parts["x_train"]), np.concatenate(parts["y_train"])
    fitted = [
        fit_head(
            x_train,
            y_train,
            np.concatenate(parts["x_stop"]),
            np.concatenate(parts["y_stop"]),
            HeadConfig(labels=labels, hidden=hidden),
            seed=seed + member,
            desc=name if members == 1 else f"{name} ({member + 1}/{members})",
            balance=balance,
        )
        for member in range(members)
    ]
    head, history = fitted[0]  # the first member's curve stands for the ensemble's
    if members > 1:
        head = Ensemble([member for member, _ in fitted]).eval()
    metrics: dict[str, object] = {}
    for view, (x, y) in held_out.items():
        result = evaluate_head(head, x, y, labels)
        metrics = metrics or result  # the first view (catalogue scale) is the headline
        metrics[f"accuracy_{view}"] = result["accuracy"]
    config.metrics = {k: v for k, v in metrics.items() if k.startswith("accuracy") or k == "macro_f1"}  # type: ignore[misc]
    config.trained_on = (
        f"{len(y_train)} product views ({', '.join(views)}); evaluated on held-out products (split by id)"
    )
    return head, history, metrics, config


def _keep_finetuned_tails(config: ModelConfig, out: Path) -> None:
    """Fine-tuned tails (category, embedding), the parsing decoder and the outfit gate depend only on
    the backbone, so retraining the heads keeps them."""
    if not out.exists():
        return
    previous = ModelConfig.load(out)
    if previous.backbone != config.backbone:
        return
    if previous.category_model and (out.parent / previous.category_model).exists():
        config.category_model = previous.category_model
        config.heads["category"].metrics = previous.heads["category"].metrics
        config.heads["category"].trained_on = previous.heads["category"].trained_on
    if previous.embedding_model and (out.parent / previous.embedding_model).exists():
        config.embedding_model = previous.embedding_model
        config.embedding_dim = previous.embedding_dim
        config.embedding_metrics = previous.embedding_metrics
    if previous.parsing_model and (out.parent / previous.parsing_model).exists():
        config.parsing_model = previous.parsing_model
        config.parsing_metrics = previous.parsing_metrics
    if previous.outfit_gate_model and (out.parent / previous.outfit_gate_model).exists():
        config.outfit_gate_model = previous.outfit_gate_model
        config.outfit_gate_metrics = previous.outfit_gate_metrics


def train_heads(
    out: Path = DEFAULT_CHECKPOINT,
    cache: Path = DEFAULT_CACHE,
    root: Path | None = None,
    backbone: str = "efficientnet_lite0",
    seed: int = 0,
    with_products: bool = True,
    report_dir: Path | None = None,
) -> dict[str, object]:
    """Train every head and the style clusters; write the checkpoint and return the metrics."""
    spec = SPECS[backbone]
    config = ModelConfig(backbone=backbone, feature_dim=spec.feature_dim, mean=spec.mean, std=spec.std)
    fs = load_feature_set(config, cache, root)
    products = fs.products
    feats_p = fs.product_features
    # Shared standardisation of features over everything the heads train on.
    pool = np.concatenate([fs.photo_train, fs.photo_train_flip, feats_p, fs.product_features_large])
    mean, std = pool.mean(0), pool.std(0) + 1e-6

    def norm(x: np.ndarray) -> np.ndarray:
        return ((x - mean) / std).astype(np.float32)

    report: dict[str, object] = {"backbone": backbone, "data_root": str(root or data_root()), "seed": seed}
    heads: dict[str, HeadConfig] = {}
    modules: dict[str, torch.nn.Module] = {}
    histories: dict[str, History] = {}

    # Category: photos (+ mirrored) and, optionally, product shots of garment categories.
    labels = list(GARMENT_CATEGORIES)
    stop_mask = inner_split(fs.photo_train_groups)
    x_tr = [fs.photo_train[~stop_mask], fs.photo_train_flip[~stop_mask]]
    y_tr = [fs.y_photo_train[~stop_mask]] * 2
    if with_products:
        index = {c: i for i, c in enumerate(labels)}
        rows = [i for i, p in enumerate(products) if p.category in index and not is_held_out_product(p.id)]
        x_tr.append(feats_p[rows])
        y_tr.append(np.array([index[products[i].category] for i in rows]))  # type: ignore[index]
    cat_config = HeadConfig(labels=labels, kind="category", hidden=512)
    head, history = fit_head(
        norm(np.concatenate(x_tr)),
        np.concatenate(y_tr),
        norm(fs.photo_train[stop_mask]),
        fs.y_photo_train[stop_mask],
        cat_config,
        epochs=80,
        patience=12,
        seed=seed,
        desc="category",
    )
    metrics = evaluate_head(head, norm(fs.photo_val), fs.y_photo_val, labels, norm(fs.photo_val_flip))
    cat_config.metrics = {"accuracy": metrics["accuracy"], "macro_f1": metrics["macro_f1"]}  # type: ignore[dict-item]
    cat_config.trained_on = (
        f"{int((~stop_mask).sum())} clothing photos (+ mirrored)"
        + (f" and {len(y_tr[-1])} product shots" if with_products else "")
        + f"; evaluated on {len(fs.y_photo_val)} photos of held-out senders"
    )
    heads["category"], modules["category"], histories["category"] = cat_config, head, history
    report["category"] = metrics

    # Colour reads pixel colour features of the garment region and the backbone's stage statistics;
    # pattern reads the pooled features and the stage statistics (texture). The pooled features alone
    # carry little colour: with them the colour head scored lower on held-out products.
    colour_p = colour_features_of([p.path for p in products], cache)
    colour_mean, colour_std = colour_p.mean(0), colour_p.std(0) + 1e-6
    stage_pool = np.concatenate([fs.product_stages, fs.product_stages_large])
    stage_mean, stage_std = stage_pool.mean(0), stage_pool.std(0) + 1e-6
    config.colour_dim, config.stage_dim = COLOUR_DIM, fs.product_stages.shape[1]

    def standard(x: np.ndarray, mean: np.ndarray, std: np.ndarray) -> np.ndarray:
        return ((x - mean) / std).astype(np.float32)

    inputs = {
        "catalog_scale": {
            "backbone": norm(feats_p),
            "colour": standard(colour_p, colour_mean, colour_std),
            "stages": standard(fs.product_stages, stage_mean, stage_std),
        },
        "photo_scale": {
            "backbone": norm(fs.product_features_large),
            "colour": standard(colour_p[fs.large_rows], colour_mean, colour_std),
            "stages": standard(fs.product_stages_large, stage_mean, stage_std),
        },
    }
    rows = {"catalog_scale": np.arange(len(products)), "photo_scale": fs.large_rows}

    def views(names: list[str]) -> dict[str, tuple[np.ndarray, np.ndarray]]:
        return {v: (rows[v], np.concatenate([inputs[v][n] for n in names], 1)) for v in inputs}

    # A product whose name names colours other than its catalogue colour ("White Flower Black Top"
    # labelled navy) is a doubtful colour label: 2% of the catalogue, left out of colour training.
    colour_trusted = np.array([not (c := colours_in_name(p.name)) or p.colour in c for p in products])
    for name, vocab, values, head_inputs, hidden in (
        ("colour", COLOURS, [p.colour for p in products], ["colour", "stages"], 512),
        ("pattern", PATTERNS, [p.pattern for p in products], ["backbone", "stages"], 256),
        ("usage", USAGES, [p.usage for p in products], ["backbone"], 256),
    ):
        # Usage has classes of 25 examples (party) beside 23k (casual): weighting them up fully makes
        # them pop up on out-of-domain photos, so usage gets a milder balance.
        head, history, metrics, head_config = _product_head(
            name,
            list(vocab),
            values,
            views(head_inputs),
            products,
            hidden=hidden,
            seed=seed,
            balance=0.25 if name == "usage" else 0.5,
            trusted=colour_trusted if name == "colour" else None,
            # Three seeds averaged: +1 point of held-out colour accuracy over one head.
            members=3 if name in ("colour", "pattern") else 1,
        )
        head_config.inputs = head_inputs
        heads[name], modules[name], histories[name] = head_config, head, history
        report[name] = metrics

    # Style clusters over the catalogue's normalised embeddings.
    unit = feats_p / np.linalg.norm(feats_p, axis=1, keepdims=True)
    unit = unit.astype(np.float32)
    k, curve = choose_k(unit, range(6, 25, 2), seed=seed)
    centroids, assign = kmeans(unit, k, seed)
    names = name_clusters(
        assign, k, [p.usage for p in products], [p.category for p in products], [p.colour for p in products]
    )
    report["clusters"] = {"k": k, "silhouette": curve, "names": names}

    config.heads = heads
    config.cluster_names = names
    _keep_finetuned_tails(config, out)
    config.data_hash = fs.data_hash
    module = Heads(config)
    module.feature_mean.copy_(torch.from_numpy(mean))
    module.feature_std.copy_(torch.from_numpy(std))
    module.colour_mean.copy_(torch.from_numpy(colour_mean))
    module.colour_std.copy_(torch.from_numpy(colour_std))
    module.stage_mean.copy_(torch.from_numpy(stage_mean))
    module.stage_std.copy_(torch.from_numpy(stage_std))
    module.centroids.copy_(torch.from_numpy(centroids))
    for name, head in modules.items():
        module.heads[name].load_state_dict(head.state_dict())
    save_checkpoint(config, module, out)
    report["histories"] = {n: h.__dict__ for n, h in histories.items()}
    if report_dir is not None:
        report_dir.mkdir(parents=True, exist_ok=True)
        (report_dir / "train-report.json").write_text(json.dumps(report, indent=1), encoding="utf-8")
        training_curves(report["histories"], report_dir / "training" / "curves.png")  # type: ignore[arg-type]
        silhouette_curve(curve, k, report_dir / "clusters" / "silhouette.png")
    return report
