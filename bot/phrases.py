"""What Stylist says in conversation, in English and Korean (the photo answers are in `texts`)."""

from __future__ import annotations

CONVERSATION: dict[str, dict[str, str]] = {
    "greeting": {
        "en": "Hi! I'm Stylist. Send me a photo of a garment (or of you in an outfit), or just tell me "
        "what you need — “navy blazer”, “what goes with white sneakers?”, “an outfit for a wedding”. "
        "Then refine in words: “in black”, “under 50,000 won”, “for men”, “another one”.",
        "ko": "안녕하세요! 저는 스타일리스트예요. 옷 사진(또는 코디 사진)을 보내 주시거나 원하는 걸 말씀해 "
        "주세요 — “네이비 블레이저”, “흰색 운동화에 어울리는 코디”, “결혼식 하객룩”. 그다음 “검은색으로”, "
        "“5만원 이하”, “남자 옷으로”, “다른 거”처럼 말로 바꿀 수 있어요.",
    },
    "help": {
        "en": "I can: read a photo of a garment or an outfit (category, colour, pattern, style); match an "
        "outfit; find similar or cheaper items with Naver Shopping links; search by words, several kinds "
        "at once (“shoes and a bag for a wedding”); refine by colour, kind (“make the trousers shorts”), "
        "brand, style, occasion, who it is for, price and season; say whether it suits an "
        "occasion or goes with a piece (“is this ok for a wedding?”, “does it go with black jeans?”, "
        "“white tee with jeans?”), which colours "
        "go with it, and how an outfit photo's pieces go together (“rate my outfit”, “too much black?”); "
        "compare two (“#1 or #3?”); keep a wardrobe "
        "and style what is in it (“what goes with my jeans?”); keep products you like (“save #2”, then “my "
        "favourites”); say how to look after a piece (“how do I wash it?”); pack for a trip (“what should I "
        "pack for 3 days in Jeju?”); which colours suit your personal colour (“I'm a summer cool”) or your "
        "eyes and hair (“what suits blue eyes?”); a couple "
        "look (“matching outfits for us”); what to wear at a temperature (“what to wear at 12°C?”); what "
        "a dress code means; sizes (“270 in US?”, “I'm 180cm 75kg, what size?”); your own style (“what's my "
        "style?”); if I misread a photo, tell me (“it's not blue, it's black”); send an outfit "
        "every morning (/daily). Say “I'm a woman” or “I'm a man” once; "
        "“a different colour”, “go back”, “clear filters” or “start over” any time.\n"
        "Commands: /outfit, /settings (who you shop for, price band), /wardrobe, /favourites, /daily, "
        "/forget, /help.",
        "ko": "할 수 있는 일: 옷이나 코디 사진 읽기(종류, 색상, 패턴, 스타일), 코디 추천, 비슷하거나 더 "
        "저렴한 상품 찾기(네이버 쇼핑 링크), 말로 검색하기(“신발이랑 가방 추천해줘”), "
        "색상·종류(“바지는 반바지로”)·브랜드·스타일·상황·성별·가격·계절로 바꾸기, "
        "상황에 맞는지·다른 옷과 어울리는지 판단(“결혼식에 입어도 돼?”, “청바지랑 어울려?”, "
        "“흰 티에 청바지 어때?”), "
        "어울리는 색 알려 주기, 코디 사진 평가(“내 코디 어때?”, “너무 어두워?”), 두 상품 비교(“1번이랑 3번 "
        "차이가 뭐야?”), 내 옷장 저장과 옷장 옷으로 코디"
        "(“내 청바지에 어울리는 신발”), 마음에 드는 상품 찜하기(“2번 찜해줘”, “찜 목록”), 옷 관리법"
        "(“이거 세탁 어떻게 해?”), 여행 짐 꾸리기(“2박 3일 제주 여행 짐 싸줘”), 퍼스널 컬러에 맞는 색"
        "(“저 여쿨이에요”, “흑발한테 어울리는 색”), 커플룩, 기온별 옷차림(“12도인데 뭐 입지?”), "
        "드레스 코드 설명, 사이즈 변환"
        "(“270 미국 사이즈?”, “키 165 몸무게 55 사이즈 추천”), 내 스타일 분석, 사진을 잘못 읽었다면 바로잡기"
        "(“이거 파란색 아니고 검정색이야”). “저 여자예요”, "
        "“저 남자예요”라고 한 번 말해 주시고, 언제든 “다른 색으로”, “이전으로”, “필터 초기화”, "
        "“처음부터”라고 하시면 돼요. 매일 아침 코디도 보내 드려요(/daily).\n"
        "명령어: /outfit, /settings (성별, 가격대), /wardrobe, /favourites, /daily, /forget, /help.",
    },
    "not_understood": {
        "en": "I didn't quite get that. I can style a photo of a garment, find items you describe "
        "(“black jeans”), or build an outfit (“for a job interview”). Try one of these:",
        "ko": "잘 이해하지 못했어요. 옷 사진을 스타일링하거나, 말씀하신 상품(“검은 청바지”)을 찾거나, "
        "코디(“면접룩”)를 만들어 드릴 수 있어요. 이렇게 해 보세요:",
    },
    "complaint": {
        "en": "Sorry — that missed. Tell me what to change: the colour (“in navy”), the style (“more "
        "casual”), the price (“under 50,000 won”), who it's for (“for women”), or say “show others”. "
        "A photo of something you like works too.",
        "ko": "죄송해요, 마음에 안 드셨군요. 무엇을 바꿀지 알려 주세요: 색(“네이비로”), "
        "스타일(“더 캐주얼하게”), 가격(“5만원 이하”), 누구 옷인지(“여자 옷으로”), 또는 “다른 거 보여줘”. "
        "마음에 드는 옷 사진을 보내 주셔도 돼요.",
    },
    "no_weather": {
        "en": "I can't see the weather from here — tell me the temperature (“it's 12 degrees”, “-5 "
        "tomorrow”) and I'll dress you for it.",
        "ko": "여기서는 날씨를 볼 수 없어요. 기온을 알려 주시면(“12도야”, “내일 영하 5도”) 그에 맞게 "
        "코디해 드릴게요.",
    },
    "how_i_pick": {
        "en": "I start from your piece (or one I choose for the occasion), then fill each part of "
        "the look with pieces whose colours go with it (neutrals, tone on tone, a clear contrast), "
        "in its style and season — never summer with winter — for who you shop for. Each line "
        "says why; ask “why #2?” about any of them.",
        "ko": "보내신 옷(또는 상황에 맞게 고른 아이템)에서 시작해, 색이 어울리는 아이템"
        "(무채색, 톤온톤, 또렷한 대비)을 같은 스타일과 계절로, 찾으시는 성별에 맞춰 채워요. "
        "여름 옷과 겨울 옷은 섞지 않아요. 각 줄에 이유가 있고, “2번 왜?”라고 물어보셔도 돼요.",
    },
    "prices_unseen": {
        "en": "Naver Shopping isn't connected here, so I show no prices: each link opens Naver Shopping's "
        "search for that very product, with today's prices from every shop.",
        "ko": "여기는 네이버 쇼핑이 연결되어 있지 않아 가격을 보여 드리지 않아요. 링크를 누르면 그 상품을 "
        "네이버 쇼핑에서 검색해, 쇼핑몰별 오늘 가격을 볼 수 있어요.",
    },
    "prices_live": {
        "en": "Prices are Naver Shopping's lowest for each product, looked up when I show it (kept a few "
        "hours). The shop's page has the final price, with delivery and any coupon.",
        "ko": "가격은 네이버 쇼핑의 상품별 최저가로, 보여 드릴 때 조회해요(몇 시간 동안 저장). 배송비와 "
        "쿠폰을 포함한 최종 가격은 쇼핑몰 페이지에서 확인해 주세요.",
    },
    "farewell": {
        "en": "Bye! Send me a photo or a question any time.",
        "ko": "안녕히 가세요! 언제든 사진이나 질문을 보내 주세요.",
    },
    "no_problem": {
        "en": "No problem. Send a photo or ask me anything whenever you like.",
        "ko": "알겠어요. 언제든 사진을 보내거나 물어봐 주세요.",
    },
    "ack": {
        "en": "👍 Anything else? Refine in words (“in black”, “under 50,000 won”, “show others”) or send "
        "another photo.",
        "ko": "👍 더 필요하신 게 있으면 말씀해 주세요. “검정으로”, “5만원 이하”, “다른 거”처럼 바꾸거나 "
        "다른 사진을 보내 주세요.",
    },
    "bought": {"en": "Nice choice! Here's how I'd wear it:", "ko": "좋은 선택이에요! 이렇게 입어 보세요:"},
    "welcome": {
        "en": "You're welcome! Send another photo any time.",
        "ko": "천만에요! 언제든 사진을 보내 주세요.",
    },
    "empty_text": {
        "en": "That message is empty. Send a photo or tell me what you're looking for:",
        "ko": "빈 메시지예요. 사진을 보내 주시거나 찾는 옷을 말씀해 주세요:",
    },
    "contradictory": {
        "en": "You asked for {colour} and for no {colour} at once — which one do you mean?",
        "ko": "{colour}(으)로 하면서 {colour}은(는) 빼 달라고 하셨어요. 어느 쪽인가요?",
    },
    "need_focus": {
        "en": "What should I apply that to? Send me a photo of a garment, or describe one — for example:",
        "ko": "어떤 옷에 적용할까요? 옷 사진을 보내 주시거나 원하는 옷을 말씀해 주세요. 예를 들어:",
    },
    "restarted": {
        "en": "Fresh start: nothing in view and no filters. Send a photo, or tell me what you need, "
        "for example:",
        "ko": "처음부터 다시 시작해요. 조건도 모두 지웠어요. 사진을 보내거나 원하는 걸 말씀해 주세요. "
        "예를 들어:",
    },
    "filters_cleared": {
        "en": "No filters now. Send a photo, or tell me what you need, for example:",
        "ko": "조건을 모두 지웠어요. 사진을 보내거나 원하는 걸 말씀해 주세요. 예를 들어:",
    },
    "nothing_to_go_back": {
        "en": "There's no earlier answer to go back to. Send a photo, or tell me what you need, for example:",
        "ko": "돌아갈 이전 답변이 없어요. 사진을 보내거나 원하는 걸 말씀해 주세요. 예를 들어:",
    },
    "no_colour_in_view": {
        "en": "Which colour should go? Name it — “not black”, “in navy instead”.",
        "ko": "어떤 색을 뺄까요? “검정 말고”, “네이비로”처럼 말씀해 주세요.",
    },
    "palette_forgotten": {
        "en": "Done: I've forgotten your personal colour, and searches show every colour again.",
        "ko": "퍼스널 컬러를 지웠어요. 이제 검색에서 모든 색을 보여 드려요.",
    },
    "no_trends": {
        "en": "I don't follow what's trending: I have no sales or social data, so I'd only be guessing. "
        "What I can do is make a piece work — send a photo, or tell me the occasion, for example:",
        "ko": "유행은 알 수 없어요. 판매나 SNS 데이터가 없어서 짐작일 뿐이에요. "
        "대신 가진 옷을 살려 드릴게요. 사진을 보내거나 어떤 자리인지 알려주세요. 예를 들어:",
    },
    "no_currency": {
        "en": "Prices here are in Korean won: say a budget in won — “under 50,000 won”, “30k to 50k” — "
        "and I'll keep to it. For example:",
        "ko": "가격은 원화로만 찾을 수 있어요. “5만원 이하”, “3만원에서 5만원 사이”처럼 말씀해 주세요. "
        "예를 들어:",
    },
    "no_length": {
        "en": "I can't tell lengths or necklines apart: the catalogue doesn't list them, so I'd only be "
        "guessing. Each link shows the product's own details. I can narrow by colour, kind, style or price, "
        "for example:",
        "ko": "기장이나 노출 정도는 구분할 수 없어요. 상품 정보에 없어서 짐작일 뿐이에요. "
        "각 링크에서 상품 상세를 확인해 주세요. 색상, 종류, 스타일, 가격으로는 좁혀 드릴 수 있어요. "
        "예를 들어:",
    },
    "no_body_shape": {
        "en": "I can't see a body in a photo, so tell me your build — “I'm petite”, “tall”, “curvy”, "
        "“slim”, “broad shoulders” or “wider hips” — and I'll say what flatters it and show that first.",
        "ko": "사진으로는 체형을 알 수 없어요. “키가 작아요”, “키가 커요”, “통통해요”, “말랐어요”, “어깨가 "
        "넓어요”, “하체가 있어요”처럼 알려 주시면 어울리는 스타일을 말씀드리고 그런 상품부터 보여 드릴게요.",
    },
    "no_shop_info": {
        "en": "Stock, delivery, payment, returns, brand and reviews are the shop's to answer: each link "
        "opens the item on Naver Shopping, with all of that. I can find items by colour, kind, style, "
        "occasion and price, for example:",
        "ko": "재고, 배송, 결제, 반품, 브랜드와 후기는 쇼핑몰에서 확인해 주세요. 링크를 누르면 "
        "네이버 쇼핑의 상품 페이지가 열려요. 색상, 종류, 스타일, 상황, 가격으로 찾아 드릴 수 "
        "있어요. 예를 들어:",
    },
    "care_which": {
        "en": "Which garment should I give care tips for? Send its photo, or name it — “how do I wash "
        "jeans?”, “wool sweater care”. Or, for example:",
        "ko": "어떤 옷의 관리법을 알려 드릴까요? 사진을 보내거나 “청바지 세탁법”, “울 니트 관리”처럼 "
        "말씀해 주세요. 예를 들어:",
    },
    "not_carried": {
        "en": "I don't carry {kind} here: I have clothes, shoes, bags, belts, sunglasses, caps and scarves. "
        "For example:",
        "ko": "{kind}은(는) 여기 없어요. 옷, 신발, 가방, 벨트, 선글라스, 모자, 스카프를 찾아 드릴 수 있어요. "
        "예를 들어:",
    },
    "no_pricier": {
        "en": "I can sort by the lowest price only, but a price band finds pricier pieces: say “over "
        "100,000 won” or “50,000 to 100,000 won”, and I'll keep to it. For example:",
        "ko": "가격은 낮은 순으로만 정렬할 수 있어요. 대신 “10만원 이상”, “5만원에서 10만원 사이”처럼 "
        "가격대를 말씀해 주시면 그 안에서 찾아 드릴게요. 예를 들어:",
    },
    "no_sizes": {
        "en": "I can't check sizes — each link opens the shop, where you pick yours. I can find items by "
        "colour, kind, style, occasion and price, for example:",
        "ko": "사이즈는 확인할 수 없어요. 링크를 누르면 쇼핑몰에서 사이즈를 고를 수 있어요. 색상, 종류, "
        "스타일, 상황, 가격으로 찾아 드릴 수 있어요. 예를 들어:",
    },
    "about_product": {
        "en": "{product}: {kind}, {colour}, {style}.",
        "ko": "{product}: {kind}, {colour}, {style} 스타일이에요.",
    },
    "about_brand": {"en": " The brand is {brand}.", "ko": " 브랜드는 {brand}예요."},
    "no_brand_seen": {
        "en": "I can't read a brand or a logo from a photo — here is what I see. Similar items show "
        "their brands in their names.",
        "ko": "사진으로는 브랜드나 로고를 알 수 없어요. 대신 보이는 것을 알려 드릴게요. 비슷한 상품은 "
        "이름에 브랜드가 있어요.",
    },
    "climate_cold": {"en": "cold weather", "ko": "추운 날씨"},
    "target_winter": {"en": "winter", "ko": "겨울"},
    "target_summer": {"en": "summer", "ko": "여름"},
    "target_mild": {"en": "spring and autumn", "ko": "봄·가을"},
    "style_look": {"en": "a {style} look", "ko": "{style} 룩"},
    "climate_warm": {"en": "warm weather", "ko": "더운 날씨"},
    "piece": {"en": "piece", "ko": "벌"},
    "pieces": {"en": "pieces", "ko": "벌"},
    "nothing_to_save": {
        "en": "Your wardrobe keeps your own garments: send me a photo of one, then say “save it” (or tap "
        "➕ Save to wardrobe).",
        "ko": "옷장에는 내 옷을 저장해요. 옷 사진을 보내 주신 다음 “저장해줘”라고 말씀해 주세요"
        "(또는 ➕ 옷장에 저장 버튼).",
    },
    "suits_me_unknown": {  # "what suits me?" from one who told nothing about themselves yet
        "en": "Tell me a little about you and I'll say: your personal colour (“I'm a summer cool”), your "
        "build (“I'm petite”, “broad shoulders”), or save pieces you love (➕ under a photo) and I'll read "
        "your style from them.",
        "ko": "조금만 알려 주시면 말씀드릴게요: 퍼스널 컬러(“저 여쿨이에요”), 체형(“키가 작아요”, "
        "“어깨가 넓어요”), 또는 마음에 드는 옷을 저장(사진 아래 ➕)해 주시면 그 옷들로 스타일을 "
        "읽어 드려요.",
    },
    "language_set": {  # "speak English", "영어로 말해줘": this chat's language from now on
        "en": "Okay — I'll answer in English from now on, whatever you write in (“한국어로” switches back).",
        "ko": "네, 이제부터 한국어로 답할게요. 영어로 쓰셔도요 (“English please”로 바꿀 수 있어요).",
    },
    "nothing_numbered": {
        "en": "I haven't shown anything numbered yet. Send a photo, or tell me what you need.",
        "ko": "아직 번호를 붙여 보여 드린 상품이 없어요. 사진을 보내거나 원하는 걸 말씀해 주세요.",
    },
    "no_such_number": {
        "en": "There is no #{n} in my last answer (it had {count}).",
        "ko": "지난 답변에 {n}번이 없어요 ({count}개였어요).",
    },
    "no_more": {
        "en": "That's every match I have for these filters — remove one below to see more.",
        "ko": "이 조건에 맞는 상품은 여기까지예요. 더 보시려면 아래에서 조건을 하나 빼 주세요.",
    },
    "no_layer": {  # a winter look whose style has no coat here: shown without one, and said so
        "en": "It's a look for the cold, but I have no {style} coats or jackets to go over it — “what about "
        "a coat?” shows the closest ones.",
        "ko": "추운 날 코디인데 위에 걸칠 {style} 아우터가 없어요. “아우터는?”이라고 하시면 가장 가까운 걸 "
        "보여 드릴게요.",
    },
    "nothing_found": {
        "en": "I found nothing that fits all of that. Remove a filter below, or try other words.",
        "ko": "조건에 모두 맞는 상품이 없어요. 아래에서 조건을 하나 빼거나 다르게 말씀해 주세요.",
    },
    "nothing_found_who": {
        "en": " Or tell me who it's for (“for women”, “for men”): I'm not sure from the photo, so I kept to "
        "pieces for anyone.",
        "ko": " 아니면 누구 옷인지 알려 주세요(“여자 옷으로”, “남자 옷으로”). 사진으로는 확실하지 않아서 "
        "남녀 공용 상품만 찾았어요.",
    },
    "search_title": {"en": "Here's what I found: {what}", "ko": "찾은 상품: {what}"},
    "recoloured": {"en": "{product} in other colours", "ko": "{product}의 다른 색상"},
    "not_in_colour": {
        "en": "That one doesn't come in {colour} here, but these are like it:",
        "ko": "그 상품은 {colour} 색상이 없지만, 비슷한 상품이에요:",
    },
    "corrected": {
        "en": "Thanks — noted: it's {what}. I'll style it as that from now on.",
        "ko": "알려 주셔서 고마워요. {what}(으)로 기억하고 그에 맞춰 코디할게요.",
    },
    "correct_what": {
        "en": "What is it, then? Tell me — “it's a skirt”, “it's black” — and I'll style it as that.",
        "ko": "그럼 어떤 옷인가요? “치마야”, “검정색이야”처럼 알려 주시면 그에 맞춰 코디할게요.",
    },
    "listed_wrong": {
        "en": "Thanks — the shop lists {product} as {kind}; I've left it out. The next ones:",
        "ko": "알려 주셔서 고마워요. 쇼핑몰은 {product}을(를) {kind}(으)로 올려 두었네요. "
        "빼고 다시 보여 드릴게요:",
    },
    "correct_photos_only": {
        "en": "I can only correct what I read from your photos: the shop's listing is its own. Send a "
        "photo, or, for example:",
        "ko": "제가 사진에서 읽은 것만 고칠 수 있어요. 상품 정보는 쇼핑몰의 것이에요. 사진을 보내거나, "
        "예를 들어:",
    },
    "whose_listed": {"en": "It's listed as", "ko": "상품 정보상"},
    "whose_seen": {"en": "It looks like", "ko": "보기에는"},
    "whose_men": {"en": "{it} men's wear.", "ko": "{it} 남성용이에요."},
    "whose_women": {"en": "{it} women's wear.", "ko": "{it} 여성용이에요."},
    "whose_unisex": {"en": "{it} unisex wear.", "ko": "{it} 남녀 공용이에요."},
    "whose_anyone": {
        "en": "Anyone can wear what they like: say “for men” or “for women” and I'll match the rest to it.",
        "ko": "누구나 입을 수 있어요. “남자 코디”, “여자 코디”처럼 말씀하시면 나머지를 맞춰 드릴게요.",
    },
    "recoloured_in": {
        "en": "Yes — {product} comes in {colour}",
        "ko": "네, {product}은(는) {colour}도 있어요",
    },
    "search_other_colours": {
        "en": "No {colour} ones here, so other colours: {what}",
        "ko": "{colour} 상품이 없어 다른 색상으로 찾았어요: {what}",
    },
    "outfit_product": {"en": "An outfit around {product}", "ko": "{product}에 어울리는 코디"},
    "similar_product": {"en": "More like {product}", "ko": "{product}와 비슷한 상품"},
    "cheaper_product": {"en": "Cheapest like {product}", "ko": "{product} 최저가"},
    "what_any": {"en": "your request", "ko": "요청하신 상품"},
    "wardrobe_outfit": {"en": "From your wardrobe", "ko": "내 옷장으로 만든 코디"},
    "from_shop": {"en": "from the shop", "ko": "쇼핑몰 상품"},
    "from_shop_unfit": {
        "en": "from the shop: none of yours goes with it",
        "ko": "쇼핑몰 상품: 내 옷 중엔 어울리는 게 없어요",
    },
    "your_piece": {"en": "your {item}", "ko": "내 {item}"},
    "slot_anchor": {"en": "Starting from", "ko": "이 아이템으로 시작"},
    "slot_cheaper": {"en": "Cheaper", "ko": "더 저렴한 상품"},
    "filters": {"en": "Filters", "ko": "적용된 조건"},
    "ask_shop_for": {
        "en": "Who do you shop for? I'll keep outfits and similar items to it (change it with /settings).",
        "ko": "누구 옷을 찾으세요? 코디와 비슷한 상품을 그에 맞출게요 (/settings 로 바꿀 수 있어요).",
    },
    "nearest_colour": {
        "en": "I have no {colour} {kind} here, so I began from the closest I have:",
        "ko": "{colour} {kind}은(는) 여기 없어서 가장 가까운 상품으로 시작했어요:",
    },
    "nearest_kind": {
        "en": "I have no {article} here, so I began from the closest I have:",
        "ko": "{article}는 여기 없어서 가장 가까운 상품으로 시작했어요:",
    },
    "typical_not_popular": {
        "en": "I don't see sales or trends, so these are the most typical of the kind:",
        "ko": "판매량이나 유행 정보는 없어서, 가장 기본적인 상품으로 보여 드릴게요:",
    },
    "any_length": {
        "en": "Lengths and necklines aren't listed in the catalogue, so these may be any "
        "(each link shows them):",
        "ko": "상품 정보에 기장·노출 정도가 없어 상관없이 찾았어요(각 링크에서 확인해 주세요):",
    },
    "not_carried_in_look": {
        "en": "I don't carry {kind} here, but here's the rest of the look:",
        "ko": "{kind}은(는) 여기 없지만, 나머지 코디는 이렇게요:",
    },
    "not_in_wardrobe": {
        "en": "I don't have your {kind} in your wardrobe yet: send a photo and tap “➕ Save to wardrobe”, "
        "and I'll style your own. For now, around typical ones:",
        "ko": "옷장에 아직 {kind}이(가) 없어요. 사진을 보내고 “➕ 옷장에 저장”을 누르면 그 옷으로 "
        "코디해 드릴게요. 우선 비슷한 상품으로:",
    },
    "shop_for_noted": {
        "en": "Noted: I'll show {gender}'s pieces from now on (change it with /settings).",
        "ko": "알겠어요: 이제 {gender} 옷으로 보여드릴게요 (/settings 로 바꿀 수 있어요).",
    },
    "band_noted": {
        "en": "Noted: I'll keep to {band} from now on (change it with /settings).",
        "ko": "알겠어요: 이제 {band} 상품으로 보여드릴게요 (/settings 로 바꿀 수 있어요).",
    },
    "ask_band": {"en": "And your usual price band?", "ko": "평소 가격대는요?"},
    "settings_saved": {
        "en": "Saved: {gender}, {band}. Change it any time with /settings.",
        "ko": "저장했어요: {gender}, {band}. /settings 로 언제든 바꿀 수 있어요.",
    },
    "forget_confirm": {
        "en": "Delete everything I keep about you — your photos' analyses, wardrobe, votes, settings and "
        "this conversation? This cannot be undone.",
        "ko": "저장된 모든 정보(사진 분석, 옷장, 평가, 설정, 대화 상태)를 삭제할까요? 되돌릴 수 없어요.",
    },
    "forget_cancelled": {"en": "Nothing was deleted.", "ko": "아무것도 삭제하지 않았어요."},
    "forgotten": {
        "en": "Done — everything I kept about you is deleted.",
        "ko": "완료했어요. 저장된 정보를 모두 삭제했어요.",
    },
    "for_you": {
        "en": "Now for you — what are you looking for? Send a photo, or tell me, for example:",
        "ko": "이제 고객님 차례예요. 무엇을 찾으세요? 사진을 보내거나 말씀해 주세요. 예를 들어:",
    },
    "gift_title": {"en": "Gift ideas{who}", "ko": "{who}선물 아이디어"},
    "capsule_title": {
        "en": "Pack these {pieces} pieces for {days}: {outfits} outfits from them",
        "ko": "{days} 여행엔 이 {pieces}가지면 돼요: {outfits}가지 코디가 나와요",
    },
    "capsule_essentials": {
        "en": "{pieces} pieces a wardrobe is built on, all going together: {outfits} outfits from them",
        "ko": "서로 다 어울리는 기본 아이템 {pieces}가지예요: {outfits}가지 코디가 나와요",
    },
    "capsule_own_title": {
        "en": "For {days}, pack {own} of yours and {shop} from the shop: {outfits} outfits from them",
        "ko": "{days} 여행엔 내 옷 {own}가지와 쇼핑몰 {shop}가지를 챙기세요: {outfits}가지 코디가 나와요",
    },
    "capsule_with_title": {
        "en": "For {days}, pack these with it ({pieces} pieces): {outfits} outfits from them",
        "ko": "{days} 여행엔 이것과 함께 이렇게 챙기세요({pieces}가지): {outfits}가지 코디가 나와요",
    },
    "couple_title": {
        "en": "A couple look in {colour}: a {colour} top for each of you, and what goes with it",
        "ko": "{colour} 커플룩: 두 분 모두 {colour} 상의에, 어울리는 아이템이에요",
    },
    "capsule_days": {"en": "{days} days", "ko": "{days}일"},
    "capsule_day": {"en": "a day", "ko": "당일"},
    "gift_for_women": {"en": " for her", "ko": "여성을 위한 "},
    "gift_for_men": {"en": " for him", "ko": "남성을 위한 "},
    "wardrobe_empty": {
        "en": "Your wardrobe is empty. Send a photo of a garment and tap “➕ Save to wardrobe”.",
        "ko": "옷장이 비어 있어요. 옷 사진을 보내고 “➕ 옷장에 저장”을 눌러 주세요.",
    },
    "wardrobe": {
        "en": "Your wardrobe: {count} {pieces}. Tap ✕ and a number to remove one.",
        "ko": "내 옷장: {count}벌. ✕ 번호를 누르면 뺄 수 있어요.",
    },
    "unsaved": {
        "en": "Removed from your wardrobe: {total} {pieces} in it now.",
        "ko": "옷장에서 뺐어요. 지금 {total}{pieces} 있어요.",
    },
    "which_to_remove": {
        "en": "Which one? Tap ✕ and its number below, or say “remove #2 from my wardrobe”.",
        "ko": "어떤 걸 뺄까요? 아래 ✕ 번호를 누르거나 “옷장에서 2번 빼줘”라고 말씀해 주세요.",
    },
    "saved": {
        "en": "Saved to your wardrobe ({count}): {total} {pieces} in it now.",
        "ko": "옷장에 저장했어요 ({count}). 지금 {total}{pieces} 있어요.",
    },
    "not_saved": {
        "en": "That garment isn't yours to save, or the photo is gone.",
        "ko": "저장할 수 없는 옷이에요(다른 분의 사진이거나 사라진 사진).",
    },
    "btn_save": {"en": "➕ Save to wardrobe", "ko": "➕ 옷장에 저장"},
    "btn_save_all": {"en": "➕ Save all to wardrobe", "ko": "➕ 모두 옷장에 저장"},
    "btn_unsave": {"en": "✕ {n}", "ko": "✕ {n}"},
    "btn_wardrobe_match": {"en": "✨ Match from my wardrobe", "ko": "✨ 내 옷장으로 코디"},
    "btn_unfilter": {"en": "✕ {label}", "ko": "✕ {label}"},
    "btn_women": {"en": "👩 Women", "ko": "👩 여성"},
    "btn_men": {"en": "👨 Men", "ko": "👨 남성"},
    "btn_any": {"en": "🧑 Anyone", "ko": "🧑 상관없음"},
    "btn_forget_yes": {"en": "🗑 Yes, delete", "ko": "🗑 네, 삭제"},
    "btn_forget_no": {"en": "Cancel", "ko": "취소"},
    "old_button": {
        "en": "That button is out of date — send a photo or tell me what you need.",
        "ko": "지난 버튼이에요. 사진을 보내 주시거나 원하는 걸 말씀해 주세요.",
    },
}
