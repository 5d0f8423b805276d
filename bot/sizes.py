"""Sizes converted, in words (`vocabulary.sizes`): "270 mm is about US men's 9 …", with the shop's
chart having the last word; how a piece runs ("does it run small?"), the same way."""

from __future__ import annotations

from typing import Any

from vocabulary import MATERIALS

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
    "dress": (
        "US women's size {us} is about {letter} — {women} in Korean women's sizes.",
        "미국 여성 사이즈 {us}는 보통 {letter}, 한국 여성 {women} 사이즈예요.",
    ),
    "dress_shoe": (
        "If you meant shoes: US women's {us} is about {mm} mm.",
        "신발 사이즈라면 미국 여성 {us}는 {mm}mm 정도예요.",
    ),
    "fabric_yes": (
        "Yes — its listing names it {asked}: {product}. The shop's page gives the whole composition.",
        "네, 상품명에 {asked}(이)라고 되어 있어요: {product}. 정확한 혼용률은 쇼핑몰 상세 페이지에 있어요.",
    ),
    "fabric_other": (
        "Its listing names {named}, not {asked}: {product}. The shop's page gives the whole composition.",
        "상품명에는 {asked}(이)가 아니라 {named}(이)라고 되어 있어요: {product}. 정확한 혼용률은 쇼핑몰 상세 "
        "페이지에 있어요.",
    ),
    "fabric_named": (
        "Its listing names {named}: {product}. The shop's page gives the whole composition.",
        "상품명에 {named}(이)라고 되어 있어요: {product}. 정확한 혼용률은 쇼핑몰 상세 페이지에 있어요.",
    ),
    "fabric_unnamed": (
        "{product}: its name doesn't say the fabric — the shop's page lists it (the link under it).",
        "{product}: 상품명에 소재가 없어요. 링크를 누르면 쇼핑몰 상세 페이지에서 확인할 수 있어요.",
    ),
    "fabric_among": (
        "{numbers} {say} {asked} in the name; the others' names don't say — each shop's page lists "
        "the fabric.",
        "{numbers} 상품명에 {asked}(이)라고 되어 있어요. 나머지는 상품명에 소재가 없어서 쇼핑몰 상세 "
        "페이지에서 확인해 주세요.",
    ),
    "fabric_among_none": (
        "None of their names says {asked} — each shop's page lists the fabric (the links under them).",
        "상품명에 {asked}(이)라고 된 건 없어요. 소재는 링크를 누르면 쇼핑몰 상세 페이지에서 확인할 수 "
        "있어요.",
    ),
    "fabric_photo": (
        "I can't tell the fabric from a photo — the care label inside says it. I read the kind, colour and "
        "pattern, and can tell you how to wash it (“how do I wash it?”).",
        "사진으로는 소재를 알 수 없어요. 안쪽 케어 라벨에 적혀 있어요. 종류, 색상, 무늬는 읽을 수 있고, "
        "세탁 방법도 알려 드릴게요(“어떻게 세탁해?”).",
    ),
    "fabric_which": (
        "Which piece? Ask about a numbered one (“is #2 cotton?”) or send its photo.",
        "어떤 상품인가요? “2번 면이야?”처럼 번호로 물어보시거나 사진을 보내 주세요.",
    ),
    "top_men": (
        "{letter} is about {men} in Korean men's sizes.",
        "{letter} 사이즈는 보통 남성 {men} 사이즈예요.",
    ),
    "fit_slim": (
        "{product}: its name says a slim cut, so it sits close — between two sizes, take the larger.",
        "{product}: 이름에 슬림핏이라고 되어 있어서 몸에 붙게 나와요. 두 사이즈 사이라면 큰 쪽을 고르세요.",
    ),
    "fit_roomy": (
        "{product}: its name says a roomy cut, loose on purpose — your usual size, or one down for a "
        "closer fit.",
        "{product}: 이름에 오버핏·루즈핏이라고 되어 있어서 여유 있게 나와요. 평소 사이즈로, 덜 크게 입고 "
        "싶다면 한 치수 작게 고르세요.",
    ),
    "fit_product": ("{product}: its name says nothing of its cut.", "{product}: 상품명에 핏 정보는 없어요."),
    "fit_top": (
        "Tops: your usual size; for a relaxed look, one up — the shoulder seam shows whether it fits.",
        "상의는 평소 사이즈로 고르세요. 여유 있게 입고 싶으면 한 치수 크게, 어깨 봉제선 위치로 맞는지 "
        "확인하세요.",
    ),
    "fit_bottom": (
        "Trousers and skirts go by the waist: between two sizes, take the larger and belt it or have it "
        "taken in; check the length against your inside leg.",
        "하의는 허리 기준이에요. 두 사이즈 사이라면 큰 쪽을 골라 벨트를 하거나 수선하고, 기장은 다리 "
        "안쪽 길이와 비교해 보세요.",
    ),
    "fit_dress": (
        "Dresses go by the bust and the waist, whichever is larger for you.",
        "원피스는 가슴과 허리 중 더 큰 쪽 치수에 맞춰 고르세요.",
    ),
    "fit_outerwear": (
        "Coats and jackets: one size up if you'll wear a knit or a hoodie under it.",
        "코트나 자켓은 안에 니트나 후드티를 입을 거라면 한 치수 크게 고르세요.",
    ),
    "fit_shoes": (
        "Shoes go by your foot's length in mm (“what size is 260 in US?” converts it); between two sizes, "
        "take the larger — sneakers and boots are worn with thicker socks.",
        "신발은 발 길이(mm) 기준이에요(“260 미국 사이즈로?”라고 물으면 바꿔 드려요). 두 사이즈 사이라면 "
        "큰 쪽으로, 운동화와 부츠는 두꺼운 양말을 신으니까요.",
    ),
    "fit_which": (
        "Tell me which piece (“does #2 run small?”, or send a photo) and I'll say what I can of its fit.",
        "어떤 상품인지 알려 주시면(“2번 정사이즈야?” 또는 사진) 핏에 대해 말씀드릴게요.",
    ),
    "fit_brand": (
        "I can't see how a brand cuts — the size chart and reviews on the shop's page say whether it "
        "runs small.",
        "브랜드마다 핏이 달라서 제가 알 수는 없어요. 쇼핑몰 상세 페이지의 사이즈표와 후기에서 작게 "
        "나오는지 확인해 보세요.",
    ),
    "build_men": (
        "At {height} cm and {weight} kg, men's tops usually fit in {letter} ({number}).",
        "키 {height}cm, {weight}kg이면 남성 상의는 보통 {letter}({number}) 사이즈예요.",
    ),
    "build_women": (
        "At {height} cm and {weight} kg, women's tops usually fit in {letter} ({number}).",
        "키 {height}cm, {weight}kg이면 여성 상의는 보통 {letter}({number}) 사이즈예요.",
    ),
    "fit_height": (
        "At {height} cm most cuts and lengths work as they are. Tell me your weight too (“{height}cm 60kg”) "
        "and I'll say which top size usually fits.",
        "키 {height}cm면 대부분의 핏과 기장이 그대로 잘 맞아요. 몸무게도 알려 주시면(“{height}cm 60kg”) "
        "보통 맞는 상의 사이즈를 알려 드릴게요.",
    ),
    "build_both": (
        "At {height} cm and {weight} kg, tops usually fit in {men_letter} ({men_number}) in men's sizes "
        "and {women_letter} ({women_number}) in women's.",
        "키 {height}cm, {weight}kg이면 상의는 보통 남성 {men_letter}({men_number}), 여성 "
        "{women_letter}({women_number}) 사이즈예요.",
    ),
    "waist": (
        "A {inches}-inch waist is about {cm} cm: Korean shops list it as {inches} (or {cm}), usually "
        "{men} in men's trousers and {women} in women's.",
        "허리 {inches}인치는 약 {cm}cm예요. 쇼핑몰에서는 {inches}(또는 {cm}) 사이즈로, 보통 남성 바지 {men}, "
        "여성 바지 {women} 정도예요.",
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
    if dress := values.get("dress"):  # "I'm a size 8": a US women's size, and the shoe it could be
        line = _say("dress", language, **dress)
        line += "\n" + _say("dress_shoe", language, **dress) if dress.get("mm") else ""
    elif waist := values.get("waist"):  # "허리 30": its cm and the letter it usually is
        line = _say("waist", language, **waist)
    elif shoe := values.get("shoe"):
        line = _say("shoe", language, **{k: _number(v) for k, v in shoe.items()})
    else:
        men, women = values["numbers"][0], values["numbers"][1:]
        key = "top_both" if women else "top_men"
        line = _say(key, language, letter=values["letter"], men=men, women=women[0] if women else "")
    return line + "\n" + _say("chart", language)


def fit_text(values: dict[str, Any], language: str) -> str:
    """How a piece runs: the cut its name says, its kind's rule of thumb, then the shop's chart."""
    lines = []
    product, slot = values.get("product"), values.get("slot")
    if product and (values["cut"] or slot != "shoes"):  # a shoe's name says no cut: not said
        lines.append(_say(f"fit_{values['cut'] or 'product'}", language, product=product))
    if slot:
        lines.append(_say(f"fit_{slot}", language))
    elif not product:
        lines.append(_say("fit_which", language))
    return "\n".join([*lines, _say("fit_brand", language)])


def height_text(values: dict[str, Any], language: str) -> str:
    """A height alone, of no particular build: what it means for fit, and the weight asked."""
    return _say("fit_height", language, height=values["height"])


def build_size_text(values: dict[str, Any], language: str) -> str:
    """The top size a height and weight usually take (men's, women's or both), then the shop's chart."""
    sizes, body = values["sizes"], {"height": values["height"], "weight": values["weight"]}
    if len(sizes) == 2:
        (ml, mn), (wl, wn) = sizes["men"], sizes["women"]
        line = _say(
            "build_both", language, **body, men_letter=ml, men_number=mn, women_letter=wl, women_number=wn
        )
    else:
        ((gender, (letter, number)),) = sizes.items()
        line = _say(f"build_{gender}", language, **body, letter=letter, number=number)
    return line + "\n" + _say("chart", language)


def fabric_text(values: dict[str, Any], language: str) -> str:
    """What a product's name says of its fabric, against the one asked ("is this cotton?"); of each
    in view ("are any of these leather?": `numbers`, those whose names say it)."""
    asked, named = values.get("asked") or "", values.get("named") or ""
    names = {key: bilingual(MATERIALS[key], language) for key in (asked, named) if key in MATERIALS}
    if "numbers" in values:
        numbers = values["numbers"]
        listed = ", ".join(f"{n}번" if language == "ko" else f"#{n}" for n in numbers)
        key = "fabric_among" if numbers else "fabric_among_none"
        say = "says" if len(numbers) == 1 else "say"
        return _say(key, language, numbers=listed, say=say, asked=names.get(asked, asked))
    if not values.get("product"):
        return _say("fabric_photo" if values.get("photo") else "fabric_which", language)
    key = "unnamed" if not named else "named" if not asked else "yes" if named == asked else "other"
    return _say(f"fabric_{key}", language, product=values["product"], asked=names.get(asked, ""),
                named=names.get(named, ""))  # fmt: skip
