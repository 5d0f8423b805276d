"""Personal colour ("퍼스널 컬러"): the four seasonal types Korean shoppers name themselves by — spring
warm, summer cool, autumn warm, winter cool — with their Korean names, the palette colours each suits
and those it is best kept away from the face in, on Stylist's 16-colour palette; and the eye and hair
colours people name instead ("what suits blue eyes?", "I have red hair"), with the colours that bring
each out and those that fight it, by the stylists' rules of contrast and echo."""

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


# an eye or hair colour: the colours that bring it out (its opposite or an echo), and those that fight it
FEATURES: dict[str, Palette] = {
    "blue_eyes": Palette(  # copper and rust opposite blue make it brighter; navy and blue echo it
        "blue eyes", "파란 눈", ("orange", "brown", "navy", "blue", "burgundy"), (),
    ),
    "green_eyes": Palette(  # the reds opposite green: plum, wine, rose; warm browns
        "green eyes", "초록 눈", ("purple", "burgundy", "pink", "brown", "khaki"), ("green",),
    ),
    "brown_eyes": Palette(  # most colours work; blues and greens bring out their warmth
        "brown eyes", "갈색 눈", ("blue", "green", "navy", "purple", "beige"), (),
    ),
    "hazel_eyes": Palette(  # the green and gold in them: olive, plum, warm brown
        "hazel eyes", "헤이즐 눈", ("green", "khaki", "purple", "brown", "burgundy"), (),
    ),
    "grey_eyes": Palette(  # cool and deep: charcoal, navy, plum, black
        "grey eyes", "회색 눈", ("grey", "navy", "purple", "black", "blue"), ("orange", "yellow"),
    ),
    "red_hair": Palette(  # greens and blues opposite red; cream and camel with it
        "red hair", "빨간 머리", ("green", "navy", "blue", "beige", "khaki", "brown"),
        ("red", "orange", "pink"),
    ),
    "blonde_hair": Palette(  # soft blues, rose, navy; yellows and beiges melt into it
        "blonde hair", "금발", ("blue", "navy", "pink", "purple", "grey"), ("yellow", "beige"),
    ),
    "black_hair": Palette(  # contrast: white, jewel tones, black, red
        "black hair", "흑발", ("white", "red", "blue", "black", "burgundy", "purple"), ("brown", "khaki"),
    ),
    "brown_hair": Palette(  # warm and rich: olive, wine, cream, blue
        "brown hair", "갈색 머리", ("green", "burgundy", "beige", "blue", "navy"), (),
    ),
    "grey_hair": Palette(  # clear, cool colours; grey and beige wash it out
        "grey hair", "흰머리", ("navy", "pink", "burgundy", "blue", "black", "purple"),
        ("grey", "beige", "yellow"),
    ),
}  # fmt: skip
