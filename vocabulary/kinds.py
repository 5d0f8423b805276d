"""The kinds a shopper names: article kinds within a category ("sneakers" are shoes, not sandals), and
the kinds the catalogue has none of (watches, socks, ties), said plainly rather than misread."""

from __future__ import annotations

from .labels import ARTICLE_TYPES

# Kinds a shopper names within a category — "sneakers" are shoes, but not sandals; "jeans" are trousers,
# but not track pants: label -> (English, Korean, the catalogue article types it covers).
ARTICLE_KINDS: dict[str, tuple[str, str, frozenset[str]]] = {
    "sneakers": ("sneakers", "운동화", frozenset({"Casual Shoes", "Sports Shoes"})),
    "sandals": ("sandals", "샌들", frozenset({"Sandals", "Sports Sandals", "Flip Flops"})),
    "heels": ("heels", "힐", frozenset({"Heels"})),
    "flats": ("flats", "플랫 슈즈", frozenset({"Flats"})),
    "boots": ("boots", "부츠", frozenset({"Boots"})),
    "comfortable": (  # "편한 신발", "좀 더 편한 걸로" of shoes: flat soles, no heels or formal shoes
        "comfortable shoes",
        "편한 신발",
        frozenset({"Casual Shoes", "Sports Shoes", "Flats", "Sandals", "Sports Sandals"}),
    ),
    "formal shoes": ("formal shoes", "구두", frozenset({"Formal Shoes", "Heels", "Flats"})),  # hers: pumps
    "loafers": ("loafers", "로퍼", frozenset({"Casual Shoes", "Formal Shoes", "Heels"})),  # named so
    "jeans": ("jeans", "청바지", frozenset({"Jeans", "Jeggings"})),
    "slacks": ("chinos / slacks", "슬랙스", frozenset({"Trousers"})),  # not jeans or joggers
    "track pants": ("track pants", "트레이닝 바지", frozenset({"Track Pants"})),
    "leggings": ("leggings", "레깅스", frozenset({"Leggings", "Jeggings", "Tights"})),
    "backpack": ("backpacks", "백팩", frozenset({"Backpacks", "Rucksacks"})),
    "handbag": ("handbags", "핸드백", frozenset({"Handbags"})),
    "clutch": ("clutches", "클러치", frozenset({"Clutches"})),
    "small bag": ("small bags", "작은 가방", frozenset({"Clutches", "Mobile Pouch", "Waist Pouch"})),
    "sunglasses": ("sunglasses", "선글라스", frozenset({"Sunglasses"})),
    "belt": ("belts", "벨트", frozenset({"Belts"})),
    "wallet": ("wallets", "지갑", frozenset({"Wallets"})),  # a handful, hers
    "scarf": ("scarves", "스카프", frozenset({"Scarves"})),
    "kurta": ("kurtas", "쿠르타", frozenset({"Kurtas", "Kurtis"})),
    "saree": ("sarees", "사리", frozenset({"Sarees"})),
    "jumpsuit": ("jumpsuits", "점프수트", frozenset({"Jumpsuit"})),  # listed among dresses
    "sweater": ("sweaters", "스웨터", frozenset({"Sweaters"})),
    "sweatshirt": ("sweatshirts", "맨투맨", frozenset({"Sweatshirts"})),
    "raincoat": ("raincoats", "우비", frozenset({"Rain Jacket"})),
    "coat": ("coats", "코트", frozenset({"Coats"})),  # asked of a catalogue with none: jackets, said so
    "jacket": ("jackets", "자켓", frozenset({"Jackets"})),  # a coat's stand-in (no word of its own)
}
# A kind the catalogue may list none of, and the kind shown instead, said so ("No coats here, so the
# closest: jackets").
STAND_INS: dict[str, str] = {"coat": "jacket", "loafers": "formal shoes"}

# Kinds no article type holds alone, known by what a product's name says: loafers are listed among
# casual and formal shoes ("Clarks Men Brown Loafers"), never as an article type of their own.
NAMED_KINDS: dict[str, tuple[str, ...]] = {"loafers": ("loafer", "moccasin")}  # (a Vans slip-on is not)


