"""The words Stylist understands, in English and Korean, each mapped onto the one vocabulary's labels.

English terms are matched as whole words (and, for words of four letters or more, within one or two
typos); Korean terms as substrings, since Korean attaches particles to the word ("바지는", "검은색으로").
The vocabulary's own names (`COLOURS`, `CATEGORY_NAMES`, `USAGES`) are always included, so a label
added there is understood here without a second list.
"""

from __future__ import annotations

import re

from vocabulary import CATEGORY_NAMES, COLOURS, USAGES, season_in

# fmt: off
COLOUR_WORDS: dict[str, tuple[str, ...]] = {  # palette label -> synonyms (English, then Korean)
    "black": ("black", "jet black", "검은색", "검정", "검은", "까만", "블랙"),
    "white": ("white", "off white", "ivory", "흰색", "하얀", "흰", "화이트", "아이보리"),
    "grey": ("grey", "gray", "charcoal", "silver", "회색", "그레이", "차콜", "은색"),
    "beige": ("beige", "cream", "nude", "camel", "베이지", "크림", "카멜"),
    "brown": ("brown", "tan", "chocolate", "coffee", "갈색", "브라운", "밤색"),
    "red": ("red", "scarlet", "빨간", "빨강", "레드", "붉은"),
    "burgundy": ("burgundy", "maroon", "wine", "버건디", "와인색", "자주"),
    "pink": ("pink", "rose", "peach", "분홍", "핑크"),
    "purple": ("purple", "violet", "lavender", "lilac", "보라", "퍼플", "라벤더"),
    "orange": ("orange", "rust", "주황", "오렌지"),
    "yellow": ("yellow", "mustard", "gold", "노란", "노랑", "옐로우", "머스타드"),
    "green": ("green", "mint", "teal", "emerald", "초록", "녹색", "그린", "민트"),
    "khaki": ("khaki", "olive", "olive green", "army green", "military green", "카키", "올리브", "국방색"),
    "navy": ("navy", "navy blue", "dark blue", "네이비", "남색", "곤색"),
    "blue": ("blue", "sky blue", "light blue", "denim blue", "파란", "파랑", "블루", "하늘색"),
    "multi": ("multicolour", "multicolor", "multi-colour", "알록달록"),
}
# fmt: on
# fmt: off
TONE_WORDS: dict[str, tuple[str, ...]] = {  # light / dark / warm / cool colours, without naming one
    "light": (
        "light colour", "light color", "lighter colour", "lighter color", "lighter", "bright", "brighter",
        "pastel", "밝은", "화사한", "파스텔", "too dark", "too gloomy", "너무 어두", "너무 칙칙", "칙칙해",
        "우중충", "화사하게", "화사한 색", "화사해", "산뜻하게", "산뜻한", "생기 있게", "생기있게", "밝게",
    ),
    "dark": (
        "dark colour", "dark color", "darker colour", "darker color", "darker", "dark", "어두운", "다크",
        "too bright", "too light", "too pale", "너무 밝", "너무 하얗", "어둡게",
    ),
    "warm": ("warm colour", "warm color", "warm tone", "따뜻한 색", "웜톤"),  # not "warm": the season's
    "cool": ("cool colour", "cool color", "cool tone", "차가운 색", "쿨톤"),
    "neutral": (
        "neutral colour", "neutral color", "neutral colours", "neutral colors", "neutrals", "subtle",
        "muted", "understated", "less flashy", "too flashy", "too loud", "not so loud", "무채색", "뉴트럴",
        "look more expensive", "look expensive", "expensive looking", "expensive-looking",
        "차분한", "튀지 않는", "너무 화려", "덜 화려", "less colourful", "less colorful", "too colourful",
        "too colorful", "not so colourful", "not so colorful", "neutral",
        "neutral tones", "neutral tone", "tone it down", "tone down", "톤 다운", "톤다운",
    ),
    "earth": (
        "earth tone", "earth tones", "earthy", "earth colours", "earth colors", "어스톤", "어스 톤", "얼스톤",
    ),
    "mono": ("monotone", "black and white only", "in black and white", "모노톤", "흑백 코디", "블랙앤화이트"),
    "tonal": (  # one colour's shades, the first piece's (`vocabulary.TONAL`)
        "tone on tone", "tone-on-tone", "monochrome", "monochromatic", "one colour", "one color",
        "single colour", "single color", "all one colour", "all one color", "톤온톤", "톤 온 톤", "원톤",
        "같은 계열", "같은 색 계열", "한 가지 색",
    ),
    # personal colour: the seasonal types (`vocabulary.PALETTES`), not the weather ("여름 쿨톤" is no summer)
    "spring_warm": (
        "spring warm", "spring warm tone", "warm spring", "light spring", "봄웜", "봄 웜", "봄웜톤",
        "봄 웜톤", "봄 라이트", "봄 브라이트",
    ),
    "summer_cool": (
        "summer cool", "summer cool tone", "cool summer", "light summer", "soft summer", "여름쿨", "여름 쿨",
        "여쿨", "여름쿨톤", "여름 쿨톤", "여름 라이트", "여름 뮤트", "여름뮤트",
    ),
    "autumn_warm": (
        "autumn warm", "fall warm", "autumn warm tone", "warm autumn", "deep autumn", "soft autumn", "가을웜",
        "가을 웜", "갈웜", "가을웜톤", "가을 웜톤", "가을 딥", "가을 뮤트", "가을뮤트",
    ),
    "winter_cool": (
        "winter cool", "winter cool tone", "cool winter", "deep winter", "bright winter", "겨울쿨", "겨울 쿨",
        "겨쿨", "겨울쿨톤", "겨울 쿨톤", "겨울 딥", "겨울 브라이트",
    ),
    "accent": (
        "pop of colour", "pop of color", "bold colour", "bold color", "vivid", "포인트 컬러", "포인트 색",
        "원색", "비비드", "colourful", "colorful", "more colour", "more color", "컬러풀", "색감 있는",
        "화사한 색", "less boring", "more fun", "more playful", "more interesting", "덜 심심하게",
        "포인트 있게", "재밌게", "too plain", "too boring", "so boring", "boring", "too simple", "too basic",
        "심심해", "너무 심심", "밋밋", "단조로", "more unique", "something unique", "stand out", "독특한",
        "독특하게", "개성 있는", "개성있는", "튀는",
    ),
}
# fmt: on
LIGHT_COLOURS = ("white", "beige", "pink", "yellow", "grey", "blue")
DARK_COLOURS = ("black", "navy", "brown", "burgundy", "khaki", "grey", "green")
WARM_COLOURS = ("red", "orange", "yellow", "brown", "burgundy", "beige", "pink", "khaki")
COOL_COLOURS = ("blue", "navy", "green", "purple", "grey")
NEUTRAL_COLOURS = ("black", "white", "grey", "beige", "navy", "brown", "khaki")  # the outfit rules' neutrals
ACCENT_COLOURS = ("red", "yellow", "pink", "green", "blue", "orange", "purple", "burgundy", "multi")
EARTH_COLOURS = ("brown", "beige", "khaki")  # earth tones: browns, sand, olive
MONO_COLOURS = ("black", "white", "grey")  # monotone: black, white and grey

