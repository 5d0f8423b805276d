"""Vector search over catalogue embeddings and outfit rules: which products go with a garment."""

from .index import ProductIndex, SearchHit
from .outfits import complementary_slots, completing_slots

__all__ = [
    "ProductIndex",
    "SearchHit",
    "complementary_slots",
    "completing_slots",
]
