"""What a chat has asked for so far: the filters its messages named, merged message by message
("in black", then "under 50,000 won", then "not black" …), shown to the user with a button each."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace
from typing import Any

from understanding import SLOT_KEYS, Understood
from understanding.lexicon import (
    ACCENT_COLOURS,
    COOL_COLOURS,
    DARK_COLOURS,
    EARTH_COLOURS,
    LIGHT_COLOURS,
    MONO_COLOURS,
    NEUTRAL_COLOURS,
    WARM_COLOURS,
)
from understanding.occasions import Occasion, in_season, occasion_after, occasion_named
from vocabulary import (
    ARTICLE_KINDS,
    FEATURES,
    NAMED_MATERIALS,
    PALETTES,
    PLAIN_SLOTS,
    SLOTS,
    TONAL,
    TONAL_PLAIN,
    WOMENSWEAR,
    article_category,
    colour_fits,
    pattern_family,
    refuses,
    slot_of,
)

TONES = {"light": LIGHT_COLOURS, "dark": DARK_COLOURS, "warm": WARM_COLOURS, "cool": COOL_COLOURS}
TONES |= {"neutral": NEUTRAL_COLOURS, "accent": ACCENT_COLOURS, "earth": EARTH_COLOURS, "mono": MONO_COLOURS}
TONAL_TONE = "tonal"  # tone on tone: the shades of the look's first piece (`Wish.around`)
TONES |= {f"{TONAL_TONE}_{colour}": shades for colour, shades in TONAL.items()}  # its colour's, once known
TONES |= {name: palette.suits for name, palette in PALETTES.items()}  # "여쿨 원피스": summer cool's
TONES |= {name: feature.suits for name, feature in FEATURES.items()}  # "a sweater for blue eyes"
# Comfortable shoes for a dressed-up look (a party dress, the office): flats and leather shoes, not
# sandals, sneakers or crocs
DRESSED_COMFORT = frozenset({"Flats", "Formal Shoes"})
GIFT = "gift"  # the article of "a gift for …": the kinds a gift usually is, across bags and accessories
KEYS = (
    *SLOT_KEYS, "season", "tone", "pattern", "not_pattern", "cut", "material", "brand", "not_brand", "build",
    "not_slot", "not_kind", "kids", "detail", "not_detail", "not_material",
)  # fmt: skip
ASKED_ONLY = (  # in --json only when asked: the keys stay as they were
    "article", "kids", "pattern", "not_pattern", "cut", "material", "brand", "not_brand", "build", "not_slot",
    "not_kind", "detail", "not_detail", "not_material",
    "not_colours_before", "days", "whole", "also", "total", "own_colour",
)  # fmt: skip


@dataclass(frozen=True)
class Wish:
    """The active filters of one chat (None: not asked)."""

    colour: str | None = None
    not_colour: str | None = None
    category: str | None = None
    style: str | None = None
    occasion: str | None = None
    gender: str | None = None  # men / women; "any" when the user said anyone
    min_price: int | None = None
    max_price: int | None = None
    season: str | None = None
    tone: str | None = None
    article: str | None = None  # the kind within the category: "sneakers" (shown instead of "shoes")
    kids: bool | None = None  # True: children's wear ("for my son"); None: not asked (adults')
    pattern: str | None = None  # vocabulary.PATTERNS: "striped shirts", "plain" (solid)
    not_pattern: str | None = None  # "no prints"
    cut: str | None = None  # vocabulary.CUTS, read from product names: "slim fit shirts"
    material: str | None = None  # vocabulary.NAMED_MATERIALS, read from product names: "leather jackets"
    detail: str | None = None  # vocabulary.DETAILS, read from product names: "v-neck sweaters"
    not_detail: str | None = None  # a detail no piece may have: "no sleeveless tops", "nothing revealing"
    not_material: str | None = None  # a fabric no piece may be of: "no polyester", "allergic to wool"
    brand: str | None = None  # vocabulary.BRANDS, read from product names: "nike shoes"
    not_brand: str | None = None  # "not nike", "나이키 말고"
    build: str | None = None  # vocabulary.BUILDS, as the user said: what flatters it is shown first
    not_slot: str | None = None  # an outfit slot left out: "without the hat", "가방은 빼고"
    not_kind: str | None = None  # a kind left out of its slot: "no heels", "치마는 싫어"
    not_colours_before: tuple[str, ...] | None = None  # left out before `not_colour`: "not blue", "not navy"
    days: int | None = None  # a capsule's trip length ("pack for 3 days"; `application.capsule`)
    whole: bool | None = None  # the whole look, the kind asked and its colour and pattern in its slot
    also: tuple[tuple[str, str | None], ...] | None = None  # "shoes and a red bag": kinds asked with it
    total: bool | None = None  # the price is the whole look's, shared by its slots ("10만원으로 코디 전체")
    own_colour: str | None = None  # the user's piece's, its stand-in of another ("my navy suit": a black one)

    def merged(self, u: Understood) -> Wish:
        """These filters with one more message's applied: what it names replaces what was said."""
        wish = self
        for key in u.dropped:  # "any colour", "가격 상관없이": as its ✕ button
            wish = wish.without(key)
        if u.colour:
            wish = replace(wish, colour=u.colour, tone=None).refusing(u.colour, keep=False)
        for refused in (*u.not_colours_too[::-1], u.not_colour) if u.not_colour else ():  # "not blue", then
            wish = wish.refusing(refused)  # "not navy": neither; "not black, not grey" at once too
        if u.not_colour and wish.colour in (u.not_colour, *u.not_colours_too):
            wish = replace(wish, colour=None)
        if u.tone:
            wish = replace(wish, tone=u.tone, colour=None)
        if u.pattern or u.not_pattern:  # "striped", then "no stripes": the other is forgotten
            wish = replace(wish, pattern=u.pattern, not_pattern=u.not_pattern)
        if u.detail:  # "sleeveless", "with pockets": of the garment, until another is named
            refused = None if refuses(wish.not_detail, u.detail) else wish.not_detail  # asked: not refused
            wish = replace(wish, detail=u.detail, not_detail=refused)
        if u.not_detail:  # "no crop tops", "나시 말고": no piece of the look or search says it
            wish = replace(
                wish, not_detail=u.not_detail, detail=None if wish.detail == u.not_detail else wish.detail
            )
        if u.material in NAMED_MATERIALS:  # "leather jackets", "린넨 셔츠" (not "패딩": rarely named down)
            refused = None if wish.not_material == u.material else wish.not_material  # asked: not refused
            wish = replace(wish, material=u.material, not_material=refused)
        if u.not_material in NAMED_MATERIALS:  # "no polyester", "allergic to wool": no piece of it
            kept = None if wish.material == u.not_material else wish.material
            wish = replace(wish, not_material=u.not_material, material=kept)
        if u.cut or u.build:  # "slim fit", "I'm petite": kept until taken off
            wish = replace(wish, cut=u.cut or wish.cut, build=u.build or wish.build)
        if u.brand or u.not_brand:  # "nike"; "not nike" (Nike no longer asked); "나이키 말고 아디다스"
            kept = None if u.not_brand == wish.brand else wish.brand
            wish = replace(wish, brand=u.brand or kept, not_brand=u.not_brand)
        if u.min_price is not None or u.max_price is not None:
            total = "total" in u.cues and u.max_price is not None or None
            wish = replace(wish, min_price=u.min_price, max_price=u.max_price, total=total)
        if "self" in u.cues and not (u.gender or u.any_gender or u.kids):  # "something for me": as they shop
            wish = replace(wish, gender=None, kids=None)
        if u.gender or u.any_gender or u.kids:  # "for my son"; then "for my wife": adults' again
            wish = replace(
                wish, gender=u.gender or ("any" if u.any_gender else wish.gender), kids=u.kids or None
            )
        if u.occasion:
            toned = wish.style if "toned" in u.cues else None  # "not too formal", not "business casual"
            occasion = occasion_after(wish.occasion, u.occasion, "less" in u.cues, toned)  # of a date's
            wish = replace(wish, occasion=occasion, style=u.style, season=u.season or wish.season)
        elif u.style:  # another style leaves the occasion; its own ("cuter" for a date: casual) keeps it,
            smart = (said := occasion_named(wish.occasion)) and said.smart and not (u.tone or u.category)
            kept = u.style == wish.style and not smart  # not "more casual" of a date's smart casual
            wish = replace(wish, style=u.style, occasion=wish.occasion if kept else None)
        if u.season and not u.occasion:  # "a winter outfit" after a beach's: the beach is left behind
            kept = in_season(wish.occasion, u.season)
            wish = replace(wish, season=u.season, occasion=wish.occasion if kept else None)
        if u.category:  # "shoes only": that kind's slot alone again
            added = "added" in u.cues and not (self.category or u.also) or None  # "add a jacket" to the look
            whole = self.whole if self.category == u.category else added
            also = u.also or self.pinned(u) or None  # "상의는 흰색으로" after "바지는 청바지로": jeans kept
            wish = replace(wish, category=u.category, article=u.article, whole=whole, also=also)
            if u.category in WOMENSWEAR and wish.gender == "men" and not u.gender:  # a dress: for her
                wish = replace(wish, gender=None)
        if "comfort" in u.cues and self.category and slot_of(self.category) == "shoes":  # "좀 더 편한 걸로"
            wish = replace(wish, category="shoes", article="comfortable")
        elif "comfort" in u.cues and not (wish.category or u.category or wish.not_kind):  # "something I
            wish = replace(wish, not_kind="heels")  # can dance in" of a look: its shoes flat
        if u.not_kind:  # "no heels": the slot's other kinds, and no longer heels where they were asked
            asked = wish.article == u.not_kind or (wish.category == u.not_kind and not wish.article)
            kind = (wish.category if wish.article else slot_of(u.not_kind)) if asked else wish.category
            wish = replace(wish, not_kind=u.not_kind, category=kind, article=None if asked else wish.article)
        elif u.not_category or (u.category and wish.not_slot == slot_of(u.category)):
            wish = replace(wish, not_slot=slot_of(u.not_category) if u.not_category else None)
        if wish.not_kind and u.category and wish.not_kind in (u.category, u.article):  # "heels" again
            wish = replace(wish, not_kind=None)
        if wish.not_slot and wish.category and slot_of(wish.category) == wish.not_slot:  # "no dresses"
            wish = replace(wish, category=None, article=None, whole=None)  # after dresses: not both
        return wish

    def fresh(self, u: Understood) -> Wish:
        """The filters of a new subject one message names: who it is for and the budget stay (the
        gender, a child's, "under 50,000 won"), what was said of the last garment goes."""
        gift = self.article == GIFT  # who a gift was for is not who the next request is for
        kept = Wish(
            gender=None if gift else self.gender,
            kids=None if gift else self.kids,
            build=None if gift else self.build,
            not_detail=None if gift else self.not_detail,  # "nothing revealing": what they wear
            not_material=None if gift else self.not_material,  # "allergic to wool": theirs too
            min_price=self.min_price,
            max_price=self.max_price,
            total=self.total,
        )
        return kept.merged(u)

    def described(self, u: Understood, wears: bool = True) -> Wish:
        """The garment a message describes for an outfit around it: its filters (`fresh`), the kind
        described ("shoes for my red dress": the dress), or (`wears`) the occasion's own garment (a
        rainy day's raincoat)."""
        wish = replace(self.fresh(u), category=u.subject or u.category)
        occasion = occasion_named(u.occasion)
        if wears and not wish.category and occasion and occasion.wears:
            kind = occasion.wears  # an article kind (a raincoat) or a category (golf's polo shirt)
            wish = replace(
                wish, category=article_category(kind) or kind, article=kind if kind in ARTICLE_KINDS else None
            )
        return wish

    def continued_by(self, u: Understood) -> bool:
        """Whether a message without a garment of its own is about the same subject: "for a wedding"
        after "black dresses" is, "for a rainy day" after "a blazer for a funeral" is not, nor "신랑
        아버지 정장" (another wearer) after sweaters."""
        # gift ideas, or another wearer named ("the groom's father"), are not a garment to dress up
        if self.article == GIFT or "wearer" in u.cues:
            return False
        return not u.category and not (u.occasion and self.occasion and u.occasion != self.occasion)

    def toned_down(self, u: Understood) -> bool:
        """Whether `u` relaxes a dressy occasion's look without leaving it: "less formal", "make it look
        younger" of an interview's (not "a casual date" instead, nor a dress code asked: "semi-formal")."""
        asked = u.style == "casual" and u.occasion in (None, "smart") and "dresscode" not in u.cues
        return self._dressy() is not None and asked

    @property
    def relaxed(self) -> bool:
        """A dressy occasion's look made smart casual ("less formal" of an interview's)."""
        return self._dressy() is not None and self.style == "casual"

    def _dressy(self) -> Occasion | None:
        """The occasion asked, when it is formal or a party's and not smart casual already (a date's)."""
        occasion = occasion_named(self.occasion)
        dressy = occasion is not None and occasion.style in ("formal", "party") and not occasion.smart
        return occasion if dressy else None

    def without(self, key: str) -> Wish:
        """These filters with one taken away (a tap on its ✕ button); the occasion takes its style."""
        if key not in KEYS:
            return self
        if key in ("min_price", "max_price", "price"):
            return replace(self, min_price=None, max_price=None, total=None)
        if key == "occasion":
            return replace(self, occasion=None, style=None)
        if key == "style" and self.relaxed and (dressy := self._dressy()):  # the interview's look as it was
            return replace(self, style=dressy.style)
        if key == "category":
            return replace(self, category=None, article=None, also=None)
        if key == "not_colour":
            return self.refusing(None)
        return replace(self, **{key: None})

    def leaving(self, mode: str, next_mode: str) -> Wish:
        """These filters as the conversation moves from one answer to the next: a colour asked of
        similar (or cheaper) items or of a search was for the garment itself, not for the outfit
        around it ("similar in black", then "what goes with it?" is not an all-black outfit)."""
        if next_mode == "outfit" and mode in ("similar", "cheaper", "search"):
            return self._of_no_garment()
        return self

    def _of_no_garment(self) -> Wish:
        """These filters without what was said of one garment: its colour, tone, pattern, fabric."""
        bare = replace(self, colour=None, tone=None, pattern=None, not_pattern=None, material=None)
        bare = replace(bare, detail=None)  # "v-neck" was said of that garment too
        return bare.refusing(None)

    def about(self, category: str | None) -> Wish:
        """These filters for a product of `category`: a colour or a pattern said of another kind of
        garment ("in white" about an outfit's shoes, then "how much is the shirt?") is not its own."""
        if category and self.category and slot_of(self.category) != slot_of(category):
            return self._of_no_garment()
        return self

    def with_kinds(self, u: Understood, mode: str) -> Understood:
        """'가방도', 'a bag too' after shoes: the message as if it named the kinds asked so far with
        its own ("shoes and a bag"), each in its colour — of a search (`mode`), a search of them, of
        an outfit its slots; as it is when nothing was asked to add to."""
        if "added" not in u.cues or u.also or not (u.category and self.category):
            return u
        if mode not in ("outfit", "search"):
            return u
        kinds = self.also or ()
        if slot_of(u.category) not in {slot_of(wish.category or "") for wish in self.each_kind()}:
            kinds = (*kinds, (u.article or u.category, u.colour))  # not "shoes too" after shoes
        searched = mode == "search"  # not the search's first product's outfit
        return replace(
            u,
            category=self.category,
            article=self.article,
            colour=self.colour,
            also=kinds,
            about_focus=u.about_focus and not searched,
        )

    def pinned(self, u: Understood) -> tuple[tuple[str, str | None], ...]:
        """The kinds a look's other slots were changed to ("바지는 청바지로", "black shoes instead"),
        kept in their slots while the message changes another ("상의는 흰색으로"): (kind, colour) pairs
        as `also` holds them, "" for no colour asked of it (not the new slot's)."""
        if "instead" not in u.cues or not (u.category and self.category):
            return ()
        chosen = self.article or self.colour or self.category not in SLOTS  # shorts (not "shoes only")
        asked = [(self.article or self.category, self.colour or "")] if chosen else []
        kinds = [*((k, self.colour or "" if c is None else c) for k, c in self.also or ()), *asked]
        return tuple((k, c) for k, c in kinds if slot_of(article_category(k) or k) != slot_of(u.category))

    def each_kind(self) -> list[Wish]:
        """One wish per kind asked together ("shoes and a red bag", "heels and a clutch"): the
        category's, then each other kind's (a category, or an article kind of one) in its own colour
        (the colour asked, when it was named in none); the slot left out ("without the bag") is not
        among them."""
        first = replace(self, also=None)
        others = [
            replace(
                first,
                category=article_category(kind) or kind,  # "a clutch": a bag of that kind
                article=kind if kind in ARTICLE_KINDS else None,
                colour=self.colour if colour is None else colour or None,  # "": none asked of it
                tone=None if colour else self.tone,
            )
            for kind, colour in self.also or ()
        ]
        return [wish for wish in [first, *others] if slot_of(wish.category or "") != self.not_slot]

    def for_slot(self, slot: str) -> Wish:
        """The filters for an outfit's `slot`: of the kind listed for it, when several were asked
        together ("shoes and a red bag for it": the bag's, red), else these."""
        listed = [wish for wish in self.each_kind() if slot_of(wish.category or "") == slot]
        return listed[0] if self.also and listed else self

    def article_types(self, category: str | None = None) -> frozenset[str] | None:
        """The catalogue article types asked for within `category` (the wish's own by default):
        "sneakers" are casual and sports shoes, comfortable ones for the office or a party dress flats
        and leather shoes (`DRESSED_COMFORT`), an occasion's shoes its own (a rainy day's boots:
        `Occasion.shoes`); None: any."""
        category = category or self.category
        if self.article in ARTICLE_KINDS and category and article_category(self.article) == category:
            formal = (occasion := occasion_named(self.occasion)) is not None and occasion.style == "formal"
            if self.article == "comfortable" and (self.style == "party" or formal and self.style != "sports"):
                return DRESSED_COMFORT  # a party dress's, the office's: flats and leather shoes, no sandals
            return ARTICLE_KINDS[self.article][2]
        occasion = occasion_named(self.occasion)  # "waterproof shoes": a rainy day's boots
        if category == "shoes" and self.article is None and occasion is not None and occasion.shoes:
            return occasion.shoes
        return None

    def refused_kind(self, slot: str | None = None) -> tuple[frozenset[str], frozenset[str]]:
        """(the categories, the catalogue article types) left out by name, of `slot` (None: of any):
        "치마는 싫어" the skirts, "no heels" the heels; none of another slot's."""
        kind = self.not_kind or ""
        category = article_category(kind) if kind in ARTICLE_KINDS else kind
        if not kind or (slot is not None and slot_of(category or "") != slot):
            return frozenset(), frozenset()
        return (
            (frozenset(), ARTICLE_KINDS[kind][2])
            if kind in ARTICLE_KINDS
            else (frozenset({kind}), frozenset())
        )

    def colours(self, slot: str | None = None) -> tuple[str, ...] | None:
        """The palette colours asked for: the one named, or the light, dark, warm, cool, neutral or
        accent ones, or those the occasion keeps to (a funeral's black, navy, grey and white — the
        white for a shirt: of an outfit's other `slot`s, the dark ones); None: any. Of a whole look
        around a kind asked, the colour named is that kind's slot's alone; of tone on tone, the shades
        of the look's first piece (shoes, bags and accessories plain neutrals too)."""
        if self.whole and slot and self.category and slot != slot_of(self.category):
            return replace(self, colour=None, whole=None).colours(slot)
        if self.colour:
            return (self.colour,)
        occasion = occasion_named(self.occasion)
        kept = occasion.colours if occasion and occasion.colours else None
        if kept and slot not in (None, "top"):  # what its etiquette spares a shirt: no white trousers
            kept = tuple(c for c in kept if colour_fits(c, self.occasion))
        toned, shade = TONES.get(self.tone or ""), (self.tone or "").removeprefix(f"{TONAL_TONE}_")
        if toned and shade in TONAL_PLAIN and slot in PLAIN_SLOTS:
            return (*toned, *TONAL_PLAIN[shade])  # tone on tone's shoes, bag and accessories
        return toned or kept

    def around(self, colour: str | None) -> Wish:
        """These filters for a look around a piece of `colour`: tone on tone ("monochrome") in that
        colour's shades (a piece of no one colour: neutrals)."""
        if self.tone != TONAL_TONE:
            return self
        return replace(self, tone=f"{TONAL_TONE}_{colour}" if colour in TONAL else "neutral")

    def patterns(self, slot: str | None = None) -> tuple[frozenset[str | None] | None, frozenset[str | None]]:
        """(the product patterns admitted, None: any; those refused), for an outfit's `slot` when
        given: a pattern asked for is the garments', not the shoes' (plain ones are anyone's); a
        funeral's are plain; of a whole look around a kind asked, the pattern named is its slot's."""
        if self.whole and slot and self.category and slot != slot_of(self.category):
            return replace(self, pattern=None, whole=None).patterns(slot)
        occasion = occasion_named(self.occasion)
        plain = occasion is not None and occasion.plain and not self.pattern
        admitted = pattern_family("solid" if plain else self.pattern) if self.pattern or plain else None
        if admitted is not None and None not in admitted and slot in PLAIN_SLOTS:
            admitted = None
        return admitted, pattern_family(self.not_pattern) - {None} if self.not_pattern else frozenset()

    @property
    def gender_filter(self) -> str | None:
        """men / women when asked; None when not said, "" when the user said anyone."""
        return "" if self.gender == "any" else self.gender

    @property
    def priced(self) -> bool:
        return self.min_price is not None or self.max_price is not None

    def active(self) -> list[str]:
        """The keys of the filters in force, in the order they are shown (a price band once)."""
        shown = [key for key in KEYS if getattr(self, key) is not None and key != "max_price"]
        kept = self.also and self.whole and self.category is None  # a look's kinds kept, begun anew
        if kept:  # "✕ sneakers"
            shown.append("category")
        if self.max_price is not None and "min_price" not in shown:
            shown.append("min_price")
        return [k for k in shown if not (k == "style" and self.occasion and not self.relaxed)]

    def refused_colours(self) -> tuple[str, ...]:
        """Every colour left out: the last one said and those before it."""
        return tuple(c for c in (self.not_colour, *(self.not_colours_before or ())) if c)

    def refusing(self, colour: str | None, keep: bool = True) -> Wish:
        """These filters with `colour` left out on top of those already (`keep` False: `colour` taken
        back from them, "in blue" after "not blue"; None: none left out)."""
        if colour is None:
            return replace(self, not_colour=None, not_colours_before=None)
        others = tuple(c for c in self.refused_colours() if c != colour)
        if not keep:
            return replace(
                self, not_colour=others[0] if others else None, not_colours_before=others[1:] or None
            )
        return replace(self, not_colour=colour, not_colours_before=others[:3] or None)

    def around_piece(self, named: bool = False) -> Wish:
        """The filters of an outfit around the piece a description chose: its colour and refusals were
        the piece's, and (`named`: "nike sneakers", "a denim jacket", not "a nike outfit") its brand,
        print, fabric and cut; a tone ("봄웜 코디", "in neutrals") is every piece's, a pop of colour its."""
        tone = None if self.tone == "accent" else self.tone
        wish = replace(self, colour=None, tone=tone, detail=None).refusing(None)
        return replace(wish, brand=None, pattern=None, material=None, cut=None) if named else wish

    def to_dict(self) -> dict[str, Any]:
        """The filters as `stylist chat --json` prints them (gender men / women, or null)."""
        out = asdict(self)
        out["gender"] = self.gender if self.gender in ("men", "women") else None
        return {key: value for key, value in out.items() if value is not None or key not in ASKED_ONLY}

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> Wish:
        names = {f.name for f in fields(cls)}
        values = {k: v for k, v in (data or {}).items() if k in names}
        if values.get("not_colours_before"):  # stored as a JSON list
            values["not_colours_before"] = tuple(values["not_colours_before"])
        if values.get("also") is not None:  # a JSON list of [kind, colour] lists; anything else: none
            also = values["also"] if isinstance(values["also"], (list, tuple)) else []
            kinds = tuple(
                tuple(k)
                for k in also
                if isinstance(k, (list, tuple)) and len(k) == 2 and isinstance(k[0], str)
            )
            values["also"] = kinds or None
        return cls(**values)
