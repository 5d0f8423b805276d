"""Evaluations over the built catalogue and the street outfits: retrieval precision in the index
(`stylist evaluate retrieval`) and the outfit slots (`stylist evaluate outfits`)."""

from __future__ import annotations

from pathlib import Path


async def evaluate_catalog_retrieval(database_url: str, index_path: Path, k: int = 5) -> dict[str, object]:
    """Precision@k of held-out catalogue products against the rest, in the built index."""
    from sqlalchemy import select

    from matching import ProductIndex
    from matching.retrieval import evaluate_retrieval
    from shared_data import is_held_out_product
    from storage import Product, create_engine, session_factory

    engine = create_engine(database_url)
    try:
        async with session_factory(engine)() as session:
            rows = (await session.execute(select(Product).where(Product.source == "catalog"))).scalars().all()
    finally:
        await engine.dispose()
    index = ProductIndex.load(index_path)
    queries = [r.id for r in rows if is_held_out_product(int(r.external_id))]
    gallery = [r.id for r in rows if not is_held_out_product(int(r.external_id))]
    labels = {
        "article_type": {r.id: r.article_type for r in rows},
        "colour": {r.id: r.colour for r in rows},
        "category": {r.id: r.category for r in rows},
    }
    return {"task": "retrieval"} | evaluate_retrieval(index, queries, gallery, labels, k)


def evaluate_outfit_slots(data_dir: Path) -> dict[str, object]:
    """Hit-rate@3 of the shipped worn-together statistics on the held-out street outfits."""
    from matching.compat import DEFAULT_STATS, Compatibility, evaluate_hit_rate, is_held_out, load_outfits

    outfits = load_outfits(data_dir / "ccp" / "outfit_tags.csv")
    compat = Compatibility.load(DEFAULT_STATS)
    return {"task": "outfits"} | evaluate_hit_rate(compat, [s for p, s in outfits if is_held_out(p)])
