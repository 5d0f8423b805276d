"""Coherence as constraints: what a look's other pieces must share with it, before any preference.

A look has one gender, one style (or two, when the style is unsure: then the answer mixes them), one
season, one climate and one audience (adults or kids). Every product offered for it must fit them
all; only when a slot has nothing of the look's style does it fall back to the nearest style, and
says so — never across the lines a shopper would mind (no sports pieces with a formal look, no
formal ones with a sports look, nothing for summer with a winter look, no flip flops with a coat, no
men's pieces for a woman, no kidswear for adults).
"""

from __future__ import annotations

from dataclasses import dataclass

from vocabulary import (
    CLOSED_SHOES,
    COLD_WEATHER,
    DRESS_SHOES,
    HANDBAGS,
    HOSIERY,
    PLAIN_SLOTS,
    SMART_REFUSED,
    SMART_TOPS,
    SPORTY_BAGS,
    TAILORED_LAYERS,
    WARM_WEATHER,
    WORK_BAGS,
    pattern_family,
)

# The nearest styles, in order, that a slot may fall back to when it has nothing of the look's own.
STYLE_FALLBACK: dict[str, tuple[str, ...]] = {
    "formal": ("party", "casual"),
    "party": ("formal", "casual"),
    "casual": ("party",),
    "sports": ("casual",),
    "ethnic": ("casual",),
}
# The styles a style the user asked for may still fall back to: one a shopper asking for it accepts.
# The catalogue has 25 party pieces (19 of them dresses): a party look is finished in formal pieces.
ASKED_FALLBACK: dict[str, tuple[str, ...]] = {"party": ("formal",), "formal": ("party",)}
# Slots the catalogue lists casual nearly whatever they are (of 3,900 women's bags, one formal, one party):
# an asked style's look finds its bags among them, of the kinds `Look.refused` leaves it.
LISTED_CASUAL_SLOTS = frozenset({"bag"})

PLAIN = pattern_family("solid")  # plain products: solid, or a name that names no pattern

# The catalogue's seasons a look of each season must not be offered ("" : a look for any season).
SEASON_CLASHES: dict[str, tuple[str, ...]] = {
    "winter": ("Summer",),
    "summer": ("Winter",),
    "mild": ("Summer", "Winter"),  # spring and autumn, asked for
    "": ("Summer", "Winter"),  # a look of unknown season: pieces for any season (autumn, spring)
}

# Slots whose catalogue season is the listing season, not the weather: 96% of sunglasses and 78% of
# heels are "Winter", and every ethnic flat and sandal. There a look's own style outranks that season
# (a kurta gets ethnic flats before casual flip flops); the weather still holds, by article type
# (`Look.climate_excluded`: no flip flops with a coat).
LISTING_SEASON_SLOTS = frozenset({"shoes", "bag", "accessory"})


