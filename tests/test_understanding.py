"""The parser's table: 1,646 utterances in English and Korean, each with the intent and every slot it
must read (a slot not listed must be null), plus prices, typos and the edges of bad input."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from understanding import SLOT_KEYS, find_price, parse
from understanding.fuzzy import closest, distance

TABLE = Path(__file__).parent / "data" / "utterances.tsv"
KEYS = (*SLOT_KEYS, "season", "detail", "not_detail", "not_material")


def load_table() -> list[tuple[str, str, dict[str, object]]]:
    rows = []
    for line in TABLE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("# "):  # a comment; "#4 in black" is a message
            continue
        text, intent, slots = (line.split("\t") + [""])[:3]
        expected: dict[str, object] = {key: None for key in KEYS}
        for pair in filter(None, slots.split(",")):
            key, value = pair.split("=")
            expected[key] = int(value) if key.endswith("price") else value
        rows.append((text, intent, expected))
    return rows


ROWS = load_table()


def test_the_table_is_large_and_bilingual() -> None:
    korean = sum(1 for text, _, _ in ROWS if any("\uac00" <= ch <= "\ud7a3" for ch in text))
    assert len(ROWS) >= 200
    assert korean >= 80 and len(ROWS) - korean >= 100


@pytest.mark.parametrize(("text", "intent", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_utterance(text: str, intent: str, expected: dict[str, object]) -> None:
    understood = parse(text)
    got = understood.slots()
    assert (got["intent"], {k: got.get(k) for k in KEYS}) == (intent, expected)


def test_filters_taken_off_in_words() -> None:
    """'any colour', '가격 상관없이': the filters their ✕ buttons take off, and nothing else read into
    the words ('상관없' is not 'for anyone' here, nor is a colour's '흰색도 상관없어' any colour)."""
    colour = {"colour", "not_colour", "tone"}
    assert parse("any colour").dropped == colour and parse("the colour doesn't matter").dropped == colour
    assert parse("색상 상관없이").dropped == colour and not parse("색상 상관없이").any_gender
    assert parse("remove the price limit").dropped == {"max_price"} and parse("예산 상관없어").dropped
    assert parse("any style").dropped == {"occasion", "style"} and parse("무늬 상관없이").dropped
    assert not parse("흰색도 상관없어").dropped and not parse("black jeans").dropped
    assert parse("성별 상관없이").any_gender


def test_the_whole_looks_price_is_told_from_a_cheaper_look() -> None:
    """'How much is the whole outfit?', 'how much is it all?', '다 합치면 얼마?' ask the look's price added
    up; 'the whole outfit cheaper' and a whole look's budget do not."""
    for text in (
        "how much is the whole outfit?", "what's the total?", "다 합쳐서 얼마야?", "전부 얼마야",
        "how much is it all?", "다 합치면 얼마?", "how much would the whole thing cost?",  # (were offers,
    ):  # fmt: skip
        assert "look_price" in parse(text).cues and parse(text).intent == "cheaper", text  # a cheap look)
    assert parse("how much would the whole thing cost?").max_price is None
    for text in ("전체 코디 더 싸게", "the whole outfit but cheaper", "an outfit for 100,000 won in total"):
        assert "look_price" not in parse(text).cues, text


def test_refinement_details() -> None:
    assert parse("밝은 색으로").tone == "light"
    assert (
        "total" in parse("a whole outfit under 100k").cues and "total" not in parse("전부 5만원 이하로").cues
    )
    assert parse("좀 더 화사하게").tone == parse("산뜻하게").tone == "light"  # (were not understood)
    assert parse("darker").tone == "dark"
    assert parse("in warm colours").tone == "warm" and parse("in warm colours").season is None
    assert parse("a warm coat").season == "winter" and parse("쿨톤으로").tone == "cool"
    assert parse("something more colourful").tone == "accent" and parse("too colourful").tone == "neutral"
    for text in ("좀 더 귀엽게", "something cuter", "러블리한 스타일", "more girly", "귀여운 원피스"):
        assert parse(text).tone == "light", text  # soft, light colours (was casual alone)
    assert parse("cute red dress").tone is None and parse("cut it shorter").tone is None
    assert parse("a cute outfit for a picnic").occasion == "outing"  # a day out on foot (was camping)
    for text in ("검정이랑 회색 말고", "no black or grey", "not black, not grey", "검정색 회색 빼고"):
        said = parse(text)  # both refused (was black asked, grey refused)
        assert (said.colour, said.not_colour, said.not_colours_too) == (None, "black", ("grey",)), text
    assert (parse("검정 말고 회색").colour, parse("검정 말고 회색").not_colour) == ("grey", "black")
    assert parse("no stilettos").not_kind == "heels" and "comfort" in parse("something I can dance in").cues
    assert not parse("a wedding next Saturday").another and parse("next").another  # when, not the next ones
    assert parse("next week").days is None and parse("pack for a week").days == 7  # when, not how long
    assert parse("multicolour bag").colour == "multi"  # a multicoloured one, asked by name
    assert (
        parse("another one").another and parse("show me 10 more").another and not parse("more shoes").another
    )
    assert (
        parse("what about a matching jacket?").about_focus
        and not parse("what goes with a jacket?").about_focus
    )
    same = parse("do navy and navy go together?")  # tone on tone is a pair too
    assert (same.intent, same.colour, same.other_colour) == ("colour_pair", "navy", "navy")
    matching = parse("matching shoes for my black dress")
    assert (matching.subject, matching.wanted) == ("dress", "shoes")
    assert parse("not #3").not_ref == 3 and parse("3번 말고").not_ref == 3
    assert parse("more like #2").ref == 2 and parse("2번이랑 비슷한 거").ref == 2
    assert parse("for anyone").any_gender
    assert parse("black but not black").contradictory
    assert (
        parse("가방도 추천해줘").about_focus
        and parse("a bag too").about_focus
        and not parse("가방 추천").about_focus
    )
    assert not parse("i don't like green").another and parse("I don't like it").another
    assert parse("what shirt goes under it?").about_focus
    assert (
        parse("what should I wear on my feet?").about_focus and parse("발에는 뭐 신어?").about_focus
    )  # shoes
    assert parse("신발까지 코디해줘").about_focus and parse("what bag should I bring?").about_focus  # for it
    assert parse("without the hat").not_category == "hat" and parse("가방은 빼고").not_category == "bag"
    assert parse("빨간색 원피스 말고 파란색").not_category is None  # not the red one: a blue one
    refused = {
        t: parse(t).not_kind
        for t in (
            "no heels",
            "치마는 싫어",
            "청바지 말고",
            "no shoes",
            "no jacket",
            "I don't want to wear a suit",
        )
    }
    assert refused == {
        "I don't want to wear a suit": "blazer",  # (was a search of blazers)
        "no heels": "heels",
        "치마는 싫어": "skirt",
        "청바지 말고": "jeans",
        "no shoes": None,
        "no jacket": None,
    }
    assert "farewell" in parse("bye").cues and "farewell" in parse("잘가").cues
    assert parse("striped shirts").pattern == "striped" and parse("체크 셔츠").pattern == "checked"
    assert parse("no prints please").not_pattern == "printed" and parse("plain ones").pattern == "solid"
    assert "pattern" not in parse("black shirts").slots()  # printed only when said
    assert "size" in parse("size 270").cues and "size" in parse("사이즈 있어?").cues
    assert parse("I don't like the second one").not_ref == 2 and parse("두 번째 거 별로").not_ref == 2
    assert parse("that's ugly").another and parse("show me more").another and parse("별로야").another
    assert parse("a dress for my daughter").kids and parse("아들 옷 추천").kids and parse("kids shoes").kids
    assert parse("something for a 5 year old girl").kids and parse("7살 딸 원피스").kids
    assert parse("my little boy needs shoes").kids and not parse("a girl's night out").kids
    assert not parse("아이템 추천").kids and not parse("아이보리 셔츠").kids and not parse("for my wife").kids
    assert not parse("in black").contradictory
    # an ordinal refers to an answer's item only as "the second (one)" or "first one", not a first date
    assert parse("how much is the first one?").ref == 1 and parse("shoes for the last one").ref == -1
    assert parse("second one in black").ref == 2 and parse("the third").ref == 3
    assert parse("outfit for a first date").ref is None and parse("the first day of school").ref is None
    # "I'm a woman": the user's own gender (kept as who they shop for), not "a shirt for a man"
    assert parse("I'm a woman").own_gender and parse("저는 남자예요").own_gender
    assert parse("i am a tall guy").gender == "men" and parse("i am a tall guy").own_gender
    assert not parse("a shirt for a man").own_gender and not parse("I am looking for a man shirt").own_gender
    assert parse("20대 여자에요").own_gender and parse("남자인데 뭐 입지").own_gender  # said of themselves
    assert parse("I'm a guest, a woman").own_gender and parse("I'm 30 and a man").own_gender  # (were not)
    assert (
        not parse("I'm buying for a woman").own_gender and not parse("im shopping, a man's watch").own_gender
    )
    assert not parse("남자친구 선물").own_gender and not parse("여자 옷").own_gender
    # "my jeans": the user's own garment (their wardrobe's), not "shoes for my husband"
    assert parse("what goes with my jeans?").mine and parse("a bag for my black dress").mine
    assert parse("내 청바지에 어울리는 신발").mine and not parse("shoes for my husband").mine
    assert not parse("what goes with black jeans?").mine and not parse("기내 가방").mine


@pytest.mark.parametrize(
    ("text", "band"),
    [
        ("under 30,000 won", (None, 30000)),
        ("30-50k", (30000, 50000)),
        ("3~5만원", (30000, 50000)),
        ("1만5천원", (None, 15000)),
        ("₩25,000", (None, 25000)),
        ("size 42 shoes", (None, None)),
        ("under 5", (None, None)),
        ("5 kids", (None, None)),
        ("2024 summer", (None, None)),
        ("오만원 이하", (None, 50000)),  # in words
        ("삼만원대", (30000, 39999)),
        ("만원짜리 티", (None, 10000)),  # 만원 alone is 10,000 (was not read)
        ("1만5천원 이하", (None, 15000)),
        ("5 만원 이하", (None, 50000)),  # not 5 and 만원 apart
        ("이백오십만원 이상", (2500000, None)),
        ("이만 하면 됐어", (None, None)),  # "this much", not 20,000
    ],
)
def test_prices(text: str, band: tuple[int | None, int | None]) -> None:
    found = find_price(text.lower())
    assert (found.min_price, found.max_price) == band


def test_typos_are_read_and_words_kept() -> None:
    targets = {"black": 1, "jeans": 2, "shoes": 3, "blazer": 4}
    assert closest("blak", targets) == "black"
    assert closest("jens", targets) == "jeans"
    assert closest("shose", targets) == "shoes"
    assert closest("more", targets) is None and closest("with", targets) is None
    assert distance("shose", "shoes") == 1


@pytest.mark.parametrize("text", ["", "   ", "🦄" * 50, "a" * 4096, "<script>alert(1)</script>", "\x00\x01"])
def test_bad_input_is_understood_as_nothing(text: str) -> None:
    assert parse(text).intent == "unknown"


def test_long_messages_are_read_quickly() -> None:
    """A 4,096-character paste is cut before parsing (no slot from beyond the first 1,000)."""
    understood = parse("x " * 1000 + "black jeans " * 200)
    assert understood.colour is None


@pytest.mark.parametrize(
    ("text", "intent", "about_focus"),
    [
        ("what shoes go with it?", "outfit", True),
        ("which shoes would match", "outfit", True),  # the kind asked for comes before the cue
        ("이거랑 어울리는 신발", "outfit", True),
        ("어울리는 신발 추천해줘", "outfit", True),  # Korean: the kind asked for follows the cue
        ("shoes for this", "search", True),
        ("what goes with white sneakers?", "outfit", False),  # a garment described to start from
        ("흰색 운동화에 어울리는 코디", "outfit", False),
        ("shoes that go with a black dress", "outfit", False),
        ("black shoes", "search", False),
        ("shoes only", "refine", False),  # the answer in view, narrowed to shoes
        ("신발만 보여줘", "refine", False),
        ("other shoes", "refine", False),
        ("여행 때 입을 신발", "search", False),  # "shoes to wear on a trip": a kind to wear, searched
        ("같이 입을 신발 추천", "search", True),  # "to wear with it"
    ],
)
def test_a_kind_asked_about_the_garment_in_view(text: str, intent: str, about_focus: bool) -> None:
    understood = parse(text)
    assert (understood.intent, understood.category, understood.about_focus) == (intent, "shoes", about_focus)
    assert not parse("what should I wear with it").about_focus  # no kind named: the whole outfit


@pytest.mark.parametrize(
    ("text", "subject", "wanted"),
    [
        ("shoes to go with my red dress", "dress", "shoes"),
        ("a bag for my black dress", "dress", "bag"),
        ("검은 슬랙스에 매치할 셔츠", "pants", "shirt"),  # Korean: the kind asked for follows the cue
        ("원피스에 어울리는 가방 추천", "dress", "bag"),
        ("what goes with white sneakers?", None, None),  # one garment: it is the subject, every slot
        ("shoes for my wife", None, None),
        ("I have a red dress, what shoes should I wear?", "dress", "shoes"),  # the one they have
        ("빨간 원피스가 있는데 어떤 신발 신어?", "dress", "shoes"),
        ("이거랑 어울리는 신발", None, None),
        ("what shoes with a black dress?", "dress", "shoes"),  # no "go": was a search for black shoes
        ("a black dress with what shoes?", "dress", "shoes"),
        ("a black dress with white shoes", None, None),  # two described: not asked
        ("네이비 정장에 어떤 셔츠?", "blazer", "shirt"),  # "정장에": the suit worn (alone, a style)
        ("정장엔 무슨 신발?", "blazer", "shoes"),
    ],
)
def test_a_garment_described_and_the_kind_of_its_outfit_asked_for(
    text: str, subject: str | None, wanted: str | None
) -> None:
    understood = parse(text)
    assert (understood.subject, understood.wanted) == (subject, wanted)
    if wanted:
        assert understood.intent == "outfit"


@pytest.mark.parametrize(
    ("text", "category", "article"),
    [
        ("white sneakers", "shoes", "sneakers"),
        ("black jeans for men", "pants", "jeans"),
        ("a leather backpack", "bag", "backpack"),
        ("흰색 운동화", "shoes", "sneakers"),
        ("청바지", "pants", "jeans"),
        ("navy chinos", "pants", "slacks"),  # not track pants
        ("검은 슬랙스", "pants", "slacks"),
        ("blak jeens", "pants", "jeans"),  # a typo of the kind is still that kind
        ("winter boots for women", "shoes", "boots"),
        ("부츠 추천", "shoes", "boots"),
        ("스키니진", "pants", "jeans"),  # "진" after a cut is jeans (never "사진", "진짜")
        ("와이드 진 추천", "pants", "jeans"),
        ("굽 낮은 걸로", "shoes", "flats"),
        ("사진 보내도 돼?", None, None),
        ("trousers", "pants", None),  # the category itself: any of it
        ("shoes", "shoes", None),
        ("발 편한 운동화", "shoes", "sneakers"),  # comfortable sneakers are sneakers
        ("편한 신발", "shoes", "comfortable"),
        ("what about shoes for walking a lot?", "shoes", "comfortable"),  # (were any shoes)
        ("많이 걸을 건데 신발은?", "shoes", "comfortable"),
        ("a jumpsuit", "dress", "jumpsuit"),  # listed among dresses (was a bodysuit: infants' rompers)
        ("점프수트 추천", "dress", "jumpsuit"),
        ("a romper", "body", None),
    ],
)
def test_a_kind_within_the_category_is_read(text: str, category: str, article: str | None) -> None:
    understood = parse(text)
    assert (understood.category, understood.article) == (category, article)


@pytest.mark.parametrize(
    ("text", "material", "category"),
    [
        ("how do I wash a wool sweater?", "wool", "longsleeve"),
        ("패딩 세탁법", "down", "outerwear"),  # a padded jacket named: down's care
        ("가죽 자켓 관리 어떻게 해?", "leather", "outerwear"),
        ("how do I clean suede boots?", "suede", "shoes"),
        ("겨울 코트 세탁", None, "outerwear"),  # 겨울 holds 울 (wool): not a fabric
        ("how do I wash it?", None, None),
    ],
)
def test_care_questions_name_the_fabric_and_kind(
    text: str, material: str | None, category: str | None
) -> None:
    understood = parse(text)
    assert (understood.intent, understood.material, understood.category) == ("care", material, category)


def test_months_are_seasons_and_minimalism_is_plain_neutrals() -> None:
    assert [parse(t).season for t in ("a coat for december", "7월 제주 여행", "11월 결혼식", "in may")] == [
        "winter",
        "summer",
        "mild",
        "mild",
    ]
    assert parse("may I see some shoes?").season is None  # "may" asks; "in may" is a month
    minimal = parse("she likes minimalist style")
    assert (minimal.tone, minimal.pattern) == ("neutral", "solid")
    assert (parse("미니멀 스트라이프 셔츠").pattern, parse("a simple red dress").tone) == ("striped", None)


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("pack for 3 days", 3),
        ("a 4-day trip", 4),
        ("2박 3일 여행", 3),
        ("5일 동안 여행", 5),
        ("12월 1일 여행", None),  # a date, not a length
        ("what should I pack for a week?", 7),
        ("a long weekend in Busan", 3),
        ("주말 여행 짐", 2),
        ("a 40 day trip", 14),  # a long trip packs like a fortnight's
        ("pack for Jeju", None),
    ],
)
def test_a_trips_length_in_days(text: str, days: int | None) -> None:
    assert parse(text).days == days


