"""Who is dressed, read from the people a message names. A partner named as company ("a date with my
boyfriend", "my girlfriend's parents", "남친이랑 데이트", "여친 부모님 뵙는데"): the user is then most likely
of the other gender, the look's gender until they say otherwise (shown as a filter with its ✕; never kept as
theirs). Family visited or met ("visiting my grandma", "할머니댁 가요", "엄마랑 쇼핑"): company too, no gender
of the one dressed. A role at a wedding ("the groom's mother", "신부 아버지"): that role's gender. A son or
daughter at an interview, a job or a graduation: a grown-up one, not kidswear. An eye or hair colour ("blue
eyes", "흑발"): the colours that bring it out (`vocabulary.FEATURES`), read as a tone. `shopper_gender`
gathers them with the gender a message names ("men's", "for her") and "I'm a woman"."""

from __future__ import annotations

import re

from .understood import Understood

# fmt: off
FEATURE_WORDS: dict[str, tuple[str, ...]] = {  # tones, as a personal colour is (`vocabulary.FEATURES`)
    "blue_eyes": ("blue eyes", "blue eyed", "blue-eyed", "파란 눈", "파란눈", "푸른 눈", "eyes are blue"),
    "green_eyes": (
        "green eyes", "green eyed", "green-eyed", "초록 눈", "초록눈", "녹색 눈", "eyes are green",
    ),
    "brown_eyes": (
        "brown eyes", "brown eyed", "brown-eyed", "dark eyes", "갈색 눈", "갈색눈", "eyes are brown",
        "eyes are dark",
    ),
    "hazel_eyes": ("hazel eyes", "hazel eyed", "hazel-eyed", "헤이즐 눈", "eyes are hazel"),
    "grey_eyes": (
        "grey eyes", "gray eyes", "grey-eyed", "gray-eyed", "회색 눈", "eyes are grey", "eyes are gray",
    ),
    "red_hair": (
        "red hair", "redhead", "red head", "ginger hair", "ginger", "auburn hair", "빨간 머리", "레드 헤어",
        "hair is red", "hair is ginger",
    ),
    "blonde_hair": (
        "blonde hair", "blond hair", "blonde", "blond", "금발", "탈색 머리", "탈색모", "hair is blonde",
        "hair is blond",
    ),
    "black_hair": (
        "black hair", "dark hair", "흑발", "검은 머리", "검은머리", "까만 머리", "검정 머리",
        "hair is black", "hair is dark",
    ),
    "brown_hair": ("brown hair", "brunette", "갈색 머리", "갈색머리", "브라운 헤어", "hair is brown"),
    "grey_hair": (
        "grey hair", "gray hair", "silver hair", "white hair", "흰머리", "흰 머리", "백발", "은발",
        "hair is grey", "hair is gray", "hair is white",
    ),
}# fmt: on

_HIS = r"boyfriend|husband|bf|fianc[eé]"
_HERS = r"girlfriend|wife|gf|fianc[eé]e"
_KO_HIS, _KO_HERS = (
    r"남친|남자\s?친구|남편|신랑|예비\s?신랑",
    r"여친|여자\s?친구|와이프|아내|부인|예비\s?신부",
)
_COMPANY = re.compile(
    rf"\b(?:with|meeting|meet)\s+(?:my\s+)?(?:(?P<his>{_HIS})|(?P<hers>{_HERS}))\b(?!'s)"
    rf"|\b(?:my\s+)?(?:(?P<his_of>{_HIS})|(?P<hers_of>{_HERS}))(?:'s\s+(?:parents|family|folks|mum|mom|dad|birthday)"
    r"|\s+and\s+i\b)"
    rf"|(?:(?P<ko_his>{_KO_HIS})|(?P<ko_hers>{_KO_HERS}))\s?(?:이랑|랑|하고|와|과|\s?만나|(?:의|네)?\s?(?:부모님|가족|집))"
)


