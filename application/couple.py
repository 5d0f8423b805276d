"""A couple look ("커플룩 추천", "matching outfits for me and my girlfriend", "시밀러룩"): her outfit and
his, planned together rather than identical — a top of one shared colour for each (the colour asked
for, else the first of the calm colours both have tops in), then bottoms and shoes that go with it by
the outfit rules (`matching.together.pair_fit`), his leaning to the colours of hers."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from catalog import CatalogItem
from understanding import Understood
from understanding.lexicon import NEUTRAL_COLOURS

from .ask import Ask
from .capsule import POOL, SLOTS, as_piece, choose
from .items import Offering, Slot, once_per_name
from .reasons import Reason
from .recommend import Recommend
from .search import Search
from .wish import Wish

COUPLE = "couple"  # the article of "a couple look": her outfit and his
SHARED = ("white", "navy", "black", "beige", "blue", "grey", "pink", "khaki")  # a shared top's, in turn


def couple_wish(wish: Wish, u: Understood, season: str) -> Wish:
    """The filters of a couple look a message asks for: what it names (not whose: it is for both),
    for the season said or the month's."""
    wish = replace(wish.fresh(u), gender=None, kids=None)
    return replace(wish, article=COUPLE, season=wish.season or season)


def _shared_colour(search: Search, ask: Ask) -> str | None:
    """The colour both tops are in: the one asked for, else the first of `SHARED` both genders have
    that the looks shown before were not in ("🔄 Show others": a couple look in another colour) — of
    the tone asked first, neutrals last ("more colourful": red; "in pastels": pink, not white)."""
    items = search.catalog.items
    shown = {items[i].colour for i in ask.exclude if i in items and items[i].category in SLOTS["top"]}
    fresh = [c for c in SHARED if c not in shown] + [c for c in SHARED if c in shown]
    toned = ask.wish.colours("top") or ()  # "more colourful", "in pastels": a colour of that tone first,
    fresh = sorted(toned, key=lambda c: (c in NEUTRAL_COLOURS, c in shown)) + fresh  # pink before white
    for colour in (ask.wish.colour,) if ask.wish.colour else fresh:
        asks = [replace(ask, wish=replace(ask.wish, gender=g, colour=colour)) for g in ("women", "men")]
        if all(search.select(a, SLOTS["top"]) for a in asks):
            return colour
    return None


def _outfit(search: Search, ask: Ask, colour: str, hers: list[CatalogItem]) -> list[CatalogItem]:
    """One partner's top in `colour`, then a bottom and shoes that go with it (and with each other),
    and for winter a layer over it, leaning to the colours of `hers` (for him)."""
    top_ask = replace(ask, wish=replace(ask.wish, colour=colour))
    climate = "cold" if ask.wish.season == "winter" else ""  # a winter's tops: knits, sweatshirts
    ids = search.select(top_ask, SLOTS["top"], climate=climate) or search.select(top_ask, SLOTS["top"])
    tops = search.typical(ids, 1, ask.exclude)
    if not tops:
        return []
    chosen, packed = [tops[0]], [as_piece(tops[0], "top")]
    plain = replace(ask, wish=replace(ask.wish, colour=None))
    for slot in ("bottom", "shoes", *(("outerwear",) if climate else ())):  # a winter's coat too
        pool = once_per_name(search.typical(search.select(plain, SLOTS[slot]), POOL, ask.exclude))
        theirs = {p.colour for p in hers if p.category in SLOTS[slot]}
        lean = [p for p in pool if p.colour in theirs]  # hers' colours first: both in blue jeans
        picks = choose(lean or pool, slot, 1, packed)
        if picks:
            chosen.append(picks[0])
            packed.append(as_piece(picks[0], slot))
    return chosen


async def couple(search: Search, recommend: Recommend, ask: Ask) -> tuple[list[Slot], dict[str, Any]]:
    """Her outfit and his as two slots of products as offered, and the shared colour for the title."""
    colour = _shared_colour(search, ask)
    if colour is None:
        return [], {}
    hers = _outfit(search, replace(ask, wish=replace(ask.wish, gender="women")), colour, [])
    his = _outfit(search, replace(ask, wish=replace(ask.wish, gender="men")), colour, hers)
    reason = Reason(style=ask.wish.style, asked=bool(ask.wish.style))
    groups = [[Offering(p, 1.0, reason)] for p in hers + his]
    found = await recommend.offer(groups, 1, ask.wish)
    items = [group[0] for group in found if group]
    her_items = [i for i in items if i.product in hers]
    his_items = [i for i in items if i.product in his]
    slots = [Slot(name, its) for name, its in (("her", her_items), ("his", his_items)) if its]
    return slots, {"colour": colour}


__all__ = ["COUPLE", "couple", "couple_wish"]
