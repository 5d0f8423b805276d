"""One lexicon term found in a message: what kind of term, its label, where, and whether negated."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Match:
    kind: str  # colour, pattern, category, style, season, gender, tone, material, cue, occasion
    label: str
    start: int
    end: int
    negated: bool = False
    term: str = ""  # the lexicon's term that matched ("sneakers" for the category shoes)
