"""Outfit rules cover every category; colour harmony; diverse picks."""

from __future__ import annotations

import numpy as np

from matching import complementary_slots, completing_slots
from matching.outfits import (
    Candidate,
    colour_harmony,
    colours_for,
    layered,
    pick_diverse,
    restyled,
    score_candidate,
    slot_of,
    tailored,
)
from vocabulary import ALL_CATEGORIES, SLOT_CATEGORIES


def test_every_category_has_complementary_slots() -> None:
    for category in ALL_CATEGORIES:
        slots = complementary_slots(category)
        assert slots and slot_of(category) not in slots
        assert all(slot in SLOT_CATEGORIES for slot in slots)


def test_known_pairs() -> None:
    assert complementary_slots("t-shirt", limit=2) == ("bottom", "shoes")
    assert complementary_slots("dress", limit=2) == ("shoes", "bag")
    assert complementary_slots("pants", limit=2) == ("top", "shoes")
    assert "bottom" in complementary_slots("outerwear")
    assert "bottom" in complementary_slots("longsleeve")


def test_learned_slots_complete_the_rules() -> None:
    """The rules' slots, then the learned ones, then the others that go (a bag, a jacket …) — where a
    look has nothing of its style in one (a women's formal look's accessories), the next fills in;
    never a slot the garment excludes (no top with a dress)."""
    assert complementary_slots("t-shirt", ["shoes", "accessory", "bag"]) == ("bottom", "shoes", "accessory")
    assert complementary_slots("pants", ["pants", "top", "hat"]) == ("top", "shoes", "hat")
    assert complementary_slots("shirt", ["accessory"], limit=8) == (
        "bottom", "shoes", "accessory", "bag", "outerwear", "hat"
    )  # fmt: skip
    assert "top" not in complementary_slots("dress", ["top", "hat"], limit=8)


def test_a_formal_look_of_separates_gets_a_jacket() -> None:
    """An interview's shirt: trousers, shoes, then a blazer; not for a casual look, a dress, or a look
    wearing or given a jacket already."""
    assert tailored(("bottom", "shoes", "accessory"), ("formal",), {"top"}) == (
        "bottom",
        "shoes",
        "outerwear",
        "accessory",
    )
    assert tailored(("bottom", "shoes", "accessory"), ("casual",), {"top"}) == (
        "bottom",
        "shoes",
        "accessory",
    )
    assert tailored(("shoes", "bag"), ("formal",), {"dress"}) == ("shoes", "bag")
    assert tailored(("bottom", "outerwear", "shoes"), ("formal",), {"top"}) == (
        "bottom",
        "outerwear",
        "shoes",
    )
    assert tailored(("top", "shoes"), ("formal",), {"bottom", "outerwear"}) == ("top", "shoes")


def test_a_whole_outfit_is_completed_by_what_it_lacks() -> None:
    worn = {"top", "bottom", "shoes"}
    assert completing_slots(worn, ["shoes", "dress", "bag", "outerwear", "hat"]) == (
        "bag",
        "outerwear",
        "hat",
    )
    assert completing_slots(worn) == ("outerwear", "bag", "hat")  # no statistics: any slot not worn
    assert "top" not in completing_slots({"dress"}, ["top", "shoes", "bottom", "bag"])
    assert completing_slots({"dress"}, ["top", "shoes", "bottom", "bag"]) == ("shoes", "bag", "outerwear")


def test_street_outfit_statistics_beat_popularity() -> None:
    from matching.compat import Compatibility, evaluate_hit_rate, is_held_out, load_outfits
    from tests.conftest import DATA

    outfits = load_outfits(DATA / "ccp" / "outfit_tags.csv")
    compat = Compatibility.fit([s for p, s in outfits if not is_held_out(p)])
    result = evaluate_hit_rate(compat, [s for p, s in outfits if is_held_out(p)])
    assert result["hit_rate_at_3_learned"] >= result["hit_rate_at_3_popularity"]
    assert compat.suggest({"dress"})[0] == "shoes"


def test_colour_harmony_rules() -> None:
    assert colour_harmony("navy", "red")[1] == "neutral + accent"
    assert colour_harmony("navy", "beige")[1] == "neutrals"
    assert colour_harmony("blue", "orange")[1] == "complementary"
    assert colour_harmony("red", "purple")[1] == "clash"
    assert colour_harmony("red", "pink")[1] == "tonal"
    assert colour_harmony("navy", "red")[0] > colour_harmony("red", "purple")[0]


