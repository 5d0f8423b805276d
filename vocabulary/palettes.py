"""Personal colour ("퍼스널 컬러"): the four seasonal types Korean shoppers name themselves by — spring
warm, summer cool, autumn warm, winter cool — with their Korean names, the palette colours each suits
and those it is best kept away from the face in, on Stylist's 16-colour palette."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Palette:
    english: str
    korean: str
    suits: tuple[str, ...]  # the palette colours it suits, the most telling first
    avoid: tuple[str, ...]  # those it is best kept away from the face in


PALETTES: dict[str, Palette] = {
    "spring_warm": Palette(  # light, clear and warm: ivory, peach, coral, warm yellow, light green
        "spring warm", "봄 웜톤", ("beige", "yellow", "orange", "pink", "green", "white"),
        ("black", "grey", "burgundy", "navy"),
    ),
    "summer_cool": Palette(  # light, soft and cool: powder blue, lavender, rose pink, soft navy
        "summer cool", "여름 쿨톤", ("blue", "purple", "pink", "grey", "white", "navy"),
        ("orange", "yellow", "brown", "khaki"),
    ),
    "autumn_warm": Palette(  # deep, muted and warm: camel, olive, terracotta, mustard, wine
        "autumn warm", "가을 웜톤", ("brown", "khaki", "beige", "burgundy", "orange", "green", "yellow"),
        ("grey", "pink", "purple", "navy"),
    ),
    "winter_cool": Palette(  # vivid and cool, high contrast: black and white, navy, royal blue, red
        "winter cool", "겨울 쿨톤", ("black", "white", "navy", "red", "blue", "purple", "burgundy"),
        ("beige", "orange", "brown", "yellow", "khaki"),
    ),
}  # fmt: skip