def test_every_fabric_has_words() -> None:
    from understanding.lexicon import MATERIAL_WORDS
    from vocabulary import MATERIALS

    assert set(MATERIAL_WORDS) == set(MATERIALS)


@pytest.mark.parametrize(
    ("text", "degrees"),
    [
        ("12도인데 뭐 입지?", 12),
        ("영하 5도", -5),
        ("내일 -3도래", -3),
        ("it's 30 degrees", 30),
        ("what to wear at 5°c", 5),
        ("50°f outside", 10),
        ("180도 달라졌어", None),  # not weather
        ("pack for 3 days", None),
    ],
)
def test_the_days_temperature(text: str, degrees: int | None) -> None:
    assert parse(text).temperature == degrees


@pytest.mark.parametrize(
    ("text", "height", "build"),
    [
        ("I'm 157cm", 157, "petite"),
        ("I'm 5'2 and curvy", 157, "curvy"),  # feet and inches (were not read), the figure first
        ("I'm 5 foot 2", 157, "petite"),
        ("I'm 6'3, what jeans", 190, "tall"),
        ("I'm 6 feet tall", 183, "tall"),
        ("it's 5 o'clock", None, None),
        ("size 5", None, None),
    ],
)
def test_a_height_in_centimetres_or_feet(text: str, height: int | None, build: str | None) -> None:
    u = parse(text)
    assert (u.height, u.build) == (height, build)
    assert parse("I'm 5ft 4in 60kg").measures == (163, 60)