# fmt: off
CATEGORY_WORDS: dict[str, tuple[str, ...]] = {  # category label -> synonyms
    "t-shirt": ("t-shirt", "t-shirts", "tshirt", "tshirts", "t shirt", "tee", "tees", "티셔츠", "반팔"),
    "longsleeve": (
        "long sleeve", "longsleeve", "sweater", "sweaters", "sweatshirt", "sweatshirts", "jumper", "pullover",
        "knit", "니트", "스웨터", "맨투맨", "긴팔", "turtleneck", "turtle neck", "polo neck", "폴라티",
        "목폴라", "터틀넥", "하이넥", "긴팔 티셔츠", "긴팔티", "긴팔 상의",
    ),
    "pants": (
        "pants", "trousers", "jeans", "chinos", "slacks", "leggings", "joggers", "track pants", "sweatpants",
        "jeggings", "tights", "바지", "청바지", "슬랙스", "팬츠", "레깅스", "조거", "트레이닝 바지",
        "track suit", "track suits", "tracksuit", "tracksuits",
        "bootcut", "boot cut", "부츠컷", "하이웨스트", "high waist", "high-waisted", "하이라이즈",
    ),
    "shoes": (
        "shoes", "shoe", "sneakers", "sneaker", "trainers", "boots", "heels", "sandals", "loafers", "flats",
        "footwear", "sandal", "flip flops", "flip-flops", "slippers", "high heels", "pumps", "ballet flats",
        "formal shoes", "dress shoes", "oxfords", "brogues", "신발", "운동화", "스니커즈", "구두", "부츠",
        "샌들", "힐", "로퍼", "슬리퍼", "쪼리", "하이힐", "플랫", "하이탑", "high tops", "high-tops",
        "stilettos", "stiletto", "스틸레토", "킬힐", "on my feet", "on her feet", "on his feet", "발에",
        "flat shoes", "굽 낮은", "낮은 굽", "굽이 낮은", "굽 없는", "rain boots", "wellies", "wellingtons",
        "장화", "레인부츠", "comfortable shoes", "comfy shoes", "편한 신발", "편안한 신발", "발 편한",
        "굽 있는", "굽이 있는", "굽 높은", "높은 굽", "굽이 높은", "a heel", "with a heel",
        "low heels", "low heel", "lower heels", "kitten heels", "not too high", "not so high", "덜 높은",
        "너무 높지 않은", "높지 않은", "안 높은", "굽 안 높은",
    ),
    "shirt": ("shirt", "shirts", "button-down", "button down", "셔츠", "남방"),
    "dress": (
        "dress", "dresses", "gown", "sundress", "saree", "sari", "원피스", "드레스", "jumpsuit", "jumpsuits",
        "jump suit", "jump suits", "점프수트", "playsuit", "playsuits",
    ),  # fmt: skip
    "outerwear": (
        "jacket", "jackets", "coat", "coats", "parka", "outerwear", "puffer", "windbreaker", "cardigan",
        "raincoat", "rain jacket", "rain coat", "poncho", "자켓", "재킷", "코트", "패딩", "점퍼", "아우터",
        "가디건", "우비", "비옷", "레인코트", "waistcoat", "gilet", "조끼", "바람막이", "플리스", "fleece",
        "trench coat", "overcoat", "long coat", "트렌치코트", "롱코트", "울코트",
    ),
    "shorts": ("shorts", "short pants", "반바지", "숏팬츠"),
    "hat": ("hat", "hats", "cap", "caps", "beanie", "모자", "비니", "캡"),
    "skirt": ("skirt", "skirts", "miniskirt", "치마", "스커트"),
    "polo": (
        "polo", "polos", "polo shirt", "폴로", "카라티", "카라 티", "with a collar", "collared tee",
        "카라 있는",
    ),
    "undershirt": ("vest", "singlet"),  # a tank top is listed as a top: a sleeveless one
    "blazer": (
        "blazer", "blazers", "suit", "suits", "pantsuit", "pantsuits", "pant suit", "trouser suit",
        "suit jacket", "sport coat", "블레이저", "정장 자켓", "셋업",
    ),
    "hoodie": ("hoodie", "hoodies", "hoody", "후드티", "후드", "후디"),
    "body": ("bodysuit", "romper", "바디수트"),
    "top": (
        "top", "tops", "kurta", "kurti", "crop top", "상의", "탑", "윗옷", "크롭티", "크롭 티", "크롭탑",
        "tank top", "tank tops", "camisole", "나시", "민소매",
    ),
    "bottom": ("bottoms", "하의", "아래옷"),
    "blouse": ("blouse", "blouses", "블라우스"),
    "bag": (
        "bag", "bags", "handbag", "backpack", "rucksack", "purse", "clutch", "clutches", "tote", "가방",
        "백팩", "핸드백", "클러치", "토트백", "small bag", "mini bag", "smaller bag", "작은 가방", "미니백",
        "미니 백", "크로스백", "에코백", "숄더백", "쇼퍼백", "tote bag", "shoulder bag",
    ),
    "accessory": (
        "accessory", "accessories", "belt", "sunglasses", "shades", "scarf", "scarves", "wallet", "headband",
        "dupatta", "suspenders", "muffler", "액세서리", "벨트", "선글라스", "스카프", "목도리", "머플러",
        "지갑", "머리띠", "헤어밴드",
    ),
}
# Which of those name one kind within the category (`vocabulary.ARTICLE_KINDS`): "sneakers", not sandals.
# Words of a garment's shape that name its kind alone ("부츠컷": trousers) but, said with the kind
# ("하이웨스트 청바지"), only describe it: not a second garment
SHAPE_WORDS = frozenset(
    {"bootcut", "boot cut", "부츠컷", "하이웨스트", "high waist", "high-waisted", "하이라이즈", "하이넥"}
)
ARTICLE_WORDS: dict[str, tuple[str, ...]] = {
    "sneakers": ("sneakers", "sneaker", "trainers", "운동화", "스니커즈", "하이탑", "high tops", "high-tops"),
    "sandals": ("sandals", "sandal", "flip flops", "flip-flops", "slippers", "샌들", "슬리퍼", "쪼리"),
    "heels": (
        "heels", "high heels", "pumps", "힐", "하이힐", "굽 있는", "굽이 있는", "굽 높은", "높은 굽",
        "굽이 높은", "a heel", "with a heel", "stilettos", "stiletto", "스틸레토", "킬힐",
    ),
    "flats": (  # a heel's height is in no listing: low ones asked, the flat ones
        "flats", "ballet flats", "flat shoes", "플랫", "굽 낮은", "낮은 굽", "굽이 낮은", "굽 없는",
        "low heels", "low heel", "lower heels", "kitten heels", "not too high", "not so high", "덜 높은",
        "너무 높지 않은", "높지 않은", "안 높은", "굽 안 높은",
    ),
    "comfortable": ("comfortable shoes", "comfy shoes", "편한 신발", "편안한 신발", "발 편한"),
    "boots": (
        "boots", "boot", "ankle boots", "rain boots", "wellies", "wellingtons", "부츠", "워커", "장화",
        "레인부츠",
    ),  # fmt: skip
    "formal shoes": ("formal shoes", "dress shoes", "oxfords", "brogues", "구두"),
    "loafers": ("loafers", "loafer", "moccasins", "로퍼", "모카신"),
    "jeans": ("jeans", "청바지"),
    "slacks": ("chinos", "slacks", "슬랙스", "면바지"),  # "trousers" is the category's own name
    "track pants": (
        "track pants", "joggers", "sweatpants", "track suit", "track suits", "tracksuit", "tracksuits",
        "트레이닝 바지", "조거",
    ),
    "leggings": ("leggings", "jeggings", "tights", "레깅스"),
    "backpack": ("backpack", "rucksack", "백팩"),
    "handbag": ("handbag", "purse", "tote", "핸드백", "토트백", "에코백", "숄더백", "쇼퍼백", "shoulder bag"),
    "clutch": ("clutch", "clutches", "클러치"),
    "small bag": ("small bag", "mini bag", "smaller bag", "작은 가방", "미니백", "미니 백", "크로스백"),
    "sunglasses": ("sunglasses", "shades", "선글라스"),
    "belt": ("belt", "벨트"),
    "wallet": ("wallet", "wallets", "지갑"),
    "scarf": ("scarf", "scarves", "muffler", "스카프", "목도리", "머플러"),
    "kurta": ("kurta", "kurti"),
    "saree": ("saree", "sari"),
    "jumpsuit": ("jumpsuit", "jumpsuits", "jump suit", "jump suits", "점프수트", "playsuit", "playsuits"),
    "sweater": (
        "sweater", "sweaters", "jumper", "pullover", "knit", "니트", "스웨터", "turtleneck", "turtle neck",
        "polo neck", "폴라티", "목폴라", "터틀넥",
    ),
    "sweatshirt": ("sweatshirt", "sweatshirts", "맨투맨"),
    "raincoat": ("raincoat", "rain jacket", "rain coat", "poncho", "우비", "비옷", "레인코트"),
    "coat": (
        "coat", "coats", "trench coat", "overcoat", "long coat", "코트", "트렌치코트", "롱코트", "울코트",
    ),
}
# fmt: on
# fmt: off
PATTERN_WORDS: dict[str, tuple[str, ...]] = {  # vocabulary.PATTERNS label -> words
    "striped": ("striped", "stripes", "stripe", "stripy", "pinstriped", "줄무늬", "스트라이프"),
    "checked": ("checked", "checks", "checkered", "plaid", "tartan", "gingham", "체크", "깅엄"),
    "floral": ("floral", "flowery", "flower print", "flowers", "꽃무늬", "플로럴"),
    "dotted": ("polka dot", "polka dots", "polka-dot", "dotted", "dots", "도트", "땡땡이"),
    "printed": (
        "printed", "prints", "print", "graphic", "patterned", "프린트", "그래픽", "무늬 있는", "tie-dye",
        "tie dye", "타이다이", "타이다잉",
    ),
    "solid": (
        "solid", "plain", "no pattern", "single colour", "single color", "무지", "단색", "민무늬", "no logo",
        "without the logo", "without a logo", "without logo", "로고 없는", "로고 없이",
    ),
}
# fmt: on
# fmt: off
STYLE_WORDS: dict[str, tuple[str, ...]] = {  # style (catalogue usage) -> synonyms
    "formal": (
        "formal", "dressy", "dressier", "fancier", "smarter", "elegant", "smart", "classy", "business",
        "dress it up", "dress up", "dress them up", "dress this up", "mature", "more mature", "성숙",
        "how do i dress it up", "how do i dress this up", "how can i dress it up", "how can i dress this up",
        "어른스럽", "more grown up", "more grown-up", "look older", "나이 들어 보이게", "차려입", "꾸꾸꾸",
        "professional", "polished", "포멀", "정장", "양복", "격식", "단정한", "단정하게", "고급스러운",
        "고급스럽게", "우아한", "우아하게",
    ),
    "casual": (
        "casual", "relaxed", "everyday", "laid-back", "comfy", "streetwear", "street style", "cute",
        "street wear", "street fashion",
        "vintage", "minimal", "minimalist", "basic", "캐주얼", "편한", "편하게", "데일리", "스트릿",
        "귀여운", "빈티지", "미니멀", "베이직", "꾸안꾸", "편안한", "y2k", "retro", "레트로", "cuter", "edgy",
        "edgier", "grunge", "boho", "bohemian", "chic", "귀엽게", "힙한", "힙하게", "시크", "보헤미안",
        "comfortable", "cozy casual", "꾸민 듯 안 꾸민 듯", "꾸민듯 안꾸민듯", "아메카지", "캠퍼스룩",
        "시티보이", "city boy", "normcore", "놈코어", "balletcore", "발레코어", "coquette", "코케트", "코켓",
        "dress it down", "dress down", "dress them down", "dress this down", "youthful", "look younger",
        "how do i dress it down", "how do i dress this down", "how can i dress it down",
        "어려 보이", "젊어 보이", "나이 들어 보이지 않",
    ),
    "sports": (
        "sports", "sporty", "sportier", "sport", "athletic", "athleisure", "스포티", "운동복", "트레이닝",
        "애슬레저",
    ),
    "ethnic": ("ethnic", "traditional", "에스닉", "전통"),
    "party": (
        "party", "partywear", "clubbing", "night out", "sexy", "sexier", "glam", "glamorous", "파티", "클럽",
        "섹시",
    ),
}
# fmt: on


