"""Who a garment is for and which style cluster it belongs to — one policy each, for photos,
garments and whole outfits."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

from catalog import Catalog, CatalogItem
from inference import Analysis, Prediction
from matching import ProductIndex
from matching.coherence import season_of
from vocabulary import (
    GENDER_HEAD_WEIGHT,
    GENDER_MAJORITY,
    GENDER_SURE,
    KIDS_MAJORITY,
    REAL_PHOTO_SURE,
    STYLE_HEAD_WEIGHT,
    STYLE_HEAD_WEIGHT_REAL_PHOTO,
    STYLE_PRIOR,
    SURE_WOMENSWEAR,
    USAGES,
    WOMENSWEAR,
    slot_of,
)


@dataclass(frozen=True)
class Neighbours:
    """What the nearest catalogue products of the same category say about a garment."""

    gender: str  # men / women, or unisex when they do not agree
    cluster: int  # style cluster, -1 when none
    season: str  # winter / summer / "" (all-season)
    kids: bool
    kind: str = ""  # the outfit slot most of them are, "" when they do not agree
    lean: str = ""  # the gender most of them are, when they do not agree enough to decide it
    usages: tuple[str, ...] = ()  # the usages (styles) of the nearest products of any category
    women_share: float | None = None  # of the gendered nearest products, the women's; None: no such


def neighbour_profile(
    index: ProductIndex, catalog: Catalog, embedding: np.ndarray, category: str, k: int = 15
) -> Neighbours:
    """Gender, kind, style cluster, season and audience by majority of the nearest catalogue
    products: the catalogue's own labels travel better to a user's photo than centroids of product
    shots (products are clustered by centroid when the catalogue is built; everything a user sends,
    photo or garment, by this one policy). Gender and kind read the nearest products of any
    category, cluster and season those of the garment's own category (as chosen on an inner split
    of the training products: neighbours of any category are right about gender 0.96 of the time
    when 9 in 10 agree, against 0.93 within the category)."""
    anywhere = catalog.nearest(index, embedding, k)  # what may be shown: not an evaluation's own query
    allowed = catalog.ids({category}) or None
    hits = index.search(embedding, k, allowed_ids=allowed)
    items = [catalog.items[h.product_id] for h in hits if h.product_id in catalog.items]
    clusters = Counter(item.cluster for item in items if item.cluster >= 0)
    cluster = clusters.most_common(1)[0][0] if clusters else -1
    season = season_of(Counter(item.season for item in items))
    kids = sum(item.kids for item in items) > KIDS_MAJORITY * len(items)
    usages = tuple(item.usage for item in anywhere if item.usage)
    gendered = [item.gender for item in anywhere if item.gender != "unisex"]
    return Neighbours(
        _majority(anywhere),
        cluster,
        season,
        kids,
        _kind(anywhere),
        _majority(anywhere, share=0.75),
        usages,
        gendered.count("women") / len(gendered) if gendered else None,
    )


def women_score(analysis: Analysis, near: Neighbours) -> float | None:
    """P(women) of a product shot's or shop screenshot's garment: the gender head's with the nearest
    products' women's share (`GENDER_HEAD_WEIGHT`); None on a real photo or without a gender head."""
    seen = analysis.gender
    if seen is None or analysis.real_photo is None or analysis.real_photo >= 0.5:
        return None
    women = dict(seen.top).get("women", 0.0)  # the head's two labels are both in its top
    if near.women_share is not None:
        women = GENDER_HEAD_WEIGHT * women + (1 - GENDER_HEAD_WEIGHT) * near.women_share
    return women


def photo_gender(analysis: Analysis, near: Neighbours) -> str:
    """Who a photo's garment is for: on a product shot or a shop screenshot men or women when
    `women_score` is `GENDER_SURE` either way, else unisex; on a real photo, or without a gender
    head, a dress, skirt or blouse the model is sure of is women's (as in a whole outfit), anything
    else the nearest products' majority (a real dress's neighbours can be men's kurtas)."""
    women = women_score(analysis, near)
    if women is None:
        seen = analysis.category
        return "women" if seen.label in WOMENSWEAR and seen.confidence >= SURE_WOMENSWEAR else near.gender
    return "women" if women >= GENDER_SURE else "men" if women <= 1 - GENDER_SURE else "unisex"