def test_several_colours_refused_at_once() -> None:
    """'not black, not grey': both left out, under one ✕ (the second was lost)."""
    from application.wish import Wish

    assert Wish().merged(parse("not black, not grey")).refused_colours() == ("black", "grey")
    assert Wish(colour="grey").merged(parse("not black, not grey")).colour is None
    assert Wish().merged(parse("not red")).refused_colours() == ("red",)


def test_a_fabric_is_read_from_a_products_name() -> None:
    """'leather', 'linen', '린넨' asked: products whose names say so; a padded jacket ('패딩') is no
    fabric to filter by (rarely named 'down'); '청치마', 'jean shorts': denim in the garment's word."""
    from application.wish import Wish
    from vocabulary import made_of

    assert made_of("Turtle Men Leather Black Belts", "leather") and made_of(
        "UCB Men Linen Navy Shirt", "linen"
    )
    assert not made_of("Leatherette Bag", "leather") and not made_of("Nike Men Black Jacket", "leather")
    assert made_of("Wrangler Men Blue Jeans", "denim") and not made_of("Wool Coat", "down")
    assert Wish().merged(parse("린넨 셔츠")).material == "linen"
    assert Wish().merged(parse("패딩 추천")).material is None and parse("패딩 추천").material == "down"
    for said, kind in (("청치마", "skirt"), ("청자켓 추천", "outerwear"), ("jean shorts", "shorts")):
        assert (parse(said).category, Wish().merged(parse(said)).material) == (kind, "denim")  # (were: any)
    assert parse("청바지").material is None and parse("청소").material is None  # jeans are a kind


