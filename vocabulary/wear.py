"""What a look wears: the weather an article type is for, the bags a dress carries, and what a
smart-casual look (a date) leaves out and starts from — rules the outfit, the search and the answer's
words all read, by the catalogue's article types and Stylist's categories."""

from __future__ import annotations

# Beach and gym wear, whatever style a listing gives it: what a smart-casual look (a date) leaves out,
# with jeggings (dark jeans still do)
SPORTY_WEAR = frozenset(
    {"Flip Flops", "Sports Shoes", "Sports Sandals", "Track Pants", "Tights", "Leggings", "Shorts", "Caps",
     "Backpacks", "Rucksacks", "Duffel Bag", "Waist Pouch", "Laptop Bag", "Trolley Bag"}
)  # fmt: skip
SMART_REFUSED = SPORTY_WEAR | {"Jeggings"}
DENIM = frozenset({"Jeans", "Jeggings"})  # not a formal look's, even as its closest casual trousers
SMART_TOPS = frozenset({"Shirts", "Tops", "Tunics"})  # what a smart-casual look's tops are, first
DRESS_SHOES = frozenset({"Flats", "Heels", "Sandals"})  # what a dress is worn with, first
# What a smart-casual look starts from when no garment is named
SMART_ANCHORS = {
    "women": frozenset({"dress", "blouse", "top"}),
    "men": frozenset({"shirt"}),
    "": frozenset({"shirt", "blouse"}),  # not said: a shirt or a blouse
}
HOSIERY = frozenset({"Stockings"})  # worn under a dress or a skirt, not offered with jeans
TAILORED_LAYERS = frozenset({"Waistcoat", "Nehru Jackets"})  # a suit's or a kurta's: not over a casual tee
HANDBAGS = frozenset({"Handbags", "Clutches", "Mobile Pouch"})  # what a dress carries, not a backpack
WORK_BAGS = frozenset(
    {"Laptop Bag", "Duffel Bag", "Trolley Bag", "Messenger Bag", "Waist Pouch", "Rucksacks"}
)
SPORTY_BAGS = frozenset({"Backpacks", "Rucksacks", "Duffel Bag", "Waist Pouch", "Trolley Bag"})  # not dressy
# A day at the beach: shorts, skirts or capris, sandals or flip flops, sunglasses and a cap first; never
# heels, boots, leather shoes, tights or jeggings (whatever style or season a listing gives them)
BEACH_PREFERS = (
    ("bottom", frozenset({"Shorts", "Skirts", "Capris"})),
    ("shoes", frozenset({"Flip Flops", "Sandals", "Sports Sandals"})),
    ("accessory", frozenset({"Sunglasses"})),
)
BEACH_REFUSED = frozenset({"Heels", "Boots", "Formal Shoes", "Stockings", "Tights", "Jeggings", "Leggings"})
# A wedding on the sand: a guest in light, breathable pieces — sandals or flats first (heels sink, and the
# catalogue's heels are mostly stilettos; its casual shoes mostly trainers); never boots, leather lace-ups,
# trainers, flip flops, jeans, shorts or hosiery (smart casual's refusals come with it)
BEACH_WEDDING_PREFERS = (
    ("shoes", frozenset({"Sandals", "Flats"})),
    ("accessory", frozenset({"Sunglasses"})),
)
BEACH_WEDDING_REFUSED = frozenset(
    {"Heels", "Boots", "Formal Shoes", "Jeans", "Shorts", "Stockings", "Tights", "Jeggings", "Leggings"}
)
# A day on the slopes or in a tent: boots or sports shoes and a scarf first; never leather shoes, heels,
# flats, sandals, a clutch or stockings
SNOW_PREFERS = (("shoes", frozenset({"Boots", "Sports Shoes"})), ("accessory", frozenset({"Scarves"})))
OUTDOOR_PREFERS = (("shoes", frozenset({"Sports Shoes", "Boots", "Casual Shoes"})),)
OUTDOOR_BRANDS = frozenset({"woodland", "quechua", "wildcraft"})  # a hike's boots and backpacks, first
# A day on one's feet (a festival's standing and dancing, a theme park's walking): never heels or leather
# shoes, nor a clutch
ON_FOOT_REFUSED = frozenset({"Heels", "Formal Shoes", "Clutches"})
OUTDOOR_REFUSED = frozenset(
    {"Formal Shoes", "Heels", "Flats", "Sandals", "Clutches", "Stockings", "Suspenders", "Waistcoat"}
)