# fmt: off
MATERIAL_WORDS: dict[str, tuple[str, ...]] = {  # "how do I wash wool?", "가죽은 어떻게 관리해?"
    "wool": (
        "wool", "woollen", "wool blend", "merino", "울 소재", "모직", "양모", "울이야", "울 100", "울100",
    ),
    "cashmere": ("cashmere", "캐시미어"),
    "cotton": (
        "cotton", "순면", "면 소재", "면으로", "코튼", "면이야", "면인가", "면이에요", "면 100", "면100",
    ),
    "linen": ("linen", "린넨", "리넨", "마 소재"),
    "silk": ("silk", "satin", "실크", "새틴"),
    "denim": ("denim", "데님"),
    "leather": ("leather", "faux leather", "가죽", "레더"),
    "suede": ("suede", "nubuck", "스웨이드", "누벅"),
    "down": ("down", "goose down", "duck down", "padding", "덕다운", "구스다운"),
    "synthetic": (
        "polyester", "nylon", "spandex", "acrylic", "폴리에스터", "폴리", "나일론", "스판", "아크릴",
    ),
    "fleece": ("fleece", "플리스", "후리스"),
}
PADDED_TERMS = frozenset({"puffer", "parka", "패딩"})  # a padded jacket named: its care is down's
# fmt: on
_MONTH_NAMES = (  # "may" and "march" only as months: "in may", not "may I see …"
    ("january",),
    ("february",),
    ("in march", "for march"),
    ("april",),
    ("in may", "for may"),
    ("june",),
    ("july",),
    ("august",),
    ("september",),
    ("october",),
    ("november",),
    ("december",),
)
MONTHS: dict[str, tuple[str, ...]] = {  # Korea's weather by month: "a coat for December", "7월 제주 여행"
    season: tuple(
        word
        for month, names in enumerate(_MONTH_NAMES, 1)
        if season_in(month) == season
        for word in (*names, f"{month}월")
    )
    for season in ("winter", "summer", "mild")
}
# fmt: off
# The seasons by name (and month), which win over a word of the weather ("too warm for summer")
SEASON_NAMES = frozenset(
    {"winter", "summer", "autumn", "fall", "spring", "겨울", "여름", "가을", "봄", "한겨울", "한여름"}
    | {month for months in MONTHS.values() for month in months}
)
SEASON_WORDS: dict[str, tuple[str, ...]] = {
    "winter": (
        "winter", "cold", "snow", "freezing", "warm", "warmer", "cozy", "cosy", "겨울", "추운", "추울",
        "colder", "colder days", "cold days", "wintery", "wintry",
        "한겨울", "따뜻한", "따뜻하게", "포근한", "포근하게", "추워", "춥다", "춥네", "추워요", "눈 와",
        "눈 온", "눈 오는", "눈오는", "눈 올", "눈 내리는", "폭설", "snowy", "snowing", *MONTHS["winter"],
    ),
    "summer": (
        "summer", "hot", "heat", "warm weather", "cooler", "breathable", "여름", "더운", "더울", "한여름",
        "summery", "summer-y", "warm days", "warmer days", "hot days", "여름 느낌", "여름스럽게",
        "시원한", "시원하게", "시원해", "더워", "덥다", "덥네", "더워요", "통기성", *MONTHS["summer"],
    ),
    "mild": (  # spring and autumn: the catalogue's Fall and Spring pieces, neither Summer's nor Winter's
        "autumn", "fall", "spring", "springtime", "mild weather", "in between seasons", "가을", "봄",
        "환절기", "간절기", "선선한", "선선할", "쌀쌀", "선선해", "일교차", "layering", *MONTHS["mild"],
    ),
}
# fmt: on
# fmt: off
GENDER_WORDS: dict[str, tuple[str, ...]] = {
    "women": (
        "women", "woman", "womens", "women's", "ladies", "lady", "female", "girl", "girls", "girlfriend",
        "wife", "her", "she", "mom", "mother", "sister", "daughter", "feminine", "여자", "여성", "여친",
        "여자친구", "아내", "와이프", "엄마", "언니", "누나", "여동생", "딸", "mum", "mummy", "mommy",
        "grandma", "grandmother", "granny", "nana", "aunt", "auntie", "niece", "할머니", "어머니", "어머님",
        "시어머니", "장모님", "이모님", "이모한테", "이모께", "이모 선물", "고모", "숙모",
    ),
    "men": (
        "men", "man", "mens", "men's", "male", "guy", "guys", "boy", "boys", "boyfriend", "husband", "him",
        "he", "dad", "father", "brother", "son", "masculine", "남자", "남성", "남친", "남자친구", "남편",
        "아빠", "오빠", "남동생", "아들", "grandpa", "grandfather", "granddad", "grandad", "uncle",
        "nephew", "할아버지", "아버지", "아버님", "시아버지", "장인어른", "삼촌", "외삼촌", "이모부",
        "고모부",
    ),
    "any": (
        "unisex", "anyone", "either", "anybody", "any gender", "gender neutral", "gender-neutral",
        "genderless", "상관없", "남녀공용", "유니섹스", "젠더리스", "androgynous", "non-binary", "nonbinary",
        "enby", "중성적", "중성룩",
    ),
}
# fmt: on


