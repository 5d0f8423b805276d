"""What an invitation's dress code means (`vocabulary.DRESS_CODES`), in English and Korean, said
before the outfit for it; and whether a colour suits an occasion by its etiquette
(`vocabulary.COLOUR_RULES`: "can I wear white to a wedding?")."""

from __future__ import annotations

from typing import Any

from vocabulary import COLOUR_RULES, COLOURS, display_name

from .labels import OCCASION_NAMES
from .texts import bilingual

# fmt: off
MEANINGS: dict[str, tuple[str, str]] = {
    "black_tie": (
        "Black tie: a dinner jacket (a tuxedo) with a bow tie and polished black shoes for men; a long "
        "or elegant evening dress for women — dark, plain and sleek. Here's the closest look I have:",
        "블랙 타이: 남성은 턱시도에 보타이, 광택 있는 검은 구두, 여성은 롱 드레스나 우아한 이브닝 "
        "드레스예요. 어둡고 단정하게 입으면 돼요. 가장 가까운 코디예요:",
    ),
    "cocktail": (
        "Cocktail: a knee-length dress or dressy separates for women; a dark suit for men, a tie "
        "optional — festive, but not a gown. Here's a look:",
        "칵테일: 여성은 무릎길이 원피스나 단정하게 차려입은 상하의, 남성은 어두운 정장(넥타이는 선택)이에요. "
        "화사하되 롱 드레스까지는 아니에요. 이렇게 입어 보세요:",
    ),
    "smart": (
        "Smart casual: chinos or tailored trousers with a shirt, a blouse or a fine knit, and loafers or "
        "clean leather shoes — no track pants, flip flops or big logos. Here's a look:",
        "스마트 캐주얼: 면바지나 슬랙스에 셔츠, 블라우스, 얇은 니트, 로퍼나 깔끔한 가죽 신발이에요. "
        "트레이닝 바지, 슬리퍼, 큰 로고는 피하세요. 이렇게 입어 보세요:",
    ),
    "office": (
        "Business formal: a suit with a shirt (and a tie for men), or a tailored dress, and leather "
        "shoes, in dark or neutral colours. Here's a look:",
        "비즈니스 포멀: 정장에 셔츠(남성은 넥타이까지)나 단정한 원피스, 가죽 구두를 어둡거나 차분한 색으로 "
        "입어요. 이렇게 입어 보세요:",
    ),
    "funeral": (
        "A funeral: black, navy or dark grey, plain — no prints, shine or bright accessories; a dark suit "
        "or a simple dark dress, black shoes. Here's a look:",
        "장례식: 검정, 네이비, 짙은 회색의 무늬 없는 옷이에요. 광택이나 화려한 액세서리는 피하고, 어두운 "
        "정장이나 단정한 원피스에 검은 구두를 신으세요. 이렇게 입어 보세요:",
    ),
    "wedding": (
        "A wedding guest: dressy, in any colour but white (the bride's) — a suit, or a smart dress or "
        "blouse and skirt; no jeans or trainers. Here's a look:",
        "결혼식 하객: 흰색(신부의 색)만 피해서 차려입으면 돼요. 정장이나 단정한 원피스, 블라우스와 "
        "스커트가 좋고, 청바지와 운동화는 피하세요. 이렇게 입어 보세요:",
    ),
    "beach_wedding": (
        "A beach wedding: light and breathable — linen or cotton in soft colours (beige, light blue, "
        "pastels), a shirt and chinos for men (no tie needed), a light flowing dress for women; loafers, "
        "sandals or flats, since heels sink in the sand; no white, and no black. Here's a look:",
        "해변 결혼식: 가볍고 시원하게 — 베이지, 연한 하늘색, 파스텔 톤의 린넨이나 면이 좋아요. 남성은 셔츠에 "
        "면바지(넥타이는 없어도 돼요), 여성은 가볍게 흐르는 원피스, 신발은 로퍼나 샌들, 플랫슈즈예요. 힐은 "
        "모래에 빠져요. 흰색과 검정은 피하세요. 이렇게 입어 보세요:",
    ),
    "interview": (
        "An interview: a notch above the company's everyday — a suit, or tailored trousers with a shirt "
        "or blouse, plain and dark or neutral, leather shoes. Here's a look:",
        "면접: 그 회사 평소 복장보다 한 단계 단정하게, 정장이나 슬랙스에 셔츠나 블라우스를 무늬 없이 "
        "어둡거나 차분한 색으로, 가죽 구두와 함께 입으세요. 이렇게 입어 보세요:",
    ),
}
# fmt: on


def dress_code_text(code: str, language: str) -> str:
    return bilingual(MEANINGS[code], language)


