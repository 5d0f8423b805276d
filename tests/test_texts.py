"""The analysis message (confident answers give one label, unsure ones name both candidates; an outfit
photo lists its garments) and the collage picture of a garment."""

from __future__ import annotations

import io

import numpy as np
import pytest
from PIL import Image

from bot.texts import render_analysis
from inference import Analysis, GarmentItem, Prediction


def _analysis(colour: Prediction) -> Analysis:
    return Analysis(
        category=Prediction("shirt", 0.9, [("shirt", 0.9), ("blouse", 0.05)]),
        attributes={
            "colour": colour,
            "pattern": Prediction("solid", 0.8, [("solid", 0.8), ("striped", 0.1)]),
        },
        style=Prediction("casual", 0.7, [("casual", 0.7), ("formal", 0.3)]),
        cluster=0,
        cluster_name="casual · shirt · navy",
        embedding=np.zeros(4, np.float32),
    )


def test_confident_attributes_show_one_label() -> None:
    text = render_analysis(_analysis(Prediction("navy", 0.81, [("navy", 0.81), ("blue", 0.1)])), "en")
    assert "Colour: navy (81%)" in text
    assert "Pattern: solid (80%)" in text


def test_unsure_colour_names_both_candidates() -> None:
    colour = Prediction("navy", 0.48, [("navy", 0.48), ("blue", 0.40)])
    assert "Colour: navy or blue (48% / 40%)" in render_analysis(_analysis(colour), "en")
    assert "색상: 네이비 또는 블루 (48% / 40%)" in render_analysis(_analysis(colour), "ko")


def _outfit() -> Analysis:
    analysis = _analysis(Prediction("navy", 0.81, [("navy", 0.81), ("blue", 0.1)]))
    analysis.items = [
        GarmentItem(
            "top",
            0.21,
            (40, 80, 200, 260),
            Prediction("shirt", 0.82, [("shirt", 0.82), ("blouse", 0.1)]),
            {"colour": Prediction("white", 0.9, [("white", 0.9)]), "pattern": Prediction("striped", 0.7, [])},
        ),
        GarmentItem(
            "bottom",
            0.18,
            (50, 260, 190, 420),
            Prediction("pants", 0.95, [("pants", 0.95)]),
            {"colour": Prediction("blue", 0.5, [("blue", 0.5), ("navy", 0.45)])},
        ),
    ]
    return analysis


def test_outfit_photos_list_their_garments() -> None:
    text = render_analysis(_outfit(), "en")
    assert "In this outfit I see:" in text
    assert "• <b>Shirt</b> (82%): white (90%), striped (70%)" in text
    assert "• <b>Trousers</b> (95%): blue or navy (50% / 45%)" in text
    assert "이 코디에서 보이는 아이템:" in render_analysis(_outfit(), "ko")
    # the centre of the photo is only part of the outfit: no headline or colour of its own, its style stays
    assert "Colour: navy" not in text and "👕" not in text and "Style: casual" in text
    assert "In this outfit" not in render_analysis(_analysis(Prediction("navy", 0.8, [])), "en")


def test_items_survive_the_workers_wire() -> None:
    sent = _outfit()
    sent.gender, sent.real_photo = Prediction("women", 0.8, [("women", 0.8), ("men", 0.2)]), 0.97
    got = Analysis.from_wire(sent.to_wire())
    assert got.items == sent.items and got.gender == sent.gender and got.real_photo == sent.real_photo
    assert got.to_dict() == sent.to_dict()


def test_an_unsure_garment_is_named_by_its_kind() -> None:
    analysis = _outfit()
    analysis.items[0].category = Prediction("body", 0.3, [("body", 0.3), ("top", 0.25)])
    text = render_analysis(analysis, "en")
    assert "• <b>Top</b>: white (90%)" in text and "Bodysuit" not in text
    assert "• <b>상의</b>: " in render_analysis(analysis, "ko")


async def test_the_collage_of_a_garment_shows_its_crop() -> None:
    """The user's photo beside a garment's products is cut to the garment's box (with a margin)."""
    from types import SimpleNamespace

    from bot.handlers import _user_image

    photo = Image.new("RGB", (200, 400), "white")
    photo.paste((200, 0, 0), (50, 300, 150, 380))  # red shoes at the bottom
    data = io.BytesIO()
    photo.save(data, "PNG")

    async def get_file(file_id: str) -> SimpleNamespace:
        async def download_as_bytearray() -> bytearray:
            return bytearray(data.getvalue())

        return SimpleNamespace(download_as_bytearray=download_as_bytearray)

    context = SimpleNamespace(bot=SimpleNamespace(get_file=get_file))
    whole = await _user_image(context, "tg:file", None)  # type: ignore[arg-type]
    shoes = await _user_image(context, "tg:file", [50, 300, 150, 380])  # type: ignore[arg-type]
    assert whole.size == (200, 400)
    assert shoes.size == (116, 93)  # the box and 8% of it on each side
    assert shoes.getpixel((58, 46)) == (200, 0, 0)
    assert await _user_image(context, "/a/local/path.jpg") is None  # type: ignore[arg-type]


