"""The real Application, long-polling a local fake Bot API server over HTTP:
/start → photo → analysis with buttons → Match an outfit → collage with shop links → Similar items."""

from __future__ import annotations

import json
import re

from telegram.ext import Application

from application import feedback_summary
from tests.conftest import assert_garment_answer, clothing_photos
from tests.fakes.telegram import Call, FakeBotApi
from training.parsing import is_held_out_street_photo, load_street_photos


def _is(method: str, contains: str = ""):  # type: ignore[no-untyped-def]
    def predicate(call: Call) -> bool:
        text = str(call.params.get("text") or call.params.get("caption") or "")
        return call.method == method and contains in text

    return predicate


def _picks_per_slot(listing: str) -> list[int]:
    """How many links each slot heading of a listing is followed by."""
    return [part.count('href="') for part in re.split(r"\n<b>[^<]+</b>\n", listing)[1:]]


async def test_photo_to_outfit_over_http(polling_app: Application, fake_api: FakeBotApi) -> None:
    user = fake_api.user(language="en")
    fake_api.push(fake_api.update(message=fake_api.command_message(user, "/start")))
    greeting = await fake_api.wait_for(_is("sendMessage", "Stylist"))
    assert "photo" in greeting.params["text"]

    photo = clothing_photos("T-Shirt")[0].read_bytes()
    message = fake_api.photo_message(user, photo)
    fake_api.push(fake_api.update(message=message))
    answer = await fake_api.wait_for(lambda c: c.method == "sendMessage" and "reply_markup" in c.params)
    assert answer.params["parse_mode"] == "HTML"
    assert_garment_answer(answer.params["text"])
    buttons = [b for row in answer.params["reply_markup"]["inline_keyboard"] for b in row]
    assert [b["text"] for b in buttons][:3] == ["👗 Match an outfit", "🔎 Similar items", "💸 Cheaper"]
    assert "➕ Save to wardrobe" in [b["text"] for b in buttons]
    outfit_data = buttons[0]["callback_data"]
    assert re.fullmatch(r"o:\d+", outfit_data)

    sent_message = {**message, "message_id": 5555, "from": fake_api.bot_user, "text": answer.params["text"]}
    fake_api.push(fake_api.callback_update(user, sent_message, outfit_data))
    collage = await fake_api.wait_for(_is("sendPhoto"))
    assert collage.files["photo"][:2] == b"\xff\xd8"  # a JPEG collage
    assert any(c.method == "answerCallbackQuery" for c in fake_api.calls)
    listing = (
        collage.params["caption"]
        if "href" in collage.params["caption"]
        else (await fake_api.wait_for(_is("sendMessage", "href"))).params["text"]
    )
    links = re.findall(r'href="([^"]+)"', listing)
    # up to three picks for every slot the look has (fewer where the small test catalogue has fewer)
    picks = _picks_per_slot(listing)
    assert len(links) >= 3 and picks and all(1 <= n <= 3 for n in picks)
    assert all(link.startswith("https://search.shopping.naver.com/search/all?query=") for link in links)

    fake_api.push(fake_api.callback_update(user, sent_message, buttons[1]["callback_data"]))
    similar = await fake_api.wait_for(_is("sendPhoto"))
    text = similar.params["caption"]
    assert len(re.findall(r'href="', text)) == 5

    fake_api.push(fake_api.callback_update(user, sent_message, buttons[2]["callback_data"]))
    cheaper = await fake_api.wait_for(_is("sendMessage", "sort=price_asc"))
    assert "cheapest first" in cheaper.params["text"]


