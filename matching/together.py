"""Whether garments go together: several pieces a user sent at once (an album), judged as one
outfit by the rules of `matching.outfits` — colour harmony of every pair, one style, no two pieces
for one slot — with the piece to swap (the one that fits the others least) and the slots still
missing. A dress with a top or a bottom is layering, judged like any pair: 120 of the 430 street
outfits tagged with a dress wear a blouse, a sweater or a tee with it, 44 leggings or jeans."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from itertools import combinations

from vocabulary import SLOT_CATEGORIES

from .outfits import colour_harmony, completing_slots

STACKABLE = frozenset({"top", "accessory"})  # two tops are layers, two accessories fine
SWAP_BELOW = 0.6  # a pair fitting less than this: one of the two is worth swapping
GOOD_FROM = 0.75  # every pair at least this: the pieces go well together
STYLE_FIT = {True: 1.0, False: 0.35}  # same style or not ("casual" goes half-way with anything)


@dataclass(frozen=True)
class Piece:
    """One garment of the set: its slot, colour and style."""

    slot: str
    colour: str | None
    style: str | None


@dataclass(frozen=True)
class Note:
    """One thing said about the set: `code` about the pieces at `pieces` (0-based)."""

    code: str  # colours (a pair that works), clash, style_mix, same_slot
    pieces: tuple[int, ...]
    rule: str = ""


@dataclass
class Together:
    """The verdict on a set of pieces."""

    score: float  # the weakest pair's fit, 0..1
    verdict: str  # good, fair, poor
    notes: list[Note] = field(default_factory=list)
    swap: int | None = None  # the piece to replace, when one fits the others clearly less
    missing: tuple[str, ...] = ()  # the slots that would complete the outfit


def pair_fit(a: Piece, b: Piece) -> tuple[float, str]:
    """How well two pieces go together (0..1) and the colour rule behind it."""
    harmony, rule = colour_harmony(a.colour, b.colour)
    same = not a.style or not b.style or a.style == b.style
    style = STYLE_FIT[same] if "casual" not in (a.style, b.style) or same else 0.7
    if a.slot == b.slot and a.slot not in STACKABLE:
        return 0.0, rule
    return 0.65 * harmony + 0.35 * style, rule


def judge(pieces: list[Piece]) -> Together:
    """The verdict on `pieces` worn together: the weakest pair, what is wrong, what to swap."""
    if len(pieces) < 2:
        worn = {p.slot for p in pieces}
        return Together(1.0, "good", missing=completing_slots(worn, limit=2))
    fits: dict[tuple[int, int], float] = {}
    notes: list[Note] = []
    for i, j in combinations(range(len(pieces)), 2):
        a, b = pieces[i], pieces[j]
        fit, rule = pair_fit(a, b)
        fits[i, j] = fit
        if a.slot == b.slot and a.slot not in STACKABLE:
            notes.append(Note("same_slot", (i, j), a.slot))
        elif rule == "clash":
            notes.append(Note("clash", (i, j), rule))
    styles = Counter(p.style for p in pieces if p.style)
    if len(styles) > 1:
        main = styles.most_common(1)[0][0]
        odd = tuple(i for i, p in enumerate(pieces) if p.style and p.style != main)
        notes.append(Note("style_mix", odd, main))
    if not any(n.code in ("clash", "same_slot") for n in notes):
        best = max(fits, key=lambda pair: fits[pair])
        notes.insert(0, Note("colours", best, pair_fit(pieces[best[0]], pieces[best[1]])[1]))
    mean = [
        sum(fits[min(i, j), max(i, j)] for j in range(len(pieces)) if j != i) / (len(pieces) - 1)
        for i in range(len(pieces))
    ]
    worst = min(fits, key=lambda pair: fits[pair])
    score = fits[worst]
    # the weakest pair fits poorly: swap whichever of the two fits the others less (the later one
    # sent when they tie, as in a pair)
    swap = (worst[0] if mean[worst[0]] < mean[worst[1]] else worst[1]) if score < SWAP_BELOW else None
    verdict = "good" if score >= GOOD_FROM else "fair" if score >= SWAP_BELOW else "poor"
    worn = {p.slot for p in pieces if p.slot in SLOT_CATEGORIES}
    return Together(round(score, 3), verdict, notes, swap, completing_slots(worn, limit=2))
