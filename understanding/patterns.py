"""Patterns over a whole message that its cues (`cues.py`, single words and phrases) cannot say alone:
a yes-or-no asked ("can I wear white to …?"), an outfit asked and nothing else, a morning's hour, the
chat's language, a stop — read by `intents.intent_of` and the parser beside the cues."""

from __future__ import annotations

import re

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
WORKS = re.compile(  # "would a denim jacket work?", "will sneakers work with this?": "work", the verb
    r"\b(?:would|will|could|does|do|did|might)\s+(?:[a-z'-]+\s+){0,4}work\b(?!\s+(?:at|in|for|from)\b)"
)
QUESTION = re.compile(  # a yes-or-no question: "too much black?", "is a dress too much for a date?"
    r"\?|^\W*(?:is|isn't|are|aren't|does|do|am i|would|will|can|could)\b|(?:나|까|냐|니)\W*$"
)
ASKS_OK = re.compile(  # "can I wear white to …?", "is black ok for …?", "면접에 빨간색 어때?": a yes or no
    WORKS.pattern + r"|\b(?:would|will) (?:[a-z'-]+\s+){1,4}be (?:ok|okay|fine|alright)\b"
    r"|\b(?<!what )(?<!which )(?:can|could|should|may) (?:i|we|he|she) wear\b"  # (not "what can I wear")
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
# The parser's own: phrasings that set or adjust a slot (`parser.parse`)
SHOW_ALL = re.compile(
    r"^\W*(?:전체\s*)?(?:다|전부|전체)\s*보여|\bshow (?:me )?(?:it |them )?(?:all|everything)\b"
)
DRESS_ME = re.compile(r"^\W*(?:please |can you |could you )?dress me\b")
COMFORT = re.compile(  # "좀 더 편한 걸로", "something I can dance in": flat soles, of shoes in view
    r"\b(?:comfortable|comfier|comfy|more comfortable)\b|편한|편하게|편안한"
    r"|\b(?:can|could) (?:dance|walk|stand) in\b|\bwalk (?:all day|a lot) in\b|춤\s?추기|오래 (?:걷|서)"
    r"|\b(?:standing|walking|on my feet) all day\b|\bwalking shoes\b|많이 걸어도|하루 종일 (?:걷|서|신)"
    r"|\bfor (?:walking|standing)(?: (?:a lot|all day|around|long))?\b|\bwalk(?:ing)? a lot\b"
    r"|많이 걸(?:을|어야|으)|오래 걸을"
)
DISLIKED_SHOWN = re.compile(  # a dislike of the ones shown, not of the kind: "I don't like the shoes"
    r"\b(?:don'?t|do not|didn'?t) (?:really )?like (?:the|these|those|this|that)\b"
    r"|(?:이|가|은|는)\s*(?:좀\s*|너무\s*)?(?:별로|마음에 안 들|맘에 안 들|안 예뻐)"
)
FIRST_LOOK = re.compile(  # an earlier answer, not product #1: "show me the first outfit again", "처음 코디"
    r"\b(?:first|original|very first)\s+(?:outfit|look)\b.*\b(?:again|back)\b"
    r"|\bwhat was the first (?:outfit|look)\b|\bback to the first (?:outfit|look)\b"
    r"|처음\s*(?:에\s*)?(?:보여준|보여 준|추천한|추천해 준|봤던)?\s*코디|첫\s*(?:번째\s*)?코디"
)
CLOTHES = re.compile(r"\bclothes\b|\bclothing\b|(?:^|\s)옷(?:\s|$|\W|을|좀)")
PRICEY = re.compile(r"\b(?:expensive|pricey|overpriced|costly|dear)\b|비싸|비쌈")  # "these are all too …"
ALL_OF = re.compile(r"\b(?:these|they|those|them|everything|all)\b|전체적으로|전부|다 너무")  # in view
TRIP = re.compile(r"\btrip\b|여행|출장")
CHEAP_LOOK = re.compile(r"\b(?:cheap|budget|low[- ]cost|affordable|inexpensive)\s+(?:outfit|look)s?\b")
OTHER_BRAND = re.compile(r"\b(?:other|another|different)\s+brands?\b|(?:다른|딴)\s*브랜드")
THAN_IN_VIEW = re.compile(r"\b(?:brighter|lighter|darker|deeper)\b|더\s*(?:밝|어두|화사)")  # than these
LINK = re.compile(r"\bhttps?://|\bwww\.[a-z0-9-]+\.|\b[a-z0-9-]+\.(?:com|co\.kr|kr|net)/", re.IGNORECASE)
NEXT_WHEN = re.compile(
    r"\bnext(?= (?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|month|year|time|spring|summer|autumn"
    r"|fall|winter|morning|evening|night)\b)"
)
FEMININE = re.compile(r"\bfeminine\b|여성스럽|여성스러운|페미닌|여리여리")
EDGY = re.compile(r"\bedg(?:y|ier)\b|\bgrunge\b|\bpunk\b|\brock(?:er)? (?:style|look|chic)\b|펑크|그런지")
CUTE = re.compile(  # and balletcore's, coquette's soft pinks and creams
    r"\bcut(?:e|er|est)\b|\bgirly\b|\bballetcore\b|\bcoquette\b|귀여|귀엽|러블리|걸리시|사랑스러|사랑스럽"
    r"|발레코어|코케트|코켓"
)
BOHO = re.compile(r"\bboho\b|\bbohemian\b|\bhipp(?:ie|y)\b|\bearthy\b|보헤미안|히피|보호\s?스타일|얼씨")
MOODS = ((CUTE, "light"), (EDGY, "dark"), (BOHO, "warm"))  # a style's mood, as a tone: "boho": earthy, warm
TOO = re.compile(  # "is this too casual?", "너무 포멀해?": yes means it does not suit
    r"\btoo (?:casual|formal|dressy|fancy|sporty|plain|flashy|bright|dark|much|simple|boring|loud)\b"
    r"|너무 (?:캐주얼|포멀|화려|튀|어두|밝|격식|심플|차려|꾸민)|과(?:해|한가|할까|하나|하지 않)"
)
TOO_KO = re.compile(r"너무\s?(캐주얼|포멀|격식|차려|과)")  # the cue's words, whose style is not read apart
COLOUR_SHOULD = re.compile(  # "what colour should the bag be?", "가방은 무슨 색이 좋아?": for the one in view
    r"\bwhat colou?r (?:should|would|could)\b|무슨\s?색(?:이|을|으로)?\s?(?:좋|어울|맞|할까|해야)"
)
COMES_IN = re.compile(  # "what colours does #1 come in?", "which colors do they come in": its other colours
    r"\bcolou?rs?\s+(?:does|do)\s+(?:(?:it|they|this|that|these|those|the \w+)\s+)?come in\b"
)
# "청치마", "청자켓", "jean shorts": denim said in the garment's own word (청바지 and jeans are a kind)
DENIM_OF = re.compile(
    r"청(?=\s?(?:치마|스커트|자켓|재킷|쟈켓|반바지|셔츠|남방|원피스|조끼))"
    r"|\bjean(?=\s+(?:skirts?|jackets?|shorts|shirts?|dress(?:es)?|vests?)\b)"
)
