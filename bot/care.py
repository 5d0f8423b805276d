"""Care advice in words, English and Korean: what each care kind (`vocabulary.CARE_KINDS`) asks for,
general rules of thumb for the fabric such a piece is usually made of — the care label comes first."""

from __future__ import annotations

from typing import Any

from vocabulary import ARTICLE_KINDS, CATEGORY_NAMES, MATERIALS, display_name

from .texts import bilingual

# fmt: off
ADVICE: dict[str, tuple[str, str]] = {  # care kind -> (English, Korean)
    "knit": (
        "Hand-wash in cold water with a wool detergent, or use the machine's wool cycle in a laundry net. "
        "Don't wring it: press the water out in a towel, dry it flat, and fold it rather than hang it so "
        "it keeps its shape. A fabric comb takes off pilling.",
        "찬물에 울 전용 세제로 손빨래하거나, 세탁망에 넣어 울 코스로 빨아 주세요. 비틀어 짜지 말고 수건으로 "
        "눌러 물기를 뺀 뒤 뉘어서 말리고, 옷걸이 대신 개어서 보관하면 늘어나지 않아요. 보풀은 보풀 제거기로.",
    ),
    "long_top": (  # a photo's long-sleeve top: a knit sweater or a cotton tee, not told apart
        "A knit (wool, cashmere): hand-wash it cold with a wool detergent or on the wool cycle in a net, "
        "press the water out in a towel and dry it flat. A cotton long-sleeve tee: inside out at 30 °C with "
        "similar colours, dried on a hanger, no dryer.",
        "니트(울, 캐시미어)라면 찬물에 울 전용 세제로 손빨래하거나 세탁망에 넣어 울 코스로, 수건으로 눌러 "
        "물기를 빼고 뉘어서 말려 주세요. 면 긴팔 티셔츠라면 뒤집어서 비슷한 색끼리 30도 이하로 빨고, 건조기 "
        "없이 옷걸이에 걸어 말려 주세요.",
    ),
    "cotton": (
        "Turn it inside out and wash at 30 °C with similar colours. Skip the dryer (or use low heat) so it "
        "doesn't shrink, dry it on a hanger, and iron prints from the inside, never over them.",
        "뒤집어서 비슷한 색끼리 30도 이하로 세탁하세요. 줄어들지 않게 건조기는 피하거나 저온으로, 옷걸이에 "
        "걸어 말리고, 프린트는 뒤집어서 다려 주세요.",
    ),
    "shirt": (
        "Unbutton collar and cuffs and wash at 30–40 °C. Hang it on a hanger straight from the machine and "
        "iron it while still slightly damp; silk or rayon blouses want a cold hand-wash or the dry cleaner.",
        "단추를 모두 풀고 30~40도로 세탁하세요. 세탁이 끝나면 바로 옷걸이에 걸고, 살짝 덜 마른 상태에서 "
        "다리면 주름이 잘 펴져요. 실크나 레이온 블라우스는 찬물 손빨래나 드라이클리닝이 좋아요.",
    ),
    "denim": (
        "Wash it rarely, inside out, in cold water with dark colours (new denim bleeds); button and zip it "
        "first. Hang it to dry — the dryer shrinks and fades it.",
        "자주 빨지 말고, 뒤집어서 찬물에 어두운 색끼리 세탁하세요(새 데님은 물이 빠져요). 지퍼와 단추를 "
        "잠그고 빨고, 건조기 대신 걸어서 말려야 줄어들거나 바래지 않아요.",
    ),
    "trousers": (
        "Wash at 30 °C inside out (wool trousers: dry-clean), hang them by the hems to dry, and press the "
        "crease with a cloth between the iron and the fabric so it doesn't shine.",
        "뒤집어서 30도로 세탁하고(울 바지는 드라이클리닝), 밑단을 집어 거꾸로 걸어 말리세요. 다릴 때는 "
        "천을 덧대야 번들거리지 않아요.",
    ),
    "dress": (
        "Go by the fabric: cotton and jersey at 30 °C on a gentle cycle in a laundry net; chiffon, silk, "
        "lined or beaded pieces by hand or at the dry cleaner. Hang it to dry and steam rather than iron.",
        "소재에 따라 달라요. 면·저지는 세탁망에 넣어 30도 울 코스로, 시폰·실크·안감이나 장식이 있는 옷은 "
        "손빨래나 드라이클리닝을 하세요. 걸어서 말리고, 다리미보다 스팀이 좋아요.",
    ),
    "tailored": (
        "Dry-clean it once or twice a season, not after every wear. Between wears brush it, air it on a "
        "wide, shaped hanger and steam out the creases.",
        "드라이클리닝은 한 시즌에 한두 번이면 충분해요. 입은 뒤에는 솔질하고 어깨가 넓은 옷걸이에 걸어 "
        "바람을 쐬고, 주름은 스팀으로 펴 주세요.",
    ),
    "padded": (
        "Zip it up and wash it cold on a gentle cycle with a down detergent, no softener; rinse twice. "
        "Tumble-dry on low with two tennis balls so the filling doesn't clump, and store it loose, not "
        "compressed.",
        "지퍼를 잠그고 다운 전용 세제로 찬물 울 코스에 세탁하세요(섬유유연제는 안 돼요). 헹굼은 두 번, "
        "건조기 저온에 테니스공 두 개를 함께 넣으면 충전재가 뭉치지 않아요. 압축하지 말고 걸어서 보관하세요.",
    ),
    "jacket": (
        "Check the label first: many jackets are spot-clean or dry-clean only. Brush off dirt, wipe marks "
        "with a damp cloth and mild soap, and air it on a wide hanger.",
        "먼저 라벨을 확인하세요. 부분 세탁이나 드라이클리닝만 되는 재킷이 많아요. 먼지는 솔로 털고, 얼룩은 "
        "중성세제를 묻힌 젖은 천으로 닦은 뒤 넓은 옷걸이에 걸어 두세요.",
    ),
    "rainwear": (
        "Rinse off dirt, wash it cold with a technical wash (no softener) and let it air-dry. When water "
        "stops beading on it, renew the proofing with a spray.",
        "흙먼지를 헹궈 내고 기능성 세제로 찬물 세탁하세요(섬유유연제는 안 돼요). 자연 건조하고, 물이 "
        "스며들기 시작하면 발수 스프레이를 뿌려 주세요.",
    ),
    "sportswear": (
        "Wash it cold and inside out soon after wearing, without fabric softener (it clogs the fabric that "
        "wicks sweat), and air-dry it: heat ruins the stretch.",
        "입은 뒤 바로 뒤집어서 찬물에 세탁하세요. 섬유유연제는 땀 흡수 기능을 막으니 빼고, 열에 약하니 "
        "건조기 대신 자연 건조하세요.",
    ),
    "fleece": (
        "Inside out at 30 °C with similar colours; low heat or air-dry so it doesn't shrink or pill, and "
        "never iron the print.",
        "뒤집어서 비슷한 색끼리 30도로 세탁하세요. 줄어들거나 보풀이 생기지 않게 저온 건조나 자연 건조, "
        "프린트는 다리지 마세요.",
    ),
    "linen": (
        "Wash at 30–40 °C on a gentle cycle and hang it while damp. Linen creases: iron it still damp, "
        "or wear the creases — they are part of its charm.",
        "30~40도 약한 코스로 세탁하고 젖은 채로 걸어 말리세요. 주름이 잘 생기니 덜 마른 상태에서 다리거나, "
        "자연스러운 주름을 즐기세요.",
    ),
    "silk": (
        "Hand-wash it cold with a silk or wool detergent, or take it to the dry cleaner. Don't wring it; "
        "dry it flat away from the sun and iron inside out on low.",
        "찬물에 실크·울 전용 세제로 손빨래하거나 드라이클리닝하세요. 비틀어 짜지 말고 그늘에 뉘어 말리고, "
        "뒤집어서 낮은 온도로 다려 주세요.",
    ),
    "leather": (
        "Never machine-wash leather: wipe it with a damp cloth, let it dry away from heat and condition it "
        "twice a year; stains go to a leather cleaner.",
        "가죽은 물세탁하면 안 돼요. 젖은 천으로 닦아 그늘에서 말리고, 1년에 두 번 정도 가죽 크림을 발라 "
        "주세요. 얼룩은 가죽 전문 세탁소에 맡기세요.",
    ),
    "suede": (
        "Keep it dry: brush it with a suede brush along the nap, lift marks with a suede eraser and spray "
        "it with a protector before the first wear.",
        "물에 닿지 않게 하세요. 스웨이드 솔로 결을 따라 빗고, 얼룩은 스웨이드 지우개로, 처음 신기 전에 "
        "방수 스프레이를 뿌려 두세요.",
    ),
    "sneakers": (
        "Take out the laces and insoles, brush off the dirt and scrub with warm water and mild soap (an old "
        "toothbrush for the soles). Stuff them with paper and air-dry away from heat, not in the dryer.",
        "끈과 깔창을 빼고 먼지를 턴 뒤, 미지근한 물과 중성세제로 닦아 주세요(밑창은 칫솔로). 신문지를 넣어 "
        "그늘에서 말리고 건조기는 피하세요.",
    ),
    "leather_shoes": (
        "Wipe them with a damp cloth, let them dry, then polish or condition the leather; cedar shoe trees "
        "keep the shape. Suede pairs get a suede brush and a protector spray instead of water.",
        "젖은 천으로 닦아 말린 뒤 구두약이나 가죽 크림을 발라 주세요. 슈트리를 넣어 두면 모양이 유지돼요. "
        "스웨이드는 물 대신 전용 솔과 방수 스프레이로 관리하세요.",
    ),
    "sandals": (
        "Rinse off sand and salt, wipe the footbed with mild soap and dry them in the shade; leather straps "
        "like a little conditioner.",
        "모래와 소금기를 헹궈 내고 발바닥 닿는 부분은 중성세제로 닦아 그늘에서 말리세요. 가죽 끈은 가죽 "
        "크림을 조금 발라 주세요.",
    ),
    "bag": (
        "Empty it, wipe it with a dry or barely damp cloth and condition leather twice a year. Stuff it with "
        "paper and keep it in its dust bag; canvas backpacks can be hand-washed cold.",
        "가방을 비우고 마른 천이나 살짝 적신 천으로 닦아 주세요. 가죽은 1년에 두 번 크림을 바르고, 종이를 "
        "채워 더스트백에 보관하세요. 캔버스 백팩은 찬물 손빨래가 돼요.",
    ),
    "scarf": (
        "Hand-wash it cold with a mild detergent, press the water out in a towel and dry it flat; silk "
        "scarves go to the dry cleaner or get a very gentle hand-wash.",
        "중성세제로 찬물 손빨래하고 수건으로 눌러 물기를 뺀 뒤 뉘어 말리세요. 실크 스카프는 드라이클리닝이나 "
        "아주 조심스러운 손빨래를 하세요.",
    ),
    "hat": (
        "Spot-clean it with a soft brush and a damp cloth; never machine-wash a structured cap, and let it "
        "dry on a rounded shape (a rolled towel).",
        "부드러운 솔과 젖은 천으로 부분 세탁하세요. 형태가 있는 모자는 세탁기에 넣지 말고, 둥글게 만 수건에 "
        "씌워 말리세요.",
    ),
    "accessory": (
        "Belts: wipe and condition the leather. Sunglasses: rinse and dry them with a microfibre cloth, "
        "not your shirt. Keep metal away from water and perfume.",
        "벨트는 닦고 가죽 크림을 발라 주세요. 선글라스는 물로 헹궈 극세사 천으로 닦고, 금속 소품은 물과 "
        "향수에 닿지 않게 보관하세요.",
    ),
    "ethnic": (
        "Cotton kurtas: wash them cold and separately the first few times (the dyes run) and dry them inside "
        "out in the shade. Silk, zari or embroidered pieces: dry-clean only.",
        "면 쿠르타는 처음 몇 번은 물이 빠지니 찬물에 따로 빨고, 뒤집어서 그늘에 말리세요. 실크나 자수가 "
        "있는 옷은 드라이클리닝만 하세요.",
    ),
    "delicate": (
        "Hand-wash it cold or use a delicate cycle in a laundry net, fasten any hooks first and air-dry it: "
        "never the dryer.",
        "찬물 손빨래나 세탁망에 넣어 섬세 코스로 빨고, 후크는 잠그고 빨아 주세요. "
        "건조기 말고 자연 건조하세요.",
    ),
}
WORDS: dict[str, tuple[str, str]] = {
    "title": ("How to look after {what}:", "{what} 관리법:"),
    "white": ("It's white: wash it with whites only.", "흰옷이라 흰옷끼리만 빨아 주세요."),
    "dark": (
        "Its dark colour fades: inside out and cold keep it deep.",
        "어두운 색은 바래기 쉬우니 뒤집어서 찬물에 빨아 주세요.",
    ),
    "label": (
        "Where the care label says otherwise, the label is right.",
        "옷의 케어 라벨과 다르면 라벨을 따라 주세요.",
    ),
}
# fmt: on


