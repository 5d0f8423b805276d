"""How to wear a piece, in English and Korean: tucking it in, its sleeves, a trouser hem, its buttons,
what suits an age (`understanding.tips`), by its kind — the category's words, else its slot's, else
the topic's own."""

from __future__ import annotations

from typing import Any

from .texts import bilingual

# fmt: off
TIPS: dict[tuple[str, str], tuple[str, str]] = {
    ("tuck", "shirt"): (
        "Tucked in for anything smart — into trousers or a skirt, with a belt. Untucked only with jeans "
        "or chinos, and only when its hem is straight and ends around the middle of the fly; a long, "
        "curved tail is made to be tucked.",
        "격식 있는 자리에는 바지나 치마에 넣어 입고 벨트를 하세요. 청바지나 면바지에는 빼 입어도 되지만, "
        "밑단이 일자이고 지퍼 중간쯤에서 끝날 때만이에요. 뒷자락이 길고 둥근 셔츠는 넣어 입는 옷이에요.",
    ),
    ("tuck", "blouse"): (
        "Tucked into trousers or a skirt for work; a front tuck (the front only) into jeans shows the "
        "waist and keeps it relaxed.",
        "출근할 때는 바지나 치마에 넣어 입고, 청바지에는 앞부분만 살짝 넣으면 허리선이 살면서 편안해 보여요.",
    ),
    ("tuck", "longsleeve"): (
        "A knit goes untucked, or front-tucked over high-waisted trousers; a thick one is never fully "
        "tucked — it bunches at the waist.",
        "니트는 빼 입거나 하이웨이스트 바지에 앞만 살짝 넣어 입으세요. 두꺼운 니트를 다 넣으면 허리가 "
        "뭉쳐 보여요.",
    ),
    ("tuck", "top"): (
        "Untucked with jeans or shorts is the easy way; a front tuck (just the front) into high-waisted "
        "trousers or a skirt shows the waist; fully tucked with a belt under a jacket.",
        "청바지나 반바지에는 빼 입는 게 무난하고, 하이웨이스트 바지나 치마에 앞만 넣으면 허리선이 살아요. "
        "재킷 안에 입을 때는 다 넣고 벨트를 하세요.",
    ),
    ("sleeves", "shirt"): (
        "Roll them for a casual look, never under a jacket: fold the cuff up to just below the elbow, "
        "then fold the bottom edge up once so the cuff peeks out. Keep them down, cuffs buttoned, for "
        "anything formal.",
        "캐주얼하게 입을 때만 걷고, 재킷 안에서는 걷지 마세요. 커프스를 팔꿈치 바로 아래까지 올린 다음 "
        "아래 끝을 한 번 접어 커프스가 살짝 보이게 하면 깔끔해요. 격식 있는 자리에서는 내리고 단추를 "
        "채우세요.",
    ),
    ("sleeves", "top"): (
        "Push them to mid-forearm for a relaxed look; a fine knit can be folded twice instead.",
        "팔뚝 중간까지 밀어 올리면 편안해 보여요. 얇은 니트는 두 번 접어 올려도 좋아요.",
    ),
    ("sleeves", "outerwear"): (
        "A jacket's sleeves stay down, showing about 1 cm of shirt cuff; pushed up only on a casual, "
        "unstructured one.",
        "재킷 소매는 내리고 셔츠 커프스가 1cm쯤 보이게 입으세요. 캐주얼한 언구조 재킷만 걷어 입어도 돼요.",
    ),
    ("hem", "jeans"): (
        "A slim cuff (about 3 cm, folded once or twice) shows the ankle with sneakers or loafers; skip "
        "it with boots, and let wide or bootcut legs fall to the shoe.",
        "3cm 정도로 한두 번 얇게 접으면 발목이 보여 운동화나 로퍼와 잘 어울려요. 부츠를 신을 때나 와이드, "
        "부츠컷은 접지 말고 신발까지 떨어지게 두세요.",
    ),
    ("hem", "bottom"): (
        "Tailored trousers aren't rolled — have them hemmed to just touch the shoe; chinos can take a "
        "slim roll above the ankle in summer.",
        "슬랙스는 접지 말고 신발에 살짝 닿게 기장을 수선하세요. 면바지는 여름에 발목 위로 얇게 접어도 "
        "좋아요.",
    ),
    ("buttons", "shirt"): (
        "One button open without a tie, two at most on a casual shirt; the top button is done up only "
        "with a tie.",
        "넥타이 없이는 단추 하나, 캐주얼 셔츠는 두 개까지 풀고, 맨 위 단추는 넥타이를 맬 때만 채우세요.",
    ),
    ("buttons", "outerwear"): (
        "Standing, do up a two-button jacket's top button (the middle one of three), never the bottom "
        "one; undo them when you sit.",
        "서 있을 때 투버튼은 위 단추만(쓰리버튼은 가운데만) 채우고 맨 아래는 채우지 않아요. 앉을 때는 "
        "풀어 두세요.",
    ),
    ("belt", "any"): (
        "For anything smart, yes: a leather belt in the colour family of the leather shoes (brown with "
        "brown, black with black), and a metal buckle that's plain. With sneakers and a casual look it's "
        "free — canvas, woven or a colour of the outfit.",
        "격식 있는 룩이라면 맞추는 게 좋아요. 가죽 벨트를 가죽 구두와 같은 색 계열로(갈색엔 갈색, 검정엔 "
        "검정), 버클은 심플하게요. 운동화에 캐주얼한 룩이면 자유롭게, 캔버스나 니트 벨트, 옷의 한 색도 "
        "좋아요.",
    ),
    ("patterns", "any"): (
        "Yes, with a plan: one pattern leads and the other is smaller or quieter (a fine stripe under a "
        "bold check), both share a colour, and the rest of the look stays plain. Two big prints of the "
        "same size fight; when unsure, one pattern and plain pieces around it never fail.",
        "가능해요. 한 패턴을 주인공으로 두고 다른 하나는 더 작거나 차분하게(굵은 체크에 얇은 스트라이프), "
        "두 패턴이 한 가지 색을 공유하게 하고, 나머지는 무지로 입으세요. 크기가 비슷한 큰 패턴 두 개는 "
        "서로 부딪혀요. 자신 없을 때는 패턴 하나에 무지 아이템을 맞추면 실패가 없어요.",
    ),
    ("age", "any"): (
        "Style has no age limit — what changes is what flatters: fit first (tailored, neither tight nor "
        "baggy), good fabrics (wool, cotton, linen, leather), a calm base of neutrals with one colour or "
        "print you love, and leather shoes or clean sneakers. If it fits and you feel like yourself in "
        "it, it suits you. Tell me the occasion and I'll put a look together.",
        "스타일에 나이 제한은 없어요. 달라지는 건 어울리는 방식이에요. 핏이 먼저(너무 붙지도 크지도 않게), "
        "좋은 소재(울, 면, 린넨, 가죽), 기본색 바탕에 좋아하는 색이나 패턴 하나, 그리고 가죽 구두나 깔끔한 "
        "운동화요. 잘 맞고 나다운 옷이면 잘 어울리는 옷이에요. 어떤 자리인지 말씀해 주시면 코디를 "
        "만들어 드릴게요.",
    ),
    ("sheer", "any"): (
        "A photo can't show how sheer a fabric is. Light colours (white, beige, pastels) and thin cotton, "
        "linen or chiffon show through the most; the shop's page usually says whether it is lined. Under "
        "a sheer top or dress, a seamless slip or camisole close to your skin tone hides it — not a white "
        "one, which shows.",
        "사진으로는 얼마나 비치는지 알 수 없어요. 흰색·베이지·파스텔 같은 밝은 색과 얇은 면·린넨·시폰이 가장 "
        "잘 비쳐요. 안감이 있는지는 상품 페이지에 나와 있는 경우가 많아요. 비치는 상의나 원피스 안에는 "
        "흰색보다 피부톤에 가까운 심리스 슬립이나 캐미솔을 입으면 티가 안 나요.",
    ),
    ("layer", "formal"): (
        "Yes — for a formal occasion the jacket is part of the dress code: keep it on, at least until the "
        "formal part is over.",
        "네, 격식 있는 자리에서는 재킷까지가 복장이에요. 적어도 공식적인 순서가 끝날 때까지는 입고 계세요.",
    ),
    ("layer", "winter"): (
        "Yes — in winter a coat or a padded jacket over it; the rest can stay light underneath.",
        "네, 겨울에는 코트나 패딩을 꼭 걸치세요. 안에는 가볍게 입어도 돼요.",
    ),
    ("layer", "summer"): (
        "No — leave it at home in summer; a thin shirt or cardigan is enough for air-conditioning.",
        "아니요, 여름에는 두고 가세요. 냉방이 걱정되면 얇은 셔츠나 가디건 하나면 충분해요.",
    ),
    ("layer", "spring"): (
        "A light one, yes: spring mornings and evenings are cool even when the afternoon is warm.",
        "가벼운 걸로 하나 챙기세요. 봄에는 낮이 따뜻해도 아침저녁이 쌀쌀해요.",
    ),
    ("layer", "autumn"): (
        "A light one, yes: autumn mornings and evenings are cool even when the afternoon is warm.",
        "가벼운 걸로 하나 챙기세요. 가을에는 낮이 따뜻해도 아침저녁이 쌀쌀해요.",
    ),
    ("layer", "any"): (
        "It depends on the weather: below about 20°C take a light jacket, below 10°C a coat, and below "
        "0°C a padded one. Tell me the temperature or the occasion (“it's 12 degrees”) and I'll dress you "
        "for it.",
        "날씨에 따라 달라요. 20도 아래면 가벼운 재킷, 10도 아래면 코트, 영하면 패딩을 챙기세요. 기온이나 "
        "자리를 알려 주시면(“오늘 12도야”) 거기에 맞춰 코디해 드릴게요.",
    ),
}
FALLBACK = {
    "tuck": "top", "sleeves": "shirt", "hem": "bottom", "buttons": "shirt", "patterns": "any", "belt": "any",
    "age": "any", "sheer": "any", "layer": "any",
}
# fmt: on


def tip_text(values: dict[str, Any], language: str) -> str:
    """How to wear it: the words for its kind (jeans), its category (shirt), its slot (top), else the
    topic's most asked kind."""
    topic = values["topic"]
    kinds = ["jeans" if "jeans" in values.get("kind", "") else "", values.get("category", "")]
    kinds = [values.get("kind", "")] if topic == "layer" else kinds  # the dress code's, or the season's
    kinds += [values.get("slot", ""), FALLBACK[topic]]
    kind = next(k for k in kinds if (topic, k) in TIPS)
    return bilingual(TIPS[(topic, kind)], language)
