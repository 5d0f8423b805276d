"""The words that say what a message asks for (its intent), in English and Korean: "cheaper",
"what goes with", "go back", "2번 찜해줘" … The parser's precedence among them is `intents.intent_of`."""

from __future__ import annotations

import re

# "I don't like it": another one; "I don't like green": not green (`parser`), not another
DISLIKES = (
    "don't like", "dont like", "do not like", "not my style", "not for me", "ugly", "hate it", "별로",
    "마음에 안 들", "맘에 안 들", "안 예뻐", "안 좋아",
)  # fmt: skip
# Intent cues. Commands are handled before these; the parser's precedence is in `intents.intent_of`.
# fmt: off
INTENT_WORDS: dict[str, tuple[str, ...]] = {
    "forget": (
        "forget me", "delete my data", "delete everything", "erase my data", "remove my data",
        "delete my account", "forget everything", "내 정보 삭제", "데이터 삭제", "기록 삭제", "정보 지워",
        "다 지워", "잊어",
    ),
    "settings": ("settings", "preferences", "my settings", "설정"),
    "clear": (  # every filter off; the answer in view again without them
        "clear filters", "clear the filters", "clear all filters", "remove all filters", "remove the filters",
        "remove filters", "reset filters", "reset the filters", "no filters", "without filters",
        "필터 초기화", "조건 초기화", "필터 다 지워", "필터 다 빼", "조건 다 빼", "필터 없이", "조건 없이",
        "필터 지워", "필터 빼", "필터 삭제", "필터 해제", "조건 빼",
    ),
    "restart": (  # a fresh start: nothing in view, no filters
        "start over", "start again", "start from scratch", "restart", "reset", "new search", "begin again",
        "처음부터", "새로 시작", "다시 시작", "초기화",
    ),
    "back": (  # the answer before the one in view again
        "go back", "undo", "take me back", "previous one", "previous answer", "previous results",
        "previous outfit", "the one before", "the ones before", "back to the previous", "as before",
        "이전으로", "이전 거", "이전 답", "뒤로", "되돌려", "원래대로", "아까 거", "아까 그거", "아까 걸로",
        "전으로", "이전 코디", "아까 코디", "아까 그 코디", "전 코디", "previous look", "the look before",
    ),
    "recolour": (  # the colour in view left out: another colour of the same
        "different colour", "different color", "different colours", "different colors", "another colour",
        "another color", "other colour", "other color", "other colours", "other colors", "not that colour",
        "not that color", "not this colour", "not this color", "different shade", "another shade",
        "change the colour", "change the color", "change colour", "change color",
        "don't like that colour", "don't like that color", "don't like the colour", "don't like the color",
        "don't like this colour", "don't like this color", "hate this colour", "hate this color",
        "hate the colour", "hate the color", "색이 별로", "색깔이 별로", "색이 마음에 안",
        "색깔이 마음에 안", "색이 맘에 안",
        "다른 색", "다른 색깔", "다른 컬러", "다른 색상", "색 바꿔", "색깔 바꿔", "이 색 말고", "그 색 말고",
        "색깔만 다른", "색만 다른", "in another colour", "in another color", "same in a different colour",
    ),
    "favourites": (  # products kept from answers: "save #2" keeps one, "my favourites" lists them
        "favourites", "favorites", "favourite", "favorite", "wishlist", "wish list", "saved items",
        "saved products", "what i saved", "what i've saved", "what i kept", "my saved", "찜", "찜 목록",
        "찜한", "즐겨찾기", "관심 상품", "저장한 상품", "저장한 거", "저장한거", "저장한 것", "저장해둔",
        "what did i save", "what have i saved", "what did i keep", "저장한 옷", "저장했던",
    ),
    "total": (  # a price said of the whole look, not of each piece
        "in total", "total", "altogether", "all together", "for everything", "for the whole outfit",
        "for the whole look", "다 합쳐서", "합쳐서", "전부 해서", "통틀어", "전체", "총 ",
        "the lot", "모두 합", "총액", "합계",
    ),
    "budget": (  # a tight budget told: kept as the lowest price band, as /settings would
        "small budget", "tight budget", "on a budget", "low budget", "limited budget", "student budget",
        "i'm broke", "im broke", "not much money", "don't have much money", "돈이 없", "돈 없", "예산이 적",
        "예산이 많지 않", "예산이 빠듯", "주머니 사정",
    ),
    "self": ("for me", "for myself", "myself", "나를 위한", "내 거", "내꺼", "제 거", "내가 입을"),  # own
    "next_buy": (  # what their wardrobe lacks, from the shop
        "what should i buy", "what to buy next", "what should i get", "missing from my wardrobe",
        "what else should i buy", "what else should i get", "what else do i need", "뭘 더 사",
        "my wardrobe lacks", "뭐 사면 좋을까", "뭘 사야", "뭐 살까", "뭘 살까",
        "옷장에 없는",
    ),
    "taste": (  # what the user's saved pieces and favourites say of their style
        "my style", "my taste", "what's my style", "what is my style", "analyse my style", "analyze my style",
        "analyse my wardrobe", "analyze my wardrobe", "내 스타일", "내 취향", "스타일 분석", "취향 분석",
        "옷장 분석",
    ),
    "couple": (  # her outfit and his, planned together
        "couple look", "couple outfit", "couple outfits", "couples outfit", "matching outfits",
        "matching looks", "twinning", "twin look", "커플룩", "커플 룩", "커플 코디", "커플코디", "시밀러룩",
        "시밀러 룩", "for me and my boyfriend", "for me and my girlfriend", "for me and my husband",
        "for me and my wife", "for me and my partner", "for both of us", "for the two of us", "우리 둘",
        "남친이랑 나", "여친이랑 나", "남편이랑 나", "아내랑 나",
    ),
    "pack": (  # a capsule for a trip: pieces that all mix, a top per day
        "pack", "packing", "pack for", "what to bring", "what should i bring", "what to take", "capsule",
        "suitcase", "짐 싸", "짐싸", "짐 챙", "챙겨 갈", "챙겨갈", "뭘 챙겨", "뭐 챙겨", "가져갈 옷", "캡슐",
    ),
    "essentials": (  # a capsule with no trip: the pieces a wardrobe is built on
        "wardrobe essentials", "wardrobe basics", "essentials", "basics to own", "기본템", "필수템",
    ),
    "bought": (  # "I bought #2": how to wear it
        "i bought", "just bought", "i ordered", "i've ordered", "i have ordered", "i got it", "샀어",
        "샀어요", "샀다", "샀는데", "구매했", "주문했", "i'll go with", "i will go with", "i've decided on",
        "i chose",
    ),
    "gift": (  # no kind named: bags, accessories
        "gift", "gifts", "present", "birthday present", "선물", "what should i get her",
        "what should i get him", "what can i get her", "what can i get him", "should i get her",
        "should i get him", "should i buy her", "should i buy him", "get her something", "get him something",
        "buy her something", "buy him something", "for his birthday", "for her birthday", "get my dad",
        "get my mom", "get my mum", "get my wife", "get my husband", "get my boyfriend", "get my girlfriend",
        "get my sister", "get my brother", "생신", "환갑", "사줄까", "사 줄까", "사주고 싶", "사 주고 싶",
    ),
    "later": (  # a time ahead, not the next page ("for my sister's wedding next month"): read, not acted on
        "next month", "next year", "next time", "next summer", "next winter", "next spring", "next autumn",
        "next fall", "다음 달", "다음달", "내년",
    ),
    "now": (  # the weather of today: "what should I wear today?" is for the season it is now
        "today", "tonight", "tomorrow", "this week", "this weekend", "this season", "right now", "these days",
        "next week", "next weekend", "다음 주", "다음주",
        "오늘", "내일", "요즘", "이번 주", "이번 주말", "지금", "요새", "weather", "날씨",
    ),
    "keep": ("save", "keep", "bookmark", "저장", "담아"),  # with a number: that product kept ("save #2")
    "save": (  # the garment in view into the wardrobe
        "save it", "save this", "save that", "save them", "add it to my wardrobe", "add this to my wardrobe",
        "add to my wardrobe", "add to wardrobe", "keep it in my wardrobe", "저장해", "옷장에 넣어",
        "옷장에 저장", "옷장에 추가", "옷장에 담아",
    ),
    "wardrobe": ("wardrobe", "my closet", "closet", "my clothes", "옷장", "내 옷"),
    "help": (
        "help", "what can you do", "what do you do", "how does this work", "how do i use",
        "how does it work", "what are you", "who are you", "도움말", "사용법", "뭐 할 수 있", "뭘 할 수 있",
        "어떻게 써", "어떻게 사용", "뭐 하는", "넌 누구", "누구야", "how do you work", "are you a bot",
        "are you human", "are you a person", "are you real", "are you ai", "봇이야", "사람이야",
        "who made you", "who built you", "who created you", "누가 만들었", "누가 만든",
    ),
    "pricier": (  # no price sort but the cheapest: said plainly, with the band that does it
        "more expensive", "pricier", "premium", "high end", "high-end", "higher end", "luxury brands",
        "더 비싼", "비싼 거", "비싼 걸로", "비싼 것", "고가", "싼 거 말고", "싼거 말고", "저렴한 거 말고",
        "비싼 순", "가격 높은", "높은 가격", "most expensive",
    ),
    "cheaper": (
        "cheaper", "less expensive", "more affordable", "lower price", "too expensive", "cheapest", "더 싼",
        "budget friendly", "budget-friendly", "affordable", "inexpensive", "on a budget", "가성비",
        "비싼 거 말고", "비싼거 말고", "not expensive",
        "더 싸", "더 저렴", "저렴한", "싼 거", "싼거", "너무 비싸", "비싸", "최저가", "sort by price",
        "by price", "lowest price", "가격순", "낮은 가격순", "싼 순", "overpriced", "too pricey",
        "prices too high", "prices are too high", "what are the prices", "what are their prices",
        # a price or where to buy it: the shop's offers, cheapest first, are that answer
        "how much", "what's the price", "what is the price", "price of", "where can i buy", "where to buy",
        "link", "얼마", "가격", "어디서 사",
        "cost", "costs", "구매 링크", "링크", "on sale", "discount", "discounts", "세일",
        "할인", "가성비",
        "good price", "worth the price", "가격 괜찮",
        # "I'll take the second one": where to buy it
        "i'll take", "i will take", "ill take", "i want to buy", "i'd like to buy", "살게", "살래",
        "이걸로 할게", "how do i order", "how can i order", "how to order", "how do i buy", "order it",
        "buy it", "buy this", "주문", "구매하고 싶", "사고 싶",
    ),
    "similar": (
        "find this", "find me this", "this exact", "exact item", "the same one", "same item", "똑같은",
        "같은 거 찾아", "similar", "more like", "like this one", "looks like", "same style", "alike",
        "something like this", "anything like this", "things like this", "stuff like this", "more of this",
        "비슷한", "비슷하", "이런 거", "이런거", "같은 스타일",
    ),
    "outfit": (
        "outfit", "outfits", "goes with", "go with", "going with", "match", "matches", "matching",
        "wear with", "pair with", "pairs with", "style it", "style this", "complete the look", "a look",
        "wear it with", "wear this with", "wear them with", "wear these with", "pair it with",
        "how do i style", "how should i style", "how can i style", "ways to wear", "ways to style",
        "pair this with", "what could i wear it with", "what can i wear it with", "else could i wear",
        "else can i wear", "would you wear it with", "would you wear this with", "would you wear them with",
        "would you wear", "how do i wear", "how to wear", "how should i wear", "how to style", "style them",
        "how should i wear this", "how should i wear it", "how can i wear it", "how can i wear this",
        "what to wear", "what should i wear", "dress me for", "dress me up", "can you dress me",
        "please dress me", "help me dress", "something to wear", "need something for",
        "looking for something for", "입고 갈",
        "how to dress", "how should i dress", "how do i dress", "help me dress", "dress up", "get dressed",
        "i dress for", "what's missing", "what is missing", "에 맞는 옷", "에 맞게 입", "clothes for",
        "what should i add", "what can i add", "what else should i add", "what would you add", "뭘 더 입",
        "뭐 더 추가", "뭘 추가", "뭘 더해",
        "옷 추천", "옷 골라", "뭐입지", "뭐 입을까", "뭘 입지", "뭘 입을까", "new clothes", "옷 사고 싶",
        "should i wear", "should i pair", "do i wear", "finish the look", "complete my look", "whole look",
        "whole outfit", "full look", "full outfit", "the rest of the look", "코디",
        "어울리", "매치", "뭐 입", "입을", "룩", "옷차림", "의상",
        "뭐가 부족", "뭘 더", "스타일링", "뭐랑 입", "어떻게 입", "go well with", "goes well with",
        "go best with", "goes best with", "look good with", "looks good with", "would suit",
        "everything", "the whole thing", "전부", "전체",  # "전부 다 보여줘": every slot of the outfit
    ),
    "greeting": (
        "hi", "hello", "hey", "hiya", "yo", "good morning", "good evening", "good afternoon", "howdy",
        "안녕", "반가워", "반갑", "헬로",  # "하이" alone (`remarks._HI`): not in "하이웨스트"
    ),
    "thanks": (
        "thanks", "thank you", "thx", "ty", "cheers", "appreciate it", "great, thanks", "고마워", "고맙",
        "감사", "땡큐", "ㄳ", "ㄱㅅ", "looks good", "looks great", "perfect", "awesome", "좋아요", "좋네",
    ),
    "liked": (  # what is in view liked: how to go on with it (save it, an outfit around it)
        "love it", "i like it", "i like these", "예쁘다", "예뻐", "마음에 들어", "맘에 들어", "i like this",
        "love this", "like this look", "like the look", "love the look", "i love this", "i like that",
    ),
    "another": (
        "another", "another one", "something else", "other", "other ones", "others", "different", "next",
        "more options", "다른 거", "다른거", "다른 걸", "또", "더 보여", "다른 것", "다른 스타일",
        "show me more", "show more", "see more", "more please", "any more", "some more", "more of these",
        "load more", *DISLIKES, "더 있어", "none of these", "none of them", "none of those", "다 별로",
        "마음에 드는 게 없", "맘에 드는 게 없", "다른",
    ),
    "describe": (  # about the garment in view: its answer again (intent "photo")
        "what colour is it", "what color is it", "what colour is this", "what color is this",
        "what colour is that", "what color is that", "what is it", "what is this", "what's this",
        "whats this", "what's that", "what style is it", "what style is this", "what pattern is it",
        "describe it", "describe this", "tell me about it", "tell me about this", "what do you see",
        "tell me more about", "more about", "details of", "details about", "자세히", "설명해",
        "무슨 색이야", "무슨 색이에요", "무슨 색깔이야", "어떤 색이야", "이거 뭐야", "이게 뭐야", "뭐야 이거",
        "무슨 옷", "어떤 스타일이야", "무슨 스타일", "무슨 무늬",
    ),
    "warmth": (  # a verdict on whether the garment in view keeps one warm enough
        "warm enough", "is this warm", "is it warm", "too cold", "will i be cold", "will i be warm",
        "따뜻할까", "따뜻해?", "따뜻해요?", "추울까", "춥지 않을까", "안 추울까",
    ),
    "verdict": (  # whether the garment in view suits an occasion, a style or a season
        "is this good for", "is it good for", "is this ok", "is it ok", "is this okay", "is it okay",
        "is this fine", "is it fine", "is this appropriate", "is it appropriate", "appropriate for",
        "suitable for", "is this suitable", "is it suitable", "can i wear this", "can i wear it",
        "could i wear this", "could i wear it", "should i wear this", "should i wear it", "would this work",
        "would you wear this", "would you wear it", "can i wear it to", "can i wear this to",
        "would it work", "does this work", "does it work", "will this work", "will it work",
        "would this be ok", "would this be okay", "is this right for", "is it right for", "good enough for",
        "enough?", "is this too", "is it too", "too warm", "덥지 않을까", "더울까", "what season",
        "which season", "무슨 계절", "어느 계절", "계절 옷",
        "입어도 돼", "입어도 되", "입어도 괜찮", "입고 가도", "괜찮을까", "괜찮아", "괜찮나", "어울릴까",
        "어울려?", "어울려요?", "어울리나", "적당해", "적절해", "적당할까", "무난해", "무난할까",
        "should i buy it", "should i buy this", "should i get it", "should i get this", "worth buying",
        "worth it", "살까 말까", "살까요", "사도 될까", "사도 돼", "살 만해", "너무 캐주얼", "너무 포멀",
        "입기 좋아", "입기 좋을까", "입기 괜찮", "입어도 될까", "입기 적당", "어디에 입", "어디 입",
        "언제 입", "어떤 자리", "where can i wear", "where should i wear", "when can i wear", "룩으로 어때",
        "룩으로 괜찮", "용으로 어때", "입고 가기 어때", "입고 가면 어때",
        "what occasions", "what occasion",
        # about a whole outfit: how its pieces go together
        "rate my outfit", "rate this outfit", "rate my look", "how do i look", "how does my outfit look",
        "fit check", "rate my fit", "how's my fit", "핏 체크", "핏체크", "ootd 어때",
        "how does this look", "how does it look", "what do you think", "thoughts?", "코디 어때", "이거 어때",
        "나 어때", "이 옷 어때", "어때 보여", "평가해", "점수 매겨", "what should i change",
        "rate it", "rate this", "rate them", "is it nice", "is this nice", "does it look good",
        "does this look good", "몇 점", "예뻐?", "예쁜가", "별로야?",
        "what would you change", "how can i improve", "how could i improve", "is my outfit ok",
        "is my outfit okay", "is my outfit good", "does my outfit work", "is this outfit ok",
        "is this outfit okay", "is this outfit fine", "is this outfit good", "is this look ok",
        "is this look okay", "does this outfit look good", "does this outfit look ok", "does this look good",
        "is this outfit too", "is this look too", "is my outfit too", "뭘 바꾸", "뭐 바꾸", "뭘 바꿔",
        "colours clash", "colors clash", "do they clash", "does it clash", "too many colours",
        "too many colors", "색 조합 어때", "색 조합 괜찮", "색이 너무 많", "색깔이 너무 많",
        "뭐 바꿔", "뭐를 바꾸",
    ),
    "pairs": (  # "does this go with black jeans?": whether the garment in view goes with one named
        "does this go with", "does it go with", "would this go with", "would it go with", "will this go with",
        "will it go with", "do these go with", "does that go with", "does this match", "does it match",
        "would this match", "can i wear this with", "can i wear it with", "does this look good with",
        "would this look good with", "does it look good with",
    ),
    "dresscode": (  # "what does black tie mean?": the dress code explained
        "dress code", "dresscode", "what does", "mean", "means", "meaning", "드레스 코드", "드레스코드",
        "복장 규정", "뜻", "의미",
    ),
    "whatis": ("what's", "what is", "뭐야", "뭔가요", "뭐예요"),  # "smart casual이 뭐야?": explained too
    "which_brand": (  # about the piece in view: its brand, read from a product's name (intent "photo")
        "what brand", "which brand", "what make", "무슨 브랜드", "어디 브랜드", "어느 브랜드", "브랜드가 뭐",
        "어디 거", "어디꺼", "브랜드 뭐", "브랜드 어디", "브랜드는 뭐", "브랜드는 어디", "brand is it",
        "brand is this",
    ),
    "whose": (  # about the piece in view: whom it is cut for (intent "photo")
        "is this for women", "is it for women", "is this for men", "is it for men", "is this unisex",
        "is it unisex", "men's or women's", "mens or womens", "women's or men's", "can a guy wear",
        "can guys wear", "can men wear", "can a man wear", "can a girl wear", "can women wear",
        "can a woman wear", "여자꺼", "남자꺼", "여자 거야", "남자 거야", "여성용이야", "남성용이야",
        "남녀공용", "유니섹스야", "남자가 입어도", "여자가 입어도", "남자도 입어도", "여자도 입어도",
    ),
    "why": (  # with a number: why that one was recommended
        "why", "how come", "what makes", "reason for", "왜", "이유",
    ),
    "pick": (  # the stylist's own choice among the answer in view
        "which one would you pick", "which would you pick", "which one would you choose",
        "what would you pick", "what would you choose", "which one do you recommend",
        "which do you recommend", "which one is best", "which is the best", "your pick", "your top pick",
        "pick one for me", "choose one for me", "help me choose", "help me pick", "help me decide",
        "which should i buy", "which one should i buy", "뭐가 제일 나아", "뭐가 제일 좋아", "하나만 골라",
        "골라줘", "골라 줘", "제일 추천", "뭘 사야", "뭐 살까", "제일 잘 어울", "which goes best",
        "which one goes best", "which is best", "which one is the best", "which looks best", "most versatile",
        "the safest", "which is safest", "제일 무난", "가장 무난", "제일 예뻐", "제일 예쁜", "가장 예쁜",
        "제일 나은", "뭐가 나아", "어떤 게 나아", "어떤게 나아", "어떤 게 제일", "어떤게 제일",
    ),
    "together": (  # two colours asked about together: "do navy and black go together?"
        "together", "go well", "match each other", "a good match", "a good combination", "함께",
        "같이 입어도", "조합",
    ),
    "colours": (  # "what colour shoes go with it?": which colours go with the garment, said first
        "what colour", "what color", "what colours", "what colors", "which colour", "which color",
        "which colours", "which colors", "무슨 색", "어떤 색", "무슨 색깔", "어떤 색깔",
    ),
    "instead": (  # "swap the shoes": the answer in view, another of that kind
        "instead", "what about", "how about", "rather", "swap", "replace", "change the", "switch the",
        "대신", "말고 다른", "으로 바꿔", "로 바꿔", "바꿔", "바꾸고", "교체",
    ),
    "daily": (  # an outfit every morning ("/daily")
        "every morning", "each morning", "daily outfit", "daily outfits", "stop sending", "unsubscribe",
        "매일 아침", "매일 코디", "아침마다", "그만 보내", "구독 취소",
    ),
    "farewell": ("bye", "goodbye", "see you", "see ya", "안녕히", "잘 있어", "잘가", "잘 가", "바이"),
    "nevermind": (
        "never mind", "nevermind", "no thanks", "no thank you", "forget it", "됐어", "됐어요", "괜찮아 됐어",
    ),
    "size": ("size", "sizes", "sizing", "fit me", "사이즈", "치수"),
    "fit": (  # how it runs: the cut its name says, the kind's rule of thumb, the shop's chart
        "run small", "runs small", "run large", "runs large", "run big", "runs big", "true to size",
        "size up", "size down", "go up a size", "go down a size", "between sizes", "between two sizes",
        "how does it fit", "how does this fit", "how does fit", "how do fit", "how do they fit",
        "fits small", "fits large",
        "what size should i", "which size should i", "what size do i", "which size do i", "recommend a size",
        "size recommendation", "사이즈 추천",
        "정사이즈", "작게 나와", "작게 나오", "크게 나와", "크게 나오", "한 치수", "반 치수", "사이즈 업",
        "사이즈 다운", "몇 사이즈", "어떤 사이즈", "핏이 어때", "핏 어때", "사이즈 어떻게", "사이즈 고르",
        "사이즈 골라", "사이즈 뭐", "사이즈 선택", "사이즈 맞",
    ),
    "care": (  # how to look after it: by its kind and fabric, the label first
        "wash", "washing", "washed", "machine wash", "hand wash", "laundry", "how to clean", "how do i clean",
        "how should i clean", "clean it", "dryer", "stain", "stains", "pilling", "wrinkles",
        "clean them", "clean this", "clean my", "cleaning", "iron", "ironing", "dry clean", "dry-clean",
        "tumble dry", "shrink", "care for", "take care of", "look after", "care label", "how to store",
        "세탁", "빨래", "빨아", "빨면", "손빨래", "드라이클리닝", "드라이 클리닝", "다림질", "건조기",
        "관리", "보관", "줄어",
    ),
    "shop_info": (  # the shop's to answer: stock, delivery, returns
        "in stock", "stock", "ship", "shipping", "delivery", "deliver", "return policy", "refund",
        "have it in", "have this in", "have these in", "have them in", "available in",
        "material", "fabric", "재고", "배송", "반품", "환불", "소재", "can i return", "return it",
        "exchange it", "교환", "arrive", "arrives", "arrival", "도착", "언제 와", "언제 오",
        "quality", "brand", "reviews", "review", "품질", "브랜드", "리뷰", "후기",
        "coupon", "coupons", "promo code", "discount code", "쿠폰", "할인 코드", "할인코드", "적립",
        "pay with", "payment", "kakao pay", "naver pay", "결제", "카카오페이", "네이버페이", "카드 할부",
        "sale end", "sale ends", "other sizes", "other size", "different size", "different sizes",
        "in my size", "착용샷", "착용 사진", "on a model", "looks on someone", "looks on a person",
    ),
    "length": (  # no lengths in the catalogue's details: said plainly
        "longer", "shorter", "longer one", "shorter one", "more length", "length", "기장", "더 길게",
        "더 짧게", "좀 길게", "좀 짧게", "더 긴 거", "더 짧은 거", "길이", "too short", "too long",
        "knee length", "knee-length", "ankle length", "ankle-length", "floor length", "floor-length", "maxi",
        "midi", "너무 짧", "너무 길", "짧지 않", "길지 않", "무릎 기장", "무릎길이", "발목 기장", "미디 기장",
        "revealing", "modest", "more modest", "less skin", "cover up more", "covers more", "노출", "덜 파인",
        "안 파인", "파인 거",
    ),  # "미니스커트", "롱원피스", "mini skirt": `remarks.cues_of` (the kind's word is the kind's)
    "complaint": (  # the answers missed: what to change, asked (not taken for a search)
        "useless", "not helpful", "unhelpful", "terrible", "awful", "bad bot", "stupid bot", "hate this",
        "hate it", "not what i wanted", "not what i asked", "not what i'm looking for", "this is bad",
        "not what im looking for", "not what i am looking for", "this is wrong", "that's wrong",
        "you're wrong", "쓸모없", "쓸모 없", "도움이 안", "도움 안 돼", "엉망", "구려", "이상한데",
        "뭐야 이게", "왜 이래", "답답해", "마음에 하나도", "why do you keep", "keep showing", "왜 자꾸",
        "왜 계속",
    ),
    "smaller": (  # "더 작은 걸로" of bags in view: a small one (no garment's size is listed)
        "smaller", "more compact", "더 작은", "작은 걸로", "작은 거", "좀 작은",
    ),
    "weather_q": (  # the weather asked: not seen here, the temperature asked for instead
        "what's the weather", "what is the weather", "weather like", "weather forecast", "날씨 어때",
        "날씨 알려", "날씨 어떄", "일기예보",
    ),
    "how_pick": (  # how the picks are made
        "how do you pick", "how do you choose", "how do you decide", "how do you recommend",
        "how are these chosen", "how does this work", "how do you work", "어떻게 골라", "어떻게 추천",
        "추천 기준", "기준이 뭐", "어떻게 고른",
    ),
    "prices_q": (  # where the prices come from: Naver's when connected, else the links' pages
        "real price", "real prices", "prices accurate", "price accurate", "prices correct",
        "prices right", "prices are right", "prices are real", "prices up to date", "prices come from",
        "price come from", "get the prices", "get your prices", "no prices", "no price shown",
        "without prices", "prices missing", "가격 정확", "가격이 정확", "실제 가격", "가격이 맞",
        "가격 맞아", "가격은 어디", "가격 어디서", "가격이 안 나", "가격 안 나", "가격이 안 보",
        "가격 안 보", "가격이 왜 없", "가격은 왜 없", "가격 왜 없", "가격 표시",
    ),
    "trends": (  # no sales or social data here: said plainly
        "trending", "trend", "trends", "trendy", "in fashion", "fashionable now", "popular now", "what's hot",
        "new arrivals", "new in", "best sellers", "bestsellers", "best-selling", "best selling",
        "most popular", "유행", "트렌드", "트렌디", "요즘 인기", "요즘 뭐 입", "신상", "인기 상품",
        "in style this", "in style now", "in style right now", "what's in style", "what is in style",
        "베스트셀러", "잘 팔리는", "많이 팔리는", "인기 많은", "인기있는", "인기 있는", "popular",
    ),
    "body": (  # body shape: not seen, not guessed
        "body type", "body shape", "my figure", "my build", "tall and", "short and", "skinny", "chubby",
        "curvy", "petite", "flatter me", "flattering", "체형", "통통", "마른 체형", "키가 작", "키가 커",
        "키 작은", "키 큰", "하체 비만", "어깨가 넓", "look fat", "look fatter", "look bigger",
        "look slimmer", "look thinner", "make me look", "slimming", "뚱뚱해 보", "살쪄 보", "날씬해 보",
        "neckline suits", "necklines suit", "what neckline", "어떤 넥라인",
        "부해 보", "커 보여",
    ),
    "only": ("only", "just", "만 보여", "만 추천"),
    "show": ("find me", "looking for", "i want", "i need", "search", "찾아줘", "사고 싶"),
    "recommend": (  # "recommend shoes" with a photo in view: pieces for it (`Conversation.styles_photo`)
        "show me", "recommend", "suggest", "any good", "보여줘", "추천해", "추천", "보여",
    ),
}
# fmt: on

