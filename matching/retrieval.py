"""Retrieval quality: held-out products as queries against the rest of the catalogue."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from tqdm import tqdm

from .index import ProductIndex


def evaluate_retrieval(
    index: ProductIndex,
    query_ids: Sequence[int],
    gallery_ids: Sequence[int],
    labels: dict[str, dict[int, str | None]],
    k: int = 5,
    batch: int = 256,
) -> dict[str, float]:
    """precision@k of each label (e.g. articleType, colour): the share of a query's k nearest gallery
    products that carry the query's label, averaged over queries."""
    gallery = np.asarray(gallery_ids, dtype=np.int64)
    hits = {name: [] for name in labels}  # type: dict[str, list[float]]
    for start in tqdm(range(0, len(query_ids), batch), desc="retrieval", unit="batch"):
        ids = list(query_ids[start : start + batch])
        vectors = np.stack([index.vector(i) for i in ids])
        for qid, results in zip(ids, index.search_batch(vectors, k, allowed_ids=gallery), strict=True):
            for name, values in labels.items():
                want = values.get(qid)
                if want is None:
                    continue
                hits[name].append(sum(values.get(h.product_id) == want for h in results) / k)
    return {f"precision_at_{k}_{name}": round(float(np.mean(v)), 4) for name, v in hits.items() if v} | {
        "queries": len(query_ids),
        "gallery": len(gallery),
    }
