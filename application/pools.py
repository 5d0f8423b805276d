"""Which catalogue products may fill an outfit's slot: the look's gender, style, season, audience
and weather (`matching.coherence.Look`), then what the user asked for — colours, patterns, the kind,
the brand — with the nearest style standing in, said so, when the look's own has too few."""

from __future__ import annotations

import itertools
from dataclasses import replace

from catalog import Catalog, Filters
from matching.coherence import Look
from vocabulary import SLOT_CATEGORIES, kind_words, slot_of

from .wish import Wish

ANY_SEASON = "any"  # a look's season that rules out no catalogue season (`Look.seasons_excluded`)
Pool = tuple[list[int], tuple[str, ...] | None]  # the ids, and the nearest style used (None: its own)


def pool(catalog: Catalog, slot: str, look: Look, per_slot: int = 3, wish: Wish | None = None) -> Pool:
    """The products that may fill `slot` for `look`: the look's own style, and when it has too few
    the few there are before a nearest style's (returned, so the answer can say so), or only the
    few when no nearest style has enough; never another gender, audience or clashing season (for
    shoes, bags and accessories the catalogue's season is a listing date: `Look.seasons_tried`),
    and only the colours and the kind asked for (a kind asked that the look's weather leaves out,
    as a jacket for a summer dress, of its season's pieces for any weather). A brand asked for
    ("nike shoes for it") keeps to that brand; of a whole look ("a nike outfit"), in the slots where
    it has enough. ([], None) when nothing fits."""
    wish = wish or Wish()
    if wish.brand and not wish.category:  # "a nike outfit": the brand's pieces where it has enough
        branded = pool(catalog, slot, look, per_slot, replace(wish, category=slot))  # the slot, strictly
        return (
            branded
            if len(branded[0]) >= per_slot
            else pool(catalog, slot, look, per_slot, replace(wish, brand=None))
        )
    categories, article_types, kind = SLOT_CATEGORIES[slot], None, False
    if wish.category and slot_of(wish.category) == slot and (wish.category != slot or wish.article):
        categories = frozenset({wish.category})  # "shirts": that kind; "tops", "상의": the whole slot
        article_types = wish.article_types()  # "sneakers": not sandals
        kind = True  # "shorts" for a date: asked, so not refused by its occasion
    not_kinds, not_types = wish.refused_kind(slot)  # "치마는 싫어", "no heels": the slot's others
    categories = categories - not_kinds or categories
    colours, not_colours = wish.colours(slot), wish.refused_colours()
    patterns, not_patterns = wish.patterns(slot)
    fewer: Pool = ([], None)
    own: list[int] = []  # the few of the look's own style, offered before a nearest style's
    kind_asked = bool(wish.category) and slot_of(wish.category or "") == slot  # "a coat", "shoes?"
    asked = bool(wish.style) and not kind_asked  # of a kind asked ("a coat" for an interview): any nearest
    dressy = bool({"formal", "party"} & set(look.styles))
    for rank, styles in enumerate(look.fallbacks(asked=asked, slot=slot)):
        for seasons, gender in itertools.product(look.seasons_tried(slot), look.genders()):
            filters = Filters(
                gender,
                styles or None,
                seasons,
                look.kids,
                look.climate_excluded,
                colours=colours,
                not_colours=not_colours,
                article_types=article_types,
                kind_words=kind_words(wish.article) if article_types is not None else (),
                not_article_types=not_types
                | (look.refused(slot) if article_types is None and not kind else frozenset()),
                patterns=patterns,
                not_patterns=not_patterns,
                brand=wish.brand or "",
                not_brand=wish.not_brand or "",
                not_detail=wish.not_detail or "",  # "no sleeveless tops", "nothing revealing": any slot's
                not_material=wish.not_material or "",  # "allergic to wool": any slot's
                material=(wish.material or "") if kind_asked else "",  # "a leather jacket for it": its
                beachwear=look.beachwear or article_types is not None,  # "flip flops" asked: those
            )
            ids = catalog.select(categories, filters)
            prefer = look.preferred(slot, pattern_asked=patterns is not None)
            if prefer and article_types is None:  # a sweater, not a tee; plain with a print
                refused = prefer.get("not_article_types", frozenset())  # with the kinds refused by name
                prefer = {**prefer, "not_article_types": filters.not_article_types | refused}  # type: ignore[operator]
                better = catalog.select(categories, replace(filters, **prefer))  # type: ignore[arg-type]
                if len(better) < per_slot and seasons and dict(look.prefers).get(slot):  # a beach's
                    listed = replace(filters, seasons_excluded=(), **prefer)  # sunglasses, listed "Winter"
                    better = catalog.select(categories, listed)  # type: ignore[arg-type]
                ids = better if len(better) >= per_slot else ids
            least = per_slot - len(own) if rank else per_slot  # (the few of its own style count)
            formal = "formal" in look.styles  # its closest casual: no sportswear (a formal look's: no jeans,
            sporty_out = rank and dressy or look.smart  # "치마 말고 바지로"), nor a smart-casual look's own
            ids = catalog.not_sporty(ids, least, formal) if sporty_out else ids  # (a date's Adidas slides)
            ids = ids if "sports" in look.styles else catalog.not_fan_merch(ids, least)  # no
            # Arsenal cap with a coat and a skirt (a team's kit is asked by name, or a sports look's)
            if len(ids) >= least:
                return (list(dict.fromkeys(own + ids)), styles) if rank else (ids, None)
            if ids and not rank and not own:
                own = ids
            if ids and not fewer[0]:
                fewer = ids, (styles if rank else None)
    asked = wish.category is not None and slot_of(wish.category) == slot
    if not fewer[0] and asked and look.climate_excluded:  # "a jacket?" for a summer dress: a light one
        return pool(catalog, slot, replace(look, climate=""), per_slot, wish)  # of the season's still
    if not fewer[0] and asked and not look.season:  # "add a jacket", the season unknown: any season's
        return pool(catalog, slot, replace(look, season=ANY_SEASON), per_slot, wish)
    return fewer  # fewer than asked for, of the nearest style that has any, rather than none
