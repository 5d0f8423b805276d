"""Stylist's application service: analyse a photo, store it, recommend an outfit or similar items.

The Telegram handlers and the `stylist analyze` command both go through `StylistService`, so they
give the same answer.
"""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import aiohttp
import numpy as np
from sqlalchemy import case, delete, func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from inference import Analysis, GarmentItem, ModelConfig, Prediction, Worker, decode_image
from inference.parsing import SLOT_CATEGORIES as ITEM_CATEGORIES
from inference.taxonomy import CATEGORY_NAMES, COLOURS, PATTERNS, USAGES, display_name
from matching import SLOT_CATEGORIES, ProductIndex, complementary_slots, completing_slots
from matching.compat import DEFAULT_STATS, Compatibility
from matching.outfits import Candidate, Pick, pick_diverse, score_candidate, slot_of
from shop_client import NaverError, NaverQuotaError, NaverShoppingClient, search_link, shopping_query
from storage import Analysis as AnalysisRow
from storage import ApiCache, ApiUsage, Feedback, Recommendation, User

from .catalog import Catalog
from .settings import Settings
from .texts import UNSURE_ITEM

log = logging.getLogger(__name__)
CANDIDATES_PER_SLOT = 60


@dataclass
class Item:
    """One recommended product as the user sees it."""

    product_id: int
    name: str
    price: int | None
    link: str
    image: str
    reason: str = ""
    score: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "product_id": self.product_id,
            "name": self.name,
            "price": self.price,
            "link": self.link,
            "image": self.image,
            "reason": self.reason,
            "score": round(self.score, 4),
        }


@dataclass
class Slot:
    name: str
    items: list[Item] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"slot": self.name, "items": [i.to_dict() for i in self.items]}


@dataclass
class StoredAnalysis:
    """An analysis with its database id and the gender inferred from its nearest products; the
    garments of an outfit photo are stored too, one row each (`item_ids`, in `analysis.items` order),
    so every button that works on a photo works on each of its garments."""

    id: int
    analysis: Analysis
    gender: str
    item_ids: list[int] = field(default_factory=list)


class DbQuota:
    """Naver calls per client id per day, counted in the database."""

    def __init__(self, sessions: async_sessionmaker[AsyncSession]) -> None:
        self.sessions = sessions

    async def increment(self, client_id: str, limit: int) -> int:
        today = datetime.now(UTC).date()
        async with self.sessions() as session, session.begin():
            row = await session.get(ApiUsage, (client_id, today), with_for_update=True)
            if row is None:
                row = ApiUsage(client_id=client_id, day=today, calls=0)
                session.add(row)
            if row.calls >= limit:
                raise NaverQuotaError(f"daily quota of {limit} calls used up", code="QUOTA")
            row.calls += 1
            return row.calls


class DbCache:
    """Naver responses cached in the database for `ttl_s` seconds."""

    def __init__(self, sessions: async_sessionmaker[AsyncSession], ttl_s: int) -> None:
        self.sessions = sessions
        self.ttl = timedelta(seconds=ttl_s)

    async def get(self, key: str) -> dict[str, Any] | None:
        async with self.sessions() as session:
            row = await session.get(ApiCache, key)
        if row is None:
            return None
        created = row.created_at if row.created_at.tzinfo else row.created_at.replace(tzinfo=UTC)
        return row.value if datetime.now(UTC) - created < self.ttl else None

    async def put(self, key: str, value: dict[str, Any]) -> None:
        async with self.sessions() as session:
            await session.merge(ApiCache(key=key, value=value, created_at=datetime.now(UTC)))
            await session.commit()


def naver_client(
    settings: Settings, http: aiohttp.ClientSession, sessions: async_sessionmaker[AsyncSession] | None = None
) -> NaverShoppingClient:
    """The Naver client the settings describe; with a database, quota and cache live there."""
    return NaverShoppingClient(
        client_id=settings.naver_client_id,
        client_secret=settings.naver_client_secret,
        session=http,
        base_url=settings.naver_api_url,
        timeout=settings.naver_timeout_s,
        daily_quota=settings.naver_daily_quota,
        quota=DbQuota(sessions) if sessions is not None else None,
        cache=DbCache(sessions, settings.naver_cache_ttl_s) if sessions is not None else None,
    )


