"""How to wear a piece, asked: tucking it in ("should I tuck it in?", "셔츠 넣입 해야 돼?"), its sleeves
("roll up the sleeves?", "소매 걷어도 돼?"), a trouser hem ("cuff my jeans?", "청바지 롤업"), its buttons
("how many buttons open?", "단추 몇 개 풀어?"), a belt with the shoes ("should my belt match my shoes?"),
mixing patterns ("can I mix patterns?", "스트라이프랑 체크 같이 입어도 돼?"), what suits an age ("what suits
my age?", "나이에 맞는 옷"), whether it is see-through ("이거 비쳐?"), whether a jacket is needed ("do I need
a jacket?"); and the rules of dress asked whatever colour or occasion the message names (`RULES`): how many
colours in a look ("how many colours should an outfit have?"), double denim ("청청패션 괜찮아?"), gold or
silver ("gold or silver accessories?", "골드랑 실버 중에 뭐가 나아?"), white out of summer ("can I wear white
after Labor Day?"), socks ("what socks with a navy suit?"), sneakers with a suit, a bag matched to the shoes —
one of `TOPICS`, None for none."""

from __future__ import annotations

import re

TOPICS = {
    "tuck": re.compile(
        r"\btuck(?:ed|ing|s)?\b|\bhalf[- ]tuck|넣입|넣어\s?입|빼입|빼서\s?입|넣어야|(?:상의|셔츠|티)를? 넣"
    ),
    "sleeves": re.compile(
        r"\b(?:roll|push|fold)(?:ed|ing)?(?: up)? (?:the |my |its |your )?sleeves?\b"
        r"|\bsleeves? (?:rolled|pushed) up\b|소매\s?(?:를\s?)?(?:걷|접|롤업)|팔\s?걷"
    ),
    "hem": re.compile(
        r"\b(?:cuff|roll|turn)(?:ed|ing)?(?: up)? (?:the |my |its |your )?"
        r"(?:jeans|trousers|pants|chinos|hems?|legs?)\b|\bcuffed (?:jeans|trousers|pants|chinos)\b"
        r"|밑단\s?(?:을\s?)?(?:접|롤업)|(?:바지|청바지|슬랙스)\s?롤업"
        r"|\b(?:how long|what length) should (?:my |the |your )?(?:jeans|trousers|pants|chinos)\b"
        r"|(?:바지|청바지|슬랙스)\s?기장\s?(?:은|을)?\s?(?:어떻게|어디까지|얼마나)"
    ),
    "patterns": re.compile(  # mixing prints: one look's, whatever the piece
        r"\bmix(?:ing)? (?:patterns|prints|stripes|checks)\b"
        r"|\b(?:two|2) (?:different )?(?:patterns|prints)\b|\bpattern (?:mixing|clash)"
        r"|\b(?:stripes?|checks?|florals?|prints?|patterns?) (?:and|with|&) "
        r"(?:stripes?|checks?|florals?|prints?|patterns?)(?: together)?\b"
        r"|패턴\s?(?:끼리|섞|믹스|두 개)|무늬\s?(?:끼리|섞)"
        r"|(?:스트라이프|체크|꽃무늬|도트)(?:랑|하고|에|와|과)\s?(?:스트라이프|체크|꽃무늬|도트)"
    ),
    "belt": re.compile(  # whether the belt matches the shoes (or the bag): leather to leather
        r"\b(?:should|do|does|must|have to|need to)\b.*\bbelts?\b.*\bmatch\b"
        r"|\b(?:should|do|does|must) (?:i )?match (?:my |the )?belts?\b"
        r"|벨트(?:랑|하고|와|는)?\s?(?:신발|구두)(?:이랑|하고|과|와)?\s?(?:색|맞춰|맞춰야)"
    ),
    "buttons": re.compile(
        r"\bunbutton|\btop button\b|\bhow (?:should|do|to) (?:i |you )?button\b"
        r"|\bbuttons? (?:open|undone|done up)\b|\bhow many buttons\b"
        r"|단추\s?(?:를\s?)?(?:몇|풀|잠)"
    ),
    "sheer": re.compile(  # "is it see-through?", "이거 비쳐?": what shows through, what hides it
        r"\b(?:is|will|would|does|isn't|it's|too)\b.*\b(?:see[- ]?through|sheer|transparent)\b"
        r"|\bsee[- ]?through\s*\?"
        r"|비쳐|비칠까|비치나|비치지|비치는지|비치는 거|속이\s?(?:보여|보일까|보이나)"
    ),
    "layer": re.compile(  # "do I need a jacket?", "겉옷 챙겨야 돼?": by the dress code, else the weather
        r"\b(?:do|will|would|should) (?:i|we) (?:need|bring|take) (?:a |an |the |my )?"
        r"(?:jacket|coat|layer|blazer|cardigan|outerwear)\b"
        r"|\b(?:do|will|would|should) (?:i|we) (?:have to|need to) wear (?:a |an |the |my )?"
        r"(?:jacket|coat|blazer|suit)\b|\b(?:do|will|would) (?:i|we) need (?:a |an |the |my )?suit\b"
        r"|(?:정장|수트|슈트)(?:은|을|를)?\s?(?:꼭\s?)?(?:입어야|필요|챙겨야)"
        r"|\b(?:is|are) (?:a |an |the )?(?:jacket|coat|layer|blazer|outerwear)s? "
        r"(?:necessary|needed|a must)\b"
        r"|(?:겉옷|자켓|재킷|코트|외투|아우터|겉에 입을 거)(?:은|는|이|가|을|를)?\s?(?:꼭\s?)?"
        r"(?:필요|입어야|챙겨야|챙길까|가져가야)"
    ),
    "age": re.compile(  # what suits an age: style has none, fit and fabric matter
        r"\bmy age\b|\bage[- ]appropriate\b"  # "what suits my age?", "for my age", "at my age""
        r"|\bdress(?:ing)? (?:my|your|for my) age\b|\btoo old (?:for|to wear)\b|\btoo young for me\b"
        r"|\bmake(?:s)? me look (?:old|older|aged)\b"
        r"|\bi(?:'m| am) (?:in my )?\d0s?\b.*\b(?:ok|okay|wear|suit)"
        r"|나이에\s?(?:맞|어울)|나이대에\s?(?:맞|어울)|제 나이|내 나이|나이\s?들어\s?보|나이 먹고|나이에 비해"
    ),
    "colours": re.compile(  # how many colours in one look: three at most, neutrals the base
        r"\bhow many colou?rs?\b|\b(?:three|3)[- ]colou?r rule\b|\btoo many colou?rs in (?:an|one) outfit\b"
        r"|(?:몇|몇 가지|몇 개)\s?(?:색|컬러)(?:까지|을|를|이)?\s?(?:입|써|쓰|섞|괜찮|좋)|3색\s?(?:법칙|룰)"
    ),
    "denim": re.compile(  # double denim: two washes, or one on purpose
        r"\bdouble denim\b|\bdenim on denim\b|\bcanadian tuxedo\b|\bdenim (?:jacket|shirt) with jeans\b.*\?"
        r"|(?:청청|데님\s?(?:에|온)\s?데님)\s?(?:패션|코디|룩)?\s?(?:은|는)?\s?(?:괜찮|어때|해도|이상|촌스|별로|입어도)"
    ),
    "metals": re.compile(  # gold or silver: by the personal colour, one metal to a look
        r"\b(?:gold|silver)(?: or| vs\.?| versus| and| &|/| with) (?:gold|silver)\b"
        r"|\bmix(?:ing)? (?:my |your )?metals\b|\b(?:which|what) metals?\b"
        r"|(?:골드|금색)\s?(?:랑|이랑|하고|vs|or|/|,|아니면|중에)?\s?(?:실버|은색)"
        r"|(?:실버|은색)\s?(?:랑|이랑|하고|vs|or|/|,|아니면|중에)?\s?(?:골드|금색)"
        r"|(?<![가-힣])금\s?(?:이랑|하고|vs|/|,|아니면)?\s?은\s?(?:중|뭐|어느|어떤|악세|액세|장신구|주얼리)"
        r"|(?<![가-힣])금\s?(?:악세|액세|장신구|주얼리)\S*\s?(?:vs|/|,|아니면)?\s?은\s?(?:악세|액세|장신구|주얼리)"
        r"|\b(?:go|goes|work|works|look|looks|match|matches) with (?:a |my )?(?:gold|silver) "
        r"(?:jewel(?:le)?ry|accessories|earrings|necklaces?|watch(?:es)?|bracelets?|rings?)\b"
        r"|\b(?:is|are|would|will|does|do|can i wear|should i wear) (?:a |my )?(?:gold|silver) "
        r"(?:jewel(?:le)?ry|accessories|earrings|necklaces?|watch(?:es)?|bracelets?|rings?|hardware)\b"
        r"|(?:골드|금색|실버|은색|(?<![가-힣])[금은])\s?(?:악세|액세|주얼리|장신구|귀걸이|목걸이|시계|반지|팔찌)\S*\s?"
        r"(?:괜찮|어울|어때|할까|해도|하면|낄까|껴도|찰까|차도)"
    ),
    "white": re.compile(  # white out of summer: the old rule is gone; the season's fabrics
        r"\bwhite after labou?r day\b"
        r"|\bwear(?:ing)? white(?: \w+)? (?:in|during|for|after) (?:the )?"
        r"(?:winter|autumn|fall|cold|september|october|november|december)\b"
        r"|(?:겨울|가을)(?:에|에도|철에)?\s?(?:흰|하얀|화이트)\s?(?:색\s?)?(?:옷|바지|청바지|코트)?\s?"
        r"(?:을|를)?\s?(?:입어도|입으면|괜찮|돼|될까|이상|안 돼)"
    ),
    "socks": re.compile(  # which socks: matched to the trousers, or none
        r"\b(?:what|which)(?: colou?r| kind of| type of)? socks\b|\bsocks? (?:with|for|under) \w"
        r"|\bwear socks\b|\bno[- ]show socks\b.*\?"
        r"|(?:무슨|어떤|뭔)\s?(?:색\s?)?양말|양말(?:은|을|는)?\s?(?:뭐|무슨|어떤|어떻게|색|신어야|신어도)"
        r"|양말(?:에|이랑|하고|신고)\s?(?:샌들|슬리퍼|로퍼|구두|운동화)"
    ),
    "sneakers": re.compile(  # sneakers with a suit: smart casual yes, a dress code no
        r"\b(?:sneakers|trainers)\b.*\bwith (?:a |my |the |your )?(?:suits?|tux(?:edo)?s?)\b"
        r"|\b(?:suits?|tux(?:edo)?s?) (?:and|with|&) (?:sneakers|trainers)\b"
        r"|(?:정장|수트|슈트)(?:에|이랑|하고|에다)?\s?(?:운동화|스니커즈)"
        r"|(?:운동화|스니커즈)(?:에|를|랑|신고)?\s?(?:정장|수트|슈트)"
    ),
    "bag": re.compile(  # whether the bag matches the shoes: the same family, not the same colour
        r"\b(?:should|do|does|must|have to|need to)\b.*\b(?:bags?|handbags?|purses?)\b.*\bmatch\b"
        r"|\bmatch(?:ing)? (?:my |the |your )?(?:bag|purse|handbag) (?:to|with|and) (?:my |the |your )?shoes"
        r"|가방(?:이랑|하고|과|은|을)?\s?(?:신발|구두)(?:이랑|하고|과|와)?\s?(?:색\s?)?(?:을\s?)?(?:맞춰|맞춰야|맞추|통일)"
    ),
}
# The rules of dress: answered as such whatever colour or occasion the message names
RULES = frozenset({"layer", "colours", "denim", "metals", "white", "socks", "sneakers", "bag"})


def tip_asked(text: str) -> str | None:
    """The topic of how-to-wear a normalised message asks about, None when it asks none."""
    return next((topic for topic, words in TOPICS.items() if words.search(text)), None)
