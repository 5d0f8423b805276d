"""Prices as people type them, in won: "under 30,000 won", "5만원 이하", "30k-50k", "3~5만원", "5만원대",
"around 40k", "₩25,000", "1만5천원", "오만원 이하". `find_price` returns the band and the spans it read,
so the rest of the parser does not mistake "30k" for a word."""

from __future__ import annotations

import re
from dataclasses import dataclass

_NUMBER = r"(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"
_UNIT = r"(?:\s*(k(?![a-z])|천\s*원?|만\s*원?|won\b|krw\b|원))?"
_AMOUNT = rf"(?:₩\s*)?(?<![a-z])(?:(\d+)\s*만\s*(\d+)\s*천\s*원?|{_NUMBER}{_UNIT})"  # not "y2k"
_SCALE = {"k": 1000, "천": 1000, "만": 10_000}
MIN_PRICE = 1000  # below this a number is not a price in won ("under 5")
# Sino-Korean numbers before 만원 / 천원 ("오만원", "삼만원대", "백만원"); 원 is required: "이만" is
# "this much"
_KO_AMOUNT = re.compile(
    r"(?<![가-힣\d])(?<!\d\s)([일이삼사오육칠팔구십백]*)\s*(만|천)\s*원"
)  # "만원짜리": 10,000
_KO_DIGITS = {d: n for n, d in enumerate("일이삼사오육칠팔구", start=1)}


def _korean_number(words: str) -> int:
    """'오' 5, '십오' 15, '오십' 50, '백' 100, '이백오십' 250."""
    total, digit = 0, 0
    for ch in words:
        if ch in _KO_DIGITS:
            digit = _KO_DIGITS[ch]
        else:
            total += (digit or 1) * (10 if ch == "십" else 100)
            digit = 0
    return total + digit or 1  # "만원" alone: one


_BELOW = (
    r"under|below|less than|up to|upto|max(?:imum)?|no more than|not more than|within|cheaper than"
    r"|at most|budget(?: of| is)?|<"
)
_ABOVE = r"over|above|more than|at least|min(?:imum)?|from|starting at|>"
_BELOW_KO = r"이하|미만|까지|안쪽|이내|아래|밑으로|안으로"
_ABOVE_KO = r"이상|초과|넘는|넘게|부터"
_AROUND = r"around|about|approximately|roughly|~"
_AROUND_KO = r"정도|쯤|내외|전후|선"


@dataclass(frozen=True)
class Amount:
    value: int
    unit: str  # "", "k", "만", "천", "원" ... as typed
    start: int
    end: int


@dataclass(frozen=True)
class PriceBand:
    min_price: int | None
    max_price: int | None
    spans: tuple[tuple[int, int], ...]


def _amounts(text: str) -> list[Amount]:
    found = []
    for match in re.finditer(_AMOUNT, text):
        if match[1]:  # 1만5천
            value, unit = int(match[1]) * 10_000 + int(match[2]) * 1000, "만"
        else:
            number = float(match[3].replace(",", ""))
            unit = re.sub(r"\s|원", "", match[4] or "") or ("원" if match[4] else "")
            value = int(round(number * _SCALE.get(unit, 1)))
            if not unit and "₩" in match[0]:
                unit = "원"
        found.append(Amount(value, unit, match.start(), match.end()))
    for match in _KO_AMOUNT.finditer(text):  # "오만원 이하", "삼만원대"
        found.append(
            Amount(_korean_number(match[1]) * _SCALE[match[2]], match[2], match.start(), match.end())
        )
    return sorted(found, key=lambda amount: amount.start)


def _rescaled(amount: Amount, unit: str) -> int:
    """A bare first number of a range takes the second's unit: "30-50k", "3~5만원"."""
    if amount.unit or unit not in _SCALE:
        return amount.value
    return amount.value * _SCALE[unit]