def test_no_bot_token_reaches_a_log_line(caplog: pytest.LogCaptureFixture) -> None:
    """httpx and python-telegram-bot log request URLs, which hold the token: every record is cut."""
    import logging

    from bot.logs import Redact

    caplog.handler.addFilter(Redact())
    logging.getLogger("httpx").warning(
        "HTTP Request: POST %s", "http://127.0.0.1:81/bot123456:AAH-secret_token_abcdefghijkl/getMe"
    )
    assert "secret" not in caplog.text and "123456:" not in caplog.text and "<token>" in caplog.text


def test_no_name_reaches_a_log_line(caplog: pytest.LogCaptureFixture) -> None:
    """At DEBUG python-telegram-bot logs whole updates (objects) and API results (dicts, JSON):
    the name fields are cut however they are written, and so is a traceback's."""
    import json
    import logging

    from telegram import Chat, User

    from bot.logs import Redact

    caplog.set_level(logging.DEBUG)
    caplog.handler.addFilter(Redact())
    user = User(7, "Mina", False, last_name="Kim", username="mina_k")
    log = logging.getLogger("telegram.ext.Application")
    log.debug("Processing update %s", user)
    log.debug("result %s", {"chat": {"first_name": "Mina", "username": "mina_k"}})
    log.debug("result %s", json.dumps({"from": {"first_name": "Mina O'Neil", "last_name": "Kim"}}))
    log.debug("chat %r", Chat(7, "private", first_name="Mina", title='Mina\'s "group"'))
    try:
        raise ValueError(f"bad user {user}")
    except ValueError:
        log.exception("failed")
    assert "Mina" not in caplog.text and "mina_k" not in caplog.text and "Kim" not in caplog.text
    assert caplog.text.count("<hidden>") >= 8 and "Processing update" in caplog.text


def test_an_unsure_style_names_its_two_candidates() -> None:
    """As colour and pattern do, and as the outfit mixes them (`STYLE_MIX_BELOW`)."""
    analysis = _analysis(Prediction("navy", 0.8, []))
    assert "Style: casual (70%)" in render_analysis(analysis, "en")
    analysis.style = Prediction("party", 0.36, [("party", 0.36), ("casual", 0.35), ("formal", 0.29)])
    assert "Style: party or casual (36% / 35%)" in render_analysis(analysis, "en")
    assert "스타일: 파티 또는 캐주얼 (36% / 35%)" in render_analysis(analysis, "ko")


def test_an_occasions_colours_are_said_by_its_etiquette() -> None:
    """'What colours should I wear to …?': every occasion with a colour rule says its colours in both
    languages, nothing left unfilled; a funeral names no bright colour (it was "red, burgundy, yellow
    for a pop of colour"); an occasion with no rule gets the look's colour advice."""
    from application.opinion import colours_asked
    from application.replies import Reply
    from bot.replies import render_reply
    from vocabulary import COLOUR_RULES

    for occasion in COLOUR_RULES:
        reply = colours_asked(occasion, "grey")
        assert reply.say == "occasion_colours"
        for language in ("en", "ko"):
            said = render_reply(reply, language)
            assert "{" not in said and said.strip()
    funeral = render_reply(colours_asked("funeral", "grey"), "en")
    assert funeral.startswith("For a funeral: black, navy or dark grey") and "red" not in funeral
    assert render_reply(colours_asked("beach_wedding", "grey"), "en").startswith(
        "For a beach wedding: light colours — beige, blue, pink or grey"
    )
    assert colours_asked("date", "grey").say == "colour_advice"  # no etiquette: what goes with grey
    shoes = render_reply(colours_asked("funeral", "grey", "shoes"), "en")  # of a kind: the etiquette's
    assert shoes == "Grey is easiest with neutrals: black." and "red" not in shoes  # of what goes with it
    assert "orange" not in render_reply(colours_asked("interview", "blue", "bag"), "en")  # (a bold pop)
    nearest = Reply(  # no red one here, with no kind asked: "no red piece here"
        "nearest_colour", {"colour": "red", "kind": None, "article": None}
    )
    assert render_reply(nearest, "en").startswith("I have no red piece here, so I began")  # (was "red  here")
    assert render_reply(nearest, "ko").startswith("레드 아이템은 여기 없어서")


