"""Every lexicon term in a message: English terms as whole words (a plural allowed), Korean ones as
substrings, the longest winning where two overlap ("운동화" shoes over "운동" gym), unknown English
words within a typo of a term read as it ("blak", "jens"), and negation marked ("not red", "빨간색
말고")."""

from __future__ import annotations

import re
import unicodedata

from vocabulary import BRANDS, UNCARRIED

from .cues import INTENT_WORDS
from .fuzzy import closest
from .lexicon import (
    CATEGORY_TERMS,
    COLOUR_TERMS,
    GENDER_WORDS,
    MATERIAL_WORDS,
    PATTERN_WORDS,
    SEASON_WORDS,
    STYLE_TERMS,
    TONE_WORDS,
)
from .match import Match
from .occasions import OCCASIONS
from .people import FEATURE_WORDS
from .references import NEGATION_AFTER, NEGATION_BEFORE

_HANGUL = re.compile(r"[\uac00-\ud7a3\u3131-\u318e\u1100-\u11ff]")  # and jamo as NFKC leaves "ㅋ"
_BETWEEN = re.compile(r"^\s*(?:색|색깔|컬러|색의)?\s*$")  # "빨간색 원피스": the colour of that garment
_LISTED = re.compile(  # "black or grey", "검정이랑 회색", "빨강, 초록": colours listed together
    r"\s*(?:색|색깔|컬러)?\s*(?:,|/|&|\band\b|\bor\b|\bnor\b|이랑|랑|하고|이나|나|과|와)?\s*,?\s*"
)
# "티" alone is a T-shirt where it stands as a word ("흰 티에 청바지", "검정티 추천"), not inside "파티"
# nor in "티 나다" (to show): a particle may follow, a word or a colour must come before.
_TEE = re.compile(
    r"티(?=(?:에|랑|이랑|하고|와|는|도|를|만|로)?(?:[\s?!.,~]|$)|(?:에|랑|이랑|하고|와)(?:어울|잘|맞))"
    r"(?!\s*(?:가\s*)?(?:안\s*)?나)"
)  # "흰티에어울리는바지", written without spaces, too
_WORN_WITH = re.compile(r"(?:에|엔|이랑|랑|하고|과|와)(?:는|도)?(?:\s|$)")  # "정장에 …": the suit, with
_CUTS = ("스키니", "와이드", "일자", "부츠컷", "생지", "연청", "흑청", "슬림")
_JEAN = re.compile(  # "진" alone is jeans after a cut ("스키니진", "와이드 진"), never "사진", "진짜"
    "(?:" + "|".join(f"(?<={cut})|(?<={cut} )" for cut in _CUTS) + ")진(?![짜심정행지])"
)


def _terms() -> list[tuple[str, str, str]]:
    """(term, kind, label) for every term of the lexicon."""
    out: list[tuple[str, str, str]] = []
    for kind, table in (
        ("colour", COLOUR_TERMS),
        ("pattern", PATTERN_WORDS),
        ("category", CATEGORY_TERMS),
        ("style", STYLE_TERMS),
        ("season", SEASON_WORDS),
        ("gender", GENDER_WORDS),
        ("tone", TONE_WORDS),
        ("tone", FEATURE_WORDS),  # "blue eyes", "흑발": the colours that bring them out
        ("material", MATERIAL_WORDS),
        ("cue", INTENT_WORDS),
        ("brand", {key: brand.words for key, brand in BRANDS.items()}),
        ("uncarried", {key: words for key, (_, _, words) in UNCARRIED.items()}),  # "a watch": none here
    ):
        out += [(term.lower(), kind, label) for label, terms in table.items() for term in terms]
    out += [(term, "occasion", occasion.name) for occasion in OCCASIONS for term in occasion.words]
    return [(unicodedata.normalize("NFKC", term), kind, label) for term, kind, label in out]  # as texts are


TERMS = _terms()
_FUZZY_TARGETS = {
    term: (kind, label) for term, kind, label in TERMS if kind in ("colour", "category", "style")
}
_FUZZY_TARGETS = {t: v for t, v in _FUZZY_TARGETS.items() if t.isascii() and t.isalpha() and len(t) >= 4}
_FUZZY_TARGETS |= {  # "weding", "intervew", "outift": the long occasion words and "outfit" too
    term: ("occasion", label)
    for term, kind, label in TERMS
    if kind == "occasion" and term.isalpha() and len(term) >= 7
} | {"outfit": ("cue", "outfit")}


