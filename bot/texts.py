"""Everything Stylist says, in English and Korean, and the rendering of analyses and recommendations.

All output is Telegram HTML: every value that comes from outside (product names, Naver titles) is
escaped, and texts are cut to Telegram's limits (text 4096, caption 1024 characters).
"""

from __future__ import annotations

import re
from html import escape
from typing import TYPE_CHECKING

from vocabulary import (
    BRANDS,
    CATEGORY_NAMES,
    COLOURS,
    LOW_CONFIDENCE,
    PARSING_CLASSES,
    PATTERNS,
    USAGES,
    brand_of,
    display_name,
    named_kind,
)

from .daily_phrases import DAILY
from .favourites import FAVOURITES
from .labels import FILTER_LABELS
from .phrases import CONVERSATION
from .small_talk import SMALL_TALK
from .verdict_phrases import VERDICTS

if TYPE_CHECKING:
    from application import Analysis, GarmentItem, Item, Prediction, Reason, Slot

SEASONS = {
    "winter": ("for winter", "겨울용"),
    "summer": ("for summer", "여름용"),
    "mild": ("for spring and autumn", "봄·가을용"),
}
TEXT_LIMIT = 4096
CAPTION_LIMIT = 1024

MESSAGES: dict[str, dict[str, str]] = {
    "start": {
        "en": "Hi {name}! I'm Stylist. Send me a photo of a garment (or of you wearing an outfit) and "
        "I'll tell you what I see — category, colour, pattern and style — then match an outfit and "
        "find it in shops.",
        "ko": "안녕하세요 {name}님! 저는 스타일리스트예요. 옷 사진(또는 코디 사진)을 보내 주시면 "
        "종류, 색상, 패턴, 스타일을 알려 드리고, 어울리는 코디와 쇼핑 링크를 찾아 드릴게요.",
    },
    "howto": {
        "en": "Send me a photo of a garment — as a photo or as an image file — and I'll analyse it.",
        "ko": "옷 사진을 사진이나 이미지 파일로 보내 주시면 분석해 드릴게요.",
    },
    "help": {
        "en": "Commands: /start — introduction, /help — this help. Or just send a photo of a garment.",
        "ko": "명령어: /start — 소개, /help — 도움말. 아니면 옷 사진을 보내 주세요.",
    },
    "unknown_command": {
        "en": "I don't know that command. Send me a photo of a garment, or /help.",
        "ko": "모르는 명령어예요. 옷 사진을 보내 주시거나 /help 를 입력해 주세요.",
    },
    "working": {"en": "Looking at your photo…", "ko": "사진을 보고 있어요…"},
    "empty": {
        "en": "That file is empty. Please send the photo again.",
        "ko": "빈 파일이에요. 사진을 다시 보내 주세요.",
    },
    "too_large": {
        "en": "That file is too large (over 20 MB). Please send a smaller photo.",
        "ko": "파일이 너무 커요(20MB 초과). 더 작은 사진을 보내 주세요.",
    },
    "too_many_pixels": {
        "en": "That image is too big (over 40 megapixels). Please send a smaller photo.",
        "ko": "이미지 해상도가 너무 커요(4천만 화소 초과). 더 작은 사진을 보내 주세요.",
    },
    "odd_shape": {
        "en": "That image is a thin strip (one side over 20 times the other). "
        "Please send a photo of the garment.",
        "ko": "이미지가 너무 가늘고 길어요(한 변이 다른 변의 20배 이상). 옷 사진을 보내 주세요.",
    },
    "too_small": {
        "en": "That image is too small to see anything.",
        "ko": "이미지가 너무 작아서 볼 수 없어요.",
    },
    "animated": {
        "en": "That's an animation. Please send a still photo of the garment.",
        "ko": "움직이는 이미지예요. 옷의 정지 사진을 보내 주세요.",
    },
    "not_voice": {
        "en": "I can't listen to voice messages — type what you need (“a date outfit”) or send a photo.",
        "ko": "음성 메시지는 들을 수 없어요. 글로 적어 주시거나(“데이트 코디”) 옷 사진을 보내 주세요.",
    },
    "not_video": {
        "en": "I can't watch videos or GIFs — send a still photo (a screenshot of the moment works).",
        "ko": "영상이나 GIF는 볼 수 없어요. 사진 한 장을 보내 주세요 (장면을 캡처해도 돼요).",
    },
    "not_location": {
        "en": "I don't use locations — tell me the weather instead (“it's 5 degrees, what should I wear?”).",
        "ko": "위치는 쓰지 않아요. 대신 날씨를 알려 주세요 (“오늘 5도인데 뭐 입지?”).",
    },
    "not_an_image": {
        "en": "I can only read photos (JPEG, PNG, WebP…). Please send a photo of a garment.",
        "ko": "사진 파일(JPEG, PNG, WebP 등)만 읽을 수 있어요. 옷 사진을 보내 주세요.",
    },
    "corrupt": {
        "en": "That image looks damaged or cut off. Please send it again.",
        "ko": "이미지가 손상되었거나 잘린 것 같아요. 다시 보내 주세요.",
    },
    "internal_error": {
        "en": "Something went wrong on our side — sorry! Please try again; if it keeps happening, "
        "quote this id: {id}",
        "ko": "저희 쪽에서 문제가 생겼어요. 죄송해요! 다시 시도해 주시고, "
        "계속되면 이 번호를 알려 주세요: {id}",
    },
    "no_clothing": {
        "en": "I don't see clothing in this photo. Send me a garment — on a hanger, a bed or on you — "
        "or a screenshot of one from a shop, and I'll style it.",
        "ko": "이 사진에서는 옷이 보이지 않아요. 옷걸이나 침대 위의 옷, 입고 있는 모습, 또는 쇼핑몰 "
        "캡처를 보내 주시면 스타일링해 드릴게요.",
    },
    "sticker": {
        "en": "Nice sticker! Send me a photo of a garment and I'll style it.",
        "ko": "귀여운 스티커네요! 옷 사진을 보내 주시면 스타일링해 드릴게요.",
    },
    "worker_down": {
        "en": "My eyes are resting for a moment — please try again in a minute.",
        "ko": "잠시 분석을 할 수 없어요. 1분 뒤에 다시 시도해 주세요.",
    },
    "busy": {
        "en": "I'm busy with other photos — please try again in a moment.",
        "ko": "다른 사진을 보고 있어요. 잠시 후에 다시 보내 주세요.",
    },
    "shop_slow": {
        "en": "The shop is slow to answer right now, so these links search Naver Shopping for each piece.",
        "ko": "지금 쇼핑몰 응답이 느려서, 각 상품을 네이버 쇼핑에서 검색하는 링크로 보여 드려요.",
    },
    "download_failed": {
        "en": "I couldn't download that file from Telegram. Please send it again.",
        "ko": "텔레그램에서 파일을 받지 못했어요. 다시 보내 주세요.",
    },
    "stale": {
        "en": "That photo is no longer available — please send it again.",
        "ko": "그 사진은 더 이상 없어요. 다시 보내 주세요.",
    },
    "no_products": {
        "en": "I couldn't find matching products right now.",
        "ko": "지금은 어울리는 상품을 찾지 못했어요.",
    },
    "btn_outfit": {"en": "👗 Match an outfit", "ko": "👗 코디 추천"},
    "btn_similar": {"en": "🔎 Similar items", "ko": "🔎 비슷한 상품"},
    "btn_another": {"en": "🔄 Show others", "ko": "🔄 다른 상품 보기"},
    "btn_back": {"en": "↩ Back", "ko": "↩ 이전"},
    "btn_cheaper": {"en": "💸 Cheaper", "ko": "💸 더 저렴하게"},
    "btn_item": {"en": "🛍 Shop the {item}", "ko": "🛍 {item} 찾기"},
    "cheaper_title": {"en": "Cheapest like your {item}", "ko": "{item} 최저가"},
    "cheaper_link": {"en": "All results, cheapest first", "ko": "전체 결과 (낮은 가격순)"},
    "outfit_title": {"en": "Outfit for your {item}", "ko": "{item}에 어울리는 코디"},
    "complete_title": {"en": "To complete your look", "ko": "코디를 완성할 아이템"},
    "restyle_title": {"en": "To make your look {style}", "ko": "{style} 코디로 바꿔 줄 아이템"},
    "outfit_plain": {"en": "Outfit", "ko": "코디 추천"},
    "btn_helpful": {"en": "👍 Helpful", "ko": "👍 도움 돼요"},
    "btn_unhelpful": {"en": "👎 Not for me", "ko": "👎 별로예요"},
    "fallback_style": {
        "en": "none of the look's style here, so the closest: {style}",
        "ko": "같은 스타일 상품이 없어 가장 가까운 {style} 스타일",
    },
    "no_brand_slot": {
        "en": "none from {brand} here, so other brands",
        "ko": "{brand} 상품이 없어 다른 브랜드로",
    },
    "other_brands_slot": {
        "en": "few from {brand} here, so other brands too",
        "ko": "{brand} 상품이 적어 다른 브랜드도 함께",
    },
    "fallback_style_few": {
        "en": "few of the look's style here, so also the closest: {style}",
        "ko": "같은 스타일 상품이 적어 가장 가까운 {style} 스타일도 함께",
    },
    "not_yours": {
        "en": "That button belongs to someone else's photo. Send me your own photo to get ideas.",
        "ko": "다른 분의 사진에 있는 버튼이에요. 직접 사진을 보내 주시면 추천해 드릴게요.",
    },
    "thanks": {"en": "Thanks — noted!", "ko": "고마워요, 기록했어요!"},
    "similar_title": {"en": "Similar to your {item}", "ko": "{item}과(와) 비슷한 상품"},
    "category": {"en": "{name} ({p}%)", "ko": "{name} ({p}%)"},
    "unsure": {
        "en": "Looks like {a} or {b} ({pa}% / {pb}%)",
        "ko": "{a} 또는 {b}(으)로 보여요 ({pa}% / {pb}%)",
    },
    "either": {"en": "{a} or {b} ({pa}% / {pb}%)", "ko": "{a} 또는 {b} ({pa}% / {pb}%)"},
    "colour": {"en": "Colour", "ko": "색상"},
    "pattern": {"en": "Pattern", "ko": "패턴"},
    "style": {"en": "Style", "ko": "스타일"},
    "style_smart": {"en": "smart casual", "ko": "비즈니스 캐주얼"},
    "shop": {"en": "shop", "ko": "구매"},
    "slot_top": {"en": "Tops", "ko": "상의"},
    "slot_bottom": {"en": "Bottoms", "ko": "하의"},
    "slot_dress": {"en": "Dresses", "ko": "원피스"},
    "slot_outerwear": {"en": "Outerwear", "ko": "아우터"},
    "slot_shoes": {"en": "Shoes", "ko": "신발"},
    "slot_bag": {"en": "Bags", "ko": "가방"},
    "slot_hat": {"en": "Hats", "ko": "모자"},
    "slot_accessory": {"en": "Accessories", "ko": "액세서리"},
    "slot_similar": {"en": "Similar", "ko": "비슷한 상품"},
    "slot_her": {"en": "For her", "ko": "여성"},  # a couple look's halves
    "slot_his": {"en": "For him", "ko": "남성"},
    "outfit_items": {"en": "In this outfit I see:", "ko": "이 코디에서 보이는 아이템:"},
    "btn_correct_as": {"en": "✏️ It's {kind}", "ko": "✏️ {kind}(으)로 고치기"},  # a hedged reading's other
    "no_links": {  # a shop's link pasted
        "en": "I can't open links — send me a screenshot or a photo of the piece and I'll read it and style "
        "it. Or describe it (“a navy wool coat”):",
        "ko": "링크는 열어 볼 수 없어요. 상품 캡처나 사진을 보내 주시면 읽고 코디해 드릴게요. 또는 "
        "말로 알려 주세요(“네이비 울 코트”):",
    },
    "named_as": {  # "what shoes go with this skirt?" of a photo read as a hat
        "en": "{what}, then — I'd read it as {was}. I'll style it as that from now on.",
        "ko": "제가 {was}(으)로 잘못 봤네요. 이제부터 {what}(으)로 코디할게요.",
    },
} | CONVERSATION
# small talk; the filters', bands' and genders' short names; the judgements'; the morning outfit's
MESSAGES |= SMALL_TALK | FAVOURITES | FILTER_LABELS | VERDICTS | DAILY


