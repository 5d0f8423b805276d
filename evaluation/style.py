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
    mistakes: list[dict[str, object]] = []  # wrong usages, with the answer's confidence
    refused = 0
    for product in tqdm(products, desc=f"style and gender, {domain}", unit="photo", disable=not progress):
        try:
            stored = await stylist.analyse.analyze(await asyncio.to_thread(load, product), source=SOURCE)
            style, gender = stored.analysis.style.label, stored.gender
            confidence = stored.analysis.style.confidence
        except ImageRejected:  # "I don't see clothing": wrong on both counts
            refused += 1
            style, gender, confidence = "", "refused", 1.0
        if product.usage:
            total[product.usage] += 1
            right[product.usage] += style == product.usage
            if style != product.usage:
                mistakes.append(
                    {"image": product.path.name, "name": product.name, "true": product.usage}
                    | {"answered": style or "refused", "confidence": round(confidence, 3)}
                )
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
        "most_confident_usage_mistakes": sorted(mistakes, key=lambda m: -float(m["confidence"]))[:10],  # type: ignore[arg-type]
    }


def style_card(metrics: dict[str, object], command: str) -> str:
    """A Markdown card: usage and gender per domain, the answered styles on real photos, and each
    domain's most confident usage mistakes."""
    domains: dict[str, dict[str, object]] = metrics["domains"]  # type: ignore[assignment]
    rows = []
    for name, m in domains.items():
        recall: dict[str, dict[str, float]] = m["usage_recall"]  # type: ignore[assignment]
        per_usage = ", ".join(f"{u} {r['recall']:.2f} ({int(r['n'])})" for u, r in recall.items())
        rows.append(
            f"| {name} | {m['usage_accuracy']:.3f} | {per_usage} | {m['gender_accuracy']:.3f} "
            f"({m['gendered']}; unisex {m['gender_unisex']:.3f}) | {m['refused']:.4f} |"
        )
    shares = ", ".join(f"{s} {v:.3f}" for s, v in metrics["real_photo_style_shares"].items())  # type: ignore[union-attr]
    mistakes = []
    for name, m in domains.items():
        mistakes.append(
            f"\n### {name}\n\n| image | product | true | answered | confidence |\n|---|---|---|---|---|"
        )
        mistakes += [
            f"| {x['image']} | {x['name']} | {x['true']} | {x['answered']} | {float(x['confidence']):.2f} |"  # type: ignore[arg-type]
            for x in m["most_confident_usage_mistakes"]  # type: ignore[union-attr]
        ]
    table = "\n".join(rows)
    return f"""# Model card: the look's style and gender, as the answer says them

- Data: {metrics["products"]} products (their own products hidden from the neighbours), each as a product
  shot and inside a synthetic shop screenshot; {metrics["real_photos"]} real photos for the style shares
- Produced by: `{command}`
- The look's style: the usage head with the nearest products' usages; a real photo's, the usages alone
  (`application.profile.look_style`);
  the gender: the gender head with them (`application.profile.photo_gender`)

| domain | usage right | recall per usage (n) | gender right on men's / women's (n) | refused |
|---|---|---|---|---|
{table}

Styles answered on real photos: {shares}

## The most confident usage mistakes
{chr(10).join(mistakes)}
"""