@dataclass(frozen=True)
class Look:
    """What the user's garment (or outfit) says about the whole look."""

    gender: str = ""  # men / women; unisex when not sure (then only unisex pieces); "" any
    styles: tuple[str, ...] = ()  # one style, two when unsure, () for any
    season: str = ""  # winter / summer / mild (asked) / "" (not known: pieces for autumn and spring)
    kids: bool = False
    lean: str = ""  # unisex looks: the likelier gender, tried when no unisex piece has the style
    climate: str = ""  # cold (a sweater, a coat, a winter look) or warm (shorts, a summer look)
    dress: bool = False  # a dress, a skirt or a blouse (its bag is a handbag or a clutch)
    smart: bool = False  # smart casual (a date): no flip flops, sports shoes, caps or backpacks
    busy: bool = False  # a patterned garment (printed, striped, checked, floral): the rest plain first
    prefers: tuple[tuple[str, frozenset[str]], ...] = ()  # an occasion's (slot, article types) first
    refuses: frozenset[str] = frozenset()  # article types an occasion's look never has (a beach's heels)

    @property
    def climate_excluded(self) -> str:
        """The weather a look's pieces must not be for: no flip flops with a coat, no coat with shorts."""
        return {"cold": "warm", "warm": "cold"}.get(self.climate, "")

    @property
    def beachwear(self) -> bool:
        """Whether flip flops suit the look: a warm, summer or sports one (not a shirt and trousers, nor
        a summer dress worn in autumn or winter, asked)."""
        warm = self.climate == "warm" and self.season in ("", "summer")
        return warm or self.season == "summer" or "sports" in self.styles

    @property
    def handbag(self) -> bool:
        """Whether the look's bag is a handbag or a clutch: a dress, skirt or blouse, or a women's
        formal or party look (a wedding guest's flats)."""
        return self.dress or (self.gender == "women" and bool({"formal", "party"} & set(self.styles)))

    def preferred(self, slot: str, pattern_asked: bool = False) -> dict[str, object] | None:
        """What a slot offers first, when the catalogue has enough of it (the product filters to
        narrow by): a cold look's tops are sweaters and sweatshirts, not tees; a date's tops are
        shirts and blouses; a cold look's shoes are boots or closed shoes, not flats; a dress's shoes
        are flats, heels or sandals, its bag a handbag or a clutch, not trainers and a backpack; a
        formal look's bag and shoes without sequins or beads; an occasion's own kinds first (a beach's
        sandals, shorts and sunglasses); a patterned garment's other garments are plain (unless the
        user `pattern_asked` for one); a look of no particular weather gets pieces for any weather, so
        never shorts in one slot and a scarf in another."""
        prefer: dict[str, object] = {}
        if slot == "top" and (self.climate == "cold" or self.smart):
            prefer = {"climate": "cold"} if self.climate == "cold" else {"article_types": SMART_TOPS}
        elif slot == "shoes" and self.climate == "cold":  # boots and closed shoes, not flats, in the frost
            prefer = {"article_types": CLOSED_SHOES}
        elif slot == "shoes" and self.dress:
            prefer = {"article_types": DRESS_SHOES}
        elif slot == "bag" and self.handbag:
            prefer = {"article_types": HANDBAGS}
        if kinds := dict(self.prefers).get(slot):  # a beach's sandals, shorts and sunglasses
            prefer = {"article_types": kinds}
        if slot in ("bag", "shoes") and "formal" in self.styles and "party" not in self.styles:
            prefer["not_detail"] = "embellished"  # an interview's handbag: no sequins or beads
        if self.busy and not pattern_asked and slot not in PLAIN_SLOTS and slot != "hat":  # no print on print
            prefer["patterns"] = PLAIN
        if not self.climate and self.season not in ("summer", "winter"):  # any weather's: any weather's
            prefer["not_article_types"] = self.refused(slot) | WARM_WEATHER | COLD_WEATHER
        return prefer or None

    def refused(self, slot: str) -> frozenset[str]:
        """The article types a slot never offers the look (unless asked for by name): a dress never
        carries a laptop bag or a duffel, whatever style it is listed in; stockings go with a dress or
        a skirt only; a casual or sporty look gets no waistcoat or Nehru jacket; a formal or party
        look no backpack; a date has no flip flops; a beach no heels (`Occasion.refuses`)."""
        refused = WORK_BAGS if slot == "bag" and self.handbag else frozenset()
        dressy = bool({"formal", "party"} & set(self.styles))
        refused |= SPORTY_BAGS if slot == "bag" and dressy else frozenset()  # no backpack with a suit
        refused |= HOSIERY if slot == "accessory" and not self.dress else frozenset()  # no tights with jeans
        casual = bool(self.styles) and not {"formal", "ethnic", "party"} & set(self.styles)
        refused |= TAILORED_LAYERS if slot == "outerwear" and casual else frozenset()  # no waistcoat on a tee
        refused |= self.refuses  # a beach's: no heels, boots or tights
        return refused | SMART_REFUSED if self.smart else refused

    def genders(self) -> list[str]:
        """The genders a slot may try, in order: the look's, then (not sure of it) the likelier one."""
        return [self.gender] + ([self.lean] if self.gender == "unisex" and self.lean else [])

    @property
    def seasons_excluded(self) -> tuple[str, ...]:
        return SEASON_CLASHES.get(self.season, ())

    def seasons_tried(self, slot: str) -> list[tuple[str, ...]]:
        """The catalogue seasons a slot must leave out, strictest first: the look's, then, for a slot
        whose season is a listing date (`LISTING_SEASON_SLOTS`), none."""
        excluded = self.seasons_excluded
        return [excluded, ()] if excluded and slot in LISTING_SEASON_SLOTS else [excluded]

    def fallbacks(self, asked: bool = False, slot: str = "") -> list[tuple[str, ...]]:
        """The style sets a slot may try, in order: the look's own, then each nearest style (of a
        style the user `asked` for, only one such a shopper accepts: `ASKED_FALLBACK` — except for
        children, whose catalogue wear is nearly all casual: a girl's wedding shoes, and for a bag,
        listed casual nearly always: a clutch for "something more formal")."""
        loose = self.kids or slot in LISTED_CASUAL_SLOTS  # kidswear, bags: mostly listed casual
        nearest = ASKED_FALLBACK if asked and not loose else STYLE_FALLBACK
        tried = [self.styles] if self.styles else [()]
        for style in self.styles:
            tried += [(other,) for other in nearest.get(style, ()) if (other,) not in tried]
        return tried


def season_of(votes: dict[str, int], share: float = 0.6) -> str:
    """A look's season from the seasons of its nearest products: winter or summer when at least
    `share` of those with a season say so, else all-season."""
    total = sum(votes.get(s, 0) for s in ("Summer", "Winter", "Fall", "Spring"))
    if not total:
        return ""
    if votes.get("Winter", 0) >= share * total:
        return "winter"
    if votes.get("Summer", 0) >= share * total:
        return "summer"
    return ""