def test_a_cut_is_read_from_a_products_name() -> None:
    from bot.sizes import fit_text
    from vocabulary import cut_of

    assert cut_of("Flying Machine Men Slim Fit Jeans") == cut_of("Skinny Jeans") == "slim"
    assert cut_of("Oversized Tee") == cut_of("Wide Leg Trousers") == "roomy"
    assert cut_of("Nike Men Black Shorts") is None and cut_of("Slimline Wallet") is None
    assert parse("slim fit shirts").cut == parse("슬림핏 청바지").cut == parse("skinny jeans").cut == "slim"
    assert parse("which one is the slimmest?").cut == "slim" and parse("the baggiest one").cut == "roomy"
    assert (
        parse("oversized tee").cut == parse("오버핏 티셔츠").cut == parse("wide leg trousers").cut == "roomy"
    )
    assert parse("black jeans").cut is None and parse("I'm tall and skinny").cut is None
    assert parse("I prefer loose fits").cut == parse("looser clothes").cut == "roomy"  # (were not understood)
    assert parse("I like fitted clothes").cut == "slim" and parse("I prefer loose fits").intent == "refine"
    refused = ("I hate skinny jeans", "not slim fit", "오버핏 말고", "스키니는 싫어", "no oversized tees")
    assert {parse(said).cut for said in refused} == {"regular"}  # neither cut (were the cut refused)
    slim = fit_text({"product": "X Slim Fit Jeans", "slot": "bottom", "cut": "slim"}, "en")
    assert slim.startswith("X Slim Fit Jeans: its name says a slim cut") and "take the larger" in slim
    shoes = fit_text({"product": "Y Sneakers", "slot": "shoes", "cut": ""}, "en")
    assert shoes.startswith("Shoes go by your foot's length")  # a shoe's cut is not said


def test_the_wardrobes_say_in_a_buy() -> None:
    from bot.taste import wardrobe_fit_text

    assert (
        parse("should I buy it?").buying and parse("이거 살까 말까").buying and not parse("is it ok?").buying
    )
    pieces = [{"category": "pants", "colour": "navy"}, {"category": "shoes", "colour": "white"}]
    said = wardrobe_fit_text({"total": 5, "count": 3, "pieces": pieces}, "en")
    assert (
        said
        == "It goes with 3 of the 5 pieces in your wardrobe: your navy trousers, your white shoes and 1 more."
    )
    said = wardrobe_fit_text({"total": 5, "count": 3, "pieces": pieces}, "ko")
    assert said == "옷장의 5벌 중 3벌과 잘 어울려요: 네이비 바지, 화이트 신발 외 1벌."
    assert wardrobe_fit_text({"total": 0, "count": 0, "pieces": []}, "en").startswith("Save your own clothes")


def test_an_occasions_etiquette_for_colours() -> None:
    from vocabulary import colour_fits

    assert not colour_fits("white", "wedding") and colour_fits("white", "wedding", "shirt")
    assert colour_fits("black", "wedding") and colour_fits("navy", "funeral")
    assert not colour_fits("red", "funeral") and not colour_fits("yellow", "interview")
    assert colour_fits("red", "date") and colour_fits("white", None)