def language_of(code: str | None) -> str:
    """Korean for Telegram users whose language code is Korean, English otherwise."""
    return "ko" if (code or "").lower().startswith("ko") else "en"


def t(key: str, language: str, **values: object) -> str:
    """A message in the user's language; values are inserted as given (escape them first), and a
    Korean particle written for either ending ("은(는)") takes the one the word before it asks for."""
    text = MESSAGES[key].get(language) or MESSAGES[key]["en"]
    text = text.format(**values) if values else text
    return korean_particles(text) if language == "ko" and values else text


def korean_particles(text: str) -> str:
    """Each particle written for either ending ("은(는)") as the word before it asks for."""
    return _PARTICLE.sub(_particle, text)


def bilingual(pair: tuple[str, str], language: str, **values: object) -> str:
    """The Korean or English of an (English, Korean) pair, filled in, its Korean particles resolved."""
    text = pair[1] if language == "ko" else pair[0]
    text = text.format(**values) if values else text
    return korean_particles(text) if language == "ko" else text


# "은(는)": 은 after a final consonant (블랙은, 그레이는); "(으)로": 으 unless the final is none or ㄹ
_PARTICLE = re.compile(r"([\uac00-\ud7a3])(은\(는\)|이\(가\)|을\(를\)|과\(와\)|와\(과\)|\(으\)로)")
_PAIRS = {
    "은(는)": ("은", "는"),
    "이(가)": ("이", "가"),
    "을(를)": ("을", "를"),
    "과(와)": ("과", "와"),
    "와(과)": ("과", "와"),
}


