"""A whole look's price in words ("how much is the whole outfit?"): its pieces by their numbers, each
with its link and price, added up, and set against the budget told (`Answers.look_price`)."""

from __future__ import annotations

from html import escape
from typing import Any

from .texts import bilingual, clip

# fmt: off
WORDS: dict[str, tuple[str, str]] = {
    "total": (
        "The look as shown ({numbers}) comes to <b>₩{total:,}</b>:",
        "보여드린 코디({numbers}번)는 모두 합쳐 <b>{total:,}원</b>이에요:",
    ),
    "partly": (
        "The pieces with a price ({numbers}) come to <b>₩{total:,}</b>; the others' prices are on "
        "their pages:",
        "가격을 아는 아이템({numbers}번)만 합치면 <b>{total:,}원</b>이에요. 나머지는 링크에서 가격을 "
        "확인해 주세요:",
    ),
    "unpriced": (
        "I can't see live prices here (Naver Shopping isn't connected), so no total — each piece's link "
        "shows its price:",
        "여기서는 실시간 가격을 볼 수 없어서(네이버 쇼핑 미연결) 합계를 드릴 수 없어요. 아이템별 링크에서 "
        "가격을 확인해 주세요:",
    ),
    "own": ("Your own piece isn't counted.", "가지고 계신 옷은 빼고 계산했어요."),
    "within": ("That's within your ₩{budget:,}.", "예산 {budget:,}원 안이에요."),
    "over": (
        "That's ₩{over:,} over your ₩{budget:,} — say “a cheaper bag” (or shoes, …) to swap one piece.",
        "예산 {budget:,}원보다 {over:,}원 넘어요. “더 싼 가방”처럼 말씀하시면 하나를 바꿔 드릴게요.",
    ),
}
# fmt: on


def look_price_text(values: dict[str, Any], language: str) -> str:
    """'The look as shown (1, 2, 5 and 8) comes to ₩123,000:' and the pieces, one line each."""
    pieces = values["pieces"]
    priced = [piece for piece in pieces if piece["price"]]
    numbers = _numbers([piece["n"] for piece in priced], language)
    key = "unpriced" if not priced else "total" if len(priced) == len(pieces) else "partly"
    lines = [bilingual(WORDS[key], language, numbers=numbers, total=values["total"])]
    for piece in pieces:
        name = escape(clip(piece["name"], 80))
        named = f'<a href="{escape(piece["link"], quote=True)}">{name}</a>' if piece.get("link") else name
        lines.append(f"{piece['n']}. {named}" + (f" · ₩{piece['price']:,}" if piece["price"] else ""))
    notes = [bilingual(WORDS["own"], language)] if values["own"] else []
    if priced and values["budget"]:
        over = values["total"] - values["budget"]
        said = "over" if over > 0 else "within"
        notes.append(bilingual(WORDS[said], language, budget=values["budget"], over=over))
    return "\n".join(lines + ([""] + notes if notes else []))


def _numbers(numbers: list[int], language: str) -> str:
    """'1, 2, 5 and 8'; in Korean '1, 2, 5, 8'."""
    names = [str(n) for n in numbers]
    if language == "ko" or len(names) < 2:
        return ", ".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]