def test_sizes_convert_between_systems() -> None:
    from vocabulary import shoe_size, top_size

    assert shoe_size("mm", 270) == shoe_size("us", 9) == shoe_size("us_women", 10) == shoe_size("uk", 8)
    assert (shoe_size("mm", 240).us_men, shoe_size("mm", 240).us_women) == (6, 7)  # type: ignore[union-attr]
    assert shoe_size("mm", 400) is None and shoe_size("eu", 42).mm == 265  # type: ignore[union-attr]
    assert top_size("letter", "m") == ("M", (95, 66)) == top_size("ko", "66")
    assert top_size("ko", "110") == ("XXL", (110,)) and top_size("ko", "12") is None
    assert top_size("us_dress", "8") == ("M", (66,)) and top_size("us_dress", "7") is None  # "I'm a size 8"
    assert parse("I'm a size 8").size == ("us_dress", "8") and parse("I'm a size 8").intent == "size"
    assert parse("size 8 shoes").size != ("us_dress", "8")  # a shoe's
    from vocabulary import top_for_build

    assert top_for_build(180, 75, "men") == ("L", 100) and top_for_build(190, 75, "men") == ("XL", 105)
    assert top_for_build(165, 55, "women") == ("M", 66) and top_for_build(150, 40, "women") == ("XS", 44)
    assert top_for_build(175, 130, "men") == ("XXL", 110)  # off the top of the chart: its largest
    assert parse("I'm 180cm 75kg, what size?").measures == (180, 75) and parse("키 165 몸무게 55").measures
    assert parse("size 270").measures is None and parse("180cm").measures is None  # both, or neither
    from vocabulary import waist_size

    assert waist_size(30) == (76, "M", "XL") and waist_size(26) == (66, "S", "M") and waist_size(50) is None
    for text in ("허리 30이면?", "waist 30 what size?", "W30"):  # a trouser waist, in inches
        assert parse(text).size == ("waist", "30") and parse(text).intent == "size", text
    assert parse("28인치 있어?").intent == "shop_info" and parse("30인치 청바지").intent == "search"
    assert parse("it's 30 degrees").size is None and parse("I'm 180cm 75kg").size is None


def test_a_brand_is_read_and_known_by_its_product_names() -> None:
    """'nike shoes', '나이키 운동화', "levi's jeans": the brand; a product's brand is how its name
    begins, the longest first (Lee Cooper is not Lee); a well-known brand not carried is known."""
    from vocabulary import brand_of, carries

    assert [parse(t).brand for t in ("nike shoes", "나이키 운동화", "levi's jeans", "hm, ok")] == [
        "nike", "nike", "levis", None,
    ]  # fmt: skip
    assert (parse("zara dresses").brand, carries("zara"), carries("nike")) == ("zara", False, True)
    assert brand_of("Lee Cooper Men Black Shoes") == "leecooper" and brand_of("Lee Men Blue Jeans") == "lee"
    assert brand_of("UCB Men Blue Tshirt") == "benetton" and brand_of("Leeds Scarf") is None
    assert parse("any brand").dropped == {"brand", "not_brand"}
    refused = [parse(t) for t in ("not nike", "나이키 말고 아디다스", "anything but adidas")]
    assert [(u.brand, u.not_brand) for u in refused] == [(None, "nike"), ("adidas", "nike"), (None, "adidas")]


@pytest.mark.parametrize(
    ("text", "category", "colour", "also"),
    [
        ("shoes and a bag?", "shoes", None, (("bag", None),)),
        ("I need shoes and a bag for a wedding", "shoes", None, (("bag", None),)),
        ("black shoes and a red bag", "shoes", "black", (("bag", "red"),)),
        ("shoes and a red bag", "shoes", None, (("bag", "red"),)),  # the red is the bag's
        ("a shirt, trousers and shoes for an interview", "shirt", None, (("pants", None), ("shoes", None))),
        ("do you have shoes, and bags?", "shoes", None, (("bag", None),)),
        ("신발이랑 가방 추천해줘", "shoes", None, (("bag", None),)),
        ("흰 셔츠랑 검정 바지 보여줘", "shirt", "white", (("pants", "black"),)),
        ("what shoes and bag go with a black dress?", "shoes", "black", (("bag", None),)),
        ("jeans and a hoodie ok?", "hoodie", None, ()),  # one judged with the other
        ("a dress with sneakers", "dress", None, ()),
        ("신발은 운동화로", "shoes", None, ()),  # that slot, as sneakers
        ("jeans or trousers", "pants", None, ()),  # one slot
        ("shoes for my dress and a bag", "shoes", None, ()),  # not a list: "for my dress" between
        ("heels and a clutch", "shoes", None, (("clutch", None),)),  # its article kind: not any bag
    ],
)
def test_several_kinds_wanted_together(
    text: str, category: str, colour: str | None, also: tuple[tuple[str, str | None], ...]
) -> None:
    u = parse(text)
    assert (u.category, u.colour, u.also) == (category, colour, also)


def test_each_kind_asked_together_is_its_own_wish() -> None:
    """'Black heels and a red clutch, not nike': the heels black, the clutch red and a bag of that
    kind; what else was asked holds for both; the slot left out is not among them."""
    from application.wish import Wish

    wish = Wish(
        colour="black", category="shoes", article="heels", not_brand="nike", also=(("clutch", "red"),)
    )
    heels, clutch = wish.each_kind()
    assert (heels.category, heels.article, heels.colour, heels.also) == ("shoes", "heels", "black", None)
    assert (clutch.category, clutch.article, clutch.colour, clutch.not_brand) == (
        "bag",
        "clutch",
        "red",
        "nike",
    )
    assert wish.for_slot("bag") == clutch and wish.for_slot("top") == wish
    assert [w.category for w in replace(wish, not_slot="bag").each_kind()] == ["shoes"]
    assert Wish.from_dict(wish.to_dict()) == wish  # stored as JSON lists, read back as tuples
    assert Wish.from_dict({"category": "shoes", "also": [["bag"], "x", 3]}) == Wish(category="shoes")


def test_a_looks_slots_changed_one_by_one_are_kept() -> None:
    """'바지는 청바지로', then '상의는 흰색으로': the jeans kept in the bottoms' slot (no colour asked of
    them, not the tops' white) while the tops turn white; a third change keeps both; a change of the
    same slot replaces it; a plain refinement keeps nothing it was not asked."""
    from application.wish import Wish

    jeans = Wish().merged(parse("바지는 청바지로"))
    assert (jeans.category, jeans.article, jeans.also) == ("pants", "jeans", None)
    white = jeans.merged(parse("상의는 흰색으로"))
    assert (white.category, white.colour, white.also) == ("top", "white", (("jeans", ""),))
    top, bottoms = white.each_kind()
    assert (top.colour, bottoms.category, bottoms.article, bottoms.colour) == (
        "white",
        "pants",
        "jeans",
        None,
    )
    shoes = white.merged(parse("change the shoes to black"))
    assert shoes.also == (("jeans", ""), ("top", "white")) and shoes.colour == "black"
    assert white.merged(parse("make the top black")).also == (("jeans", ""),)  # the tops', replaced
    assert Wish(category="shoes").merged(parse("상의는 흰색으로")).also is None  # shoes shown, not chosen
    assert Wish.from_dict(white.to_dict()) == white


