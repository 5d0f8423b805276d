"""How long a trip is, in days: "for 3 days", "a 3-day trip", "2박 3일", "3일 동안", "a week",
"일주일", "the weekend" — what a capsule to pack is planned for."""

from __future__ import annotations

import re

MOST_DAYS = 14  # a longer trip packs like a fortnight's: the capsule does not grow with it
_NUMBERED = re.compile(
    r"\b(\d{1,3})[ -]?days?\b"  # "3 days", "a 3-day trip"
    r"|\d\s?박\s?(\d{1,2})\s?일"  # "2박 3일": three days
    r"|(?<!월)(?<!월 )\b(\d{1,2})\s?일\s?(?:간|동안|짜리|여행|일정)"  # "3일 동안", not "12월 1일"
)
_WEEK = re.compile(r"\b(?:a|one|for a) week\b|일주일|한 주")  # (not "next week": when, not how long)
_WEEKEND = re.compile(r"\bweekend\b|주말|\bovernight\b|1박")
_LONG_WEEKEND = re.compile(r"\blong weekend\b|연휴")


def trip_days(text: str) -> tuple[int | None, bool]:
    """(days, whether a number of days was said) in normalised text; (None, False) for none."""
    if found := _NUMBERED.search(text):
        days = int(next(g for g in found.groups() if g))
        return (min(days, MOST_DAYS), True) if days > 0 else (None, False)
    if _WEEK.search(text):
        return 7, False
    if _LONG_WEEKEND.search(text):
        return 3, False
    if _WEEKEND.search(text):
        return 2, False
    return None, False