def test_picks_are_diverse() -> None:
    v = np.ones(4, np.float32) / 2
    same = [Candidate(i, "pants", "beige", "casual", 1, 0.9, v) for i in range(5)]
    other = [
        Candidate(10, "pants", "black", "casual", 1, 0.5, -v),
        Candidate(11, "pants", "grey", "casual", 1, 0.4, None),
    ]
    picks = pick_diverse([score_candidate(c, "navy", "casual", 1) for c in same + other], k=3)
    assert len(picks) == 3
    assert len({p.candidate.colour for p in picks}) == 3


def test_one_design_in_several_colours_is_shown_once_before_other_designs() -> None:
    """Five colours of one printed tee ("Tantra Unisex Printed Orange / Blue / Red … Tshirts") are one
    design: another design comes before its second colour, and the rest only when nothing else is
    left."""
    from vocabulary import without_colours

    names = ["Tantra Unisex Printed Orange Tshirts", "Tantra Unisex Printed Navy Blue Tshirts"]
    assert without_colours(names[0]) == without_colours(names[1]) == "tantra unisex printed tshirts"
    tees = [
        Candidate(i, "t-shirt", colour, "casual", 1, 0.9 - i / 100, None, design="tantra printed tshirts")
        for i, colour in enumerate(("orange", "blue", "red", "green"))
    ]
    other = [Candidate(10, "t-shirt", "orange", "casual", 1, 0.5, None, design="ant bebo tshirts")]
    picks = pick_diverse([score_candidate(c, "grey", "casual", 1) for c in tees + other], k=3)
    assert [p.candidate.product_id for p in picks][:2] == [0, 10]  # then a second colour of the first
    assert len(picks) == 3


def test_a_cold_look_gets_a_layer() -> None:
    """A winter sweater's outfit: its bottoms, then a coat; not for a mild look, nor over a coat."""
    assert layered(("bottom", "shoes", "bag"), "cold") == ("bottom", "outerwear", "shoes", "bag")
    assert layered(("shoes", "outerwear", "bag"), "cold") == ("shoes", "outerwear", "bag")
    assert layered(("bottom", "shoes"), "") == ("bottom", "shoes")
    assert layered(("bottom", "shoes"), "warm") == ("bottom", "shoes")
    assert layered(("top", "bottom", "shoes"), "cold", worn={"outerwear"}) == ("top", "bottom", "shoes")


def test_which_colours_go_with_one() -> None:
    """A neutral takes the other neutrals and sets off colours; a colour is easiest with neutrals,
    then in tone or, boldly, across from it — the same rules that score an outfit's pieces."""
    navy = colours_for("navy")
    assert navy.calm == ("white", "black", "grey") and navy.accents and not navy.tonal
    red = colours_for("red")
    assert red.calm == ("white", "black", "grey", "beige") and not red.accents
    assert red.tonal == ("burgundy", "pink") and red.bold == ("green",)
    both = colours_for("black", "grey")  # "I only own black and grey": what goes with each of them
    assert both.calm == ("white", "beige", "navy") and both.accents and both.also == ("grey",)
    pink_red = colours_for("pink", "red")  # in tone with both: burgundy (not pink with itself)
    assert pink_red.tonal == ("burgundy",) and not pink_red.accents
    for advice in (navy, red, colours_for("multi"), both, pink_red):
        for other in (*advice.calm, *advice.accents, *advice.tonal, *advice.bold):
            for colour in (advice.colour, *advice.also):
                assert colour_harmony(colour, other)[0] >= 0.65, (colour, other)


def test_a_formal_look_keeps_to_neutrals_first() -> None:
    """With a white shirt, a casual look ranks an accent colour first (a pop of colour), a formal one
    navy, grey or black trousers before green ones."""

    def trousers(colour: str) -> Candidate:
        return Candidate(1, "pants", colour, "formal", 0, 0.5)

    formal = {c: score_candidate(trousers(c), "white", "formal", -1).score for c in ("navy", "green")}
    casual = {c: score_candidate(trousers(c), "white", "casual", -1).score for c in ("navy", "green")}
    assert formal["navy"] > formal["green"] and casual["green"] > casual["navy"]


def test_a_capsule_plans_a_top_a_day_and_a_dress_for_her() -> None:
    from application.capsule import plan

    assert plan(3, "summer") == {"bottom": 2, "top": 3, "shoes": 1, "bag": 1}
    assert plan(3, "summer", "women") == {"bottom": 2, "top": 2, "dress": 1, "shoes": 1, "bag": 1}
    assert plan(7, "winter", "women") == {"bottom": 3, "top": 4, "shoes": 2, "outerwear": 1, "bag": 1}
    assert plan(1, "mild") == {"bottom": 1, "top": 2, "shoes": 1, "outerwear": 1, "bag": 1}


