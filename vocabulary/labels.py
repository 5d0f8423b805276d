"""Stylist's label sets and how the data sets' own labels map onto them.

One place for every vocabulary the models and the catalogue share: garment categories, the 16-colour
palette (English and Korean), patterns and usages (styles). The product catalogue's `articleType`,
`baseColour`, `usage` and product names, and the clothing photos' labels all map here.
"""

from __future__ import annotations

import re

# --- Garment categories -------------------------------------------------------------------------
# The 17 garment labels of the clothing photos, plus the catalogue-only groups the outfits need.
GARMENT_CATEGORIES: tuple[str, ...] = (
    "t-shirt",
    "longsleeve",
    "pants",
    "shoes",
    "shirt",
    "dress",
    "outerwear",
    "shorts",
    "hat",
    "skirt",
    "polo",
    "undershirt",
    "blazer",
    "hoodie",
    "body",
    "top",
    "blouse",
)
CATALOG_ONLY_CATEGORIES: tuple[str, ...] = ("bag", "accessory")
ALL_CATEGORIES: tuple[str, ...] = GARMENT_CATEGORIES + CATALOG_ONLY_CATEGORIES

CATEGORY_NAMES: dict[str, tuple[str, str]] = {  # label -> (English, Korean)
    "t-shirt": ("T-shirt", "티셔츠"),
    "longsleeve": ("long-sleeve top", "긴팔 상의"),
    "pants": ("trousers", "바지"),
    "shoes": ("shoes", "신발"),
    "shirt": ("shirt", "셔츠"),
    "dress": ("dress", "원피스"),
    "outerwear": ("outerwear", "아우터"),
    "shorts": ("shorts", "반바지"),
    "hat": ("hat", "모자"),
    "skirt": ("skirt", "스커트"),
    "polo": ("polo shirt", "폴로 셔츠"),
    "undershirt": ("undershirt", "민소매 티셔츠"),
    "blazer": ("blazer", "블레이저"),
    "hoodie": ("hoodie", "후드티"),
    "body": ("bodysuit", "바디수트"),
    "top": ("top", "탑"),
    "bottom": ("bottoms", "하의"),  # not a catalogue category: the slot, named ("하의 추천해줘")
    "blouse": ("blouse", "블라우스"),
    "bag": ("bag", "가방"),
    "accessory": ("accessory", "액세서리"),
}

# Clothing-photo labels (shared/data/clothing/images.csv) -> category; others are not garments.
CLOTHING_LABELS: dict[str, str] = {
    "T-Shirt": "t-shirt",
    "Longsleeve": "longsleeve",
    "Pants": "pants",
    "Shoes": "shoes",
    "Shirt": "shirt",
    "Dress": "dress",
    "Outwear": "outerwear",
    "Shorts": "shorts",
    "Hat": "hat",
    "Skirt": "skirt",
    "Polo": "polo",
    "Undershirt": "undershirt",
    "Blazer": "blazer",
    "Hoodie": "hoodie",
    "Body": "body",
    "Top": "top",
    "Blouse": "blouse",
}

# Product articleType -> category. Sets (tracksuits, kurta sets) and rare oddities are left out.
ARTICLE_TYPES: dict[str, str] = {
    "Tshirts": "t-shirt",
    "Shirts": "shirt",
    "Tops": "top",
    "Tunics": "top",
    "Kurtis": "top",
    "Kurtas": "top",
    "Camisoles": "undershirt",
    "Innerwear Vests": "undershirt",
    "Sweatshirts": "longsleeve",
    "Sweaters": "longsleeve",
    "Jackets": "outerwear",
    "Coats": "outerwear",  # none in the shared catalogue; a shop's catalogue may list them
    "Rain Jacket": "outerwear",
    "Nehru Jackets": "outerwear",
    "Waistcoat": "outerwear",
    "Shrug": "outerwear",
    "Blazers": "blazer",
    "Jeans": "pants",
    "Trousers": "pants",
    "Track Pants": "pants",
    "Leggings": "pants",
    "Capris": "pants",
    "Jeggings": "pants",
    "Tights": "pants",
    "Salwar": "pants",
    "Patiala": "pants",
    "Churidar": "pants",
    "Rain Trousers": "pants",
    "Shorts": "shorts",
    "Skirts": "skirt",
    "Dresses": "dress",
    "Jumpsuit": "dress",
    "Rompers": "body",
    "Sarees": "dress",
    "Lehenga Choli": "dress",
    "Casual Shoes": "shoes",
    "Sports Shoes": "shoes",
    "Formal Shoes": "shoes",
    "Heels": "shoes",
    "Flats": "shoes",
    "Boots": "shoes",  # no articleType of its own: shoes named boots (`listed_article`)
    "Sandals": "shoes",
    "Flip Flops": "shoes",
    "Sports Sandals": "shoes",
    "Caps": "hat",
    "Hat": "hat",
    "Handbags": "bag",
    "Backpacks": "bag",
    "Clutches": "bag",
    "Duffel Bag": "bag",
    "Laptop Bag": "bag",
    "Messenger Bag": "bag",
    "Rucksacks": "bag",
    "Waist Pouch": "bag",
    "Mobile Pouch": "bag",
    "Trolley Bag": "bag",
    "Sunglasses": "accessory",
    "Belts": "accessory",
    "Scarves": "accessory",
    "Dupatta": "accessory",
    "Headband": "accessory",
    "Suspenders": "accessory",
    "Stockings": "accessory",
    "Wallets": "accessory",
}

