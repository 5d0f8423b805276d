"""`stylist evaluate style`: who and what style a photo's answer names, as `stylist analyze` says it
— the look's style (the style head with the nearest products' usages, `application.profile.look_style`)
and the gender — on held-out product shots and synthetic shop screenshots of them, against their
catalogue usage and gender (their own products hidden from the neighbours), and on held-out real
photos as shares (they have no style labels: no style should dominate by artefact)."""

from __future__ import annotations

import asyncio
import io
from collections import Counter
from collections.abc import Callable

from sqlalchemy import select
from tqdm import tqdm

from application import ImageRejected, Stylist
from inference.images import open_rgb
from shared_data import Photo
from shared_data import Product as DataProduct
from shared_data.screenshots import shop_screenshot
from storage import Product

from .coherence import SOURCE


def screenshot_bytes(product: DataProduct) -> bytes:
    """The product's shot inside a synthetic shop screenshot, as a phone would send it (JPEG)."""
    out = io.BytesIO()
    shop_screenshot(open_rgb(product.path), product.name, product.id).save(out, "JPEG", quality=90)
    return out.getvalue()


DOMAINS: dict[str, Callable[[DataProduct], bytes]] = {
    "product_shots": lambda product: product.path.read_bytes(),
    "shop_screenshots": screenshot_bytes,
}


async def evaluate_style(
    stylist: Stylist,
    products: list[DataProduct],
    photos: list[Photo],
    progress: bool = True,
    domains: tuple[str, ...] = tuple(DOMAINS),
) -> dict[str, object]:
    """Per domain: usage accuracy (overall and per usage) and gender accuracy on the men's and
    women's products (an answer of "unisex" counts as wrong there) of `products`; answered style
    shares on `photos`. The first domain's figures are also the top-level ones."""
    async with stylist.sessions() as session:
        own = await session.execute(
            select(Product.id).where(
                Product.source == "catalog", Product.external_id.in_([str(p.id) for p in products])
            )
        )
        stylist.catalog.hide(own.scalars().all())  # for this process only
    result: dict[str, object] = {"task": "style", "products": len(products)}
    per_domain = {}
    for domain in domains:
        per_domain[domain] = await _score_products(stylist, products, DOMAINS[domain], domain, progress)
    result |= per_domain[domains[0]] | {"domains": per_domain}
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
    return result | {
        "real_photos": len(photos),
        "real_photo_style_shares": {s: round(n / max(len(photos), 1), 4) for s, n in shares.most_common()},
    }


async def _score_products(
    stylist: Stylist,
    products: list[DataProduct],
    load: Callable[[DataProduct], bytes],
    domain: str,
    progress: bool,
) -> dict[str, object]:
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    genders: Counter[tuple[str, str]] = Counter()  # (true, answered) on men's and women's products
    refused = 0
    for product in tqdm(products, desc=f"style and gender, {domain}", unit="photo", disable=not progress):
        try:
            stored = await stylist.analyse.analyze(await asyncio.to_thread(load, product), source=SOURCE)
            style, gender = stored.analysis.style.label, stored.gender
        except ImageRejected:  # "I don't see clothing": wrong on both counts
            refused += 1
            style, gender = "", "refused"
        if product.usage:
            total[product.usage] += 1
            right[product.usage] += style == product.usage
        if product.gender in ("men", "women"):
            genders[product.gender, gender] += 1
    gendered = sum(genders.values())
    return {
        "refused": round(refused / max(len(products), 1), 4),
        "usage_accuracy": round(sum(right.values()) / max(sum(total.values()), 1), 4),
        "usage_recall": {u: {"n": n, "recall": round(right[u] / n, 4)} for u, n in sorted(total.items())},
        "gendered": gendered,
        "gender_accuracy": round(sum(n for (t, a), n in genders.items() if t == a) / max(gendered, 1), 4),
        "gender_unisex": round(
            sum(n for (_, a), n in genders.items() if a == "unisex") / max(gendered, 1), 4
        ),
        "gender_answers": {f"{t}->{a}": n for (t, a), n in sorted(genders.items())},
    }
