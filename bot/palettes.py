"""Personal colour in words, English and Korean: which colours suit a seasonal type and which to keep
away from the face (`vocabulary.PALETTES`), and which bring out an eye or hair colour and why
(`vocabulary.FEATURES`)."""

from __future__ import annotations

from typing import Any

from vocabulary import COLOURS, FEATURES, PALETTES, display_name

from .texts import bilingual

# fmt: off
CHARACTER: dict[str, tuple[str, str]] = {  # what the type's colours are like
    "spring_warm": ("light, clear, warm colours", "밝고 맑은 웜 컬러"),
    "summer_cool": ("soft, light, cool colours", "부드럽고 밝은 쿨 컬러"),
    "autumn_warm": ("deep, muted, warm colours", "깊고 차분한 웜 컬러"),
    "winter_cool": ("vivid, cool colours and sharp contrast", "선명하고 차가운 색과 또렷한 대비"),
}
WHY: dict[str, tuple[str, str]] = {  # why those colours bring the feature out
    "blue_eyes": (
        "warm copper tones, opposite blue, make them brighter, and navy echoes them",
        "반대색인 브라운·오렌지가 눈빛을 또렷하게, 네이비가 눈 색을 살려 줘요",
    ),
    "green_eyes": (
        "plum and wine, opposite green, make them glow",
        "초록의 반대색인 플럼·와인 계열이 눈을 돋보이게 해요",
    ),
    "brown_eyes": (
        "almost anything works, and blues and greens bring out their warmth",
        "거의 모든 색이 어울리고, 블루와 그린이 따뜻한 눈빛을 살려 줘요",
    ),
    "hazel_eyes": (
        "olive and plum pick out the green and gold in them",
        "올리브와 플럼이 눈의 초록빛과 금빛을 살려 줘요",
    ),
    "grey_eyes": (
        "cool, deep colours keep them clear",
        "차갑고 깊은 색이 눈을 맑아 보이게 해요",
    ),
    "red_hair": (
        "greens and blues, opposite red, make it glow, and cream and camel sit softly with it",
        "빨강의 반대색인 그린·블루가 머리색을 살리고, 크림과 카멜이 부드럽게 어울려요",
    ),
    "blonde_hair": (
        "soft blues and rose set it off",
        "부드러운 블루와 로즈가 머리색을 돋보이게 해요",
    ),
    "black_hair": (
        "contrast suits it: crisp white, jewel tones and red",
        "또렷한 대비가 어울려요: 깨끗한 화이트, 선명한 보석 색, 레드",
    ),
    "brown_hair": (
        "rich, warm colours like olive and wine deepen it",
        "올리브, 와인 같은 깊고 따뜻한 색이 머리색을 풍성하게 해요",
    ),
    "grey_hair": (
        "clear, cool colours make it look silver, not faded",
        "맑고 차가운 색이 머리를 은빛으로 보이게 해요",
    ),
}
WORDS: dict[str, tuple[str, str]] = {
    "suits": ("{name} suits {character}: {colours}.", "{name}에는 {character}가 잘 어울려요: {colours}."),
    "avoid": (
        "Keep {colours} away from your face — on trousers, shoes or a bag they're fine.",
        "{colours}은(는) 얼굴 가까이보다 하의, 신발, 가방에 쓰세요.",
    ),
    "yes": (
        "Yes — {colour} is one of {name}'s colours.",
        "네, {colour}은(는) {name}에 잘 어울리는 색이에요.",
    ),
    "no": (
        "Not near your face: {colour} is one a {name} keeps away from it — as trousers, shoes or a bag "
        "it's fine.",
        "얼굴 가까이는 아쉬워요. {colour}은(는) {name}에 잘 안 받는 색이라, 하의나 신발, 가방으로 쓰세요.",
    ),
    "neutral": (
        "It can work: {colour} is neither {name}'s best nor its worst.",
        "무난해요. {colour}은(는) {name}에 가장 잘 맞는 색도, 피할 색도 아니에요.",
    ),
    "feature": ("{colours} bring out {name} — {why}.", "{name}에는 {colours}이(가) 잘 받아요 — {why}."),
    "feature_avoid": (
        "{colours} fight {name} near your face — on trousers, shoes or a bag they're fine.",
        "{colours}은(는) 얼굴 가까이보다 하의, 신발, 가방에 쓰세요.",
    ),
    "feature_yes": ("Yes — {colour} brings out {name}.", "네, {colour}은(는) {name}을(를) 살려 줘요."),
    "feature_no": (
        "Not near your face: {colour} fights {name} — as trousers, shoes or a bag it's fine.",
        "얼굴 가까이는 아쉬워요. {colour}은(는) {name}과(와) 부딪혀서, 하의나 신발, 가방으로 쓰세요.",
    ),
    "feature_neutral": (
        "It can work: {colour} neither brings out {name} nor fights it.",
        "무난해요. {colour}은(는) {name}을(를) 살리지도, 해치지도 않아요.",
    ),
    "feature_try": (
        "Try “sweaters for {name}”, or send a photo and ask whether it suits them.",
        "“{name}에 어울리는 니트”처럼 찾아보거나, 사진을 보내 어울리는지 물어보세요.",
    ),
    "known": ("You told me you're a {name}.", "{name}이라고 하셨죠."),
    "which": (
        "Tell me your personal colour and I'll keep to it — “I'm a summer cool”, “저 봄웜이에요”: spring "
        "warm, summer cool, autumn warm or winter cool. Without it, send a photo and I'll say which "
        "colours go with the piece.",
        "퍼스널 컬러를 알려 주시면 맞춰 드릴게요 — “저 여쿨이에요”, “봄웜이에요”처럼 봄 웜톤, 여름 쿨톤, "
        "가을 웜톤, 겨울 쿨톤 중에서요. 모르시면 옷 사진을 보내 주세요. 어울리는 색을 알려 드릴게요.",
    ),
    "kept": (
        "I'll show your colours first when you search; say another type any time to change it.",
        "앞으로 검색하실 때 이 색을 먼저 보여 드릴게요. 다른 타입을 말씀하시면 바꿔 드려요.",
    ),
    "try": (
        "Try “{name} sweaters” or send a photo to check a piece.",
        "“{name} 니트”처럼 찾아보거나 사진을 보내 확인해 보세요.",
    ),
}
# fmt: on


