"""The vector index file and its sidecar: which model's embeddings the index holds."""

from __future__ import annotations

import logging
from pathlib import Path

from matching import ProductIndex

log = logging.getLogger(__name__)


def index_key_path(index_path: Path) -> Path:
    """Beside the index: the key of the model whose embeddings it holds (`Analyzer.index_key`)."""
    return index_path.with_name(index_path.name + ".model")


def read_index_key(index_path: Path) -> str | None:
    path = index_key_path(index_path)
    return path.read_text(encoding="utf-8").strip() if path.exists() else None


def open_index(index_path: Path, dim: int, key: str) -> ProductIndex:
    """The saved index when it holds vectors of this model, else a new empty one. A remote worker
    that is not up yet reports no dimension and no key: then the saved index is trusted."""
    if not dim or not key:
        return ProductIndex.load(index_path) if index_path.exists() else ProductIndex(dim or 256)
    index = ProductIndex.load_or_create(index_path, dim)
    if len(index) and (index.dim != dim or read_index_key(index_path) not in (key, None)):
        log.warning(
            "%s holds another model's vectors: run `stylist catalog build` to embed again", index_path
        )
        return ProductIndex(dim)
    return index


def save_index(index: ProductIndex, index_path: Path, key: str) -> None:
    index.save(index_path)
    index_key_path(index_path).write_text(key + "\n", encoding="utf-8")
