"""Coherence as constraints, on the small real catalogue: whatever is nearest, a look's pieces keep
its gender, style, season and audience; nothing is offered twice."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import Any

import pytest
from sqlalchemy import select, update

from application import Stylist
from application.looks import look_of
from application.opinion import judge, judge_pair
from application.recommend import Recommend
from application.wish import Wish
from catalog import Catalog, CatalogItem
from catalog.view import Filters
from matching.coherence import LISTING_SEASON_SLOTS, Look, season_of
from storage import Analysis as AnalysisRow
from tests.conftest import clothing_photos
from understanding.occasions import occasion_named
from vocabulary import COLD_WEATHER, HANDBAGS, SLOT_CATEGORIES, WARM_WEATHER

WEATHER = COLD_WEATHER | WARM_WEATHER  # pieces for one weather only


async def _stored(stylist: Stylist, label: str = "Shirt", user_id: int = 11, **look: Any) -> int:
    """A real photo analysed and stored, then told what look it is (as the model might say)."""
    stored = await stylist.analyse.analyze(
        clothing_photos(label)[0].read_bytes(), source="t", user_id=user_id
    )
    if look:
        async with stylist.sessions() as session, session.begin():
            await session.execute(update(AnalysisRow).where(AnalysisRow.id == stored.id).values(**look))
    return stored.id


def _items(slots: list[Any]) -> list[Any]:
    return [item.product for slot in slots for item in slot.items]


async def test_a_formal_look_never_gets_sports_pieces(stylist: Stylist) -> None:
    analysis_id = await _stored(stylist, style="formal", style_confidence=0.9, gender="men")
    slots = await stylist.recommend.outfit(analysis_id, 11)
    assert slots
    for slot in slots:
        for item in slot.items:
            assert item.product.usage != "sports"
            assert item.product.usage == "formal" or slot.fallback_style in ("party", "casual")


async def test_a_formal_shirts_look_has_a_jacket_of_its_style(stylist: Stylist) -> None:
    """A formal shirt's outfit: trousers, shoes and a formal jacket (an interview's blazer), not the
    accessories the learned slots would give; a casual shirt's has none unless it is cold."""
    formal = await _stored(stylist, style="formal", style_confidence=0.9, gender="men", season="Summer")
    slots = await stylist.recommend.outfit(formal, 11)
    jackets = [item.product for slot in slots if slot.name == "outerwear" for item in slot.items]
    assert jackets and all(p.usage == "formal" and p.gender in ("men", "unisex") for p in jackets)
    casual = await _stored(stylist, style="casual", style_confidence=0.9, gender="men", season="Summer")
    assert "outerwear" not in {slot.name for slot in await stylist.recommend.outfit(casual, 11)}


async def test_a_sports_look_keeps_to_sports_where_the_catalogue_has_it(stylist: Stylist) -> None:
    analysis_id = await _stored(stylist, "T-Shirt", style="sports", style_confidence=0.9, gender="men")
    slots = await stylist.recommend.outfit(analysis_id, 11)
    assert slots
    for slot in slots:
        expected = {"sports"} if slot.fallback_style is None else {"sports", "casual"}
        assert {item.product.usage for item in slot.items} <= expected
        assert "formal" not in {item.product.usage for item in slot.items}


async def test_a_winter_garment_never_gets_summer_pieces(stylist: Stylist) -> None:
    """No garment of the other season; shoes, bags and accessories (whose catalogue season is a
    listing date) only when the look's style has nothing else (`test_the_style_outranks_...`)."""
    analysis_id = await _stored(stylist, "Outwear", season="winter", style_confidence=0.9)
    slots = await stylist.recommend.outfit(analysis_id, 11)
    assert _items(slots)
    for slot in slots:
        if slot.name not in LISTING_SEASON_SLOTS:
            assert all(item.product.season != "Summer" for item in slot.items)
    summer = await _stored(stylist, "Shorts", season="summer", style_confidence=0.9)
    slots = await stylist.recommend.outfit(summer, 11)
    assert _items(slots)
    for slot in slots:
        if slot.name not in LISTING_SEASON_SLOTS:
            assert all(item.product.season != "Winter" for item in slot.items)


def test_the_style_outranks_a_listing_season_for_shoes_only() -> None:
    """A summer kurta gets the catalogue's ethnic flats, all listed "Winter", before casual flip
    flops; never a winter garment, never a warm-weather shoe with a coat."""
    from application.recommend import Recommend
    from catalog import Catalog, CatalogItem

    def item(i: int, category: str, usage: str, season: str, article_type: str) -> CatalogItem:
        name = f"{usage} {article_type} {i}"
        return CatalogItem(
            i, name, category, None, None, usage, "women", 0, 100, None, "", season, False, article_type
        )

    catalog = Catalog(
        [item(i, "shoes", "ethnic", "Winter", "Flats") for i in range(1, 5)]
        + [item(i, "shoes", "casual", "Summer", "Flip Flops") for i in range(5, 9)]
        + [item(i, "pants", "ethnic", "Winter", "Salwar") for i in range(9, 13)]
        + [item(i, "pants", "casual", "Summer", "Trousers") for i in range(13, 17)]
    )
    recommend = Recommend(None, None, catalog, None, None)  # type: ignore[arg-type]
    kurta = Look("women", ("ethnic",), "summer")
    assert kurta.seasons_tried("shoes") == [("Winter",), ()] and kurta.seasons_tried("bottom") == [
        ("Winter",)
    ]
    ids, fallback = recommend.pool("shoes", kurta)
    assert sorted(ids) == [1, 2, 3, 4] and fallback is None  # ethnic flats, not a fallback style
    ids, fallback = recommend.pool("bottom", kurta)
    assert sorted(ids) == [13, 14, 15, 16] and fallback == ("casual",)  # no winter salwar in summer
    casual = Look("women", ("casual",), "summer")
    assert sorted(recommend.pool("shoes", casual)[0]) == [5, 6, 7, 8]  # its own style fits the season
    coat = Look("women", ("casual",), "winter", climate="cold")
    assert recommend.pool("shoes", coat) == ([], None)  # summer flip flops: neither season nor weather


async def test_a_coat_asked_for_a_formal_look_for_the_cold_is_the_closest_style(stylist: Stylist) -> None:
    """The small catalogue's men's formal outerwear is a few blazers (listed "Summer", worn the year
    round): 'what about a coat?' of a formal look for the cold (a long-sleeved top) gets them first,
    then the nearest style's when too few, said so; its layer, not asked, is only ever of its own
    style."""
    from application.ask import Ask

    analysis_id = await _stored(
        stylist, category="longsleeve", style="formal", style_confidence=0.9, gender="men", season=""
    )
    ask = Ask(Wish(category="outerwear", style="formal", gender="men"))
    (slot,) = await stylist.recommend.outfit(analysis_id, 11, ask=ask)
    assert slot.name == "outerwear" and slot.fallback_style in (None, "casual") and slot.items
    usages = [i.product.usage for i in slot.items]  # its own style's few (blazers) first
    assert all(i.product.gender == "men" for i in slot.items) and usages[0] == "formal"
    assert usages == sorted(usages, key=lambda usage: usage != "formal")
    assert (slot.fallback_style == "casual") == ("casual" in usages)  # the closest style's said so
    whole = await stylist.recommend.outfit(analysis_id, 11, ask=Ask(Wish(style="formal", gender="men")))
    layers = [i.product for s in whole if s.name == "outerwear" for i in s.items]
    assert all(p.usage == "formal" for p in layers)  # not asked: no layer of another style


def test_a_womans_formal_shoes_are_heels_and_flats_and_a_kind_refused_is_left_out() -> None:
    """'여자 구두', "women's dress shoes": heels and flats (the catalogue's "Formal Shoes" are men's:
    it was nothing); '굽 낮은 걸로' is flats."""
    from application.ask import Ask
    from application.search import Search
    from understanding import parse

    products = [_product(1, "shoes", "Formal Shoes"), _product(2, "shoes", "Sports Shoes", gender="women")]
    products += [_product(3, "shoes", "Heels", gender="women"), _product(4, "shoes", "Flats", gender="women")]
    search = Search(None, Catalog(products), None)  # type: ignore[arg-type]
    asked = parse("여자 구두 보여줘")
    wish = Wish(category=asked.category, article=asked.article, gender=asked.gender)
    assert sorted(search.select(Ask(wish))) == [3, 4]
    assert sorted(search.select(Ask(replace(wish, gender="men")))) == [1]
    assert parse("굽 낮은 걸로").article == "flats"
    dresses = Catalog([_product(5, "dress", "Dresses", gender="women"), *products])
    search = Search(None, dresses, None)  # type: ignore[arg-type]
    assert 5 not in search.select(Ask(Wish(not_slot="dress")))  # "no dresses": every kind but those
    assert 5 in search.select(Ask(Wish()))


