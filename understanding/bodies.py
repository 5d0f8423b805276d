"""The build a message says the shopper has ("I'm petite", "키 작은데 어떤 바지가 좋아?", "통통한 여자
하객룩", "어깨가 넓어요") — one of `vocabulary.BUILDS`, the most telling first ("tall and skinny": slim)."""

from __future__ import annotations

import re

_SELF = r"(?:i'?m|i am)\s+(?:quite |very |a bit |rather |pretty |really )?"
_BUILDS = {  # in this order: "하체가 통통" is a pear, not curvy; "tall and skinny" is slim
    "maternity": re.compile(  # before curvy: "배가 나와서" of a pregnancy is not a figure
        r"\b(?:pregnant|maternity|expecting a baby|baby bump|mum to be|mom to be)\b|임신|임산부|만삭|임부복"
    ),
    "pear": re.compile(
        r"\b(?:wide|big|broad|wider) hips\b|\bpear[- ]shaped?\b|\b(?:thick|big) thighs\b"
        r"|하체\s?(?:비만|통통|가 통통|가 있|가 튼튼)|골반이 (?:넓|커)|허벅지가? (?:두꺼|두껍|굵)"
        r"|\b(?:thick|big|heavy|chunky) (?:legs|calves)\b|다리가? (?:두꺼|두껍|굵)|종아리가? (?:두꺼|두껍|굵)"
    ),
    "broad_shoulders": re.compile(
        r"\b(?:broad|wide)[- ]shoulder(?:s|ed)\b|어깨가? (?:넓|커|깡패)|어깨 넓은|상체가 (?:커|있|발달)"
    ),
    "curvy": re.compile(
        r"\b(?:curvy|chubby|plus[- ]size[d]?|overweight|heavy[- ]?set|big[- ]boned)\b"
        r"|\ba big (?:guy|girl|man|woman)\b"
        rf"|\b{_SELF}(?:fat|big|heavy|larger|full[- ]figured)\b"
        r"|통통|뚱뚱|살집|빅사이즈|체격이 (?:커|큰|있)|배가 나|배\s?나온|배\s?나와|뱃살|똥배|덩치가"
        r"|\b(?:beer|pot|big) bell(?:y|ies)\b|\bbig (?:stomach|tummy)\b|\bapple[- ](?:shaped?|body|figure)\b"
        r"|\bcover (?:my |the )?(?:belly|tummy)\b|살이?\s?(?:좀\s?|많이\s?)?쪘|살쪄"
        rf"|\b{_SELF}(?:\w+ ){{0,2}}(?:and|but) (?:a bit |quite |rather |pretty |very |a little )?"
        r"(?:heavy|chubby|big|fat|overweight)\b|\bbig (?:and|&) tall\b"  # "I'm 185cm and a bit heavy"
        r"|\b(?:look(?:ing)?|dress(?:ing)?|appear) (?:slimmer|thinner)\b|날씬해 보이|\bslimming\b"
        r"|\bhide (?:my |the )?(?:belly|tummy|stomach)\b|(?:배|뱃살|똥배)\s?(?:를|을)?\s?(?:가리|감추|커버)"
    ),
    "slim": re.compile(
        rf"\b{_SELF}(?:skinny|thin|slim|slender|lanky|underweight)\b|\b(?:and|but) (?:skinny|thin)\b"
        r"|\b(?:skinny|thin|slim) (?:guy|girl|man|woman|build|frame)\b|마른|말랐|말라서|말라요|마름|멸치"
    ),
    "petite": re.compile(
        r"\b(?:look(?:ing)?|dress(?:ing)?|appear) taller\b|(?:키가?|다리가?) (?:커|길어) 보이|키 커보이"
        rf"|\bpetite\b|\b{_SELF}(?:short|small|not (?:very )?tall)\b"
        r"|\bshort (?:guys?|girls?|m[ae]n|wom[ae]n|people)\b"
        r"|키가? 작|키작|작은 키|단신|\bshort legs\b|\blegs look longer\b|\blonger legs\b"
        r"|다리가? 짧|숏다리|다리가? 길어 보이|다리 길어보이"  # short legs: the petite's one long line
    ),
    "tall": re.compile(
        rf"\b{_SELF}tall\b|\btall (?:guys?|girls?|m[ae]n|wom[ae]n|people)\b|키가? 커|키가? 큰|키큰|장신"
    ),
}


def build_said(text: str) -> str | None:
    """The build a normalised message says, None when it says none."""
    return next((name for name, words in _BUILDS.items() if words.search(text)), None)
