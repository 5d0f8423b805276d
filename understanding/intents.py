"""The intent of a typed message, from the cues and slots `parse` read (`intent_of`): the account's and
the conversation's own first (forget, settings, clear, restart, save, wardrobe, back, help), then the
answer kinds (cheaper, similar, outfit), then a search (a kind of garment named) or a refinement
(anything else a search can be narrowed by), and small talk only when nothing else was said."""

from __future__ import annotations

import re

from vocabulary import colour_fits

from .match import Match
from .patterns import (
    ANYONE_WEARS,
    ASKS_OK,
    BARE_BACK,
    BARE_OUTFIT,
    BARE_STOP,
    BY_YOU,
    CLOTHES,
    FROM_WARDROBE,
    GOES_WITH,
    LOOK,
    QUESTION,
    REMOVE,
    STOP,
    TOO,
    WHEN_SENT,
)
from .personal import COLOUR_ON_ME, SUITS_ME, palette_intent
from .prices import in_another_currency
from .sides import asks_about
from .sizes import size_asked
from .tips import RULES
from .understood import Understood

_FABRIC_ASKED = re.compile(  # "is #1 cotton?", "what is it made of?", "이거 면이야?": the listing's to say
    r"^\W*(?:is|are|was|were)\b|\bmade (?:of|from)\b|(?:이야|인가요|이에요|예요|맞아|야)\W*$"
)
_FABRIC_WHAT = re.compile(  # what a piece is made of, asked
    r"\bwhat (?:fabric|material)\b|\bwhat(?:'s| is| are) (?:it|this|that|they|these) made (?:of|from)\b"
    r"|\bwhat\b.*\bmade (?:of|from)\W*$"
    r"|(?:소재|재질|원단)\s*(?:가|는|이|은)?\s*(?:뭐|뭘|무엇|어떻게|어때)|무슨\s*(?:소재|재질|원단)"
)
_IN_STOCK = re.compile(
    r"있어|있나|있을까|있는지|나와요|남아|\bis there\b|\bdo you have\b|\bavailable\b|\bin stock\b"
    r"|\bcomes? in\b"
)
_MOST = re.compile(  # "which of these is the most formal?", "이 중에 제일 포멀한 거": one of those shown
    r"\b(?:which|what)(?: one)?(?: of (?:these|them|those))? is (?:the )?most\b"
    r"|(?:이 ?중에?|여기서)\s*(?:제일|가장)|^(?:제일|가장)\s"  # "제일 편한 거 뭐야?"
)
_SHOWN_BEFORE = re.compile(  # a kind shown earlier, asked again
    r"\b(?:you showed me|you showed|from before|earlier)\b|아까\s?(?:그|본|보여\S*)|전에\s?(?:본|보여\S*)"
)
_AMONG = re.compile(r"\b(?:which|of these|of them)\b|이 중|이중|여기서|이것들 중|뭐가|어떤 게|어떤게|어느")
_BRANDS_OF = re.compile(r"\bbrands? (?:of|for)\b|\bbest\b|\brecommend|추천|좋은")
_BIGGER = re.compile(r"\b(?:bigger|larger|closer|up close|zoom(?:ed)? in)\b|크게\s*(?:보|볼)|확대|자세히 보")
_PICTURES = re.compile(  # what is shown bigger: the pictures in view, or a bare "zoom in", "확대해줘"
    r"\b(?:pictures?|photos?|images?|pics?|tiles?|collage|them|these|those|it)\b|사진|이미지|그림"
    r"|^\W*(?:please )?(?:zoom in|bigger|larger)\b|^\W*(?:좀\s*)?(?:크게|확대)"
)
_TOO_SMALL = re.compile(  # "the pictures are too small", "사진이 너무 작아"
    r"\b(?:pictures?|photos?|images?|pics?)\s+(?:are|is)\s+(?:too |so |really |very )?(?:small|tiny)\b"
    r"|(?:사진|이미지)\S*\s*(?:너무\s*|좀\s*|잘\s*)?(?:작|안\s*보)"
)
_COLOUR_OF = re.compile(r"\bwhat colou?r (?:is|are)\b")  # "what colour is #2?"
_COLOUR_OF_KO = re.compile(
    r"(?:색|색깔|컬러)\s*(?:이|은|는)?\s*(?:뭐|뭘까|무슨|어떤)|무슨\s*색(?:이야|이에요|인가)"
)
_SHOWN_REF = re.compile(  # its number blanked: "what is #2?", "show me #2 bigger", "2번 사진 크게 보여줘"
    r"^\W*(?:what(?:'s| is)|tell me about|(?:show|send)(?: me)?(?: the)?(?: (?:picture|photo|pic) of)?"
    r"|(?:a )?(?:picture|photo|pic) of|can i see|let me see)\W*(?:bigger|closer|up close|larger|again)?\W*$"
    r"|^\W*(?:뭐야|뭐예요|어떤 거야|사진|크게|자세히|확대)"
)