def test_a_search_for_an_occasion_leaves_out_what_its_look_refuses_unless_asked() -> None:
    """'Trousers' for a beach wedding: chinos, not jeans (its look refuses them); 'shoes for a date': no
    flip flops or sports shoes (smart casual); 'shorts for a date', asked by name: shorts all the same;
    'shoes for the beach': its sandals and flip flops first, when there are enough; a flip flop the
    catalogue lists as flats is no flat."""
    from application.ask import Ask
    from application.search import Search, occasions_own

    products = [
        _product(1, "pants", "Jeans"),
        _product(2, "pants", "Trousers"),
        _product(3, "shorts", "Shorts"),
    ]
    products += [_product(4, "shoes", "Flip Flops"), _product(5, "shoes", "Sports Shoes")]
    products += [_product(6, "shoes", "Casual Shoes")]
    products = [replace(p, colour="beige") for p in products]  # (a beach wedding's colours are light)
    search = Search(None, Catalog(products), None)  # type: ignore[arg-type]
    beach_wedding = Wish(occasion="beach_wedding", style="casual", gender="men")
    assert search.select(Ask(replace(beach_wedding, category="pants"))) == [2]
    assert search.select(Ask(Wish(category="pants", style="casual", gender="men"))) == [1, 2]
    date = Wish(occasion="date", style="casual", gender="men")
    assert search.select(Ask(replace(date, category="shoes"))) == [6]
    assert search.select(Ask(replace(date, category="shorts"))) == [3]
    beach = Ask(Wish(category="shoes", occasion="beach", style="casual", gender="men"))  # its own kinds
    sandals = {8: _product(8, "shoes", "Sandals"), 9: _product(9, "shoes", "Flip Flops")}
    assert occasions_own(beach, [6, 8, 9], {**search.catalog.items, **sandals}, 2) == [8, 9]
    assert occasions_own(beach, [6, 8, 9], {**search.catalog.items, **sandals}, 3) == [6, 8, 9]  # (too few)
    thong = _product(7, "shoes", "Flats", gender="women", name="Nike Women Butterfly Thong Green Flip Flops")
    flats = Wish(category="shoes", article="flats")
    assert Search(None, Catalog([thong]), None).select(Ask(flats)) == []  # type: ignore[arg-type]


def test_comfortable_shoes_are_flat_ones_asked_or_said_of_the_shoes_in_view() -> None:
    """'편한 신발', and '좀 더 편한 걸로' with shoes in view: sneakers, flats and sandals, no heels or
    formal shoes (was the same shoes again, only filtered casual); '굽 있는 걸로' is heels, and not
    ballerinas the catalogue lists as heels, nor flats a slipper (`vocabulary.named_otherwise`)."""
    from application.ask import Ask
    from application.search import Search
    from understanding import parse

    products = [_product(1, "shoes", "Heels", gender="women"), _product(2, "shoes", "Flats", gender="women")]
    products += [_product(3, "shoes", "Casual Shoes", gender="women"), _product(4, "shoes", "Formal Shoes")]
    search = Search(None, Catalog(products), None)  # type: ignore[arg-type]
    assert parse("I need shoes I can walk in all day").article == "comfortable"  # (was any shoes)
    asked = parse("편한 신발")
    assert sorted(search.select(Ask(Wish(category=asked.category, article=asked.article)))) == [2, 3]
    in_view = Wish(category="shoes").merged(parse("좀 더 편한 걸로"))
    assert in_view.article == "comfortable" and sorted(search.select(Ask(in_view))) == [2, 3]
    assert Wish(category="pants").merged(parse("좀 더 편한 걸로")).article is None  # not of trousers
    assert parse("굽 있는 걸로").article == "heels"
    ballerinas = replace(_product(5, "shoes", "Heels", gender="women"), name="Women Black Ballerinas")
    search = Search(None, Catalog([*products, ballerinas]), None)  # type: ignore[arg-type]
    heels = Wish(category="shoes", article="heels")  # listed as heels, named ballerinas: not heels
    assert 5 not in search.select(Ask(heels)) and 5 in search.select(Ask(Wish(category="shoes")))
    slipper = replace(_product(6, "shoes", "Flats", gender="women"), name="Puma Women Black Slipper")
    search = Search(None, Catalog([*products, slipper]), None)  # type: ignore[arg-type]
    assert search.select(Ask(Wish(category="shoes", article="flats"))) == [2]  # a slipper is no flat
    sandal = replace(_product(7, "shoes", "Flats", gender="women"), name="Carlton London Women Black Sandal")
    assert 7 not in Search(None, Catalog([*products, sandal]), None).select(  # type: ignore[arg-type]
        Ask(Wish(category="shoes", article="flats"))
    )


def test_a_kind_judged_for_an_occasion_is_its_piece_of_that_style() -> None:
    """'Should I wear heels?' to an interview: the heels judged are the few formal ones (most are listed
    casual, and were judged so: "heels read casual"); a party's too, the nearest style it has."""
    from types import SimpleNamespace

    from application.ask import Ask
    from application.search import Search

    products = [_product(i, "shoes", "Heels", gender="women") for i in (1, 2, 3)]
    products += [_product(4, "shoes", "Heels", usage="formal", gender="women")]
    unstored = SimpleNamespace(stores_vectors=False)  # the typical: the catalogue's order
    search = Search(unstored, Catalog(products), None)  # type: ignore[arg-type]
    heels = Ask(Wish(category="shoes", article="heels"), "women")
    formal, party = search.anchor_styled(heels, "formal"), search.anchor_styled(heels, "party")
    assert formal is not None and party is not None and formal.id == party.id == 4  # (party's nearest)
    assert getattr(search.anchor_styled(heels, None), "usage", None) == "casual"
    sneakers = [_product(i, "shoes", "Casual Shoes", gender="men") for i in (5, 6)]
    sneakers += [_product(7, "shoes", "Casual Shoes", usage="formal", gender="men")]
    search = Search(unstored, Catalog(sneakers), None)  # type: ignore[arg-type]
    asked = Ask(Wish(category="shoes", article="sneakers"), "men")  # its few "formal" ones: sneakers still
    assert getattr(search.anchor_styled(asked, "formal"), "usage", None) == "casual"


def test_a_fabric_the_catalogue_lacks_is_stood_in_for_by_no_sportswear() -> None:
    """'What goes with my leather jacket?' with no leather jacket here: the closest jacket is not a
    sports maker's track top (it was, listed casual), unless only such are left; a fleece's may be."""
    from types import SimpleNamespace

    from application.ask import Ask
    from application.search import Search

    track = replace(_product(1, "outerwear", "Jackets"), name="ADIDAS Men Black Jackets")
    plain = replace(_product(2, "outerwear", "Jackets"), name="Roadster Men Black Jacket")
    unstored = SimpleNamespace(stores_vectors=False)
    search = Search(unstored, Catalog([track, plain]), None)  # type: ignore[arg-type]
    leather = Ask(Wish(category="outerwear", material="leather"), "men")
    found = search.nearest_anchor(leather)
    assert found is not None and found[0].id == 2 and found[1] == "nearest_material"
    alone = Search(unstored, Catalog([track]), None)  # type: ignore[arg-type]
    only = alone.nearest_anchor(leather)
    assert only is not None and only[0].id == 1


def test_a_look_never_starts_from_a_teams_merchandise() -> None:
    """A hike's hoodie when the only sporty ones are a team's (Liverpool's "Lfc", not read as one): a
    plain hoodie of another style (it was the team's)."""
    from types import SimpleNamespace

    from application.ask import Ask
    from application.search import Search

    team = replace(_product(1, "hoodie", "Sweatshirts", usage="sports"), name="ADIDAS Men Lfc Auth Hood")
    plain = replace(_product(2, "hoodie", "Sweatshirts"), name="Puma Men Ess Hooded Grey Sweatshirt")
    search = Search(SimpleNamespace(stores_vectors=False), Catalog([team, plain]), None)  # type: ignore[arg-type]
    start = search.anchor(Ask(Wish(category="hoodie", style="sports", occasion="hiking"), "men"))
    assert start is not None and start.id == 2
    assert search.anchor(Ask(Wish(category="hoodie", style="formal"), "men")) is None  # none of the style:
    # the caller's closest, said so (not any hoodie, silently)


def test_a_rainy_trips_capsule_packs_boots_and_a_raincoat() -> None:
    """'It might rain' of a trip's capsule: its shoes boots and its layer a raincoat, where the catalogue
    has them (`Occasion.shoes`, `wears`; they were the dry trip's sneakers and jacket); else any."""
    from types import SimpleNamespace

    from application.capsule import occasion_pieces
    from application.search import Search

    products = [_product(1, "shoes", "Casual Shoes"), _product(2, "shoes", "Casual Shoes")]
    products += [_product(3, "shoes", "Boots"), _product(4, "outerwear", "Jackets")]
    products += [_product(5, "outerwear", "Rain Jacket")]
    search = Search(SimpleNamespace(stores_vectors=False), Catalog(products), None)  # type: ignore[arg-type]
    rain, dry = Wish(occasion="rain"), Wish(occasion="holiday")
    packed = occasion_pieces
    assert packed(search, [1, 2, 3], "shoes", rain) == [3]
    assert packed(search, [4, 5], "outerwear", rain) == [5]
    assert packed(search, [1, 2], "shoes", rain) == [1, 2]  # none: any
    assert packed(search, [1, 2, 3], "shoes", dry) == [1, 2, 3]
    assert packed(search, [4, 5], "top", rain) == [4, 5]


