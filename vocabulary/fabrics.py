"""When and for what each fabric a shopper names is worn (the labels of `care.MATERIALS`): the
seasons it suits and the styles it can be dressed to — what "is linen ok for a wedding?", "is wool
too warm for summer?", "린넨 결혼식에 괜찮아?" are judged by (the words said are the bot's)."""

from __future__ import annotations

from dataclasses import dataclass

ALL_YEAR = ("summer", "mild", "winter")


@dataclass(frozen=True)
class Fabric:
    seasons: tuple[str, ...]  # `wear.season_in`'s seasons it is worn in
    styles: tuple[str, ...]  # the usages (`labels.USAGES`) it dresses to


FABRICS: dict[str, Fabric] = {
    "linen": Fabric(("summer", "mild"), ("casual", "formal", "party", "ethnic")),  # a summer suit
    "cotton": Fabric(ALL_YEAR, ("casual", "formal", "sports", "party", "ethnic")),
    "silk": Fabric(ALL_YEAR, ("formal", "party", "ethnic", "casual")),
    "synthetic": Fabric(ALL_YEAR, ("casual", "formal", "sports", "party", "ethnic")),
    "denim": Fabric(ALL_YEAR, ("casual", "party")),  # not with a suit, not for a run
    "wool": Fabric(("mild", "winter"), ("formal", "casual", "party")),
    "cashmere": Fabric(("mild", "winter"), ("casual", "formal", "party")),
    "leather": Fabric(ALL_YEAR, ("casual", "formal", "party")),  # a jacket in spring, shoes all year
    "suede": Fabric(("mild", "winter"), ("casual", "formal", "party")),
    "down": Fabric(("winter",), ("casual", "sports")),  # a wool coat over a suit
    "fleece": Fabric(("mild", "winter"), ("casual", "sports")),
}
# the fabrics named instead, most suggested first, by season
INSTEAD = {
    "summer": ("linen", "cotton", "silk"),
    "mild": ("cotton", "wool", "denim", "leather"),
    "winter": ("wool", "cashmere", "down", "fleece"),
    None: ("cotton", "wool", "linen"),
}


def fabric_fits(material: str, season: str | None, style: str | None) -> tuple[str | None, tuple[str, ...]]:
    """What stops `material` being worn in `season` for `style` ("season", "style", None when it suits
    them or is not known), and up to two fabrics that suit both instead."""
    fabric = FABRICS.get(material)
    if fabric is None:
        return None, ()
    off = "season" if season and season not in fabric.seasons else None
    off = off or ("style" if style and style not in fabric.styles else None)
    if off is None:
        return None, ()
    order = ("synthetic", *INSTEAD[season]) if style == "sports" else INSTEAD[season]  # a run: polyester
    suits = [
        name
        for name in dict.fromkeys(order)
        if name != material
        and (not season or season in FABRICS[name].seasons)
        and (not style or style in FABRICS[name].styles)
    ]
    return off, tuple(suits[:2])
