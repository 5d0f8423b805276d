"""How a garment is looked after: the fabrics a shopper names (with their Korean names) and the care
kind of each fabric, catalogue article type and category — the table "how do I wash it?" is answered
from (the advice's words are the bot's)."""

from __future__ import annotations

import re

# label -> (English, Korean)
MATERIALS: dict[str, tuple[str, str]] = {
    "wool": ("wool", "울"),
    "cashmere": ("cashmere", "캐시미어"),
    "cotton": ("cotton", "면"),
    "linen": ("linen", "린넨"),
    "silk": ("silk", "실크"),
    "denim": ("denim", "데님"),
    "leather": ("leather", "가죽"),
    "suede": ("suede", "스웨이드"),
    "down": ("down", "다운"),
    "synthetic": ("polyester", "폴리에스터"),
    "fleece": ("fleece", "플리스"),
}

# Fabrics a search keeps to (or leaves out: "no polyester", "allergic to wool") by the product's own
# name ("leather jackets", "린넨 셔츠"); "down" is not one (a padded jacket, "패딩", is rarely named so).
NAMED_MATERIALS: dict[str, re.Pattern[str]] = {
    material: re.compile(rf"(?<!non )(?<!non-)\b(?:{words})\b", re.IGNORECASE)  # not "Non Leather Belts"
    for material, words in {
        "wool": "wool|woollen|woolen|merino", "cashmere": "cashmere", "cotton": "cotton", "linen": "linen",
        "silk": "silk", "denim": "denim|jeans", "leather": "leather", "suede": "suede", "fleece": "fleece",
        "synthetic": "polyester|nylon|acrylic|synthetic",
    }.items()
}  # fmt: skip


def made_of(name: str, material: str) -> bool:
    """Whether a product's name says it is of `material` (one of `NAMED_MATERIALS`)."""
    pattern = NAMED_MATERIALS.get(material)
    return pattern is not None and bool(pattern.search(name))


# The care kinds the advice is written for
CARE_KINDS = (
    "knit", "cotton", "shirt", "denim", "trousers", "dress", "tailored", "padded", "jacket", "rainwear",
    "sportswear", "fleece", "linen", "silk", "leather", "suede", "sneakers", "leather_shoes", "sandals",
    "bag", "scarf", "hat", "accessory", "ethnic", "delicate", "long_top",
)  # fmt: skip

MATERIAL_CARE: dict[str, str] = {
    "wool": "knit", "cashmere": "knit", "cotton": "cotton", "linen": "linen", "silk": "silk",
    "denim": "denim", "leather": "leather", "suede": "suede", "down": "padded", "synthetic": "sportswear",
    "fleece": "fleece",
}  # fmt: skip

# The catalogue's article types whose care is not their category's
ARTICLE_CARE: dict[str, str] = {
    "Sweaters": "knit", "Sweatshirts": "fleece", "Jeans": "denim", "Jeggings": "denim",
    "Track Pants": "sportswear", "Leggings": "sportswear", "Tights": "delicate", "Capris": "cotton",
    "Rain Jacket": "rainwear", "Rain Trousers": "rainwear", "Waistcoat": "tailored",
    "Nehru Jackets": "tailored", "Shrug": "knit", "Casual Shoes": "sneakers", "Sports Shoes": "sneakers",
    "Formal Shoes": "leather_shoes",
    "Heels": "leather_shoes", "Flats": "leather_shoes", "Boots": "leather_shoes", "Sandals": "sandals",
    "Flip Flops": "sandals", "Sports Sandals": "sandals", "Scarves": "scarf", "Dupatta": "scarf",
    "Stockings": "delicate", "Kurtas": "ethnic", "Kurtis": "ethnic", "Sarees": "ethnic",
    "Lehenga Choli": "ethnic", "Salwar": "ethnic", "Patiala": "ethnic", "Churidar": "ethnic",
    "Camisoles": "delicate", "Innerwear Vests": "cotton",
}  # fmt: skip

# A shopper's kind of garment ("jeans", "sneakers") -> care, where it is not its category's
KIND_CARE: dict[str, str] = {
    "jeans": "denim", "slacks": "trousers", "track pants": "sportswear", "leggings": "sportswear",
    "sneakers": "sneakers", "sandals": "sandals", "heels": "leather_shoes", "flats": "leather_shoes",
    "boots": "leather_shoes", "formal shoes": "leather_shoes", "scarf": "scarf", "kurta": "ethnic",
    "saree": "ethnic", "sweater": "knit", "sweatshirt": "fleece", "raincoat": "rainwear",
}  # fmt: skip

CATEGORY_CARE: dict[str, str] = {
    "t-shirt": "cotton", "polo": "cotton", "top": "cotton", "undershirt": "cotton", "shorts": "cotton",
    "longsleeve": "long_top", "hoodie": "fleece", "shirt": "shirt", "blouse": "shirt", "dress": "dress",
    "skirt": "dress", "body": "delicate", "pants": "trousers", "blazer": "tailored", "outerwear": "jacket",
    "shoes": "sneakers", "hat": "hat", "bag": "bag", "accessory": "accessory",
}  # fmt: skip


def care_kind(
    category: str | None,
    article_type: str | None = None,
    kind: str | None = None,
    material: str | None = None,
    style: str | None = None,
) -> str | None:
    """The care a garment asks for, by what says most: the fabric named, then the shopper's kind or
    the catalogue's article type, then the category (sports trousers and tops as sportswear)."""
    if material in MATERIAL_CARE:
        return MATERIAL_CARE[material]
    if kind in KIND_CARE:
        return KIND_CARE[kind]
    if article_type in ARTICLE_CARE:
        return ARTICLE_CARE[article_type]
    if style == "sports" and category in ("t-shirt", "polo", "top", "pants", "shorts", "longsleeve"):
        return "sportswear"
    if style == "formal" and category == "pants":
        return "tailored"
    return CATEGORY_CARE.get(category or "")