def test_loafers_are_the_shoes_whose_names_say_so() -> None:
    """'로퍼', 'loafers instead': loafers are listed among casual and formal shoes, never as an article
    type of their own (were read as formal shoes: oxfords and heels); a Vans slip-on is not one; a
    catalogue whose names say none lacks them, and formal shoes stand in (`vocabulary.NAMED_KINDS`)."""
    from application.ask import Ask
    from application.search import Search
    from understanding import parse

    named = ["Clarks Men Brown Loafers", "Vans Unisex Classic Slip-On Shoes", "Men Black Oxford Shoes"]
    types = ["Casual Shoes", "Casual Shoes", "Formal Shoes"]
    shoes = [
        replace(_product(i, "shoes", kind), name=name)
        for i, (name, kind) in enumerate(zip(named, types, strict=True))
    ]
    asked = parse("구두 말고 로퍼")
    assert (asked.category, asked.article) == ("shoes", "loafers")
    wish = Wish(category=asked.category, article=asked.article)
    assert Search(None, Catalog(shoes), None).select(Ask(wish)) == [0]  # type: ignore[arg-type]
    recommend = _recommend(shoes)
    assert set(recommend.pool("shoes", Look("men", ("casual",)), wish=wish)[0]) == {0}
    assert not recommend.catalog.lacks("loafers") and Catalog(shoes[1:]).lacks("loafers")


def test_a_coat_is_never_a_summer_look_nor_shorts_a_winter_one() -> None:
    """The nearest products' season gives way to what is worn: an outfit photo with a coat (its
    neighbours, light jackets listed "Summer", said summer: its outfit got summer sweaters, "for
    summer") is of no one season; shorts never winter; anything else keeps its neighbours' season."""
    from vocabulary import season_worn

    assert season_worn("summer", {"outerwear", "skirt", "bag"}) == ""
    assert season_worn("summer", {"hoodie"}) == "" and season_worn("winter", {"outerwear"}) == "winter"
    assert (
        season_worn("winter", {"shorts", "t-shirt"}) == "" and season_worn("summer", {"shorts"}) == "summer"
    )
    assert season_worn("summer", {"dress", "shoes"}) == "summer" and season_worn("", {"outerwear"}) == ""


def test_a_kind_asked_falls_back_to_any_nearest_style() -> None:
    """'What about a coat?' for a formal look with no formal outerwear: casual jackets, said to be the
    fallback (an asked style's slots otherwise fall back to its dressy neighbour only, and a cold look's
    layer keeps to its style — before, 'I found nothing')."""
    products = [_product(i, "outerwear", "Jackets") for i in range(1, 5)]
    products += [_product(i, "pants", "Jeans") for i in range(5, 9)]
    recommend = _recommend(products)
    interview = Look("men", ("formal",), "winter", climate="cold")
    assert recommend.pool("outerwear", interview, wish=Wish(style="formal")) == ([], None)
    assert recommend.pool("bottom", interview, wish=Wish(style="formal", category="outerwear")) == ([], None)
    ids, fallback = recommend.pool("outerwear", interview, wish=Wish(style="formal", category="outerwear"))
    assert sorted(ids) == [1, 2, 3, 4] and fallback == ("casual",)


def test_a_blazer_is_worn_the_year_round_whatever_its_listing() -> None:
    """The catalogue lists its men's formal blazers "Summer": a winter interview look (and an office
    look of no season) gets them as its layer (it had none), while a summer-listed jacket still
    stays out of a winter look (`vocabulary.ALL_SEASON_TYPES`)."""
    blazers = [replace(_product(i, "blazer", "Blazers", usage="formal"), season="Summer") for i in (1, 2, 3)]
    jacket = replace(_product(4, "outerwear", "Jackets", usage="formal"), season="Summer")
    recommend = _recommend([*blazers, jacket])
    interview = Look("men", ("formal",), "winter", climate="cold")
    assert recommend.pool("outerwear", interview) == ([1, 2, 3], None)
    assert sorted(recommend.pool("outerwear", Look("men", ("formal",)))[0]) == [1, 2, 3]  # no season


def test_a_formal_looks_closest_casual_pieces_are_not_sportswear() -> None:
    """'What about a coat?' for a winter interview with no formal outerwear: the closest casual
    jackets, but not a sports maker's or a rain jacket when enough others are (were Adidas rain
    jackets); a casual look's own pool keeps them."""
    products = [_product(1, "outerwear", "Jackets"), _product(2, "outerwear", "Jackets")]
    products += [
        _product(3, "outerwear", "Rain Jacket"),
        replace(_product(4, "outerwear", "Jackets"), name="ADIDAS Men Jacket"),
    ]
    recommend = _recommend(products)
    interview = Look("men", ("formal",), "winter", climate="cold")
    asked = Wish(style="formal", category="outerwear")
    ids, fallback = recommend.pool("outerwear", interview, per_slot=2, wish=asked)
    assert sorted(ids) == [1, 2] and fallback == ("casual",)
    ids, _ = recommend.pool("outerwear", interview, per_slot=3, wish=asked)  # too few others: all of them
    assert sorted(ids) == [1, 2, 3, 4]
    assert sorted(recommend.pool("outerwear", Look("men", ("casual",)), per_slot=2)[0]) == [1, 2, 3, 4]
    bags = [_product(i, "bag", "Handbags", gender="women") for i in (5, 6)]  # a dress's: handbags first
    bags.append(replace(_product(7, "bag", "Handbags", gender="women"), name="Puma Women Shopper Handbag"))
    wedding = Look("women", ("formal",), dress=True)
    assert sorted(_recommend(bags).pool("bag", wedding, per_slot=2)[0]) == [5, 6]  # (the handbags' own)


async def test_a_formal_search_relaxed_to_casual_leaves_sportswear_out() -> None:
    """'formal coat for men' with no formal coats: the closest casual jackets, not a sports maker's or a
    rain jacket when five others are (`Search.find(smart=True)`, as `Search.relaxed` asks it)."""
    from application.ask import Ask
    from application.items import Item
    from application.search import Search

    class Shop:
        async def offer(self, groups: list[Any], want: int, wish: Any = None) -> list[list[Item]]:
            return [[Item(o.product.id, o.product.name, None, "", "") for o in g[:want]] for g in groups]

    products = [_product(i, "outerwear", "Jackets") for i in range(1, 6)]
    products += [
        _product(6, "outerwear", "Rain Jacket"),
        replace(_product(7, "outerwear", "Jackets"), name="Nike Men Jacket"),
    ]
    index = type("Compressed", (), {"stores_vectors": False})()  # the catalogue's own order
    search = Search(index, Catalog(products), Shop())  # type: ignore[arg-type]
    ask = Ask(Wish(category="outerwear", gender="men"))
    assert {i.product_id for i in await search.find(ask, k=7)} == set(range(1, 8))
    assert {i.product_id for i in await search.find(ask, k=5, smart=True)} == set(range(1, 6))


def test_a_formal_looks_closest_casual_trousers_are_not_jeans() -> None:
    """'치마 말고 바지로' of an interview's look with one formal pair of trousers here: the closest casual
    trousers beside it, not jeans or jeggings (were jeans and jeggings at an interview); jeans asked by
    name, or a party's look, keep them."""
    products = [_product(1, "pants", "Trousers", usage="formal", gender="women")]
    products += [_product(i, "pants", "Trousers", gender="women") for i in (2, 3)]
    products += [_product(i, "pants", kind, gender="women") for i, kind in ((4, "Jeans"), (5, "Jeggings"))]
    recommend = _recommend(products)
    trousers = Wish(category="pants")
    formal = Look("women", ("formal",))
    assert set(recommend.pool("bottom", formal, wish=trousers)[0]) == {1, 2, 3}
    assert set(recommend.pool("bottom", Look("women", ("party",)), wish=trousers)[0]) >= {4, 5}
    jeans = Wish(category="pants", article="jeans")
    assert set(recommend.pool("bottom", formal, wish=jeans)[0]) == {4, 5}


def test_a_cold_look_with_no_coat_of_its_style_says_so() -> None:
    """A winter interview look with no formal outerwear here is shown without a layer and says so
    (`Answers.layer_missing`; it was silent); with a formal one, or not cold, or a layer shown, or
    the user's own coat the start, nothing is said."""
    from application.answers import Answers
    from application.ask import Ask
    from application.items import Slot

    casual = [_product(i, "outerwear", "Jackets") for i in range(1, 5)]
    shirt = AnalysisRow(category="shirt", category_confidence=0.9, style="formal", gender="men")
    winter = Ask(Wish(style="formal", season="winter", gender="men"))
    shown = [Slot("bottom", [])]
    answers = Answers(None, _recommend(casual), None, None, Catalog(casual))  # type: ignore[arg-type]
    assert answers.layer_missing(shirt, winter, shown) == "formal"
    assert answers.layer_missing(shirt, Ask(Wish(style="formal", gender="men")), shown) == ""  # not cold
    assert answers.layer_missing(shirt, winter, [*shown, Slot("outerwear", [])]) == ""
    coat = AnalysisRow(category="outerwear", category_confidence=0.9, style="formal", gender="men")
    assert answers.layer_missing(coat, winter, shown) == ""
    formal = [*casual, *(_product(i, "blazer", "Blazers", usage="formal") for i in range(5, 9))]
    answers = Answers(None, _recommend(formal), None, None, Catalog(formal))  # type: ignore[arg-type]
    assert answers.layer_missing(shirt, winter, shown) == ""


