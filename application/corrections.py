"""A photo's reading corrected by its sender: "it's a skirt, not a dress", "이거 파란색 아니고
검정색이야". The stored analysis takes what the user said (its category, colour or pattern, sure of
it), so the outfits and similar items that follow start from the right garment; what the model had
said first is kept beside it in the stored answer (`result["corrected"]`), so which readings users
correct, and to what, can be counted."""

from __future__ import annotations

from collections import Counter
from typing import Any

from sqlalchemy import String, cast, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from storage import Analysis as AnalysisRow
from understanding import Understood
from vocabulary import slot_of

from .records import largest


def corrected_garment(row: AnalysisRow, garments: list[AnalysisRow], u: Understood) -> AnalysisRow:
    """The garment a correction is about: of an outfit photo, the one read as what the user refuses
    ("not a dress": the dress), or the one named ("the skirt is black": the skirt), or the one in the
    colour refused ("not blue": the blue one), else its largest; of one garment, itself."""
    if not garments:
        return row
    named = [g for g in garments if u.not_category and g.category == u.not_category]
    named += [g for g in garments if (u.colour or u.pattern) and u.category and g.category == u.category]
    named += [g for g in garments if u.not_colour and g.colour == u.not_colour]  # "the skirt is black"
    return named[0] if named else largest(garments)


def named_kind(row: AnalysisRow, garments: list[AnalysisRow], u: Understood) -> str | None:
    """The kind its sender's words give the one-garment photo in view when it was read as another
    slot's — "what shoes go with this skirt?" of a photo read as a hat: they know their garment — or
    None: the words agree with the reading's slot ("this shirt" of a T-shirt), or the photo has several
    garments (the words pick one of them), or the garment is "my dress" (of the wardrobe's)."""
    this = u.subject and not u.mine and (u.pronoun or u.about_focus)  # "this skirt", "이 치마에 어울리는"
    named = u.subject if this else u.category if u.this_one else None
    if garments or not named or not row.category or slot_of(named) == slot_of(row.category):
        return None
    return named


def _sure(label: str) -> dict[str, Any]:
    return {"label": label, "confidence": 1.0, "top": [{"label": label, "confidence": 1.0}]}


def _said(result: dict[str, Any], category: str | None, colour: str | None, pattern: str | None) -> dict:
    """A stored answer (or one garment's) with what the user said in place of the model's reading."""
    out = dict(result)
    attributes = dict(out.get("attributes", {}))
    was: dict[str, Any] = {}
    if category:
        was["category"] = out["category"]["label"]
        out["category"] = _sure(category)
    for name, value in (("colour", colour), ("pattern", pattern)):
        if value:
            was[name] = attributes.get(name, {}).get("label")
            attributes[name] = _sure(value)
    out["attributes"] = attributes
    out["corrected"] = {**was, **out.get("corrected", {})}  # the model's first reading kept
    return out


async def correct(
    sessions: async_sessionmaker[AsyncSession], row: AnalysisRow, garments: list[AnalysisRow], u: Understood
) -> dict[str, str | None]:
    """Store what the user said of the photo in view (`row`, its `garments`); returns the garment's
    corrected kind and colour, as now stored."""
    target = corrected_garment(row, garments, u)
    category, colour, pattern = u.category, u.colour, u.pattern
    async with sessions() as session, session.begin():
        stored = await session.get(AnalysisRow, target.id)
        parent = await session.get(AnalysisRow, row.id) if target.id != row.id else None
        if stored is None:
            return {"kind": None, "colour": None}
        if category:
            stored.category, stored.category_confidence, stored.kind = category, 1.0, slot_of(category)
        stored.colour = colour or stored.colour
        stored.pattern = pattern or stored.pattern
        stored.result = _said(stored.result, category, colour, pattern)
        if parent is not None:  # the outfit photo's own answer lists its garments: that one too
            items = [
                _said(item, category, colour, pattern) if item.get("box") == stored.box else item
                for item in parent.result.get("items", [])
            ]
            parent.result = {**parent.result, "items": items}
        return {"kind": stored.category, "colour": stored.colour}


async def corrections_summary(sessions: async_sessionmaker[AsyncSession], top: int = 10) -> dict[str, Any]:
    """What users corrected, to count which readings go wrong (`stylist feedback --corrections`): how
    many garments were corrected, and per field the most common "read as → said to be" pairs."""
    said = {"category": AnalysisRow.category, "colour": AnalysisRow.colour, "pattern": AnalysisRow.pattern}
    async with sessions() as session:
        rows = (
            await session.execute(
                select(AnalysisRow.result["corrected"], *said.values()).where(
                    cast(AnalysisRow.result["corrected"], String) != "null"  # SQLite's absent key: 'null'
                )
            )
        ).all()
    pairs: dict[str, Counter[str]] = {field: Counter() for field in said}
    for was, *now in rows:
        for (field, _), value in zip(said.items(), now, strict=True):
            if isinstance(was, dict) and was.get(field) and was[field] != value:
                pairs[field][f"{was[field]} → {value}"] += 1
    return {"garments": len(rows), **{field: dict(c.most_common(top)) for field, c in pairs.items()}}
