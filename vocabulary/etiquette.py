"""The colours an occasion's etiquette keeps a guest away from ("can I wear white to a wedding?",
"장례식에 네이비 괜찮아?"): the bride's white, a funeral's dark and plain, an interview's calm colours,
the families' first meeting's neat ones — with the colours that suit it instead; and a tie's colours
for an occasion (ties are not carried, but "면접 볼 때 넥타이 색" is still answered); and the shoe colours
a formal look of one colour does not take ("brown shoes with a black suit?": black with black)."""

from __future__ import annotations

from dataclasses import dataclass

_BRIGHT = frozenset({"red", "orange", "yellow", "pink", "purple", "green", "multi"})


@dataclass(frozen=True)
class ColourRule:
    """What an occasion asks of colours: those to avoid (`reason`: why, as a key of the bot's words),
    the kinds the rule spares (a white shirt under a jacket at a wedding), and colours that suit."""

    avoid: frozenset[str]
    reason: str
    instead: tuple[str, ...]
    spared: frozenset[str] = frozenset()


COLOUR_RULES: dict[str, ColourRule] = {
    "wedding": ColourRule(
        frozenset({"white"}), "bride", ("navy", "beige", "pink", "blue", "grey"), frozenset({"shirt"})
    ),
    "beach_wedding": ColourRule(  # the bride's white; black heavy in the sun (a white linen shirt is fine)
        frozenset({"white", "black"}),
        "beach_wedding",
        ("beige", "blue", "pink", "grey"),
        frozenset({"shirt"}),
    ),
    "bridesmaid": ColourRule(frozenset({"white"}), "bride", ("pink", "purple", "blue", "beige", "green")),
    "funeral": ColourRule(
        _BRIGHT | {"beige", "brown", "khaki", "blue", "burgundy", "white"},
        "mourning",
        ("black", "navy", "grey"),
        frozenset({"shirt"}),  # a white shirt under a black suit
    ),
    "interview": ColourRule(_BRIGHT, "calm", ("navy", "grey", "black", "white", "blue")),
    "court": ColourRule(_BRIGHT, "calm", ("navy", "grey", "black", "white", "blue")),  # as an interview
    "family": ColourRule(_BRIGHT - {"pink"}, "neat", ("navy", "beige", "grey", "white", "blue")),
}


def colour_fits(colour: str, occasion: str | None, category: str | None = None) -> bool:
    """Whether `colour` (of a `category`, when named) is fine for `occasion` by its etiquette;
    an occasion without a rule takes any colour."""
    rule = COLOUR_RULES.get(occasion or "")
    if rule is None or colour not in rule.avoid:
        return True
    return category is not None and category in rule.spared


# The ties a suit of each colour takes, a step darker or in contrast ("which tie for a navy suit?").
TIE_FOR_SUIT: dict[str, tuple[str, ...]] = {
    "navy": ("burgundy", "grey", "blue", "pink"),
    "grey": ("navy", "burgundy", "blue", "pink"),
    "black": ("grey", "burgundy", "navy"),
    "blue": ("navy", "burgundy", "brown"),
    "brown": ("green", "navy", "beige"),
    "beige": ("navy", "brown", "green"),
}
# A tie's colours by occasion (the stylists' rules of thumb): a calm navy, burgundy or grey for work and
# interviews, a light one at a wedding, black at a funeral.
TIE_COLOURS: dict[str, tuple[str, ...]] = {
    "interview": ("navy", "burgundy", "grey"),
    "court": ("navy", "grey"),
    "office": ("navy", "burgundy", "grey", "blue"),
    "wedding": ("pink", "blue", "grey", "navy"),
    "beach_wedding": ("blue", "pink", "beige"),
    "funeral": ("black",),
    "date": ("burgundy", "navy", "green"),
    "party": ("burgundy", "black", "navy"),
    "family": ("navy", "burgundy", "grey"),
}

# A suit's colours by occasion ("" when none is said): navy and grey go almost anywhere; black is for
# the evening, a funeral and a party, beige for a summer day; a wedding leaves black to the evening.
SUIT_COLOURS: dict[str, tuple[str, ...]] = {
    "": ("navy", "grey", "black"),
    "wedding": ("navy", "grey", "beige"),
    "beach_wedding": ("beige", "grey", "blue"),  # light linen or cotton
    "interview": ("navy", "grey"),
    "court": ("navy", "grey"),
    "office": ("navy", "grey", "brown"),
    "funeral": ("black",),
    "date": ("navy", "grey", "beige"),
    "party": ("black", "navy", "burgundy"),
    "family": ("navy", "grey", "beige"),
}

# The shoe colours a formal look (a suit, a blazer) in one colour does not take, by the stylists' rule:
# a black suit takes black shoes — brown and tan read off beside it — and a brown suit brown ones.
FORMAL_SHOES_OFF: dict[str, frozenset[str]] = {
    "black": frozenset({"brown", "beige", "khaki"}),
    "brown": frozenset({"black"}),
}
FORMAL_SHOE_COLOURS = frozenset({"black", "brown", "burgundy"})  # a suit's leather shoes, any of them

# Kinds (article or category labels) that dress a look up whatever most of the catalogue's are listed
# as — its heels and dresses are mostly listed casual, yet heels go with a party dress and a plain black
# dress to a funeral, a jumpsuit to a wedding, a plain skirt to an interview.
DRESSY_KINDS = frozenset(
    {"heels", "formal shoes", "loafers", "flats", "clutch", "blazer", "dress", "jumpsuit", "skirt"}
)
# Garments the rest of a look can dress up whatever the photo's style reads — a maybe, with the rest kept
# formal, not a no: a casual-looking blazer can still go to an interview; a day dress to a wedding or a
# party, though not where the dress code is strict (`DRESSED_UP_STRICTLY` holds the tailoring only).
TAILORED_KINDS = frozenset({"blazer", "dress"})
DRESSED_UP_STRICTLY = frozenset({"blazer"})
# Kinds a strict dress code (an interview, a funeral, a wedding) refuses whatever a few are listed as:
# a "formal" sneaker is still a sneaker.
CASUAL_KINDS = frozenset({"sneakers", "jeans", "track pants", "leggings", "shorts", "hoodie"})