# --- Climate (what the catalogue's own `season` cannot say: it is the listing season, so heels and
# sunglasses are "Winter" and jackets "Fall") ------------------------------------------------------
WARM_WEATHER = frozenset({"Flip Flops", "Sandals", "Sports Sandals", "Shorts", "Capris"})
COLD_WEATHER = frozenset(
    {
        "Sweaters",
        "Sweatshirts",
        "Jackets",
        "Rain Jacket",
        "Nehru Jackets",
        "Shrug",
        "Scarves",
        "Boots",
    }  # no scarf at the beach
)
BEACHWEAR = frozenset({"Flip Flops"})  # a warm, summer or sports look's only: trousers get shoes
# Worn the year round whatever season the catalogue lists them under (its four men's formal blazers are
# listed "Summer": a winter interview or an office look of no season had no jacket at all)
ALL_SEASON_TYPES = frozenset({"Blazers", "Waistcoat"})
OPEN_SHOES = frozenset({"Sandals", "Flip Flops", "Sports Sandals"})  # a look around them is summer's
CLOSED_SHOES = frozenset({"Boots", "Casual Shoes", "Sports Shoes", "Formal Shoes"})  # a cold look's, first
COLD_CATEGORIES = frozenset({"outerwear", "longsleeve", "hoodie"})  # a photo of one says cold weather
WARM_CATEGORIES = frozenset({"shorts"})


def season_worn(season: str, categories: frozenset[str] | set[str]) -> str:
    """A look's season as its garments allow: a coat, a long sleeve or a hoodie is never summer's, shorts
    never winter's ("" — any season — instead: the nearest products' season, the catalogue's label
    of a light jacket, is no reason to put a coat among summer pieces)."""
    if season == "summer" and categories & COLD_CATEGORIES:
        return ""
    return "" if season == "winter" and categories & WARM_CATEGORIES else season


def climate_of(article_type: str) -> str:
    """A product's weather by its article type: warm, cold, or "" for either."""
    if article_type in WARM_WEATHER:
        return "warm"
    return "cold" if article_type in COLD_WEATHER else ""


# The season of each month where Stylist's shoppers live (Korea: winter December to February, summer
# June to August, spring and autumn between): "what should I wear today?" is for this one.
SEASON_OF_MONTH = {12: "winter", 1: "winter", 2: "winter", 6: "summer", 7: "summer", 8: "summer"}


def season_in(month: int) -> str:
    """The season ("winter", "summer", or "mild": spring and autumn) of a month, 1–12."""
    return SEASON_OF_MONTH.get(month, "mild")


# What "a gift for my mom" offers with no kind named: one of each, the most typical first
GIFTS = ("Handbags", "Wallets", "Scarves", "Sunglasses", "Belts", "Clutches", "Backpacks", "Messenger Bag")


# What to wear by the day's temperature (°C), as Korean weather guides put it ("기온별 옷차림"): the
# band's upper bound, its season, and the layer an outfit for it starts from (category, article kind).
TEMPERATURE_BANDS: tuple[tuple[int, str, str, str | None], ...] = (
    (4, "winter", "outerwear", None),  # a padded jacket or a thick coat, a scarf
    (8, "winter", "outerwear", None),  # a coat or a leather jacket over a knit
    (11, "mild", "outerwear", None),  # a trench coat or a jacket over a knit
    (16, "mild", "outerwear", None),  # a light jacket or a cardigan over long sleeves
    (19, "mild", "longsleeve", "sweater"),  # a thin knit or a sweatshirt
    (22, "mild", "longsleeve", None),  # long sleeves, a thin cardigan
    (27, "summer", "t-shirt", None),  # short sleeves, a thin shirt
    (99, "summer", "shorts", None),  # sleeveless or short sleeves, shorts
)


def temperature_band(degrees: int) -> int:
    """The index of the band of `TEMPERATURE_BANDS` a temperature falls in."""
    return next(i for i, band in enumerate(TEMPERATURE_BANDS) if degrees <= band[0])


# The occasions whose dress code is explained when asked ("what does black tie mean?", "what's the dress
# code for a funeral?"): an invitation's codes, and the occasions that have one
DRESS_CODES = ("black_tie", "cocktail", "smart", "office", "funeral", "wedding", "beach_wedding", "interview")
