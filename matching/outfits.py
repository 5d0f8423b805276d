"""Outfit rules: the complementary slots of every category, colour harmony, and picking diverse items.

Slots start from the known pairs (top+trousers, pullover+trousers, coat+trousers, shirt+trousers,
dress+sandals, trousers+sneakers, trousers+ankle boots) and extend them to every category.

Colour harmony, in order of preference:
- neutral + accent: a neutral (black, white, grey, beige, navy, brown, khaki) with any colour;
- neutral + neutral: always safe;
- tonal: the same colour family (navy/blue, beige/brown/khaki, red/burgundy/pink);
- complementary: opposite hues (blue/orange, purple/yellow, red/green, pink/green);
- anything else (two unrelated accents, or a multicolour print with an accent) scores low.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from vocabulary import EXCLUSIVE_SLOTS, OUTFIT_SLOTS, SLOT_CATEGORIES, slot_of

NEUTRALS = frozenset({"black", "white", "grey", "beige", "navy", "brown", "khaki"})
TONAL_FAMILIES: tuple[frozenset[str], ...] = (
    frozenset({"navy", "blue"}),
    frozenset({"beige", "brown", "khaki"}),
    frozenset({"red", "burgundy", "pink"}),
    frozenset({"purple", "pink"}),
    frozenset({"yellow", "orange"}),
    frozenset({"green", "khaki"}),
)
COMPLEMENTARY: frozenset[frozenset[str]] = frozenset(
    {
        frozenset({"blue", "orange"}),
        frozenset({"navy", "orange"}),
        frozenset({"purple", "yellow"}),
        frozenset({"red", "green"}),
        frozenset({"pink", "green"}),
        frozenset({"burgundy", "green"}),
    }
)

NEUTRAL_ORDER = ("white", "black", "grey", "beige", "navy", "brown", "khaki")  # the most worn first
ACCENT_ORDER = ("red", "burgundy", "yellow", "pink", "green", "blue", "orange", "purple")


@dataclass(frozen=True)
class ColourAdvice:
    """What goes with one colour (or with all of a few: `also`), by the rules of `colour_harmony`, as
    a stylist would say it."""

    colour: str
    calm: tuple[str, ...]  # neutrals it sits with quietly
    accents: tuple[str, ...] = ()  # a neutral's: colours it sets off
    tonal: tuple[str, ...] = ()  # a colour's: the same family (burgundy and pink with red)
    bold: tuple[str, ...] = ()  # a colour's: across the wheel (green with red)
    also: tuple[str, ...] = ()  # the other colours advised on with it ("I only own black and grey")


def colours_for(colour: str, *others: str) -> ColourAdvice:
    """The palette colours that go with `colour` (and with each of `others`), the most worn first: a
    neutral takes the other neutrals and sets off any colour; a colour (or a print) is easiest with
    neutrals, then in tone or, boldly, across from it."""
    given = (colour, *others)
    calm = [n for n in NEUTRAL_ORDER if n not in given]
    hues = [c for c in given if c not in NEUTRALS]
    also = tuple(c for c in others if c != colour)
    if not hues:
        return ColourAdvice(colour, tuple(calm[:3]), ACCENT_ORDER[:3], also=also)
    tonal = [
        c for c in ACCENT_ORDER if c not in given and all(colour_harmony(h, c)[1] == "tonal" for h in hues)
    ]
    bold = [c for c in ACCENT_ORDER if all(colour_harmony(h, c)[1] == "complementary" for h in hues)]
    return ColourAdvice(colour, tuple(calm[:4]), (), tuple(tonal[:2]), tuple(bold[:1]), also)


FILL_SLOTS = ("bag", "outerwear", "accessory", "hat")  # after the learned ones: a slot the look has none of


def complementary_slots(category: str, learned: Sequence[str] = (), limit: int = 3) -> tuple[str, ...]:
    """The slots that complete an outfit around a garment of `category`: the rules' slots first, then
    slots learned from street outfits (`matching.compat`), then the others that go with it (a bag
    where a formal look has no accessory of its style), up to `limit`."""
    own = slot_of(category)
    slots = list(OUTFIT_SLOTS[own])
    excluded = EXCLUSIVE_SLOTS.get(own, frozenset()) | {own}
    for slot in [*learned, *FILL_SLOTS]:
        if len(slots) >= limit:
            break
        if slot not in slots and slot not in excluded and slot in SLOT_CATEGORIES:
            slots.append(slot)
    return tuple(slots)


def completing_slots(worn: set[str], learned: Sequence[str] = (), limit: int = 3) -> tuple[str, ...]:
    """The slots that complete an outfit already wearing `worn` (a photo of a whole outfit): the
    slots street outfits wear with it (`learned`, best first), then the rules' slots of each worn
    slot, then any other slot; never a worn slot, nor one a worn slot excludes (no dress over a top
    and a bottom)."""
    excluded = set(worn).union(*(EXCLUSIVE_SLOTS.get(slot, frozenset()) for slot in worn))
    ruled = [slot for worn_slot in sorted(worn) for slot in OUTFIT_SLOTS.get(worn_slot, ())]
    slots: list[str] = []
    for slot in [*learned, *ruled, *SLOT_CATEGORIES]:
        if slot not in excluded and slot not in slots and slot in SLOT_CATEGORIES:
            slots.append(slot)
    return tuple(slots[:limit])


def layered(slots: Sequence[str], climate: str, worn: Iterable[str] = ()) -> tuple[str, ...]:
    """A cold look's slots with a layer: outerwear second (after the first slot that completes the
    garment: a winter sweater's trousers, then a coat), unless it is worn already. (The outfit skips
    the layer when the catalogue has none in the look's own style: `Recommend.outfit_for`.)"""
    slots = tuple(slots)
    if climate != "cold" or "outerwear" in set(worn):
        return slots
    rest = [slot for slot in slots if slot != "outerwear"]
    return (*rest[:1], "outerwear", *rest[1:])


