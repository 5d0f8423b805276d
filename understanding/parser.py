"""What a typed message asks for: one intent and the slots it names, deterministic and offline.

`parse("검은색 바지는?")` → intent refine, colour black, category pants. The steps: a command
(`/outfit`), prices and item numbers ("#2", "3번") are read and blanked first; then every lexicon term
is found (`terms.py`: English as whole words, Korean as substrings), the longest winning where two overlap
("운동화" shoes over "운동" gym), and unknown English words within a typo of a term are read as it
("blak", "jens"); negation ("not red", "빨간색 말고") turns a colour into `not_colour`; last, the
intent follows from the cues found, by the precedence in `intents.intent_of`.
"""

from __future__ import annotations

import re
import unicodedata

from vocabulary import (
    CHEAP,
    FEATURES,
    HEIGHT_BUILDS,
    PALETTES,
    SLOT_CATEGORIES,
    TEMPERATURE_BANDS,
    slot_of,
    temperature_band,
)

from .balance import balance_asked
from .blanks import blanked
from .bodies import build_said
from .cues import DISLIKES
from .details import details_of
from .dropped import dropped
from .intents import intent_of, judges_fabric, ok_asked
from .layers import layered
from .lexicon import (
    ARTICLE_WORDS,
    KIDS,
    MINIMAL,
    PADDED_TERMS,
    SEASON_NAMES,
    SHAPE_WORDS,
    VERSATILE,
    WITH_ANYTHING,
)
from .match import Match
from .occasions import occasion_named, occasion_said
from .pairs import compound_head, garments_together, kinds_listed, restyled, swapped, weigh
from .patterns import (
    ALL_OF,
    ANYONE_WEARS,
    ASKS_OK,
    BUYING,
    CHEAP_LOOK,
    CLOTHES,
    COLOUR_SHOULD,
    COMES_IN,
    COMFORT,
    DENIM_OF,
    DISLIKED_SHOWN,
    DRESS_ME,
    FEMININE,
    FIRST_LOOK,
    HOUR,
    LANGUAGE_ASKED,
    LINK,
    MOODS,
    OTHER_BRAND,
    PRICEY,
    RETIMED,
    SHOW_ALL,
    STOP,
    THAN_IN_VIEW,
    TOO,
    TOO_KO,
    TRIP,
    WORKS,
)
from .people import grown_up, shopper_gender, usually_wears
from .personal import says_own
from .prices import find_price, look_priced, whole_budget
from .references import choice, references
from .remarks import corrects, cues_of
from .sides import (
    about_focus,
    described_in_view,
    dressed_as_own,
    had_one,
    names_the_one_in_view,
    not_owners,
    points_at_focus,
    says_it,
    subject_and_wanted,
    which_kind,
    worn_with,
)
from .sizes import cut_asked, height_of, measures, size_question
from .styles import LESS_SAID, NOT_TOO_KO, style_named
from .temperature import temperature
from .terms import find_terms
from .tips import tip_asked
from .trips import trip_days
from .understood import Understood

INTENTS = (
    "photo", "verdict", "outfit", "similar", "cheaper", "search", "refine", "save", "wardrobe", "forget",
    "settings", "clear", "restart", "help", "greeting", "thanks", "trends", "body", "colour_pair",
    "shop_info", "pricier", "uncarried", "length", "pick", "back", "favourite", "unfavourite", "favourites",
    "daily", "daily_off", "wardrobe_outfit", "care", "pack", "palette", "why", "size", "couple", "taste",
    "palette_off", "next_buy", "fit", "tip", "etiquette", "correct", "currency", "unwardrobe", "suits_me",
    "daily_when", "language", "fabric", "link", "weather", "how_pick", "price_source", "liked", "pictures",
    "celebrity", "suit_colour", "unknown",
)  # fmt: skip
COMMANDS = {
    "start": "greeting",
    "help": "help",
    "settings": "settings",
    "forget": "forget",
    "wardrobe": "wardrobe",
    "outfit": "outfit",
    "similar": "similar",
    "cheaper": "cheaper",
    "favourites": "favourites",
    "favorites": "favourites",
    "daily": "daily",
}
MAX_CHARS = 1000  # what is read of a message: a 4,096-character paste is cut, not parsed for seconds
_HANGUL = re.compile(r"[\uac00-\ud7a3\u3131-\u318e\u1100-\u11ff]")  # and jamo as NFKC leaves "ㅋ"
_MINE = re.compile(
    r"(?:\bmy|(?:^|\s)(?:내|제))\s+(?:(?![a-z]+'s\b)\S+\s+){0,2}$"
)  # "my black jeans", "내 청바지"