# The categories a shopper accepts for a product of each articleType: a catalogue's "Tshirts" holds
# long-sleeve tees and polos, its "Tops" and "Kurtas" are blouses and tunics to a shopper, a women's
# "Shirts" is fairly called a blouse. Any articleType not listed accepts only its own category.
ACCEPTED_CATEGORIES: dict[str, frozenset[str]] = {
    "Tshirts": frozenset({"t-shirt", "polo", "longsleeve"}),
    "Shirts": frozenset({"shirt", "blouse"}),
    "Tops": frozenset({"top", "blouse", "t-shirt", "longsleeve"}),
    "Tunics": frozenset({"top", "blouse", "dress"}),
    "Kurtis": frozenset({"top", "blouse", "dress"}),
    "Kurtas": frozenset({"top", "blouse", "shirt", "dress"}),
    "Camisoles": frozenset({"undershirt", "top"}),
    "Innerwear Vests": frozenset({"undershirt", "top"}),
    "Sweatshirts": frozenset({"longsleeve", "hoodie"}),
    "Sweaters": frozenset({"longsleeve", "hoodie", "outerwear"}),
    "Jackets": frozenset({"outerwear", "blazer", "hoodie"}),
    "Nehru Jackets": frozenset({"outerwear", "blazer"}),
    "Waistcoat": frozenset({"outerwear", "blazer"}),
    "Shrug": frozenset({"outerwear", "longsleeve", "top"}),
    "Blazers": frozenset({"blazer", "outerwear"}),
    "Capris": frozenset({"pants", "shorts"}),
    "Jumpsuit": frozenset({"dress", "body"}),
    "Rompers": frozenset({"body", "dress", "shorts"}),
}


def accepted_categories(article_type: str, name: str = "") -> frozenset[str]:
    """The categories a shopper accepts as the name of a product of this articleType."""
    own = product_category(article_type, name)
    return ACCEPTED_CATEGORIES.get(article_type, frozenset()) | ({own} if own else set())


def product_category(article_type: str, name: str = "") -> str | None:
    """Map a product's articleType (and name, for polos and hoodies) onto a Stylist category."""
    category = ARTICLE_TYPES.get(article_type)
    lowered = name.lower()
    if category == "t-shirt" and "polo" in lowered:
        return "polo"
    if category == "longsleeve" and ("hood" in lowered):
        return "hoodie"
    return category


# --- Colours --------------------------------------------------------------------------------------
COLOURS: dict[str, tuple[str, str]] = {  # label -> (English, Korean)
    "black": ("black", "블랙"),
    "white": ("white", "화이트"),
    "grey": ("grey", "그레이"),
    "beige": ("beige", "베이지"),
    "brown": ("brown", "브라운"),
    "red": ("red", "레드"),
    "burgundy": ("burgundy", "버건디"),
    "pink": ("pink", "핑크"),
    "purple": ("purple", "퍼플"),
    "orange": ("orange", "오렌지"),
    "yellow": ("yellow", "옐로우"),
    "green": ("green", "그린"),
    "khaki": ("khaki", "카키"),
    "navy": ("navy", "네이비"),
    "blue": ("blue", "블루"),
    "multi": ("multicolour", "멀티컬러"),
}

