"""A question about the colour balance of what is in view: "too much black?", "is it too dark?", "too
many colours?", "너무 심심해?" — asked of an outfit, not a refinement ("too dark" alone, after a search,
asks for lighter ones: no question, no balance)."""

from __future__ import annotations

import re

from .patterns import QUESTION

_COLOURFUL = re.compile(
    r"\btoo (?:many colou?rs|colou?rful|loud|busy|flashy|much colou?r)\b|너무 화려|색이 너무 많|너무 알록달록"
)
_TOO_MUCH = re.compile(r"\btoo (?:much|many)\b|너무 많|많(?:나|아|지|은가|은 것 같)|너무\s?\S+만")
_TOO_MUCH_OF = re.compile(
    r"\btoo (?:much|many) (?!for\b|to\b|with\b)[a-z]|너무 많|많(?:나|아|지|은가|은 것 같)"
)
_DARK = re.compile(r"\btoo (?:dark|gloomy|black|sombre|somber)\b|너무 어두|너무 칙칙|너무 까")
_LIGHT = re.compile(r"\btoo (?:light|pale|bright|white|washed out)\b|너무 밝|너무 하얗|너무 흰")
_PLAIN = re.compile(r"\btoo (?:plain|boring|simple|bland|dull)\b|너무 심심|너무 밋밋|너무 단조|너무 무난")


def balance_asked(text: str, colour: str | None, kind: str | None = None) -> str | None:
    """What a question asks of the colours of the outfit in view: "colour" (too much of the `colour`
    named — not of a `kind` in that colour: "is a black dress too much?" asks whether it is too
    dressy), "dark", "light", "colourful" or "plain"; None when it asks none of these."""
    if not QUESTION.search(text):
        return None
    if _COLOURFUL.search(text):
        return "colourful"
    if colour and (_TOO_MUCH_OF if kind else _TOO_MUCH).search(text):  # "too much black?", "검정색 너무
        return "colour"  # 많아?", "너무 검정색만 있나?", "too much black with these shoes?"
    for concern, pattern in (("dark", _DARK), ("light", _LIGHT), ("plain", _PLAIN)):
        if pattern.search(text):
            return concern
    return None
