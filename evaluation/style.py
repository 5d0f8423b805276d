"""`stylist evaluate style`: the style a photo's answer names (the look's style: the style head with
the nearest products' usages, `application.profile.look_style`), as `stylist analyze` says it — on
held-out product shots against their catalogue usage (their own products hidden from the
neighbours), and on held-out real photos as shares (they have no style labels: no style should
dominate by artefact)."""

from __future__ import annotations

import asyncio
from collections import Counter

from sqlalchemy import select
from tqdm import tqdm

from application import ImageRejected, Stylist
from shared_data import Photo
from shared_data import Product as DataProduct
from storage import Product

from .coherence import SOURCE


async def evaluate_style(
    stylist: Stylist, products: list[DataProduct], photos: list[Photo], progress: bool = True
) -> dict[str, object]:
    """Usage accuracy (overall and per usage) on `products`; answered style shares on `photos`."""
    async with stylist.sessions() as session:
        own = await session.execute(
            select(Product.id).where(
                Product.source == "catalog", Product.external_id.in_([str(p.id) for p in products])
            )
        )
        stylist.catalog.hide(own.scalars().all())  # for this process only
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for product in tqdm(products, desc="style on product shots", unit="photo", disable=not progress):
        stored = await stylist.analyse.analyze(
            await asyncio.to_thread(product.path.read_bytes), source=SOURCE
        )
        total[product.usage or ""] += 1
        right[product.usage or ""] += stored.analysis.style.label == product.usage
    shares: Counter[str] = Counter()
    for photo in tqdm(photos, desc="style on real photos", unit="photo", disable=not progress):
        try:
            stored = await stylist.analyse.analyze(
                await asyncio.to_thread(photo.path.read_bytes), source=SOURCE
            )
        except ImageRejected:
            shares["refused"] += 1
            continue
        shares[stored.analysis.style.label] += 1
    return {
        "task": "style",
        "products": len(products),
        "usage_accuracy": round(sum(right.values()) / max(len(products), 1), 4),
        "usage_recall": {u: {"n": n, "recall": round(right[u] / n, 4)} for u, n in sorted(total.items())},
        "real_photos": len(photos),
        "real_photo_style_shares": {s: round(n / max(len(photos), 1), 4) for s, n in shares.most_common()},
    }