_PARTNER_LIKES = re.compile(  # "my girlfriend loves pastels, what should I wear?": dressed for her taste
    rf"\b(?:my\s+)?(?:(?P<his>{_HIS})|{_HERS})\s+(?:really\s+|always\s+)?(?:likes?|loves?|prefers?|hates?"
    r"|wants me|thinks)\b(?!\s+(?:it|this|that|these|those|#)(?!\s+when))"  # ("my wife likes it": the piece)
)
_PARTNER_DRESSED = re.compile(  # "my boyfriend likes black, what should he wear?": the partner dressed
    r"\b(?:should|would|could|can|does|will) (?:he|she) wear\b|\b(?:he|she) (?:should|could|needs to) wear\b"
    r"|\bfor (?:him|her)\b"
)


def companion_gender(text: str) -> str | None:
    """The user's likely gender when a partner is named as company ("with my boyfriend": women) or as
    the one whose taste they dress for ("my girlfriend loves pastels": men), None when none is (or the
    partner is the one dressed: "a shirt for my boyfriend", "what should he wear?")."""
    found = _COMPANY.search(text)
    if found is None and (likes := _PARTNER_LIKES.search(text)) and not _PARTNER_DRESSED.search(text):
        return "women" if likes["his"] else "men"
    if found is None:
        return None
    his = found["his"] or found["his_of"] or found["ko_his"]
    return "women" if his else "men"


_ROLE_HERS = re.compile(
    r"\b(?:mother|mom|mum|aunt|grandmother|sister) of the (?:bride|groom)\b"
    r"|\b(?:bride|groom)'s (?:mother|mom|mum)\b"
    r"|\bbridesmaids?\b|\bmaid of honou?r\b|(?:신랑|신부)\s?(?:측\s?)?(?:어머니|엄마|어머님)|신부\s?들러리"
)
_ROLE_HIS = re.compile(
    r"\b(?:father|dad|uncle|grandfather|brother) of the (?:bride|groom)\b"
    r"|\b(?:bride|groom)'s (?:father|dad)\b"
    r"|\bgroomsm[ae]n\b|\bbest man\b|(?:신랑|신부)\s?(?:측\s?)?(?:아버지|아빠|아버님)|신랑\s?들러리"
)
_GROWN_UP = re.compile(  # an occasion only a grown-up son or daughter dresses for
    r"\b(?:interviews?|office|job|work|college|university|uni|graduat\w*|prom|internship)\b"
    r"|면접|출근|회사|취업|입사|대학|졸업|상견례"  # (not a wedding: a flower girl's dress is a child's)
)
_CHILDHOOD = re.compile(r"kindergarten|preschool|elementary|primary school|유치원|어린이집|초등")
_OFFSPRING = re.compile(r"\b(?:sons?|daughters?)\b|아들|딸")


def role_gender(text: str) -> str | None:
    """The gender of a role at a wedding named as the one dressed ("the groom's mother": women)."""
    if _ROLE_HERS.search(text):
        return "women"
    return "men" if _ROLE_HIS.search(text) else None


def grown_up(text: str, found: re.Match[str]) -> bool:
    """Whether a son or daughter named (`found`) is dressed for an occasion of a grown-up ("a graduation
    gift for my son", "딸 면접 정장") rather than as a child; an age or "little" is a child's anyway."""
    return bool(_OFFSPRING.fullmatch(found[0]) and _GROWN_UP.search(text) and not _CHILDHOOD.search(text))