def test_a_kind_no_product_is_filed_under_is_what_shoppers_accept_as_it() -> None:
    """'Blouses': the women's shirts and tops (not a man's shirt), each once among shirts; a kind
    filed under its own name is only that."""
    catalog = Catalog(
        [
            _product(1, "shirt", "Shirts", gender="women"),
            _product(2, "shirt", "Shirts"),
            _product(3, "top", "Tops", gender="women"),
            _product(4, "t-shirt", "Tshirts", gender="women"),
        ]
    )
    assert catalog.select({"blouse"}, Filters(kids=None)) == [1, 3]
    assert catalog.select({"blouse", "shirt"}, Filters(kids=None)) == [1, 3, 2]
    assert catalog.select({"polo"}, Filters(kids=None)) == [4]  # no polos filed: tees accepted as polos


def _product(
    i: int, category: str, article_type: str, usage: str = "casual", gender: str = "men", name: str = ""
) -> CatalogItem:
    """A catalogue product for a rule's test: only what the outfit rules read."""
    return CatalogItem(
        i,
        name or f"{article_type} {i}",
        category,
        None,
        None,
        usage,
        gender,
        0,
        None,
        None,
        "",
        "",
        False,
        article_type,
    )


def _recommend(products: list[CatalogItem]) -> Recommend:
    return Recommend(None, None, Catalog(products), None, None)  # type: ignore[arg-type]


def test_a_beach_weddings_look_is_light_with_sandals_and_no_sportswear() -> None:
    """A beach wedding's look (its own occasion, smart casual in summer): sandals before trainers, never
    leather lace-ups; no sports maker's sandals; no black (heavy in the sun) and, but for a shirt, no
    white (the bride's) — it was a wedding's charcoal blazer, black trousers and black formal shoes."""
    from application.ask import Ask

    def item(i: int, article_type: str, colour: str, name: str = "") -> CatalogItem:
        category = "shirt" if article_type == "Shirts" else "shoes"
        return replace(_product(i, category, article_type, name=name), colour=colour, season="Summer")

    recommend = _recommend(
        [item(i, "Formal Shoes", "brown") for i in range(1, 5)]
        + [item(i, "Casual Shoes", "blue") for i in range(5, 9)]
        + [item(9, "Sandals", "blue", "ADIDAS Men Slide Blue Sandals")]
        + [item(i, "Sandals", "brown") for i in (10, 11, 12)] + [item(13, "Sandals", "black")]
        + [item(14, "Shirts", "white"), item(15, "Shirts", "black"), item(16, "Shirts", "blue")]
    )  # fmt: skip
    wish = Wish(occasion="beach_wedding", style="casual", season="summer", gender="men")
    beach = Ask(wish).shaped(Look("men", ("casual",), "summer", climate="warm"))
    assert sorted(recommend.pool("shoes", beach, wish=wish)[0]) == [10, 11, 12]
    assert sorted(recommend.pool("top", beach, 2, wish)[0]) == [14, 16]  # a white linen shirt is a guest's
    assert {"Formal Shoes", "Heels", "Jeans", "Shorts"} <= beach.refused("shoes") | beach.refused("bottom")


def test_a_beach_look_has_sandals_shorts_and_sunglasses_never_heels() -> None:
    """A beach's look (`Occasion.prefers`, `refuses`): flip flops and sandals before casual shoes, never
    heels; shorts and skirts before jeans, no jeggings; sunglasses (listed "Winter", a listing date)
    before summer belts — were heels, black jeggings and belts; a ski trip's boots, no leather shoes; a
    festival's or a theme park's, no heels (`ON_FOOT_REFUSED`)."""
    from application.ask import Ask

    def item(i: int, category: str, article_type: str, season: str = "Summer") -> CatalogItem:
        return replace(_product(i, category, article_type, gender="women"), season=season)

    recommend = _recommend(
        [item(i, "shoes", "Heels") for i in range(1, 5)]
        + [item(i, "shoes", "Casual Shoes") for i in range(5, 9)]
        + [item(i, "shoes", "Flip Flops") for i in (9, 10)] + [item(11, "shoes", "Sandals")]
        + [item(i, "pants", "Jeggings") for i in range(12, 16)]
        + [item(i, "pants", "Jeans") for i in (16, 17)]
        + [item(i, "shorts", "Shorts") for i in (18, 19)] + [item(20, "skirt", "Skirts")]
        + [item(i, "accessory", "Belts") for i in range(21, 25)]
        + [item(i, "accessory", "Sunglasses", "Winter") for i in range(25, 28)]
    )  # fmt: skip
    beach = Ask(Wish(occasion="beach", style="casual", season="summer")).shaped(
        Look("women", ("casual",), "summer", climate="warm")
    )
    assert sorted(recommend.pool("shoes", beach)[0]) == [9, 10, 11]
    assert sorted(recommend.pool("bottom", beach)[0]) == [18, 19, 20]
    assert sorted(recommend.pool("accessory", beach)[0]) == [25, 26, 27]
    town = Look("women", ("casual",), "summer", climate="warm")  # the same day in town: any of them
    assert {1, 2, 3, 4} & set(recommend.pool("shoes", town)[0])
    ski = Ask(Wish(occasion="ski", style="casual", season="winter")).shaped(Look("men", ("casual",)))
    assert {"Formal Shoes", "Heels"} <= ski.refused("shoes")  # (were leather semi-formal shoes)
    festival = Ask(Wish(occasion="concert", style="casual")).shaped(Look("women", ("casual",)))
    assert not {1, 2, 3, 4} & set(recommend.pool("shoes", festival)[0])  # on one's feet all day: no heels
    assert ski.preferred("shoes") == {"article_types": frozenset({"Boots", "Sports Shoes"})}


def test_flip_flops_only_with_a_warm_summer_or_sports_look() -> None:
    """Trousers and a shirt of no particular weather get shoes, not flip flops, unless asked for; nor
    does a summer dress worn in autumn."""
    recommend = _recommend(
        [_product(i, "shoes", "Flip Flops") for i in range(1, 5)]
        + [_product(i, "shoes", "Casual Shoes") for i in range(5, 9)]
        + [_product(i, "shoes", "Flip Flops", usage="sports") for i in range(9, 13)]
    )
    assert sorted(recommend.pool("shoes", Look("men", ("casual",)))[0]) == [5, 6, 7, 8]
    assert set(recommend.pool("shoes", Look("men", ("casual",), "summer"))[0]) >= {1, 2, 3, 4}
    assert set(recommend.pool("shoes", Look("men", ("casual",), climate="warm"))[0]) >= {1, 2, 3, 4}
    autumn = Look("men", ("casual",), "mild", climate="warm")  # a summer piece "in autumn": no flip flops
    assert sorted(recommend.pool("shoes", autumn)[0]) == [5, 6, 7, 8]
    assert sorted(recommend.pool("shoes", Look("men", ("sports",)))[0]) == [9, 10, 11, 12]
    asked = Wish(category="shoes", article="sandals")
    assert set(recommend.pool("shoes", Look("men", ("casual",)), wish=asked)[0]) == {1, 2, 3, 4}


def test_a_brand_asked_keeps_its_slot_where_it_has_enough() -> None:
    """'Nike shoes for it': only Nike's, even fewer than asked (or none); 'a nike outfit': Nike's in a
    slot where it has enough, any brand's where it has too few (not an empty slot)."""
    from dataclasses import replace as changed

    shoes = [changed(_product(i, "shoes", "Casual Shoes"), name=f"Puma Shoes {i}") for i in range(1, 5)]
    nike = [changed(_product(i, "shoes", "Casual Shoes"), name=f"Nike Shoes {i}") for i in range(5, 7)]
    tees = [changed(_product(i, "t-shirt", "Tshirts"), name=f"Nike Tee {i}") for i in range(7, 11)]
    tees += [changed(_product(i, "t-shirt", "Tshirts"), name=f"Puma Tee {i}") for i in range(11, 15)]
    recommend, look = _recommend(shoes + nike + tees), Look("men", ("casual",))
    assert sorted(recommend.pool("shoes", look, wish=Wish(category="shoes", brand="nike"))[0]) == [5, 6]
    assert sorted(recommend.pool("top", look, wish=Wish(brand="nike"))[0]) == [7, 8, 9, 10]
    assert len(recommend.pool("shoes", look, wish=Wish(brand="nike"))[0]) == 6  # two Nike: any brand's
    assert recommend.pool("shoes", look, wish=Wish(category="shoes", brand="zara")) == ([], None)