def _word(key: str, language: str, **values: str) -> str:
    return bilingual(WORDS[key], language, **values)


def _colour_list(colours: tuple[str, ...], language: str) -> str:
    names = [display_name(COLOURS, c, language) for c in colours]
    if language == "ko" or len(names) < 2:
        return ", ".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def feature_name(key: str, language: str) -> str:
    """'blue eyes', '파란 눈'."""
    return FEATURES[key].korean if language == "ko" else FEATURES[key].english


def feature_text(values: dict[str, Any], language: str) -> str:
    """'Orange, brown, navy … bring out blue eyes — warm copper tones … make them brighter.'"""
    key, feature = values["palette"], FEATURES[values["palette"]]
    name = feature_name(key, language)
    lines = []
    if values.get("colour"):  # "is this good for my blue eyes?": the garment in view first
        colour = display_name(COLOURS, values["colour"], language)
        lines.append(_word(f"feature_{values['fits']}", language, colour=colour, name=name))
    why, suits = WHY[key][1 if language == "ko" else 0], _colour_list(feature.suits, language)
    lines.append(_word("feature", language, name=name, colours=suits[:1].upper() + suits[1:], why=why))
    if feature.avoid:
        avoid = _colour_list(feature.avoid, language)
        lines.append(_word("feature_avoid", language, name=name, colours=avoid[:1].upper() + avoid[1:]))
    return "\n".join([*lines, _word("feature_try", language, name=name)])


def palette_text(values: dict[str, Any], language: str) -> str:
    """'Summer cool suits soft, light, cool colours: blue, purple … Keep orange … away from your face.'"""
    key = values["palette"]
    if key in FEATURES:
        return feature_text(values, language)
    palette = PALETTES[key]
    name = palette.korean if language == "ko" else palette.english
    character = CHARACTER[key][1 if language == "ko" else 0]
    verdict = [_word("known", language, name=name)] if values.get("known") else []
    if values.get("colour"):  # "이거 여쿨한테 어울려?": the garment in view first
        colour = display_name(COLOURS, values["colour"], language)
        verdict += [_word(values["fits"], language, colour=colour, name=name)]
    lines = verdict + [
        _word("suits", language, name=name[:1].upper() + name[1:], character=character,
              colours=_colour_list(palette.suits, language)),
        _word("avoid", language, colours=_colour_list(palette.avoid, language)),
        _word("kept" if values.get("kept") else "try", language, name=name),
    ]  # fmt: skip
    return "\n".join(lines)


def which_palette_text(language: str) -> str:
    """'What colours suit me?' from one who never said their type: which types there are."""
    return _word("which", language)
