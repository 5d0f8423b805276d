"""Vector search over catalogue embeddings and outfit rules: which products go with a garment."""

from .index import ProductIndex, SearchHit
from .outfits import OUTFIT_SLOTS, SLOT_CATEGORIES, complementary_slots, completing_slots

__all__ = [
    "OUTFIT_SLOTS",
    "SLOT_CATEGORIES",
    "ProductIndex",
    "SearchHit",
    "complementary_slots",
    "completing_slots",
]