def test_a_cold_looks_top_is_a_sweater_before_a_tee() -> None:
    tees = [_product(i, "t-shirt", "Tshirts") for i in range(1, 5)]
    sweaters = [_product(i, "longsleeve", "Sweaters") for i in range(5, 9)]
    recommend = _recommend(tees + sweaters)
    assert sorted(recommend.pool("top", Look("men", ("casual",), climate="cold"))[0]) == [5, 6, 7, 8]
    assert sorted(recommend.pool("top", Look("men", ("casual",)))[0]) == [1, 2, 3, 4]  # any weather's
    few = _recommend(tees + sweaters[:2])
    assert len(few.pool("top", Look("men", ("casual",), climate="cold"))[0]) == 6  # too few: the tees too


def test_a_cold_looks_shoes_are_boots_before_flats() -> None:
    """A winter's look (-10 °C) gets boots and closed shoes first, not flats (they were gold flats)."""
    flats = [_product(i, "shoes", "Flats", gender="women") for i in range(1, 5)]
    boots = [_product(i, "shoes", "Boots", gender="women") for i in range(5, 9)]
    recommend = _recommend(flats + boots)
    assert sorted(recommend.pool("shoes", Look("women", ("casual",), climate="cold"))[0]) == [5, 6, 7, 8]
    assert sorted(recommend.pool("shoes", Look("women", ("casual",)))[0]) == [1, 2, 3, 4]  # any weather's


def test_a_look_of_no_weather_never_gets_shorts_and_a_scarf() -> None:
    """A garment of no particular weather gets pieces for any weather first, so one slot's shorts
    never meet another slot's scarf; a warm look gets its shorts, and too few for any weather let the
    others in."""
    shorts = [_product(i, "shorts", "Shorts") for i in range(1, 5)]
    jeans = [_product(i, "pants", "Jeans") for i in range(5, 9)]
    scarves = [_product(i, "accessory", "Scarves") for i in range(9, 13)]
    belts = [_product(i, "accessory", "Belts") for i in range(13, 17)]
    recommend = _recommend(shorts + jeans + scarves + belts)
    look = Look("men", ("casual",))
    assert sorted(recommend.pool("bottom", look)[0]) == [5, 6, 7, 8]
    assert sorted(recommend.pool("accessory", look)[0]) == [13, 14, 15, 16]
    assert set(recommend.pool("bottom", Look("men", ("casual",), climate="warm"))[0]) >= {1, 2, 3, 4}
    few = _recommend(shorts + jeans[:2])
    assert len(few.pool("bottom", look)[0]) == 6


def test_a_dress_carries_a_handbag_before_a_backpack() -> None:
    bags = [_product(i, "bag", "Backpacks", gender="unisex") for i in range(1, 5)]
    bags += [_product(i, "bag", "Clutches", gender="women") for i in range(5, 9)]
    recommend = _recommend(bags)
    dress = look_of(AnalysisRow(category="dress", category_confidence=0.9, style="casual", gender="women"))
    assert dress.handbag and sorted(recommend.pool("bag", dress)[0]) == [5, 6, 7, 8]
    tee = look_of(AnalysisRow(category="t-shirt", category_confidence=0.9, style="casual", gender="women"))
    assert not tee.handbag and len(recommend.pool("bag", tee)[0]) == 8
    assert Look("women", ("formal",)).handbag and not Look("men", ("formal",)).handbag
    laptop = _recommend([*bags[:4], _product(9, "bag", "Laptop Bag", gender="women")])
    assert sorted(laptop.pool("bag", dress, per_slot=1)[0]) == [1, 2, 3, 4]  # never a laptop bag with a dress


@pytest.mark.parametrize("gender", ["women", "men"])
async def test_a_look_keeps_its_gender_and_adults_get_no_kidswear(stylist: Stylist, gender: str) -> None:
    # an adult's look (the small test catalogue's skirts nearest this photo are mostly girls')
    analysis_id = await _stored(stylist, "Skirt" if gender == "women" else "Pants", gender=gender, kids=False)
    slots = await stylist.recommend.outfit(analysis_id, 11)
    items = _items(slots) + [i.product for i in await stylist.recommend.similar(analysis_id, 11)]
    assert items and all(item.gender in (gender, "unisex") for item in items)
    assert not any(item.kids for item in items)


async def test_an_unsure_style_mixes_the_two_likeliest(stylist: Stylist) -> None:
    analysis_id = await _stored(
        stylist, "Shirt", style="formal", style_confidence=0.4, style_second="casual", gender="men"
    )
    usages = {item.usage for item in _items(await stylist.recommend.outfit(analysis_id, 11))}
    assert usages <= {"formal", "casual"} and usages


async def test_nothing_is_offered_twice(stylist: Stylist) -> None:
    analysis_id = await _stored(stylist, "Dress")
    products = _items(await stylist.recommend.outfit(analysis_id, 11))
    assert len({p.id for p in products}) == len(products)
    assert len({" ".join(p.name.lower().split()) for p in products}) == len(products)  # nor any name
    similar = await stylist.recommend.similar(analysis_id, 11)
    assert len({i.product_id for i in similar}) == len(similar)
    assert len({" ".join(i.name.lower().split()) for i in similar}) == len(similar)


async def test_a_slot_with_few_of_the_looks_style_offers_them_before_the_nearest(stylist: Stylist) -> None:
    """The few pieces of the look's own style stay in the slot's pool, first, when it falls back."""
    catalog, look = stylist.recommend.catalog, Look(gender="men", styles=("sports",), season="")
    found = False
    for slot in ("shoes", "top", "bottom", "accessory", "bag"):
        own, fallback = (
            catalog.select(SLOT_CATEGORIES[slot], _filters(look, styles))
            for styles in (("sports",), ("casual",))
        )
        if own and len(fallback) > len(own):
            found = True
            ids, style = stylist.recommend.pool(slot, look, per_slot=len(own) + 1)
            assert style == ("casual",)
            assert ids[: len(own)] == own and set(fallback) <= set(ids)
    assert found


def _filters(look: Look, styles: tuple[str, ...]) -> Filters:
    return Filters(look.gender, styles, look.seasons_excluded, look.kids, look.climate_excluded)


def test_a_looks_fallbacks_never_cross_the_lines() -> None:
    assert Look(styles=("formal",)).fallbacks() == [("formal",), ("party",), ("casual",)]
    assert Look(styles=("party",)).fallbacks(asked=True) == [("party",), ("formal",)]  # asked: dressy only
    assert Look(styles=("sports",)).fallbacks(asked=True) == [("sports",)]  # "for the gym": no casual
    # "more formal" bags: the catalogue lists nearly every bag casual, so its dressy kinds stand in
    assert Look(styles=("formal",)).fallbacks(asked=True, slot="bag")[-1] == ("casual",)
    assert "Backpacks" in Look(styles=("formal",)).refused("bag")  # ... and never a backpack
    assert "Backpacks" not in Look(styles=("casual",)).refused("bag")
    assert ("formal",) not in Look(styles=("sports",)).fallbacks()
    assert ("sports",) not in Look(styles=("formal",)).fallbacks()
    assert Look(season="winter").seasons_excluded == ("Summer",)
    assert season_of({"Winter": 10, "Fall": 3, "Summer": 2}) == "winter"
    assert Look().seasons_excluded == ("Summer", "Winter")  # season unknown: autumn and spring pieces
    assert season_of({"Winter": 4, "Fall": 6, "Summer": 5}) == ""
    assert Look(season="mild").seasons_excluded == ("Summer", "Winter")  # "for autumn", asked


def test_a_waistcoat_is_a_tailored_looks_layer() -> None:
    """A casual or sporty look's layers are jackets, not waistcoats or Nehru jackets; a formal or an
    ethnic look keeps them, and a look of no known style refuses nothing for it."""
    assert {"Waistcoat", "Nehru Jackets"} <= Look(styles=("casual",)).refused("outerwear")
    assert "Waistcoat" in Look(styles=("sports",)).refused("outerwear")
    assert not Look(styles=("formal",)).refused("outerwear") and not Look(styles=("ethnic",)).refused(
        "outerwear"
    )
    assert not Look().refused("outerwear") and "Waistcoat" not in Look(styles=("casual",)).refused("top")