def _word(key: str, language: str) -> str:
    return bilingual(WORDS[key], language)


def _what(part: dict[str, Any], language: str) -> str:
    """What the advice is for: the product's name, else the fabric and kind named ("your wool sweater")."""
    if part.get("product"):
        return str(part["product"])
    kind, category = part.get("kind"), part.get("category")
    if kind in ARTICLE_KINDS:
        noun = ARTICLE_KINDS[kind][1 if language == "ko" else 0]
    else:
        noun = display_name(CATEGORY_NAMES, category, language) if category else ""
    material = display_name(MATERIALS, part["material"], language) if part.get("material") else ""
    if part.get("material") == "down" and category == "outerwear":  # "패딩 세탁법"
        material, noun = "", ("패딩" if language == "ko" else "padded jacket")
    what = " ".join(w for w in (material, noun) if w)
    if language == "ko":
        return what or "이 옷"
    return f"your {what}" if noun else material or "it"


def care_text(parts: list[dict[str, Any]], language: str) -> str:
    """The advice for each part, with its colour's note, then the care label's precedence."""
    lines: list[str] = []
    for part in parts:
        lines.append(bilingual(WORDS["title"], language, what=_what(part, language)))
        lines.append(bilingual(ADVICE[part["care"]], language))
        if part.get("colour_note"):
            lines.append(_word(part["colour_note"], language))
        lines.append("")
    return "\n".join([*lines, _word("label", language)])
