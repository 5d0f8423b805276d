"""Sizes converted, in words (`vocabulary.sizes`): "270 mm is about US men's 9 …", with the shop's
chart having the last word."""

from __future__ import annotations

from typing import Any

from .texts import bilingual

# fmt: off
SAID = {
    "shoe": (
        "{mm} mm is about US men's {us_men} / US women's {us_women}, UK {uk}, EU {eu}.",
        "{mm}mm는 보통 미국 남성 {us_men} / 여성 {us_women}, 영국 {uk}, 유럽 {eu} 정도예요.",
    ),
    "top_both": (
        "{letter} is about {men} in Korean men's sizes and {women} in women's.",
        "{letter} 사이즈는 보통 남성 {men}, 여성 {women} 사이즈예요.",
    ),
    "top_men": (
        "{letter} is about {men} in Korean men's sizes.",
        "{letter} 사이즈는 보통 남성 {men} 사이즈예요.",
    ),
    "chart": (
        "Brands run differently — check the shop's size chart before you buy.",
        "브랜드마다 달라서, 구매 전 쇼핑몰 사이즈표를 꼭 확인해 주세요.",
    ),
}
# fmt: on


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def _say(key: str, language: str, **values: object) -> str:
    return bilingual(SAID[key], language, **values)


def size_text(values: dict[str, Any], language: str) -> str:
    """The size in the other systems, then the shop's chart's precedence."""
    if shoe := values.get("shoe"):
        line = _say("shoe", language, **{k: _number(v) for k, v in shoe.items()})
    else:
        men, women = values["numbers"][0], values["numbers"][1:]
        key = "top_both" if women else "top_men"
        line = _say(key, language, letter=values["letter"], men=men, women=women[0] if women else "")
    return line + "\n" + _say("chart", language)
