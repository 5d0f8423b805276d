"""The Clothing Co-Parsing street photos' 58 labels, once: what each label's pixels are for the
parser, which garment category the category head should give it, and which outfit slot it fills.

The three columns differ on purpose and only where a label is seen, named and shopped differently:
socks read as legs in a photo (pixels `person`) but are bought as an accessory; a suit's jacket is
what the parser sees (`outerwear`) and what the category head calls it (`blazer`), while the whole
suit, like a dress, stands in for a top and a bottom in an outfit (slot `dress`).
"""

from __future__ import annotations

from typing import NamedTuple


class StreetLabel(NamedTuple):
    pixels: str  # the parsing class of its pixels (`slots.PARSING_CLASSES`)
    category: str | None  # the garment category (`labels.GARMENT_CATEGORIES`) of a garment so labelled
    slot: str | None  # the outfit slot it fills (`slots.SLOT_CATEGORIES`), None for body and underwear


def _rows(pixels: str, names: str, category: str | None, slot: str | None) -> dict[str, StreetLabel]:
    return {name: StreetLabel(pixels, category, slot) for name in names.split()}


_SHOES = "boots clogs flats heels loafers pumps sandals shoes sneakers wedges"
STREET_LABELS: dict[str, StreetLabel] = {
    **_rows("person", "skin hair", None, None),
    **_rows("person", "socks stockings tights", None, "accessory"),
    **_rows("top", "bra intimate swimwear", None, None),
    **_rows("top", "vest", None, "top"),
    **{name: StreetLabel("top", name, "top") for name in ("t-shirt", "shirt", "blouse", "top", "hoodie")},
    "bodysuit": StreetLabel("top", "body", "top"),
    **_rows("top", "sweater jumper sweatshirt", "longsleeve", "top"),
    "blazer": StreetLabel("outerwear", "blazer", "outerwear"),
    "suit": StreetLabel("outerwear", "blazer", "dress"),
    **_rows("outerwear", "jacket coat cardigan cape", "outerwear", "outerwear"),
    **_rows("bottom", "jeans pants leggings", "pants", "bottom"),
    **{name: StreetLabel("bottom", name, "bottom") for name in ("shorts", "skirt")},
    **_rows("bottom", "panties", None, None),
    "dress": StreetLabel("dress", "dress", "dress"),
    "romper": StreetLabel("dress", "dress", "dress"),
    **_rows("shoes", _SHOES, "shoes", "shoes"),
    **_rows("bag", "bag purse wallet", None, "bag"),
    "hat": StreetLabel("hat", "hat", "hat"),
    **_rows(
        "accessory",
        "accessories belt bracelet earrings glasses gloves necklace ring scarf sunglasses tie watch",
        None,
        "accessory",
    ),
}

# The views each consumer reads; labels not listed are background / no category / no slot.
STREET_PIXELS: dict[str, str] = {name: row.pixels for name, row in STREET_LABELS.items()}
STREET_CATEGORIES: dict[str, str] = {n: r.category for n, r in STREET_LABELS.items() if r.category}
STREET_SLOTS: dict[str, str] = {n: r.slot for n, r in STREET_LABELS.items() if r.slot}
