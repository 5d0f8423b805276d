"""The faiss product index: ids, filters, replace/remove and the write/read round-trip."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from inference import l2_normalise
from matching import ProductIndex


def _vectors(n: int, dim: int = 16, seed: int = 0) -> np.ndarray:
    return l2_normalise(np.random.default_rng(seed).normal(size=(n, dim)).astype(np.float32))


def test_search_by_product_id_and_filter(tmp_path: Path) -> None:
    vectors = _vectors(50)
    ids = list(range(1000, 1050))
    index = ProductIndex(16)
    index.add(ids, vectors)
    hits = index.search(vectors[7], 3)
    assert hits[0].product_id == 1007 and hits[0].score == np.float32(1.0) or abs(hits[0].score - 1) < 1e-5
    allowed = [1001, 1002, 1003]
    assert {h.product_id for h in index.search(vectors[7], 10, allowed_ids=allowed)} == set(allowed)
    assert index.search(vectors[7], 5, allowed_ids=[]) == []


def test_replace_remove_and_round_trip(tmp_path: Path) -> None:
    vectors = _vectors(20)
    index = ProductIndex(16)
    index.add(range(20), vectors)
    index.add([3], vectors[[5]])  # replace product 3's vector
    assert len(index) == 20
    assert np.allclose(index.vector(3), vectors[5])
    assert index.remove([4, 999]) == 1 and len(index) == 19
    path = tmp_path / "catalog.faiss"
    index.save(path)
    loaded = ProductIndex.load(path)
    assert len(loaded) == 19 and set(loaded.ids.tolist()) == set(range(20)) - {4}
    query = vectors[9]
    assert [h.product_id for h in loaded.search(query, 5)] == [h.product_id for h in index.search(query, 5)]