def _particle(match: re.Match[str]) -> str:
    syllable, written = match[1], match[2]
    final = (ord(syllable) - 0xAC00) % 28
    if written == "(으)로":
        return syllable + ("으로" if final not in (0, 8) else "로")
    return syllable + _PAIRS[written][0 if final else 1]


def clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def render_analysis(analysis: Analysis, language: str) -> str:
    """The analysis as one readable HTML message: what the garment is, its colour, pattern and style;
    for a photo of a whole outfit its style and each garment, since the centre of the photo that the
    garment heads read is only part of the outfit."""
    if analysis.is_outfit:
        return _render_outfit(analysis, language)
    category = analysis.category
    name = display_name(CATEGORY_NAMES, category.label, language)
    if category.confidence < LOW_CONFIDENCE and len(category.top) > 1:
        second = category.top[1]
        headline = t(
            "unsure",
            language,
            a=escape(name),
            b=escape(display_name(CATEGORY_NAMES, second[0], language)),
            pa=round(category.confidence * 100),
            pb=round(second[1] * 100),
        )
    else:
        headline = t("category", language, name=escape(name.capitalize()), p=round(category.confidence * 100))
    lines = [f"👕 <b>{headline}</b>"]
    vocabularies = {"colour": COLOURS, "pattern": PATTERNS}
    for attribute, prediction in analysis.attributes.items():
        vocab = vocabularies.get(attribute, {})
        title = (
            t(attribute, language)
            if attribute in MESSAGES
            else escape(attribute.replace("_", " ").capitalize())
        )
        lines.append(f"{title}: {_attribute_text(prediction, vocab, language)}")
    return clip("\n".join([*lines, *_style_lines(analysis, language)]), TEXT_LIMIT)


