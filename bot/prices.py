"""A whole look's price in words ("how much is the whole outfit?"): its pieces by their numbers, each
with its link and price, added up, and set against the budget told (`application.look_price`)."""

from __future__ import annotations

from html import escape
from typing import Any

from .texts import bilingual, clip

# fmt: off
WORDS: dict[str, tuple[str, str]] = {
    "total": ("The whole look comes to <b>₩{total:,}</b>:", "코디 전체는 합쳐서 <b>{total:,}원</b>이에요:"),
    "partly": (
        "The pieces with a price come to <b>₩{total:,}</b>; the others' prices are on their pages:",
        "가격을 아는 아이템만 합치면 <b>{total:,}원</b>이에요. 나머지는 링크에서 가격을 확인해 주세요:",
    ),
    "before": ("shown before", "앞서 보여 드린 것"),
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
    """'The whole look comes to ₩123,000:' and its pieces, one line each: by their numbers in view, and
    a kind no longer in view as shown before."""
    pieces = values["pieces"]
    priced = [piece for piece in pieces if piece["price"]]
    key = "unpriced" if not priced else "total" if len(priced) == len(pieces) else "partly"
    lines = [bilingual(WORDS[key], language, total=values["total"])]
    for piece in pieces:
        name = escape(clip(piece["name"], 80))
        named = f'<a href="{escape(piece["link"], quote=True)}">{name}</a>' if piece.get("link") else name
        price = f" · ₩{piece['price']:,}" if piece["price"] else ""
        if piece["n"] is None:  # "신발은 운동화로" showed shoes alone: the trousers of the answer before
            lines.append(f"• {named}{price} <i>({bilingual(WORDS['before'], language)})</i>")
        else:
            lines.append(f"{piece['n']}. {named}{price}")
    notes = [bilingual(WORDS["own"], language)] if values["own"] else []
    if priced and values["budget"]:
        over = values["total"] - values["budget"]
        said = "over" if over > 0 else "within"
        notes.append(bilingual(WORDS[said], language, budget=values["budget"], over=over))
    return "\n".join(lines + ([""] + notes if notes else []))
