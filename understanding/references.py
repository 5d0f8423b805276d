"""Which item of the last answer a message points at ("#2", "the second one", "3번", "두 번째 거"), and
whether it is refused ("not #3", "3번 말고"); the negations that tell, shared with the lexicon's terms."""

from __future__ import annotations

import re

from .lexicon import NEGATIONS_EN, NEGATIONS_KO

_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "last": -1}
_ORDINALS_KO = {"첫": 1, "두": 2, "세": 3, "네": 4, "다섯": 5, "여섯": 6}
# "the second one", "the last", "first one" — not "my first date" or "the last day of school"
_ORDINAL_WORDS = "(first|second|third|fourth|fifth|sixth|last)"
_ORDINAL = (
    rf"(?:(?<=\bthe )|(?<=\bthat )){_ORDINAL_WORDS}\b(?! (?:date|day|time|week|job))(?: one)?"
    rf"|\b{_ORDINAL_WORDS} one\b"
)
NEGATION_BEFORE = re.compile(
    r"(?:^|[^a-z])(?:"
    + "|".join(re.escape(n) for n in NEGATIONS_EN)
    + r")(?:\s+(?:in|a|the|any|more|so))?\s*$"
)
NEGATION_AFTER = re.compile(
    r"^\s*(?:색|색깔|컬러|거|건|것)?\s*(?:은|는|이|가|을|를|으로|로)?\s*(?:" + "|".join(NEGATIONS_KO) + ")"
)


def references(text: str) -> tuple[int | None, int | None, list[tuple[int, int]]]:
    """(item number asked for, item number refused, spans): "#2", "no. 2", "2번", "the second one"."""
    ref = not_ref = None
    spans = []
    patterns = [
        r"#\s*(\d{1,2})\b",
        r"\b(?:number|no\.|item|option)\s*(\d{1,2})\b",
        r"(\d{1,2})\s*번(?:째)?",
        _ORDINAL,
        r"(첫|두|세|네|다섯|여섯)\s*번째",
    ]
    for pattern in patterns:
        for match in re.finditer(pattern, text):
            word = next(group for group in match.groups() if group)
            number = int(word) if word.isdigit() else _ORDINALS.get(word) or _ORDINALS_KO.get(word)
            negated = bool(NEGATION_BEFORE.search(text[: match.start()])) or bool(
                NEGATION_AFTER.match(text[match.end() :])
            )
            if negated:
                not_ref = number
            else:
                ref = number
            spans.append(match.span())
    return ref, not_ref, spans