def gender_lean(near: Neighbours, real_photo: float | None) -> str | None:
    """The gender an unsure look tries after unisex pieces: the one three in four of the nearest
    products are; on a real photo (the domain gate `REAL_PHOTO_SURE`), without such a lean, the one
    most of them are — a real T-shirt's outfit has trousers although the catalogue has no unisex
    casual ones for spring (product shots keep the stricter lean: outfit gender on the inner split)."""
    if near.lean and near.lean != "unisex":
        return near.lean
    if real_photo is None or real_photo < REAL_PHOTO_SURE or near.women_share in (None, 0.5):
        return None
    return "women" if near.women_share > 0.5 else "men"


def look_style(head: Prediction, usages: Iterable[str], real_photo: float | None = None) -> Prediction:
    """The style of a look: the usage head's probabilities and the nearest products' usages,
    `STYLE_HEAD_WEIGHT` to the rest, weighed by `STYLE_PRIOR` (the head, trained class-balanced,
    over-answers the rarer styles) and normalised. On a real photo (`real_photo`, the domain gate,
    at least `REAL_PHOTO_SURE`) the head gets `STYLE_HEAD_WEIGHT_REAL_PHOTO`: it learned from shots and
    screenshots only and answers party or sports for almost every real photo (vocabulary.thresholds)."""
    votes = Counter(usages)
    total = sum(votes.values())
    if not total:
        return head
    probs = dict(head.top)
    real = real_photo is not None and real_photo >= REAL_PHOTO_SURE
    weight = STYLE_HEAD_WEIGHT_REAL_PHOTO if real else STYLE_HEAD_WEIGHT
    scores = {
        style: (weight * probs.get(style, 0.0) + (1 - weight) * votes.get(style, 0) / total)
        * STYLE_PRIOR.get(style, 1.0)
        for style in USAGES
    }
    norm = sum(scores.values()) or 1.0
    ranked = sorted(((style, score / norm) for style, score in scores.items()), key=lambda x: -x[1])
    return Prediction(ranked[0][0], ranked[0][1], ranked[:3])


def _majority(items: list[CatalogItem], share: float = GENDER_MAJORITY) -> str:
    """men or women when `share` of the gendered neighbours agree, else unisex."""
    genders = Counter(item.gender for item in items if item.gender != "unisex")
    if not genders:
        return "unisex"
    (top, count), *_ = genders.most_common(1)
    return top if count >= share * sum(genders.values()) else "unisex"


def _kind(items: list[CatalogItem], share: float = 0.8) -> str:
    """The kind of garment (outfit slot) most of the neighbours are, "" when they do not agree."""
    kinds = Counter(slot_of(item.category) for item in items)
    if not kinds:
        return ""
    (top, count), *_ = kinds.most_common(1)
    return top if count >= share * len(items) else ""


def outfit_gender(photo_gender: str, garments: Iterable[tuple[str, float, str]]) -> str:
    """The gender of a whole outfit, which one person wears, from its garments' (category,
    confidence, gender): a dress, skirt or blouse the model is sure of says women; else the
    garments' own genders by majority; else the photo's."""
    garments = list(garments)
    if any(category in WOMENSWEAR and p >= SURE_WOMENSWEAR for category, p, _ in garments):
        return "women"
    votes = Counter(gender for _, _, gender in garments if gender != "unisex")
    if votes:
        top, count = votes.most_common(1)[0]
        if count > sum(votes.values()) / 2:
            return top
    return photo_gender
