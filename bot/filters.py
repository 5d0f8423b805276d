"""The filters in force in words: each one's label for its ✕ button ("not red", "under ₩50,000",
"for a wedding"), the kind asked ("sneakers", "청바지"), and what a search was for ("navy blazer")."""

from __future__ import annotations

from dataclasses import replace

from application import Wish
from vocabulary import (
    ARTICLE_KINDS,
    BRANDS,
    CATEGORY_NAMES,
    COLOURS,
    DETAILS,
    FEATURES,
    MATERIALS,
    PATTERNS,
    SLOT_WORDS,
    USAGES,
    article_category,
    display_name,
)

from .labels import OCCASION_NAMES
from .palettes import feature_name
from .texts import t


def kind_name(kind: str | None, language: str) -> str:
    """An article kind in words ("coats", "코트"); "" for none."""
    return ARTICLE_KINDS[kind][1 if language == "ko" else 0] if kind in ARTICLE_KINDS else ""


def filter_label(key: str, wish: Wish, language: str) -> str:
    """One active filter in words: 'black', 'not red', 'under ₩50,000', 'for a wedding'."""
    ko = language == "ko"
    if key == "colour":
        return display_name(COLOURS, wish.colour or "", language)
    if key == "not_colour":
        names = [display_name(COLOURS, c, language) for c in wish.refused_colours()]  # "not navy, blue"
        return t("not_colour", language, colour=", ".join(names))
    if key == "pattern":
        return display_name(PATTERNS, wish.pattern or "", language)
    if key == "not_pattern":
        return t("not_colour", language, colour=display_name(PATTERNS, wish.not_pattern or "", language))
    if key == "not_slot":
        return t("not_colour", language, colour=t(f"slot_{wish.not_slot}", language).lower())
    if key == "material":
        return display_name(MATERIALS, wish.material or "", language)
    if key == "detail":
        return detail_name(wish.detail or "", language)
    if key == "not_detail":  # "not sleeveless", "크롭 제외"
        return t("not_colour", language, colour=detail_name(wish.not_detail or "", language))
    if key == "not_material":  # "not wool", "울 제외"
        return t("not_colour", language, colour=display_name(MATERIALS, wish.not_material or "", language))
    if key == "not_kind":  # "not heels", "스커트 제외"
        kind = wish.not_kind or ""
        refused = Wish(
            category=article_category(kind) or kind, article=kind if kind in ARTICLE_KINDS else None
        )
        return t("not_colour", language, colour=category_name(refused, language))
    if key == "category":
        return category_name(wish, language)
    if key == "style" and wish.relaxed:  # an interview's look made less formal
        return t("style_smart", language)
    if key == "style":
        return display_name(USAGES, wish.style or "", language)
    if key == "occasion":
        names = OCCASION_NAMES.get(wish.occasion or "", (wish.occasion or "", wish.occasion or ""))
        return names[1] if ko else f"for {names[0]}"
    if key == "gender" and wish.gender == "any":  # "for anyone", "남녀 모두" (not "상관없음용")
        return t("for_anyone", language)
    if key == "gender":  # a child's: "for girls"
        who = (
            f"gender_kids_{wish.gender}"
            if wish.kids and wish.gender in ("men", "women")
            else f"gender_{wish.gender}"
        )
        return t("for_gender", language, gender=t(who, language))
    if key == "min_price":  # "under ₩50,000"; a whole look's: "₩100,000 in all"
        if wish.total and wish.max_price:
            return t("price_total", language, high=wish.max_price)
        return price_label(wish.min_price, wish.max_price, language)
    if key == "season":
        return t(f"season_{wish.season}", language)
    if key == "kids":
        return t("for_kids", language)
    if key == "tone" and wish.tone in FEATURES:  # "colours for blue eyes"
        return t("tone_feature", language, feature=feature_name(str(wish.tone), language))
    if key == "tone":
        return t(f"tone_{wish.tone}", language)
    if key in ("cut", "build"):
        return t(f"{key}_{getattr(wish, key)}", language)
    if key == "brand":
        return brand_name(wish.brand or "", language)
    if key == "not_brand":
        return t("not_colour", language, colour=brand_name(wish.not_brand or "", language))
    return key


def detail_name(detail: str, language: str) -> str:
    """A garment's detail as shown: 'V-neck', '민소매'."""
    named = DETAILS.get(detail)
    return named[1 if language == "ko" else 0] if named else detail


def brand_name(brand: str, language: str) -> str:
    """A brand as shown: 'Nike', '나이키'."""
    named = BRANDS.get(brand)
    return (named.korean if language == "ko" else named.name) if named else brand


def listed(words: list[str], language: str) -> str:
    """'shoes, bags and hats'; '신발, 가방, 모자'."""
    if language == "ko" or len(words) < 2:
        return ", ".join(words)
    return f"{', '.join(words[:-1])} and {words[-1]}"


def category_name(wish: Wish, language: str) -> str:
    """The kind asked for in words: the article kind when one was named ("sneakers", "청바지"), else
    the category ("shoes"); several asked together, each ("shoes and bags")."""
    if wish.also:  # (a look's kinds kept, begun anew, ask no category of their own)
        return listed([category_name(kind, language) for kind in wish.each_kind() if kind.category], language)
    if wish.article in ARTICLE_KINDS and wish.article_types() is not None:  # of this category
        english, korean, _ = ARTICLE_KINDS[wish.article]
        return korean if language == "ko" else english
    if wish.category in SLOT_WORDS:  # "상의", "bottoms": the whole slot
        return t(f"slot_{wish.category}", language).lower()
    return display_name(CATEGORY_NAMES, wish.category or "", language)


def price_label(low: int | None, high: int | None, language: str) -> str:
    if low is not None and high is not None:
        return t("price_band", language, low=low, high=high)
    if high is not None:
        return t("price_under", language, high=high)
    return t("price_over", language, low=low or 0)


def describe(wish: Wish, language: str) -> str:
    """What a search was for, in words: 'navy blazer', '빨간 원피스', 'black shoes and red bags'."""
    if wish.also:  # each kind in its colour, the brand said once
        first, *others = wish.each_kind()
        others = [
            replace(w, brand=None, colour=None if w.colour == wish.colour else w.colour) for w in others
        ]
        return listed([describe(first, language), *(describe(w, language) for w in others)], language)
    words = [brand_name(wish.brand, language)] if wish.brand else []
    words += [display_name(COLOURS, wish.colour, language)] if wish.colour else []
    words += [display_name(PATTERNS, wish.pattern, language)] if wish.pattern else []
    words += [t(f"cut_{wish.cut}", language)] if wish.cut else []
    words += [display_name(MATERIALS, wish.material, language)] if wish.material else []
    detail = detail_name(wish.detail, language) if wish.detail else ""
    words += [detail] if detail and not detail.startswith("with ") else []  # "V-neck T-shirt"
    words += [category_name(wish, language)] if wish.category else []
    words += [detail] if detail.startswith("with ") else []  # "T-shirt with pockets"
    if not words and wish.occasion in OCCASION_NAMES:  # the verdict's "some that would suit": for the office
        name = OCCASION_NAMES[wish.occasion][1 if language == "ko" else 0]
        return f"{name} 아이템" if language == "ko" else f"pieces for {name}"
    if not words and wish.style:
        style = display_name(USAGES, wish.style, language)
        return f"{style} 아이템" if language == "ko" else f"{style} pieces"
    return " ".join(words) or t("what_any", language)
