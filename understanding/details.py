"""A garment's detail a message asks for (`vocabulary.DETAILS`): "a long sleeve dress", "민소매 원피스",
"v-neck sweaters", "a jacket with a hood", "반팔 셔츠" — none when the kind named is the detail itself
("반팔": a T-shirt; "hoodie")."""

from __future__ import annotations

import re

from vocabulary import KIND_DETAILS

_ASKED = {
    "sleeveless": re.compile(
        r"\bsleeveless\b|\bstrapless\b|\bhalter(?:neck)?\b|\btank tops?\b|\bcamisoles?\b"
        r"|\b(?:no|without) sleeves\b|민소매|나시|슬리브리스"
    ),
    "short_sleeve": re.compile(r"\b(?:short|half)[- ]?sleeve[sd]?\b|반팔|반소매"),
    "long_sleeve": re.compile(r"\b(?:long|full)[- ]?sleeve[sd]?\b|긴팔|긴소매"),
    "v_neck": re.compile(r"\bv[- ]?necks?\b|브이\s?넥"),
    "round_neck": re.compile(r"\b(?:round|crew|scoop)[- ]?necks?\b|라운드\s?넥"),
    "hooded": re.compile(r"\bhooded\b|\bwith (?:a )?hood\b|후드\s?(?:달린|있는)|모자\s?달린"),
    "collar": re.compile(r"\bcollared\b|\bwith (?:a )?collar\b|카라\s?(?:있는|달린)|카라\s?(?:셔츠|티)"),
    "pockets": re.compile(r"\bwith pockets?\b|\bpockets\b|주머니\s?(?:있는|달린)|포켓\s?(?:있는|달린)"),
}

# "without pockets", "후드 없는": a detail refused is not asked ("no sleeves" is: sleeveless)
_REFUSED = re.compile(r"\b(?:no|without)\s+(?:a\s+)?(?:pockets?|hoods?|collars?)\b|(?:주머니|후드|카라)\s?없")


def detail_asked(text: str, category: str | None) -> str | None:
    """The detail a normalised message asks of the garment it names, else None."""
    asked = next((detail for detail, words in _ASKED.items() if words.search(text)), None)
    if asked in ("pockets", "hooded", "collar") and _REFUSED.search(text):
        return None
    return None if asked is None or KIND_DETAILS.get(category or "") == asked else asked
