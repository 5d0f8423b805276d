"""Stored analyses: what a photo's analysis is once stored, and loading it back for a button press,
checked for age, model and owner."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from inference import Analysis, GarmentItem
from storage import Analysis as AnalysisRow
from vocabulary import PARSED_CATEGORIES, named_kind


class StaleAnalysis(LookupError):
    """The analysis a button refers to no longer exists, or was made by an earlier model."""


class NotYours(PermissionError):
    """The analysis a button or vote refers to belongs to another user."""


@dataclass
class StoredAnalysis:
    """An analysis with its database id and gender; for a photo of an outfit, each garment is stored
    too, one row each, and `garments` pairs every stored garment with its row id."""

    id: int
    analysis: Analysis
    gender: str
    garments: list[tuple[GarmentItem, int]] = field(default_factory=list)

    @property
    def is_outfit(self) -> bool:
        return bool(self.garments)


@dataclass(frozen=True)
class Embedded:
    """Which vectors a stored analysis may be compared with: the model's dimension and index key."""

    dim: int
    key: str

    def current(self, row: AnalysisRow) -> bool:
        """Made by this model: named so (rows before 0003 name none, and must have its dimension)."""
        if row.embedding_model is not None and self.key:
            return row.embedding_model == self.key
        return len(row.embedding) == 4 * self.dim


def recalled(row: AnalysisRow, garments: list[AnalysisRow]) -> StoredAnalysis:
    """A stored photo's analysis as it was answered, each garment paired with its row by its box."""
    analysis = Analysis.from_dict(row.result, embedding_of(row))
    ids = {tuple(garment.box or ()): garment.id for garment in garments}
    pairs = [(item, ids[box]) for item in analysis.items if (box := tuple(int(v) for v in item.box)) in ids]
    return StoredAnalysis(row.id, analysis, row.gender, pairs)


async def load_owned(
    session: AsyncSession, analysis_id: int, user_id: int | None, embedded: Embedded
) -> AnalysisRow:
    """The analysis a press refers to; raises StaleAnalysis (gone, or another model's) or NotYours
    (stored for another user: the press gets a refusal and nothing of theirs)."""
    row = await session.get(AnalysisRow, analysis_id)
    if row is None or not embedded.current(row):
        raise StaleAnalysis(analysis_id)
    if row.user_id is not None and row.user_id != user_id:
        raise NotYours(analysis_id)
    return row


async def owned_rows(
    session: AsyncSession, analysis_ids: list[int], user_id: int | None, embedded: Embedded
) -> list[AnalysisRow]:
    """The analyses of `analysis_ids` that can still be answered about (this model's, not another
    user's), in that order, read in one query (a wardrobe's pieces)."""
    found = await session.scalars(select(AnalysisRow).where(AnalysisRow.id.in_(analysis_ids)))
    rows = {row.id: row for row in found if embedded.current(row) and row.user_id in (None, user_id)}
    return [rows[i] for i in analysis_ids if i in rows]


async def garments_of(session: AsyncSession, analysis_id: int) -> list[AnalysisRow]:
    """The garments stored under an outfit photo's analysis, in the answer's order."""
    rows = await session.scalars(
        select(AnalysisRow).where(AnalysisRow.parent_id == analysis_id).order_by(AnalysisRow.id)
    )
    return list(rows)


def largest(garments: list[AnalysisRow]) -> AnalysisRow:
    """The garment that fills most of an outfit photo: what its similar items and colour follow."""
    return max(garments, key=lambda g: g.share or 0.0)


def colour_odds(row: AnalysisRow) -> dict[str, float]:
    """The garment's colour as the model weighs it: {palette colour: calibrated confidence} of its
    best candidates (a described catalogue product: its own colour, sure)."""
    colour = ((row.result or {}).get("attributes") or {}).get("colour") or {}
    odds = {str(c["label"]): float(c["confidence"]) for c in colour.get("top") or []}
    return odds or ({row.colour: 1.0} if row.colour else {})


def embedding_of(row: AnalysisRow) -> np.ndarray:
    return np.frombuffer(row.embedding, dtype=np.float32)


def unsure_kind(row: AnalysisRow) -> str | None:
    """The kind ("top", ...) a stored garment is named and searched by when its category is unsure."""
    return named_kind(row.category_confidence, row.slot)


def search_categories(row: AnalysisRow) -> set[str]:
    """The categories whose products are like this analysis: its kind's, when it is named by kind."""
    kind = unsure_kind(row)
    return set(PARSED_CATEGORIES[kind]) if kind and PARSED_CATEGORIES[kind] else {row.category}