def test_an_occasions_own_garment_is_a_kind_or_a_category() -> None:
    """A rainy day's outfit begins from a raincoat (an article kind of outerwear), a round of golf's
    from a polo shirt (a category); a kind named wins; '가방도' after shoes asks for both."""
    from application.wish import Wish

    rain = Wish().described(parse("what should I wear on a rainy day?"))
    assert (rain.category, rain.article) == ("outerwear", "raincoat")
    beach = Wish().merged(parse("beach vacation outfit"))
    assert beach.merged(parse("for winter")).occasion is None  # a ski trip's summer too; a date's kept
    assert Wish().merged(parse("ski trip")).merged(parse("for summer")).occasion is None
    assert Wish().merged(parse("for a date")).merged(parse("for winter")).occasion == "date"
    golf = Wish().described(parse("골프웨어 추천"))
    assert (golf.category, golf.article, golf.style) == ("polo", None, "sports")
    assert Wish().described(parse("shorts for golf")).category == "shorts"
    both = Wish(colour="black", category="shoes").with_kinds(parse("가방도"), "search")
    assert (both.category, both.colour, both.also, both.about_focus) == (
        "shoes",
        "black",
        (("bag", None),),
        False,
    )


def test_a_childs_occasion_dresses_the_shopper_not_the_child() -> None:
    """'An outfit for my son's birthday party', '아들 돌잔치 코디': the parent's look (were children's
    wear); 'clothes for my son', 'shoes and a bag for my daughter' are the child's."""
    assert not parse("outfit for my son's birthday party").kids and not parse("아들 돌잔치 코디").kids
    assert parse("clothes for my son").kids and parse("shoes and a bag for my daughter").kids


def test_a_grown_up_son_or_daughter_is_not_dressed_in_kidswear() -> None:
    """'A graduation gift for my son', 'a suit for my son's job interview', '딸 면접 정장' are a grown-up's
    (were kidswear); a kindergarten's graduation or an age is still a child's."""
    assert not parse("graduation gift for my son").kids and not parse("suit for my son's job interview").kids
    assert not parse("딸 면접 정장").kids and not parse("a dress for my daughter's prom").kids
    assert parse("유치원 졸업식 딸 원피스").kids and parse("graduation outfit for my 6 year old son").kids


@pytest.mark.parametrize(
    ("text", "gender"),
    [
        ("what should the groom's mother wear?", "women"),
        ("mother of the bride outfit", "women"),
        ("신랑 어머니 뭐 입어?", "women"),
        ("father of the bride suit", "men"),
        ("신부 아버지 정장", "men"),
        ("bridesmaid dress", "women"),
    ],
)
def test_a_role_at_a_wedding_is_dressed_as_its_gender(text: str, gender: str) -> None:
    """The groom's mother is a woman dressed for a wedding (no gender had been read), the bride's father a
    man; a bridesmaid is her own occasion: a dress in the wedding's soft colours."""
    occasion = "bridesmaid" if "bridesmaid" in text else "wedding"
    assert (parse(text).gender, parse(text).occasion) == (gender, occasion)


@pytest.mark.parametrize(
    ("text", "tone"),
    [
        ("전체적으로 너무 어두운 것 같아", "light"),  # too dark: lighter ones (was "dark": darker still)
        ("it's too dark", "light"),
        ("너무 밝아", "dark"),
        ("칙칙해", "light"),
        ("dark jeans", "dark"),
        ("something brighter", "light"),
    ],
)
def test_too_much_of_a_tone_asks_for_the_other(text: str, tone: str) -> None:
    assert parse(text).tone == tone


def test_less_dressy_is_a_change_and_not_too_formal_a_bound() -> None:
    """'Less dressy' of a smart-casual look (a date's) or a casual one is plain casual; 'not too formal'
    keeps a date's smart casual, and is plain casual of a casual look with no occasion."""
    from understanding.occasions import occasion_after

    less, bound = parse("something less dressy"), parse("not too formal though")
    assert (less.occasion, bound.occasion) == ("smart", "smart") and "less" in parse("덜 꾸민 느낌으로").cues
    assert "less" in less.cues and "less" not in bound.cues
    for said in ("너무 딱딱해 보여", "it looks too stuffy", "too corporate"):  # of a look in view: less so
        assert parse(said).occasion == "smart" and {"toned", "less"} <= parse(said).cues, said
    assert occasion_after("date", "smart", less=True) is None and occasion_after("date", "smart") == "date"
    assert occasion_after(None, "smart", style="casual") is None and occasion_after(None, "smart") == "smart"
    assert occasion_after("interview", "smart", less=True) == "smart"  # a dressy one's: smart casual
    from application.wish import Wish

    casual = Wish(style="casual")  # "business casual" named of a casual look is asked (it was dropped)
    assert (
        casual.merged(parse("business casual")).occasion == "smart"
        and "toned" not in parse("smart casual").cues
    )
    assert casual.merged(parse("not too formal though")).occasion is None


def test_an_androgynous_look_is_anyones() -> None:
    """'Androgynous look', '중성룩', 'I'm non-binary': a look of pieces for anyone (they were not
    understood, or a look of the shopper's gender)."""
    for text in ("androgynous look", "중성룩", "I'm non-binary, outfit ideas", "중성적인 코디"):
        understood = parse(text)
        assert understood.any_gender and understood.intent == "outfit", text


def test_a_two_letter_word_has_no_plural() -> None:
    """'hi' is a greeting, but not inside "his" (a term's plural "s" was read after two letters too);
    "for his birthday" is a gift."""
    understood = parse("what should I get my dad for his birthday?")
    assert "gift" in understood.cues and understood.gender == "men"
    assert "greeting" not in parse("a jacket like his").cues  # was a greeting too
    assert parse("hi").intent == "greeting" and parse("black tees").category == "t-shirt"  # plurals kept