BASE_COLOURS: dict[str, str] = {  # product baseColour -> palette label
    "Black": "black",
    "White": "white",
    "Off White": "white",
    "Cream": "beige",
    "Beige": "beige",
    "Nude": "beige",
    "Skin": "beige",
    "Grey": "grey",
    "Grey Melange": "grey",
    "Charcoal": "grey",
    "Steel": "grey",
    "Silver": "grey",
    "Metallic": "grey",
    "Brown": "brown",
    "Coffee Brown": "brown",
    "Mushroom Brown": "brown",
    "Taupe": "brown",
    "Tan": "brown",
    "Bronze": "brown",
    "Copper": "brown",
    "Red": "red",
    "Maroon": "burgundy",
    "Burgundy": "burgundy",
    "Pink": "pink",
    "Magenta": "pink",
    "Peach": "pink",
    "Purple": "purple",
    "Lavender": "purple",
    "Mauve": "purple",
    "Orange": "orange",
    "Rust": "orange",
    "Yellow": "yellow",
    "Mustard": "yellow",
    "Gold": "yellow",
    "Green": "green",
    "Sea Green": "green",
    "Lime Green": "green",
    "Fluorescent Green": "green",
    "Teal": "green",
    "Olive": "khaki",
    "Khaki": "khaki",
    "Navy Blue": "navy",
    "Blue": "blue",
    "Turquoise Blue": "blue",
    "Multi": "multi",
}
_NAME_COLOURS = {name.lower(): label for name, label in BASE_COLOURS.items()} | {"navy": "navy"}
_NAME_COLOUR_WORDS = re.compile(
    r"\b(" + "|".join(re.escape(w) for w in sorted(_NAME_COLOURS, key=len, reverse=True)) + r")\b", re.I
)


def colours_in_name(name: str) -> set[str]:
    """Palette labels of the colour words in a product name ("Navy Blue" wins over "Blue")."""
    return {_NAME_COLOURS[word.lower()] for word in _NAME_COLOUR_WORDS.findall(name)}


def without_colours(name: str) -> str:
    """A product name with its colour words left out: one design in several colours reads alike."""
    return " ".join(_NAME_COLOUR_WORDS.sub(" ", name).lower().split())


def listed_colour(colour: str | None, name: str) -> str | None:
    """The colour a catalogue product is listed under: its name's when the name names exactly one
    other colour. The shopper reads the name, and 608 of 30,554 products disagree with their own
    metadata, the name mostly right by their pictures ("Probase Men's Screw U Blue Tshirt", a blue
    T-shirt, is listed Black and was shown for "similar in black")."""
    named = colours_in_name(name or "")
    return next(iter(named)) if len(named) == 1 and colour not in named else colour


# --- Patterns (weak labels from product names) ------------------------------------------------------
PATTERNS: dict[str, tuple[str, str]] = {
    "solid": ("solid", "무지"),
    "striped": ("striped", "스트라이프"),
    "checked": ("checked", "체크"),
    "printed": ("printed / graphic", "프린트"),
    "floral": ("floral", "플로럴"),
    "dotted": ("dotted", "도트"),
}
_PATTERN_WORDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("floral", re.compile(r"\bfloral|\bflower", re.I)),
    ("dotted", re.compile(r"\bpolka|\bdott?ed\b|\bdots\b", re.I)),
    ("checked", re.compile(r"check(ed|ered|s)?\b|\bplaid|\btartan|\bgingham", re.I)),
    ("striped", re.compile(r"\bstripe[sd]?\b|\bstrip(ed|er)\b", re.I)),  # "Striper": striped tees
    ("printed", re.compile(r"\bprint(s|ed)?\b|\bgraphic|\btypograph|\blogo\b", re.I)),
    ("solid", re.compile(r"\bsolid\b|\bplain\b", re.I)),
)


PRINTS = frozenset({"printed", "floral", "dotted"})  # "printed" asked for: any of them
PLAIN_SLOTS = frozenset({"shoes", "bag", "accessory"})  # a pattern asked of an outfit is its garments'


# Shots of these are answered a pattern by the real-photo pattern head, not the product one: product
# names hardly name a footwear or bag pattern (101 of 8,691 shoes), so the product head never learnt
# them: on 60 random training-side shots of shoes, bags and belts it said floral for 26 and solid
# for 13; the photo head, trained on real photos of shoes and hats too, says solid for 50 (most of
# the 60 look plain).
PHOTO_PATTERN_CATEGORIES = frozenset({"shoes", "bag", "accessory", "hat"})


