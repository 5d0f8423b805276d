"""A faiss index of L2-normalised product embeddings keyed by product id (inner product = cosine).

The kind follows the catalogue's size (`choose_spec`):

| kind    | when                    | structure                                   | bytes / vector      |
|---------|-------------------------|---------------------------------------------|---------------------|
| `flat`  | < 50k products          | `IndexIDMap2(IndexFlatIP)`: exact           | 4·d + 16            |
| `ivf`   | ≥ 50k                   | `IndexIVFFlat` with native ids,             | 4·d + 8             |
|         |                         | nlist = 4·√n, nprobe 32 (24 from 500k)      |                     |
| `ivfpq` | beyond memory (opt-in)  | `IndexIVFPQ`, 64 sub-quantizers × 8 bits    | 64 + 8              |

PCA before the IVF (`pca_dim`) is supported but not chosen: on these embeddings PCA to 256 or 512
dimensions cost a quarter of recall@10 against exact search.

Filters (category, gender, price) are id selectors passed to the search, so nothing outside the
allowed set is scored; with the IVF kinds, only the probed lists are scanned.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import faiss
import numpy as np

EXACT_LIMIT = 50_000


@dataclass(frozen=True)
class SearchHit:
    product_id: int
    score: float


@dataclass(frozen=True)
class IndexSpec:
    """How to build an index; see the module docstring for the kinds."""

    kind: str = "flat"
    nlist: int = 0
    nprobe: int = 0
    pca_dim: int = 0
    pq_m: int = 0


def choose_spec(n: int, dim: int, compact: bool = False) -> IndexSpec:
    """The index kind and parameters for a catalogue of n vectors."""
    if n < EXACT_LIMIT and not compact:
        return IndexSpec("flat")
    nlist = int(min(max(4 * math.sqrt(n), 64), 16_384))
    if compact:
        return IndexSpec("ivfpq", nlist=nlist, nprobe=32, pq_m=64 if dim % 64 == 0 else 32)
    # Lists grow with n, so fewer probes keep single queries inside 5 ms at a million vectors.
    return IndexSpec("ivf", nlist=nlist, nprobe=32 if n < 500_000 else 24)


def _build(spec: IndexSpec, dim: int) -> faiss.Index:
    if spec.kind == "flat":
        return faiss.IndexIDMap2(faiss.IndexFlatIP(dim))
    inner_dim = spec.pca_dim or dim
    quantizer = faiss.IndexFlatIP(inner_dim)
    if spec.kind == "ivf":
        ivf = faiss.IndexIVFFlat(quantizer, inner_dim, spec.nlist, faiss.METRIC_INNER_PRODUCT)
    elif spec.kind == "ivfpq":
        ivf = faiss.IndexIVFPQ(quantizer, inner_dim, spec.nlist, spec.pq_m, 8, faiss.METRIC_INNER_PRODUCT)
    else:
        raise ValueError(f"unknown index kind {spec.kind!r}")
    ivf.nprobe = spec.nprobe
    ivf.own_fields = True
    quantizer.this.disown()
    if not spec.pca_dim:
        return ivf
    pca = faiss.PCAMatrix(dim, spec.pca_dim)
    index = faiss.IndexPreTransform(pca, ivf)
    index.own_fields = True
    ivf.this.disown()
    pca.this.disown()
    return index


class ProductIndex:
    """Product vectors by product id: add, replace, remove, filtered search, save and load."""

    def __init__(self, dim: int, index: faiss.Index | None = None, spec: IndexSpec | None = None) -> None:
        self.dim = dim
        self.spec = spec or IndexSpec()
        self.index = index if index is not None else _build(self.spec, dim)

    @classmethod
    def build(
        cls, ids: Iterable[int], vectors: np.ndarray, spec: IndexSpec | None = None, train_size: int = 100_000
    ) -> ProductIndex:
        """A new index over the vectors, its kind chosen by size unless given; IVF kinds are trained on
        a sample of the vectors."""
        vectors = _as_matrix(vectors, vectors.shape[1])
        spec = spec or choose_spec(len(vectors), vectors.shape[1])
        index = cls(vectors.shape[1], spec=spec)
        if not index.index.is_trained:
            rng = np.random.default_rng(0)
            sample = vectors[rng.choice(len(vectors), min(train_size, len(vectors)), replace=False)]
            index.index.train(sample)
        index.add(ids, vectors)
        return index

    def __len__(self) -> int:
        return int(self.index.ntotal)

    @property
    def ivf(self) -> faiss.IndexIVF | None:
        inner = (
            faiss.downcast_index(self.index.index)
            if isinstance(self.index, faiss.IndexPreTransform)
            else self.index
        )
        return faiss.extract_index_ivf(inner) if self.spec.kind != "flat" else None

    @property
    def ids(self) -> np.ndarray:
        """Every product id in the index."""
        ivf = self.ivf
        if ivf is None:
            return faiss.vector_to_array(self.index.id_map).astype(np.int64)
        invlists = ivf.invlists
        parts = [
            faiss.rev_swig_ptr(invlists.get_ids(i), invlists.list_size(i)).copy()
            for i in range(ivf.nlist)
            if invlists.list_size(i)
        ]
        return np.concatenate(parts).astype(np.int64) if parts else np.zeros(0, np.int64)

    def add(self, ids: Iterable[int], vectors: np.ndarray) -> None:
        """Add vectors under product ids; an id already present is replaced."""
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

    @property
    def stores_vectors(self) -> bool:
        return self.spec.kind == "flat"

    def all_vectors(self) -> tuple[np.ndarray, np.ndarray]:
        """(ids, vectors) of the exact index, in insertion order."""
        if not self.stores_vectors:
            raise NotImplementedError("vectors are only kept by the exact index")
        flat = faiss.downcast_index(self.index.index)
        vectors = faiss.rev_swig_ptr(flat.get_xb(), len(self) * self.dim).reshape(len(self), self.dim).copy()
        return self.ids, vectors

    def vector(self, product_id: int) -> np.ndarray:
        """The stored vector of a product (exact kind only; IVF kinds store transformed codes)."""
        if self.spec.kind != "flat":
            raise NotImplementedError("vectors are only kept by the exact index")
        return self.index.reconstruct(int(product_id))

    def search(self, query: np.ndarray, k: int, allowed_ids: Iterable[int] | None = None) -> list[SearchHit]:
        """The k nearest products to one query vector, optionally only among `allowed_ids`."""
        return self.search_batch(_as_matrix(query, self.dim), k, allowed_ids)[0]

    def search_batch(
        self, queries: np.ndarray, k: int, allowed_ids: Iterable[int] | None = None
    ) -> list[list[SearchHit]]:
        """`search` for many queries at once."""
        queries = _as_matrix(queries, self.dim)
        if len(self) == 0 or k <= 0:
            return [[] for _ in range(len(queries))]
        selector = None
        if allowed_ids is not None:
            allowed = np.asarray(list(allowed_ids), dtype=np.int64)
            if len(allowed) == 0:
                return [[] for _ in range(len(queries))]
            selector = faiss.IDSelectorBatch(allowed)
            k = min(k, len(allowed))
        scores, ids = self.index.search(queries, min(k, len(self)), params=self._params(selector))
        return [
            [SearchHit(int(i), float(s)) for s, i in zip(row_s, row_i, strict=True) if i != -1]
            for row_s, row_i in zip(scores, ids, strict=True)
        ]

    def _params(self, selector: faiss.IDSelector | None) -> faiss.SearchParameters | None:
        if self.spec.kind == "flat":
            return faiss.SearchParameters(sel=selector) if selector is not None else None
        params = faiss.SearchParametersIVF(nprobe=self.ivf.nprobe)  # type: ignore[union-attr]
        if selector is not None:
            params.sel = selector
        if isinstance(self.index, faiss.IndexPreTransform):
            return faiss.SearchParametersPreTransform(index_params=params)
        return params

    def bytes_per_vector(self) -> float:
        """Serialized size divided by the number of vectors."""
        return len(faiss.serialize_index(self.index)) / max(len(self), 1)

    def save(self, path: Path) -> None:
        """Write atomically (temp file + rename), so a crash never leaves half an index."""
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(path.suffix + ".tmp")
        faiss.write_index(self.index, str(tmp))
        tmp.replace(path)

    @classmethod
    def load(cls, path: Path, mmap: bool = False) -> ProductIndex:
        """The index in a file; `mmap`: mapped read-only (every process on the machine shares the
        pages, nothing is copied; such an index is searched, never changed)."""
        flags = faiss.IO_FLAG_MMAP | faiss.IO_FLAG_READ_ONLY if mmap else 0
        index = faiss.read_index(str(path), flags)
        return cls(index.d, index, _spec_of(index))

    def take(self, other: ProductIndex) -> None:
        """Become `other` (a newer version of the catalogue's index): everyone holding this object
        searches the new vectors from the next call on."""
        self.dim, self.spec, self.index = other.dim, other.spec, other.index

    @classmethod
    def load_or_create(cls, path: Path, dim: int) -> ProductIndex:
        return cls.load(path) if path.exists() else cls(dim)


def _spec_of(index: faiss.Index) -> IndexSpec:
    if isinstance(index, (faiss.IndexIDMap2, faiss.IndexIDMap)):
        return IndexSpec("flat")
    pca_dim = 0
    inner = index
    if isinstance(index, faiss.IndexPreTransform):
        inner = faiss.downcast_index(index.index)
        pca_dim = inner.d
    ivf = faiss.extract_index_ivf(inner)
    kind = "ivfpq" if isinstance(faiss.downcast_index(ivf), faiss.IndexIVFPQ) else "ivf"
    pq_m = faiss.downcast_index(ivf).pq.M if kind == "ivfpq" else 0
    return IndexSpec(kind, nlist=ivf.nlist, nprobe=ivf.nprobe, pca_dim=pca_dim, pq_m=pq_m)


def _as_matrix(vectors: np.ndarray, dim: int) -> np.ndarray:
    matrix = np.ascontiguousarray(np.atleast_2d(vectors), dtype=np.float32)
    if matrix.shape[1] != dim:
        raise ValueError(f"vectors have dimension {matrix.shape[1]}, index has {dim}")
    return matrix
