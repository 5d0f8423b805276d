"""What Stylist says in conversation, in English and Korean (the photo answers are in `texts`)."""

from __future__ import annotations

CONVERSATION: dict[str, dict[str, str]] = {
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
    "care_which": {
        "en": "Which garment should I give care tips for? Send its photo, or name it — “how do I wash "
        "jeans?”, “wool sweater care”. Or, for example:",
        "ko": "어떤 옷의 관리법을 알려 드릴까요? 사진을 보내거나 “청바지 세탁법”, “울 니트 관리”처럼 "
        "말씀해 주세요. 예를 들어:",
    },
    "not_carried": {
        "en": "I don't carry {kind} here: I have clothes, shoes, bags, belts, sunglasses, caps and scarves.",
        "ko": "{kind}은(는) 여기 없어요. 옷, 신발, 가방, 벨트, 선글라스, 모자, 스카프를 찾아 드릴 수 있어요.",
    },
    "for_example": {"en": "For example:", "ko": "예를 들어:"},
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
    "pictures_title": {"en": "The pictures, bigger", "ko": "사진을 크게 보여 드릴게요"},
    "pictures_missing": {
        "en": "No bigger picture to be had of these right now — their links:",
        "ko": "지금은 이 상품들의 큰 사진을 가져올 수 없어요. 링크는 여기 있어요:",
    },
    "pictures_more": {
        "en": "The first {n} of {total}: say “show #{next} bigger” for one of the rest.",
        "ko": "{total}개 중 처음 {n}개예요. 나머지는 “{next}번 크게 보여줘”처럼 말씀해 주세요.",
    },
    "no_pictures_photo": {
        "en": "No products are in view yet, only your photo's reading — ask for an outfit or similar items "
        "and I'll show those bigger.",
        "ko": "아직 보여 드린 상품이 없어요. 코디나 비슷한 상품을 요청하시면 크게 보여 드릴게요.",
    },
    "no_pictures": {
        "en": "There are no products in view to show bigger. Tell me what you're looking for, or send a "
        "photo, and I'll show you some:",
        "ko": "지금 크게 보여 드릴 상품이 없어요. 찾는 걸 말씀해 주시거나 사진을 보내 주시면 보여 드릴게요. "
        "예를 들어:",
    },
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
    "a_piece": {"en": "piece", "ko": "아이템"},  # a kind not named ("no red piece here")
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
    "elsewhere": {"en": "🔎 Search Naver Shopping for “{query}”", "ko": "🔎 네이버쇼핑에서 “{query}” 검색"},
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
    "same_style": {
        "en": "That's as {style} as this look gets here, so other {style} pieces:",
        "ko": "이 코디는 이미 {style} 스타일이라, 다른 {style} 아이템으로 보여 드릴게요:",
    },
    "toned_already": {
        "en": "This look is smart casual already, not formal, so other pieces for it (say “more casual” "
        "for a plainer one):",
        "ko": "이미 과하지 않은 스마트 캐주얼 코디라 다른 아이템으로 보여 드릴게요 (더 편한 느낌은 "
        "“더 캐주얼하게”라고 해 주세요):",
    },
    "same_season": {
        "en": "This look is {season} already, so here are other pieces for it:",
        "ko": "이미 {season} 코디예요. 다른 아이템으로 보여 드릴게요:",
    },
    "in_colour_already": {
        "en": "That one is {colour} already; more like it in {colour}:",
        "ko": "그 상품은 이미 {colour} 색상이에요. 비슷한 {colour} 상품이에요:",
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
    "ask_shop_for_pack": {
        "en": "A capsule is one person's wardrobe — who is it for? I'll pack it as soon as you say (change "
        "it later with /settings).",
        "ko": "캡슐 옷장은 한 사람의 옷이에요. 누구 옷인지 먼저 알려 주시면 바로 챙겨 드릴게요 (/settings 로 "
        "바꿀 수 있어요).",
    },
    "nearest_colour": {
        "en": "I have no {colour} {kind} here, so I began from the closest I have and matched the rest to "
        "{colour}:",
        "ko": "{colour} {kind}은(는) 여기 없어서 가장 가까운 상품으로 시작하고, 나머지는 {colour}에 "
        "맞췄어요:",
    },
    "nearest_material": {
        "en": "I have no {material} {kind} here, so I began from the closest I have:",
        "ko": "{material} {kind}은(는) 여기 없어서 가장 가까운 상품으로 시작했어요:",
    },
    "nearest_kind": {
        "en": "I have no {article} here, so I began from the closest I have:",
        "ko": "{article}는 여기 없어서 가장 가까운 상품으로 시작했어요:",
    },
    "classic_not_trend": {
        "en": "I don't see sales or trends, so here's a classic look that doesn't date:",
        "ko": "유행 정보는 없어서, 유행을 타지 않는 기본 코디로 보여 드릴게요:",
    },
    "typical_not_popular": {
        "en": "I don't see sales or trends, so these are the most typical of the kind:",
        "ko": "판매량이나 유행 정보는 없어서, 가장 기본적인 상품으로 보여 드릴게요:",
    },
    "any_length": {
        "en": "Lengths and necklines aren't listed in the catalogue, so these may be any "
        "(each link shows them):",
        "ko": "상품 정보에 기장·파임 정도가 없어 상관없이 찾았어요(각 링크에서 확인해 주세요):",
    },
    "rain_shoes": {
        "en": "Listings don't say which shoes are waterproof, so for a wet day, boots:",
        "ko": "상품 정보에 방수 여부는 없어서, 비 오는 날엔 부츠로 골라 봤어요:",
    },
    "modest": {
        "en": "Nothing listed as sleeveless, strapless, cropped, sheer or backless from here on. Lengths "
        "and necklines aren't listed otherwise, so a glance at each photo tells the rest:",
        "ko": "이제부터 민소매, 끈 나시, 크롭, 시스루, 백리스로 표시된 상품은 뺄게요. 기장이나 파임은 상품 "
        "정보에 없으니 사진으로 한 번 확인해 주세요:",
    },
    "not_carried_refused": {
        "en": "No {kind} then — my looks never have one anyway: I don't carry {kind} here.",
        "ko": "{kind}은(는) 빼 드릴게요. 여기서는 {kind}을(를) 다루지 않아 코디에 넣지 않아요.",
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