async def _touch_user(session: AsyncSession, user_id: int | None, language: str) -> None:
    """Create the user's row or note their language and when they were last seen."""
    if user_id is None:
        return
    user = await session.get(User, user_id)
    if user is None:
        session.add(User(id=user_id, language=language))
    else:
        user.language = language
        user.last_seen = datetime.now(UTC)
    await session.flush()  # the user row before the rows that refer to it


async def _garments(session: AsyncSession, analysis_id: int) -> list[AnalysisRow]:
    rows = await session.scalars(
        select(AnalysisRow).where(AnalysisRow.parent_id == analysis_id).order_by(AnalysisRow.id)
    )
    return list(rows)


async def _disliked(session: AsyncSession, user_id: int | None) -> set[int]:
    if user_id is None:
        return set()
    votes = await session.scalars(
        select(Feedback.product_ids).where(Feedback.user_id == user_id, Feedback.value < 0)
    )
    return {int(product_id) for ids in votes for product_id in ids}


WOMENSWEAR = frozenset({"dress", "skirt", "blouse"})


def outfit_gender(photo_gender: str, garments: list[AnalysisRow]) -> str:
    """The gender of a whole outfit, which one person wears: a dress, skirt or blouse the model is
    sure of says women; else the garments' own genders (from their nearest products) by majority;
    else the photo's."""
    if any(g.category in WOMENSWEAR and g.category_confidence >= 0.5 for g in garments):
        return "women"
    votes = Counter(g.gender for g in garments if g.gender != "unisex")
    if votes:
        top, count = votes.most_common(1)[0]
        if count > sum(votes.values()) / 2:
            return top
    return photo_gender


async def feedback_summary(sessions: async_sessionmaker[AsyncSession]) -> dict[str, dict[str, float]]:
    """Votes per kind of recommendation: how many, how many helpful, and the helpful share."""
    async with sessions() as session:
        rows = (
            await session.execute(
                select(Feedback.kind, func.count(), func.sum(case((Feedback.value > 0, 1), else_=0)))
                .group_by(Feedback.kind)
                .order_by(Feedback.kind)
            )
        ).all()
    return {
        kind: {"votes": votes, "helpful": helpful, "helpful_share": round(helpful / votes, 3)}
        for kind, votes, helpful in rows
    }


class StaleAnalysis(LookupError):
    """The analysis a button refers to no longer exists."""


