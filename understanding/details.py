"""A garment's detail a message asks for (`vocabulary.DETAILS`): "a long sleeve dress", "민소매 원피스",
"v-neck sweaters", "a jacket with a hood", "반팔 셔츠" — none when the kind named is the detail itself
("반팔": a T-shirt; "hoodie")."""

from __future__ import annotations

import re

from vocabulary import KIND_DETAILS

from .references import NEGATION_AFTER, NEGATION_BEFORE

_ASKED = {
    "sleeveless": re.compile(
        r"\bsleeveless\b|\bstrapless\b|\bhalter(?:neck)?\b|\btank tops?\b|\bcamisoles?\b"
        r"|\b(?:no|without) sleeves\b|민소매|나시|슬리브리스"
    ),
    "short_sleeve": re.compile(r"\b(?:short|half)[- ]?sleeve[sd]?\b|반팔|반소매"),
    "long_sleeve": re.compile(r"\b(?:long|full)[- ]?sleeve[sd]?\b|긴팔|긴소매"),
    "v_neck": re.compile(r"\bv[- ]?necks?\b|브이\s?넥"),
    "round_neck": re.compile(r"\b(?:round|crew|scoop)[- ]?necks?\b|라운드\s?넥"),
    "hooded": re.compile(r"\bhooded\b|\bwith (?:a )?hood\b|\bhoods?\b|후드\s?(?:달린|있는)|모자\s?달린"),
    "collar": re.compile(r"\bcollared\b|\bwith (?:a )?collar\b|카라\s?(?:있는|달린)|카라\s?(?:셔츠|티)"),
    "pockets": re.compile(r"\bwith pockets?\b|\bpockets\b|주머니\s?(?:있는|달린)|포켓\s?(?:있는|달린)"),
    "cropped": re.compile(r"\bcrop(?:ped)?[- ]?(?:tops?|tees?|t-?shirts?)\b|\bcropped\b|크롭"),
    "sheer": re.compile(r"\bsheer\b|\bsee[- ]?through\b|시스루"),
}
# "modest", "nothing revealing", "노출 적은 걸로", "너무 파이지 않은": every revealing detail refused
_MODEST = re.compile(
    r"\bmodest(?:ly)?\b|\b(?:not|nothing|less|isn't|aren't|without being|no)\s+(?:too\s+|so\s+|very\s+)?"
    r"(?:revealing|skimpy|sexy|low[- ]cut)\b|\bcover(?:s|ed)? (?:up|my shoulders|the shoulders|more)\b"
    r"|\b(?:less skin|more covered|cover up more)\b"
    r"|노출\s?(?:이|은|는)?\s?(?:없|적|심하지\s?않|많지\s?않|덜|자제|안\s?되|싫|좀\s?적|별로)"
    r"|(?:덜|안|너무\s?안)\s?파인|파이지\s?않"
)

# "with sleeves", "소매 있는 걸로": any sleeves — no sleeveless pieces (short or long, the names rarely say)
_SLEEVED = re.compile(r"\bwith (?:some )?sleeves\b|\bsleeved\b|소매\s?(?:가\s?)?(?:있는|달린)")
# "without pockets", "후드 없는": a detail refused is not asked ("no sleeves" is: sleeveless)
_REFUSED = re.compile(r"\b(?:no|without)\s+(?:a\s+)?(?:pockets?|hoods?|collars?)\b|(?:주머니|후드|카라)\s?없")


def details_of(text: str, category: str | None) -> tuple[str | None, str | None, tuple[int, int] | None]:
    """(the detail a normalised message asks of the garment it names, the detail it refuses — "no sleeveless
    tops", "나시 말고", "with sleeves", "no crop tops", "nothing revealing" —, where the refused one was said
    (None: nowhere, or "modest")); None for either it does not say."""
    asked = refused = None
    said: tuple[int, int] | None = None
    for detail, words in _ASKED.items():
        for found in words.finditer(text):
            before, after = text[: found.start()], text[found.end() :]
            if NEGATION_BEFORE.search(before) or NEGATION_AFTER.match(after):
                refused, said = refused or detail, said or found.span()
            elif asked is None:
                asked = detail
    if asked in ("pockets", "hooded", "collar") and _REFUSED.search(text):
        asked = None
    refused = refused or ("sleeveless" if _SLEEVED.search(text) else None)
    refused = refused or ("revealing" if _MODEST.search(text) else None)
    asked = None if asked is None or KIND_DETAILS.get(category or "") == asked or asked == refused else asked
    return asked, refused, said