def normalise(text: str) -> str:
    """NFKC (full-width digits and letters become plain), lower case, one space between words."""
    text = unicodedata.normalize("NFKC", text or "")[:MAX_CHARS]
    return " ".join(text.lower().replace("’", "'").split())


def language_of_text(text: str) -> str | None:
    """ko when the text has Hangul, en when it has Latin letters, None for neither (emoji, digits)."""
    if _HANGUL.search(text):
        return "ko"
    return "en" if re.search(r"[a-z]", text, re.I) else None


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


_WORK_VERB = re.compile(
    r"\b(?:would|will|does|do|did|can|could|might|it|this|that|these|they|should|not)\s+(work)\b"
)
_PAIRED = ("search", "refine", "outfit", "verdict", "colour_pair")  # what two garments together may read as
_TERM_ARTICLE = {term: article for article, terms in ARTICLE_WORDS.items() for term in terms}


def _first(matches: list[Match], kind: str, negated: bool = False) -> str | None:
    return next((m.label for m in matches if m.kind == kind and m.negated == negated), None)


def _refused_kind(matches: list[Match], category: str) -> str | None:
    """The kind a refusal names within its slot: "no heels" an article kind, "치마는 싫어" a category
    of a slot of several; None when it names the slot itself ("no shoes", "without the hat", "no
    jackets")."""
    refused = next((m for m in matches if m.kind == "category" and m.negated), None)
    if refused is not None and refused.term in _TERM_ARTICLE:
        return _TERM_ARTICLE[refused.term]
    slot = slot_of(category)
    return category if len(SLOT_CATEGORIES[slot]) > 1 and category != slot else None