def kind_words(article: str | None) -> tuple[str, ...]:
    """The words a product's name must say to be of a kind asked (`NAMED_KINDS`); () for any."""
    return NAMED_KINDS.get(article or "", ())


def says_kind(name: str, words: tuple[str, ...]) -> bool:
    """Whether a product's name says one of a kind's words ("Clarks Men Brown Loafers": loafers)."""
    lowered = f" {name.lower().replace('-', ' ')}"
    return any(f" {word}" in lowered for word in words)


# Catalogue article types some names contradict ("United Colors of Benetton Women Black Ballerinas" is
# listed as Heels): asked for that kind by name, such a product is left out — what you see is what you
# asked for.
NAMED_OTHERWISE: dict[str, tuple[str, ...]] = {
    "Heels": ("ballerina", "flats", "flat shoe"),
    # (no sports slipper or sandal: closed flats)
    "Flats": ("heel", "wedge", "pumps", "slipper", "sandal", "flip flop"),
}


def named_otherwise(name: str, article_type: str) -> bool:
    """Whether a product's name says it is not the article type it is listed as."""
    lowered = name.lower()
    return any(word in lowered for word in NAMED_OTHERWISE.get(article_type, ()))


# Kinds shoppers ask for that the catalogue has none of (it holds clothes, shoes, bags, belts, eyewear,
# caps and scarves): said plainly rather than misread. label -> (English, Korean, words).
SLEEPWEAR = (
    "pajamas", "pyjamas", "pjs", "sleepwear", "nightwear", "nightgown", "loungewear", "잠옷", "파자마",
    "홈웨어", "라운지웨어", "수면바지", "잠옷 추천",  # (not "옷 추천" inside it)
)  # fmt: skip
UNCARRIED: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "watch": (
        "watches",
        "시계",
        (
            "a watch",
            "watches",
            "wristwatch",
            "smartwatch",
            "smart watch",
            "시계",
            "손목시계",
            "what watch",
            "which watch",
        ),
    ),
    "socks": ("socks", "양말", ("socks", "sock", "양말", "스타킹 양말")),
    "gloves": ("gloves", "장갑", ("gloves", "glove", "mittens", "장갑", "벙어리장갑", "손모아장갑")),
    "tie": ("ties", "넥타이", ("tie", "ties", "necktie", "bow tie", "넥타이", "나비넥타이")),
    "jewellery": (
        "jewellery",
        "주얼리",
        (
            "jewellery",
            "jewelry",
            "earrings",
            "earring",
            "necklace",
            "bracelet",
            "귀걸이",
            "귀고리",
            "목걸이",
            "팔찌",
            "반지",
            "주얼리",
        ),
    ),  # fmt: skip
    "swimwear": (
        "swimwear",
        "수영복",
        ("swimsuit", "swimwear", "bikini", "swim trunks", "swim suit", "bathing suit", "수영복", "비키니"),
    ),
    "underwear": ("underwear", "속옷", ("underwear", "lingerie", "bra", "boxers", "속옷", "브라", "팬티")),
    "sleepwear": ("sleepwear", "잠옷", SLEEPWEAR),
    "costume": (
        "costumes",
        "코스튬",
        ("costume", "costumes", "cosplay", "halloween", "코스튬", "코스프레", "할로윈", "핼러윈"),
    ),
    "perfume": ("perfume", "향수", ("perfume", "fragrance", "cologne", "향수")),
    "makeup": ("make-up", "화장품", ("makeup", "make-up", "lipstick", "cosmetics", "화장품", "립스틱")),
    "umbrella": ("umbrellas", "우산", ("umbrella", "umbrellas", "parasol", "우산", "양산")),
}


def article_category(article: str) -> str | None:
    """The category whose products an article kind is among ("sneakers" -> shoes)."""
    types = ARTICLE_KINDS[article][2] if article in ARTICLE_KINDS else frozenset()
    return next((ARTICLE_TYPES[a] for a in types if a in ARTICLE_TYPES), None)