def judges_fabric(u: Understood) -> bool:
    """Whether a fabric is named to be judged rather than a garment ("is linen ok?", "a wool coat in
    summer?"): no colour, no "it", no number, and no kind unless a season or an occasion is asked."""
    named = u.material and not (u.colour or u.pronoun or u.pointing or u.ref is not None)
    return bool(named and (not u.category or u.season or u.occasion or u.style))


_MY_WARDROBE = re.compile(
    r"\b(?:my|our)\s+(?:\w+\s+)?(?:wardrobe|closet|clothes)\b|내\s?옷|옷장에|옷장\s?(?:속|안)"
)


def ok_asked(u: Understood, text: str) -> str | None:
    """'Can I wear black?', 'sneakers?', 'a black suit ok?', 'can I wear a black dress?': the cue of a
    colour or a kind (in a colour) asked to be fine ("colour_ok", "kind_ok") — not of a pair with the
    one in view ("can I wear it with black jeans?") or a colour asked for ("what colour belt …?")."""
    paired = u.about_focus and (u.pronoun or u.pointing) or "colours" in u.cues
    both = u.colour and u.category and not paired
    if (both or bool(u.colour) != bool(u.category)) and ASKS_OK.search(text):
        return "kind_ok" if u.category else "colour_ok"
    return None


def intent_of(u: Understood, text: str, matches: list[Match]) -> str:
    """The one intent of a parsed message, by the precedence the module describes; of the photo's
    answer asked again, the cue "which_colour" when only its colour was asked ("what colour is it?")."""
    intent = _intent_of(u, text, matches)
    if intent == "photo" and (_COLOUR_OF.search(text) or _COLOUR_OF_KO.search(text)):
        u.cues.add("which_colour")
    return intent


