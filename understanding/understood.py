"""One typed message as understood: the intent and every slot it names (`parser.parse` fills it)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

SLOT_KEYS = ("colour", "not_colour", "category", "style", "occasion", "gender", "min_price", "max_price")
NARROWING = (
    "season", "tone", "any_gender", "kids", "pattern", "not_pattern", "cut", "build", "not_category", "brand",
    "not_brand", "material", "not_material", "detail", "not_detail",
)  # fmt: skip


@dataclass
class Understood:
    """One message as understood: an intent and what it names (None where it names nothing)."""

    intent: str = "unknown"
    colour: str | None = None
    not_colour: str | None = None
    not_colours_too: tuple[str, ...] = ()  # "not black, not grey": the ones after the first
    other_colour: str | None = None  # a second colour named: "do navy and black go together?"
    category: str | None = None
    style: str | None = None
    occasion: str | None = None
    gender: str | None = None  # men / women
    any_gender: bool = False  # "for anyone": no gender filter
    own_palette: bool = False  # "저 여쿨이에요": the personal colour is the user's own, kept
    own_gender: bool = False  # "I'm a woman": the gender is the user's own, kept as who they shop for
    mine: bool = False  # "what goes with my jeans?": the garment described is the user's own (wardrobe)
    min_price: int | None = None
    max_price: int | None = None
    season: str | None = None  # winter / summer / mild (spring and autumn)
    tone: str | None = None  # light / dark ("밝은 색으로")
    balance: str | None = None  # "too much black?", "too dark?": the colour balance of the look in view asked
    pattern: str | None = None  # vocabulary.PATTERNS: "striped shirts"
    not_pattern: str | None = None  # "no prints"
    cut: str | None = None  # vocabulary.CUTS: "slim fit shirts", "오버핏 티셔츠"
    detail: str | None = None  # vocabulary.DETAILS: "v-neck sweaters", "민소매 원피스"
    not_detail: str | None = None  # a detail refused: "no sleeveless tops", "나시 말고", "nothing revealing"
    brand: str | None = None  # vocabulary.BRANDS: "nike shoes", "나이키 운동화"
    not_brand: str | None = None  # "not nike", "나이키 말고"
    build: str | None = None  # vocabulary.BUILDS: "I'm petite", "통통한 편이에요" (the user's, said)
    tip: str | None = None  # tips.TOPICS: "should I tuck it in?", "소매 걷어도 돼?"
    pronoun: bool = False  # "how much is it?", "이거 얼마야?": a piece referred to, not named
    brighter: bool = False  # "brighter", "좀 더 밝은 색으로": lighter (or darker) than what is in view
    measures: tuple[int, int] | None = None  # "I'm 180cm 75kg": (height cm, weight kg) for a size
    height: int | None = None  # "I'm 165cm", "키 160이에요": a height alone (cm)
    correction: bool = False  # "it's a skirt, not a dress", "이거 파란색 아니고 검정색이야": what was misread
    other_brand: bool = False  # "다른 브랜드", "other brands": not the brand of those in view
    too: bool = False  # "is this too casual for dinner?": a verdict asked the other way round
    buying: bool = False  # "should I buy it?", "이거 살까 말까": whether to, with the wardrobe's say
    uncarried: str | None = None  # vocabulary.UNCARRIED: a kind asked for that the catalogue has none of
    material: str | None = None  # vocabulary.MATERIALS: "how do I wash wool?"
    not_material: str | None = None  # a fabric refused: "no polyester", "I'm allergic to wool"
    not_category: str | None = None  # "without the hat", "가방은 빼고": that slot left out of the outfit
    not_kind: str | None = None  # "no heels", "치마는 싫어": a kind refused within its slot (an article kind
    # of `vocabulary.ARTICLE_KINDS`, or a category of a slot of several), its slot's others still shown
    another: bool = False  # "another one": the next few instead of those shown
    about_focus: bool = False  # "what shoes go with it?": the category is a slot of the focus's outfit
    pointing: bool = False  # "what goes with it?", "이거": the words point at a garment, naming none
    this_one: bool = False  # "how do I style this (black) shirt?": the garment named is the one in view
    article: str | None = None  # the kind within the category the word names: "sneakers" (not sandals)
    kids: bool = False  # "for my son", "아이 옷": children's wear
    subject: str | None = None  # "shoes to go with my red dress": the garment described (dress) …
    wanted: str | None = None  # … and the kind of its outfit asked for (shoes)
    subject_article: str | None = None  # "white sneakers with jeans?": the kind the look starts from
    also: tuple[tuple[str, str | None], ...] = ()  # "shoes and a red bag": kinds wanted with the category,
    # each with its own colour (None: the colour asked, if any)
    ref: int | None = None  # "more like #2"
    choice: tuple[int, ...] = ()  # "which is better, #1 or #3?": the items weighed against each other
    size: tuple[str, str] | None = None  # "what size is 270 in US?": (system, value) to convert
    days: int | None = None  # "pack for 3 days", "2박 3일": how long the trip is
    temperature: int | None = None  # "12도인데 뭐 입지?": the day's, in °C
    hour: int | None = None  # "/daily 7", "every morning at 7am", "매일 아침 7시": when (Korea time)
    not_ref: int | None = None  # "not #3"
    dropped: frozenset[str] = frozenset()  # "any colour", "가격 상관없이": the filters taken off
    language: str = "en"
    command: str | None = None
    cues: set[str] = field(default_factory=set)

    def slots(self) -> dict[str, Any]:
        """The slots as `stylist chat --json` prints them."""
        patterns = {
            k: getattr(self, k)
            for k in (
                "pattern",
                "not_pattern",
                "cut",
                "detail",
                "not_detail",
                "not_material",
                "brand",
                "not_brand",
                "not_category",
                "not_kind",
                "also",
            )
            if getattr(self, k)
        }
        return {
            "intent": self.intent,
            **{key: getattr(self, key) for key in SLOT_KEYS},
            "season": self.season,
            **patterns,  # printed only when said: the interface's keys stay as they were
        }

    @property
    def has_filters(self) -> bool:
        """Whether it names anything a search can be narrowed by."""
        said = any(getattr(self, key) for key in NARROWING)
        return said or any(getattr(self, key) is not None for key in SLOT_KEYS)

    @property
    def contradictory(self) -> bool:
        """'black but not black', or a price band whose low end is above its high end."""
        prices = self.min_price is not None and self.max_price is not None and self.min_price > self.max_price
        return (self.colour is not None and self.colour == self.not_colour) or prices
