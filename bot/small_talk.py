"""What Stylist says to small talk, in English and Korean: greetings, thanks and goodbyes, what it
likes to hear liked, and what it cannot know or do — the weather, trends, prices' source, shops'
stock — said plainly with what to try instead (`application.replies.SMALL_TALK` names them)."""

from __future__ import annotations

SMALL_TALK: dict[str, dict[str, str]] = {
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
        "detail (“long sleeves”), brand, style, occasion, who it is for, price and season; say whether a "
        "kind suits an occasion (“can I wear jeans to a wedding?”) or whether it suits an "
        "occasion or goes with a piece (“is this ok for a wedding?”, “does it go with black jeans?”, "
        "“white tee with jeans?”), whether a fabric suits (“is linen ok for a wedding?”), which colours "
        "go with it, and how an outfit photo's pieces go together (“rate my outfit”, “too much black?”); "
        "compare two (“#1 or #3?”); show the pictures bigger (“show me bigger pictures”); keep a wardrobe "
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
        "색상·종류(“바지는 반바지로”)·디테일(“긴팔”)·브랜드·스타일·상황·성별·가격·계절로 바꾸기, "
        "상황에 맞는지·다른 옷과 어울리는지 판단(“결혼식에 입어도 돼?”, “청바지 입고 결혼식 가도 돼?”, "
        "“청바지랑 어울려?”, "
        "“흰 티에 청바지 어때?”), 소재가 맞는지(“린넨 결혼식에 괜찮아?”), "
        "어울리는 색 알려 주기, 코디 사진 평가(“내 코디 어때?”, “너무 어두워?”), 두 상품 비교(“1번이랑 3번 "
        "차이가 뭐야?”), 사진 크게 보기(“사진 크게 보여줘”), 내 옷장 저장과 옷장 옷으로 코디"
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
        "(기본색, 톤온톤, 또렷한 대비)을 같은 스타일과 계절로, 찾으시는 성별에 맞춰 채워요. "
        "여름 옷과 겨울 옷은 섞지 않아요. 각 줄에 이유가 있고, “2번 왜?”라고 물어보셔도 돼요.",
    },
    "liked_photo": {
        "en": "Glad you like it! Shall I build an outfit around it, or find similar or cheaper ones?",
        "ko": "마음에 드신다니 다행이에요! 이 옷으로 코디를 만들어 드릴까요, 비슷하거나 더 저렴한 걸 "
        "찾아 드릴까요?",
    },
    "liked_look": {
        "en": "Glad you like it! Say “save this look” to keep it, or “save #2” for one piece.",
        "ko": "마음에 드신다니 다행이에요! “이 코디 저장”이라고 하시면 코디를, “2번 찜”이라고 하시면 "
        "아이템 하나를 저장해 드려요.",
    },
    "liked_items": {
        "en": "Glad you like them! Say “save #2” to keep one, or “more like #2” for others like it.",
        "ko": "마음에 드신다니 다행이에요! “2번 찜”이라고 하시면 저장하고, “2번이랑 비슷한 거”라고 "
        "하시면 비슷한 걸 더 찾아 드려요.",
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
        "en": "I can't tell lengths or how low a neckline is: the catalogue doesn't list them, so I'd "
        "only be guessing (say “nothing revealing” and I'll leave out what's listed sleeveless, cropped "
        "or sheer). Each link shows the product's own details. I can narrow by colour, kind, style or "
        "price, for example:",
        "ko": "기장이나 파임 정도는 구분할 수 없어요. 상품 정보에 없어서 짐작일 뿐이에요"
        "(“노출 적은 걸로”라고 하시면 민소매·크롭·시스루로 표시된 상품은 빼 드려요). "
        "각 링크에서 상품 상세를 확인해 주세요. 색상, 종류, 스타일, 가격으로는 좁혀 드릴 수 있어요. "
        "예를 들어:",
    },
    "no_body_shape": {
        "en": "I can't see a body in a photo, so tell me your build — “I'm petite”, “tall”, “curvy”, "
        "“slim”, “broad shoulders” or “wider hips” — and I'll say what flatters it and show that first.",
        "ko": "사진으로는 체형을 알 수 없어요. “키가 작아요”, “키가 커요”, “통통해요”, “말랐어요”, “어깨가 "
        "넓어요”, “하체가 있어요”처럼 알려 주시면 어울리는 스타일을 말씀드리고 그런 상품부터 보여 드릴게요.",
    },
    "no_celebrity": {
        "en": "I can't look up what someone wears, but send me a photo of the look you like and I'll find "
        "pieces like it — or tell me its style (“minimal”, “streetwear”, “Y2K”, “old money”), for example:",
        "ko": "누가 무엇을 입는지 찾아볼 수는 없지만, 마음에 드는 룩의 사진을 보내 주시면 비슷한 아이템을 "
        "찾아 드릴게요. 아니면 “미니멀”, “스트릿”, “Y2K”, “올드머니”처럼 스타일을 말씀해 주세요. 예를 들어:",
    },
    "no_shop_info": {
        "en": "Stock, delivery, payment, gift wrapping, returns, brand and reviews are the shop's to answer: "
        "each link opens the item on Naver Shopping, with all of that. I can find items by colour, kind, "
        "style, occasion and price, for example:",
        "ko": "재고, 배송, 결제, 선물 포장, 반품, 브랜드와 후기는 쇼핑몰에서 확인해 주세요. 링크를 누르면 "
        "네이버 쇼핑의 상품 페이지가 열려요. 색상, 종류, 스타일, 상황, 가격으로 찾아 드릴 수 "
        "있어요. 예를 들어:",
    },
}
