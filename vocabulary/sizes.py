"""Sizes between the systems a Korean shopper meets: shoes in millimetres (Korea) and US men's,
US women's, UK and EU sizes; tops in Korean numbers (men 85–110, women 44–88) and letters. Rules of
thumb as the big sportswear charts give them — brands run differently, so the shop's chart decides."""

from __future__ import annotations

from dataclasses import dataclass

SHOE_MM = range(215, 311, 5)  # the millimetre sizes a shoe chart lists
MEN_TOPS = {85: "XS", 90: "S", 95: "M", 100: "L", 105: "XL", 110: "XXL"}  # 남성 상의
WOMEN_TOPS = {44: "XS", 55: "S", 66: "M", 77: "L", 88: "XL"}  # 여성 상의
US_WOMEN = dict.fromkeys((0, 2), "XS") | dict.fromkeys((4, 6), "S") | dict.fromkeys((8, 10), "M")  # dresses:
US_WOMEN |= dict.fromkeys((12, 14), "L") | dict.fromkeys((16, 18), "XL")  # "I'm a size 8" is an M, 66


def _half(value: float) -> float:
    return round(value * 2) / 2


@dataclass(frozen=True)
class ShoeSize:
    """One foot length in every system."""

    mm: int
    us_men: float
    us_women: float
    uk: float
    eu: float


def shoe_size(system: str, value: float) -> ShoeSize | None:
    """A shoe size given in `system` (mm, us, us_women, uk, eu) in every system; None when it is off
    the chart."""
    mm = {
        "mm": value,
        "us": 250 + (value - 7) * 10,  # US men's 7 = 250 mm
        "us_women": 220 + (value - 5) * 10,  # US women's 5 = 220 mm
        "uk": 250 + (value - 6) * 10,  # UK 6 = 250 mm
        "eu": (value / 1.5 - 1.5) * 10,
    }.get(system)
    if mm is None:
        return None
    mm = int(round(mm / 5) * 5)
    if mm not in SHOE_MM:
        return None
    return ShoeSize(mm, _half((mm - 250) / 10 + 7), _half((mm - 220) / 10 + 5), _half((mm - 250) / 10 + 6),
                    _half((mm / 10 + 1.5) * 1.5))  # fmt: skip


# A top's Korean size for a height and weight, as Korean size charts give it for a regular fit (a rule
# of thumb — cuts differ, the shop's chart decides): by weight, one size up for a tall frame.
MEN_BY_WEIGHT = ((60, 90), (68, 95), (77, 100), (86, 105))  # under 60 kg: 90 (S) … 86 kg and over: 110
WOMEN_BY_WEIGHT = ((48, 44), (55, 55), (62, 66), (70, 77))  # under 48 kg: 44 (XS) … 70 kg and over: 88
TALL = {"men": 185, "women": 172}  # cm: one size up (sleeves and length)


def top_for_build(height: int, weight: int, gender: str) -> tuple[str, int]:
    """(letter, Korean number) of the top that usually fits a height (cm) and weight (kg)."""
    table, last, tops = (
        (MEN_BY_WEIGHT, 110, MEN_TOPS) if gender == "men" else (WOMEN_BY_WEIGHT, 88, WOMEN_TOPS)
    )
    sizes = [number for _, number in table] + [last]
    step = next((i for i, (kg, _) in enumerate(table) if weight < kg), len(table))
    step = min(step + (height >= TALL["men" if gender == "men" else "women"]), len(sizes) - 1)
    return tops[sizes[step]], sizes[step]


def top_size(system: str, value: str) -> tuple[str, tuple[int, ...]] | None:
    """A top's size as a letter and its Korean numbers (men's, then women's where there is one):
    ("M", (95, 66)) for "M", 95 or 66; None when it is no size of the chart."""
    if system == "letter":
        letter = value.upper().replace("2XL", "XXL")
    elif system == "ko" and value.isdigit():
        letter = MEN_TOPS.get(int(value)) or WOMEN_TOPS.get(int(value)) or ""
    elif system == "us_dress" and value.isdigit():  # "I'm a size 8": a US women's size, M (66)
        letter = US_WOMEN.get(int(value), "")
        return (letter, tuple(n for n, size in WOMEN_TOPS.items() if size == letter)) if letter else None
    else:
        return None
    numbers = tuple(n for table in (MEN_TOPS, WOMEN_TOPS) for n, size in table.items() if size == letter)
    return (letter, numbers) if numbers else None


# The cut a product's own name says: a slim one is cut close (between sizes: the larger), a roomy one
# is cut loose on purpose (the usual size, or one down for a closer fit).
# A trouser waist in inches ("허리 30", "W30"): its centimetres and the letter it usually is, men's and
# women's (rules of thumb; Korean shops list trousers by inch, 28–36, or by waist cm, 71–91)
MEN_WAISTS = ((29, "S"), (31, "M"), (33, "L"), (36, "XL"))  # up to 29 in: S … up to 36 in: XL, then XXL
WOMEN_WAISTS = ((25, "S"), (27, "M"), (29, "L"), (31, "XL"))


def waist_size(inches: int) -> tuple[int, str, str] | None:
    """(waist cm, men's letter, women's letter) of a waist in inches, None off the chart (24–44 in)."""
    if not 24 <= inches <= 44:
        return None
    men = next((letter for top, letter in MEN_WAISTS if inches <= top), "XXL")
    women = next((letter for top, letter in WOMEN_WAISTS if inches <= top), "XXL")
    return round(inches * 2.54), men, women


CUTS = {
    "slim": ("slim fit", "slim-fit", "skinny", "muscle fit", "bodycon", "fitted", "slim"),
    "roomy": ("oversized", "over-sized", "loose", "relaxed", "boyfriend", "baggy", "wide leg", "wide-leg"),
}
FIT_SLOTS = ("top", "bottom", "dress", "outerwear", "shoes")  # the kinds a size rule of thumb is said for


def cut_of(name: str) -> str | None:
    """ "slim" or "roomy" when a product's name says its cut ("Slim Fit Jeans", "Oversized Tee")."""
    words = f" {name.lower()} "
    return next((cut for cut, terms in CUTS.items() if any(f" {t} " in words for t in terms)), None)
