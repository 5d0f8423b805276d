"""Words blanked out of a message before its terms are read, each the same length so spans still
line up: "what suits me?" (the verb, not a suit), "does this suit a wedding?" (whether it works),
"next saturday" (when, not the next ones), "my favourite colour is red" (a colour, not the list), "a
business class flight" (a seat), "an ugly Christmas sweater" (a kind of sweater, not a dislike), "how
should a short man dress?" (the verb: what to wear)."""

from __future__ import annotations

import re

from .patterns import NEXT_WHEN

_SUITS_VERB = re.compile(  # "what suits me?", "what colour suits dark skin?": the verb, not a suit
    r"\bsuits?(?=\s+(?:me|you|him|her|them|us|my|your|his|their|everyone|a|an|people|someone)\b)"
    r"|(?:(?<=colour )|(?<=color ))suits\b"  # ("what colour suit for a wedding?": a suit)
    r"|(?:(?<=colours )|(?<=colors )|(?<=what )|(?<=which ))suits?\b(?!\s+colou?rs?\b)"  # (a suit's colour)
)
# "does this suit a wedding?": whether it works for one, not a suit (the verb made "work": the same length)
_SUIT_ASKS = re.compile(
    r"(?:(?<=does it )|(?<=does this )|(?<=would it )|(?<=would this )|(?<=will it ))suit\b"
)

_FAVOURITE_OF = re.compile(  # "my favourite colour is red", "red is my favourite": a colour, not the list
    r"\bfavou?rite(?=\s+(?:colou?rs?|styles?|brands?)\b)"
    r"|\b(?!what\b|which\b|who\b|where\b|this\b|that\b|these\b|those\b)[a-z]{3,}"
    r" (?:is|are) my (?P<fav>favou?rite)\b(?!s)"
)


_CABIN = re.compile(  # "a first class flight": a seat, not a class at school (nor business, the office)
    r"\b(?:first|business|economy|premium economy) class\b|(?:비즈니스|이코노미|퍼스트)\s?(?:석|클래스)"
)


_DRESS_VERB = re.compile(  # "how should a pear-shaped woman dress?": the verb, not a dress (she dresses)
    r"\b(?P<who>wom[ae]n|m[ae]n|guys?|girls?|lady|ladies|i|we|he|she|they|people|someone|person) dress"
    r"(?=\s*(?:[?.!]|$|if\b|when\b|for\b|to\b|at\b))"
)
_DRESS_LIKE = re.compile(
    r"(?:^|(?<=\bto )|(?<=\bi )|(?<=\bme ))dress"  # "dress like a kpop idol" (not "dress like this")
    r"(?= like (?!this|that|these|those|mine|the one|my|yours|hers|his)\b)"
)
_UGLY_SWEATER = re.compile(r"\bugly(?= (?:christmas |xmas |holiday )?(?:sweaters?|jumpers?)\b)")  # a kind


def _blank_favourite(m: re.Match[str]) -> str:
    """The word "favourite" blanked out of a match of `_FAVOURITE_OF` (the colour before it kept)."""
    kept = m[0][: m.start("fav") - m.start()] if m["fav"] else ""
    return kept + " " * (len(m[0]) - len(kept))


def blanked(text: str) -> str:
    """A normalised message with the words above blanked (or made "work": "does this suit a wedding?")."""
    text = _SUIT_ASKS.sub("work", text)
    text = _SUITS_VERB.sub(lambda m: " " * len(m[0]), text)
    text = _CABIN.sub(lambda m: " " * len(m[0]), text)
    text = _UGLY_SWEATER.sub("    ", text)
    text = _DRESS_LIKE.sub("wear ", text)
    if re.search(r"\b(?:how|should|what)\b", text):
        text = _DRESS_VERB.sub(lambda m: m["who"] + " wear ", text)
    text = NEXT_WHEN.sub(lambda m: "    " + m[0][4:], text)
    return _FAVOURITE_OF.sub(_blank_favourite, text)
