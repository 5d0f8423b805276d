"""The faiss product index: ids, filters, replace/remove and the write/read round-trip."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from inference import l2_normalise
from matching import ProductIndex
from matching.bench import bench_size, pad_vectors
from matching.index import IndexSpec, choose_spec


def _vectors(n: int, dim: int = 16, seed: int = 0) -> np.ndarray:
    return l2_normalise(np.random.default_rng(seed).normal(size=(n, dim)).astype(np.float32))


def test_search_by_product_id_and_filter(tmp_path: Path) -> None:
    vectors = _vectors(50)
    ids = list(range(1000, 1050))
    index = ProductIndex(16)
    index.add(ids, vectors)
    hits = index.search(vectors[7], 3)
    assert hits[0].product_id == 1007 and abs(hits[0].score - 1) < 1e-5
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
    mapped = ProductIndex.load(path, mmap=True)  # what bot processes do: shared pages, read-only
    assert [h.product_id for h in mapped.search(query, 5)] == [h.product_id for h in index.search(query, 5)]
    assert np.allclose(mapped.vector(3), vectors[5])


@pytest.mark.parametrize("kind", ["ivf", "ivfpq"])
def test_approximate_kinds_filter_remove_and_round_trip(tmp_path: Path, kind: str) -> None:
    vectors = pad_vectors(_vectors(300, dim=64, seed=1), 6000)
    spec = IndexSpec(kind, nlist=32, nprobe=32, pca_dim=32, pq_m=8 if kind == "ivfpq" else 0)
    index = ProductIndex.build(np.arange(6000) + 10, vectors, spec)
    assert len(index) == 6000 and not index.stores_vectors
    assert index.search(vectors[42], 1)[0].product_id == 52 or kind == "ivfpq"
    allowed = list(range(100, 400))
    assert {h.product_id for h in index.search(vectors[42], 20, allowed_ids=allowed)} <= set(allowed)
    assert index.remove([52, 53]) == 2 and len(index) == 5998
    assert 52 not in index.ids.tolist()
    path = tmp_path / f"{kind}.faiss"
    index.save(path)
    loaded = ProductIndex.load(path)
    assert loaded.spec.kind == kind and loaded.spec.nprobe == 32 and len(loaded) == 5998
    assert [h.product_id for h in loaded.search(vectors[7], 5)] == [
        h.product_id for h in index.search(vectors[7], 5)
    ]


def test_choose_spec_by_size() -> None:
    assert choose_spec(10_000, 1280).kind == "flat"
    big = choose_spec(1_000_000, 1280)
    assert big.kind == "ivf" and big.nlist == 4000 and big.nprobe == 24
    assert choose_spec(100_000, 1280).nprobe == 32
    assert choose_spec(1_000_000, 1280, compact=True).kind == "ivfpq"


def test_bench_reports_every_field() -> None:
    row = bench_size(_vectors(500, dim=32), 3000, IndexSpec("ivf", nlist=16, nprobe=16), queries=50)
    assert set(row) >= {"n", "recall_at_10", "p50_ms", "p95_ms", "qps_batch", "bytes_per_vector", "build_s"}
    assert row["recall_at_10"] > 0.95  # all lists probed: exact up to float error
