"""Builds a shopper may tell the stylist about ("I'm petite", "통통한 편이에요", "어깨가 넓어요"), each
with what flatters it by the usual rules of thumb: the colour tone and the cut shown first in each
slot. The bot cannot see a body, so nothing here is guessed from a photo; it is what the user said."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Build:
    """One build: its colour tone shown first per slot (`application.wish.TONES`: light, dark …)
    and the cut shown first per slot (`CUTS`: slim, roomy)."""

    tones: dict[str, str] = field(default_factory=dict)
    cuts: dict[str, str] = field(default_factory=dict)


_COVERED = {"top": "dark", "bottom": "dark", "dress": "dark", "outerwear": "dark"}
BUILDS: dict[str, Build] = {
    "petite": Build(cuts={"bottom": "slim"}),  # one long line: slim or straight to the shoe
    "tall": Build(),  # most things sit well: nothing put first
    "curvy": Build(tones=_COVERED),  # deeper colours, one colour top to bottom
    "slim": Build(tones={"top": "light", "bottom": "light", "outerwear": "light"}),  # light adds shape
    "broad_shoulders": Build(tones={"top": "dark", "outerwear": "dark"}),  # the shoulders kept quiet
    "pear": Build(tones={"top": "light", "bottom": "dark"}),  # the eye drawn up
    "maternity": Build(cuts={"top": "roomy", "dress": "roomy", "outerwear": "roomy"}),  # room to grow
}

# A height told alone ("I'm 155cm", "키 185예요") as a build: petite below 159 cm (short for a Korean
# woman, whose average is about 161 cm, and very short for a man), tall from 183 cm (tall for a man,
# whose average is about 174 cm, and very tall for a woman); between, no build is assumed.
HEIGHT_BUILDS: dict[str, tuple[int, int]] = {"petite": (0, 159), "tall": (183, 300)}