def _render_outfit(analysis: Analysis, language: str) -> str:
    lines = [f"👗 <b>{t('outfit_items', language)}</b>"]
    lines.extend(_item_text(item, language) for item in analysis.items)
    return clip("\n".join([*lines, "", *_style_lines(analysis, language)]), TEXT_LIMIT)


def _style_lines(analysis: Analysis, language: str) -> list[str]:
    """The style (two when unsure). The style cluster stays out of the text: of six clusters of
    products, named by their commonest usage, kind and colour, it read "casual · t-shirt · blue" for
    a grey blazer; `stylist analyze --json` keeps it."""
    return [f"{t('style', language)}: {_attribute_text(analysis.style, USAGES, language)}"]


def item_name(item: GarmentItem, language: str) -> str:
    """The garment's category, or only its kind ("top") when the category head is unsure which of
    the kind's categories it is."""
    return shown_name(item.category.label, item.category.confidence, item.slot, language)


def shown_name(category: str, confidence: float, kind: str | None, language: str) -> str:
    """What a garment is called: its category, or its parsed kind when the category is unsure."""
    named = named_kind(confidence, kind)
    if named:
        return display_name(PARSING_CLASSES, named, language)
    return display_name(CATEGORY_NAMES, category, language)


def _item_text(item: GarmentItem, language: str) -> str:
    """'• Shirt (82%): navy (70%), striped (66%)' for one garment of an outfit photo ('• Top: …'
    when unsure which top)."""
    name = escape(item_name(item, language).capitalize())
    vocabularies = {"colour": COLOURS, "pattern": PATTERNS}
    details = [
        _attribute_text(prediction, vocabularies[attribute], language)
        for attribute, prediction in item.attributes.items()
        if attribute in vocabularies
    ]
    head = f"• <b>{name}</b>"
    if not named_kind(item.category.confidence, item.slot):
        head += f" ({round(item.category.confidence * 100)}%)"
    return f"{head}: {', '.join(details)}" if details else head