def with_vocabulary(
    words: dict[str, tuple[str, ...]], names: dict[str, tuple[str, str]]
) -> dict[str, tuple[str, ...]]:
    """The synonyms plus the vocabulary's own English and Korean display names of each label."""
    out = {label: tuple(dict.fromkeys(w.lower() for w in terms)) for label, terms in words.items()}
    for label, (english, korean) in names.items():
        if label in out:
            out[label] = tuple(dict.fromkeys((*out[label], english.lower(), korean)))
    return out


COLOUR_TERMS = with_vocabulary(COLOUR_WORDS, COLOURS)
# A garment sent as an emoji ("👗", "👟 in white") is that garment.
EMOJI_CATEGORIES = {
    "👕": "t-shirt", "👔": "shirt", "👚": "blouse", "👗": "dress", "👖": "pants", "🩳": "shorts",
    "🧥": "outerwear", "🥼": "outerwear", "👟": "shoes", "👞": "shoes", "👠": "shoes", "👡": "shoes",
    "👢": "shoes", "🥿": "shoes", "👜": "bag", "👛": "bag", "🎒": "bag", "🧢": "hat", "👒": "hat",
    "🎩": "hat", "🧣": "accessory", "🕶": "accessory", "🕶️": "accessory",
}  # fmt: skip
CATEGORY_TERMS = {
    label: (*terms, *(emoji for emoji, kind in EMOJI_CATEGORIES.items() if kind == label))
    for label, terms in with_vocabulary(CATEGORY_WORDS, CATEGORY_NAMES).items()
}
STYLE_TERMS = with_vocabulary(STYLE_WORDS, {k: v for k, v in USAGES.items() if k != "ethnic"})