def listed_article(article_type: str, name: str) -> str:
    """The article type a product is listed under: a bag its name calls a laptop bag is one (the
    catalogue lists "Belkin … Laptop 16 Toploader Handbag" as a formal handbag: a wedding's bag); a
    shoe its name calls flats, heels or sandals, and only one, is that (475 "Heels" are named "… Flats":
    "Catwalk Women Red Flats"; 383 flats and heels are sandals, for warm weather); sandals
    named slippers are flip flops, shoes named boots are boots, leggings named a salwar are one."""
    lowered = name.lower()
    if ARTICLE_TYPES.get(article_type) == "bag":
        return "Laptop Bag" if article_type != "Backpacks" and "laptop" in lowered else article_type
    if (
        ARTICLE_TYPES.get(article_type) == "shoes"
        and re.search(r"\bboots?\b", lowered)
        and "sandal" not in lowered
    ):
        return "Boots"  # "Timberland Women Femmes Brown Boot", listed as casual shoes
    if article_type in ("Heels", "Flats"):
        said = [kind for kind in ("flats", "heels", "sandals") if re.search(rf"\b{kind}\b", lowered)]
        return said[0].title() if len(said) == 1 else article_type
    if article_type == "Sandals" and re.search(r"\bslippers?\b", lowered):  # "Crocs … Slippers"
        return "Flip Flops"
    if article_type == "Leggings":  # "Myntra Women Black Patiala Salwar", listed as casual leggings
        said = [kind for kind in ("Patiala", "Salwar", "Churidar") if kind.lower() in lowered]
        return said[0] if said else article_type
    return article_type


# Garments worn only in ethnic looks, whatever style a listing gives them (7 "casual" kurtas)
ETHNIC_ARTICLES = frozenset(
    {"Kurtas", "Kurtis", "Kurta Sets", "Sarees", "Salwar", "Patiala", "Churidar", "Salwar and Dupatta",
     "Lehenga Choli", "Dupatta"}
)  # fmt: skip


def listed_usage(usage: str | None, article_type: str) -> str | None:
    """The style a catalogue product is listed under: ethnic for a garment only ethnic looks wear
    (its listed article type, `listed_article`), else its own."""
    return "ethnic" if article_type in ETHNIC_ARTICLES else usage


def pattern_family(label: str) -> frozenset[str | None]:
    """The product patterns a pattern asked for covers: "printed" any print; "solid" also a name
    that names no pattern (most of them are plain); any other itself."""
    if label == "printed":
        return frozenset(PRINTS)
    return frozenset({"solid", None}) if label == "solid" else frozenset({label})


def pattern_from_name(name: str) -> str | None:
    """Weak pattern label from a product name, or None when the name does not say."""
    for label, regex in _PATTERN_WORDS:
        if regex.search(name):
            return label
    return None


# --- Usage (style) ----------------------------------------------------------------------------------
USAGES: dict[str, tuple[str, str]] = {
    "casual": ("casual", "캐주얼"),
    "formal": ("formal", "포멀"),
    "sports": ("sports", "스포티"),
    "ethnic": ("ethnic / traditional", "에스닉"),
    "party": ("party", "파티"),
}
PRODUCT_USAGES: dict[str, str] = {
    "Casual": "casual",
    "Smart Casual": "casual",
    "Travel": "casual",
    "Formal": "formal",
    "Sports": "sports",
    "Ethnic": "ethnic",
    "Party": "party",
}

GENDERS: dict[str, str] = {
    "Men": "men",
    "Boys": "men",
    "Women": "women",
    "Girls": "women",
    "Unisex": "unisex",
}
KIDS_GENDERS = frozenset({"Boys", "Girls"})
# 581 of the 31,677 products say so only in their names ("Footfun Kids Unisex Red Shoes", "Doodle Girl
# Princess Pink Tshirt", "Timberland Men Toddler Grey Casual Shoes"); not "Boyfriend" jeans, not
# "baby pink". Nor does a children's brand always: 6 of 670 "Gini and Jony" products say only "Men" or
# "Women" ("Gini and Jony Men Solid Beige Shorts").
_KIDS_NAME = re.compile(
    r"\b(?:kids?|kid's|kidswear|boys?|boy's|girls?|girl's|infants?|toddlers?|jr|juniors?"
    r"|gini\W+(?:and\W+|&\W+)?jony)\b",
    re.I,
)


def is_kidswear(gender: str, name: str) -> bool:
    """Whether a catalogue product is for children: its gender (Boys, Girls) or its name says so."""
    return gender in KIDS_GENDERS or bool(_KIDS_NAME.search(name or ""))


GENDER_LABELS = ("men", "women")  # what the gender head tells apart; "unisex" is an answer, not a class
WOMENSWEAR = frozenset({"dress", "skirt", "blouse"})  # categories only women's outfits wear


def display_name(vocabulary: dict[str, tuple[str, str]], label: str, language: str = "en") -> str:
    """The English or Korean display name of a label."""
    names = vocabulary.get(label)
    if names is None:
        return label
    return names[1] if language == "ko" else names[0]
