"""The details of a garment a shopper names — its sleeves, neckline, hood, collar, pockets — and the
words a product's name says them in. The catalogue lists no such field, so only a product whose name
says a detail is known to have it."""

from __future__ import annotations

# label -> (English, Korean, the words a product's name says it in)
DETAILS: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "sleeveless": (
        "sleeveless",
        "민소매",
        ("sleeveless", "strapless", "halter", "tank top", "spaghetti", "spagetti", "tube top", "tube dress"),
    ),
    "short_sleeve": ("short-sleeve", "반팔", ("short sleeve", "half sleeve", "cap sleeve", "half-sleeve")),
    "long_sleeve": ("long-sleeve", "긴팔", ("long sleeve", "full sleeve", "long-sleeve", "full-sleeve")),
    "v_neck": ("V-neck", "브이넥", ("v neck", "v-neck")),
    "round_neck": ("round-neck", "라운드넥", ("round neck", "crew neck", "scoop neck", "round-neck")),
    "hooded": ("hooded", "후드", ("hooded",)),
    "collar": ("collared", "카라", ("collar",)),
    "pockets": ("with pockets", "포켓", ("pocket",)),
    "cropped": ("cropped", "크롭", ("crop top", "crop tee", "cropped top", "cropped tee", "cropped t shirt")),
    "sheer": ("sheer", "시스루", ("sheer", "see through")),
    "embellished": (  # a party's sparkle: a formal look's bag and shoes are without it (no sequins at an
        "embellished",  # interview), `matching.coherence.Look.preferred`
        "장식",
        ("sequin", "beads", "beaded", "embellished", "glitter", "rhinestone", "studded", "diamante"),
    ),
}
# What a modest shopper refuses ("nothing revealing", "노출 적은 걸로"): bare shoulders, midriffs, sheer
# fabric, deep or open backs, read from names like the details above.
REVEALING = ("sleeveless", "cropped", "sheer")  # the details among them (asked by name: no longer refused)
REVEALING_WORDS = (
    *(word for detail in REVEALING for word in DETAILS[detail][2]),
    *("backless", "off shoulder", "off the shoulder", "deep neck", "plunge", "low rise", "bikini"),
)
DETAILS["revealing"] = ("revealing", "노출", REVEALING_WORDS)  # refused: "not revealing", "노출 제외"
# A kind that is the detail itself: a T-shirt has short sleeves, a hoodie a hood — not asked again.
KIND_DETAILS: dict[str, str] = {
    "t-shirt": "short_sleeve",
    "longsleeve": "long_sleeve",
    "hoodie": "hooded",
    "polo": "collar",
    "undershirt": "sleeveless",
}


def refuses(refused: str | None, detail: str) -> bool:
    """Whether a detail refused ("revealing") covers a detail asked ("sleeveless")."""
    return refused == detail or (refused == "revealing" and detail in REVEALING)


def has_detail(name: str, detail: str) -> bool:
    """Whether a product's name says the detail ("Women Black Sleeveless Top": sleeveless)."""
    words = f" {name.lower().replace('-', ' ')} "
    return any(f" {term.replace('-', ' ')}" in words for term in DETAILS[detail][2])
