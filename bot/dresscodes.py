"""What an invitation's dress code means (`vocabulary.DRESS_CODES`), in English and Korean, said
before the outfit for it."""

from __future__ import annotations

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
