"""The user's taste in words: the style and colours their saved pieces and favourites lean to, what
their wardrobe has nothing for yet, and a colour to add (`application.taste`)."""

from __future__ import annotations

from typing import Any

from vocabulary import CATEGORY_NAMES, COLOURS, USAGES, display_name

from .texts import bilingual, t

# fmt: off
WORDS: dict[str, tuple[str, str]] = {
    "style": (
        "Your style leans {style} ({count} of {total} pieces you saved or kept), in {colours}.",
        "저장하고 찜하신 {total}개 중 {count}개가 {style} 스타일이고, {colours} 색이 많아요.",
    ),
    "neutral": ("Mostly neutrals: easy to match, and calm.", "대부분 기본색이라 매치하기 쉽고 차분해요."),
    "colourful": (
        "Plenty of colour: neutrals will let it shine.",
        "색이 다양해서 기본색과 함께 입으면 더 살아나요.",
    ),
    "add": (
        "A piece in {colour} would go with what you have.",
        "{colour} 아이템 하나를 더하면 가진 옷과 잘 어울릴 거예요.",
    ),
    "missing": (
        "Your wardrobe has no {slots} yet — save one (➕) and I'll style whole outfits from it.",
        "옷장에 아직 {slots}이(가) 없어요. 저장(➕)해 주시면 옷장 옷으로 코디해 드릴게요.",
    ),
    "next_missing": (
        "Your wardrobe has no {slot} yet — these go with your {colours} pieces:",
        "옷장에 아직 {slot}이(가) 없어요. 가지고 계신 {colours} 옷과 어울리는 것들이에요:",
    ),
    "next_fewest": (
        "Your wardrobe has the fewest {slot} — these go with your {colours} pieces:",
        "옷장에 {slot}이(가) 가장 적어요. 가지고 계신 {colours} 옷과 어울리는 것들이에요:",
    ),
    "goes_with": (
        "It goes with {count} of the {total} pieces in your wardrobe: {pieces}.",
        "옷장의 {total}벌 중 {count}벌과 잘 어울려요: {pieces}.",
    ),
    "goes_with_none": (
        "It goes with none of the {total} pieces in your wardrobe yet — you'd be buying what to wear "
        "with it too.",
        "옷장의 {total}벌 중 아직 어울리는 옷이 없어요. 함께 입을 옷도 같이 장만하셔야 해요.",
    ),
    "goes_with_unknown": (
        "Save your own clothes (➕ under a photo) and I'll tell you how many of them it goes with.",
        "가지고 계신 옷을 저장해 주시면(사진 아래 ➕) 그중 몇 벌과 어울리는지 알려 드릴게요.",
    ),
    "unknown": (
        "I don't know your style yet: save pieces to your wardrobe (➕ under a photo) or keep products you "
        "like (“save #2”), and ask me again.",
        "아직 스타일을 알 만큼 저장된 옷이 없어요. 사진 아래 ➕로 옷장에 저장하거나 마음에 드는 상품을 "
        "찜(“2번 찜해줘”)하신 뒤 다시 물어봐 주세요.",
    ),
}
# fmt: on


def _word(key: str, language: str, **values: object) -> str:
    return bilingual(WORDS[key], language, **values)


def _joined(names: list[str], language: str) -> str:
    if language == "ko" or len(names) < 2:
        return ", ".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def taste_text(values: dict[str, Any], language: str) -> str:
    """'Your style leans casual (5 of 7 pieces …), in black, navy and grey. Mostly neutrals …'"""
    if not values:
        return _word("unknown", language)
    colours = _joined([display_name(COLOURS, c, language) for c in values["colours"]], language)
    style = display_name(USAGES, values["style"], language)
    lines = [
        _word("style", language, style=style, count=values["count"], total=values["total"], colours=colours)
    ]
    lines.append(_word("neutral" if values["neutral"] else "colourful", language))
    if values.get("add"):
        lines.append(_word("add", language, colour=display_name(COLOURS, values["add"], language)))
    if values.get("missing"):
        slots = [t("slot_" + slot, language).lower() if language == "en" else t("slot_" + slot, language)
                 for slot in values["missing"]]  # fmt: skip
        lines.append(_word("missing", language, slots=_joined(slots, language)))
    return "\n".join(lines)


def next_buy_text(values: dict[str, Any], language: str) -> str:
    """'Your wardrobe has no shoes yet — these go with your black and navy pieces:'"""
    slot = t("slot_" + values["slot"], language)
    slot = slot.lower() if language == "en" else slot
    colours = _joined([display_name(COLOURS, c, language) for c in values["colours"]], language)
    return _word("next_missing" if values["missing"] else "next_fewest", language, slot=slot, colours=colours)


def wardrobe_fit_text(values: dict[str, Any], language: str) -> str:
    """How many of the user's saved pieces the garment in view goes with ("should I buy it?")."""
    if not values["total"]:
        return _word("goes_with_unknown", language)
    if not values["count"]:
        return _word("goes_with_none", language, total=values["total"])
    names = []
    for piece in values["pieces"]:
        colour = display_name(COLOURS, piece["colour"], language).split(" / ")[0] if piece["colour"] else ""
        kind = display_name(CATEGORY_NAMES, piece["category"], language)
        names.append(
            f"{colour} {kind}".strip() if language == "ko" else f"your {colour} {kind}".replace("  ", " ")
        )
    more = values["count"] - len(names)
    if more > 0:  # "your navy trousers, your white shoes and 1 more", "네이비 바지, 화이트 신발 외 1벌"
        names += [] if language == "ko" else [f"{more} more"]
    pieces = _joined(names, language) + (f" 외 {more}벌" if language == "ko" and more > 0 else "")
    return _word("goes_with", language, count=values["count"], total=values["total"], pieces=pieces)