# fmt: off
ETIQUETTE: dict[str, tuple[str, str]] = {
    "anyone": (  # "can men wear pink?": no occasion, only who
        "Of course — {colour} is anyone's to wear; with navy, grey, white or denim it looks easy. Some "
        "{colour} pieces {who}:",
        "물론이에요. {colour}은(는) 누구나 입을 수 있어요. 네이비, 그레이, 화이트, 데님과 함께면 "
        "자연스러워요. {who} {colour} 아이템이에요:",
    ),
    "fine": ("Yes — {colour} is fine for {occasion}.", "네, {occasion}에 {colour}도 괜찮아요."),
    "spared": (
        "Yes — a {colour} shirt under a jacket is fine for {occasion}; it's a whole {colour} look that "
        "isn't.",
        "네, {occasion}에도 재킷 안의 {colour} 셔츠는 괜찮아요. 전체를 {colour}으로 입는 것만 피하세요.",
    ),
    "bride": (
        "Better not: white is the bride's colour, so guests leave it to her — a white shirt under a "
        "jacket is fine, a white dress or an all-white look is not. {Instead} suit a guest; some that "
        "would:",
        "피하는 게 좋아요. 흰색은 신부의 색이라 하객은 입지 않아요. 재킷 안의 흰 셔츠는 괜찮지만 흰 "
        "원피스나 올화이트는 피하세요. {instead} 계열이 하객룩으로 좋아요. 이런 건 어때요:",
    ),
    "beach_wedding": (
        "Better not: {colour} stands out at a beach wedding — white is the bride's, and black reads heavy "
        "in the sun. Light {instead} suit a guest (a white linen shirt is fine); some that would:",
        "피하는 게 좋아요. 해변 결혼식에서 흰색은 신부의 색이고, 검정은 햇빛 아래 무거워 보여요. "
        "{instead}처럼 밝은 색이 하객룩으로 좋아요(흰 린넨 셔츠는 괜찮아요). 이런 건 어때요:",
    ),
    "mourning": (
        "Better not: a funeral asks for black, navy or dark grey, plain — {colour} would stand out. "
        "Some that would suit:",
        "피하는 게 좋아요. 장례식에는 검정, 네이비, 짙은 회색의 무늬 없는 옷을 입어요. {colour}은(는) "
        "눈에 띄어요. 이런 건 어때요:",
    ),
    "calm": (
        "Better keep {colour} small: an interview reads best in calm colours — {instead}; {colour} in "
        "a tie or a scarf is fine. Some in calmer colours:",
        "{colour}은(는) 작게 쓰는 게 좋아요. 면접에는 {instead}처럼 차분한 색이 신뢰감을 줘요. 넥타이나 "
        "스카프 정도의 {colour}은(는) 괜찮아요. 차분한 색으로는 이런 게 있어요:",
    ),
    "neat": (
        "Better in calmer colours: meeting the family reads best neat and soft — {instead}; a bright "
        "{colour} can feel loud. Some that would suit:",
        "차분한 색이 좋아요. 상견례에는 {instead}처럼 단정하고 부드러운 색이 좋고, 밝은 {colour}은(는) "
        "튈 수 있어요. 이런 건 어때요:",
    ),
}
# fmt: on


# fmt: off
# "What colours should I wear to a funeral?": its colours by its etiquette's reason, before its look
OCCASION_COLOURS: dict[str, tuple[str, str]] = {
    "bride": (
        "For {occasion}, any colour but white, the bride's — {colours} suit a guest well. Here's a look:",
        "{occasion}에는 신부의 색인 흰색만 피하면 돼요. {colours} 계열이 하객룩으로 좋아요. 이렇게 입어 "
        "보세요:",
    ),
    "mourning": (
        "For a funeral: black, navy or dark grey, plain, with nothing bright or shiny. Here's a look:",
        "장례식에는 검정, 네이비, 짙은 회색의 무늬 없는 옷을 입고, 밝거나 광택 있는 건 피하세요. 이렇게 입어 "
        "보세요:",
    ),
    "calm": (
        "For {occasion}: calm colours — {colours}; keep brights to a tie or a scarf. Here's a look:",
        "{occasion}에는 {colours}처럼 차분한 색이 좋아요. 밝은 색은 넥타이나 스카프 정도로만 쓰세요. "
        "이렇게 입어 보세요:",
    ),
    "neat": (
        "For {occasion}: soft, neat colours — {colours}. Here's a look:",
        "{occasion}에는 {colours}처럼 부드럽고 단정한 색이 좋아요. 이렇게 입어 보세요:",
    ),
    "beach_wedding": (
        "For a beach wedding: light colours — {colours}; skip white (the bride's) and black, heavy in the "
        "sun. Here's a look:",
        "해변 결혼식에는 {colours}처럼 밝은 색이 좋아요. 흰색(신부의 색)과 햇빛 아래 무거워 보이는 검정은 "
        "피하세요. 이렇게 입어 보세요:",
    ),
}
# fmt: on


def occasion_colours_text(values: dict[str, Any], colours: str, language: str) -> str:
    """The colours an occasion's etiquette keeps to (`colours`: already named as a choice)."""
    occasion = OCCASION_NAMES[values["occasion"]][1 if language == "ko" else 0]
    return bilingual(OCCASION_COLOURS[values["reason"]], language, occasion=occasion, colours=colours)


def etiquette_text(values: dict[str, Any], language: str) -> str:
    """Whether a colour suits an occasion: yes, yes for a shirt, or why not and what suits it."""
    ko = language == "ko"
    colour = display_name(COLOURS, values["colour"], language).split(" / ")[0]
    if not values.get("occasion"):  # "can men wear pink?": who, not where
        who = {"men": ("for men", "남성용"), "women": ("for women", "여성용")}.get(values.get("gender") or "")
        return bilingual(ETIQUETTE["anyone"], language, colour=colour, who=(who or ("", ""))[1 if ko else 0])
    names = OCCASION_NAMES.get(values["occasion"], (values["occasion"], values["occasion"]))
    rule = COLOUR_RULES.get(values["occasion"])
    if values["fine"]:
        key = "spared" if rule is not None and values["colour"] in rule.avoid else "fine"
        return bilingual(ETIQUETTE[key], language, colour=colour, occasion=names[1 if ko else 0])
    assert rule is not None  # only an occasion's rule says no
    instead = [display_name(COLOURS, c, language).split(" / ")[0] for c in rule.instead]
    joined = ", ".join(instead) if ko else ", ".join(instead[:-1]) + " or " + instead[-1]
    said = ETIQUETTE[rule.reason]
    return bilingual(said, language, colour=colour, instead=joined, Instead=joined[:1].upper() + joined[1:])
