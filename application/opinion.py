"""What the stylist says of the garment in view: what it is, asked again ("what colour is it?"),
and whether it suits what the user asks of it — "is this good for a funeral?", "이거 결혼식에 입어도
돼?", "is this too casual for the office?", "would this work for winter?": a yes, maybe or no with its
reason, read from the same look its outfit is built on (`recommend.look_of`), and what to show next
(the outfit for it, or pieces that would suit)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace

from catalog import CatalogItem
from matching.coherence import ASKED_FALLBACK, LISTED_CASUAL_SLOTS, Look
from matching.outfits import ColourAdvice, colour_harmony, colours_for
from storage import Analysis as AnalysisRow
from understanding.occasions import OCCASIONS, occasion_named
from vocabulary import (
    ARTICLE_KINDS,
    CASUAL_KINDS,
    COLOUR_RULES,
    DRESSY_KINDS,
    FORMAL_SHOE_COLOURS,
    FORMAL_SHOES_OFF,
    LOOK_GENDER_SURE,
    SLOT_CATEGORIES,
    SPORTY_BAGS,
    brand_of,
    colour_fits,
    slot_of,
)

from .balance import colours_read
from .records import recalled
from .replies import Reply, photo_actions
from .wish import Wish

__all__ = [
    "ColourAdvice", "Verdict", "advice_on", "base_colour", "colour_of", "colours_asked", "instead", "judge",
    "judge_pair", "recall", "verdict_reply",
]  # fmt: skip

# The styles that may stand in for one asked for: a party dress for a wedding, sports shorts for the
# beach (`ASKED_FALLBACK`, and sports for casual) — except where the occasion has none.
STAND_INS: dict[str, tuple[str, ...]] = {**ASKED_FALLBACK, "casual": ("sports",)}
# Occasions whose style has no stand-in: a party dress may do for a wedding, not for an interview.
STRICT_OCCASIONS = frozenset({"funeral", "interview", "office", "court"})
# and where a kind hardly ever worn so is a no (jeans, shorts)
STRICT_PAIRS = STRICT_OCCASIONS | {"wedding", "beach_wedding"}
# The colour a guest leaves to someone else: white dresses at a wedding are the bride's.
NOT_WORN_BY_GUESTS: dict[str, tuple[str, str]] = {  # occasion: (kind, colour)
    "wedding": ("dress", "white"),
    "beach_wedding": ("dress", "white"),
    "bridesmaid": ("dress", "white"),
}


@dataclass(frozen=True)
class Verdict:
    """The answer to "is this good for …?": `fits` yes / maybe / no, and why (`reason`: style,
    season, colour — "shade" when the colour named is what the occasion refuses — or "" when it simply
    fits)."""

    fits: str
    reason: str
    style: str  # the garment's style as read ("casual")
    wanted: str | None  # the style asked for or the occasion's ("formal"); of a pair, the kind's usual
    occasions: tuple[str, ...] = ()  # asked nothing in particular: the occasions its style suits
    colours: tuple[str, ...] = ()  # not in the occasion's colours: those it keeps to
    pair: tuple[str, str | None, str] | None = None  # "does it go with black jeans?": (kind, colour, rule)
    pattern: str | None = None  # not plain where the occasion asks for plain: the garment's pattern
    climate: str = ""  # asked nothing in particular: "cold" or "warm" weather's piece, "" any weather's
    code: str | None = None  # of a pair: the occasion whose dress code refuses the kind (an interview's)

    @property
    def shows_outfit(self) -> bool:
        """Whether the outfit for it follows (it fits, or may), rather than pieces that would."""
        return self.fits != "no"


def verdict_reply(verdict: Verdict, category: str, colour: str | None, asked: Wish) -> Reply:
    """The reply that says a verdict on a garment of `category` and `colour` (a whole outfit's: its
    largest garment's) against what was `asked`."""
    return Reply("verdict", {"verdict": verdict, "category": category, "colour": colour, "wish": asked})


def judge_pair(
    look: Look, colour: str | None, asked: Wish, kind_styles: Counter[str], strict: str | None = None
) -> Verdict:
    """'Does this go with black jeans?': no when their colours clash (`colour_harmony`), a formal look's
    shoes are in a colour it does not take (brown with a black suit: `FORMAL_SHOES_OFF`) or a dressy
    look's bag is a backpack; yes for a suit's leather shoes and any other bag (listed casual whatever
    they are) and for a kind that dresses a formal or party look up (`DRESSY_KINDS`: heels, whatever
    most are listed as); else yes when the kind is worn in the look's style (a fifth of the catalogue's
    of that kind), maybe when it is mostly worn in another (jeans make a blazer less formal) — no, for
    the occasion in view whose dress code is strict (`strict`: an interview, a funeral), when it is
    casual by nature (`CASUAL_KINDS`: sneakers, whatever a few are listed as) or hardly ever worn so."""
    style = look.styles[0] if look.styles else "casual"
    kind = asked.article or asked.category or ""
    score, rule = colour_harmony(colour, asked.colour) if asked.colour else (1.0, "")
    off = FORMAL_SHOES_OFF.get(colour or "", frozenset()) if asked.category == "shoes" else frozenset()
    if style == "formal" and asked.colour in off:  # brown shoes with a black suit
        return Verdict("no", "colour", style, None, pair=(kind, asked.colour, "formal_shoes"))
    if style == "formal" and asked.category == "shoes" and asked.colour in FORMAL_SHOE_COLOURS:
        return Verdict("yes", "", style, None, pair=(kind, asked.colour, rule))  # a suit's leather shoes
    if score < 0.5:
        return Verdict("no", "colour", style, None, pair=(kind, asked.colour, rule))
    sporty = ARTICLE_KINDS.get(asked.article or "", ("", "", {""}))[2] <= SPORTY_BAGS  # a backpack
    if style in ("formal", "party") and sporty:  # with a suit: no
        return Verdict("no", "style", style, "casual", pair=(kind, asked.colour, rule))
    if style in ("formal", "party") and kind in DRESSY_KINDS:  # heels with a party dress, whatever most
        return Verdict("yes", "", style, None, pair=(kind, asked.colour, rule))  # are listed as
    if strict and kind in CASUAL_KINDS:  # sneakers to an interview, even with a casual blazer
        return Verdict("no", "style", style, "casual", pair=(kind, asked.colour, rule), code=strict)
    if slot_of(asked.category or "") in LISTED_CASUAL_SLOTS:  # a leather bag: bags are listed casual,
        return Verdict("yes", "", style, None, pair=(kind, asked.colour, rule))  # whatever they are
    total = sum(kind_styles.values())
    usual = kind_styles.most_common(1)[0][0] if total else style
    worn = sum(kind_styles[s] for s in (style, *STAND_INS.get(style, ()))) / total if total else 1.0
    fits, reason = ("yes", "") if worn >= 0.2 else ("no" if strict and worn < 0.05 else "maybe", "style")
    return Verdict(fits, reason, style, usual, pair=(kind, asked.colour, rule))


def colours_asked(occasion: str | None, colour: str, category: str | None = None) -> Reply:
    """'What colours should I wear to a funeral?': the colours its etiquette keeps to
    (`vocabulary.COLOUR_RULES`), said before its look; of a kind ("what colour shoes?"), what goes with
    the look's first `colour` among the colours the etiquette allows it (no pop of red at a funeral);
    of an occasion with no such rule, what goes with that colour."""
    rule = COLOUR_RULES.get(occasion or "")
    if rule is None:
        return advice_on(colour)
    advice = colours_for(colour)

    def allowed(colours: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(c for c in colours if colour_fits(c, occasion, category))

    kept = {"calm": allowed(advice.calm), "accents": allowed(advice.accents), "tonal": allowed(advice.tonal)}
    if category is None or not kept["calm"]:  # (none of its neutrals allowed: the occasion's own)
        said = {"occasion": occasion, "reason": rule.reason, "colours": list(rule.instead)}
        return Reply("occasion_colours", said)
    return Reply("colour_advice", {"advice": replace(advice, **kept, bold=allowed(advice.bold))})


def judge(
    look: Look,
    kind: str,
    colour: str | None,
    wish: Wish,
    pattern: str | None = None,
    warmth: bool = False,
    named_colour: bool = False,
    article_type: str = "",
) -> Verdict:
    """The garment (its `look`, outfit slot `kind`, colour and pattern) against the occasion, style
    and season the wish names, checked in that order: the weather first (a coat is not for summer;
    asked whether it is warm enough for winter, only a piece for the cold is — another is a maybe,
    to layer), then what no guest wears whatever its style (a white dress at a wedding), then the
    style (the occasion's; a fallback a shopper accepts is a maybe), then the colours the occasion
    keeps to, then its plainness (no checked shirt at a funeral) — the colours first when the question
    named one (`named_colour`: "can I wear red shoes to a funeral?" is about the red, said plainly).
    Asked nothing in particular, the occasions of its style whose look would hold its `article_type` (a
    product's: no date for a backpack)."""
    style = look.styles[0] if look.styles else "casual"
    wanted = wish.style
    cold, warm = (
        look.climate == "cold" or look.season == "winter",
        look.climate == "warm" or look.season == "summer",
    )
    if not (wanted or wish.season or wish.occasion):  # "what is it good for?", "what season is it for?"
        off = "summer" if cold else "winter" if warm else None  # no beach for a coat
        fit = [
            o
            for o in OCCASIONS
            if o.style == style and not o.wears and (off is None or o.season != off) and o.takes(article_type)
        ]
        suits = tuple(o.name for o in fit)[:4]
        return Verdict("yes", "", style, None, suits, climate="cold" if cold else "warm" if warm else "")
    asks_weather = warmth or not wanted  # "겨울에 입어도 돼?" asks the weather as "warm enough?" does
    bare = warm and kind in ("shoes", "bottom")  # sandals, shorts: nothing goes over them
    if asks_weather and wish.season == "winter" and not wish.occasion and look.climate != "warm" and not bare:
        made = cold or kind == "outerwear"  # "warm enough for -5?": a coat is, a tee under one
        return Verdict("yes" if made else "maybe", "warm" if made else "layer", style, wanted)
    if (wish.season == "summer" and cold) or (wish.season == "winter" and warm):
        return Verdict("no", "season", style, wanted)
    if NOT_WORN_BY_GUESTS.get(wish.occasion or "") == (kind, colour):  # the bride's white, said first
        return Verdict("no", "colour", style, wanted)
    occasion = occasion_named(wish.occasion)
    colours = occasion.colours if occasion else ()
    off = bool(colours and colour and colour not in colours)
    rule = COLOUR_RULES.get(wish.occasion or "")  # said: the colours its etiquette suggests (not the
    colours = rule.instead if off and rule else colours  # bride's white among a beach wedding's ten)
    if off and named_colour:
        return Verdict("no", "shade", style, wanted, colours=colours)
    fits = "yes"
    if wanted and wanted != style:
        stand_ins = (*STAND_INS.get(wanted, ()), *(("casual",) if look.kids else ()))  # a child's dress code
        stand_in = wish.occasion not in STRICT_OCCASIONS and style in stand_ins
        if not (stand_in or wanted in look.styles[1:]):
            return Verdict("no", "style", style, wanted)
        fits = "maybe"
    if off:
        return Verdict("no", "colour", style, wanted, colours=colours)
    if occasion and occasion.plain and pattern not in (None, "solid"):
        return Verdict("no", "pattern", style, wanted, pattern=pattern)
    return Verdict(fits, "style" if fits == "maybe" else "", style, wanted)


def instead(verdict: Verdict, wish: Wish, row: AnalysisRow, kind: str) -> list[Wish]:
    """What to search for, the first the catalogue has enough of, when the garment does not suit: its
    kind (its category, then the others of its outfit slot, then any) in the style, season and
    colours asked for (or a stand-in style: a party dress for a wedding; the garment's own style when
    only its season does not suit), for the garment's gender unless another was asked (and without the
    white a wedding guest leaves to the bride)."""
    if wish.gender is None and row.gender in ("men", "women"):
        wish = replace(wish, gender=row.gender)
    if verdict.reason == "season" and wish.style is None and row.style:  # a sporty jacket in summer: a
        wish = replace(wish, style=row.style)  # sporty summer layer (not a waistcoat)
    refused = NOT_WORN_BY_GUESTS.get(wish.occasion or "")
    if verdict.reason == "colour" and refused and wish.not_colour is None:
        wish = replace(wish, not_colour=refused[1])
    others = sorted(SLOT_CATEGORIES.get(kind, frozenset()) - {row.category})
    if verdict.reason == "season" and kind == "outerwear" and wish.season == "summer":  # a layer too warm:
        others += ["t-shirt", "polo", "top"]  # a top of its style instead
    styles = (
        [wish.style]
        if wish.occasion in STRICT_OCCASIONS
        else [wish.style, *STAND_INS.get(wish.style or "", ())]
    )
    return [
        replace(wish, category=c, article=None, style=s)
        for c in (row.category, *others, None)
        for s in styles
    ]


def recall(row: AnalysisRow | None, garments: list[AnalysisRow], product: CatalogItem | None) -> Reply | None:
    """The photo in view answered again (its `row` and garments), or what the catalogue says of the
    product in view; None when there is neither."""
    if product is not None:
        values = {"product": product.name, "kind": product.category, "colour": product.colour}
        return Reply("about_product", {**values, "style": product.usage, "brand": brand_of(product.name)})
    if row is None or row.id is None:
        return None
    stored = recalled(row, garments)
    return Reply("analysis", analysis=stored, actions=photo_actions(stored))


def colour_of(
    row: AnalysisRow | None, garments: list[AnalysisRow], product: CatalogItem | None, kind: str | None = None
) -> Reply | None:
    """'What colour is it?': the product in view's colour as listed, or the photo's garment's as read
    (with the other where its reading hedges: "brown — or grey"; "what colour are the pants?": of the
    garment of that `kind`), and which colours go with it; None for nothing in view, a whole outfit's
    photo or a kind not read in it (its answer again: `recall`)."""
    seen = [row] if row is not None and len(garments) < 2 else []  # (not a whole outfit's, unnamed)
    if product is None and row is not None and kind:  # "what colour are the pants?": the garment's
        seen = [g for g in garments or [row] if slot_of(g.category or "") == slot_of(kind)]
    colours = (product.colour,) if product is not None else colours_read(seen[0]) if seen else ()
    if not colours or not colours[0] or (product is None and (row is None or row.id is None)):
        return None
    values = {"colours": colours, "product": product and product.name, "advice": colours_for(colours[0])}
    stored = recalled(row, garments) if product is None and row is not None else None  # its buttons
    return Reply("colour_seen", values, analysis=stored, actions=photo_actions(stored) if stored else [])


def whose(row: AnalysisRow | None, garments: list[AnalysisRow], product: CatalogItem | None) -> Reply | None:
    """'Is this for women?', '이거 남자가 입어도 돼?': whom the piece in view is cut for — the product's
    listing, or the photo's reading when sure of it (else unisex; of an outfit's, the whole photo's) —
    None when nothing is in view."""
    if product is not None:
        return Reply("whose", {"gender": product.gender, "listed": True})
    if row is None:
        return None
    sure = row.gender in ("men", "women") and (row.gender_confidence or 1.0) >= LOOK_GENDER_SURE
    return Reply("whose", {"gender": row.gender if sure else "unisex", "listed": False})


def base_colour(replies: list[Reply]) -> str | None:
    """The colour of the garment an answer is about (its `base_colour`), None for none."""
    return next((r.values["base_colour"] for r in replies if r.values.get("base_colour")), None)


def colour_pair(colour: str, other: str) -> Reply:
    """'Do navy and black go together?': the outfit's colour-harmony rule for the two, and which
    colours go with the first when they clash."""
    score, rule = colour_harmony(colour, other)
    advice = colours_for(colour) if score < 0.5 else None
    return Reply("colour_pair", {"colour": colour, "other": other, "rule": rule, "advice": advice})


def advice_on(colour: str, *others: str) -> Reply:
    """'What colour shoes go with it?', 'which colours go with red?', 'I only own black and grey, what
    colours should I add?': which colours go with it (with each of them)."""
    return Reply("colour_advice", {"advice": colours_for(colour, *others)})
