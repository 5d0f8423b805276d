"""The price bands a shopper picks from (`/settings`, won): under 30,000, 30,000–70,000,
70,000–150,000, any — the lowest also what "a cheap outfit", "저렴한 데이트룩" ask of each piece."""

from __future__ import annotations

PRICE_BANDS: tuple[tuple[int | None, int | None], ...] = (
    (None, 30_000),
    (30_000, 70_000),
    (70_000, 150_000),
    (None, None),
)
CHEAP = PRICE_BANDS[0][1]  # "cheap", "affordable", "가성비" said of a whole look: each piece under it