def _attribute_text(prediction: Prediction, vocab: dict[str, tuple[str, str]], language: str) -> str:
    """'navy (81%)', or both candidates when the head is unsure: 'navy or blue (48% / 40%)'."""
    label = escape(display_name(vocab, prediction.label, language))
    if prediction.confidence >= LOW_CONFIDENCE or len(prediction.top) < 2:
        return f"{label} ({round(prediction.confidence * 100)}%)"
    second, p_second = prediction.top[1]
    return t(
        "either",
        language,
        a=label,
        b=escape(display_name(vocab, second, language)),
        pa=round(prediction.confidence * 100),
        pb=round(p_second * 100),
    )


def render_items(title: str, slots: list[Slot], language: str, numbered_from: int = 1) -> str:
    """Slots of products as an HTML list with links, numbered as in the collage."""
    lines = [f"<b>{escape(title, quote=False)}</b>"]
    number = numbered_from
    for slot in slots:
        if len(slots) > 1 or slot.name != "similar":
            note = ""
            if slot.fallback_style:
                style = escape(display_name(USAGES, slot.fallback_style, language))
                mixed = any(i.product and i.product.usage != slot.fallback_style for i in slot.items)
                key = "fallback_style_few" if mixed else "fallback_style"
                note = f" <i>({t(key, language, style=style)})</i>"
            if slot.other_brands:  # "a nike outfit": too few of Nike's here; "zara shoes and a bag": none
                named = BRANDS.get(slot.other_brands)  # a brand since dropped from the table: as stored
                brand = (named.korean if language == "ko" else named.name) if named else slot.other_brands
                some = any(i.product and brand_of(i.product.name) == slot.other_brands for i in slot.items)
                key = "other_brands_slot" if some else "no_brand_slot"
                note = f" <i>({t(key, language, brand=escape(brand))})</i>"
            if slot.budget:  # its share of a whole look's budget: "(under ₩29,000)"
                note += f" <i>({t('price_under', language, high=slot.budget)})</i>"
            if slot.shop:  # a wardrobe outfit's: none of theirs, or none that goes with the rest
                note = f" <i>({t('from_shop' if slot.shop == 'none' else 'from_shop_unfit', language)})</i>"
            lines.append(f"\n<b>{t('slot_' + slot.name, language)}</b>{note}")
        for item in slot.items:
            lines.append(_item_line(number, item, language))
            number += 1
    return clip("\n".join(lines), TEXT_LIMIT)


