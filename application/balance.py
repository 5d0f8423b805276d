"""The colour balance of a look, asked: "too much black?", "is it too dark?", "too many colours?", "너무
심심해?" of an outfit photo or of the look in view — how many of its pieces are so, whether that is too
many, and what would even it out (the bot says it)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from catalog import CatalogItem
from storage import Analysis as AnalysisRow
from understanding.occasions import occasion_named
from vocabulary import LOW_CONFIDENCE, slot_of

from .wish import TONES

DEEP = ("black", "navy", "brown", "burgundy")  # a look of only these (and mid tones) reads dark
PALE = ("white", "beige", "pink", "yellow")  # a look of only these (and mid tones) reads washed out
BUSY_FROM = 3  # accent colours in one look from which they compete


def balance(
    read: list[tuple[str, ...]], concern: str, colour: str | None = None, occasion: str | None = None
) -> dict[str, Any]:
    """How the pieces' colours (`read`: each piece's colour and the one it may be instead, as a photo's
    reading hedges) answer a `concern` (`understanding.balance`): `count` pieces (or accent colours)
    so of `total`, and whether that is `too` many — three pieces of one colour (or all of two); deep
    pieces and no pale one; three accent colours; none at all (plain) — and the `contrast` that breaks
    up a look of one colour. Too dark for an `occasion` that keeps to dark colours (a funeral) is
    `kept_for` it."""
    known = [r[0] for r in read if r]
    total = len(known)
    accents = list(dict.fromkeys(c for c in known if c not in TONES["neutral"]))
    if concern == "colour":  # "too much black?" of "brown or black": it may be, counted
        count = sum(colour in r for r in read)
        too = count >= 3 or (count == total >= 2)
    elif concern in ("dark", "light"):
        mine, other = (DEEP, PALE) if concern == "dark" else (PALE, DEEP)
        count = sum(c in mine for c in known)
        too = count >= 2 and not any(c in other for c in known)
    else:  # colourful, plain: the accent colours
        count = len(accents)
        too = count >= BUSY_FROM if concern == "colourful" else not accents
    said = {"concern": concern, "colour": colour, "count": count, "total": total, "too": too}
    said["contrast"] = (
        ("white", "beige") if colour in DEEP else ("navy", "black") if colour in PALE else ("white", "grey")
    )
    kept = occasion_named(occasion)
    if kept and too and (concern == "dark" or colour in kept.colours) and set(kept.colours) & set(DEEP):
        said["kept_for"] = kept.name  # a funeral's black is its etiquette
    return said | {"accents": accents}


def colours_read(row: AnalysisRow) -> tuple[str, ...]:
    """A photo's garment's colour and, where its reading hedges ("brown or black"), the other one."""
    colour = (row.result or {}).get("attributes", {}).get("colour") or {}
    top = [c["label"] for c in colour.get("top", [])[:2]]
    hedged = colour.get("confidence", 1.0) < LOW_CONFIDENCE and len(top) == 2
    return tuple(dict.fromkeys(c for c in (row.colour, *(top[1:] if hedged else [])) if c))


def look_colours(worn: Iterable[AnalysisRow], shown: Iterable[CatalogItem]) -> list[tuple[str, ...]]:
    """The colours of the look in view: the pieces `worn` (a photo's garments, or the piece the look
    began from) and the first product shown for each slot they leave."""
    colours, slots = [], set()
    for row in worn:
        slots.add(slot_of(row.category or ""))
        colours.append(colours_read(row))
    for item in shown:
        if (slot := slot_of(item.category)) not in slots:
            slots.add(slot)
            colours.append((item.colour,) if item.colour else ())
    return colours
