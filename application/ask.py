"""What a conversation adds to a recommendation besides its filters: who the user shops for, the
products not to show again, the colours to show first, and how an outfit's look is shaped by them."""

from __future__ import annotations

from dataclasses import dataclass, replace

from matching.coherence import Look
from understanding.occasions import occasion_named
from vocabulary import BUILDS, brand_of, cut_of

from .wish import TONES, Wish


@dataclass(frozen=True)
class Ask:
    """What a conversation adds to a recommendation: its filters, who the user shops for (their
    setting: men / women / any), and products not to show again ("another one", "not #3")."""

    wish: Wish = Wish()
    shops_for: str | None = None
    exclude: frozenset[int] = frozenset()
    leans: tuple[str, ...] = ()  # colours a search shows first: the user's personal colour's

    def prefers(self, colour: str | None, name: str, slot: str, search: bool = False) -> bool:
        """Whether a product is one to show first in `slot`: in the user's personal colours (near
        the face: tops and layers, or any kind searched for), of the brand asked for or the occasion's
        own (a hike's outdoor brands), or in the tone and cut that flatter the build they told
        (`vocabulary.BUILDS`)."""
        if colour in self.leans and (search or slot in ("top", "outerwear")):
            return True
        if self.wish.brand and brand_of(name) == self.wish.brand:  # "a nike outfit": its pieces first
            return True
        if (occasion := occasion_named(self.wish.occasion)) and brand_of(name) in occasion.brands:
            return True  # a hike's Woodland boots and Wildcraft backpack
        build = BUILDS.get(self.wish.build or "")
        if build is None:
            return False
        tone, cut = build.tones.get(slot), build.cuts.get(slot)
        return bool((tone and colour in TONES[tone]) or (cut and cut_of(name) == cut))

    def shaped(self, look: Look) -> Look:
        """The look with what the user said put first: the gender they asked for (or shop for; the
        photo's inference, or the start's listing, is the fallback — also for anyone's), the style
        (with the one its occasion mixes in) and the season."""
        wish = self.wish
        gender = wish.gender or self.shops_for
        if gender in ("men", "women"):
            look = replace(look, gender=gender, lean="")
        elif gender == "any":  # anyone's: the piece it starts from says whose (a dress: no men's belts)
            look = replace(look, lean="")
        occasion = occasion_named(wish.occasion)
        if wish.style:  # a hike's sportswear, and its casual boots and backpacks
            mixed = occasion.mixes if occasion and occasion.mixes and occasion.style == wish.style else None
            look = replace(look, styles=(wish.style, mixed) if mixed else (wish.style,))
        if wish.season:
            climate = {"winter": "cold", "summer": "warm"}.get(wish.season, "")  # spring, autumn: either
            look = replace(look, season=wish.season, climate=climate)
        if wish.kids:
            look = replace(look, kids=True)
        if occasion is not None and (occasion.prefers or occasion.refuses):  # a beach's sandals, no heels
            look = replace(look, prefers=occasion.prefers, refuses=occasion.refuses)
        return replace(look, smart=True) if occasion and occasion.smart or wish.relaxed else look
