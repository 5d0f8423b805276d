"""Personal colour in a message: "I'm a summer cool", "저 여쿨인데 어떤 색이 어울려?" ask which colours
suit that type (and say it of the user, kept for what follows); "이거 여쿨한테 어울려?" whether the
garment in view is in them; "가을웜톤한테 어울리는 니트" asks for that kind in its colours; "봄웜 코디"
for an outfit in them."""

from __future__ import annotations

import re

from vocabulary import FEATURES, PALETTES

_OWN = re.compile(
    r"\b(?:i am|i'm|im|i have|my personal colou?r|my colou?rs?|my tone|suit me|for me)\b"
    r"|(?:^|\s)(?:저|전|나|난|제가|내가)\s|(?:인데|이에요|예요|이라서|라서|이거든|이야)(?:\s|[?!.]|$)"
)

_THIS = re.compile(r"\b(?:this|it|these|that|them|this colou?r)\b|이거|이것|이 옷|요거|그거|이 색")


COLOUR_ON_ME = (
    re.compile(  # "does red suit me?" ("suit" blanked), "is navy my colour?", "빨간색 나한테 어울릴까?"
        r"^\W*(?:does|do|would|will)\s+(?!\w+\s+fits?\b)(?:\w+\s+){1,2}\s*me\W*$|\bmy colou?r\b"
        r"|\b(?:look|looks|looking) (?:so |very |really )?(?:washed[- ]out|pale|tired|sallow) in\b"
        r"|\bwash(?:es)? me out\b|(?:입으면|입으니까)\s?(?:얼굴이\s?)?(?:칙칙|창백|안색이)"
        r"|(?:나한테|나에게|저한테|저에게|제게|내게|나랑|저랑)\s*(?:도\s*)?(?:어울|잘 맞|맞을까|받)"
    )
)
SUITS_ME = re.compile(  # "what suits me?" ("suit" blanked), "what looks good on me?", "나한테 뭐가 어울려?"
    r"^\W*what(?:\s+(?:style|styles|clothes|kind of clothes|looks?|outfits?|cuts?|shapes?|fits?))?"
    r"\s+(?:would\s+|will\s+|do you think\s+)?(?:looks?\s+(?:good|best|nice)\s+on\s+|flatters?\s+|works?\s+"
    r"(?:for|on)\s+)?me\b|(?:나한테|나에게|저한테|저에게|제게|내게)\s*(?:뭐가|뭐|어떤\s*(?:게|거|스타일|옷)(?:이|가)?)"
    r"\s*(?:잘\s*)?어울|(?:나한테|나에게|저한테|저에게|제게|내게)\s*(?:잘\s*)?어울리는\s*(?:게|거|스타일|옷)"
    r"|(?:뭐가|어떤\s*(?:게|스타일|옷)(?:이|가)?)\s*(?:나한테|저한테|제게|내게)\s*(?:잘\s*)?어울"
)
_MY_COLOURS = re.compile(  # "what colours suit me?", "나한테 어울리는 색이 뭐야?", "퍼스널 컬러"
    r"\bcolou?rs?\b.*\b(?:me|my skin(?: tone)?)\b|\bpersonal colou?rs?\b"  # "suit" is blanked as a verb
    r"|(?:나한테|나에게|저한테|저에게|제게|내게).*(?:색|컬러)|퍼스널\s?컬러"
    r"|\b(?:pale|fair|light|dark|olive|tan|tanned|warm|cool)\s+skin\b.*\bcolou?rs?\b"  # "I have pale skin"
    r"|\bcolou?rs?\b.*\b(?:pale|fair|light|dark|olive|tan|tanned|warm|cool)\s+skin\b"  # "… suits dark skin?"
    r"|피부(?:가|는|톤)?.*(?:색|컬러)"
)


_CLEAR = re.compile(  # "forget my colours", "퍼스널 컬러 지워줘", "I'm not a summer cool anymore"
    r"\b(?:forget|clear|remove|delete|reset|drop)\b.*\b(?:colou?rs?|tone)\b|\bnot an? \w+ (?:warm|cool)\b"
    r"|(?:퍼스널\s?컬러|톤).*(?:지워|삭제|빼|취소|초기화|잊어)"
)


_A_LOOK = re.compile(r"\b(?:outfits?|looks?(?! good| nice| great| best))\b|코디|룩")
_MINE = re.compile(r"\bmy colou?rs?\b|\bmy (?:personal )?colou?r type\b|퍼스널")


def palette_intent(
    tone: str | None, category: str | None, subject: str | None, cues: set[str], text: str = ""
) -> str | None:
    """The intent a personal colour makes of a message, None when it makes none: a kind named to
    suit it is searched in its colours; no kind and no outfit asked for: which colours suit it; no
    type named, "what colours suit me?": the user's own, or which type they are; "forget my colours":
    theirs forgotten."""
    if _CLEAR.search(text) and (tone in PALETTES or _MY_COLOURS.search(text) or _MINE.search(text)):
        return "palette_off"
    if (
        tone in FEATURES
    ):  # "what suits blue eyes?", "흑발한테 어울리는 색": its colours, unless a kind or a look
        return "search" if category else "outfit" if _A_LOOK.search(text) else "palette"
    if tone not in PALETTES:
        return "palette" if not category and _MY_COLOURS.search(text) else None
    if category:
        return "search" if "outfit" in cues and not subject else None
    return None if "outfit" in cues and "colours" not in cues else "palette"


def says_own(text: str) -> bool:
    """Whether the personal colour is said of the user: "I'm a winter cool", "저 여쿨이에요"."""
    return bool(_OWN.search(text))


def asks_of_this(text: str) -> bool:
    """Whether a personal-colour question is about the garment in view: "does this suit a summer
    cool?", "이거 여쿨한테 어울려?"."""
    return bool(_THIS.search(text))
