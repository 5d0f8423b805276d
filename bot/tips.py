"""How to wear a piece, in English and Korean: tucking it in, its sleeves, a trouser hem, its buttons,
what suits an age, and the rules of dress — how many colours, double denim, gold or silver (by the
personal colour, else the piece in view), white out of summer, socks, sneakers with a suit, a bag and
shoes (`understanding.tips`) — by its kind: the category's words, else its slot's, else the topic's own."""

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
    ("colours", "any"): (
        "Three at most: one or two neutrals as the base (navy, grey, beige, white, black), one colour as "
        "the accent, and the accessories repeating one of them. A single colour head to toe, in its "
        "shades, counts as one; a print counts as its main colour.",
        "세 가지 이내가 좋아요. 네이비, 회색, 베이지, 흰색, 검정 같은 기본색 한두 가지를 바탕으로 포인트 색 "
        "하나를 더하고, 가방이나 신발 같은 소품은 그중 한 색을 반복하세요. 한 가지 색을 톤만 달리해 입으면 "
        "한 색으로 치고, 무늬는 주된 색으로 세요.",
    ),
    ("denim", "any"): (
        "Yes — in two different washes: dark jeans with a lighter denim shirt or jacket (or the reverse), "
        "broken up with a white tee or a knit and leather shoes or clean sneakers. One wash head to toe "
        "works too, worn on purpose; what jars is two nearly-matching shades.",
        "네, 괜찮아요. 진한 청바지에 연한 데님 셔츠나 자켓처럼(또는 반대로) 워싱을 확실히 다르게 하고, "
        "흰 티나 니트, 가죽 신발이나 깔끔한 운동화로 사이를 끊어 주세요. 같은 워싱으로 맞춰 입어도 의도한 "
        "느낌이면 멋있어요. 애매하게 비슷한 두 톤이 제일 어색해요.",
    ),
    ("metals", "any"): (
        "Either — let your skin decide. If gold makes your skin glow and the veins at your wrist look "
        "greenish, you're warm: yellow or rose gold, brass. If silver looks brighter on you and the veins "
        "look blue, you're cool: silver, white gold. In one look keep the metals together — buckle, watch, "
        "bag clasp — or mix them on purpose with a piece that has both. Tell me your personal colour "
        "(“I'm summer cool”) and I'll say which.",
        "피부가 정해 줘요. 금을 했을 때 얼굴이 화사해 보이고 손목 핏줄이 초록빛이면 웜톤이라 옐로 골드, 로즈 "
        "골드가 잘 맞고, 은이 더 깨끗해 보이고 핏줄이 푸른빛이면 쿨톤이라 실버, 화이트 골드가 잘 맞아요. "
        "한 코디 안에서는 벨트 버클, 시계, 가방 장식의 금속을 맞추거나, 두 가지가 섞인 아이템 하나로 일부러 "
        "섞어 주세요. 퍼스널 컬러를 알려 주시면(“저 여쿨이에요”) 어느 쪽인지 말씀드릴게요.",
    ),
    ("metals", "spring_warm"): (
        "Gold — you're spring warm: light yellow gold and rose gold brighten your face; keep heavy silver "
        "away from it. The buckle, watch and bag hardware in gold too.",
        "골드예요. 봄 웜톤에는 밝은 옐로 골드와 로즈 골드가 얼굴을 환하게 해 줘요. 묵직한 실버는 얼굴 가까이 "
        "하지 마시고, 벨트 버클, 시계, 가방 장식도 골드로 맞춰 주세요.",
    ),
    ("metals", "autumn_warm"): (
        "Gold — you're autumn warm: deep, antique gold, brass and copper suit you best; bright silver "
        "looks cold on you. The buckle, watch and bag hardware in gold too.",
        "골드예요. 가을 웜톤에는 깊은 앤티크 골드, 브라스, 구리색이 가장 잘 어울리고, 밝은 실버는 차가워 "
        "보여요. 벨트 버클, 시계, 가방 장식도 골드로 맞춰 주세요.",
    ),
    ("metals", "summer_cool"): (
        "Silver — you're summer cool: soft silver, white gold and matte platinum suit you; yellow gold can "
        "look brassy (rose gold is the gold that works). The buckle, watch and bag hardware in silver too.",
        "실버예요. 여름 쿨톤에는 은은한 실버, 화이트 골드, 무광 플래티넘이 잘 어울리고, 옐로 골드는 얼굴이 "
        "누래 보일 수 있어요(골드라면 로즈 골드). 벨트 버클, 시계, 가방 장식도 실버로 맞춰 주세요.",
    ),
    ("metals", "winter_cool"): (
        "Silver — you're winter cool: bright, polished silver and platinum suit your contrast; yellow gold "
        "looks dull on you. The buckle, watch and bag hardware in silver too.",
        "실버예요. 겨울 쿨톤에는 광택 있는 실버와 플래티넘이 또렷한 대비와 잘 어울리고, 옐로 골드는 칙칙해 "
        "보여요. 벨트 버클, 시계, 가방 장식도 실버로 맞춰 주세요.",
    ),
    ("metals", "warm"): (
        "Gold with this one: warm colours — reds, browns, beiges, olive — glow beside yellow gold and "
        "brass, and silver looks cold against them. Keep the buckle, watch and bag hardware gold too. For "
        "your own colouring, tell me your personal colour (“I'm autumn warm”).",
        "이 옷에는 골드예요. 빨강, 갈색, 베이지, 카키 같은 따뜻한 색은 옐로 골드나 브라스와 함께 빛나고, "
        "실버는 차가워 보여요. 벨트 버클, 시계, 가방 장식도 골드로 맞춰 주세요. 피부에 맞는 쪽은 퍼스널 "
        "컬러를 알려 주시면(“저 가을 웜이에요”) 말씀드릴게요.",
    ),
    ("metals", "cool"): (
        "Silver with this one: cool colours — navy, blue, grey, purple, green — look crisp beside silver "
        "and white gold, and yellow gold can look brassy against them. Keep the buckle, watch and bag "
        "hardware silver too. For your own colouring, tell me your personal colour (“I'm summer cool”).",
        "이 옷에는 실버예요. 네이비, 파랑, 회색, 보라, 초록 같은 차가운 색은 실버나 화이트 골드와 깔끔하게 "
        "어울리고, 옐로 골드는 누래 보일 수 있어요. 벨트 버클, 시계, 가방 장식도 실버로 맞춰 주세요. 피부에 "
        "맞는 쪽은 퍼스널 컬러를 알려 주시면(“저 여쿨이에요”) 말씀드릴게요.",
    ),
    ("white", "any"): (
        "Yes — “no white after Labor Day” is an old rule nobody keeps now. Out of summer, wear white in the "
        "season's fabrics: a cream wool coat, an ivory knit, white jeans with boots and a darker layer; "
        "leave thin white linen for the warm months. The one white to skip is a wedding guest's.",
        "네, 괜찮아요. “가을 이후엔 흰 옷 금지” 같은 규칙은 이제 아무도 지키지 않아요. 다만 계절 소재로 "
        "입으세요. 크림색 울 코트, 아이보리 니트, 흰 청바지에 부츠와 어두운 겉옷처럼요. 얇은 흰 린넨은 "
        "따뜻한 계절에 두시고요. 피해야 할 흰색은 결혼식 하객룩뿐이에요.",
    ),
    ("socks", "any"): (
        "Match the socks to the trousers, not the shoes — navy with a navy suit, charcoal with grey — or a "
        "shade darker, long enough that no skin shows when you sit. With loafers or boat shoes in summer, "
        "no-show socks; with sneakers and shorts, no-show or clean white ones; with sandals, none. I don't "
        "carry socks, so I can't show any.",
        "양말은 신발이 아니라 바지 색에 맞추세요. 네이비 정장엔 네이비, 회색엔 차콜처럼요. 한 톤 어두워도 "
        "좋고, 앉았을 때 맨살이 보이지 않을 길이로요. 여름 로퍼나 보트슈즈엔 페이크삭스, 운동화와 반바지엔 "
        "페이크삭스나 깨끗한 흰 양말, 샌들엔 양말 없이 신으세요. 양말은 취급하지 않아서 보여 드릴 수는 "
        "없어요.",
    ),
    ("sneakers", "any"): (
        "For smart casual, yes: clean, minimal leather sneakers (white or black, small logos at most) with "
        "a slim suit, no tie, and trousers short enough not to pile up on them. Not for a dress code — a "
        "wedding, an interview or a funeral asks for leather shoes.",
        "세미 캐주얼이라면 좋아요. 로고가 작은 깔끔한 흰색이나 검은색 가죽 스니커즈에, 슬림한 정장, 넥타이 "
        "없이, 바지 밑단이 신발 위에 쌓이지 않는 길이로 입으세요. 다만 결혼식, 면접, 장례식처럼 드레스 "
        "코드가 있는 자리에는 구두를 신으세요.",
    ),
    ("sneakers", "formal"): (
        "Not for this one: a formal occasion asks for leather shoes — oxfords, derbies or loafers, or "
        "pumps and low heels. Sneakers with a suit are for smart-casual days.",
        "이번 자리에는 아니에요. 격식 있는 자리에는 옥스퍼드, 더비, 로퍼 같은 구두나 펌프스, 낮은 굽을 "
        "신으세요. 정장에 운동화는 세미 캐주얼한 날에 입어요.",
    ),
    ("bag", "any"): (
        "They needn't match. Keep them in one family — both leather, both neutral, or one picking up the "
        "other's colour — and of the same formality (a leather tote with leather shoes, canvas with "
        "sneakers). An exact match looks dated, except for a formal evening.",
        "꼭 맞출 필요는 없어요. 둘 다 가죽이거나 둘 다 무채색이거나, 한쪽이 다른 쪽 색을 받아 주는 식으로 "
        "같은 계열이면 되고, 격식도 맞추세요(가죽 토트엔 가죽 구두, 캔버스백엔 운동화). 색까지 똑같이 "
        "맞추면 오히려 올드해 보여요. 격식 있는 저녁 자리만 예외예요.",
    ),
}
BY_KIND = frozenset({"layer", "metals", "sneakers"})  # by the dress code, the season or the colouring
FALLBACK = {
    "tuck": "top", "sleeves": "shirt", "hem": "bottom", "buttons": "shirt", "patterns": "any", "belt": "any",
    "age": "any", "sheer": "any", "layer": "any", "colours": "any", "denim": "any", "metals": "any",
    "white": "any", "socks": "any", "sneakers": "any", "bag": "any",
}
# fmt: on


def tip_text(values: dict[str, Any], language: str) -> str:
    """How to wear it: the words for its kind (jeans), its category (shirt), its slot (top), else the
    topic's most asked kind."""
    topic = values["topic"]
    kinds = ["jeans" if "jeans" in values.get("kind", "") else "", values.get("category", "")]
    kinds = [values.get("kind", "")] if topic in BY_KIND else kinds
    kinds += [values.get("slot", ""), FALLBACK[topic]]
    kind = next(k for k in kinds if (topic, k) in TIPS)
    return bilingual(TIPS[(topic, kind)], language)
