"""`stylist bench index`: recall and latency of the index kinds at catalogue sizes up to millions.

Real catalogue embeddings are padded with synthetic ones — a real vector plus Gaussian noise,
re-normalised — so the padded set keeps the real data's cluster structure. Recall@10 is measured
against exact inner-product search over the same vectors.
"""

from __future__ import annotations

import time
from collections.abc import Iterator

import faiss
import numpy as np
from tqdm import tqdm

from .index import IndexSpec, ProductIndex, choose_spec


def pad_vectors(real: np.ndarray, n: int, noise: float = 0.35, seed: int = 0) -> np.ndarray:
    """n unit vectors: the real ones first, then noisy copies of random real ones."""
    rng = np.random.default_rng(seed)
    if n <= len(real):
        return real[:n].copy()
    out = np.empty((n, real.shape[1]), dtype=np.float32)
    out[: len(real)] = real
    for start in range(len(real), n, 100_000):
        stop = min(start + 100_000, n)
        base = real[rng.integers(0, len(real), stop - start)]
        chunk = base + rng.normal(0, noise / np.sqrt(real.shape[1]), base.shape).astype(np.float32)
        out[start:stop] = chunk / np.linalg.norm(chunk, axis=1, keepdims=True)
    return out


def exact_neighbours(vectors: np.ndarray, queries: np.ndarray, k: int) -> np.ndarray:
    flat = faiss.IndexFlatIP(vectors.shape[1])
    flat.add(vectors)
    return flat.search(queries, k)[1]


def bench_size(
    real: np.ndarray, n: int, spec: IndexSpec | None = None, queries: int = 500, k: int = 10, seed: int = 0
) -> dict[str, float | int | str]:
    """Build an index over n vectors and measure recall@k, single-query latency and batch throughput."""
    vectors = pad_vectors(real, n, seed=seed)
    rng = np.random.default_rng(seed + 1)
    # Queries: held-out noisy variants of catalogue vectors (like a user's photo of a catalogue item).
    picks = vectors[rng.integers(0, n, queries)]
    query = picks + rng.normal(0, 0.3 / np.sqrt(real.shape[1]), picks.shape).astype(np.float32)
    query /= np.linalg.norm(query, axis=1, keepdims=True)
    truth = exact_neighbours(vectors, query, k)
    spec = spec or choose_spec(n, real.shape[1])
    started = time.perf_counter()
    index = ProductIndex.build(np.arange(n), vectors, spec)
    build_s = time.perf_counter() - started
    del vectors
    threads = faiss.omp_get_max_threads()
    faiss.omp_set_num_threads(1)
    try:
        latencies = []
        found = []
        for q in query:
            t0 = time.perf_counter()
            hits = index.search(q, k)
            latencies.append((time.perf_counter() - t0) * 1000)
            found.append([h.product_id for h in hits])
    finally:
        faiss.omp_set_num_threads(threads)
    t0 = time.perf_counter()
    index.search_batch(query, k)
    qps = len(query) / (time.perf_counter() - t0)
    recall = np.mean([len(set(f) & set(t)) / k for f, t in zip(found, truth.tolist(), strict=True)])
    return {
        "n": n,
        "kind": spec.kind,
        "nlist": spec.nlist,
        "nprobe": spec.nprobe,
        "pca_dim": spec.pca_dim,
        "recall_at_10": round(float(recall), 4),
        "p50_ms": round(float(np.percentile(latencies, 50)), 3),
        "p95_ms": round(float(np.percentile(latencies, 95)), 3),
        "qps_batch": round(qps, 1),
        "bytes_per_vector": round(index.bytes_per_vector(), 1),
        "build_s": round(build_s, 1),
    }


def bench_sizes(
    real: np.ndarray, sizes: list[int], compact: bool = False
) -> Iterator[dict[str, float | int | str]]:
    for n in tqdm(sizes, desc="bench index", unit="size"):
        yield bench_size(real, n, choose_spec(n, real.shape[1], compact=compact))
