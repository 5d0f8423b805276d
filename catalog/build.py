"""`stylist catalog build`: the product shots of `STYLIST_DATA/products` into the database and the
vector index, resumable and idempotent."""

from __future__ import annotations

import logging
import time
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path

from PIL import Image
from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from tqdm import tqdm

from inference import Analyzer
from inference.images import open_rgb
from shared_data import Product as DataProduct
from shared_data import load_products
from storage import Product
from vocabulary import listed_article, listed_colour, listed_usage

from .index_file import open_index, save_index
from .versions import record_version
from .view import OFFER_SOURCE

log = logging.getLogger(__name__)


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
    the index and the table are reconciled, so an interrupted build resumes cleanly. When the model's
    embedding changed (another `index_key`), every stored product, Naver's included, is embedded
    again from its stored image under the same id, so recommendations and feedback keep their rows.
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
    key = analyzer.index_key
    index = open_index(index_path, analyzer.config.index_dim, key)
    async with sessions() as session:
        stored = (await session.execute(select(Product))).scalars().all()
    known_ids = {row.id for row in stored}
    orphans = [i for i in index.ids.tolist() if i not in known_ids]  # saved, but their rows never committed
    index.remove(orphans)
    indexed = set(index.ids.tolist())
    # Stored rows without vectors (a crash between the two writes, or a new model): embed them again
    # (a shop's offer never had a vector: it is shown, not searched).
    again = [row.id for row in stored if row.id not in indexed and row.source != OFFER_SOURCE]
    stored_catalog = {row.external_id for row in stored if row.source == "catalog"}
    fresh = [p for p in products if str(p.id) not in stored_catalog]
    refreshed = await _refresh_metadata(sessions, stored, products)
    size = analyzer.config.catalog_input_size
    unreadable = 0
    work: list[DataProduct | int] = [*again, *fresh]
    with tqdm(total=len(work), desc="catalog", unit="img", disable=not progress) as bar:
        for group_start in range(0, len(work), save_every):
            group = work[group_start : group_start + save_every]
            async with sessions() as session:
                for start in range(0, len(group), batch_size):
                    chunk = group[start : start + batch_size]
                    ids = [item for item in chunk if isinstance(item, int)]
                    query = select(Product).where(Product.id.in_(ids))
                    loaded = {  # the stored rows of this batch, in one query (none for new products)
                        row.id: row for row in ((await session.execute(query)).scalars() if ids else [])
                    }
                    rows, images = [], []
                    for item in chunk:
                        row = loaded.get(item) if isinstance(item, int) else _row(item, -1)
                        image = _open(Path(row.image)) if row is not None else None
                        if row is None or image is None:
                            unreadable += 1
                            continue
                        rows.append(row)
                        images.append(image)
                    bar.update(len(chunk))
                    if not rows:
                        continue
                    features, embeddings = analyzer.embed(images, size)
                    for row, cluster in zip(rows, analyzer.clusters_of(features), strict=True):
                        row.cluster = int(cluster)
                    session.add_all([r for r in rows if r.id is None])
                    await session.flush()
                    index.add([r.id for r in rows], embeddings)
                save_index(index, index_path, key)  # vectors first, then rows: reconciled above
                await session.commit()
    if orphans and not work:
        save_index(index, index_path, key)
    if orphans or work or refreshed:  # running bot processes pick it up (`Stylist.reload_if_changed`)
        await record_version(sessions, index_path, len(index), "build")
    elapsed = time.perf_counter() - started
    return {
        "added": len(fresh),
        "embedded_again": len(again),
        "unreadable": unreadable,
        "metadata_refreshed": refreshed,
        "total": len(index),
        "seconds": round(elapsed, 1),
    }


async def _refresh_metadata(
    sessions: async_sessionmaker[AsyncSession], stored: Sequence[Product], products: list[DataProduct]
) -> int:
    """Metadata whose rule changed after a product was stored (who it is for: kids by name; the
    colour, the article type and the style it is listed under), filled in from the catalogue without embedding
    anything again; returns how many rows changed."""
    by_id = {str(p.id): p for p in products}
    changed: dict[tuple[bool, str | None, str, str | None], list[int]] = defaultdict(list)
    for row in stored:
        product = by_id.get(row.external_id) if row.source == "catalog" else None
        if product is None:
            continue
        article_type = listed_article(product.article_type, product.name)
        wanted = (
            product.kids,
            listed_colour(product.colour, product.name),
            article_type,
            listed_usage(product.usage, article_type),
        )
        if (row.kids, row.colour, row.article_type, row.usage) != wanted:
            changed[wanted].append(row.id)
    async with sessions() as session, session.begin():
        for (kids, colour, article_type, usage), ids in changed.items():
            values = {"kids": kids, "colour": colour, "article_type": article_type, "usage": usage}
            await session.execute(update(Product).where(Product.id.in_(ids)).values(**values))
    return sum(len(ids) for ids in changed.values())


def _open(path: Path) -> Image.Image | None:
    try:
        return open_rgb(path)
    except (OSError, ValueError) as exc:
        log.warning("cannot read %s: %s", path, exc)
        return None


def _row(product: DataProduct, cluster: int) -> Product:
    article_type = listed_article(product.article_type, product.name)
    return Product(
        source="catalog",
        external_id=str(product.id),
        name=product.name,
        category=product.category or "",
        article_type=article_type,
        colour=listed_colour(product.colour, product.name),
        pattern=product.pattern,
        usage=listed_usage(product.usage, article_type),
        gender=product.gender,
        season=product.season,
        kids=product.kids,
        cluster=cluster,
        price=None,
        link=None,
        image=str(product.path),
    )
