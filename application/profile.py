"""Who a garment is for and which style cluster it belongs to — one policy each, for photos,
garments and whole outfits."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

from catalog import Catalog
from matching import ProductIndex
from matching.coherence import season_of
from vocabulary import GENDER_MAJORITY, SURE_WOMENSWEAR, WOMENSWEAR


@dataclass(frozen=True)
class Neighbours:
    """What the nearest catalogue products of the same category say about a garment."""

    gender: str  # men / women, or unisex when they do not agree
    cluster: int  # style cluster, -1 when none
    season: str  # winter / summer / "" (all-season)
    kids: bool


def neighbour_profile(
    index: ProductIndex, catalog: Catalog, embedding: np.ndarray, category: str, k: int = 15
) -> Neighbours:
    """Gender, style cluster, season and audience by majority of the nearest catalogue products of
    the same category: the catalogue's own labels travel better to a user's photo than centroids of
    product shots (products are clustered by centroid when the catalogue is built; everything a user
    sends, photo or garment, by this one policy)."""
    allowed = catalog.ids({category}) or None
    hits = index.search(embedding, k, allowed_ids=allowed)
    items = [catalog.items[h.product_id] for h in hits if h.product_id in catalog.items]
    genders = Counter(item.gender for item in items if item.gender != "unisex")
    gender = "unisex"
    if genders:
        (top, count), *_ = genders.most_common(1)
        gender = top if count >= GENDER_MAJORITY * sum(genders.values()) else "unisex"
    clusters = Counter(item.cluster for item in items if item.cluster >= 0)
    cluster = clusters.most_common(1)[0][0] if clusters else -1
    season = season_of(Counter(item.season for item in items))
    kids = sum(item.kids for item in items) > len(items) / 2
    return Neighbours(gender, cluster, season, kids)


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
