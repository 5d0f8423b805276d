"""The product embedding of the vector index, fine-tuned for retrieval on the catalogue's shots.

ImageNet features put a T-shirt near a top of the same colour and pose more often than near another
T-shirt. Here a copy of Lite0's last stages (6–7) and a projection to 256 dimensions are trained on
the product shots (split by id) with a cosine-softmax over `articleType` and, as a second task with
weight 0.3, over the palette colour; the projection also reads the pixel colour features. Nearest
neighbours in this space share the article type and colour far more often (`stylist evaluate
retrieval`). As in `finetune`, the trunk runs once per image and its activations are cached; mirrored
activations serve as augmentation.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
import torch
from torch import nn
from tqdm import tqdm

from inference.colour import DIM as COLOUR_DIM
from inference.config import ModelConfig
from inference.lite_split import EmbeddingNet, trunk_and_tail
from shared_data import is_held_out_product, load_products

from .features import colour_features_of
from .finetune import cache_trunk
from .fit import seed_everything
from .loop import Batch, fit
from .plots import write_run_report
from .registry import register_weights
from .tasks import inner_split


def precision_at_k(
    embeddings: np.ndarray, labels: np.ndarray, queries: np.ndarray, gallery: np.ndarray, k: int = 5
) -> float:
    """Share of each query's k nearest gallery items (inner product) that carry its label."""
    hits = []
    g = embeddings[gallery]
    for start in range(0, len(queries), 1024):
        q = queries[start : start + 1024]
        scores = embeddings[q] @ g.T
        top = np.argpartition(-scores, k, axis=1)[:, :k]
        hits.append((labels[gallery][top] == labels[q][:, None]).mean(axis=1))
    return float(np.concatenate(hits).mean()) if hits else 0.0


def embed_all(net: EmbeddingNet, acts: np.ndarray, colour: np.ndarray, batch_size: int = 256) -> np.ndarray:
    net.eval()
    out = []
    with torch.inference_mode():
        for start in range(0, len(acts), batch_size):
            a = torch.from_numpy(np.asarray(acts[start : start + batch_size], dtype=np.float32))
            out.append(net(a, torch.from_numpy(colour[start : start + batch_size])).numpy())
    return np.concatenate(out)


def train_embedding(
    checkpoint: Path,
    cache: Path,
    root: Path | None = None,
    *,
    epochs: int = 8,
    dim: int = 256,
    colour_weight: float = 0.3,
    scale: float = 16.0,
    batch_size: int = 64,
    lr_tail: float = 3e-4,
    lr_head: float = 2e-3,
    seed: int = 0,
    report_dir: Path | None = None,
) -> dict[str, object]:
    """Train the embedding net on the catalogue's training products and register it in the checkpoint.

    Each epoch is checked on an inner split of the training products (queries against the rest);
    the best epoch is kept. The result carries precision@5 of held-out products against the training
    products, which is what `stylist evaluate retrieval` measures on the built index.
    """
    from inference.heads import load_checkpoint

    seed_everything(seed)
    config, _ = load_checkpoint(checkpoint)
    everything = load_products(root)
    colour_all = colour_features_of([p.path for p in everything], cache)
    keep = [i for i, p in enumerate(everything) if p.category]
    products = [everything[i] for i in keep]
    colour = colour_all[keep].astype(np.float32)
    trunk, tail = trunk_and_tail(config)
    acts = np.asarray(
        cache_trunk(
            trunk, [p.path for p in products], config, cache, flip=False, batch_size=64,
            size=config.catalog_input_size,
        )
    )  # fmt: skip
    types = sorted({p.article_type for p in products})
    colours = sorted({p.colour for p in products if p.colour})
    y_type = np.array([types.index(p.article_type) for p in products])
    y_colour = np.array([colours.index(p.colour) if p.colour else -100 for p in products])
    held = np.array([is_held_out_product(p.id) for p in products])
    stop = ~held & inner_split([str(p.id) for p in products], 0.1)
    train = np.where(~held & ~stop)[0]

    net = EmbeddingNet(tail, COLOUR_DIM, dim)
    net.colour_mean.copy_(torch.from_numpy(colour[~held].mean(0)))
    net.colour_std.copy_(torch.from_numpy(colour[~held].std(0) + 1e-6))
    type_weights = nn.Parameter(torch.randn(len(types), dim) * 0.01)
    colour_weights = nn.Parameter(torch.randn(len(colours), dim) * 0.01)
    optimiser = torch.optim.AdamW(
        [
            {"params": net.tail.parameters(), "lr": lr_tail},
            {"params": [*net.project.parameters(), type_weights, colour_weights], "lr": lr_head},
        ],
        weight_decay=0.05,
    )
    steps = epochs * ((len(train) + batch_size - 1) // batch_size)
    scheduler = torch.optim.lr_scheduler.OneCycleLR(optimiser, max_lr=[lr_tail, lr_head], total_steps=steps)
    generator = torch.Generator().manual_seed(seed)
    stop_queries, stop_gallery = np.where(stop)[0], train

    def batches(epoch: int) -> Iterator[Batch]:
        order = train[torch.randperm(len(train), generator=generator).numpy()]
        for start in tqdm(range(0, len(order), batch_size), desc="batches", unit="batch", leave=False):
            idx = np.sort(order[start : start + batch_size])
            batch = torch.from_numpy(acts[idx].astype(np.float32))
            if torch.rand(1, generator=generator) < 0.5:
                batch = batch.flip(-1)  # a mirrored shot: mirrored activations, near enough
            emb = net(batch, torch.from_numpy(colour[idx]))
            type_logits = scale * emb @ nn.functional.normalize(type_weights, dim=1).T
            colour_logits = scale * emb @ nn.functional.normalize(colour_weights, dim=1).T
            loss = nn.functional.cross_entropy(
                type_logits, torch.from_numpy(y_type[idx]), label_smoothing=0.1
            ) + colour_weight * nn.functional.cross_entropy(
                colour_logits, torch.from_numpy(y_colour[idx]), label_smoothing=0.1, ignore_index=-100
            )
            yield loss, len(idx)

    def score() -> float:
        return precision_at_k(embed_all(net, acts, colour), y_type, stop_queries, stop_gallery)

    run = fit(net, optimiser, batches, epochs, score=score, scheduler=scheduler, desc="embedding")
    history = run.series("stop_precision_at_5")
    embeddings = embed_all(net, acts, colour)
    queries, gallery = np.where(held)[0], np.where(~held)[0]
    colour_labels = np.array([p.colour or "" for p in products])
    metrics = {
        "precision_at_5_article_type": precision_at_k(embeddings, y_type, queries, gallery),
        "precision_at_5_colour": precision_at_k(embeddings, colour_labels, queries, gallery),
        "queries": int(len(queries)),
        "gallery": int(len(gallery)),
    }

    def record(config: ModelConfig, file: str) -> None:
        config.embedding_model, config.embedding_dim = file, dim
        config.colour_dim = COLOUR_DIM
        config.embedding_metrics = {k: float(v) for k, v in metrics.items()}

    register_weights(checkpoint, "embedding", net, record)
    write_run_report(report_dir, "embedding", history, metrics, "metrics.json")
    return {"embedding": metrics, "history": history}
