"""The product catalogue: building it from `STYLIST_DATA/products` into the database and the vector
index, and an in-memory view of product metadata for filtering candidates."""

from __future__ import annotations

import logging
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from tqdm import tqdm

from inference import Analyzer, l2_normalise
from inference.training.data import Product as DataProduct
from inference.training.data import load_products
from inference.training.features import open_rgb
from matching import ProductIndex
from storage import Product

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CatalogItem:
    """What recommendation needs to know about a product, kept in memory."""

    id: int
    name: str
    category: str
    colour: str | None
    pattern: str | None
    usage: str | None
    gender: str
    cluster: int
    price: int | None
    link: str | None
    image: str


class Catalog:
    """Product metadata by id, with ids grouped by category for filtered search."""

    def __init__(self, items: list[CatalogItem]) -> None:
        self.items = {item.id: item for item in items}
        self.by_category: dict[str, list[int]] = defaultdict(list)
        for item in items:
            self.by_category[item.category].append(item.id)

    def __len__(self) -> int:
        return len(self.items)

    def ids(self, categories: set[str] | frozenset[str], gender: str = "") -> list[int]:
        """Ids in any of `categories`, for `gender` (plus unisex) when given."""
        ids = [i for c in categories for i in self.by_category.get(c, [])]
        if gender in ("men", "women"):
            ids = [i for i in ids if self.items[i].gender in (gender, "unisex")]
        return ids

    @classmethod
    async def load(cls, sessions: async_sessionmaker[AsyncSession]) -> Catalog:
        async with sessions() as session:
            rows = (await session.execute(select(Product))).scalars().all()
        return cls([_item(row) for row in rows])


def _item(row: Product) -> CatalogItem:
    return CatalogItem(
        id=row.id,
        name=row.name,
        category=row.category,
        colour=row.colour,
        pattern=row.pattern,
        usage=row.usage,
        gender=row.gender,
        cluster=row.cluster,
        price=row.price,
        link=row.link,
        image=row.image,
    )


async def build_catalog(
    sessions: async_sessionmaker[AsyncSession],
    analyzer: Analyzer,
    index_path: Path,
    data_dir: Path,
    *,
    limit: int | None = None,
    per_category: int | None = None,
    batch_size: int = 128,
    save_every: int = 4096,
    progress: bool = True,
) -> dict[str, float]:
    """Embed the product shots not yet in the catalogue; write rows and vectors batch by batch.

    A rerun adds only what is new. Rows are committed after their vectors are saved, and on start
    the index and the table are reconciled, so an interrupted build resumes cleanly.
    """
    started = time.perf_counter()
    products = [p for p in load_products(data_dir, limit) if p.category]
    if per_category:  # a small, balanced catalogue (tests, demos)
        counts: Counter[str] = Counter()
        kept = []
        for product in products:
            counts[product.category] += 1
            if counts[product.category] <= per_category:
                kept.append(product)
        products = kept
    index = ProductIndex.load_or_create(index_path, analyzer.config.feature_dim)
    async with sessions() as session:
        existing = dict(
            (
                await session.execute(
                    select(Product.external_id, Product.id).where(Product.source == "catalog")
                )
            ).all()
        )
        known_ids = set((await session.execute(select(Product.id))).scalars())  # every source, Naver too
    orphans = [i for i in index.ids.tolist() if i not in known_ids]  # saved, but their rows never committed
    index.remove(orphans)
    indexed = set(index.ids.tolist())
    # Rows without vectors (a crash between the two writes) are embedded again.
    todo = [p for p in products if existing.get(str(p.id)) not in indexed]
    stale = [existing[str(p.id)] for p in todo if str(p.id) in existing]
    if stale:
        async with sessions() as session:
            await session.execute(delete(Product).where(Product.id.in_(stale)))
            await session.commit()
    size = analyzer.config.catalog_input_size
    with tqdm(total=len(todo), desc="catalog", unit="img", disable=not progress) as bar:
        for group_start in range(0, len(todo), save_every):
            group = todo[group_start : group_start + save_every]
            async with sessions() as session:
                for start in range(0, len(group), batch_size):
                    chunk = group[start : start + batch_size]
                    features = analyzer.features([open_rgb(p.path) for p in chunk], size)
                    rows = [
                        _row(p, int(c)) for p, c in zip(chunk, analyzer.clusters_of(features), strict=True)
                    ]
                    session.add_all(rows)
                    await session.flush()
                    index.add([r.id for r in rows], l2_normalise(features.numpy()))
                    bar.update(len(chunk))
                index.save(index_path)  # vectors first, then rows: a crash in between is reconciled above
                await session.commit()
    if orphans and not todo:
        index.save(index_path)
    elapsed = time.perf_counter() - started
    return {"added": len(todo), "total": len(index), "seconds": round(elapsed, 1)}


def _row(product: DataProduct, cluster: int) -> Product:
    return Product(
        source="catalog",
        external_id=str(product.id),
        name=product.name,
        category=product.category or "",
        article_type=product.article_type,
        colour=product.colour,
        pattern=product.pattern,
        usage=product.usage,
        gender=product.gender,
        season=product.season,
        cluster=cluster,
        price=None,
        link=None,
        image=str(product.path),
    )
