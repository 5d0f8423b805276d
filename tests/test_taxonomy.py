"""The weak pattern labels that the pattern head learns from come out of product names as intended."""

from __future__ import annotations

import pytest

from vocabulary import accepted_categories, colours_in_name, pattern_from_name


@pytest.mark.parametrize(
    ("name", "label"),
    [
        ("Wrangler Women English Florals Vanilla White Shirt", "floral"),
        ("Jealous 21 Women White Flower Black Stripe Top", "floral"),  # the rarer pattern wins
        ("Gini and Jony Girl's Sara Off White Polka Dot Kidswear", "dotted"),
        ("Murcia Women Green Dotted Bag", "dotted"),
        ("Jealous 21 Women's Checkered Pink White Short", "checked"),
        ("Basics Men Red Slim FitChecked Shirt", "checked"),
        ("Lee Men's Striper Black White T-shirt", "striped"),
        ("UCB Women's Photo Prints White T-shirt", "printed"),
        ("Nike Men Solid Black T-shirt", "solid"),
        ("Tantra Men's Dot Com Maroon T-shirt", None),  # a brand joke, not a dotted print
        ("Reebok Men's Sprint Fit Lite LP Black Silver Shoe", None),
    ],
)
def test_pattern_from_name(name: str, label: str | None) -> None:
    assert pattern_from_name(name) == label


@pytest.mark.parametrize(
    ("name", "colours"),
    [
        ("Wrangler Men's Striper Polo Navy Blue T-shirt", {"navy"}),
        ("Reebok Men's Sprint Fit Lite LP Black Silver Shoe", {"black", "grey"}),
        ("Tantra Men's Dot Com Maroon T-shirt", {"burgundy"}),  # "Tan" inside "Tantra" is no colour
        ("Jealous 21 Women Frills Florals Aubergine Top", set()),
    ],
)
def test_colours_in_name(name: str, colours: set[str]) -> None:
    assert colours_in_name(name) == colours


def test_a_shopper_accepts_near_names_and_never_another_kind() -> None:
    assert accepted_categories("Tshirts", "Nike Men Black Polo T-shirt") >= {"polo", "t-shirt"}
    assert "blouse" in accepted_categories("Shirts") and "blouse" in accepted_categories("Kurtas")
    assert accepted_categories("Jeans") == {"pants"}  # only its own category
    assert not accepted_categories("Tops") & {"pants", "shoes", "shorts", "skirt"}


def test_kidswear_by_gender_or_by_name() -> None:
    """The catalogue's Boys and Girls, and the products whose names alone say they are for children
    (they used to reach adults' outfits); not "Boyfriend" jeans or "baby pink"."""
    from vocabulary import is_kidswear

    assert is_kidswear("Girls", "Palm Tree Top")
    assert is_kidswear("Unisex", "Footfun Kids Unisex Red Shoes")
    assert is_kidswear("Men", "Levis Kids Boy's Davis White Polo Tshirt")
    assert is_kidswear("Unisex", "Quechua Wayta Jr Blue")  # junior sizes
    assert not is_kidswear("Men", "Nike Men Jordan Black Shoes")
    assert is_kidswear("Men", "Timberland Men Toddler Grey Casual Shoes")
    from vocabulary import listed_colour

    assert listed_colour("black", "Probase Men's Screw U Blue Tshirt") == "blue"  # the name is read
    assert listed_colour("navy", "Nike Men Navy Blue Jacket") == "navy"  # "Navy Blue" is navy
    assert listed_colour("white", "Puma Red White Shoes") == "white"  # one of the named
    assert listed_colour("grey", "Puma Men Tee") == "grey" and listed_colour(None, "") is None
    from vocabulary import listed_article

    assert listed_article("Handbags", "Belkin Unisex Black Dash Laptop 16 Toploader Handbag") == "Laptop Bag"
    assert listed_article("Backpacks", "Wildcraft Laptop Backpack") == "Backpacks"  # a backpack all the same
    assert listed_article("Handbags", "Baggit Women Brown Handbag") == "Handbags"
    assert is_kidswear("Men", "Gini and Jony Men Solid Beige Shorts") and is_kidswear(
        "Women", "Gini & Jony Top"
    )
    assert not is_kidswear("Women", "Wrangler Women Boyfriend Blue Jeans")
    assert not is_kidswear("Women", "Baby Pink Top") and not is_kidswear("Men", "Playboy Tee")


def test_shoes_are_listed_as_their_name_says() -> None:
    """475 catalogue "Heels" are named "… Flats": the name decides between the two, when it names one."""
    from vocabulary import listed_article

    assert listed_article("Heels", "Catwalk Women Red Flats") == "Flats"
    assert listed_article("Flats", "Catwalk Women Black Heels") == "Heels"
    assert listed_article("Heels", "Catwalk Women Gold Peep Toes") == "Heels"  # names neither
    assert listed_article("Heels", "Rocia Women Flats Heels") == "Heels"  # names both
    assert listed_article("Casual Shoes", "Puma Men Flats") == "Casual Shoes"  # only heels and flats


def test_sandals_slippers_and_salwars_are_listed_as_their_name_says() -> None:
    """383 flats and heels are named sandals (warm weather's), "Crocs … Slippers" are listed as
    sandals, 22 boots as casual, sports or formal shoes, six salwars as casual leggings: the name
    decides the kind, and a salwar or a kurta is
    ethnic wear whatever style its listing says."""
    from vocabulary import listed_article, listed_usage

    assert listed_article("Flats", "Rocia Women White & Brown Sandals") == "Sandals"
    assert listed_article("Heels", "Catwalk Women Heeled Sandals Heels") == "Heels"  # names two
    assert listed_article("Sandals", "Crocs Unisex Basics khaki Slippers") == "Flip Flops"
    assert listed_article("Sandals", "Fila Unisex Aqua Gripparre Brown Sandals") == "Sandals"
    assert listed_article("Leggings", "Myntra Women Black Patiala Salwar") == "Patiala"
    assert listed_article("Casual Shoes", "Timberland Women Femmes Brown Boot") == "Boots"  # winter's
    assert listed_article("Sandals", "Rocia Women Boot Sandals") == "Sandals"
    assert listed_article("Tshirts", "Boot Camp Tee") == "Tshirts"  # shoes only
    assert listed_article("Leggings", "Nike Women Long Purple Leggings") == "Leggings"
    assert listed_usage("casual", "Patiala") == "ethnic" and listed_usage("casual", "Kurtas") == "ethnic"
    assert listed_usage("casual", "Leggings") == "casual" and listed_usage(None, "Jeans") is None


def test_every_colour_has_stand_ins_and_a_shade() -> None:
    """What stands in for a colour not carried is other palette colours, never itself; every palette
    colour but "multi" has a typical shade and stand-ins."""
    from vocabulary import COLOURS, SHADES, nearest_colours

    for colour in COLOURS:
        near = nearest_colours(colour)
        assert (colour in SHADES) == bool(near) == (colour != "multi")
        assert colour not in near and set(near) <= set(COLOURS)
    assert nearest_colours("navy")[0] == "black"
