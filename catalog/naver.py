"""`stylist catalog ingest-naver`: products from Naver Shopping into the catalogue and the index.

Pages of search results are fetched, images downloaded with bounded concurrency and checked (size,
content type, decodable still image), analysed by the model (category, colour, pattern, style
cluster, embedding), and stored with their links and prices. Idempotent by `productId`: a rerun, or a
run after an interruption, skips what is already in the catalogue and continues with the rest.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from pathlib import Path

import aiohttp
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from tqdm import tqdm

from inference import Analyzer, ImageRejected, decode_image
from shop_client import NaverShoppingClient, ShopItem
from storage import Product

from .index_file import open_index, save_index
from .versions import record_version

log = logging.getLogger(__name__)
MAX_IMAGE_BYTES = 5 * 1024 * 1024


@dataclass
class IngestStats:
    fetched: int = 0
    added: int = 0
    skipped_existing: int = 0
    bad_images: int = 0

    def to_dict(self) -> dict[str, int]:
        return dict(self.__dict__)


async def download_image(http: aiohttp.ClientSession, url: str, timeout_s: float = 10.0) -> bytes:
    """Fetch an image with a size cap and a content-type check; raises ImageRejected or aiohttp errors."""
    async with http.get(url, timeout=aiohttp.ClientTimeout(total=timeout_s)) as response:
        response.raise_for_status()
        if not response.content_type.startswith("image/"):
            raise ImageRejected("not_an_image", response.content_type)
        if (response.content_length or 0) > MAX_IMAGE_BYTES:
            raise ImageRejected("too_large", str(response.content_length))
        data = bytearray()
        async for chunk in response.content.iter_chunked(64 * 1024):
            data.extend(chunk)
            if len(data) > MAX_IMAGE_BYTES:
                raise ImageRejected("too_large", f">{MAX_IMAGE_BYTES}")
        return bytes(data)


async def ingest_naver(
    client: NaverShoppingClient,
    http: aiohttp.ClientSession,
    sessions: async_sessionmaker[AsyncSession],
    analyzer: Analyzer,
    index_path: Path,
    image_dir: Path,
    query: str,
    *,
    pages: int = 1,
    per_page: int = 100,
    concurrency: int = 8,
    progress: bool = True,
) -> IngestStats:
    """Fetch `pages` pages for `query` and add the products not yet in the catalogue."""
    stats = IngestStats()
    index = open_index(index_path, analyzer.config.index_dim, analyzer.index_key)
    await asyncio.to_thread(image_dir.mkdir, parents=True, exist_ok=True)
    semaphore = asyncio.Semaphore(concurrency)

    async def fetch(item: ShopItem) -> tuple[ShopItem, bytes | None]:
        async with semaphore:
            try:
                return item, await download_image(http, item.image)
            except (ImageRejected, aiohttp.ClientError, TimeoutError) as exc:
                log.info("skipping %s: %s", item.product_id, exc)
                return item, None

    for page in tqdm(range(pages), desc=f"naver {query!r}", unit="page", disable=not progress):
        result = await client.search(query, display=per_page, start=1 + page * per_page)
        stats.fetched += len(result.items)
        items = list({i.product_id: i for i in result.items if i.product_id}.values())
        async with sessions() as session:
            known = set(
                (
                    await session.execute(
                        select(Product.external_id).where(
                            Product.source == "naver", Product.external_id.in_([i.product_id for i in items])
                        )
                    )
                ).scalars()
            )
        stats.skipped_existing += sum(i.product_id in known for i in items)
        fresh = [i for i in items if i.product_id not in known]
        downloads = await asyncio.gather(*(fetch(i) for i in fresh))
        decoded = []
        for item, data in downloads:
            try:
                if data is None:
                    raise ImageRejected("download_failed")
                decoded.append((item, decode_image(data)))
            except ImageRejected:
                stats.bad_images += 1
        if not decoded:
            if len(result.items) < per_page:
                break
            continue
        images = [image for _, image in decoded]
        # Analysed like a user's photo; embedded at the catalogue's input size like every product.
        analyses = await asyncio.to_thread(analyzer.analyze, images)
        _, embeddings = await asyncio.to_thread(analyzer.embed, images, analyzer.config.catalog_input_size)
        async with sessions() as session:
            rows = []
            for (item, image), analysis in zip(decoded, analyses, strict=True):
                path = image_dir / f"{item.product_id}.jpg"
                await asyncio.to_thread(image.save, path, "JPEG", quality=90)
                rows.append(
                    Product(
                        source="naver",
                        external_id=item.product_id,
                        name=item.title,
                        category=analysis.category.label,
                        article_type=" > ".join(c for c in (item.category3, item.category4) if c),
                        colour=analysis.attributes["colour"].label
                        if "colour" in analysis.attributes
                        else None,
                        pattern=analysis.attributes["pattern"].label
                        if "pattern" in analysis.attributes
                        else None,
                        usage=analysis.style.label,
                        gender=_gender(item),
                        cluster=analysis.cluster,
                        price=item.lprice,
                        link=item.link,
                        image=str(path),
                    )
                )
            session.add_all(rows)
            await session.flush()
            index.add([r.id for r in rows], embeddings)
            save_index(index, index_path, analyzer.index_key)
            await session.commit()
        stats.added += len(rows)
        if len(result.items) < per_page:
            break
    if stats.added:
        await record_version(sessions, index_path, len(index), "naver")
    return stats


def _gender(item: ShopItem) -> str:
    text = " ".join((item.category1, item.category2, item.title))
    if "여성" in text:
        return "women"
    if "남성" in text:
        return "men"
    return "unisex"