RESTYLED_FIRST = ("shoes", "outerwear", "top", "bottom", "dress", "bag", "accessory", "hat")  # most telling


def restyled(worn: Iterable[tuple[str, str | None]], style: str | None) -> tuple[str, ...]:
    """The slots an outfit photo's garments (slot, style) fill in another style than the one asked
    ("how can I make it more formal?": its trainers, its jacket …), those that change a look most
    first; () when no style is asked or every piece is in it already."""
    other = {slot for slot, worn_style in worn if style and worn_style != style}
    return tuple(slot for slot in RESTYLED_FIRST if slot in other)


def tailored(slots: Sequence[str], styles: Sequence[str], worn: Iterable[str] = ()) -> tuple[str, ...]:
    """A formal look of separates with a jacket third (a blazer over a shirt and trousers: an
    interview's, the office's), unless one is worn or among them already. (The outfit skips it when
    the catalogue has none in the look's style: `Recommend.outfit_for`.)"""
    slots, worn = tuple(slots), set(worn)
    if "formal" not in styles or "outerwear" in slots[:3] or not worn or not worn <= {"top", "bottom"}:
        return slots
    rest = [slot for slot in slots if slot != "outerwear"]
    return (*rest[:2], "outerwear", *rest[2:])


def colour_harmony(a: str | None, b: str | None) -> tuple[float, str]:
    """How well two palette colours go together (0..1) and the rule that says so."""
    if not a or not b:
        return 0.5, "unknown"
    if a in NEUTRALS and b in NEUTRALS:
        return (0.8, "tonal") if a == b else (0.85, "neutrals")
    if a in NEUTRALS or b in NEUTRALS:
        return 1.0, "neutral + accent" if "multi" not in (a, b) else "neutral + print"
    if a == b:
        return 0.6, "tonal"
    if any(a in family and b in family for family in TONAL_FAMILIES):
        return 0.7, "tonal"
    if frozenset({a, b}) in COMPLEMENTARY:
        return 0.65, "complementary"
    return 0.2, "clash"


@dataclass(frozen=True)
class Candidate:
    """A catalogue product considered for a slot."""

    product_id: int
    category: str
    colour: str | None
    usage: str | None
    cluster: int
    similarity: float  # cosine similarity of embeddings with the user's item
    vector: np.ndarray | None = None
    design: str = ""  # the name without its colour words: one design in several colours is one


@dataclass(frozen=True)
class Pick:
    candidate: Candidate
    score: float
    harmony_rule: str
    same_usage: bool


# A formal look keeps to neutrals first: two neutrals rank above a neutral with an accent colour (a
# white shirt's trousers are navy, grey or black before green), the reverse of a casual look's
FORMAL_HARMONY = {"neutrals": 1.0, "neutral + accent": 0.85}


def score_candidate(candidate: Candidate, colour: str | None, usage: str | None, cluster: int) -> Pick:
    """Combine colour harmony, matching usage, matching style cluster and visual affinity."""
    harmony, rule = colour_harmony(colour, candidate.colour)
    if usage == "formal":
        harmony = FORMAL_HARMONY.get(rule, harmony)
    same_usage = bool(usage and candidate.usage == usage)
    same_cluster = cluster >= 0 and candidate.cluster == cluster
    score = 0.45 * harmony + 0.3 * same_usage + 0.1 * same_cluster + 0.15 * max(candidate.similarity, 0.0)
    return Pick(candidate, score, rule, same_usage)


def pick_diverse(picks: Sequence[Pick], k: int = 3, redundancy: float = 0.9) -> list[Pick]:
    """Greedy maximal-marginal-relevance: best scores first, skipping near-duplicates of earlier picks
    (same colour, same design in another colour, or embeddings closer than `redundancy`), falling
    back to the rest if needed."""
    ranked = sorted(picks, key=lambda p: p.score, reverse=True)
    chosen: list[Pick] = []
    for pick in ranked:
        if len(chosen) == k:
            break
        if any(_redundant(pick.candidate, c.candidate, redundancy) for c in chosen):
            continue
        chosen.append(pick)
    for other_design in (True, False):  # then the rest: another design before one shown in a new colour
        for pick in ranked:
            if len(chosen) == k:
                break
            design = pick.candidate.design
            if pick not in chosen and not (
                other_design and design and design in {c.candidate.design for c in chosen}
            ):
                chosen.append(pick)
    return chosen


def _redundant(a: Candidate, b: Candidate, threshold: float) -> bool:
    if a.colour and a.colour == b.colour or a.design and a.design == b.design:
        return True
    if a.vector is not None and b.vector is not None:
        return float(np.dot(a.vector, b.vector)) > threshold
    return False