def _english_pattern(term: str) -> re.Pattern[str]:
    body = re.escape(term).replace(r"\ ", r"\s+")
    plural = "(?:s|es)?" if len(term.split()[-1]) > 2 else ""  # "tees", but "hi" is not in "his"
    return re.compile(rf"(?<![a-z0-9']){body}{plural}(?![a-z0-9])")


_PATTERNS = {term: _english_pattern(term) for term, _, _ in TERMS if not _HANGUL.search(term)}
_FIRST_WORD = {term: term.split()[0] for term in _PATTERNS}  # in the text whenever the term matches


def find_terms(text: str) -> list[Match]:
    """Every lexicon term in `text`, longest first where two overlap, then typos of the rest."""
    found: list[Match] = []
    for term, kind, label in TERMS:
        if term in _PATTERNS:
            if _FIRST_WORD[term] in text:  # most terms are absent: a substring test before the regex
                found += [Match(kind, label, *m.span(), term=term) for m in _PATTERNS[term].finditer(text)]
            continue
        start = text.find(term)  # Korean: a substring (no regex: over 500 terms would thrash re's cache)
        while start != -1:
            found.append(Match(kind, label, start, start + len(term), term=term))
            start = text.find(term, start + 1)
    found.sort(key=lambda m: (-(m.end - m.start), m.start))
    taken: list[Match] = []
    covered = [False] * len(text)
    for match in found:
        if not any(covered[match.start : match.end]):
            taken.append(match)
            covered[match.start : match.end] = [True] * (match.end - match.start)
    for word in re.finditer(r"[a-z]{4,}", text):
        if any(covered[word.start() : word.end()]):
            continue
        if (term := closest(word[0], _FUZZY_TARGETS)) is not None:
            kind, label = _FUZZY_TARGETS[term]
            taken.append(Match(kind, label, *word.span(), term=term))
    for tee in _TEE.finditer(text):
        start = tee.start()
        coloured = any(m.kind == "colour" and m.end == start for m in taken)  # "흰티", not "반팔티"
        if not covered[start] and (coloured or start == 0 or text[start - 1] == " "):
            taken.append(Match("category", "t-shirt", start, start + 1, term="티"))
    for n, match in enumerate(taken):  # "정장에 운동화": the suit worn, a garment (else a style, "정장 추천")
        if match.kind == "style" and match.term in ("정장", "양복") and _WORN_WITH.match(text[match.end :]):
            taken[n] = Match("category", "blazer", match.start, match.end, term=match.term)
    for jean in _JEAN.finditer(text):
        if not covered[jean.start()]:
            taken.append(Match("category", "pants", jean.start(), jean.end(), term="청바지"))
    taken.sort(key=lambda m: m.start)
    for match in taken:
        if match.kind in (
            "colour",
            "category",
            "pattern",
            "brand",
            "uncarried",
            "style",
            "material",
            "occasion",
            "gender",
        ):
            match.negated = bool(NEGATION_BEFORE.search(text[: match.start])) or bool(
                NEGATION_AFTER.match(text[match.end :])
            )
    listed = [(a, b) for a, b in zip(taken, taken[1:], strict=False) if a.kind == b.kind == "colour"]
    listed = [(a, b) for a, b in listed if _LISTED.fullmatch(text[a.end : b.start])]
    for pairs in (listed, listed[::-1]):  # "검정이랑 회색 말고", "no black or grey": each of them refused
        for a, b in pairs:
            a.negated = b.negated = a.negated or b.negated
    wanted = {m.label for m in taken if m.kind == "category" and not m.negated}
    of_refused = []  # "no black dress, I want trousers": the dress refused, its black with it
    for colour, garment in zip(taken, taken[1:], strict=False):  # "빨간색 원피스 말고": not the red one
        if colour.kind not in ("colour", "pattern") or garment.kind != "category":
            continue
        other = len(wanted - {garment.label}) > 0 and _BETWEEN.match(text[colour.end : garment.start])
        if garment.negated:
            colour.negated = colour.negated or bool(_BETWEEN.match(text[colour.end : garment.start]))
        elif colour.kind == "colour" and colour.negated:
            garment.negated = bool(other)
        of_refused += [colour] if other and garment.negated else []
    return [m for m in taken if m not in of_refused]
