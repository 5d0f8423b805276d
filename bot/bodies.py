"""What flatters a build the shopper told (`vocabulary.BUILDS`), in English and Korean: the stylists'
rules of thumb, what to skip, and that what follows shows those first."""

from __future__ import annotations

from typing import Any

from .texts import bilingual

# fmt: off
ADVICE: dict[str, tuple[str, str]] = {
    "petite": (
        "For a petite frame, one long line: one colour head to toe (or close tones), tops tucked in or "
        "cropped, trousers high at the waist and slim or straight to the shoe, small prints, shoes in "
        "the trousers' colour. Skip long oversized tops, wide cuffs and big prints.",
        "키가 작은 체형은 하나로 이어지는 라인이 좋아요. 위아래를 같은 색이나 비슷한 톤으로 맞추고, 상의는 "
        "넣어 입거나 짧은 기장으로, 바지는 하이웨이스트에 슬림하거나 일자로 신발까지 떨어지게, 무늬는 작게, "
        "신발은 바지 색에 맞춰 보세요. 긴 오버핏 상의, 넓은 밑단, 큰 무늬는 피하세요.",
    ),
    "tall": (
        "A tall frame carries most things: long coats, wide or cropped trousers, bold prints and "
        "layers; a top and trousers in contrasting colours break the length. Skip hems that stop short "
        "by accident and tops too short in the body.",
        "키가 큰 체형은 대부분 잘 소화해요. 롱코트, 와이드나 크롭 팬츠, 큰 무늬, 레이어드 모두 좋고, "
        "상하의 색을 대비시키면 길이가 나뉘어 보여요. 애매하게 짧은 기장과 몸판이 짧은 상의는 피하세요.",
    ),
    "curvy": (
        "For a fuller figure: deeper colours and plain fabrics, one colour top to bottom for a long line, "
        "V-necks and open collars, straight cuts that skim rather than cling or billow, an open jacket "
        "or a long cardigan. Skip clingy knits, wide horizontal stripes and very baggy pieces.",
        "통통한 체형은 어두운 색과 무지 소재, 위아래 같은 색으로 세로 라인을 만들어 주세요. V넥이나 "
        "오픈 카라, 몸에 붙지도 너무 크지도 않은 일자 핏, 앞을 연 자켓이나 롱 가디건이 좋아요. 달라붙는 "
        "니트, 굵은 가로 줄무늬, 너무 큰 오버핏은 피하세요.",
    ),
    "slim": (
        "For a slim frame, layers and texture add shape: a knit, a shirt over a tee, a jacket; light "
        "colours, horizontal stripes and checks; straight or relaxed cuts rather than skinny ones. Skip "
        "very tight pieces and very loose ones worn alone.",
        "마른 체형은 레이어드와 질감으로 볼륨을 더해 주세요. 니트, 티셔츠 위 셔츠, 자켓을 겹쳐 입고, 밝은 "
        "색과 가로 줄무늬, 체크가 좋아요. 스키니보다 일자나 여유 있는 핏을 고르고, 너무 붙거나 너무 큰 "
        "옷 하나만 입는 건 피하세요.",
    ),
    "broad_shoulders": (
        "For broad shoulders: darker, plain tops and V-necks keep them quiet; colour, pattern and volume "
        "go below — lighter or patterned trousers and skirts, A-lines, wider legs. Skip shoulder pads, "
        "puffed sleeves, boat necks and stripes across the chest.",
        "어깨가 넓은 체형은 어두운 무지 상의와 V넥으로 어깨를 차분하게, 색과 무늬와 볼륨은 하의로 주세요. "
        "밝거나 무늬 있는 바지와 치마, A라인, 와이드 핏이 좋아요. 어깨 패드, 퍼프 소매, 보트넥, 가슴을 "
        "가로지르는 줄무늬는 피하세요.",
    ),
    "pear": (
        "For wider hips: lighter, brighter or patterned tops and detail at the neckline draw the eye up; "
        "darker, plain bottoms — straight or wide-leg trousers, A-line skirts; a jacket ending above or "
        "below the hips, not at them. Skip light skinny trousers and pockets or prints on the hips.",
        "하체가 있는 체형은 밝거나 무늬 있는 상의와 포인트 있는 네크라인으로 시선을 위로 올려 주세요. "
        "하의는 어두운 무지로, 일자나 와이드 팬츠, A라인 스커트가 좋고, 자켓은 엉덩이 선보다 짧거나 길게 "
        "고르세요. 밝은 스키니 팬츠와 엉덩이 쪽 주머니나 무늬는 피하세요.",
    ),
    "maternity": (
        "Congratulations! There's no maternity line here, so: stretch fabrics, wrap and empire-waist "
        "dresses, long tops over leggings, open cardigans and jackets, flat comfortable shoes — the roomy "
        "cuts first. Skip tight waistbands and rigid denim.",
        "축하드려요! 여기엔 임부복 라인이 따로 없어서, 신축성 있는 소재, 랩·엠파이어 원피스, 레깅스 위 긴 "
        "상의, 앞을 여는 가디건과 자켓, 편한 플랫 슈즈를 추천해요. 여유 있는 핏부터 보여 드릴게요. 조이는 "
        "허리 밴드와 뻣뻣한 데님은 피하세요.",
    ),
}
SAID: dict[str, tuple[str, str]] = {
    "first": (
        "What I show you now puts those first (✕ the build's button to drop it).",
        "이제부터 보여 드리는 상품은 이런 것부터 보여 드릴게요(체형 버튼의 ✕로 해제).",
    ),
    "idle": (
        "Ask for a piece (“trousers”, “an outfit for a wedding”) and I'll show those first.",
        "원하는 옷을 말씀해 주시면(“바지”, “하객룩”) 이런 것부터 보여 드릴게요.",
    ),
}
# fmt: on


def build_text(values: dict[str, Any], language: str) -> str:
    """What flatters the build, then what the answer that follows does with it (a build nothing is
    put first for, a tall one: the advice alone)."""
    advice = bilingual(ADVICE[values["build"]], language)
    if not values.get("shaped"):
        return advice
    return advice + "\n" + bilingual(SAID["first" if values.get("shown") else "idle"], language)
