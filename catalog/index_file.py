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


def open_index(index_path: Path, dim: int, key: str, mmap: bool = False) -> ProductIndex:
    """The saved index when it holds vectors of this model, else a new empty one. A remote worker
    that is not up yet reports no dimension and no key: then the saved index is trusted. `mmap`:
    mapped read-only, for processes that only search it."""
    if not dim or not key:
        return ProductIndex.load(index_path, mmap) if index_path.exists() else ProductIndex(dim or 256)
    index = ProductIndex.load(index_path, mmap) if index_path.exists() else ProductIndex(dim)
    if len(index) and (index.dim != dim or read_index_key(index_path) not in (key, None)):
        log.warning(
            "%s holds another model's vectors: run `stylist catalog build` to embed again", index_path
        )
        return ProductIndex(dim)
    return index


def save_index(index: ProductIndex, index_path: Path, key: str) -> None:
    """Write the index and its key, each beside and renamed over the old one: a process mapping the
    old file keeps its pages, and sees a new version (`index_version`) once both are in place."""
    key_path = index_key_path(index_path)
    tmp = key_path.with_name(key_path.name + ".tmp")
    tmp.write_text(key + "\n", encoding="utf-8")
    tmp.replace(key_path)
    index.save(index_path)


def index_version(index_path: Path) -> tuple[int, int] | None:
    """Which file the index is now (inode, modification time): a rename over it is a new version."""
    try:
        stat = index_path.stat()
    except FileNotFoundError:
        return None
    return stat.st_ino, stat.st_mtime_ns
