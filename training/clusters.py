"""Style clusters: spherical k-means over catalogue embeddings, k chosen by silhouette, named by content."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import faiss
import numpy as np
from tqdm import tqdm


def kmeans(vectors: np.ndarray, k: int, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Spherical k-means on L2-normalised vectors: (centroids, assignment)."""
    km = faiss.Kmeans(vectors.shape[1], k, niter=25, seed=seed, spherical=True, verbose=False)
    km.train(vectors)
    _, assign = km.index.search(vectors, 1)
    return km.centroids.astype(np.float32), assign[:, 0]


def silhouette(vectors: np.ndarray, assign: np.ndarray, sample: int = 3000, seed: int = 0) -> float:
    """Mean silhouette with cosine distance on a random sample."""
    rng = np.random.default_rng(seed)
    idx = rng.choice(len(vectors), size=min(sample, len(vectors)), replace=False)
    x, a = vectors[idx], assign[idx]
    dist = 1.0 - x @ x.T
    labels = np.unique(a)
    means = np.stack([dist[:, a == c].mean(axis=1) for c in labels], axis=1)  # (n, clusters)
    own = np.searchsorted(labels, a)
    counts = np.array([(a == c).sum() for c in labels])
    # intra-cluster mean excludes the point itself
    intra = means[np.arange(len(x)), own] * counts[own] / np.maximum(counts[own] - 1, 1)
    means[np.arange(len(x)), own] = np.inf
    nearest = means.min(axis=1)
    s = (nearest - intra) / np.maximum(np.maximum(nearest, intra), 1e-12)
    s[counts[own] == 1] = 0.0
    return float(s.mean())


def choose_k(vectors: np.ndarray, ks: Sequence[int], seed: int = 0) -> tuple[int, dict[int, float]]:
    """The k with the best silhouette, and the whole curve."""
    curve = {}
    for k in tqdm(ks, desc="silhouette", unit="k"):
        _, assign = kmeans(vectors, k, seed)
        curve[k] = silhouette(vectors, assign, seed=seed)
    return max(curve, key=curve.__getitem__), curve


def name_clusters(
    assign: np.ndarray,
    k: int,
    usages: Sequence[str | None],
    categories: Sequence[str | None],
    colours: Sequence[str | None],
) -> list[str]:
    """Name each cluster by its dominant usage, category and colour, e.g. 'casual · t-shirt · black'."""
    names = []
    for c in range(k):
        members = np.flatnonzero(assign == c)
        parts = []
        for values in (usages, categories, colours):
            counts = Counter(values[i] for i in members if values[i])
            parts.append(counts.most_common(1)[0][0] if counts else "mixed")
        names.append(" · ".join(parts))
    return names