@pytest.mark.parametrize(
    ("text", "build"),
    [
        ("slimming outfit", "curvy"),  # what flatters a fuller build (was "which build?")
        ("how to dress for an apple body", "curvy"),  # (was none)
        ("how should short guys dress?", "petite"),  # (was none: "short guy" alone)
        ("how should a pear shaped woman dress", "pear"),  # and a look for her, not dresses
        ("how to hide belly", "curvy"),  # (was not understood)
        ("뱃살 커버", "curvy"),
        ("i wanna look taller", "petite"),
        ("I'm tall and skinny", "slim"),
        ("다리 굵은데 어떤 바지가 좋아?", "pear"),  # the legs' weight is the lower body's (was none)
        ("I have thick legs", "pear"),
        ("배 나온 남자 셔츠", "curvy"),  # (was none)
        ("shirts for a guy with a beer belly", "curvy"),
        ("belly dance outfit", None),  # a dance, not a figure
        ("a top that shows my belly", None),
        ("I'm 185cm and a bit heavy", "curvy"),  # the figure, not the height's "tall" (was tall)
        ("I'm tall and heavy", "curvy"),
        ("살이 좀 쪘어", "curvy"),  # (was not understood)
        ("a big and tall man", "curvy"),
        ("the bag is small and heavy", None),
        ("I'm looking for a coat that is warm and heavy", None),
    ],
)
def test_a_build_is_read_from_what_the_shopper_wants_to_look(text: str, build: str | None) -> None:
    assert parse(text).build == build


@pytest.mark.parametrize(
    ("text", "concern"),
    [
        ("too much black?", "colour"),
        ("검정색 너무 많아?", "colour"),
        ("is this too dark?", "dark"),
        ("is it too pale?", "light"),
        ("too many colours?", "colourful"),
        ("너무 화려해?", "colourful"),
        ("너무 심심해?", "plain"),
        ("too dark", None),  # after a search: lighter ones, a refinement
        ("너무 밝아", None),
        ("black shoes", None),
        ("is a black dress too much?", None),  # the dress too dressy, not too much black (it was)
        ("is it too much black with these shoes?", "colour"),
    ],
)
def test_the_colour_balance_of_a_look_is_asked(text: str, concern: str | None) -> None:
    """'Too much black?', 'is this too dark?', 'too many colours?', '너무 심심해?' ask how the look in
    view balances (were a search of black pieces, a verdict on one garment); 'too dark' alone is still
    a refinement."""
    assert parse(text).balance == concern


def test_a_looks_balance_counts_its_pieces() -> None:
    """Three of four pieces black is a lot of black (a hedged "brown or black" counts); a deep look with
    no pale piece is dark, and a white one lifts it (for a funeral, rightly dark); three accent colours
    are busy; all neutrals plain."""
    from application.balance import balance

    look = [("black",), ("brown", "black"), ("black",), ("white",)]
    said = balance(look, "colour", "black")
    assert (said["count"], said["total"], said["too"]) == (3, 4, True)
    assert not balance(look, "dark")["too"] and balance(look[:3], "dark")["too"]
    assert balance([("red",), ("green",), ("yellow",), ("black",)], "colourful")["too"]
    assert not balance([("red",), ("black",), ("white",)], "colourful")["too"]
    assert balance(look, "plain")["too"] and not balance([("red",), ("black",)], "plain")["too"]
    assert balance(look[:3], "dark", occasion="funeral")["kept_for"] == "funeral"  # its etiquette
    assert "kept_for" not in balance(look[:3], "dark", occasion="date")


def test_a_numbered_product_called_ugly_is_refused() -> None:
    """'#5 is ugly', '#3 looks weird', "#2 isn't my style" refuse that one (were more like it, and the
    last 'what's my style?'); '#2 is nice' is still about it."""
    assert parse("#5 is ugly").not_ref == 5 and parse("#3 looks weird").not_ref == 3
    assert parse("#2 isn't my style").not_ref == 2 and parse("#2 isn't my style").intent == "refine"
    assert parse("#2 is nice").ref == 2 and parse("#2 is nice").not_ref is None


def test_a_small_bag_is_its_own_kind() -> None:
    """'크로스백', 'a mini bag', 'a small bag for a wedding' ask clutches and pouches (were any bag)."""
    from vocabulary import ARTICLE_KINDS

    assert parse("크로스백으로").article == "small bag" and parse("a mini bag").article == "small bag"
    assert "Clutches" in ARTICLE_KINDS["small bag"][2] and "Backpacks" not in ARTICLE_KINDS["small bag"][2]


def test_a_kind_for_eyes_or_hair_is_searched() -> None:
    """'흑발에 어울리는 니트', 'sweaters for black hair': sweaters in the colours that suit black hair, not
    a sweater to go with the piece in view; "what colours suit blue eyes?" asks the colours."""
    for text in ("흑발에 어울리는 니트", "sweaters for black hair"):
        u = parse(text)
        assert (u.intent, u.tone, u.article, u.about_focus) == ("search", "black_hair", "sweater", False), (
            text
        )
    assert (parse("what colours suit blue eyes?").intent, parse("what colours suit blue eyes?").colour) == (
        "palette",
        None,
    )


def test_a_detail_is_read_from_names_and_asked_of_the_garment_named() -> None:
    """Sleeves, necklines, hoods and pockets: read from a product's name; asked of the garment named
    ("반팔 셔츠": a shirt's short sleeves), not of a kind that is the detail itself ("반팔": a T-shirt) nor
    of the layer over it ("반팔 위에 뭐 걸치지?"), nor from a tip ("should I roll up my sleeves?")."""
    from vocabulary import has_detail

    assert has_detail("Puma Men V-Neck Tshirt", "v_neck") and has_detail("Women Halter Top", "sleeveless")
    assert has_detail("Roadster Men Hooded Sweatshirt", "hooded") and not has_detail("Hood Cap", "hooded")
    assert not has_detail("Nike Men Black Tshirt", "round_neck")
    assert parse("반팔 셔츠").detail == "short_sleeve" and parse("긴팔 원피스").detail == "long_sleeve"
    assert parse("반팔").detail is None and parse("hoodie").detail is None and parse("polo").detail is None
    assert (
        parse("반팔 위에 뭐 걸치지?").detail is None and parse("should I roll up my sleeves?").detail is None
    )
    assert parse("any sleeves").dropped == parse("소매 상관없어").dropped == {"detail"}
    assert parse("without pockets").detail is None and parse("no sleeves").detail == "sleeveless"