def render_picks(title: str, numbers: list[int], items: list[Item], language: str) -> str:
    """The stylist's picks, each numbered as it was shown, with its link and why."""
    lines = [f"<b>{escape(title, quote=False)}</b>"]
    lines += [_item_line(n, item, language) for n, item in zip(numbers, items, strict=True)]
    return clip("\n".join(lines), TEXT_LIMIT)


def item_captions(numbers: list[int], items: list[Item], language: str) -> list[str]:
    """Each product's own line ("2. <linked name> · ₩39,000"), a caption under its own picture (its
    name clipped, well within a caption's 1,024 characters)."""
    return [_item_line(n, item, language) for n, item in zip(numbers, items, strict=True)]


def render_cheaper(title: str, link: str, items: list[Item], language: str) -> str:
    """The cheapest products (when Naver answered) and the price-sorted search link."""
    lines = [f"<b>{escape(title, quote=False)}</b>"]
    lines += [_item_line(n, item, language) for n, item in enumerate(items, start=1)]
    lines.append(f'<a href="{escape(link, quote=True)}">{t("cheaper_link", language)}</a>')
    return clip("\n".join(lines), TEXT_LIMIT)


def word_reason(reason: Reason, language: str) -> str:
    """A short why, e.g. 'beige goes with navy; both casual' or 'tone on tone in navy'."""
    ours = display_name(COLOURS, reason.ours, language) if reason.ours else ""
    theirs = display_name(COLOURS, reason.theirs, language) if reason.theirs else ""
    parts = []
    if reason.rule == "tone_on_tone":
        parts.append(f"톤온톤 {ours}" if language == "ko" else f"tone on tone in {ours}")
    elif reason.rule == "harmony":
        parts.append(f"{ours} + {theirs}" if language == "ko" else f"{theirs} goes with {ours}")
    if reason.style:
        style = display_name(USAGES, reason.style, language)
        if reason.asked:
            parts.append(f"요청하신 {style}" if language == "ko" else f"{style}, as asked")
        else:
            parts.append(f"둘 다 {style}" if language == "ko" else f"both {style}")
    if reason.season in SEASONS:
        parts.append(SEASONS[reason.season][1 if language == "ko" else 0])
    return "; ".join(parts)


def _item_line(number: int, item: Item, language: str) -> str:
    """'1. <linked name> · ₩39,000 — why'; offline catalogue products have no price to show."""
    why = word_reason(item.reason, language)
    reason = f" — <i>{escape(why)}</i>" if why else ""
    if item.own:  # a piece of the user's wardrobe, in its colour
        colour = display_name(COLOURS, item.reason.theirs, language) if item.reason.theirs else ""
        name = " ".join(filter(None, [colour, display_name(CATEGORY_NAMES, item.name, language)]))
        return f"{number}. {escape(t('your_piece', language, item=name))}{reason}"
    name = escape(clip(item.name, 80))
    price = f" · ₩{item.price:,}" if item.price else ""
    return f'{number}. <a href="{escape(item.link, quote=True)}">{name}</a>{price}{reason}'