# Words that say more than one slot: plain pieces in neutral colours; a child's clothes (an age to 14)
MINIMAL = re.compile(  # also chic, and quiet luxury's plain, calm pieces
    r"\bminimal(?:ist|istic)?\b|\bsimple (?:style|look|clothes|outfits?)\b|\bchic\b|\bquiet luxury\b"
    r"|\bold money\b|\bclean (?:look|style|fit|outfit)\b|미니멀|심플|시크|올드머니|올드 머니"
    r"|\bnormcore\b|놈코어|\btoo (?:busy|loud)\b|\btoo many (?:patterns|prints|colou?rs)\b"
    r"|\btoo much going on\b|정신\s?없|너무 복잡"
    r"|콰이어트 럭셔리|깔끔한|깔끔하게|세련|\bsophisticated\b|\blook (?:more )?expensive\b|고급스러워 보이"
)
_WITH_ANYTHING = r"\bgo(?:es)? with (?:everything|anything)\b|아무\s?(?:데나|거나|옷에나)\s?(?:잘\s?)?어울"
WITH_ANYTHING = re.compile(_WITH_ANYTHING)  # "a bag that goes with everything": one to wear with anything
VERSATILE = re.compile(  # easy to wear with anything: neutral, plain
    r"\b(?:(?:most )?versatile|safest|safe choice|easy to (?:match|style))\b"
    rf"|{_WITH_ANYTHING}|무난한|무난하게|활용도|어디에나 잘 어울|제일 무난|가장 무난"
)
KIDS = re.compile(
    r"\b(?:kids?|kid's|child|children|children's|sons?|daughters?|toddlers?|bab(?:y|ies))\b(?! shower)"
    r"|\b(?:[1-9]|1[0-4])[ -]years?[ -]old\b|\blittle (?:girl|boy)s?\b"  # a child's age: up to 14
    r"|아들|딸|어린이|아동|키즈|유아|아기(?!자기)|애기|아이\s?옷|우리\s?아이|(?<!\d)(?:[1-9]|1[0-4])\s?살"
)
