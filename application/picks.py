"""The stylist's pick among what is shown: "which one would you pick?" (the best ranked of each slot,
or the most versatile — plain, in a neutral colour), "#1 or #3?", "what's the difference between #1
and #3?" (the better ranked of one slot's alternatives, and what tells them apart), "why #2?" (its
reason and rank)."""

from __future__ import annotations

from understanding import Understood
from vocabulary import ARTICLE_KINDS, brand_of, cut_of, pattern_family

from .items import Item, Slot
from .replies import Reply
from .wish import TONES, Wish

PLAIN = pattern_family("solid")  # solid, or a name that names no pattern
EASY_SHOES = ARTICLE_KINDS["comfortable"][2]  # flat soles: sneakers, flats, sandals


def easy_to_wear(item: Item) -> bool:
    """A piece that goes with nearly anything: plain, in a neutral colour (black, white, navy …)."""
    product = item.product
    return product is not None and product.colour in TONES["neutral"] and product.pattern in PLAIN


def first_kind(replies: list[Reply]) -> str | None:
    """The kind of the first piece an answer offers beside its start ("skirt or trousers?": the one the
    stylist would pick): an article kind for shoes ("flats"), else its category; None for none."""
    items = [i for r in replies for s in r.slots if s.name != "anchor" for i in s.items if i.product]
    product = items[0].product if items else None
    if product is None or product.slot != "shoes":
        return product.category if product else None
    shoes = ("heels", "flats", "sneakers", "formal shoes", "sandals", "boots")
    return next((k for k in shoes if product.article_type in ARTICLE_KINDS[k][2]), "shoes")


def prefer_of(u: Understood) -> str | None:
    """What a pick prefers: the most versatile ("이 중에 제일 무난한 거?"), the most popular (no sales
    data: said so), or a style ("which of these is the most formal?"); None: the best ranked."""
    if "trends" in u.cues:  # "which one is the best seller?": no sales data here, so the best ranked
        return "popular"
    if "comfort" in u.cues and u.intent == "pick":  # "which is the most comfortable?", "제일 편한 거?"
        return "comfortable"
    return "versatile" if "versatile" in u.cues else u.style if u.intent == "pick" else None


def preferred(item: Item, prefer: str) -> bool:
    """Whether an item is what a pick prefers: "versatile" (easy to wear), "popular" (any: with no
    sales data, the best ranked is said as the stylist's own pick), "comfortable" (flat shoes, a roomy
    cut), else of that style."""
    if prefer == "popular":
        return True
    if prefer == "versatile":
        return easy_to_wear(item)
    product = item.product
    if prefer == "comfortable":  # flat soles; else a roomy cut, or everyday or sports wear
        if product is None or product.slot == "shoes":
            return product is not None and product.article_type in EASY_SHOES
        return cut_of(product.name) == "roomy" or product.usage in ("casual", "sports")
    return product is not None and product.usage == prefer


def why(slots: list[Slot], n: int, wish: Wish, mode: str) -> Reply:
    """'Why #2?': that item with its reason, and its rank among its slot's (the first is the best)."""
    numbered = [(slot.name, rank, item) for slot in slots for rank, item in enumerate(slot.items)]
    if not 1 <= n <= len(numbered):
        return Reply("no_such_number", {"n": n, "count": len(numbered)})
    name, rank, item = numbered[n - 1]
    values = {"n": n, "slot": name, "rank": rank, "wish": wish, "mode": mode}
    return Reply("why", values, slots=[Slot("similar", [item])])


def between(slots: list[Slot], among: tuple[int, ...]) -> Reply:
    """The stylist's choice among items numbered as shown: of one slot's alternatives the better
    ranked (each slot is ranked best first); items of different slots are not alternatives."""
    numbered = [(slot.name, rank, item) for slot in slots for rank, item in enumerate(slot.items)]
    count = len(numbered)
    if missing := [n for n in among if n > count]:
        return Reply("no_such_number", {"n": missing[0], "count": count})
    chosen = [numbered[n - 1] for n in among]
    if len({name for name, *_ in chosen}) > 1 or any(name == "anchor" for name, *_ in chosen):
        return Reply("pick_both", {"numbers": list(among)})  # a bag and shoes: both, not either
    best = min(range(len(among)), key=lambda i: chosen[i][1])
    values = {
        "numbers": [among[best]],
        "among": list(among),
        "compared": compared(among, [i for *_, i in chosen]),
    }
    return Reply("pick_between", values, slots=[Slot("similar", [chosen[best][2]])])


SEASON_OF = {"summer": "summer", "winter": "winter", "fall": "mild", "spring": "mild"}  # the catalogue's


def compared(numbers: tuple[int, ...], items: list[Item]) -> list[dict[str, object]]:
    """What tells the items weighed apart ("what's the difference between #1 and #3?"): each one's
    name, and its brand (from the name), pattern, style, season and price where they differ."""
    facts = [
        {
            "brand": brand_of(i.product.name) if i.product else None,
            "pattern": i.product.pattern if i.product else None,
            "usage": i.product.usage if i.product else None,
            "season": SEASON_OF.get((i.product.season or "").lower()) if i.product else None,
            "price": i.price,
        }
        for i in items
    ]
    differ = [key for key in facts[0] if len({str(f[key]) for f in facts}) > 1]
    return [
        {"n": n, "name": item.name, **{key: f[key] for key in differ}}
        for n, item, f in zip(numbers, items, facts, strict=True)
    ]
