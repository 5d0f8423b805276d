"""Which item of the last answer a message points at ("#2", "the second one", "3번", "두 번째 거"), and
whether it is refused ("not #3", "3번 말고"); the negations that tell, shared with the lexicon's terms."""

from __future__ import annotations

import re

NEGATIONS_EN = (  # "not red", "I don't have brown shoes" (the look without them), "nothing pink"
    "not", "no", "without", "skip", "leave out", "except", "but not", "anything but", "don't want",
    "dont want", "don't wanna", "do not want", "don't have", "dont have", "do not have", "don't own",
    "dont own", "don't like", "dont like", "do not like", "dislike", "hate", "less", "instead of",
    "other than", "rather than", "not a fan of", "skip", "nothing", "non", "don't need", "dont need",
    "do not need", "no need for", "isn't", "isnt", "is not", "aren't", "are not", "wasn't", "don't", "dont",
    "do not", "never", "can't", "cant", "cannot", "won't", "wont", "allergic to",
)  # fmt: skip
NEGATIONS_KO = (  # "빨간색 말고", "치마는 싫어", "가방은 필요 없어"
    "말고", "빼고", "빼줘", "빼 줘", "빼주세요", "빼 주세요", "아닌", "아니고", "제외", "없이", "싫어",
    "별로", "싫", "안 어울", "안 받", "필요 없", "필요없", "안 필요", "없어도 돼", "아니야", "아니에요",
    "아니라", "싶지 않", "안 입", "안 신", "못 입", "못 신", "입지 않", "신지 않", "잘 안 입", "잘 안 신",
)  # fmt: skip

_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "last": -1}
_ORDINALS_KO = {"첫": 1, "두": 2, "세": 3, "네": 4, "다섯": 5, "여섯": 6}
# "the second one", "the last", "first one" — not "my first date" or "the last day of school"
_ORDINAL_WORDS = "(first|second|third|fourth|fifth|sixth|last)"
_ORDINAL = (
    rf"(?:(?<=\bthe )|(?<=\bthat )){_ORDINAL_WORDS}\b(?! (?:date|day|time|week|job))(?: one)?"
    rf"|\b{_ORDINAL_WORDS} one\b"
)
NEGATION_BEFORE = re.compile(  # (not asked of the shop: "do you not have red?", "you don't have it in red?")
    r"(?:^|(?<!\byou)[^a-z])(?:"
    + "|".join(re.escape(n) for n in NEGATIONS_EN)
    + r")(?:\s+(?:to\s+)?(?:wear|have|buy|get|put on|see|show me|give me|recommend|suggest|want))?"
    r"(?:\s+(?:in|a|the|any|anything|more|so|for(?:\s+(?:a|an|the|my))?))?\s*$"  # "not for work"
)
NEGATION_AFTER = re.compile(  # "빨간색 말고", "빨간색은 나한테 안 어울려", "red is not my colour"
    r"^\s*(?:색|색깔|컬러|거|건|것|룩)?\s*(?:은|는|이|가|을|를|으로|로)?\s*(?:(?:나|저|내)(?:한테|랑|에게|게)\s*)?"
    r"(?:(?:입기|신기|입는\s?(?:건|게)|신는\s?(?:건|게)|입고|신고)\s*)?"  # "정장은 입기 싫어"
    r"(?:" + "|".join(NEGATIONS_KO) + ")"
    r"|^\s+(?:is|are)(?:n't|\s+not)\s+(?:my|for me)\b"
    r"|^\s+(?:doesn't|does not|don't|do not)\s+(?:suit\s+)?me\b"  # "doesn't suit me": "suit" is blanked
    r"|^\s+(?:is|looks?)\s+(?:so\s+|really\s+|a bit\s+|kind of\s+)?(?:ugly|awful|hideous|meh|weird)\b"
    r"|^\s+(?:isn't|is not|doesn't look)\s+(?:nice|great|good|my style|it)\b"  # "#5 is ugly": refused
)


_PATTERNS = (
    r"#\s*(\d{1,2})\b",
    r"\b(?:number|no\.|item|option)\s*(\d{1,2})\b",
    r"(\d{1,2})\s*번(?:째)?",
    _ORDINAL,
    r"(첫|두|세|네|다섯|여섯)\s*번째",
)
# "#1 or #3?", "compare 2 and 4", "1번이랑 3번 중에", "1번 아니면 3번": a choice between those shown
_BETWEEN = re.compile(
    r"\bor\b|\bvs\.?|\bversus\b|\bcompare|\bbetween\b|\bbetter\b|\bdiffer|중에|중\s|아니면|비교|나아|나을까|낫지"
    r"|차이|뭐가 달라|다른 점"
)


def _numbers(text: str) -> list[tuple[int, bool, tuple[int, int]]]:
    """Every item number the text names, in order: (number, refused, span)."""
    found = []
    for pattern in _PATTERNS:
        for match in re.finditer(pattern, text):
            word = next(group for group in match.groups() if group)
            number = int(word) if word.isdigit() else _ORDINALS.get(word) or _ORDINALS_KO.get(word)
            negated = bool(NEGATION_BEFORE.search(text[: match.start()])) or bool(
                NEGATION_AFTER.match(text[match.end() :])
            )
            found.append((number, negated, match.span()))
    return sorted(found, key=lambda f: f[2])


def references(text: str) -> tuple[int | None, int | None, list[tuple[int, int]]]:
    """(item number asked for, item number refused, spans): "#2", "no. 2", "2번", "the second one"."""
    ref = not_ref = None
    found = _numbers(text)
    for number, negated, _ in found:
        if negated:
            not_ref = number
        else:
            ref = number
    return ref, not_ref, [span for *_, span in found]


def choice(text: str) -> tuple[int, ...]:
    """The items a shopper weighs against each other: "which is better, #1 or #3?", "compare 2 and
    4", "1번이랑 3번 중에 뭐가 나아?" — two or more numbers and a word of choosing; () otherwise."""
    numbers = tuple(dict.fromkeys(n for n, negated, _ in _numbers(text) if not negated and n and n > 0))
    if len(numbers) < 2 and re.search(r"\bcompare\b|\bbetween\b", text):  # "compare 2 and 4"
        numbers = tuple(dict.fromkeys(int(n) for n in re.findall(r"\b([1-9]|1\d)\b", text)))
    return numbers if len(numbers) >= 2 and _BETWEEN.search(text) else ()