def parse(text: str) -> Understood:
    """The intent and slots of one typed message."""
    raw = normalise(text)
    understood = Understood(language=language_of_text(raw) or "en")
    if raw.startswith("/"):
        command, _, raw = raw[1:].partition(" ")
        understood.command = command.split("@")[0]
        understood.intent = COMMANDS.get(understood.command, "unknown")
        if understood.intent == "daily" and STOP.search(raw):  # "/daily off"
            understood.intent = "daily_off"
    band = find_price(raw)
    understood.min_price, understood.max_price = band.min_price, band.max_price
    understood.ref, understood.not_ref, ref_spans = references(raw)
    understood.choice = choice(raw)
    understood.dropped, drop_spans = dropped(raw)  # "any colour": not a colour, nor "상관없" anyone
    rest = _blank(raw, [*band.spans, *ref_spans, *drop_spans])
    rest = blanked(rest)  # "what suits me?", "next saturday", "my favourite colour is red"
    verbs = {m.start(1) for m in _WORK_VERB.finditer(rest)}  # "would this work for winter?": not the office
    matches = [m for m in find_terms(rest) if not (m.kind == "occasion" and m.start in verbs)]
    kept = not_owners(rest, matches)  # "for my sister's wedding": not her clothes
    owners = [(m.start, m.end) for m in matches if m not in kept]  # "my son's birthday party": no kids'
    matches = kept
    understood.cues = cues_of(rest, matches, numbered=understood.ref is not None)
    if dressed_as_own(rest, matches) and not any(m.kind == "category" for m in matches):  # "아빠 출근룩":
        understood.cues |= {"outfit", "wearer"}  # a look for him, not more of the answer in view
    understood.colour, understood.not_colour = _first(matches, "colour"), _first(matches, "colour", True)
    refused = [m.label for m in matches if m.kind == "colour" and m.negated]
    understood.not_colours_too = tuple(dict.fromkeys(c for c in refused if c != understood.not_colour))
    named = [m.label for m in matches if m.kind == "colour" and not m.negated]
    others = [label for label in named if label != understood.colour]
    understood.other_colour = others[0] if others else named[1] if len(named) > 1 else None  # navy and navy
    understood.pattern, understood.not_pattern = _first(matches, "pattern"), _first(matches, "pattern", True)
    understood.cut, understood.build, understood.tip = cut_asked(rest), build_said(rest), tip_asked(rest)
    understood.category, understood.brand = _first(matches, "category"), _first(matches, "brand")
    understood.category = None if DRESS_ME.search(rest) else understood.category  # the verb: "dress me up"
    refused = _first(matches, "uncarried", negated=True)  # "no tie please": none in a look anyway
    understood.uncarried = _first(matches, "uncarried") or refused  # "a watch for my dad": none here
    understood.cues |= {"refused"} if refused and understood.uncarried == refused else set()
    understood.cues |= {"total"} if band.max_price and whole_budget(raw) else set()  # "a whole outfit under"
    if head := compound_head(rest, matches):  # "셔츠 원피스", "shirt dress": a dress
        understood.category = head.label
    understood.not_brand = _first(matches, "brand", negated=True)  # "not nike", "나이키 말고"
    if not (
        understood.not_colour or understood.not_pattern or understood.category or "instead" in understood.cues
    ):
        understood.not_category = _first(matches, "category", negated=True)  # not "not the red dress"
    named = [m for m in matches if m.kind == "category" and not m.negated and m.term not in SHAPE_WORDS]
    named = [m for m in named if m.label == understood.category] or named  # "신발은 운동화로": sneakers
    kinds = [_TERM_ARTICLE[m.term] for m in named if m.term in _TERM_ARTICLE]  # "발 편한 운동화": sneakers,
    understood.article = next((k for k in kinds if k != "comfortable"), kinds[0] if kinds else None)  # comfy
    if len(named) >= 2 and named[0].term not in _TERM_ARTICLE and named[-1].term in _TERM_ARTICLE:
        understood.cues.add("instead")  # "신발은 운동화로", "make the shoes sneakers": that slot, as that
    understood.style, toned_down = style_named(rest, matches)
    understood.cues |= ({"toned", "less"} if LESS_SAID.search(rest) else {"toned"}) if toned_down else set()
    if understood.style and NOT_TOO_KO.search(rest):  # "너무 포멀하지 않게": asked, not judged
        understood.cues.discard("verdict")
    understood.tone = _first(matches, "tone")
    understood.brighter = understood.tone in ("light", "dark") and bool(THAN_IN_VIEW.search(rest))
    if OTHER_BRAND.search(rest) and not understood.brand:  # "다른 브랜드", "a different brand": not these
        understood.other_brand = True
        understood.cues.discard("shop_info")
    if VERSATILE.search(rest):  # "이 중에 제일 무난한 거", "versatile shoes": the neutral, plain ones
        understood.cues.add("versatile")
    versatile = "versatile" in understood.cues and "pick" not in understood.cues  # "무난한 신발"
    if MINIMAL.search(rest) or versatile:  # "she likes minimalist style", "미니멀하게": plain, neutral
        calm = None if understood.colour else "neutral"  # "a chic black dress": black, plain
        understood.tone, understood.pattern = understood.tone or calm, understood.pattern or "solid"
    mood = next((tone for words, tone in MOODS if words.search(rest)), None)  # "cuter": light colours (the
    understood.tone = understood.tone or (None if understood.colour else mood)  # style stays); "edgy": dark
    if FEMININE.search(rest) and not understood.category:  # "좀 더 여성스럽게", "more feminine":
        understood.category, understood.cues = "dress", understood.cues | {"outfit", "feminine"}  # a dress's
    refused = {"men": "women", "women": "men"}.get(_first(matches, "gender", True) or "")  # "not for men"
    gender = _first(matches, "gender") or refused  # "남자 말고": the other's
    understood.any_gender = gender == "any"
    understood.gender, understood.own_gender = shopper_gender(
        rest, gender, gift="gift" in understood.cues, maternity=understood.build == "maternity"
    )
    asked = understood.gender and not (understood.category or understood.cues - {"recommend", "show"})
    if asked and CLOTHES.search(rest):
        understood.cues.add("outfit")  # "남자 옷", "men's clothes", "할아버지 옷": a look for them
    understood.own_palette = understood.tone in PALETTES and says_own(rest)  # "I'm a winter cool"
    named = [m.label for m in matches if m.kind == "season" and not m.negated and m.term in SEASON_NAMES]
    understood.season = named[0] if named else _first(matches, "season")  # "too warm for summer": summer
    understood.temperature = degrees = temperature(rest)  # "12도인데 뭐 입지?": its season, unless said
    if degrees is not None:
        understood.season = understood.season or TEMPERATURE_BANDS[temperature_band(degrees)][1]
        if understood.cues <= {"now"} and not understood.category:  # "오늘 영하 10도야": what to wear
            understood.cues.add("outfit")
    padded = any(m.term in PADDED_TERMS and not m.negated for m in matches if m.kind == "category")  # 패딩
    denim = "denim" if DENIM_OF.search(rest) else None  # "청치마", "jean jacket"
    understood.material = _first(matches, "material") or ("down" if padded else denim)
    understood.not_material = _first(matches, "material", negated=True)  # "no polyester", "allergic to wool"
    if padded and "care" not in understood.cues:  # "패딩 추천": a winter coat (its wash is down's alone)
        understood.season = understood.season or "winter"
    understood.kids = any(
        not any(a <= k.start() < b for a, b in owners) and not grown_up(rest, k) for k in KIDS.finditer(rest)
    )
    named = occasion_said([m for m in matches if m.term != "work" or not WORKS.search(rest)])  # (a verb)
    occasion = occasion_named(named or ("smart" if toned_down else None))
    if toned_down and occasion is not None and occasion.style in ("formal", "party"):  # "office look but
        occasion = occasion_named("smart")  # less formal", "출근룩인데 너무 딱딱하지 않게": business casual
    if occasion is not None:
        understood.occasion = occasion.name
        if understood.style == "party" and occasion.name != "party":  # "a beach party": the beach's
            understood.style = occasion.style
        understood.style = understood.style or occasion.style
        understood.season = understood.season or occasion.season
    refusing = {m.term for m in matches if m.kind == "cue" and m.label == "another"} <= set(DISLIKES)
    disliked = understood.not_colour or understood.not_pattern or any(m.negated for m in matches)
    understood.another = "another" in understood.cues and not (refusing and disliked)  # "I don't like green"
    shoes = understood.category == "shoes" and not understood.article  # "shoes I can walk in all day": comfy
    if (understood.category is None or shoes) and COMFORT.search(rest):  # "좀 더 편한 걸로": of shoes in view
        understood.cues, understood.article = understood.cues | {"comfort"}, "comfortable" if shoes else None
    understood.cues |= {"recolour"} if COMES_IN.search(rest) else set()  # "what colours does #1 come in?"
    if understood.not_category and not understood.category and DISLIKED_SHOWN.search(rest):
        understood.category, understood.not_category = understood.not_category, None  # "I don't like the
        understood.another = True  # shoes", "신발이 별로야": other shoes (not none: "no shoes"), or
        understood.cues.add("disliked")  # the look begun again when they were its start
    understood.days, numbered = trip_days(rest)
    understood.size = size_question(rest, understood.cues)  # "what size is 270 in US?"
    understood.measures = measures(rest)  # "I'm 180cm 75kg, what size?": a size for the build
    understood.height = height_of(rest) if understood.measures is None else None  # "I'm 155cm": alone,
    if understood.height and understood.build is None:  # short or tall as a build (`HEIGHT_BUILDS`)
        fits = (b for b, (low, high) in HEIGHT_BUILDS.items() if low <= understood.height < high)
        understood.build = next(fits, None)
    trip = "outfit" in understood.cues or TRIP.search(rest)  # "a business trip for 3 days"
    if numbered and trip and not understood.category:
        understood.cues.add("pack")  # "outfits for a 3 day trip", "3일 여행 코디": a capsule
    understood.about_focus = about_focus(rest, matches, understood.language)
    understood.cues |= {"outfit"} if worn_with(rest, matches) else set()  # "which tie for a navy suit?"
    understood.pointing, understood.pronoun = points_at_focus(rest), says_it(rest)
    said = {"colour": understood.colour, "category": understood.category, "pattern": understood.pattern}
    understood.correction = corrects(rest, matches, said) and understood.ref is None  # "it's a skirt"
    if understood.correction:  # "it's a skirt, not a dress": the dress is the garment misread
        understood.not_category = _first(matches, "category", negated=True)
    named_kind = next((m for m in matches if m.kind == "category" and not m.negated), None)
    if named_kind is not None and not understood.pronoun and which_kind(rest, named_kind):
        understood.cues = (understood.cues - {"verdict"}) | {"outfit", "which_kind"}  # "어떤 신발이 어울려?"
    if ok := ok_asked(understood, rest):  # "can I wear black?", "sneakers?", "can I wear a black dress?"
        understood.cues.add(ok)
    understood.buying = bool(BUYING.search(rest))
    if understood.buying:  # "buy it or not?": whether to, not where
        understood.cues = (understood.cues - {"cheaper"}) | {"verdict"}
    if look_priced(rest, understood.cues):  # "how much is the whole outfit?", "what's the total?": added up
        understood.cues.add("look_price")  # (not "전체 코디 더 싸게", the whole look cheaper)
    understood.subject, understood.wanted = subject_and_wanted(rest, matches, understood.language)
    if (swap := swapped(rest, matches)) is not None:  # "바지는 반바지로": the look's bottoms, as shorts
        understood.category, understood.article = swap.label, _TERM_ARTICLE.get(swap.term)
        understood.subject = understood.wanted = None
        understood.cues.add("instead")
    elif restyled(rest, matches):  # "바지는 검정으로": the look's trousers, in black
        understood.cues.add("instead")
    else:  # "skirt or trousers?": the look's bottoms, both kinds, the stylist's pick first
        weigh(understood, rest, matches)
    beneath = layered(rest, matches, understood)  # "반팔 위에 뭐 걸치지?", "셔츠 안에 뭐 입어?"
    if described_in_view(rest, matches, understood.language):  # "이 바지에 어울리는 상의": a top for it
        understood.category, understood.article, understood.about_focus = understood.wanted, None, True
    described = understood.subject or understood.category
    named = next(
        (m for m in matches if m.kind == "category" and m.label == described and not m.negated), None
    )
    understood.mine = bool(named and _MINE.search(rest[max(0, named.start - 30) : named.start]))
    if (understood.pointing or understood.about_focus) and had_one(rest, matches):  # "I have a black
        understood.pointing = understood.pronoun = understood.about_focus = False  # jacket, what goes
        understood.mine = True  # with it?": that jacket's outfit, not one in view
    if understood.category and not understood.subject and WITH_ANYTHING.search(rest):
        understood.cues.discard("outfit")  # "a coat that goes with everything": a plain neutral one, not
        understood.about_focus = False  # the outfit of one in view
    if understood.colour and (anyone := ANYONE_WEARS.search(rest)) and not understood.gender:
        understood.gender = "men" if anyone[1] in ("men", "guys", "boys", "a man", "a guy") else "women"
        understood.cues.discard("whose")  # "can men wear pink?": who wears the colour, not whose a piece is
    if understood.not_category and not understood.correction:  # "no heels": other shoes, not none
        understood.not_kind = _refused_kind(matches, understood.not_category)
    cheap = "cheaper" in understood.cues and ("outfit" in understood.cues or understood.occasion)
    cheap = cheap or bool(CHEAP_LOOK.search(rest))  # "a cheap outfit for a party", "budget outfit"
    cheap = cheap and "look_price" not in understood.cues  # not "how much is the whole outfit?"
    if cheap and understood.max_price is None and understood.ref is None and not understood.category:
        understood.max_price = CHEAP  # "저렴한 데이트룩", "a cheap outfit for a party": each piece under it
        understood.cues = (understood.cues - {"cheaper"}) | {"outfit"}  # (not one piece's offers)
    every = "cheaper" in understood.cues and ALL_OF.search(rest) and PRICEY.search(rest)  # a complaint,
    every = every and understood.ref is None  # not "any of these on sale?"
    every = every and "look_price" not in understood.cues  # not "전부 얼마야?": the look added up
    if every and not understood.category and understood.max_price is None:  # "these are all too
        understood.max_price, understood.cues = CHEAP, understood.cues - {"cheaper"}  # expensive": each
    if FIRST_LOOK.search(raw) and understood.ref in (1, None):  # "what was the first outfit?": back to it
        understood.cues, understood.ref = understood.cues - {"outfit"} | {"back", "first"}, None
    usually_wears(understood, rest)  # "…, I usually wear hoodies": where they start from, not what they ask
    if understood.command is None:
        understood.balance = balance_asked(rest, understood.colour, understood.category)  # "too much black?"
        worn = understood.subject or understood.category  # "반팔 위에": of the T-shirt, not the layer
        understood.detail, understood.not_detail, said = (
            (None, None, None) if understood.tip else details_of(rest, worn)
        )
        if said and any(
            m.negated and m.kind == "category" and m.start < said[1] and said[0] < m.end for m in matches
        ):
            understood.not_category = understood.not_kind = None  # "나시 말고", "no crop tops": not every top
        understood.intent = intent_of(understood, rest, matches)
        if understood.intent == "verdict" and judges_fabric(understood):  # "린넨 괜찮아?": the fabric
            understood.cues.add("fabric_judged")
    if LINK.search(raw):  # a shop's link pasted: not opened, a screenshot asked for
        understood.intent = "link"
    comfort = "comfort" in understood.cues  # "something I can dance in"; "전체 다 보여줘": every slot again
    if understood.intent == "unknown" and (comfort or SHOW_ALL.search(rest)):
        understood.intent = "refine" if comfort else "outfit"
    vague = understood.cues <= {"instead", "show", "recommend"} and _reads_nothing(understood)
    if understood.intent == "refine" and vague:  # "with a platform?": no detail a listing has, said so
        understood.intent = "unknown"
    asked = "verdict" in understood.cues or COLOUR_SHOULD.search(rest)  # "what colour should the bag be?"
    goes = "colours" in understood.cues and asked and not understood.subject
    if understood.intent == "unknown" and understood.cues == {"colours"} and _reads_nothing(understood):
        understood.intent = "outfit"  # "what colour?", "무슨 색이 좋아?": of the one in view, as below
        understood.pronoun = understood.pointing = True
    if understood.intent == "search" and goes and understood.category and not understood.buying:
        understood.intent, understood.about_focus = "outfit", True  # "무슨 색 바지가 어울려?": in view
    if beneath:  # not the outfit of a shirt
        understood.intent, understood.about_focus = "search", False
    if understood.intent == "similar" and understood.category and _FOR_NUMBER.search(raw):  # "shoes for
        understood.intent, understood.about_focus = "outfit", True  # #1": that one's shoes, not more like it
    judged = "verdict" in understood.cues or ASKS_OK.search(rest) or TOO.search(rest)
    if understood.intent in ("search", "verdict") and judged and names_the_one_in_view(rest, matches):
        # "is this coat warm enough?", "이 코트 겨울에 따뜻할까?": a verdict on the one in view
        understood.intent, understood.subject = "verdict", understood.category
        understood.category = understood.wanted = None
        understood.subject_article, understood.article = understood.article, None
    if (spoken := LANGUAGE_ASKED.search(rest)) and not (understood.category or understood.ref is not None):
        understood.intent = "language"  # "speak Korean", "영어로 말해줘": answered in it from now on
        understood.language = (
            "en" if (spoken[1] or spoken[2] or spoken[3] or spoken[4]) in ("english", "영어") else "ko"
        )
    pair = garments_together(rest, matches, understood.subject) if understood.intent in _PAIRED else None
    if pair is not None:  # "white tee with jeans?", "흰 셔츠에 청바지 어때?": the second judged with it
        understood.intent, understood.wanted, understood.about_focus = "combination", None, False
        understood.subject, understood.colour = pair.anchor.label, pair.anchor_colour
        understood.category, understood.other_colour = pair.asked.label, pair.asked_colour
        understood.subject_article = _TERM_ARTICLE.get(pair.anchor.term)
        understood.article = _TERM_ARTICLE.get(pair.asked.term)
    if understood.intent in ("search", "refine", "outfit") and "instead" not in understood.cues:
        (_, own), understood.also = kinds_listed(
            rest, matches, understood.category, understood.subject, _TERM_ARTICLE
        )
        if any(colour for _, colour in understood.also) and understood.colour != own:
            understood.colour = own  # "shoes and a red bag": the red is the bag's
    if understood.intent == "search" and (understood.tone in (*PALETTES, *FEATURES) or understood.occasion):
        understood.about_focus = False  # "가을웜톤한테 어울리는 니트", "하객룩 원피스": that kind, searched
    understood.too = understood.intent == "verdict" and bool(TOO.search(rest))
    if understood.too and occasion is not None:  # "too casual for dinner?": judged by the dinner's style
        understood.style = occasion.style
    elif understood.too and not understood.style and (said := TOO_KO.search(rest)):  # "너무 캐주얼해?":
        understood.style = "formal" if said[1] == "캐주얼" else "casual"  # the style across from it
    hour = HOUR.search(raw)
    retimed = understood.intent in ("unknown", "refine") and not (
        understood.has_filters or understood.category
    )
    if hour and retimed and RETIMED.search(raw):  # "change it to 8am", "7시로 바꿔줘": the morning's hour
        understood.intent = "daily"
    if understood.intent == "daily" and hour:  # "/daily 7", "every morning at 7": mornings at seven
        understood.hour = int(next(g for g in hour.groups() if g))
    understood.this_one = (
        understood.intent in ("outfit", "similar")
        and not understood.wanted
        and names_the_one_in_view(rest, matches)
    )  # "how do I style this shirt?", "이 치마랑 비슷한 거": the one in view, when there is one
    return understood


_FOR_NUMBER = re.compile(  # "shoes for #1", "신발 2번에 맞춰서": that one's, for its look
    r"\b(?:for|to go with|to wear with|with|to match) (?:#|number |no\.? ?)\d+\b"
    r"|\d+\s?번(?:에|한테)\s?(?:맞|어울)"
)


def _reads_nothing(u: Understood) -> bool:
    """Whether a message read no filter, kind, number or anything else a refinement could change."""
    said = {"intent": u.intent, "language": u.language, "cues": u.cues, "pronoun": u.pronoun}
    return u == Understood(**said, pointing=u.pointing, about_focus=u.about_focus)
