"""Filters a message takes off by naming them: "any colour", "the price doesn't matter", "remove the
colour filter", "색상 상관없이", "가격은 상관없어" — what the ✕ buttons do, said in words."""

from __future__ import annotations

import re

# the word for a filter -> the keys of `application.wish.Wish` it clears ("price": both ends)
_KEYS = {
    "colour": ("colour", "not_colour", "tone"),
    "price": ("max_price",),
    "style": ("occasion", "style"),
    "pattern": ("pattern", "not_pattern"),
    "cut": ("cut",),
    "detail": ("detail",),
    "brand": ("brand", "not_brand"),
}
_WORDS = {  # (English, Korean)
    "colour": (r"colou?rs?", r"색상|색깔|색|컬러"),
    "price": (r"prices?|budget|price (?:limit|range|cap)", r"가격대?|예산"),
    "style": (r"styles?|occasion", r"스타일"),
    "pattern": (r"patterns?|prints?", r"무늬|패턴"),
    "cut": (r"fits?|cuts?", r"핏"),
    "detail": (r"sleeves?|sleeve length|necklines?|necks?|pockets?|hoods?", r"소매|넥|주머니|후드"),
    "brand": (r"brands?|labels?", r"브랜드"),
}
_EN_BEFORE = r"\b(?:any|whatever|all|every|remove|drop|clear|forget|ignore|lose|reset)\s+(?:the\s+)?"
_EN_AFTER = r"(?:\s+(?:filter|limit)s?)?\b(?!\s+(?:of|for)\b)"
_EN_NO = r"\b(?:no|without)\s+(?:the\s+)?(?:{w})\s+(?:filter|limit)s?\b"  # not "no prints"
_EN_MATTERS = r"\b(?:the\s+)?({w})\s+(?:doesn'?t|does not|don'?t|do not|won'?t)\s+matter\b"
_KO_AFTER = (
    r"(?:은|는|도|이|가)?\s*"
    r"(?:상관\s?없|상관\s?안|무관|아무거나|아무\s?색|필터\s*(?:빼|지워|삭제|없이)|빼고\s?보여)"
)


def _pattern(english: str, korean: str) -> re.Pattern[str]:
    return re.compile(  # Korean: the word itself ("색상 상관없이"), not a colour's end ("흰색도 상관없어")
        rf"{_EN_BEFORE}(?:{english}){_EN_AFTER}|{_EN_NO.format(w=english)}|{_EN_MATTERS.format(w=english)}"
        rf"|(?<![가-힣])(?:{korean})\s*{_KO_AFTER}"
    )


_PATTERNS = {name: _pattern(*words) for name, words in _WORDS.items()}
_NO_BUDGET = re.compile(r"\bno budget\b|\bmoney is no object\b|돈은? 상관없")


def dropped(text: str) -> tuple[frozenset[str], list[tuple[int, int]]]:
    """(the filter keys a normalised message clears, the spans saying so), e.g. "any colour" ->
    ({"colour", "not_colour", "tone"}, [(0, 10)])."""
    keys: set[str] = set()
    spans: list[tuple[int, int]] = []
    for name, pattern in _PATTERNS.items():
        for found in pattern.finditer(text):
            keys.update(_KEYS[name])
            spans.append(found.span())
    if found := _NO_BUDGET.search(text):
        keys.update(_KEYS["price"])
        spans.append(found.span())
    return frozenset(keys), spans