def test_every_occasion_has_a_name_in_both_languages() -> None:
    from bot.labels import OCCASION_NAMES
    from understanding.occasions import OCCASIONS

    assert {occasion.name for occasion in OCCASIONS} <= set(OCCASION_NAMES)
    assert all(english and korean for english, korean in OCCASION_NAMES.values())


def test_a_verdict_says_what_follows_it() -> None:
    """A no is followed by pieces that would suit, or says there are none (never "Some that would
    suit:" over "nothing found"); Korean particles follow the word before them."""
    from application.opinion import Verdict
    from application.replies import Reply
    from application.wish import Wish
    from bot.replies import render_reply
    from bot.verdicts import pair_text

    verdict = Verdict("no", "style", "casual", "formal")
    values = {"verdict": verdict, "category": "dress", "colour": "pink", "wish": Wish(occasion="wedding")}
    assert render_reply(Reply("verdict", values), "en") == (
        "Not really: it reads casual, and a wedding asks for formal. Some that would suit:"
    )
    none = render_reply(Reply("verdict", {**values, "none": True}), "en")
    assert none.endswith("asks for formal. I have nothing here that would suit, sorry.")
    korean = render_reply(Reply("verdict", values), "ko")
    assert korean.startswith("조금 어려워요. 이 원피스는 캐주얼 스타일인데 결혼식에는 포멀 스타일이")
    plain = Verdict("no", "pattern", "formal", "formal", pattern="printed")
    funeral = {"verdict": plain, "category": "shirt", "colour": "black", "wish": Wish(occasion="funeral")}
    assert render_reply(Reply("verdict", funeral), "en").startswith(
        "The style and colour work, but a funeral asks for plain pieces rather than printed ones."
    )
    assert render_reply(Reply("no_such_number", {"n": 2, "count": 0}), "en").startswith(
        "I haven't shown anything numbered yet"
    )
    assert render_reply(Reply("no_such_number", {"n": 9, "count": 5}), "en").startswith("There is no #9")
    unsure = render_reply(Reply("nothing_found", {"who": True}), "en")
    assert unsure.startswith("I found nothing that fits all of that.") and "tell me who it's for" in unsure
    flats = Verdict("maybe", "style", "party", "casual", pair=("shoes", None, ""))  # a guest's dress
    assert pair_text(flats, "black", "en").startswith(
        "It could work: shoes are mostly casual, so they make it less dressy"
    )
    assert "조금 덜 화려하게 보여요" in pair_text(flats, "black", "ko")  # (were "less party", "덜 파티하게")
    code = Verdict("no", "style", "casual", "casual", pair=("sneakers", None, ""), code="interview")
    assert pair_text(code, "navy", "en") == (  # a casual blazer's look at an interview: its dress code
        "Better not: sneakers are casual wear, and an interview asks for formal. Here's the look with what"
        " suits it:"
    )
    assert pair_text(code, "navy", "ko").startswith("추천하지 않아요. 운동화는 캐주얼 스타일이라 면접에는")
    shade = Verdict("no", "shade", "casual", "formal", colours=("black", "navy"))  # red shoes at a funeral
    red = {"verdict": shade, "category": "shoes", "colour": "red", "wish": Wish(occasion="funeral")}
    assert render_reply(Reply("verdict", red), "en").startswith(
        "Not in red: a funeral asks for black or navy."
    )
    suits = Verdict("yes", "", "casual", None, ("date",))  # "is #2 ok?" of a bag: not layered
    bag = {"verdict": suits, "category": "bag", "colour": "black", "wish": Wish()}
    assert "It goes with any season." in render_reply(Reply("verdict", bag), "en")
    assert "계절에 상관없이" in render_reply(Reply("verdict", bag), "ko") and "겹쳐" not in render_reply(
        Reply("verdict", bag), "ko"
    )


