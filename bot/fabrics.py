"""A fabric judged in words ("is linen ok for a wedding?", "is wool too warm for summer?", "린넨
결혼식에 괜찮아?"): yes for the season and occasion asked (or the look's in view), else why not and
which fabrics would do (`vocabulary.fabric_fits`), with what each fabric is like."""

from __future__ import annotations

from typing import Any

from vocabulary import MATERIALS, USAGES, display_name

from .labels import OCCASION_NAMES
from .texts import bilingual, t

# fmt: off
NOTES: dict[str, tuple[str, str]] = {
    "linen": (
        "it breathes and dries fast, and its creases read relaxed — a sharp cut keeps it smart",
        "통기성이 좋고 빨리 마르며, 구김이 자연스러워 보여요. 핏이 깔끔하면 단정해 보여요",
    ),
    "cotton": (
        "easy all year — crisp poplin or oxford dresses up, jersey and twill stay casual",
        "사계절 무난해요. 포플린이나 옥스퍼드는 단정하게, 저지나 트윌은 캐주얼하게 입어요",
    ),
    "silk": (
        "light and cool, with a sheen that dresses a look up",
        "가볍고 시원하며, 광택이 있어 차려입은 느낌을 줘요",
    ),
    "synthetic": (
        "easy to care for, but it breathes less than cotton or linen in the heat",
        "관리는 쉽지만 더울 때는 면이나 린넨보다 덜 시원해요",
    ),
    "denim": (
        "casual at heart — right for most days, not for a suit's occasions",
        "기본적으로 캐주얼해서 평소엔 좋지만 정장을 입는 자리에는 맞지 않아요",
    ),
    "wool": (
        "warm and breathable; a fine wool suit is worn into spring",
        "따뜻하고 통기성이 좋아요. 얇은 울 수트는 봄까지 입어요",
    ),
    "cashmere": ("soft and warm without bulk", "부피감 없이 부드럽고 따뜻해요"),
    "leather": (
        "a leather jacket is for spring and autumn; leather shoes and belts go all year",
        "가죽 재킷은 봄가을에, 가죽 구두와 벨트는 사계절 좋아요",
    ),
    "suede": ("soft and matt — keep it out of the rain", "부드럽고 무광이에요. 비 오는 날은 피하세요"),
    "down": (
        "the warmest for cold days, and casual by nature — a wool coat goes over a suit",
        "추운 날 가장 따뜻하지만 캐주얼해서, 정장 위에는 울 코트가 어울려요",
    ),
    "fleece": ("warm and light, for outdoors and easy days", "가볍고 따뜻해서 아웃도어나 편한 날에 좋아요"),
}
SAID: dict[str, tuple[str, str]] = {
    "yes": (
        "Yes — {fabric} is right for {target}: {note}.",
        "네, {fabric}은(는) {target}에 잘 맞아요. {note}.",
    ),
    "about": ("{Fabric}: {note}.", "{fabric}: {note}."),
    "season_summer": (
        "Not really: {fabric} is too warm for summer — {instead} would be cooler.",
        "별로예요. {fabric}은(는) 여름에는 더워요. {instead}이(가) 더 시원해요.",
    ),
    "season_winter": (
        "Not really: {fabric} is too light for winter — {instead} would be warmer.",
        "별로예요. {fabric}은(는) 겨울에는 얇아요. {instead}이(가) 더 따뜻해요.",
    ),
    "season_mild": (
        "Not really: {fabric} is for winter's cold — for spring and autumn, {instead}.",
        "별로예요. {fabric}은(는) 한겨울용이에요. 봄·가을에는 {instead}이(가) 좋아요.",
    ),
    "style_sports": (
        "Not really: {fabric} isn't made for sport — {instead} would do.",
        "별로예요. {fabric}은(는) 운동용 소재가 아니에요. {instead}이(가) 좋아요.",
    ),
    "style": (
        "Not really: {fabric} reads {its} for {target} — {instead} would suit it.",
        "별로예요. {fabric}은(는) {target}에는 {its}해 보여요. {instead}이(가) 어울려요.",
    ),
}
# fmt: on


def fabric_verdict_text(values: dict[str, Any], language: str) -> str:
    """'Is linen ok for a wedding?' answered: yes with what the fabric is like, or why not and what
    would do instead; what it is like alone when neither a season nor an occasion is known."""
    ko = language == "ko"
    material, off = values["material"], values.get("off")
    fabric = display_name(MATERIALS, material, language)
    occasion, season, style = values.get("occasion"), values.get("season"), values.get("style")
    if occasion in OCCASION_NAMES and season:  # "a wedding in summer", "여름 결혼식"
        when = t(f"target_{season}", language)
        named = OCCASION_NAMES[occasion]
        target = f"{when} {named[1]}" if ko else f"{named[0]} in {when}"
    elif occasion in OCCASION_NAMES:
        target = OCCASION_NAMES[occasion][1 if ko else 0]
    elif season:
        target = t(f"target_{season}", language)
    else:
        target = t("style_look", language, style=display_name(USAGES, style or "", language))
    names = [display_name(MATERIALS, m, language) for m in values.get("instead", ())]
    instead = " 또는 ".join(names) if ko else " or ".join(names)
    note = bilingual(NOTES[material], language)
    its = display_name(USAGES, "casual" if style in ("formal", "party") else "formal", language)
    key = "yes" if off is None and (occasion or season or style) else "about" if off is None else off
    key = f"season_{season}" if key == "season" else key
    key = "style_sports" if key == "style" and style == "sports" else key  # "is linen ok for hiking?"
    return bilingual(
        SAID[key], language, fabric=fabric, Fabric=fabric.capitalize(), target=target, note=note,
        instead=instead, its=its,
    )  # fmt: skip
