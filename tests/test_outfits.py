"""Outfit rules cover every category; colour harmony; diverse picks."""

from __future__ import annotations

import numpy as np

from inference.taxonomy import ALL_CATEGORIES
from matching import SLOT_CATEGORIES, complementary_slots
from matching.outfits import Candidate, colour_harmony, pick_diverse, score_candidate, slot_of


def test_every_category_has_complementary_slots() -> None:
    for category in ALL_CATEGORIES:
        slots = complementary_slots(category)
        assert slots and slot_of(category) not in slots
        assert all(slot in SLOT_CATEGORIES for slot in slots)


def test_known_pairs() -> None:
    assert complementary_slots("t-shirt") == ("bottom", "shoes")
    assert complementary_slots("dress") == ("shoes", "bag")
    assert complementary_slots("pants") == ("top", "shoes")
    assert "bottom" in complementary_slots("outerwear")
    assert "bottom" in complementary_slots("longsleeve")


def test_colour_harmony_rules() -> None:
    assert colour_harmony("navy", "red")[1] == "neutral + accent"
    assert colour_harmony("navy", "blue")[1] == "neutrals" or colour_harmony("navy", "blue")[0] >= 0.7
    assert colour_harmony("blue", "orange")[1] == "complementary"
    assert colour_harmony("red", "purple")[1] == "clash"
    assert colour_harmony("red", "pink")[1] == "tonal"
    assert colour_harmony("navy", "red")[0] > colour_harmony("red", "purple")[0]


def test_picks_are_diverse() -> None:
    v = np.ones(4, np.float32) / 2
    same = [Candidate(i, "pants", "beige", "casual", 1, 0.9, v) for i in range(5)]
    other = [
        Candidate(10, "pants", "black", "casual", 1, 0.5, -v),
        Candidate(11, "pants", "grey", "casual", 1, 0.4, None),
    ]
    picks = pick_diverse([score_candidate(c, "navy", "casual", 1) for c in same + other], k=3)
    assert len(picks) == 3
    assert len({p.candidate.colour for p in picks}) == 3
