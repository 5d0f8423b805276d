"""`stylist catalog audit`: products whose picture, or name, disagrees with their own metadata.

A product's picture is judged by its nearest neighbours in the vector index (the model's embedding
of the picture): when nearly all of them agree on a category, or a gender, that is not the
product's own — a "flip flop" whose picture sits among denim shirts — the model is sure the
metadata is wrong, and the product is kept out of recommendations (`products.hidden_reason`); so is a
product whose own name ends on another slot's kind than its listing (a "handbag" named sandals).
Each run re-decides every product, so a fixed label brings a product back.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from tqdm import tqdm

from matching import ProductIndex
from storage import Product
from vocabulary import named_slot, slot_of

GENDER_WORDS = re.compile(r"\b(wom[ae]n'?s?|men'?s?|girls?'?|boys?'?|unisex|ladies)\b", re.IGNORECASE)
K = 10
SURE = 0.9  # this share of the neighbours must agree on another label (and none share the product's)


@dataclass(frozen=True)
class Finding:
    product_id: int
    name: str
    reason: str  # "category:shirt" (the neighbours' category) or "gender:women"


def judge(
    own_category: str, own_gender: str, neighbours: list[tuple[str, str]], name: str = ""
) -> str | None:
    """Why a product's (category, gender) disagrees with its own name or its neighbours' (category,
    gender), if it does: a name that ends on another slot's kind ("Rocia Women Beige Casual Sandals"
    listed as a handbag), another kind of garment altogether, or the other gender, agreed by `SURE`
    of the neighbours. A plain tee looks the same for men and women, so a gender the product's own
    name states is believed."""
    if (named := named_slot(name)) is not None and named != slot_of(own_category):
        return f"name:{named}"
    if not neighbours:
        return None
    slots = Counter(slot_of(category) for category, _ in neighbours)
    (top, count), *_ = slots.most_common(1)
    if (
        top != slot_of(own_category)
        and count >= SURE * len(neighbours)
        and slot_of(own_category) not in slots
    ):
        return f"category:{Counter(c for c, _ in neighbours if slot_of(c) == top).most_common(1)[0][0]}"
    genders = Counter(gender for _, gender in neighbours if gender in ("men", "women"))
    if own_gender in ("men", "women") and genders and not GENDER_WORDS.search(name):
        (other, count), *_ = genders.most_common(1)
        if other != own_gender and count >= SURE * len(neighbours) and own_gender not in genders:
            return f"gender:{other}"
    return None


async def audit_catalog(
    sessions: async_sessionmaker[AsyncSession], index: ProductIndex, batch: int = 512, progress: bool = True
) -> dict[str, object]:
    """Judge every indexed product, store the verdicts and return the counts and some examples."""
    async with sessions() as session:
        rows = (
            await session.execute(select(Product.id, Product.name, Product.category, Product.gender))
        ).all()
    meta = {row.id: (row.name, row.category, row.gender) for row in rows}
    ids, vectors = index.all_vectors()
    findings: list[Finding] = []
    for start in tqdm(range(0, len(ids), batch), desc="audit", unit="batch", disable=not progress):
        hits = index.search_batch(vectors[start : start + batch], K + 1)
        for product_id, near in zip(ids[start : start + batch].tolist(), hits, strict=True):
            if product_id not in meta:
                continue
            name, category, gender = meta[product_id]
            others = [
                meta[h.product_id][1:] for h in near if h.product_id != product_id and h.product_id in meta
            ]
            reason = judge(category, gender, others[:K], name)
            if reason:
                findings.append(Finding(product_id, name, reason))
    async with sessions() as session, session.begin():
        await session.execute(update(Product).values(hidden_reason=None))
        for finding in findings:
            await session.execute(
                update(Product).where(Product.id == finding.product_id).values(hidden_reason=finding.reason)
            )
    kinds = Counter(f.reason.split(":")[0] for f in findings)
    return {
        "task": "audit",
        "products": len(ids),
        "hidden": len(findings),
        "hidden_share": round(len(findings) / max(len(ids), 1), 4),
        "by_reason": dict(kinds),
        "examples": [f.__dict__ for f in findings[:20]],
    }