# "I'm a woman", "저 남자예요": who the user is, kept as who they shop for
_OWN_GENDER = re.compile(
    r"\b(?:i am|i'm|im)\s+(?:a\s+)?(?:\w+\s+)?(?:woman|man|guy|girl|lady|boy|male|female)\b"
    r"|\b(?:i am|i'm|im)\s+(?:an?\s+)?\w+(?:\s+\w+)?\s*(?:,|\band\b)\s*"  # "I'm a guest, a woman"
    r"(?:an?\s+)?(?:woman|man|guy|girl|lady)\b(?!')"
    r"|(?:^|\s)(?:저는|전|나는|난|저|나)\s*(?:여자|남자|여성|남성)"
    r"|(?:여자|남자|여성|남성)(?:예요|에요|이에요|입니다|이예요|임|야|거든요|인데)"  # "20대 여자에요"
)
_HIM_OR_HER = re.compile(r"\b(?:him|his|her)\b")
_RELATIVE = (
    r"grand(?:ma|mother|pa|father|parents)|granny|nana|mom|mum|mother|dad|father|parents|aunt|auntie"
    r"|uncle|in-laws|family|relatives"
)
_KO_RELATIVE = (
    r"외?할머니|외?할아버지|부모님|엄마|아빠|어머니|어머님|아버지|아버님|시부모님|이모|삼촌|고모|친척"
)
_VISITED = re.compile(  # family the user visits or goes with: company, not the one dressed
    rf"\b(?:visit(?:ing)?|see(?:ing)?|meet(?:ing)?|with|at|to)\s+(?:my\s+|our\s+)?(?:{_RELATIVE})\b"
    rf"|\b(?:my\s+)?(?:{_RELATIVE})'s\s+(?:house|place|home|\d+(?:st|nd|rd|th) birthday"
    r"|birthday (?:party|dinner|lunch|celebration))\b"
    rf"|(?:{_KO_RELATIVE})\s?(?:댁|집|네|뵈|뵙|만나|보러|랑|하고|께\s?인사)|시댁|처가|큰집"
)
_WEARER = re.compile(  # a gender said of the one dressed, not of family named as company
    r"\b(?:men|women|mens|womens|men's|women's|man|woman|male|female|guy|girl|lady|ladies|for (?:him|her))\b"
    r"|남자|여자|남성|여성"
)


_USUALLY = re.compile(  # what the user usually wears: where they start from, not what they ask for
    r"\bi (?:usually|always|normally|mostly|often|only|just) wear\b|\bi live in\b"
    r"|(?:평소에?|맨날|항상|늘|주로)\s?\S*\s?(?:만\s?)?(?:입|신)"
)


def usually_wears(understood: Understood, text: str) -> None:
    """'I want to look more put together for work, I usually wear hoodies': the kind worn every day is
    where the user starts from, not the look asked (the office's, not hoodies); said alone ("I usually
    wear hoodies"), their own kind's outfit."""
    if understood.category is None or not _USUALLY.search(text):
        return
    if understood.occasion or understood.style:  # the occasion's look: their hoodies are not it
        understood.category = understood.article = None
    else:  # "평소에 후드티만 입어요": what goes with theirs
        understood.mine = True
    understood.cues.add("outfit")


_HER_FIGURE = re.compile(  # "I'm 5'2 and curvy", "pear-shaped", "골반이 넓어요": words said of a woman's
    r"\b(?:curvy|curvaceous|busty|hourglass)\b|\bpear[- ]shaped?\b|\b(?:wide|big|broad|wider) hips\b"
    r"|\bbig (?:bust|chest|boobs)\b|골반이 (?:넓|커)|글래머|가슴이 (?:커|큰)"
)
_WITH_A_TIE = re.compile(  # "my navy suit, what shirt and tie?": a man's suit, most likely
    r"\b(?:suit|shirt)\b.*\b(?:and|with|&) (?:a )?tie\b|\bshirt and tie\b"
    r"|(?:정장|셔츠).*넥타이|넥타이.*(?:정장|셔츠)"
)


def shopper_gender(text: str, named: str | None, gift: bool, maternity: bool) -> tuple[str | None, bool]:
    """Whose clothes a message asks for, "men" or "women" (None when it does not say), and whether the
    user said it of themselves ("I'm a man"). `named` is the gender term found ("men", "women"); a gift
    "for him" is his, a pregnancy hers, a partner named as company the other's, a wedding role its own."""
    gender = named if named in ("men", "women") else None
    if not gift and _VISITED.search(text) and not _WEARER.search(text):  # "visiting my grandma": not hers
        gender = None
    if gift and gender is None and (him := _HIM_OR_HER.search(text)):
        gender = "men" if him[0] in ("him", "his") else "women"  # "what should I get him?"
    if maternity and gender is None:  # "I'm pregnant": hers
        gender = "women"
    if not gift and (company := companion_gender(text)):  # "a date with my boyfriend": most likely hers
        gender = company  # (the partner's word had read as his)
    gender = gender or role_gender(text)  # "the groom's mother": hers
    gender = gender or ("men" if _WITH_A_TIE.search(text) else None)  # a suit and tie: his
    gender = gender or ("women" if _HER_FIGURE.search(text) else None)  # "I'm curvy": hers
    return gender, gender is not None and bool(_OWN_GENDER.search(text))