def test_a_looks_balance_is_said() -> None:
    """'Too much black?' answered in words: the count, and what breaks it up (white or beige for a deep
    colour); a funeral's dark look is its etiquette; the accent colours named; in Korean too."""
    from bot.verdicts import balance_text

    black = {"concern": "colour", "colour": "black", "count": 3, "total": 4, "too": True, "accents": []}
    black |= {"contrast": ("white", "beige")}  # (application.balance chooses it)
    assert balance_text(black, "en") == (
        "Yes, a lot of black: 3 of its 4 pieces — one in white or beige would break it up."
    )
    assert balance_text(black, "ko").startswith("네, 블랙이 많아요: 4벌 중 3벌.")
    funeral = black | {"concern": "dark", "kept_for": "funeral"}
    assert (
        balance_text(funeral, "en")
        == "It's dark, and that's right for a funeral, which keeps to quiet colours."
    )
    busy = {"concern": "colourful", "colour": None, "count": 3, "total": 4, "too": True}
    assert "3 colours compete (red, green and yellow)" in balance_text(
        busy | {"accents": ["red", "green", "yellow"]}, "en"
    )
    calm = busy | {"count": 1, "too": False, "accents": ["red"]}
    assert balance_text(calm, "en") == "No — just red: calm enough."


def test_items_weighed_apart_are_told_apart() -> None:
    """'What's the difference between #1 and #3?': each one's name with what differs (its season, its
    price), nothing that is the same; when nothing differs, that little does."""
    from application.items import Item
    from application.picks import compared
    from bot.replies import compared_text
    from catalog import CatalogItem

    def item(pid: int, name: str, season: str, price: int | None) -> Item:
        product = CatalogItem(
            pid, name, "dress", "black", "solid", "casual", "women", 0, price, None, "", season
        )
        return Item(pid, name, price, "", "", product=product)

    one = item(1, "Avirate Black Dress", "Fall", 39000)
    three = item(3, "Elle's Black Dress", "Summer", None)  # escaped once, with the whole answer
    facts = compared((1, 3), [one, three])
    assert [set(f) for f in facts] == [{"n", "name", "season", "price"}] * 2
    text = compared_text({"numbers": [1], "compared": facts}, "en")
    assert (
        text == "#1 Avirate Black Dress: for spring and autumn · ₩39,000\n#3 Elle's Black Dress: for summer"
    )
    alike = compared((1, 2), [one, item(2, "Avirate Black Dress", "Fall", 39000)])
    assert compared_text({"numbers": [1], "compared": alike}, "en").startswith("Alike in pattern, style")


def test_a_pick_prefers_what_was_asked() -> None:
    """'Which of these is the most formal?' prefers formal pieces, '이 중에 제일 무난한 거?' plain neutral
    ones; a plain pick prefers none."""
    from application.items import Item
    from application.picks import prefer_of, preferred
    from catalog import CatalogItem
    from understanding import parse

    assert prefer_of(parse("which of these is the most formal?")) == "formal"
    assert prefer_of(parse("이 중에 제일 무난한 거 뭐야?")) == "versatile"
    assert prefer_of(parse("which one would you pick?")) is None
    suit = CatalogItem(
        1, "Arrow Men Black Blazer", "blazer", "black", "solid", "formal", "men", 0, None, None, ""
    )
    tee = CatalogItem(2, "Nike Men Red Tee", "t-shirt", "red", "printed", "sports", "men", 0, None, None, "")
    assert preferred(Item(1, suit.name, None, "", "", product=suit), "formal")
    assert preferred(Item(1, suit.name, None, "", "", product=suit), "versatile")
    assert not preferred(Item(2, tee.name, None, "", "", product=tee), "formal")


def test_a_fabric_is_judged_for_the_season_and_style() -> None:
    """'Is linen ok for hiking?' no, polyester or cotton; wool in summer too warm; linen at a summer
    wedding yes; with nothing asked, what the fabric is like."""
    from bot.fabrics import fabric_verdict_text
    from vocabulary import fabric_fits

    def said(material: str, season: str | None, style: str | None, occasion: str | None = None) -> str:
        off, instead = fabric_fits(material, season, style)
        values = {"material": material, "season": season, "style": style, "occasion": occasion}
        return fabric_verdict_text(values | {"off": off, "instead": instead}, "en")

    assert (
        said("linen", None, "sports", "hiking")
        == "Not really: linen isn't made for sport — polyester or cotton would do."
    )
    assert (
        said("wool", "summer", None)
        == "Not really: wool is too warm for summer — linen or cotton would be cooler."
    )
    assert said("linen", "summer", "formal", "wedding").startswith(
        "Yes — linen is right for a wedding in summer:"
    )
    assert said("linen", None, None).startswith("Linen: it breathes")
    assert fabric_fits("down", "winter", "formal") == ("style", ("wool", "cashmere"))  # a coat over a suit
