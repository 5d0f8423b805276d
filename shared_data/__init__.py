"""The data sets under `STYLIST_DATA` (default `../shared/data`), read in place, and leak-free splits.

Used by the catalogue build and by training; imports only the vocabulary."""

from __future__ import annotations

import csv
import hashlib
import os
import random
from dataclasses import dataclass
from pathlib import Path

from vocabulary import (
    BASE_COLOURS,
    CLOTHING_LABELS,
    GENDERS,
    PRODUCT_USAGES,
    is_kidswear,
    pattern_from_name,
    product_category,
)

PROJECT_ROOT = Path(__file__).resolve().parents[1]


def data_root() -> Path:
    """Where the shared data sets live: `STYLIST_DATA`, else `../shared/data` beside the checkout."""
    return Path(os.environ.get("STYLIST_DATA", PROJECT_ROOT.parent / "shared" / "data")).resolve()


@dataclass(frozen=True)
class Photo:
    """A clothing photo with its garment category and who sent it."""

    path: Path
    category: str
    sender_id: str


@dataclass(frozen=True)
class Product:
    """A catalogue product shot with its metadata mapped onto Stylist's vocabularies."""

    id: int
    path: Path
    name: str
    article_type: str
    category: str | None
    colour: str | None
    pattern: str | None
    usage: str | None
    gender: str
    season: str
    kids: bool = False  # the catalogue's Boys and Girls


def load_photos(root: Path | None = None) -> list[Photo]:
    """Clothing photos with a garment label ('Not sure', 'Other', 'Skip' are dropped)."""
    base = (root or data_root()) / "clothing"
    photos = []
    with open(base / "images.csv", newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            category = CLOTHING_LABELS.get(row["label"])
            if category:
                photos.append(Photo(base / "images" / f"{row['image']}.jpg", category, row["sender_id"]))
    return photos


def load_products(root: Path | None = None, limit: int | None = None) -> list[Product]:
    """Product shots whose image exists, in `styles.csv` order."""
    return read_products((root or data_root()) / "products", limit)


def read_products(base: Path, limit: int | None = None) -> list[Product]:
    """The products of a folder in the products' format (`styles.csv` and `images/ID.jpg`)."""
    products = []
    with open(base / "styles.csv", newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            path = base / "images" / f"{row['id']}.jpg"
            if not path.exists():
                continue
            name = row["productDisplayName"]
            products.append(
                Product(
                    id=int(row["id"]),
                    path=path,
                    name=name,
                    article_type=row["articleType"],
                    category=product_category(row["articleType"], name),
                    colour=BASE_COLOURS.get(row["baseColour"]),
                    pattern=pattern_from_name(name),
                    usage=PRODUCT_USAGES.get(row["usage"]),
                    gender=GENDERS.get(row["gender"], "unisex"),
                    season=row["season"],
                    kids=is_kidswear(row["gender"], name),
                )
            )
            if limit and len(products) >= limit:
                break
    return products


def split_photos(
    photos: list[Photo], val_fraction: float = 0.2, seed: int = 0
) -> tuple[list[Photo], list[Photo]]:
    """Train/validation split grouped by sender, so no person's photos are on both sides."""
    senders = sorted({p.sender_id for p in photos})
    random.Random(seed).shuffle(senders)
    held = set(senders[: round(len(senders) * val_fraction)])
    return [p for p in photos if p.sender_id not in held], [p for p in photos if p.sender_id in held]


def in_split(key: str, fraction: float) -> bool:
    """Stable hash split: the same key is always on the same side."""
    digest = hashlib.sha1(key.encode()).digest()
    return int.from_bytes(digest[:4], "big") / 2**32 < fraction


def is_held_out_product(product_id: int, fraction: float = 0.2) -> bool:
    """The products' validation split, by id."""
    return in_split(str(product_id), fraction)


def is_early_stopping(group: object, fraction: float = 0.12) -> bool:
    """A training-side product or sender kept out of fitting to score early stopping and calibration
    (stable by hash; every trainer and the inner-split evaluations share it)."""
    return in_split(f"stop:{group}", fraction)


def inner_photos(photos: list[Photo]) -> list[Photo]:
    """The training-side photos of the early-stopping senders: the real photos an inner-split
    evaluation reads (the category model early-stopped on them)."""
    return [p for p in split_photos(photos)[0] if is_early_stopping(p.sender_id)]


def is_inner_product(product_id: int) -> bool:
    """A tenth of the training-side products kept for tuning the answer's fusion constants and
    thresholds (`stylist evaluate coherence|style --split inner`); heads trained on products leave
    them out when such constants are chosen on them."""
    return not is_held_out_product(product_id) and in_split(f"inner:{product_id}", 0.1)


def files_hash(paths: list[Path]) -> str:
    """A short hash of a file list (names and sizes) that identifies a data set version."""
    digest = hashlib.sha1()
    for path in paths:
        digest.update(f"{path.name}:{path.stat().st_size}\n".encode())
    return digest.hexdigest()[:12]
