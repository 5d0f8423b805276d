"""A faiss index of L2-normalised product embeddings keyed by product id (inner product = cosine)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import faiss
import numpy as np


@dataclass(frozen=True)
class SearchHit:
    product_id: int
    score: float


class ProductIndex:
    """Exact inner-product search over `IndexIDMap2(IndexFlatIP)`; ids are product ids."""

    def __init__(self, dim: int, index: faiss.Index | None = None) -> None:
        self.dim = dim
        self.index = index if index is not None else faiss.IndexIDMap2(faiss.IndexFlatIP(dim))

    def __len__(self) -> int:
        return int(self.index.ntotal)

    @property
    def ids(self) -> np.ndarray:
        return faiss.vector_to_array(self.index.id_map).astype(np.int64)

    def add(self, ids: Iterable[int], vectors: np.ndarray) -> None:
        """Add (or replace) vectors under product ids."""
        id_array = np.asarray(list(ids), dtype=np.int64)
        vectors = _as_matrix(vectors, self.dim)
        if len(id_array) != len(vectors):
            raise ValueError(f"{len(id_array)} ids for {len(vectors)} vectors")
        if len(id_array) == 0:
            return
        self.remove(id_array)
        self.index.add_with_ids(vectors, id_array)

    def remove(self, ids: Iterable[int]) -> int:
        """Remove product ids; returns how many were present."""
        id_array = np.asarray(list(ids), dtype=np.int64)
        if len(id_array) == 0 or len(self) == 0:
            return 0
        return int(self.index.remove_ids(faiss.IDSelectorBatch(id_array)))

    def vector(self, product_id: int) -> np.ndarray:
        return self.index.reconstruct(int(product_id))

    def search(self, query: np.ndarray, k: int, allowed_ids: Iterable[int] | None = None) -> list[SearchHit]:
        """The k nearest products to one query vector, optionally only among `allowed_ids`."""
        if len(self) == 0 or k <= 0:
            return []
        params = None
        if allowed_ids is not None:
            allowed = np.asarray(list(allowed_ids), dtype=np.int64)
            if len(allowed) == 0:
                return []
            params = faiss.SearchParameters(sel=faiss.IDSelectorBatch(allowed))
            k = min(k, len(allowed))
        scores, ids = self.index.search(_as_matrix(query, self.dim), min(k, len(self)), params=params)
        return [SearchHit(int(i), float(s)) for s, i in zip(scores[0], ids[0], strict=True) if i != -1]

    def save(self, path: Path) -> None:
        """Write atomically (temp file + rename), so a crash never leaves half an index."""
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(path.suffix + ".tmp")
        faiss.write_index(self.index, str(tmp))
        tmp.replace(path)

    @classmethod
    def load(cls, path: Path) -> ProductIndex:
        index = faiss.read_index(str(path))
        return cls(index.d, index)

    @classmethod
    def load_or_create(cls, path: Path, dim: int) -> ProductIndex:
        return cls.load(path) if path.exists() else cls(dim)


def _as_matrix(vectors: np.ndarray, dim: int) -> np.ndarray:
    matrix = np.ascontiguousarray(np.atleast_2d(vectors), dtype=np.float32)
    if matrix.shape[1] != dim:
        raise ValueError(f"vectors have dimension {matrix.shape[1]}, index has {dim}")
    return matrix
