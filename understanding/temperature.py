"""The day's temperature a message names: "12도인데 뭐 입지?", "영하 5도", "it's 30 degrees", "50°F",
"-5" alone (in °C; what Korean weather guides dress by)."""

from __future__ import annotations

import re

_DEGREES = re.compile(
    r"(영하\s*|minus\s*|-)?(?<![\d.])(\d{1,2})\s*"
    r"(?:(도)(?!\s*(?:록|움|착))|°\s*(f)|°\s*c?|℃|(?:degrees?|deg)\b(?:\s*(?:c\b|celsius|(fahrenheit|f\b)))?)"
)


_BELOW_ZERO = re.compile(r"(?:^|\s)(?:-|minus\s*)(\d{1,2})(?![\d.,%])")  # "warm enough for -5?": °C


def temperature(text: str) -> int | None:
    """The temperature in whole °C, None when none is named (or it is out of any weather's range)."""
    found = _DEGREES.search(text)
    if found is None:
        below = _BELOW_ZERO.search(text)
        return -int(below[1]) if below else None
    below, number, _, fahrenheit, fahrenheit_word = found.groups()
    degrees = -int(number) if below else int(number)
    if fahrenheit or fahrenheit_word:
        degrees = round((degrees - 32) * 5 / 9)
    return degrees if -30 <= degrees <= 45 else None