def test_a_smart_casual_look_leaves_out_beach_and_gym_wear() -> None:
    """A date's look (`Look.smart`) offers no flip flops, sports shoes, track pants, jeggings, caps or
    backpacks, whatever style their listings give them; a dress's bag still refuses work bags."""
    date = Look(styles=("casual",), smart=True)
    assert {"Flip Flops", "Sports Shoes"} <= date.refused("shoes") and "Track Pants" in date.refused("bottom")
    assert "Jeggings" in date.refused("bottom") and "Jeans" not in date.refused("bottom")  # dark jeans do
    assert {"Backpacks", "Caps"} <= date.refused("bag") and "Casual Shoes" not in date.refused("shoes")
    assert not Look(styles=("casual",)).refused("shoes")
    assert "Stockings" in Look().refused("accessory") and "Stockings" not in Look(dress=True).refused(
        "accessory"
    )
    assert "Laptop Bag" in Look(dress=True, smart=True).refused("bag")
    assert date.preferred("top")["article_types"] == frozenset({"Shirts", "Tops", "Tunics"})
    assert Look(climate="cold", smart=True).preferred("top") == {"climate": "cold"}  # a sweater first
    dress = Look(dress=True).preferred("shoes")
    assert dress["article_types"] == frozenset({"Flats", "Heels", "Sandals"})
    assert "Sandals" in dress["not_article_types"]  # of no particular weather: flats and heels
    printed = Look(
        busy=True, season="summer"
    )  # a printed skirt: plain tops first, unless a pattern was asked
    assert printed.preferred("top") == {"patterns": frozenset({"solid", None})}
    assert printed.preferred("top", pattern_asked=True) is None and printed.preferred("shoes") is None
    assert Look(busy=True, climate="cold").preferred("top") == {
        "climate": "cold",
        "patterns": frozenset({"solid", None}),
    }
    assert Look().preferred("accessory") == {"not_article_types": Look().refused("accessory") | WEATHER}


def test_a_formal_looks_bag_and_shoes_are_without_sparkle() -> None:
    """An interview's handbag: none whose name says sequins or beads (it offered a sequinned handbag
    and a beaded clutch); a party's may sparkle."""
    interview = Look("women", ("formal",), "winter", climate="cold")
    assert interview.preferred("bag") == {"article_types": HANDBAGS, "not_detail": "embellished"}
    assert "not_detail" not in Look("women", ("party",), "winter", climate="cold").preferred("bag")
    sober = Filters(kids=None, not_detail="embellished")
    assert not sober.admits(
        _product(1, "bag", "Handbags", gender="women", name="Women Sequins Brown Handbag")
    )
    assert sober.admits(_product(2, "bag", "Handbags", gender="women", name="Women Beige Handbag"))


def test_the_audit_judges_by_the_neighbours_agreement() -> None:
    from catalog.audit import judge

    shirts = [("shirt", "men")] * 9 + [("t-shirt", "men")]
    assert judge("shoes", "men", shirts) == "category:shirt"  # a "flip flop" among shirts
    assert judge("polo", "men", shirts) is None  # the same kind of garment: not flagged
    assert judge("shirt", "women", shirts) == "gender:men"
    assert judge("shirt", "women", shirts, "Lee Women White Shirt") is None  # its name says so
    assert judge("shoes", "men", shirts[:8] + [("shoes", "men")] * 2) is None  # not sure enough
    assert judge("bag", "women", [], "Rocia Women Beige Casual Sandals") == "name:shoes"  # named sandals
    assert judge("accessory", "men", [], "Pepe Jeans Men Casual Sunglasses") is None  # the last kind named
    assert judge("outerwear", "men", [], "U.S. Polo Assn. Men Solid Red Jacket") is None


async def test_the_audit_keeps_a_mislabelled_product_out(settings: Any, worker: Any) -> None:
    from catalog import Catalog, Filters, audit_catalog
    from matching import ProductIndex
    from storage import Product, create_engine, session_factory
    from vocabulary import SLOT_CATEGORIES

    engine = create_engine(settings.database_url)
    sessions = session_factory(engine)
    try:
        async with sessions() as session, session.begin():
            shirt = (
                (await session.execute(select(Product).where(Product.category == "shirt"))).scalars().first()
            )
            shirt.category = "shoes"  # the catalogue says shoes; the picture shows a shirt
        result = await audit_catalog(sessions, ProductIndex.load(settings.index_path), progress=False)
        assert result["hidden"] >= 1 and result["by_reason"].get("category", 0) >= 1
        catalog = await Catalog.load(sessions)
        assert catalog.items[shirt.id].hidden
        assert shirt.id not in catalog.select(SLOT_CATEGORIES["shoes"], Filters(kids=None))
        assert result["hidden_share"] < 0.1  # a real catalogue is mostly right
    finally:
        await engine.dispose()


async def test_a_coat_never_gets_flip_flops_or_shorts(stylist: Stylist) -> None:
    """The catalogue's own seasons are its listing seasons (flip flops 'Winter', jackets 'Fall'), so
    the weather a piece is for comes from its article type."""
    from vocabulary import WARM_WEATHER

    analysis_id = await _stored(stylist, "Outwear", category="outerwear", style_confidence=0.9)
    items = _items(await stylist.recommend.outfit(analysis_id, 11))
    assert items and not [item for item in items if item.article_type in WARM_WEATHER]


def test_a_looks_style_weighs_the_head_with_the_nearest_products() -> None:
    """The head's "party" on a real tee gives way to ten casual neighbours; a shoe the head calls
    sports by a little is casual when eight of its ten neighbours are (the class-balanced head
    over-answers sports), and sports when seven are sports; without neighbours the head stands."""
    from application.profile import look_style
    from inference import Prediction

    party = Prediction("party", 0.6, [("party", 0.6), ("casual", 0.3), ("sports", 0.1)])
    assert look_style(party, ["casual"] * 10).label == "casual"
    shoe = Prediction("sports", 0.5, [("sports", 0.5), ("casual", 0.45), ("formal", 0.05)])
    assert look_style(shoe, ["casual"] * 8 + ["sports"] * 2).label == "casual"
    styled = look_style(shoe, ["sports"] * 7 + ["casual"] * 3)
    assert styled.label == "sports" and styled.top[1][0] == "casual"
    assert abs(sum(p for _, p in styled.top) - 1.0) < 0.05 and 0.5 < styled.confidence < 1.0
    assert look_style(shoe, []) is shoe
    # a real photo: the head, which never saw one, gives way to the neighbours entirely
    shirt = Prediction("sports", 0.9, [("sports", 0.9), ("casual", 0.1)])
    assert look_style(shirt, ["casual"] * 6 + ["sports"] * 4, real_photo=0.05).label == "sports"  # a shot
    assert look_style(shirt, ["casual"] * 6 + ["sports"] * 4, real_photo=0.7).label == "sports"  # unsure
    real = look_style(shirt, ["casual"] * 6 + ["sports"] * 4, real_photo=0.97)
    assert real.label == "casual" and dict(real.top)["casual"] > 0.6


def _seen(women: float, real_photo: float) -> Any:
    from inference import Analysis, Prediction

    top = sorted([("women", women), ("men", 1 - women)], key=lambda x: -x[1])
    analysis = Analysis(Prediction("t-shirt", 0.9), {}, Prediction("casual", 0.9), -1, "", None)  # type: ignore[arg-type]
    analysis.gender, analysis.real_photo = Prediction(top[0][0], top[0][1], top), real_photo
    return analysis


def test_a_shots_gender_weighs_the_head_with_the_nearest_products() -> None:
    """A product shot the head is sure is women's is women's though its neighbours are split; a
    split head and split neighbours say unisex (a mix, not a wrong guess); a real photo keeps the
    neighbours' rule, since the head never saw one; without gendered neighbours the head decides."""
    from application.profile import Neighbours, photo_gender
    from inference import Prediction

    split = Neighbours("unisex", -1, "", False, women_share=0.5)
    assert photo_gender(_seen(0.95, 0.01), split) == "women"
    assert photo_gender(_seen(0.05, 0.01), split) == "men"
    assert photo_gender(_seen(0.55, 0.01), split) == "unisex"
    assert photo_gender(_seen(0.95, 0.99), split) == "unisex"  # a real photo: the neighbours' rule
    men = Neighbours("men", -1, "", False, women_share=0.0)
    assert photo_gender(_seen(0.95, 0.99), men) == "men"
    assert photo_gender(_seen(0.7, 0.01), Neighbours("unisex", -1, "", False)) == "women"
    dress = _seen(0.5, 0.99)
    dress.category = Prediction("dress", 0.77)  # a real dress whose neighbours are men's kurtas
    assert photo_gender(dress, men) == "women"
    dress.category = Prediction("dress", 0.3)  # not sure it is a dress: the neighbours decide
    assert photo_gender(dress, men) == "men"


def test_an_unsure_real_photo_leans_to_the_gender_most_of_its_neighbours_are() -> None:
    """An unsure look tries unisex pieces, then its lean: three in four of the neighbours on any
    photo; on a real photo (the catalogue has no unisex casual trousers for spring) most of them."""
    from application.profile import Neighbours, gender_lean

    assert gender_lean(Neighbours("unisex", -1, "", False, lean="women", women_share=0.8), 0.01) == "women"
    split = Neighbours("unisex", -1, "", False, lean="unisex", women_share=0.4)
    assert gender_lean(split, 0.01) is None and gender_lean(split, None) is None  # a shot: unisex only
    assert gender_lean(split, 0.99) == "men"
    assert gender_lean(Neighbours("unisex", -1, "", False, women_share=0.5), 0.99) is None  # a tie
    assert gender_lean(Neighbours("unisex", -1, "", False), 0.99) is None  # no gendered neighbour


