"""Analyse a photo: decode it safely, run the model, give it a gender and style cluster, store it
(and each garment of an outfit photo) for the buttons under the answer."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

import numpy as np
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from catalog import Catalog
from inference import Analysis, GarmentItem, ImageRejected, Prediction, Worker, decode_image
from matching import ProductIndex
from storage import Analysis as AnalysisRow
from storage import touch_user
from vocabulary import season_worn

from .profile import gender_lean, look_style, neighbour_profile, outfit_gender, photo_gender, women_score
from .records import StoredAnalysis


def _label(attributes: dict[str, Prediction], attribute: str) -> str | None:
    prediction = attributes.get(attribute)
    return prediction.label if prediction else None


def _style(style: Prediction) -> tuple[str, float, str | None]:
    """(style, its confidence, the runner-up style)."""
    second = style.top[1][0] if len(style.top) > 1 else None
    return style.label, style.confidence, second


@dataclass
class Analyse:
    """The photo use case: `analyze()` raises ImageRejected for a bad file or a photo with no
    clothing in it ("no_clothing"), WorkerError when the model cannot answer."""

    sessions: async_sessionmaker[AsyncSession]
    worker: Worker
    index: ProductIndex
    catalog: Catalog
    cluster_names: list[str]

    async def analyze(
        self,
        data: bytes,
        *,
        source: str,
        user_id: int | None = None,
        chat_id: int | None = None,
        language: str = "en",
    ) -> StoredAnalysis:
        """Decode, analyse and store one photo."""
        image = await asyncio.to_thread(decode_image, data)  # a big PNG must not stall every chat
        (analysis,) = await self.worker.analyze([image])
        if not analysis.shows_clothing:  # a landscape, a page of text: nothing to style, nothing stored
            raise ImageRejected("no_clothing", f"clothing {analysis.clothing:.2f}")
        near = neighbour_profile(self.index, self.catalog, analysis.embedding, analysis.category.label)
        # the style the answer says and the look asks for
        analysis.style = look_style(analysis.style, near.usages, analysis.real_photo)
        gender, women = photo_gender(analysis, near), women_score(analysis, near)
        if 0 <= near.cluster < len(self.cluster_names):
            analysis.cluster, analysis.cluster_name = near.cluster, self.cluster_names[near.cluster]
        stored = [item for item in analysis.items if item.embedding is not None]
        async with self.sessions() as session, session.begin():
            if user_id is not None:
                await touch_user(session, user_id, language)
            row = self._row(analysis, analysis.embedding, user_id=user_id, chat_id=chat_id, source=source)
            row.cluster, row.gender, row.garment_count = analysis.cluster, gender, len(stored)
            worn = {item.category.label for item in stored} | {analysis.category.label}  # a coat: not summer
            row.season, row.kids, row.kind = season_worn(near.season, worn), near.kids, near.kind or None
            row.gender_lean = gender_lean(near, analysis.real_photo)
            row.gender_confidence = max(women, 1 - women) if women is not None else None
            row.style, row.style_confidence, row.style_second = _style(analysis.style)
            session.add(row)
            await session.flush()  # the photo's id, which its garments point at
            items = [self._garment_row(row, item) for item in stored]
            if items:  # one person wears the whole outfit
                gender = row.gender = outfit_gender(
                    gender, ((i.category, i.category_confidence, i.gender) for i in items)
                )
                row.gender_confidence = None  # a whole outfit's gender: the rule's, kept
                for item in items:
                    item.gender = gender if gender != "unisex" else item.gender
            session.add_all(items)
            await session.flush()
        return StoredAnalysis(
            row.id, analysis, gender, list(zip(stored, [item.id for item in items], strict=True))
        )

    async def analyze_all(
        self, photos: list[tuple[bytes, str]], *, user_id: int | None, chat_id: int | None, language: str
    ) -> tuple[list[tuple[int, StoredAnalysis]], list[tuple[int, str]]]:
        """Each of several photos ((data, source) in the order sent) analysed and stored, numbered
        from 1; those rejected by number, with the reason (`ImageRejected.reason`)."""
        stored: list[tuple[int, StoredAnalysis]] = []
        rejected: list[tuple[int, str]] = []
        for n, (data, source) in enumerate(photos, start=1):
            try:
                one = await self.analyze(
                    data, source=source, user_id=user_id, chat_id=chat_id, language=language
                )
            except ImageRejected as exc:
                rejected.append((n, exc.reason))
                continue
            stored.append((n, one))
        return stored, rejected

    def _row(self, analysis: Analysis | GarmentItem, embedding: np.ndarray, **fields: object) -> AnalysisRow:
        return AnalysisRow(
            category=analysis.category.label,
            category_confidence=analysis.category.confidence,
            colour=_label(analysis.attributes, "colour"),
            pattern=_label(analysis.attributes, "pattern"),
            result=analysis.to_dict(),
            embedding=embedding.astype(np.float32).tobytes(),
            embedding_model=self.worker.index_key or None,
            **fields,
        )

    def _garment_row(self, photo: AnalysisRow, item: GarmentItem) -> AnalysisRow:
        """One garment of an outfit photo as an analysis of its own: its crop's embedding, category
        and colours, the photo's style, and gender and cluster from its own nearest products."""
        assert item.embedding is not None
        near = neighbour_profile(self.index, self.catalog, item.embedding, item.category.label)
        return self._row(
            item,
            item.embedding,
            user_id=photo.user_id,
            parent_id=photo.id,
            chat_id=photo.chat_id,
            source=photo.source,
            style=photo.style,
            style_confidence=photo.style_confidence,
            style_second=photo.style_second,
            cluster=near.cluster,
            gender=photo.gender if near.gender == "unisex" else near.gender,
            season=season_worn(near.season or photo.season or "", {item.category.label}),
            kids=photo.kids,
            slot=item.slot,
            share=item.share,
            box=[int(v) for v in item.box],
        )