def find_price(text: str) -> PriceBand:
    """The price band `text` asks for (None where a bound is not said)."""
    amounts = _amounts(text)
    low: int | None = None
    high: int | None = None
    spans: list[tuple[int, int]] = []
    used: set[int] = set()
    for i, first in enumerate(amounts):
        if i in used:
            continue
        if i + 1 < len(amounts):  # a range: "30k-50k", "between 3만 and 5만", "3만원에서 5만원"
            second = amounts[i + 1]
            between = text[first.end : second.start]
            if re.fullmatch(r"\s*(-|–|~|to|and|에서|부터|사이|~에서)\s*", between):
                a, b = _rescaled(first, second.unit), second.value
                if second.unit or first.unit or b >= MIN_PRICE:
                    low, high = min(a, b), max(a, b)
                    before = re.search(r"(between|from)\s*$", text[: first.start])
                    start = before.start() if before else first.start
                    after = re.match(r"\s*(사이|이내|정도)", text[second.end :])
                    spans.append((start, second.end + (after.end() if after else 0)))
                    used.update({i, i + 1})
                    continue
        before = text[max(0, first.start - 24) : first.start]
        after = text[first.end : first.end + 8]
        priced = bool(first.unit) or first.value >= MIN_PRICE
        if first.value < MIN_PRICE or not priced:
            continue
        if m := re.search(rf"({_BELOW})\s*$", before):
            high, start, end = first.value, first.start - len(before) + m.start(), first.end
        elif m := re.search(rf"({_ABOVE})\s*$", before):
            low, start, end = first.value, first.start - len(before) + m.start(), first.end
        elif m := re.match(rf"\s*({_BELOW_KO})", after):
            high, start, end = first.value, first.start, first.end + m.end()
        elif m := re.match(rf"\s*({_ABOVE_KO})", after):
            low, start, end = first.value, first.start, first.end + m.end()
        elif m := re.match(r"\s*대", after):  # 5만원대: 50,000 to 59,999; 10만원대: 100,000 to 199,999
            step = 1000 if first.unit in ("k", "천") else 10_000
            step *= 10 if first.value % (10 * step) == 0 else 1
            low, high, start, end = first.value, first.value + step - 1, first.start, first.end + m.end()
        elif (m := re.search(rf"({_AROUND})\s*$", before)) or re.match(rf"\s*({_AROUND_KO})", after):
            low, high = int(first.value * 0.8), int(first.value * 1.2)
            start = first.start - len(before) + m.start() if m else first.start
            tail = re.match(rf"\s*({_AROUND_KO})", after)
            end = first.end + (tail.end() if tail else 0)
        elif first.unit:  # "a 50,000 won dress", "5만원": a budget
            high, start, end = first.value, first.start, first.end
        else:
            continue
        spans.append((start, end))
    return PriceBand(low, high, tuple(spans))


_FOREIGN_MONEY = re.compile(
    r"[$€£¥]\s?\d|\d\s?(?:dollars?|usd|bucks|euros?|eur|pounds?|gbp|yen|달러|유로|엔)\b"
)


def in_another_currency(text: str) -> bool:
    """Whether a price is said in another currency ("under $50", "20유로 이하"): won only here."""
    return bool(_FOREIGN_MONEY.search(text))


_WHOLE = re.compile(
    r"\b(?:whole|entire|full)\s+(?:outfit|look|thing|lot)|\ball of (?:it|them)\b|\bit all\b|\beverything\b"
    r"|전부|전체|다\s*해서|다\s*합치면|합치면"
)
_WHOLE_LOOK = re.compile(r"\b(?:whole|entire|full)\s+(?:outfit|look)\b")
_PRICE_ASKED = re.compile(r"\bhow much\b|\bcosts?\b|\bprice\b|얼마|가격|총액|합계")


def whole_budget(text: str) -> bool:
    """Whether a price said is the whole look's: "a whole outfit under 100k" (the cue words say it too:
    "in total", "전체"; "everything under 50,000 won", "전부" are each piece's)."""
    return bool(_WHOLE_LOOK.search(text))


def look_priced(text: str, cues: set[str]) -> bool:
    """Whether the price of the whole look is asked: "how much is the whole outfit?", "how much is it
    all?", "what's the total?", "다 합치면 얼마?" (not each piece's, nor "전체 코디 더 싸게")."""
    whole = "total" in cues or _WHOLE.search(text)
    return bool(whole and (_PRICE_ASKED.search(text) or "whatis" in cues))