def test_a_smart_trips_capsule_keeps_to_smart_pieces() -> None:
    from types import SimpleNamespace

    from application.capsule import _smart
    from application.wish import Wish

    kinds = {1: "Track Pants", 2: "Trousers", 3: "Tshirts", 4: "Shirts", 5: "Shorts"}
    search = SimpleNamespace(
        catalog=SimpleNamespace(items={i: SimpleNamespace(article_type=k) for i, k in kinds.items()})
    )
    business = Wish(occasion="smart")
    assert _smart(search, [1, 2, 5], "bottom", business) == [2]  # type: ignore[arg-type]
    assert _smart(search, [3, 4], "top", business) == [4]  # type: ignore[arg-type]
    assert _smart(search, [1, 5], "bottom", business) == [1, 5]  # nothing else: what there is
    assert _smart(search, [1, 2], "bottom", Wish(occasion="holiday")) == [1, 2]  # type: ignore[arg-type]


def test_what_is_shown_first_for_a_personal_colour_and_a_build() -> None:
    """`Ask.prefers`: a personal colour near the face (tops and layers; any kind searched for), a
    curvy figure's deeper colours in every garment slot, a petite frame's slim trousers, a tall
    frame's nothing in particular."""
    from application.ask import Ask
    from application.wish import Wish

    summer = Ask(leans=("lavender",))
    assert summer.prefers("lavender", "Tee", "top") and not summer.prefers("lavender", "Jeans", "bottom")
    assert summer.prefers("lavender", "Jeans", "bottom", search=True)
    curvy = Ask(Wish(build="curvy"))
    assert curvy.prefers("black", "Shirt", "top") and curvy.prefers("navy", "Trousers", "bottom")
    assert not curvy.prefers("white", "Shirt", "top") and not curvy.prefers("black", "Heels", "shoes")
    petite = Ask(Wish(build="petite"))
    assert petite.prefers("blue", "Men Slim Fit Jeans", "bottom") and not petite.prefers(
        "blue", "Jeans", "bottom"
    )
    assert not Ask(Wish(build="tall")).prefers("black", "Slim Fit Jeans", "bottom")


def test_a_search_without_a_colour_takes_its_colours_in_turn() -> None:
    """`colour_spread`: the most typical of each colour first, in the order the colours came."""
    from types import SimpleNamespace

    from application.search import colour_spread

    products = [SimpleNamespace(id=i, colour=c) for i, c in enumerate("bbbrwb")]
    assert [p.id for p in colour_spread(products)] == [0, 3, 4, 1, 2, 5]  # type: ignore[arg-type]
    assert colour_spread([]) == []


def test_a_funerals_white_is_the_shirts() -> None:
    """A funeral keeps to black, navy, grey and white — white for a shirt, not the trousers or shoes."""
    from application.wish import Wish

    funeral = Wish(occasion="funeral")
    assert "white" in (funeral.colours("top") or ()) and "white" in (funeral.colours() or ())
    assert funeral.colours("bottom") == funeral.colours("shoes") == ("black", "navy", "grey")


def test_a_whole_look_keeps_the_kind_asked_and_its_colour_to_its_slot() -> None:
    """'The whole look' after beige trousers: beige, striped trousers in the bottoms; the other slots
    any colour and pattern (the occasion's, when one is asked)."""
    from application.wish import Wish

    look = Wish(category="pants", colour="beige", pattern="striped", whole=True)
    assert look.colours("bottom") == ("beige",) and look.colours("shoes") is None
    assert look.patterns("top") == (None, frozenset()) and look.patterns("bottom")[0]
    funeral = Wish(category="pants", colour="black", occasion="funeral", whole=True)
    assert funeral.colours("shoes") == ("black", "navy", "grey")
    assert Wish(category="pants", colour="beige").colours("shoes") == ("beige",)  # one kind's answer


def test_a_style_asked_of_an_outfit_photo_swaps_the_pieces_not_in_it() -> None:
    """'Make it more formal' of a casual jacket, skirt and sneakers: the sneakers first, then the
    jacket, then the skirt; nothing when no style is asked or every piece is in it."""
    worn = [("outerwear", "casual"), ("bottom", "casual"), ("shoes", "casual"), ("bag", "formal")]
    assert restyled(worn, "formal") == ("shoes", "outerwear", "bottom")
    assert restyled(worn, None) == () and restyled([("top", "formal")], "formal") == ()
