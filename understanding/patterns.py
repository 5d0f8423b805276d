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
