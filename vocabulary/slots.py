"""Outfit slots: which categories fill each slot, which slots complete an outfit around each, the
parser's classes, and how an outfit's garment is named when the category head is unsure of it."""

from __future__ import annotations

import re

from .labels import GARMENT_CATEGORIES
from .thresholds import UNSURE_ITEM

# Every category fills exactly one slot (the catalogue's filter for a slot's products).
SLOT_CATEGORIES: dict[str, frozenset[str]] = {
    "top": frozenset(
        {"t-shirt", "longsleeve", "shirt", "polo", "top", "blouse", "hoodie", "undershirt", "body"}
    ),
    "bottom": frozenset({"pants", "shorts", "skirt"}),
    "dress": frozenset({"dress"}),
    "outerwear": frozenset({"outerwear", "blazer"}),
    "shoes": frozenset({"shoes"}),
    "bag": frozenset({"bag"}),
    "hat": frozenset({"hat"}),
    "accessory": frozenset({"accessory"}),
}
SLOTS: tuple[str, ...] = tuple(SLOT_CATEGORIES)
CATEGORY_SLOT: dict[str, str] = {c: slot for slot, cats in SLOT_CATEGORIES.items() for c in cats}
CATEGORY_SLOT["bottom"] = "bottom"  # "하의", "bottoms": the slot named as a kind, as "상의" names the tops
SLOT_WORDS = frozenset({"top", "bottom"})  # kinds that, named alone in a search, mean their whole slot


# What each slot's pieces usually cost, relative to one another: a whole look's budget ("10만원으로 코디
# 전체", "an outfit under 100,000 won in total") is shared among its slots by these (a rule of thumb).
BUDGET_WEIGHTS: dict[str, int] = {
    "top": 2, "bottom": 2, "dress": 4, "outerwear": 4, "shoes": 3, "bag": 2, "hat": 1, "accessory": 1,
}  # fmt: skip


def budget_share(total: int, slot: str, slots: list[str]) -> int:
    """`slot`'s part of a whole look's `total` budget, the look being `slots` (each piece's), in
    thousands of won: 100,000 for a top, trousers and shoes is 29,000, 29,000 and 43,000."""
    weights = sum(BUDGET_WEIGHTS.get(s, 1) for s in slots) or 1
    return max(1000, int(round(total * BUDGET_WEIGHTS.get(slot, 1) / weights, -3)))


def slot_of(category: str) -> str:
    """The slot a category fills (anything unknown is an accessory)."""
    return CATEGORY_SLOT.get(category, "accessory")


# Which slots complete an outfit around an item of each slot.
OUTFIT_SLOTS: dict[str, tuple[str, ...]] = {
    "top": ("bottom", "shoes"),
    "bottom": ("top", "shoes"),
    "dress": ("shoes", "bag"),
    "outerwear": ("top", "bottom", "shoes"),
    "shoes": ("top", "bottom"),
    "bag": ("top", "bottom", "shoes"),
    "hat": ("top", "bottom", "shoes"),
    "accessory": ("top", "bottom", "shoes"),
}

# A dress stands in for a top and a bottom: an outfit that has one needs neither of the others.
EXCLUSIVE_SLOTS: dict[str, frozenset[str]] = {
    "dress": frozenset({"top", "bottom"}),
    "top": frozenset({"dress"}),
    "bottom": frozenset({"dress"}),
}

# --- Garment parsing ---------------------------------------------------------------------------
# label -> (English, Korean); index in this dict = class id in the parser's label maps
PARSING_CLASSES: dict[str, tuple[str, str]] = {
    "background": ("background", "배경"),
    "person": ("skin and hair", "피부·머리"),
    "top": ("top", "상의"),
    "outerwear": ("outerwear", "아우터"),
    "bottom": ("bottom", "하의"),
    "dress": ("dress", "원피스"),
    "shoes": ("shoes", "신발"),
    "bag": ("bag", "가방"),
    "hat": ("hat", "모자"),
    "accessory": ("accessory", "액세서리"),
}
PARSING_LABELS: list[str] = list(PARSING_CLASSES)
GARMENT_CLASSES: tuple[str, ...] = ("top", "outerwear", "bottom", "dress", "shoes", "bag", "hat")

# A hoodie worn open over a top is parsed as outerwear, though it fills the top slot when bought.
WORN_AS: dict[str, tuple[str, ...]] = {"outerwear": ("hoodie",)}

# The garment categories of the category head an item of each parsed class can be (a bag has none
# and is answered by its class): the slot's own categories, plus what is worn as that class.
PARSED_CATEGORIES: dict[str, tuple[str, ...]] = {
    kind: tuple(c for c in GARMENT_CATEGORIES if c in SLOT_CATEGORIES[kind] or c in WORN_AS.get(kind, ()))
    for kind in GARMENT_CLASSES
}


def named_kind(category_confidence: float, kind: str | None) -> str | None:
    """The parsed kind ("top") an outfit's garment is named and searched by when the category head is
    unsure which of the kind's categories it is; None when its category stands."""
    if kind in PARSED_CATEGORIES and category_confidence < UNSURE_ITEM:
        return kind
    return None


# The kinds a product's name ends on, by slot: "Rocia Women Beige Casual Sandals" (listed as a handbag)
# names shoes. The last such word is the kind ("Pepe Jeans Men Sunglasses" is sunglasses).
_NAMED_SLOT_WORDS = {
    "shoes": r"shoes?|sandals?|flip ?flops?|heels?|flats|boots?|sneakers?|loafers?|slippers?|floaters?",
    "bag": r"bags?|handbags?|backpacks?|clutch(?:es)?|totes?|rucksacks?|duffel|satchel",
    "top": r"shirts?|t-?shirts?|tshirts?|tops?|kurtas?|kurtis?|tunics?|sweaters?|sweatshirts?|polos?|tees?",
    "bottom": r"jeans|trousers?|shorts|skirts?|leggings|tights|track ?pants|capris|chinos|joggers",
    "dress": r"dress(?:es)?|sarees?|jumpsuits?",
    "outerwear": r"jackets?|blazers?|coats?|waistcoats?|shrugs?",
    "hat": r"caps?|hats?",
    "accessory": r"sunglasses|belts?|scarf|scarves|stoles?|watch(?:es)?|socks|ties?|dupattas?|stockings",
}
_NAMED_SLOT = re.compile(
    r"\b(?:" + "|".join(f"(?P<{slot}>{words})" for slot, words in _NAMED_SLOT_WORDS.items()) + r")\b",
    re.IGNORECASE,
)


def named_slot(name: str) -> str | None:
    """The slot of the last kind of garment a product's name names, None when it names none."""
    found = list(_NAMED_SLOT.finditer(name))
    return next(slot for slot, word in found[-1].groupdict().items() if word) if found else None