class StylistService:
    """Everything the bot does, independent of Telegram."""

    def __init__(
        self,
        settings: Settings,
        sessions: async_sessionmaker[AsyncSession],
        worker: Worker,
        index: ProductIndex,
        catalog: Catalog,
        http: aiohttp.ClientSession | None = None,
    ) -> None:
        self.settings = settings
        self.sessions = sessions
        self.worker = worker
        self.index = index
        self.catalog = catalog
        self.compat = Compatibility.load() if DEFAULT_STATS.exists() else None
        self.cluster_names = ModelConfig.load(settings.checkpoint).cluster_names
        self.naver = (
            naver_client(settings, http, sessions) if settings.has_naver and http is not None else None
        )

    # --- analysis -----------------------------------------------------------------------------
    async def analyze(
        self,
        data: bytes,
        *,
        source: str,
        user_id: int | None = None,
        chat_id: int | None = None,
        language: str = "en",
    ) -> StoredAnalysis:
        """Decode (raises ImageRejected), analyse (raises WorkerError) and store one photo."""
        image = decode_image(data)
        (analysis,) = await self.worker.analyze([image])
        gender, cluster = self.neighbour_profile(analysis.embedding, analysis.category.label)
        if 0 <= cluster < len(self.cluster_names):
            analysis.cluster, analysis.cluster_name = cluster, self.cluster_names[cluster]
        async with self.sessions() as session, session.begin():
            await _touch_user(session, user_id, language)
            row = AnalysisRow(
                user_id=user_id,
                chat_id=chat_id,
                source=source[:255],
                category=analysis.category.label,
                category_confidence=analysis.category.confidence,
                colour=_label(analysis.attributes, "colour"),
                pattern=_label(analysis.attributes, "pattern"),
                style=analysis.style.label,
                cluster=analysis.cluster,
                gender=gender,
                result=analysis.to_dict(),
                embedding=analysis.embedding.astype(np.float32).tobytes(),
            )
            session.add(row)
            await session.flush()  # the photo's id, which its garments point at
            items = [self._item_row(row, item) for item in analysis.items if item.embedding is not None]
            if items:  # one person wears the whole outfit
                gender = row.gender = outfit_gender(gender, items)
                for item in items:
                    item.gender = gender if gender != "unisex" else item.gender
            session.add_all(items)
            await session.flush()
        return StoredAnalysis(row.id, analysis, gender, [item.id for item in items])

    def _item_row(self, photo: AnalysisRow, item: GarmentItem) -> AnalysisRow:
        """One garment of an outfit photo as an analysis of its own: its crop's embedding, category
        and colours, the photo's style, and gender and cluster from its own nearest products."""
        assert item.embedding is not None
        gender, cluster = self.neighbour_profile(item.embedding, item.category.label)
        return AnalysisRow(
            user_id=photo.user_id,
            parent_id=photo.id,
            chat_id=photo.chat_id,
            source=photo.source,
            category=item.category.label,
            category_confidence=item.category.confidence,
            colour=_label(item.attributes, "colour"),
            pattern=_label(item.attributes, "pattern"),
            style=photo.style,
            cluster=cluster,
            gender=photo.gender if gender == "unisex" else gender,
            result=item.to_dict(),
            embedding=item.embedding.astype(np.float32).tobytes(),
        )

    def slots_for(self, category: str) -> tuple[str, ...]:
        """Complementary slots: the rules, completed by what street outfits wear with this slot."""
        learned = self.compat.suggest({slot_of(category)}) if self.compat else []
        return complementary_slots(category, learned)

    def neighbour_profile(self, embedding: np.ndarray, category: str, k: int = 15) -> tuple[str, int]:
        """Gender and style cluster by majority of the nearest catalogue products of the same category:
        the catalogue's own labels travel better to a user's photo than centroids of product shots."""
        allowed = self.catalog.ids({category}) or None
        hits = self.index.search(embedding, k, allowed_ids=allowed)
        items = [self.catalog.items[h.product_id] for h in hits if h.product_id in self.catalog.items]
        genders = Counter(item.gender for item in items if item.gender != "unisex")
        gender = "unisex"
        if genders:
            (top, count), *_ = genders.most_common(1)
            gender = top if count >= 0.6 * sum(genders.values()) else "unisex"
        clusters = Counter(item.cluster for item in items if item.cluster >= 0)
        cluster = clusters.most_common(1)[0][0] if clusters else -1
        return gender, cluster

    async def load(self, analysis_id: int) -> AnalysisRow:
        async with self.sessions() as session:
            return await self._load(session, analysis_id)

    async def _load(self, session: AsyncSession, analysis_id: int) -> AnalysisRow:
        row = await session.get(AnalysisRow, analysis_id)
        if row is None or len(row.embedding) != 4 * self.index.dim:  # gone, or made by an earlier model
            raise StaleAnalysis(analysis_id)
        return row

    # --- feedback -------------------------------------------------------------------------------
    async def record_feedback(
        self, analysis_id: int, kind: str, value: int, user_id: int | None, language: str = "en"
    ) -> None:
        """A 👍 (+1) or 👎 (-1) on the `kind` of recommendation made for an analysis; a user's second
        vote on the same one replaces the first."""
        async with self.sessions() as session, session.begin():
            await self._load(session, analysis_id)  # raises StaleAnalysis
            await _touch_user(session, user_id, language)
            shown = await session.scalars(
                select(Recommendation.product_id).where(
                    Recommendation.analysis_id == analysis_id, Recommendation.kind == kind
                )
            )
            vote = await session.scalar(
                select(Feedback).where(
                    Feedback.user_id == user_id, Feedback.analysis_id == analysis_id, Feedback.kind == kind
                )
            )
            if vote is None or user_id is None:
                vote = Feedback(user_id=user_id, analysis_id=analysis_id, kind=kind)
                session.add(vote)
            vote.value, vote.product_ids, vote.created_at = value, list(shown), datetime.now(UTC)

    async def disliked(self, user_id: int | None) -> set[int]:
        """The products of every recommendation this user voted 👎: not shown to them again."""
        async with self.sessions() as session:
            return await _disliked(session, user_id)

    # --- recommendations ------------------------------------------------------------------------
    async def garments(self, analysis_id: int) -> list[AnalysisRow]:
        """The garments of an outfit photo's analysis (none for a photo of one garment)."""
        async with self.sessions() as session:
            return await _garments(session, analysis_id)

    async def outfit(self, analysis_id: int, language: str = "en", per_slot: int = 3) -> list[Slot]:
        """Three diverse, harmonious products for every complementary slot, with links. For a photo
        of a whole outfit, the slots that complete it (a bag and a jacket for a top, jeans and
        trainers), searched near the garments worn and matched to the largest one's colour."""
        async with self.sessions() as session:  # one round trip for everything it reads
            row = await self._load(session, analysis_id)
            garments = await _garments(session, analysis_id)
            disliked = await _disliked(session, row.user_id)
        embedding = np.frombuffer(row.embedding, dtype=np.float32)
        slot_names = self.slots_for(row.category)
        if garments:
            worn = {slot_of(garment.category) for garment in garments}
            slot_names = completing_slots(worn, self.compat.suggest(worn, k=8) if self.compat else ())
            mean = np.mean([np.frombuffer(g.embedding, dtype=np.float32) for g in garments], axis=0)
            embedding = (mean / max(float(np.linalg.norm(mean)), 1e-12)).astype(np.float32)
            row = max(garments, key=lambda g: float((g.result or {}).get("share", 0.0)))
        slots = []
        for slot_name in slot_names:
            allowed = self.catalog.ids(SLOT_CATEGORIES[slot_name], row.gender)
            if len(allowed) < 2 * per_slot:  # too few for this gender: any gender beats an empty slot
                allowed = self.catalog.ids(SLOT_CATEGORIES[slot_name])
            hits = self.index.search(embedding, CANDIDATES_PER_SLOT, allowed_ids=allowed)
            candidates = [
                Candidate(
                    product_id=item.id,
                    category=item.category,
                    colour=item.colour,
                    usage=item.usage,
                    cluster=item.cluster,
                    similarity=h.score,
                    vector=self.index.vector(item.id) if self.index.stores_vectors else None,
                )
                for h in hits
                if (item := self.catalog.items.get(h.product_id)) is not None and item.id not in disliked
            ]
            picks = pick_diverse(
                [score_candidate(c, row.colour, row.style, row.cluster) for c in candidates], per_slot
            )
            items = [await self._item(p, row, language) for p in picks]
            slots.append(Slot(slot_name, items))
        await self._record(analysis_id, "outfit", slots)
        return slots

    async def similar(self, analysis_id: int, language: str = "en", k: int = 5) -> list[Item]:
        """The k nearest catalogue products of the same category (of the same kind, for a garment of
        an outfit photo whose category is unsure)."""
        async with self.sessions() as session:
            row = await self._load(session, analysis_id)
            disliked = await _disliked(session, row.user_id)
        embedding = np.frombuffer(row.embedding, dtype=np.float32)
        categories = kind_categories(row) or {row.category}
        allowed = self.catalog.ids(categories, row.gender) or self.catalog.ids(categories)
        hits = self.index.search(embedding, k + len(disliked), allowed_ids=allowed)
        items = []
        for hit in [h for h in hits if h.product_id not in disliked][:k]:
            product = self.catalog.items[hit.product_id]
            link, price, name = await self._link_for(
                product.category, product.colour, product.pattern, product.gender, language, product
            )
            items.append(Item(product.id, name, price, link, product.image, score=hit.score))
        await self._record(analysis_id, "similar", [Slot("similar", items)])
        return items

    async def cheaper(self, analysis_id: int, k: int = 5) -> tuple[str, list[Item]]:
        """The cheapest Naver products like the user's item (sort=asc, unknown prices dropped,
        duplicates removed), or — without credentials or when Naver fails — a price-sorted search link.
        Returns (search link, items)."""
        row = await self.load(analysis_id)
        query = self.query(row.category, row.colour, row.pattern, row.gender)
        link = search_link(query, cheapest_first=True)
        if self.naver is None:
            return link, []
        try:
            found = await self.naver.cheaper(query, limit=k)
        except NaverError as exc:
            log.warning("naver cheaper search failed for %r: %s", query, exc)
            return link, []
        return link, [Item(0, i.title, i.lprice, i.link, i.image) for i in found]

    async def _item(self, pick: Pick, row: AnalysisRow, language: str) -> Item:
        product = self.catalog.items[pick.candidate.product_id]
        link, price, name = await self._link_for(
            product.category, product.colour, product.pattern, product.gender, language, product
        )
        return Item(
            product.id,
            name,
            price,
            link,
            product.image,
            reason=self.reason(pick, row, language),
            score=pick.score,
        )

    async def _link_for(
        self, category: str, colour: str | None, pattern: str | None, gender: str, language: str, product: Any
    ) -> tuple[str, int | None, str]:
        """(link, price, name): the product's own link, a real Naver product, or a search link."""
        if product.link:
            return product.link, product.price, product.name
        query = self.query(category, colour, pattern, gender)
        if self.naver is not None:
            try:
                result = await self.naver.search(query, display=5)
            except NaverError as exc:
                log.warning("naver search failed for %r: %s", query, exc)
            else:
                if result.items:
                    item = result.items[0]
                    return item.link, item.lprice, item.title
        return search_link(query), product.price, product.name

    @staticmethod
    def query(category: str, colour: str | None, pattern: str | None, gender: str) -> str:
        """A Korean shopping query, e.g. '네이비 스트라이프 셔츠 남성'."""
        return shopping_query(
            display_name(CATEGORY_NAMES, category, "ko"),
            display_name(COLOURS, colour, "ko") if colour and colour != "multi" else "",
            display_name(PATTERNS, pattern, "ko") if pattern and pattern != "solid" else "",
            gender,
        )

    @staticmethod
    def reason(pick: Pick, row: AnalysisRow, language: str) -> str:
        """A short why, e.g. 'navy goes with beige; both casual' or 'tone on tone in navy'."""
        theirs = display_name(COLOURS, pick.candidate.colour or "", language) if pick.candidate.colour else ""
        ours = display_name(COLOURS, row.colour or "", language) if row.colour else ""
        parts = []
        if ours and theirs and pick.candidate.colour == row.colour:
            if row.colour != "multi":  # two multicoloured prints are no tone on tone
                parts.append(f"톤온톤 {ours}" if language == "ko" else f"tone on tone in {ours}")
        elif ours and theirs and pick.harmony_rule != "clash":
            parts.append(f"{ours} + {theirs}" if language == "ko" else f"{theirs} goes with {ours}")
        if pick.same_usage:
            style = display_name(USAGES, row.style, language)
            parts.append(f"둘 다 {style}" if language == "ko" else f"both {style}")
        return "; ".join(parts)

    async def _record(self, analysis_id: int, kind: str, slots: list[Slot]) -> None:
        async with self.sessions() as session, session.begin():
            await session.execute(
                delete(Recommendation).where(
                    Recommendation.analysis_id == analysis_id, Recommendation.kind == kind
                )
            )
            for slot in slots:
                for rank, item in enumerate(slot.items):
                    session.add(
                        Recommendation(
                            analysis_id=analysis_id,
                            kind=kind,
                            slot=slot.name,
                            rank=rank,
                            product_id=item.product_id,
                            score=item.score,
                            reason=item.reason,
                            link=item.link,
                        )
                    )


def unsure_kind(row: AnalysisRow) -> str | None:
    """The kind ("top", "bottom", ...) of a stored outfit garment whose category is unsure, else None."""
    slot = (row.result or {}).get("slot")
    return slot if slot in ITEM_CATEGORIES and row.category_confidence < UNSURE_ITEM else None


def kind_categories(row: AnalysisRow) -> set[str]:
    kind = unsure_kind(row)
    return set(ITEM_CATEGORIES[kind]) if kind else set()


def _label(attributes: dict[str, Prediction], attribute: str) -> str | None:
    prediction = attributes.get(attribute)
    return prediction.label if prediction else None
