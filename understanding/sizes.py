"""A size a message asks to convert: "what size is 270 in US?", "내 발 260인데 미국 사이즈로?", "US 9",
"EU 42", "I wear an M", "95 사이즈", "허리 30" — as (system, value), the systems of `vocabulary.sizes`;
and the cut a message asks for ("slim fit shirts", "오버핏 티셔츠": `vocabulary.CUTS`)."""

from __future__ import annotations

import re

_SYSTEM = re.compile(
    r"\b(us|uk|eu|eur)\s*(men'?s|women'?s|w|m)?\s*(\d{1,2}(?:\.5)?)\b"
    r"|(?:미국|미국 사이즈)\s*(\d{1,2}(?:\.5)?)|(?:유럽)\s*(\d{2}(?:\.5)?)"
)
_MM = re.compile(r"(?<![\d,.])(2[1-9]\d|30\d|310)\s*(?:mm|밀리|미리)?(?![\d,])")
_SHOE = re.compile(r"\b(?:shoes?|feet|foot|sneakers?|mm)\b|발|신발|운동화|구두|mm")
_LETTER = re.compile(
    r"\b(?:size|an?|wear|in)\s+(xxs|xs|s|m|l|xl|xxl|2xl)\b|\b(xxs|xs|s|m|l|xl|xxl|2xl)\s*(?:size|사이즈)"
    r"|사이즈\s*(?:는|가|은)?\s*(xxs|xs|s|m|l|xl|xxl|2xl)(?![a-z]|\s+(?:m|l|xl)\b)"  # "내 사이즈는 M이야"
)
_US_WOMEN = re.compile(  # "I'm a size 8", "size 10 dress": a US women's clothing size (not "size 8 shoes")
    r"\bsize\s+(0|2|4|6|8|10|12|14|16|18)\b(?!\s*(?:mm|shoes?|sneakers?|boots?|heels?|in (?:us|uk|eu|mm)\b))"
)
_WAIST = re.compile(  # "허리 30", "waist 32", "W30", "28인치": a trouser waist, in inches
    r"(?:허리\s*|\bwaist\s*(?:size\s*)?|\bw)(2[4-9]|3\d|4[0-4])(?![\d.])(?!\s*(?:cm|센치|kg|mm))"
    r"|(?<![\d.])(2[4-9]|3\d|4[0-4])\s*(?:인치|inch(?:es)?\b)"
)
_KOREAN = re.compile(r"(?<!\d)(44|55|66|77|88|85|90|95|100|105|110)\s*(?:size|사이즈|호)")


_CONVERT = re.compile(
    r"\bin (?:us|uk|eu|korean?|mm|letters?|s m l)\b|\bwhat size\b|미국|한국|유럽|영국|몇 ?mm|몇이야"
)


def size_question(text: str, cues: set[str]) -> tuple[str, str] | None:
    """The size a message asks to convert, None unless it asks about a size ("size", "사이즈", "in US",
    "what size", a shoe named)."""
    sized = "size" in cues or bool(_CONVERT.search(text))  # "270 in US?": a size, converted
    found = size_asked(text, sized)
    return found if found and (sized or _SHOE.search(text) or found[0] == "waist") else None


def size_asked(text: str, sized: bool) -> tuple[str, str] | None:
    """(system, value) of the size a message names — mm, us, us_women, uk, eu for shoes; letter or
    ko for tops — None when it names none. A bare number counts as millimetres only about shoes or
    when a size was asked (`sized`)."""
    if found := _SYSTEM.search(text):
        system, who, number, us, eu = found.groups()
        if us or eu:
            return ("us", us) if us else ("eu", eu)
        system = {"eur": "eu"}.get(system, system)
        women = system == "us" and who in ("women's", "womens", "w")
        return ("us_women" if women else system), number
    if (found := _US_WOMEN.search(text)) and not _SHOE.search(text):
        return "us_dress", found.group(1)
    if (found := _LETTER.search(text)) and (sized or "wear" in text):
        return "letter", found.group(1) or found.group(2) or found.group(3)
    if found := _WAIST.search(text):
        return "waist", found.group(1) or found.group(2)
    if found := _KOREAN.search(text):
        return "ko", found.group(1)
    if (found := _MM.search(text)) and (sized or _SHOE.search(text)):
        return "mm", found.group(1)
    return None


_CUTS = {
    "slim": re.compile(
        r"\bslim(?:[- ]?fits?)?\b|\bskinny(?=\s+(?:jeans|pants|trousers|fit))"
        r"|\b(?:fitted|tight) (?:fits?|clothes)\b|슬림|스키니"
        r"|\b(?:slimmest|skinniest|tightest|slimmer|tighter)\b"  # "which one is the slimmest?"
    ),
    "roomy": re.compile(
        r"\b(?:over-?sized?|loose[- ]fit(?:s|ting)?|relaxed[- ]fits?|baggy|wide[- ]leg|loose(?:r)? clothes)\b"
        r"|\b(?:loosest|baggiest|roomiest|baggier|roomier)\b"
        r"|오버\s?핏|오버사이즈|루즈\s?핏|와이드|통\s?(?:이\s?)?넓은|통\s?큰|배기"
    ),
}


_HEIGHT = re.compile(r"(?<!\d)(1[4-9]\d|20\d)\s?(?:cm|센치|센티)|키\s?(?:가|는)?\s?(1[4-9]\d|20\d)")
_FEET = re.compile(  # "I'm 5'2", "5 foot 10", "6ft": feet and inches
    r"(?<![\d.,])([4-6])\s?(?:'|’|ft\b|foot\b|feet\b)\s?(?:(1[01]|\d)(?!\d)\s?(?:\"|”|''|in\b|inches\b)?)?"
)
_WEIGHT = re.compile(r"(?<!\d)(\d{2,3})\s?(?:kg|kilos?|킬로)|몸무게\s?(?:가|는)?\s?(\d{2,3})")


def measures(text: str) -> tuple[int, int] | None:
    """(height cm, weight kg) a message gives ("I'm 180cm 75kg", "키 165 몸무게 55"), None unless both."""
    height, weight = height_of(text), _WEIGHT.search(text)
    if not (height and weight):
        return None
    kg = int(weight[1] or weight[2])
    return (height, kg) if 30 <= kg <= 200 else None


def height_of(text: str) -> int | None:
    """The height (cm) a message gives ("I'm 165cm", "키 160이에요", "I'm 5'2"), None when it gives none."""
    if height := _HEIGHT.search(text):
        return int(height[1] or height[2])
    feet = _FEET.search(text)
    return round(int(feet[1]) * 30.48 + int(feet[2] or 0) * 2.54) if feet else None


_REFUSED_CUT = re.compile(
    r"(?:\b(?:no|not|hate|don't like|dont like|do not like|don't want|dont want|no more|without|except)"
    r"|(?:말고|싫어|싫은|별로|빼고))\s*$"
)
_REFUSED_CUT_KO = re.compile(r"^\S*\s*(?:말고|싫어|싫은|싫다|별로|빼고|안\s?(?:입|어울))")


def cut_asked(text: str) -> str | None:
    """ "slim" or "roomy" when a normalised message asks for that cut, "regular" when it refuses one
    ("I hate skinny jeans", "오버핏 말고": neither slim nor roomy), else None."""
    for cut, words in _CUTS.items():
        if found := words.search(text):
            refused = _REFUSED_CUT.search(text[: found.start()]) or _REFUSED_CUT_KO.match(text[found.end() :])
            return "regular" if refused else cut
    return None