def _intent_of(u: Understood, text: str, matches: list[Match]) -> str:
    cues = u.cues
    if u.ref is not None and cues & {"keep", "save", "favourites"}:  # "save #2", "2번 찜", "remove #2 from …"
        return "unfavourite" if REMOVE.search(text) else "favourite"
    if cues & {"keep", "save"} and not u.category and LOOK.search(text):  # "save this look", "이 코디 저장"
        return "favourite"
    if "favourites" in cues:  # "my favourites", "찜 목록"
        return "favourites"
    if u.correction:  # "it's a skirt, not a dress": the photo's reading corrected
        return "correct"
    if cues & {"weighed", "then_what"}:  # "skirt or trousers?", "치마 입을까 바지 입을까": the look's, both
        return "outfit"  # kinds; "그럼 뭐 입어?" after a "better not": the occasion's own look
    if in_another_currency(text) and u.min_price is None and u.max_price is None:  # "under $50"
        return "currency"
    if u.balance and u.ref is None:  # "too much black?", "is it too dark?": the look in view judged
        return "verdict"
    if u.tip in RULES and u.tip != "layer":  # "can I mix gold and silver jewellery?", "양말 무슨 색?"
        return "tip"
    if u.uncarried and not (u.category or u.ref is not None or "outfit" in cues):  # "어떤 귀걸이가 어울려?"
        return "uncarried"
    if "whose" in cues and not u.category:  # "is this for women?", "이거 남자가 입어도 돼?": its cut
        return "photo"
    if "prices_q" in cues and not (u.category or u.ref is not None or u.has_filters):  # "real prices?"
        return "price_source"
    cues |= {"cheaper"} if "prices_q" in cues else set()  # "the real price of #2": its offers
    if "why" in cues and u.ref is not None:  # "why #2?", "왜 2번 추천했어?": why that one
        return "why"
    if "why" in cues and not (u.category or u.has_filters or "why not" in text) and len(text.split()) <= 6:
        return "why"  # "why?", "왜 이거 추천했어?": the one pointed at (picked), else the first
    if u.choice:  # "which is better, #1 or #3?": the stylist's choice between them
        return "pick"
    if u.style and _MOST.search(text) and not (u.category or u.ref is not None or u.occasion):
        return "pick"  # "which of these is the most formal?", "이 중에 제일 포멀한 거": of those shown
    if "daily" in cues:  # "send me an outfit every morning"; "stop the daily outfit"
        return "daily_off" if STOP.search(text) else "daily_when" if WHEN_SENT.search(text) else "daily"
    if BARE_STOP.match(text):  # "stop", "그만": the morning outfit, the one message sent unasked
        return "daily_off"
    if BARE_BACK.match(text):  # "back", "이전" alone: as "go back" (the ↩ button's word)
        return "back"
    if BARE_OUTFIT.match(text):  # "surprise me", "뭐 추천해줄래?": as "what should I wear?"
        return "outfit"
    if WHEN_SENT.search(text) and BY_YOU.search(text) and not (u.category or u.ref is not None):
        return "daily_when"  # "what time will you send it?", "몇 시에 보내줘?" (not "when will it arrive?")
    if u.ref is None and (personal := palette_intent(u.tone, u.category, u.subject, cues, text)):
        return personal  # "저 여쿨인데 어떤 색이 어울려?", "가을웜톤한테 어울리는 니트"
    if (u.colour or u.pronoun) and not u.category and COLOUR_ON_ME.search(text):  # "does red suit me?",
        return "palette"  # "빨간색 나한테 어울릴까?", "does this suit me?": by their personal colour
    if "suit_colour" in cues and not (u.colour or u.category or u.ref is not None):
        return "suit_colour"  # "what colour suit for a wedding?", "면접 정장 색": the occasion's colours
    if SUITS_ME.search(text) and not (u.category or u.colour or u.occasion or u.ref is not None):
        return "suits_me"  # "what suits me?": what is known of them (colour type, build, taste), or ask
    if "wardrobe" in cues and u.occasion and not _MY_WARDROBE.search(text):  # "a work wardrobe": not theirs,
        cues -= {"wardrobe"}  # a capsule for it
        cues.add("essentials")
    cues |= {"pack"} if "essentials" in cues else set()  # "wardrobe essentials": a capsule, no trip
    for own in ("couple", "taste", "next_buy", "pack"):  # "커플룩 추천", "내 스타일 분석해줘", "pack for …"
        if (
            own in cues
            and u.ref is None
            and u.not_ref is None
            and not u.category
            and not (own == "next_buy" and u.has_filters)
        ):
            return own
    if _IN_STOCK.search(text) and (u.size is not None or "size" in cues or size_asked(text, True)):
        cues.add("size")  # "이거 XL 사이즈 있어?", "is there an XL?": whether it is stocked, the shop's
        return "shop_info"
    if u.measures is not None and not (u.build and "outfit" in cues):  # "I'm 180cm 75kg, what size?",
        return "fit"  # "키 165 몸무게 55": the usual top size ("…, what to wear to look slimmer?": a look)
    if u.height and u.build is None and not (u.category or u.occasion or u.style or cues):  # "I'm 168cm"
        return "fit"  # nothing to correct at that height: its weight asked, for a size
    waist = u.size is not None and u.size[0] == "waist" and u.category  # "30인치 청바지": jeans, searched
    if u.size is not None and not (u.colour or u.style or u.occasion or waist):  # "what size is 270 in US?"
        return "size"
    if "fit" in cues and not (u.colour or u.style or u.min_price or u.max_price):  # "does it run small?"
        return "fit"
    if u.tip and (u.tip == "layer" or not (u.colour and u.tip != "sheer" or u.occasion or u.style)):
        return "tip"  # "should I tuck it in?"; "do I need a jacket for the wedding?" by its dress code
    if "care" in cues:  # "how do I wash it?", "울 니트 세탁법": how to look after it
        return "care"
    if "keep" in cues and not (u.category or u.has_filters):  # "save", "저장": the garment in view
        return "save"
    if "wardrobe" in cues and FROM_WARDROBE.search(text) and not REMOVE.search(text):
        return "pack" if "pack" in cues else "wardrobe_outfit"  # "pack for 3 days from my wardrobe"
    if "wardrobe" in cues and REMOVE.search(text):  # "remove it from my wardrobe", "3번 옷장에서 빼줘"
        return "unwardrobe"
    for intent in ("forget", "settings", "clear", "restart", "save", "wardrobe"):
        if intent in cues:
            return intent
    if "back" in cues and not (u.category or u.has_filters or u.ref is not None):
        return "back"  # "go back", "이전으로": the answer before the one in view
    said = u.colour or u.style or u.occasion or u.min_price is not None or u.max_price is not None
    if u.category and not (said or u.ref is not None) and _SHOWN_BEFORE.search(text):
        return "back"  # "아까 그 셔츠 다시 보여줘", "the shirt you showed me earlier": the answer that had it
    if "help" in cues and not (u.category or u.has_filters or cues & {"outfit", "similar", "cheaper"}):
        return "help"  # not "can you help me find a dress?"
    if (
        u.colour
        and u.occasion
        and not (u.other_colour or u.pointing or u.ref is not None)
        and (ASKS_OK.search(text) or not colour_fits(u.colour, u.occasion, u.category))
    ):  # "can I wear white to a wedding?", "장례식에 네이비 괜찮아?"; "a red dress for a funeral": better not
        return "etiquette"
    if u.colour and u.gender and not (u.occasion or u.category or u.pointing) and ANYONE_WEARS.search(text):
        return "etiquette"  # "can men wear pink?": of course, and such pieces for them
    if u.tone == "accent" and u.colour and not (u.category or u.pronoun or u.ref is not None) and "?" in text:
        cues.add("colours")  # "is beige boring?", "is grey too dull?": what brings the colour to life
    if "colours" in cues and u.colour and not u.category:
        return "outfit"  # "which colours go with red?", "빨간색엔 무슨 색이 어울려?": colours for it
    named = {m.label for m in matches if m.kind == "category" and not m.negated}
    two = len(named) > 1  # two garments: "빨간 니트랑 초록 바지 어때?"
    if (
        u.other_colour
        and (two or not u.category)
        and (
            cues & {"verdict", "pairs", "colours", "together"}
            or ((two or not u.category) and GOES_WITH.search(text))  # "does olive go with navy?"
            or ((two or not u.category) and ASKS_OK.search(text))  # "is navy and brown ok?"
        )
    ):
        return "colour_pair"  # "is navy and black ok together?", "빨간 니트랑 초록 바지 어때?"
    if "warmth" in cues:  # "is this warm enough for -5?": a verdict on the weather
        cues.add("verdict")
    pairing = "pairs" in cues or ("verdict" in cues and u.about_focus)  # "이거 청바지랑 어울려?"
    # "어떤 게 제일 잘 어울려?": which of those shown, not whether the one in view goes
    which = "pick" in cues and not (u.pronoun or u.pointing)
    numbered = u.ref is not None and not u.category and ("verdict" in cues or ASKS_OK.search(text))
    if numbered and not u.wanted and "why" not in cues:  # "is #2 ok for a wedding?", "2번은 어때?"
        return "verdict"
    if (
        ("verdict" in cues or pairing)
        and not (u.wanted or u.ref is not None or which)
        and not (u.build and not (u.pronoun or u.pointing))  # "how do I look taller?": the build's advice
        and bool(u.category) == pairing
    ):
        return "verdict"  # "is this good for a funeral?", "does this go with black jeans?"
    named = u.category and (u.occasion or u.style or u.season) and not (u.pronoun or u.pointing)
    named = named and not u.wanted  # wedding?", "is a t-shirt warm enough for winter?": that kind judged
    too = TOO.search(text) and QUESTION.search(text)  # "is a (black) dress too much for a date?"
    if named and u.ref is None and (ASKS_OK.search(text) and not u.colour or "warmth" in cues or too):
        return "verdict"  # "can I wear jeans to a wedding?" (in a colour: its etiquette first)
    if judges_fabric(u) and (ASKS_OK.search(text) or cues & {"verdict", "warmth"}):  # "is linen ok for
        return "verdict"  # a wedding?", "is wool too warm for summer?": the fabric judged
    if "pick" in cues and not (u.category or u.ref is not None or u.has_filters):  # "which would you pick?"
        return "outfit" if "outfit" in cues or CLOTHES.search(text) else "pick"  # "옷 좀 골라줘": a look
    asked = _FABRIC_ASKED.search(text)  # "is #1 cotton?" (not "#2 in cotton", "linen ones": a filter)
    among = "among" in cues  # "are any of these leather?", "이 중에 가죽 있어?": of each in view
    this = u.ref is not None or u.pronoun or u.language == "ko" or among  # "울 100%야?": of the one in view
    bare = not (u.category or u.colour or u.style or u.occasion or u.season or cues - {"shop_info", "among"})
    if u.material and this and bare and (asked or among):
        return "fabric"  # its fabric: what its name says, else the shop's listing
    if _FABRIC_WHAT.search(text) and not u.category:  # "what's it made of?", "이거 소재 뭐야?"
        return "fabric"
    if "celebrity" in cues and not (u.category or u.has_filters or u.ref is not None):  # "like what IU
        return "celebrity"  # wears", "아이돌처럼 입고 싶어": their photo, or the style, asked for
    if "shop_info" in cues and not (u.category or u.has_filters):  # "is it in stock?", "배송 얼마나 걸려?"
        return "shop_info"
    priced = u.min_price is not None or u.max_price is not None
    if u.uncarried and not u.category and u.ref is None:  # "넥타이 추천", "a watch for my dad"
        return "uncarried"
    if "pricier" in cues and u.ref is None and not u.category:  # "더 비싼 거", "something more expensive"
        return "pricier"
    if "cheaper" in cues and not priced:
        return "cheaper"
    if "look_price" in cues and not (priced or u.category):  # "what's the total?": the look's price
        return "cheaper"
    if "similar" in cues:
        return "similar"
    refining = u.category or u.has_filters or u.ref is not None or u.pointing or cues & {"recolour"}
    if "complaint" in cues and (not refining or (u.gender and not (u.category or u.ref or u.colour))):
        return "complaint"  # "this bot is useless", "why do you keep showing me men's clothes?"
    if "smaller" in cues and not (u.category or u.ref):  # "더 작은 걸로": of the kind in view
        return "refine"
    if cues & {"weather_q", "how_pick"} and "outfit" not in cues and not (u.category or u.ref):
        return "weather" if "weather_q" in cues else "how_pick"  # "what's the weather?", "how do you pick?"
    among = "trends" in cues and "which_brand" not in cues and _AMONG.search(text)
    if among and not (u.category or u.occasion or u.style or u.colour):
        return "pick"  # "which one is the best seller?": the stylist's pick of those shown, no sales data
    said = cues & {"trends", "body", "length"}
    said = said - {"body", "length"} if u.build is not None else said  # "I'm petite", "legs look longer"
    if said == {"trends"} and ("outfit" in cues or u.gender or u.build) and not u.category:
        return "outfit"  # "요즘 유행하는 남자 겨울 코디": a classic look, trends not known (said)
    if said and not (u.category or u.occasion or u.style or u.colour):
        return min(said)  # "what's trending?", "I'm tall and skinny": what it cannot know, said plainly
    worn = {m.term for m in matches if m.kind == "cue" and m.label == "outfit"}
    if u.category and (worn == {"입을"} or (worn == {"룩"} and u.occasion and not u.pointing)):
        # "휴가 때 입을 원피스 찾아줘", "하객룩 원피스 추천해줘": a kind to wear for it, searched
        cues = cues - {"outfit"}
    if "bought" in cues and not u.category:  # "I bought #2", "이거 샀어": how to wear it
        cues.add("outfit")
    if "outfit" in cues or u.wanted:  # "an outfit for #3", "두 번째 거랑 어울리는 신발"
        return "outfit"
    described = cues & {"describe", "which_brand"} or _COLOUR_OF.search(text) or _SHOWN_REF.search(text)
    described = described or _BIGGER.search(text)  # "#12 bigger": its picture
    if u.ref is not None and described and not u.has_filters:  # about that one
        return "photo"
    if u.ref is not None:  # "#2", "#4 in black", "2번 검은색으로": more like that one (in black)
        return "similar"
    # "이 코트 색 뭐야?", "what colour is the skirt?": the garment in view's colour, as read
    asked_colour = _COLOUR_OF.search(text) or _COLOUR_OF_KO.search(text)
    # "what brand is the coat?", "가방은 어디 거야?": the photo's (not "which brand of sneakers?")
    brand = "which_brand" in cues and not _BRANDS_OF.search(text)
    if (asked_colour or brand) and u.category and not (u.colour or u.style or u.occasion or u.max_price):
        return "photo"
    only_kind = not (u.colour or u.style or u.occasion or u.gender or u.season or u.min_price or u.max_price)
    shown = _BIGGER.search(text)  # "show me the dress bigger": its picture (not "bigger bags": big ones)
    big = shown and any(m.kind == "category" and m.end <= shown.start() for m in matches)
    if u.category and only_kind and big:
        return "photo"
    bigger = shown and _PICTURES.search(text) or _TOO_SMALL.search(text)
    if not u.category and only_kind and u.ref is None and bigger:
        return "pictures"  # "show me bigger pictures", "사진 크게 보여줘": each product in view, bigger
    if "liked" in cues and only_kind and not (u.ref is not None or cues & {"outfit", "similar"}):
        return "liked"  # "I love it", "이 자켓 마음에 들어": the one in view (a kind named, searched if none)
    if u.category is not None:
        if (
            cues & {"instead", "only", "another", "recolour"}
            or not cues & {"show", "recommend"}
            and asks_about(text, matches)
        ):
            return "refine"  # "shoes only", "other shoes", "shoes?": the answer in view, narrowed
        return "search"
    if (
        u.has_filters
        or u.dropped
        or u.another
        or u.not_ref is not None
        or cues & {"instead", "recolour", "self", "gift", "budget"}  # "선물 추천": gift ideas
    ):
        return "refine"
    if cues & {"describe", "which_brand", "my_photo"}:  # "what colour is it?": the photo's answer again
        return "photo"
    if cues & {"thanks", "farewell", "nevermind", "ack"}:  # "bye", "never mind", "ok": answered in kind
        return "thanks"
    if "greeting" in cues:
        return "greeting"
    return "unknown"
