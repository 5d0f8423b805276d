"""The product catalogue: building it (shared product shots, Naver Shopping), the index file and its
model sidecar, and the in-memory view that recommendation filters by."""

from .audit import audit_catalog
from .build import build_catalog
from .index_file import index_key_path, index_version, open_index, read_index_key, save_index
from .naver import IngestStats, download_image, ingest_naver
from .versions import index_digest, latest_version, record_version
from .view import OFFER_SOURCE, Catalog, CatalogItem, Filters, name_key

__all__ = [
    "OFFER_SOURCE",
    "audit_catalog",
    "Catalog",
    "CatalogItem",
    "name_key",
    "Filters",
    "IngestStats",
    "build_catalog",
    "download_image",
    "index_digest",
    "index_key_path",
    "ingest_naver",
    "index_version",
    "latest_version",
    "open_index",
    "read_index_key",
    "record_version",
    "save_index",
]
