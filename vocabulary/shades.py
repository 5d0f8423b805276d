"""A typical garment shade of each palette colour (what pixel clustering names a garment against), and
the colours that stand in for one: what "no navy blazer here" starts from instead (black, then blue)."""

from __future__ import annotations

SHADES: dict[str, tuple[int, int, int]] = {  # palette label -> a typical garment shade (sRGB)
    "black": (30, 30, 32),
    "white": (240, 240, 236),
    "grey": (128, 128, 130),
    "beige": (222, 203, 170),
    "brown": (110, 75, 50),
    "red": (200, 30, 40),
    "burgundy": (110, 25, 40),
    "pink": (235, 150, 180),
    "purple": (110, 60, 140),
    "orange": (240, 130, 40),
    "yellow": (240, 210, 60),
    "green": (50, 130, 70),
    "khaki": (120, 115, 70),
    "navy": (30, 40, 80),
    "blue": (50, 100, 190),
}


# What a stylist reaches for when a colour is not there, nearest first: a neutral's darker or lighter
# neighbour, a colour's own family, then the neutral it sits best with ("no navy blazer": a black one).
STAND_INS: dict[str, tuple[str, ...]] = {
    "black": ("navy", "grey", "brown"),
    "white": ("beige", "grey", "pink"),
    "grey": ("black", "white", "navy"),
    "beige": ("white", "khaki", "brown"),
    "brown": ("khaki", "burgundy", "black"),
    "red": ("burgundy", "orange", "pink"),
    "burgundy": ("red", "brown", "purple"),
    "pink": ("red", "purple", "white"),
    "purple": ("burgundy", "navy", "pink"),
    "orange": ("red", "yellow", "brown"),
    "yellow": ("orange", "beige", "white"),
    "green": ("khaki", "navy", "blue"),
    "khaki": ("green", "beige", "brown"),
    "navy": ("black", "blue", "grey"),
    "blue": ("navy", "grey", "purple"),
}


def nearest_colours(colour: str) -> tuple[str, ...]:
    """The colours that stand in for `colour`, nearest first ("navy": black, blue, grey); () for one
    with none ("multi")."""
    return STAND_INS.get(colour, ())


# Tone on tone ("a monochrome look", "톤온톤 코디"): the shades of each colour's own family that a tonal
# look keeps every garment in, light and dark; its shoes, bag and accessories may be plain neutrals too.
TONAL: dict[str, tuple[str, ...]] = {
    "black": ("black", "grey"),
    "white": ("white", "beige", "grey"),
    "grey": ("grey", "black", "white"),
    "beige": ("beige", "brown", "white", "khaki"),
    "brown": ("brown", "beige", "khaki"),
    "red": ("red", "burgundy", "pink"),
    "burgundy": ("burgundy", "red", "brown"),
    "pink": ("pink", "red", "burgundy"),
    "purple": ("purple", "pink", "navy"),
    "orange": ("orange", "brown", "beige"),
    "yellow": ("yellow", "beige", "orange"),
    "green": ("green", "khaki"),
    "khaki": ("khaki", "green", "brown", "beige"),
    "navy": ("navy", "blue"),
    "blue": ("blue", "navy"),
}
# What a tonal look's shoes, bag and accessories may also be: warm families' browns and sand, the others'
# black, white and grey.
TONAL_PLAIN: dict[str, tuple[str, ...]] = {
    colour: ("brown", "beige", "white") if colour in ("beige", "brown", "khaki", "orange", "yellow") else
    ("black", "white", "grey")
    for colour in TONAL
}  # fmt: skip