async def test_the_answered_style_is_measured_on_shots_and_real_photos(stylist: Stylist) -> None:
    """`stylist evaluate style`: usage and gender accuracy on product shots and shop screenshots of
    them, style shares on real photos."""
    from evaluation.coherence import forget_evaluation_rows
    from evaluation.style import evaluate_style, style_card
    from shared_data import load_photos, load_products

    products = [p for p in load_products() if p.usage and p.gender in ("men", "women")][:3]
    result = await evaluate_style(stylist, products, load_photos()[:2], progress=False)
    await forget_evaluation_rows(stylist)
    assert result["products"] == 3 and 0.0 <= result["usage_accuracy"] <= 1.0  # type: ignore[operator]
    assert sum(r["n"] for r in result["usage_recall"].values()) == 3  # type: ignore[union-attr]
    assert abs(sum(result["real_photo_style_shares"].values()) - 1.0) < 1e-3  # type: ignore[union-attr]
    domains = result["domains"]
    assert set(domains) == {"product_shots", "shop_screenshots"}  # type: ignore[arg-type]
    for figures in domains.values():  # type: ignore[union-attr]
        assert figures["gendered"] == 3 and sum(figures["gender_answers"].values()) == 3
        wrong = 3 - sum(round(r["n"] * r["recall"]) for r in figures["usage_recall"].values())
        mistakes = figures["most_confident_usage_mistakes"]
        assert len(mistakes) == wrong and all(m["answered"] != m["true"] for m in mistakes)
    card = style_card(result, "stylist evaluate style")
    assert "| product_shots |" in card and "| shop_screenshots |" in card and "### shop_screenshots" in card


def test_the_kind_follows_agreeing_neighbours_on_shop_pictures_only() -> None:
    """A shot or screenshot the category model calls a tee, whose nearest products agree it is
    trousers, is searched as trousers; a real photo keeps the model's kind unless it is unsure."""
    from application.looks import kind_of
    from storage import Analysis as AnalysisRow

    def row(confidence: float, real_photo: float | None) -> AnalysisRow:
        return AnalysisRow(
            category="t-shirt",
            category_confidence=confidence,
            kind="bottom",
            result={"real_photo": real_photo},
        )

    assert kind_of(row(0.9, 0.1)) == "bottom"
    assert kind_of(row(0.9, 0.9)) == "top"
    assert kind_of(row(0.9, None)) == "top"  # a garment of an outfit photo: no gate answer of its own
    assert kind_of(row(0.3, 0.9)) == "bottom"


def test_a_look_keeps_to_one_gender_only_when_sure_of_it() -> None:
    """A shot answered women's at 0.65 gets unisex pieces (then its neighbours' lean); at 0.9, or
    with no score (a real photo, an old row), women's; the answer itself still says women's."""
    from application.looks import look_of
    from storage import Analysis as AnalysisRow

    def row(confidence: float | None) -> AnalysisRow:
        return AnalysisRow(
            category="dress",
            style="casual",
            gender="women",
            gender_lean="women",
            gender_confidence=confidence,
            season="",
        )

    unsure = look_of(row(0.65))
    assert (unsure.gender, unsure.genders()) == ("unisex", ["unisex", "women"])
    assert look_of(row(0.9)).gender == look_of(row(None)).gender == "women"


def test_a_verdict_names_the_first_thing_that_does_not_suit() -> None:
    """'Is this good for …?': the weather first, then the occasion's style (a stand-in a shopper
    accepts is a maybe, except where the occasion has none), then the colours it keeps to."""
    casual, formal = Look("women", ("casual",)), Look("men", ("formal",))
    funeral, wedding = Wish(occasion="funeral", style="formal"), Wish(occasion="wedding", style="formal")
    assert judge(formal, "top", "black", funeral).fits == "yes"
    assert (judge(formal, "top", "red", funeral).fits, judge(formal, "top", "red", funeral).reason) == (
        "no",
        "colour",
    )
    assert judge(casual, "dress", "black", funeral).reason == "style"
    checked = judge(formal, "top", "black", funeral, "checked")  # the right colour, but not plain
    assert (checked.fits, checked.reason, checked.pattern) == ("no", "pattern", "checked")
    assert judge(formal, "top", "black", wedding, "checked").fits == "yes"
    party = Look("women", ("party",))
    assert judge(party, "dress", "black", wedding).fits == "maybe"  # a party dress may do for a wedding
    assert judge(party, "dress", "black", funeral).fits == "no"  # not for a funeral
    assert judge(party, "dress", "white", wedding).reason == "colour"  # the bride's colour
    assert judge(casual, "dress", "white", wedding).reason == "colour"  # whatever its style: said first
    assert judge(Look("men", ("casual", "formal")), "top", "navy", wedding).fits == "maybe"  # unsure
    shorts = Look("men", ("casual",), climate="warm")
    winter = judge(shorts, "bottom", "black", Wish(season="winter"))
    assert (winter.fits, winter.reason) == ("no", "season")
    assert (
        judge(shorts, "bottom", "black", Wish(occasion="beach", style="casual", season="summer")).fits
        == "yes"
    )
    girl = Look("women", ("casual",), kids=True)  # a child's casual party frock may do for a wedding
    assert (judge(girl, "dress", "pink", wedding).fits, judge(girl, "dress", "black", funeral).fits) == (
        "maybe",
        "no",
    )
    general = judge(casual, "dress", "black", Wish())
    assert general.occasions and "date" in general.occasions and "wedding" not in general.occasions
    # what it is good for, by what each occasion's look would hold: no date for a backpack or flip flops
    # (a smart-casual look refuses them), no beach wedding for heels
    backpack = judge(casual, "bag", "black", Wish(), article_type="Backpacks").occasions
    assert "beach" in backpack and not {"date", "smart"} & set(backpack)
    assert "date" not in judge(casual, "shoes", "black", Wish(), article_type="Flip Flops").occasions
    beach_wedding = occasion_named("beach_wedding")
    assert beach_wedding and not beach_wedding.takes("Heels") and beach_wedding.takes("")
    # black trousers to a beach wedding: no, and the colours its etiquette suggests (not its ten, white
    # among them: the bride's, but for a shirt)
    said = judge(casual, "bottom", "black", Wish(occasion="beach_wedding", style="casual"), named_colour=True)
    assert (said.fits, said.reason, said.colours) == ("no", "shade", ("beige", "blue", "pink", "grey"))


def test_a_pairing_verdict_reads_colours_then_style() -> None:
    """'Does this go with black jeans?': a clash of colours is a no; a kind mostly worn in another
    style is a maybe (jeans with a formal blazer), one worn in the look's style a yes."""
    jeans = Counter({"casual": 95, "formal": 1})
    black_jeans = Wish(category="pants", article="jeans", colour="black")
    casual, formal = Look("men", ("casual",)), Look("men", ("formal",))
    assert (
        judge_pair(casual, "grey", black_jeans, jeans).fits,
        judge_pair(casual, "grey", black_jeans, jeans).pair,
    ) == (
        "yes",
        ("jeans", "black", "neutrals"),
    )
    maybe = judge_pair(formal, "navy", black_jeans, jeans)
    assert (maybe.fits, maybe.reason, maybe.wanted) == ("maybe", "style", "casual")
    clash = judge_pair(casual, "red", replace(black_jeans, colour="purple"), jeans)
    assert (clash.fits, clash.reason) == ("no", "colour")
    assert judge_pair(casual, "red", replace(black_jeans, colour=None), jeans).fits == "yes"  # any colour


def test_a_pairing_verdict_knows_dressy_and_casual_kinds() -> None:
    """Heels go with a party dress though the catalogue lists most heels casual (it said "better not:
    heels are casual wear"); sneakers and shorts are a no for a strict dress code's look, even where a
    few are listed formal, and a maybe otherwise."""
    heels = Wish(category="shoes", article="heels")
    party, formal = Look("women", ("party",)), Look("men", ("formal",))
    assert judge_pair(party, "black", heels, Counter({"casual": 95, "formal": 2}), "wedding").fits == "yes"
    sneakers, shorts = Wish(category="shoes", article="sneakers"), Wish(category="shorts")
    few = Counter({"casual": 90, "formal": 8})  # a tenth listed formal: the data alone said maybe
    refused = judge_pair(formal, "navy", sneakers, few, "interview")
    assert (refused.fits, refused.reason, refused.wanted, refused.code) == (
        "no",
        "style",
        "casual",
        "interview",
    )
    assert judge_pair(formal, "navy", shorts, few, "interview").fits == "no"
    assert judge_pair(formal, "navy", sneakers, few).fits == "maybe"
    casual = judge_pair(Look("men", ("casual",)), "navy", sneakers, few, "interview")  # a casual blazer's
    assert (casual.fits, casual.code) == ("no", "interview")  # look, at an interview: still no