# Patterns within a message that its cues need (`intents.intent_of`)
FROM_WARDROBE = re.compile(  # "an outfit from my wardrobe", "내 옷으로 코디해줘": of the user's own pieces
    r"\b(?:from|with|using|out of)\s+(?:my|the)\s+(?:wardrobe|closet|clothes)"
    r"|(?:옷장|내 옷)\S*\s?(?:으로|로|에서|가지고)|옷장에\s?있는\s?(?:걸로|것으로|거로|옷으로|옷)"
    r"|(?:옷장|내 옷)\s?(?:옷\s?)?중에|\b(?:what|which|anything) (?:in|from) my (?:wardrobe|closet)\b"
)
HOUR = re.compile(
    r"\b(?:at\s+)?([5-9]|1[01])\s*(?:am|a\.m\.|o'?clock|:00)|(?:아침\s*)?([5-9]|1[01])\s*시|^\s*([5-9]|1[01])\s*$"
    r"|\bat\s+([5-9]|1[01])\b(?!\s*(?:pm|p\.m\.|:[1-5]))"  # "every morning at 7"
)
RETIMED = re.compile(
    r"\b(?:change|move|make|switch|set)\b.*\bto\b|바꿔|변경|로 해|으로 해|^\W*(?:make it|send it|at)\b"
)  # the morning's hour: "change it to 8am", "7시로 바꿔줘", "at 7", "make it 7am"
LANGUAGE_ASKED = re.compile(  # "speak Korean", "english please", "영어로 말해줘": the chat's language
    r"\b(?:speak|talk|answer|reply|write|respond|switch to|change to|use"
    r"|(?:change|set|switch) (?:the )?language to)\s+(?:in\s+)?(english|korean)\b"
    r"|^\W*(?:in\s+)?(english|korean)(?:\s+please)?\W*$|(영어|한국어|한글)로\s*(?:말|대답|답|해|얘기|바꿔|부탁|알려)"
    r"|^\W*(영어|한국어|한글)로?\W*$"
)
BY_YOU = re.compile(r"\byou\b|보내")  # "when will you send it?": the bot's sending, not a delivery
BARE_STOP = re.compile(  # "stop", "그만": the one thing sent unasked, the morning outfit, stopped
    r"^\W*(?:please\s+)?(?:stop(?: it| that| sending(?: me)?(?: messages)?| messaging)?|unsubscribe|no more"
    r"(?: messages)?)(?: please)?\W*$|^\W*(?:그만(?:해|해줘|해 줘|보내|하세요)?|멈춰|중지|그만 좀)\W*$"
)
BARE_BACK = re.compile(r"^\W*(?:back|previous|이전|전꺼|전 거|뒤로 가기)(?: please)?\W*$")  # alone: go back
WHEN_SENT = re.compile(  # "what time will you send it?", "언제 보내줘?": the morning outfit's hour
    r"\b(?:what time|when)\b.*\b(?:send|sent|sending|come|comes|arrive|arrives)\b"
    r"|몇\s*시에?.*(?:보내|와|오|받)|언제\s*(?:보내|와|오|받)"
)
STOP = re.compile(r"\b(?:stop|off|cancel|unsubscribe|no more|don'?t send)\b|그만|취소|끄|중지|멈춰|안 받")
ANYONE_WEARS = re.compile(  # "can men wear pink?", "남자가 핑크 입어도 돼?": a colour for anyone
    r"\b(?:can|could|should|do|may)\s+(men|guys|boys|a man|a guy|women|girls|a woman|a girl)\s+wear\b"
    r"|(?:남자|여자|남성|여성)(?:가|는|도|들도|들이)?\s.*(?:입어도|괜찮|어울려|돼)"
)
ASKS_OK = re.compile(  # "can I wear white to …?", "is black ok for …?", "면접에 빨간색 어때?": a yes or no
    r"\b(?:can|could|should|may) (?:i|we|he|she) wear\b"
    r"|\b(?:is|are)\s+(?:[a-z'-]+\s+){0,3}(?:ok|okay|fine|alright|"
    r"appropriate|acceptable)\b|입어도|괜찮|어때|될까|되나|돼\?"
)
GOES_WITH = re.compile(  # "does olive go with navy?": whether they go together, asked
    r"\b(?:does|do|would|will|can|could)\b.*\bgo(?:es)? (?:well )?(?:with|together)\b"
)
BARE_OUTFIT = re.compile(  # an outfit asked for and nothing else: today's weather's
    r"^\W*(?:(?:오늘|내일)\s*)?(?:뭐\s?입지|뭘\s?입지|뭐\s?입을까|뭘\s?입을까|옷\s?추천(?:\s?해\s?(?:줘|주세요))?"
    r"|옷\s?골라\s?(?:줘|주세요)|코디\s?(?:좀|추천)?(?:\s?해\s?(?:줘|주세요))?|what (?:should|do|can) i wear"
    r"|what to wear|i need new clothes|(?:an? )?outfit(?: please| ideas?)?|dress me|surprise me|style me"
    r"|i have nothing to wear|nothing to wear|입을 (?:옷이|게) 없(?:어|네|다)(?:요)?|i'?m bored"
    r"|recommend (?:me )?something|any (?:recommendations|suggestions|ideas)"  # "추천해줘" alone, too
    r"|(?:아무거나|뭐|뭐든|알아서|아무거나 좀)?\s*추천\s?(?:해|해줘|해 줘|해줄래|해 줄래|해주세요|좀|부탁해)?"
    r"(?:요)?)\W*$"
)
BUYING = re.compile(  # "should I buy it?", "이거 살까 말까": a verdict with the wardrobe's say
    r"\bshould i (?:buy|get) (?:it|this|them|these|one)\b|\bworth (?:it|buying)\b|\bbuy (?:it|this) or not\b"
    r"|살까|사도 될까|사도 돼|살 만해"
)
LOOK = re.compile(r"\b(?:outfit|look|this lot)\b|코디|룩")  # "save this look": the outfit in view
REMOVE = re.compile(r"\b(?:remove|delete|unsave|take off|drop)\b|빼|삭제|지워|취소")  # "remove #2 from …"
