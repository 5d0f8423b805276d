"""Messages that name two or more garments, and what each means: asked about together ("white tee
with jeans?", "흰 셔츠에 청바지 어때?": which one the look starts from, which one is judged with it,
each in its own colour), listed as wanted ("shoes and a red bag"), one swapped for another of its
slot ("바지는 반바지로", "셔츠 대신 니트"), or one describing the next ("셔츠 원피스": a dress)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from vocabulary import WOMENSWEAR, slot_of

from .match import Match
from .patterns import ASKS_OK, GOES_WITH
from .understood import Understood

# What joins the two: "with", "and", "over"; a Korean particle on the first ("셔츠에", "니트랑").
_JOINED_EN = re.compile(r"\b(?:with|and|plus|over|under)\b|[+&]")
_JOINED_KO = re.compile(
    r"^(?:에다가|에다|이랑|에|랑|하고|와|과)(?:\s|$)|^\s*[+&,]|^\s?(?:안에|위에|밑에|속에)\s"
)
# Asked whether, not for which: "what shoes go with a black dress?" asks for shoes (an outfit).
_WHICH = re.compile(r"\b(?:what|which)\b(?!\s+about)|뭐|뭘|무슨|어떤|추천|골라|찾아")
_ASKED = re.compile(  # not "빨간 원피스에 어울리는 신발": shoes that go with it, asked for
    r"\b(?:work|good|look|looks|match|matches|together)\b|\b(?:ok|okay|fine)\s*\?|어울려|어울릴|어울리나|어울리니|어때|괜찮|될까|돼|되나|입어도"
)
_QUESTION = re.compile(r"\?\s*$")  # "white tee with jeans?" — not "shoes and a bag?": both wanted
_AND = re.compile(r"\band\b|[+&]")


@dataclass(frozen=True)
class Pair:
    """The garment the look starts from (`anchor`) and the one judged with it (`asked`), their
    category matches, and the colour each was named in (None: any)."""

    anchor: Match
    asked: Match
    anchor_colour: str | None
    asked_colour: str | None


def garments_together(text: str, matches: list[Match], subject: str | None) -> Pair | None:
    """The two garments of a yes-or-no question about wearing them together, None for any other
    message (one garment, "what shoes go with …?", a search for two kinds). The one described as
    the subject ("would navy shoes go with a grey suit?": the suit) is the look's start; else the
    first named."""
    garments = [m for m in matches if m.kind == "category" and not m.negated]
    distinct = [m for i, m in enumerate(garments) if m.label not in {g.label for g in garments[:i]}]
    if len(distinct) != 2 or _WHICH.search(text):
        return None
    first, second = distinct
    gap = text[first.end : second.start]
    if not (_JOINED_EN.search(gap) or _JOINED_KO.search(gap)):
        return None
    said = _ASKED.search(text) or ASKS_OK.search(text) or GOES_WITH.search(text)
    if not (said or (_QUESTION.search(text) and not _AND.search(gap))):
        return None
    anchor, asked = (second, first) if subject == second.label else (first, second)
    colours = _colours(matches, distinct)
    return Pair(anchor, asked, colours.get(anchor.start), colours.get(asked.start))


def _colours(matches: list[Match], garments: list[Match]) -> dict[int, str]:
    """Each garment's colour by where it starts: the colour named last before it and after the
    garment before it ("white tee with black jeans": white, black)."""
    out: dict[int, str] = {}
    named = [m for m in matches if m.kind == "colour" and not m.negated]
    for i, garment in enumerate(garments):
        after = garments[i - 1].end if i else 0
        if before := [m for m in named if after <= m.start < garment.start]:
            out[garment.start] = before[-1].label
    return out


# Between two kinds both wanted: a comma, "and", "or", "&"; a Korean particle or "그리고".
_LISTED = re.compile(  # a joiner there must be: "셔츠 원피스" is a shirt dress, "민소매 원피스" a dress
    r"^\s*(?:(?:이랑|랑|하고|와|과|도)\s*,?|,?\s*(?:\band\b|\bor\b|&|\+|및|그리고)|,)\s*(?:\balso\s+)?"
    r"(?:\b(?:a pair of|a|an|some|the|matching)\b)?\s*$"
)


def kinds_listed(
    text: str, matches: list[Match], first: str | None, leave: str | None, articles: dict[str, str]
) -> tuple[tuple[str, str | None], tuple[tuple[str, str | None], ...]]:
    """When a message lists several kinds wanted ("shoes and a bag", "a top, a skirt and heels",
    "신발이랑 가방"): the colour of the first (`first`, the category read) and each other kind with
    its own colour, None where it was named in none ("black shoes and a red bag": black; the bag,
    red); each of another slot than those before it, the garment described (`leave`: "… go with a
    black dress?") not among them, each named as its article kind when its word is one (`articles`:
    "a clutch", not any bag). ((first, None), ()) for a message that lists none."""
    garments = [m for m in matches if m.kind == "category" and not m.negated and m.label != leave]
    if first is None or len(garments) < 2:
        return (first or "", None), ()
    said = [m for m in matches if m.kind in ("colour", "pattern", "brand", "cut")]
    listed, slots = [garments[0]], {slot_of(garments[0].label)}
    for before, garment in zip(garments, garments[1:], strict=False):
        gap = list(text[before.end : garment.start])
        for m in said:  # "black shoes and a red bag": the colours are the kinds', not a break
            for i in range(max(m.start, before.end), min(m.end, garment.start)):
                gap[i - before.end] = " "
        if not _LISTED.match("".join(gap)):
            break
        if slot_of(garment.label) not in slots:
            listed.append(garment)
            slots.add(slot_of(garment.label))
    colours = _colours(matches, listed)
    head = next(((m.label, colours.get(m.start)) for m in listed if m.label == first), (first, None))
    kinds = [(articles.get(m.term, m.label), colours.get(m.start)) for m in listed if m.label != first]
    return head, tuple(kinds) if len(listed) > 1 else ()


# One garment made another of its slot: "바지는 반바지로", "make the trousers shorts", "swap the
# jeans for shorts", "change the shoes to sneakers".
_TOPIC_KO = re.compile(r"^(?:은|는|을|를)?\s+$")
_INTO_KO = re.compile(r"^(?:으로|로|\s?(?:걸로|거로|것으로))(?:\s|$|[?.!]|바꿔|해|줘)")  # "굽 낮은 걸로"
_SWAP_EN = re.compile(r"\b(?:make|change|swap|switch|replace|turn)\s+(?:the\s+|my\s+|those\s+)?$")
_INSTEAD_KO = re.compile(r"^\s*대신(?:에)?\s+$")
_RESTYLE_KO = re.compile(
    r"^(?:은|는)\s+(?:\S+\s+){0,2}\S+(?:으로|로|하게|한 걸로|한 거로)(?:\s|$|[?.!]|바꿔|해|줘)"
)
_MADE_EN = re.compile(r"^\s+(?:(?:to|into|in)\s+)?(?:\w+\s+)?\w+\s*(?:instead)?\W*$")  # "… white"
_INTO_EN = re.compile(r"^\s+(?:(?:for|to|with|into)\s+)?(?:(?:a|an|some|the)\s+)?$")


def swapped(text: str, matches: list[Match]) -> Match | None:
    """The garment that one in view is to become, when a message swaps one for another of its slot
    ("바지는 반바지로", "블라우스 말고 셔츠로": shorts, a shirt); None for any other message."""
    named = [m for m in matches if m.kind == "category"]
    if len(named) == 2 and named[0].negated != named[1].negated:  # "블라우스 말고 셔츠로", "trousers, not
        refused, wanted = named if named[0].negated else named[::-1]  # a dress"
        old, new = slot_of(refused.label), slot_of(wanted.label)
        return wanted if old == new or (old == "dress" and new in ("top", "bottom")) else None
    garments = [m for m in named if not m.negated]
    if len(garments) != 2 or slot_of(garments[0].label) != slot_of(garments[1].label):
        return None
    old, new = garments
    gap = text[old.end : new.start]
    if _INSTEAD_KO.match(gap):  # "셔츠 대신 니트": the second, in place of the first
        return new
    korean = _TOPIC_KO.match(gap) and _INTO_KO.match(text[new.end :])
    return new if korean or (_SWAP_EN.search(text[: old.start]) and _INTO_EN.match(gap)) else None


# Two kinds of one slot weighed against each other: "skirt or trousers?", "치마가 좋을까 바지가 좋을까?"
_OR_EN = re.compile(r"^s?\s*(?:,\s*)?(?:or|vs\.?|versus)\s+(?:(?:a|an|some)\s+)?$")
_BETTER = r"(?:좋을까|나을까|나아|좋아|어울릴까|입을까|신을까|들까)"
_OR_KO = re.compile(rf"^\s*(?:가|이|를|을)?\s*(?:{_BETTER}\S*\s*)?(?:아니면|vs|or)?\s*$")
_BETTER_KO = re.compile(rf"^\s*(?:가|이|를|을)?\s*{_BETTER}")


def weighed(text: str, matches: list[Match]) -> str | None:
    """The slot of two kinds weighed against each other ("skirt or trousers?", "치마가 좋을까 바지가
    좋을까?", "구두 신을까 운동화 신을까?"), else None."""
    named = [m for m in matches if m.kind == "category" and not m.negated]
    if len(named) != 2 or slot_of(named[0].label) != slot_of(named[1].label):
        return None
    if named[0].label == named[1].label and slot_of(named[0].label) != named[0].label:  # "jeans or
        return None  # trousers": trousers, either (shoes' kinds are all "shoes": "heels or flats?" weighed)
    gap, after = text[named[0].end : named[1].start], text[named[1].end :]
    if _OR_EN.match(gap) or (_OR_KO.match(gap) and _BETTER_KO.match(after)):
        return slot_of(named[0].label)
    return None


def weigh(understood: Understood, text: str, matches: list[Match]) -> None:
    """Two kinds weighed against each other (`weighed`): the slot of the look in view, asked whole."""
    if slot := weighed(text, matches):
        understood.category, understood.article, understood.about_focus = slot, None, True
        understood.subject = understood.wanted = None
        understood.cues |= {"weighed", "outfit"}
        skirt = any(m.label in WOMENSWEAR for m in matches if m.kind == "category")  # "skirt or trousers?":
        understood.gender = understood.gender or ("women" if skirt else None)  # hers


def restyled(text: str, matches: list[Match]) -> bool:
    """Whether a message asks the one garment it names to change in the look in view: "바지는
    검정으로", "신발은 좀 더 캐주얼하게" (not a new search for black trousers)."""
    garments = [m for m in matches if m.kind == "category" and not m.negated]
    if len(garments) != 1:
        return False
    made = _SWAP_EN.search(text[: garments[0].start]) and _MADE_EN.match(text[garments[0].end :])
    return bool(made or _RESTYLE_KO.match(text[garments[0].end :]))  # "make the top white"


def compound_head(text: str, matches: list[Match]) -> Match | None:
    """The garment a compound names when one kind word describes the next ("셔츠 원피스", "shirt dress",
    "민소매 원피스", "jeans jacket": the dress, the jacket) — the last of two with only a space between;
    None when no two kind words stand so."""
    garments = [m for m in matches if m.kind == "category" and not m.negated]
    for first, second in zip(garments, garments[1:], strict=False):
        worded = first.term[:1].isalnum() and second.term[:1].isalnum()  # not "Navy Blazer 👔"
        if worded and first.label != second.label and text[first.end : second.start] == " ":
            return second
    return None