def test_a_funeral_keeps_to_plain_garments() -> None:
    """A funeral's pieces are plain (no stripes, checks or prints), unless a pattern is asked for."""
    funeral = Wish(occasion="funeral", style="formal")
    assert funeral.patterns("top") == (frozenset({"solid", None}), frozenset())
    assert funeral.patterns("shoes")[0] == frozenset({"solid", None})
    assert Wish(occasion="funeral", pattern="striped").patterns("top")[0] == frozenset({"striped"})
    assert Wish(occasion="wedding").patterns("top") == (None, frozenset())


async def test_similar_items_lean_to_the_garments_colour(
    stylist: Stylist, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Similar items are the nearest products plus a nudge to the colour the garment is likely in
    (`SIMILAR_COLOUR_WEIGHT` times the colour head's confidence): a T-shirt surely in some colour
    gets more T-shirts of that colour than the nearest alone would give, and still T-shirts."""
    import application.recommend as recommend_module

    analysis_id = await _stored(stylist, "T-Shirt", gender="men")
    monkeypatch.setattr(recommend_module, "SIMILAR_COLOUR_WEIGHT", 0.0)
    nearest = Counter(i.product.colour for i in await stylist.recommend.similar(analysis_id, 11))
    catalog = stylist.recommend.catalog
    stock = Counter(catalog.items[i].colour for i in catalog.select({"t-shirt"}, Filters("men")))
    colour = min((c for c, n in stock.items() if n >= 8 and c != "multi"), key=lambda c: nearest[c])
    sure = {"colour": {"label": colour, "confidence": 0.95, "top": [{"label": colour, "confidence": 0.95}]}}
    async with stylist.sessions() as session, session.begin():
        await session.execute(
            update(AnalysisRow)
            .where(AnalysisRow.id == analysis_id)
            .values(colour=colour, result={"attributes": sure})
        )
    monkeypatch.undo()
    leaning = await stylist.recommend.similar(analysis_id, 11)
    in_colour = sum(1 for i in leaning if i.product.colour == colour)
    assert in_colour > nearest[colour] and in_colour >= 3
    assert {i.product.category for i in leaning} == {"t-shirt"}


async def test_more_like_a_catalogue_product_is_more_of_its_own_kind(stylist: Stylist) -> None:
    """'More like #5' about a catalogue belt is belts (not any accessory), when there are enough of
    its kind for its gender, even where its picture sits nearest another kind; a photo's similar items
    are by category as before."""
    from application.ask import Ask

    catalog = stylist.recommend.catalog
    counts = Counter(
        (p.article_type, p.gender) for p in catalog.items.values() if p.category == "accessory" and not p.kids
    )
    (article, gender), n = counts.most_common(1)[0]
    assert n >= 6 and len({a for a, _ in counts}) > 1  # more than one kind of accessory to choose from
    product = next(p for p in catalog.items.values() if (p.article_type, p.gender) == (article, gender))
    other = next(p for p in catalog.items.values() if p.category == "accessory" and p.article_type != article)
    row = stylist.dialogue.search.described(product)
    row.embedding = stylist.recommend.index.vector(other.id).tobytes()  # its picture nearest another kind
    similar = await stylist.recommend.similar_for(row, set(), Ask(), 5)
    assert similar and {i.product.article_type for i in similar} == {article}


def test_a_layer_asked_for_a_summer_look_is_a_light_one_of_its_season() -> None:
    """A summer dress's outfit has no jacket (a warm look leaves cold-weather pieces out), but
    "what about a jacket?" gets the summer-listed ones, never a winter one."""
    recommend = _recommend(
        [
            replace(
                _product(i, "outerwear", "Jackets", gender="women"), season="Summer" if i < 5 else "Winter"
            )
            for i in range(1, 9)
        ]
    )
    dress = Look("women", ("casual",), "summer", climate="warm")
    assert recommend.pool("outerwear", dress) == ([], None)
    assert sorted(recommend.pool("outerwear", dress, wish=Wish(category="outerwear"))[0]) == [1, 2, 3, 4]


def test_a_kind_a_smart_look_leaves_out_is_offered_when_asked() -> None:
    """A date's outfit has no shorts, unless the shopper asks for them ("make the trousers shorts")."""
    recommend = _recommend(
        [_product(i, "pants", "Trousers") for i in range(1, 5)]
        + [_product(i, "shorts", "Shorts") for i in range(5, 9)]
    )
    date = Look("men", ("casual",), smart=True)
    assert sorted(recommend.pool("bottom", date)[0]) == [1, 2, 3, 4]
    assert sorted(recommend.pool("bottom", date, wish=Wish(category="shorts"))[0]) == [5, 6, 7, 8]


def test_a_kind_refused_by_name_leaves_the_slots_others() -> None:
    """'no heels' for a dress: flats and sandals, never heels (the look's preferred kinds had put them
    back); '치마는 싫어': trousers, not skirts; 'no shoes' still no shoes."""
    shoes = [
        _product(i, "shoes", kind, "formal", "women")
        for i, kind in enumerate(["Heels"] * 4 + ["Flats"] * 4, 1)
    ]
    bottoms = [_product(i, "skirt", "Skirts", gender="women") for i in range(9, 13)]
    bottoms += [_product(i, "pants", "Trousers", gender="women") for i in range(13, 17)]
    recommend = _recommend(shoes + bottoms)
    dress = Look("women", ("formal",), dress=True)
    assert set(recommend.pool("shoes", dress)[0]) >= {1, 2, 3, 4}
    assert set(recommend.pool("shoes", dress, wish=Wish(not_kind="heels"))[0]) == {5, 6, 7, 8}
    assert set(recommend.pool("bottom", Look("women", ("casual",)), wish=Wish(not_kind="skirt"))[0]) == {
        13,
        14,
        15,
        16,
    }
    assert recommend.pool("bottom", Look("women", ("casual",)), wish=Wish(not_kind="heels"))[0]  # not theirs


def test_a_teams_merchandise_only_for_a_sports_look_or_asked() -> None:
    """An Arsenal cap or a Mumbai Indians jersey is left out of a casual look's slot while enough
    others fill it (the issue's elegant street look got one), the kind asked for by name too ("어울리는
    바지": no Manchester United track pants); a sports look may have it (a search by name finds it:
    searches are not outfits)."""
    caps = [
        replace(_product(i, "hat", "Caps"), name=n)
        for i, n in enumerate(["Arsenal Red Cap", "Puma Mumbai Indians Cap", "Lotto Kochi Tuskers Cap"], 1)
    ]
    caps += [replace(_product(i, "hat", "Caps"), name=f"Timberland Green Cap {i}") for i in range(4, 7)]
    caps += [
        replace(_product(i, "hat", "Caps", usage="sports"), name=f"Arsenal Cap {i}") for i in range(7, 10)
    ]
    recommend = _recommend(caps)
    assert set(recommend.pool("hat", Look("men", ("casual",)))[0]) == {4, 5, 6}
    assert set(recommend.pool("hat", Look("men", ("sports",)))[0]) == {7, 8, 9}
    pants = [replace(_product(1, "pants", "Track Pants"), name="Manchester United Men Navy Track Pants")]
    pants += [_product(i, "pants", "Trousers") for i in range(2, 5)]
    asked = Wish(category="pants")  # "이거랑 어울리는 바지": a kind asked is no team's kit either (was)
    assert set(_recommend(pants).pool("bottom", Look("men", ("casual",)), wish=asked)[0]) == {2, 3, 4}


def test_a_kind_the_catalogue_lacks_fills_its_slot_with_the_closest() -> None:
    """'아우터는 코트로' of a look, with no coats listed: the catalogue says it lacks them, and the
    jackets that stand in for them fill the slot (`Answers.answer`; it was empty: nothing found)."""
    from vocabulary import STAND_INS

    jackets = [_product(i, "outerwear", "Jackets") for i in range(1, 5)]
    rain = [_product(i, "outerwear", "Rain Jacket") for i in range(5, 9)]
    recommend = _recommend(jackets + rain)
    assert recommend.catalog.lacks("coat") and not recommend.catalog.lacks("raincoat")
    instead = Wish(category="outerwear", article=STAND_INS["coat"])
    assert set(recommend.pool("outerwear", Look("men", ("casual",)), wish=instead)[0]) == {1, 2, 3, 4}


def test_a_detail_refused_leaves_out_its_kind_too() -> None:
    """'No hood', 'nothing revealing': products whose names say it are left out of a look's slot, and
    so are the kinds that are the detail itself (hoodies; an undershirt of 'nothing revealing')."""
    from dataclasses import replace as copy

    products = [_product(1, "hoodie", "Sweatshirts"), _product(2, "top", "Tops"), _product(3, "top", "Tops")]
    products[2] = copy(products[2], name="Men Hooded Top")
    products += [_product(4, "undershirt", "Innerwear Vests"), _product(5, "t-shirt", "Tshirts")]
    products[3] = copy(products[3], name="Men Vest")
    recommend = _recommend(products)
    look = Look("men", ("casual",))
    assert set(recommend.pool("top", look, 1, Wish(not_detail="hooded"))[0]) == {2, 4, 5}
    assert 4 not in recommend.pool("top", look, 1, Wish(not_detail="revealing"))[0]
