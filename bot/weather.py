"""What to wear by the day's temperature, in words (`vocabulary.TEMPERATURE_BANDS`: the bands Korean
weather guides dress by), said before the outfit that follows it."""

from __future__ import annotations

from typing import Any

from .texts import bilingual

# fmt: off
BANDS: tuple[tuple[str, str], ...] = (  # per band, coldest first: (English, Korean)
    ("a padded jacket or a thick coat, a warm knit, a scarf", "패딩이나 두꺼운 코트, 기모 니트, 목도리"),
    ("a coat or a leather jacket over a knit, warm trousers", "코트나 가죽 자켓에 니트, 따뜻한 바지"),
    ("a trench coat or a jacket over a knit, jeans", "트렌치코트나 자켓에 니트, 청바지"),
    (
        "a light jacket or a cardigan over long sleeves, jeans or chinos",
        "얇은 자켓이나 가디건에 긴팔, 청바지나 면바지",
    ),
    ("a thin knit or a sweatshirt, jeans", "얇은 니트나 맨투맨, 청바지"),
    ("long sleeves or a thin cardigan, chinos or jeans", "긴팔이나 얇은 가디건, 면바지나 청바지"),
    ("short sleeves or a thin shirt, light trousers", "반팔이나 얇은 셔츠, 가벼운 바지"),
    ("short sleeves or sleeveless, shorts, sandals", "반팔이나 민소매, 반바지, 샌들"),
)
SAID = ("At {degrees}°C: {what}. Here's a look:", "{degrees}도엔 {what}이(가) 좋아요. 이렇게 입어 보세요:")
# fmt: on


def temperature_text(values: dict[str, Any], language: str) -> str:
    """'At 12°C: a light jacket or a cardigan over long sleeves, jeans or chinos. Here's a look:'"""
    english, korean = BANDS[int(values["band"])]
    degrees: object = int(values["degrees"])
    if language == "ko" and int(values["degrees"]) < 0:  # "영하 3도엔 …"
        degrees = f"영하 {-int(values['degrees'])}"
    return bilingual(SAID, language, degrees=degrees, what=korean if language == "ko" else english)