async def test_a_vote_on_a_recommendation_is_stored_once(
    polling_app: Application, fake_api: FakeBotApi
) -> None:
    """👍 / 👎 under the outfit: the vote is stored (a second one replaces it), the user is thanked
    and the buttons go; a vote for an analysis that is gone gets the stale answer."""
    service = polling_app.bot_data["stylist"]
    user = fake_api.user(user_id=21, language="en")
    message = fake_api.photo_message(user, clothing_photos("Pants")[0].read_bytes())
    fake_api.push(fake_api.update(message=message))
    answer = await fake_api.wait_for(lambda c: c.method == "sendMessage" and "reply_markup" in c.params)
    outfit_data = answer.params["reply_markup"]["inline_keyboard"][0][0]["callback_data"]
    sent_message = {**message, "message_id": 7777, "from": fake_api.bot_user, "text": answer.params["text"]}
    fake_api.push(fake_api.callback_update(user, sent_message, outfit_data))
    listing = await fake_api.wait_for(
        lambda c: c.method in ("sendPhoto", "sendMessage") and "reply_markup" in c.params and c is not answer
    )
    rows = listing.params["reply_markup"]["inline_keyboard"]
    assert [b["text"] for b in rows[0]] == ["↩ Back", "🔄 Show others"]  # back: the photo's own answer
    assert [b["callback_data"] for b in rows[0]] == ["k:outfit", "n:outfit"]
    votes = rows[-1]
    assert [b["text"] for b in votes] == ["👍 Helpful", "👎 Not for me"]
    assert all(re.fullmatch(r"f:o:[+-]:\d+", b["callback_data"]) for b in votes)

    listed = {**sent_message, "message_id": 7778, "reply_markup": listing.params["reply_markup"]}
    for vote in votes:
        edits = len(fake_api.sent("editMessageReplyMarkup"))
        fake_api.push(fake_api.callback_update(user, listed, vote["callback_data"]))
        edit = await fake_api.wait_for(
            lambda c, edits=edits: (
                c.method == "editMessageReplyMarkup" and len(fake_api.sent(c.method)) > edits
            )
        )
        assert edit.params["message_id"] in (7778, "7778")
        kept = edit.params["reply_markup"]  # only the votes go: "↩ Back" and "🔄 Show others" stay
        kept = json.loads(kept) if isinstance(kept, str) else kept
        assert [b["text"] for b in kept["inline_keyboard"][0]] == ["↩ Back", "🔄 Show others"]
    thanks = [c for c in fake_api.sent("answerCallbackQuery") if "Thanks" in str(c.params.get("text"))]
    assert len(thanks) == 2
    assert await feedback_summary(service.sessions) == {
        "outfit": {"votes": 1, "helpful": 0, "helpful_share": 0.0}
    }

    fake_api.push(fake_api.callback_update(user, sent_message, "f:o:+:999999"))
    await fake_api.wait_for(lambda c: c.method == "answerCallbackQuery" and "show_alert" in c.params)


async def test_korean_user_gets_korean(polling_app: Application, fake_api: FakeBotApi) -> None:
    user = fake_api.user(user_id=7, language="ko")
    fake_api.push(fake_api.update(message=fake_api.command_message(user, "/start")))
    greeting = await fake_api.wait_for(_is("sendMessage", "스타일리스트"))
    assert greeting.params["chat_id"] in (7, "7")
    fake_api.push(fake_api.update(message=fake_api.message(user, text="안녕")))
    await fake_api.wait_for(_is("sendMessage", "사진"))


async def test_outfit_photo_gets_a_button_per_garment(polling_app: Application, fake_api: FakeBotApi) -> None:
    """A street photo of someone in an outfit: the garments are listed, and each has a button that
    finds products like that garment (its own crop's embedding, category and colour)."""
    user = fake_api.user(user_id=11, language="en")
    photos, _ = load_street_photos()
    held = [p for p in photos if is_held_out_street_photo(p.id)]
    message = fake_api.photo_message(user, held[0].photo.read_bytes())
    fake_api.push(fake_api.update(message=message))
    answer = await fake_api.wait_for(lambda c: c.method == "sendMessage" and "reply_markup" in c.params)
    text = answer.params["text"]
    assert "In this outfit I see:" in text
    buttons = [b for row in answer.params["reply_markup"]["inline_keyboard"] for b in row]
    garments = [b for b in buttons if b["text"].startswith("🛍 Shop the ")]
    assert len(garments) == text.count("• ") >= 2
    assert len({b["callback_data"] for b in buttons}) == len(buttons)  # each garment is its own analysis

    shoes = next((b for b in garments if b["text"] == "🛍 Shop the shoes"), garments[-1])
    sent_message = {**message, "message_id": 6666, "from": fake_api.bot_user, "text": text}
    fake_api.push(fake_api.callback_update(user, sent_message, shoes["callback_data"]))
    similar = await fake_api.wait_for(_is("sendPhoto", "Similar to your"))
    assert shoes["text"].removeprefix("🛍 Shop the ") in similar.params["caption"]
    assert len(re.findall(r'href="', similar.params["caption"])) == 5

    # Match an outfit on the whole photo completes the look instead of repeating what is worn.
    fake_api.push(fake_api.callback_update(user, sent_message, buttons[0]["callback_data"]))
    look = await fake_api.wait_for(_is("sendPhoto", "To complete your look"))
    listing = look.params["caption"]
    if "href=" not in listing:  # too long for a caption: the list follows as a message
        listing = (await fake_api.wait_for(_is("sendMessage", "To complete your look"))).params["text"]
    worn = {b["text"].removeprefix("🛍 Shop the ") for b in garments}
    slots = re.findall(r"\n<b>([^<]+)</b>", listing)
    assert slots and not {slot.lower() for slot in slots} & worn
