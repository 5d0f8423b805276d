"""A layer asked for around the garment named or in view: over it ("what can I wear over a
t-shirt?", "반팔 위에 뭐 걸치지?": its outerwear) or beneath it ("what do I wear under a blazer?", "자켓
안에 뭐 입지?": its tops; "셔츠 안에 뭐 입어?": a plain tee in a quiet colour; "이너로 뭐 입지?": the tops
of the one in view)."""

from __future__ import annotations

import re

from vocabulary import slot_of

from .match import Match
from .understood import Understood

LAYER = re.compile(  # "what can I wear over a t-shirt?", "반팔 위에 뭐 걸치지?": a layer for the piece named
    r"\b(?:wear|put|throw|layer)\b.*\bover (?:a |an |my |the |this )?\w"
    r"|위에\s*(?:뭐\s*)?(?:걸치|걸칠|입을|입지|입어)"
)
# A piece beneath the one named: "what do I wear under a blazer?", "셔츠 안에 뭐 입어?", "이너로 뭐 입지?"
UNDER = re.compile(
    r"\b(?:wear|goes|go|put|layer)\b.*\bunder(?:neath)? (?:a |an |my |the |this |it\b)"
    r"|안에\s*(?:뭐\s*)?(?:받쳐|입을|입지|입어|입으)|이너(?:로|는|로는)?\s*(?:뭐|어떤|추천)"
)


def layered(rest: str, matches: list[Match], understood: Understood) -> bool:
    """Read a layer over or beneath into `understood` (its kind, subject and what is wanted); True when
    the piece beneath a top is asked ("셔츠 안에": a search of plain tees, not the top's outfit)."""
    layer = not understood.wanted and LAYER.search(rest)  # "반팔 위에 뭐 걸치지?", "wear over it?": a layer
    if layer and understood.category:  # for the piece named
        understood.subject, understood.wanted = understood.category, "outerwear"
        understood.category, understood.article, understood.about_focus = "outerwear", None, False
    elif layer and (understood.pointing or understood.pronoun):  # for the one in view
        understood.category, understood.about_focus = "outerwear", True
    under = not (understood.wanted or layer) and UNDER.search(rest)  # a piece beneath the one named:
    worn = next((m for m in matches if m.kind == "category" and not m.negated), None)  # (not "what shirt
    if under and worn and (worn.start < under.start()) == (understood.language == "en"):  # goes under it?")
        under = None
    beneath = bool(under and understood.category and slot_of(understood.category) == "top")
    if under and understood.category and slot_of(understood.category) == "outerwear":  # a blazer's tops
        understood.subject, understood.wanted = understood.category, "top"
        understood.category, understood.article, understood.about_focus = "top", None, False
    if beneath:  # "셔츠 안에 뭐 입어?": a plain tee in a quiet colour, searched
        understood.category, understood.article, understood.pattern = "t-shirt", None, "solid"
        understood.tone = understood.tone or "neutral"
    elif under and not understood.wanted:  # "이너로 뭐 입지?" of a jacket in view: its tops
        understood.category, understood.about_focus = "top", True
    understood.cues |= {"outfit"} if (layer or under) and not beneath and understood.category else set()
    return beneath