def test_which_kind_goes_with_a_garment_named_in_korean_describes_it() -> None:
    """'어떤 신발이 청바지랑 어울려?': shoes asked for jeans described (it searched shoes); 'which belt goes
    with black shoes?' is not about the garment in view."""
    for text, subject, wanted in (
        ("어떤 신발이 청바지랑 어울려?", "pants", "shoes"),
        ("무슨 가방이 원피스랑 어울려?", "dress", "bag"),
        ("어떤 가방이 검은 원피스에 잘 어울려?", "dress", "bag"),
    ):
        u = parse(text)
        assert (u.intent, u.subject, u.wanted) == ("outfit", subject, wanted), text
    assert parse("어떤 신발이 어울려?").about_focus and parse("어떤 신발이 어울려?").subject is None
    assert not parse("which belt goes with black shoes?").about_focus


def test_korean_words_for_a_wide_cut_and_everyday_bags() -> None:
    """'통 넓은 바지' is a roomy cut, as '와이드'; '에코백', '숄더백' are handbags ('에코백' was not
    understood)."""
    assert parse("통 넓은 바지").cut == parse("통이 넓은 청바지").cut == "roomy"
    assert parse("에코백").article == parse("숄더백 추천").article == "handbag"


def test_a_recommendation_asked_for_is_a_cue() -> None:
    """ "recommend shoes", "가방 보여줘" ask a suggestion (for a photo in view, pieces for it); "I want
    shoes" and "shoes" alone say only the kind."""
    for text in ("recommend shoes", "신발 추천해줘", "가방 보여주세요", "show me a bag", "any good hats?"):
        assert "recommend" in parse(text).cues and parse(text).intent == "search", text
    for text in ("I want shoes", "shoes", "신발 사고 싶어", "find me a bag"):
        assert "recommend" not in parse(text).cues, text


def test_what_the_user_usually_wears_is_where_they_start() -> None:
    """'…, I usually wear hoodies' with an occasion: that occasion's look, not hoodies (was a search of
    hoodies for the office); said alone, their own hoodie's outfit."""
    work = parse("I want to look more put together for work, I usually wear hoodies")
    assert (work.intent, work.category, work.occasion) == ("outfit", None, "office")
    alone = parse("평소에 후드티만 입어요")
    assert (alone.intent, alone.category, alone.mine) == ("outfit", "hoodie", True)


def test_what_suits_an_age_is_a_tip() -> None:
    """ "What suits my age?", "나이에 맞는 옷": how to dress at any age, not a look nor "didn't get that";
    an age in a wearer's words ("a 50 year old man") keeps the look asked for."""
    asked = ("I'm 45, what suits my age?", "나이에 맞는 옷 추천해줘", "am I too old for mini skirts?")
    for text in (
        *asked,
        "is this too young for me?",
        "does this make me look old?",
        "I'm in my 40s, is it ok?",
    ):
        assert parse(text).tip == "age" and parse(text).intent == "tip", text
    assert parse("what should a 50 year old man wear to a wedding").intent == "outfit"
    assert parse("should I tuck it in?").tip == "tuck"


def test_a_kind_not_carried_refused_is_not_asked_for() -> None:
    """ "No tie please", "넥타이는 빼줘" refuse a kind not carried (none is in a look anyway); "a tie for a
    wedding" asks one."""
    for text in ("no tie please", "넥타이는 빼줘", "without a tie", "I don't want a watch"):
        assert parse(text).intent == "uncarried" and "refused" in parse(text).cues, text
    assert "refused" not in parse("a tie for a wedding").cues
    for text in ("which tie for a navy suit?", "what tie with a grey suit?", "earrings for a red dress"):
        said = parse(text)  # the garment described is the look's start, the kind not carried asked of it
        assert (said.intent, said.about_focus, "outfit" in said.cues) == ("outfit", False, True), text
    assert parse("a watch and a black shirt").intent == "search"


def test_edgy_is_dark_and_cute_is_light() -> None:
    """ "More edgy", "grunge" ask dark colours, "cuter" light ones, "boho" earthy warm ones (was not
    understood), unless a colour is named."""
    assert parse("ok something more edgy").tone == "dark" and parse("grunge style").tone == "dark"
    assert parse("좀 더 귀엽게").tone == "light" and parse("edgy black jacket").tone is None
    assert parse("balletcore outfit").tone == parse("발레코어").tone == "light"  # (was not understood)
    assert "another" not in parse("ugly christmas sweater").cues  # a kind of sweater, not a dislike
    assert parse("something more boho").tone == parse("보헤미안 스타일").tone == "warm"


def test_comfortable_shoes_for_a_formal_day_are_closed() -> None:
    """'Comfortable shoes for the office': flats and closed shoes, no sandals (were among them); of a
    party dress's look, flats and leather shoes (were slip-on sneakers and crocs); of a day out,
    sandals still."""
    from application.wish import Wish

    office = Wish().merged(parse("comfortable shoes for the office")).article_types()
    beach = Wish().merged(parse("comfortable shoes for the beach")).article_types()
    assert office and "Flats" in office and not {"Sandals", "Flip Flops"} & office
    assert beach and "Sandals" in beach
    party = Wish(category="dress", style="party").merged(parse("comfy shoes for it")).article_types()
    assert party == {"Flats", "Formal Shoes"}


def test_a_look_too_plain_or_too_busy_is_answered_in_kind() -> None:
    """'Too plain', '너무 심심해': a pop of colour (was: plain ones asked for); 'too many patterns',
    '너무 정신없어': calm, plain neutrals (was: not understood)."""
    for said in ("the top is too plain", "it's too boring", "너무 심심해"):
        assert (parse(said).tone, parse(said).pattern) == ("accent", None), said
    for said in ("too many patterns", "너무 정신없어", "too busy"):
        assert (parse(said).tone, parse(said).pattern) == ("neutral", "solid"), said
