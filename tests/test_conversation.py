"""The conversation end to end: the real Application (`process_update`, HTTP to the fake Bot API)
over a real database — words and photos together, English and Korean, filters with their remove
buttons, settings, wardrobe, /forget, and a restart between two messages of one conversation."""

from __future__ import annotations

import asyncio
import html
import io
import json
import re
import sys
from collections import Counter
from collections.abc import AsyncIterator
from dataclasses import dataclass, replace
from typing import Any
from urllib.parse import quote

import pytest
from PIL import Image
from sqlalchemy import func, select, update
from telegram import Update
from telegram.ext import Application

from application import Settings
from application.chat_states import load_conversation
from bot.app import build_application
from inference import LocalWorker
from storage import Analysis, Base, ChatState
from tests.conftest import clothing_photos
from tests.fakes.telegram import Call, FakeBotApi
from understanding import parse
from understanding.lexicon import LIGHT_COLOURS
from vocabulary import cut_of, has_detail, slot_of


@dataclass
class Chat:
    """One user talking to one running bot."""

    app: Application
    api: FakeBotApi
    user: dict[str, Any]

    async def _process(self, update: dict[str, Any]) -> list[Call]:
        before = len(self.api.calls)
        await self.app.process_update(Update.de_json(update, self.app.bot))
        return [
            c
            for c in self.api.calls[before:]
            if c.method in ("sendMessage", "sendPhoto", "sendMediaGroup", "answerCallbackQuery")
        ]

    async def say(self, text: str) -> list[Call]:
        message = (
            self.api.command_message(self.user, text)
            if text.startswith("/")
            else self.api.message(self.user, text=text)
        )
        return await self._process(self.api.update(message=message))

    async def photo(self, data: bytes, caption: str | None = None) -> list[Call]:
        message = self.api.photo_message(self.user, data)
        if caption:
            message["caption"] = caption
        return await self._process(self.api.update(message=message))

    async def album(self, photos: list[bytes], caption: str | None = None) -> list[Call]:
        """Send photos as one album: their updates processed at once, as Telegram delivers them;
        returns what the bot sent once the album is answered."""
        before = len(self.api.calls)
        messages = [self.api.photo_message(self.user, data) for data in photos]
        for message in messages:
            message["media_group_id"] = "album-1"
        if caption:
            messages[0]["caption"] = caption
        updates = [Update.de_json(self.api.update(message=m), self.app.bot) for m in messages]
        await asyncio.gather(*(self.app.process_update(u) for u in reversed(updates)))
        for _ in range(300):  # answered a moment after the last photo
            sent = [c for c in self.api.calls[before:] if c.method in ("sendMessage", "sendPhoto")]
            if sent:
                await asyncio.sleep(0.2)
                return [c for c in self.api.calls[before:] if c.method in ("sendMessage", "sendPhoto")]
            await asyncio.sleep(0.1)
        raise AssertionError("the album was never answered")

    async def press(self, data: str) -> list[Call]:
        message = self.api.message(self.user, text="buttons")
        return await self._process(self.api.callback_update(self.user, message, data))

    async def state(self) -> ChatState:
        async with self.app.bot_data["stylist"].sessions() as session:
            row = await session.get(ChatState, self.user["id"])
        assert row is not None
        return row

    def catalog(self):  # type: ignore[no-untyped-def]
        return self.app.bot_data["stylist"].catalog


def text_of(call: Call) -> str:
    return str(call.params.get("text") or call.params.get("caption") or "")


def buttons(call: Call) -> dict[str, str]:
    markup = call.params.get("reply_markup") or {}
    return {b["text"]: b["callback_data"] for row in markup.get("inline_keyboard", []) for b in row}


async def open_app(settings: Settings, worker: LocalWorker, api: FakeBotApi) -> Application:
    app = build_application(replace(settings, telegram_token=api.token, telegram_api_url=api.api_url))
    app.bot_data["worker"] = worker
    await app.initialize()
    await app.post_init(app)  # type: ignore[misc]
    return app


async def close_app(app: Application) -> None:
    await app.post_shutdown(app)  # type: ignore[misc]
    await app.shutdown()


@pytest.fixture
async def api() -> AsyncIterator[FakeBotApi]:
    fake = FakeBotApi()
    await fake.start()
    yield fake
    await fake.stop()


@pytest.fixture
async def chat(settings: Settings, worker: LocalWorker, api: FakeBotApi) -> AsyncIterator[Chat]:
    app = await open_app(settings, worker, api)
    yield Chat(app, api, api.user(42))
    await close_app(app)


async def test_search_by_words_refine_and_remove_a_filter(chat: Chat) -> None:
    (answer,) = await chat.say("t-shirts")
    assert answer.method == "sendPhoto" and "Here's what I found: T-shirt" in text_of(answer)
    shown = (await chat.state()).shown
    assert shown and all(chat.catalog().items[i].category == "t-shirt" for i in shown)

    (answer,) = await chat.say("in black")
    assert "Filters: black · T-shirt" in text_of(answer)
    assert {"✕ black", "✕ T-shirt"} <= set(buttons(answer))
    shown = (await chat.state()).shown
    assert shown and all(chat.catalog().items[i].colour == "black" for i in shown)

    (answer,) = await chat.say("not black")  # the opposite replaces it
    shown = (await chat.state()).shown
    assert "not black" in text_of(answer)
    assert shown and all(chat.catalog().items[i].colour != "black" for i in shown)

    replies = await chat.press(buttons(answer)["✕ not black"])
    assert replies[0].method == "answerCallbackQuery"
    assert "not black" not in text_of(replies[-1]) and "Filters: T-shirt" in text_of(replies[-1])


async def test_filters_taken_off_in_words(chat: Chat) -> None:
    """'any colour' and 'the price doesn't matter' take off what their ✕ buttons would, the rest
    kept; '색상 상관없이' in Korean (not 'for anyone')."""
    await chat.say("black t-shirts under 50000 won")
    (answer,) = await chat.say("any colour")
    state = await chat.state()
    assert "Filters: T-shirt · under ₩50,000" in text_of(answer) and state.filters.get("colour") is None
    assert state.filters["max_price"] == 50000 and state.mode == "search"
    (answer,) = await chat.say("the price doesn't matter")
    state = await chat.state()
    assert "Filters: T-shirt" in text_of(answer) and state.filters.get("max_price") is None
    chat.user = chat.api.user(44, language="ko")
    await chat.say("검은색 니트")
    kind = (await chat.state()).filters["category"]
    await chat.say("색상 상관없이")
    state = await chat.state()
    assert state.filters.get("colour") is None and state.filters.get("gender") is None
    assert state.filters["category"] == kind and state.mode == "search"


async def test_a_cut_asked_for_is_read_from_names(chat: Chat) -> None:
    """'slim fit shirts': shirts whose names say a slim cut, with its ✕ button; 'any fit' takes it off;
    a cut none is named for ('오버핏 원피스'): the others, said so; 'I hate skinny jeans': jeans of
    neither cut."""
    slim = [p.id for p in chat.catalog().items.values() if p.category == "shirt" and cut_of(p.name) == "slim"]
    (answer,) = await chat.say("slim fit shirts")
    shown = (await chat.state()).shown
    if slim:  # the small test catalogue: as many as it has
        assert shown and set(shown) <= set(slim) and "✕ slim fit" in buttons(answer)
    else:
        assert "None slim fit here, so other cuts: shirt" in text_of(answer)
    (answer,) = await chat.say("any fit")
    assert (await chat.state()).filters.get("cut") is None and "slim fit" not in text_of(answer)
    (answer,) = await chat.say("I hate skinny jeans")  # neither slim nor roomy (were slim fit jeans)
    state = await chat.state()
    assert state.filters.get("cut") == "regular" and "✕ regular fit" in buttons(answer)
    assert not [i for i in state.shown if cut_of(chat.catalog().items[i].name) is not None]
    chat.user = chat.api.user(46, language="ko")
    dresses = [p for p in chat.catalog().items.values() if p.category == "dress"]
    assert dresses and not any(cut_of(p.name) == "roomy" for p in dresses)
    (answer,) = await chat.say("오버핏 원피스")
    assert "오버핏 상품이 없어 다른 핏으로 찾았어요: 원피스" in text_of(answer)
    assert (await chat.state()).shown


async def test_a_search_with_none_of_its_style_gives_the_closest_and_says_so(chat: Chat) -> None:
    """'formal coat for men': the catalogue has no men's formal outerwear, so the nearest style's
    (party, then casual) — never women's, and the jackets that stand in for coats (none listed) —
    titled with what was set aside; before, 'I found nothing' (an outfit's asked coat: `test_coherence`)."""
    items = chat.catalog().items.values()
    outerwear = [p for p in items if p.category == "outerwear" and p.gender == "men" and not p.kids]
    assert outerwear and not any(p.usage == "formal" for p in outerwear)
    (answer,) = await chat.say("formal coat for men")
    shown = [chat.catalog().items[i] for i in (await chat.state()).shown]
    assert "None formal here, so the closest: casual jackets" in text_of(answer)  # no coats: jackets
    assert shown and all(p.article_type == "Jackets" and p.gender == "men" and not p.kids for p in shown)
    assert "✕ formal" in buttons(answer)  # still asked: its ✕ takes it off
    chat.user = chat.api.user(97, language="ko")
    (answer,) = await chat.say("남자 면접 정장 코트")
    assert "조건(면접)에 맞는 상품이 없어 가장 가까운 걸 찾았어요: 캐주얼 자켓" in text_of(answer)


async def test_a_whole_looks_budget_is_shared_by_its_slots(chat: Chat) -> None:
    """'An outfit under 100,000 won in total': each slot keeps to its share of the whole (its heading
    and its links say it; the shares and the start's never pass the total), the filter says "in all";
    a price alone after it is each piece's again (was 100,000 for every piece)."""
    from vocabulary import budget_share

    await chat.say("an outfit under 100,000 won in total")
    state = await chat.state()
    assert state.mode == "outfit" and state.filters["max_price"] == 100000 and state.filters["total"]
    replies = await chat.say("show me the whole outfit again")
    text = "\n".join(text_of(call) for call in replies)
    shares = [int(m) for m in re.findall(r"\(under ₩([\d,]+)\)", text.replace(",", ""))]
    assert len(shares) >= 2 and sum(shares) < 100000 and "Filters: ₩100,000 in all" in text
    for share in shares:
        assert f"maxPrice={share}" in text
    assert "maxPrice=100000" not in text
    assert budget_share(100000, "top", ["top", "bottom", "shoes"]) == 29000
    assert budget_share(100000, "shoes", ["top", "bottom", "shoes"]) == 43000
    await chat.say("under 50,000 won")  # a price alone: each piece's
    assert not (await chat.state()).filters.get("total")
    await chat.say(
        "I need a whole outfit for a date under 100,000 won"
    )  # the whole look's (was each piece's)
    assert (await chat.state()).filters.get("total")


async def test_korean_search_price_and_another_one(chat: Chat) -> None:
    chat.user = chat.api.user(43, language="ko")
    (answer,) = await chat.say("검은색 티셔츠 보여줘")
    assert "찾은 상품: 블랙 티셔츠" in text_of(answer)
    first = (await chat.state()).shown
    (answer,) = await chat.say("5만원 이하")
    assert "50,000원 이하" in text_of(answer) and "maxPrice=50000" in text_of(answer)
    (answer,) = await chat.say("다른 거")
    again = (await chat.state()).shown
    assert again and not set(again) & set(first)  # the next ones, not those already shown
    for _ in range(40):  # until every black T-shirt under 50,000 won has been shown
        (answer,) = await chat.say("다른 거")
        if "여기까지예요" in text_of(answer):
            break
    else:
        raise AssertionError("'another one' never ran out")
    assert (await chat.state()).shown  # the last page stays numbered ("#2" still means something)


async def test_a_conversation_survives_a_restart(
    settings: Settings, worker: LocalWorker, api: FakeBotApi
) -> None:
    user = api.user(44)
    app = await open_app(settings, worker, api)
    (answer,) = await Chat(app, api, user).say("trousers for men")
    assert "Filters: trousers · for men" in text_of(answer)
    await close_app(app)  # the process stops mid-conversation

    app = await open_app(settings, worker, api)
    chat = Chat(app, api, user)
    (answer,) = await chat.say("in black")
    assert "Filters: black · trousers · for men" in text_of(answer)
    shown = [chat.catalog().items[i] for i in (await chat.state()).shown]
    assert shown and all(
        p.colour == "black" and p.category == "pants" and p.gender in ("men", "unisex") for p in shown
    )
    await close_app(app)


async def test_a_photo_with_a_caption_and_the_settings_asked_once(chat: Chat) -> None:
    photo = clothing_photos("T-Shirt")[0].read_bytes()
    replies = await chat.photo(photo, caption="for the gym")
    analysis, *outfit, question = replies  # the outfit: its collage, and a long list as its own message
    assert "Colour" in text_of(analysis) and "➕ Save to wardrobe" in buttons(analysis)
    assert outfit[0].method == "sendPhoto" and any("Filters: for the gym" in text_of(c) for c in outfit)
    shown = (await chat.state()).shown
    assert shown and all(chat.catalog().items[i].usage == "sports" for i in shown)
    assert "sports, as asked" in "".join(text_of(c) for c in outfit)  # not the T-shirt's own style
    assert "Who do you shop for?" in text_of(question)
    (_, band) = await chat.press(buttons(question)["👩 Women"])
    assert "price band" in text_of(band)
    replies = await chat.press(buttons(band)["any price"])
    assert "Saved: women, any price" in text_of(replies[1])
    # the outfit asked for, again, for women: its collage (a long list follows as its own message)
    assert any(c.method == "sendPhoto" for c in replies[2:]) and "Outfit for" in text_of(replies[-1])
    shown = [chat.catalog().items[i] for i in (await chat.state()).shown]
    assert shown and all(p.gender in ("women", "unisex") for p in shown)
    later = await chat.say("/outfit")
    assert not any("Who do you shop for?" in text_of(c) for c in later)  # asked once


async def test_now_one_for_me_after_a_look_for_someone_else(chat: Chat) -> None:
    """'Now one for me' after a date's look for a boyfriend: whose, asked first of one who never said,
    then the date's look for her (it was his look again, for anyone)."""
    items = chat.catalog().items
    await chat.say("a date outfit for my boyfriend")
    assert items[(await chat.state()).focus_product_id].gender == "men"
    (question,) = await chat.say("now one for me")
    assert "Who do you shop for?" in text_of(question)
    (_, band) = await chat.press(buttons(question)["👩 Women"])
    replies = await chat.press(buttons(band)["any price"])
    state = await chat.state()
    assert state.filters.get("occasion") == "date" and state.filters.get("gender") is None
    shown = [items[i] for i in state.shown]
    assert shown and all(p.gender in ("women", "unisex") for p in shown) and len(replies) > 2
    chat.user = chat.api.user(chat.user["id"] + 1)
    await chat.say("I'm a man")  # who they shop for known: the look for him at once
    await chat.say("an outfit for my girlfriend")
    await chat.say("now for me")
    shown = [items[i] for i in (await chat.state()).shown]
    assert shown and all(p.gender in ("men", "unisex") for p in shown)


async def test_a_colour_asked_for_with_nothing_in_view_is_a_look_of_it(chat: Chat) -> None:
    """'I only wear black, suggest something' with nothing in view: a look begun from a black piece (it
    asked what to apply black to); 'I'm going to a wedding in Bali': a beach wedding's look, in summer."""
    await chat.say("I only wear black, suggest something")
    state = await chat.state()
    assert state.mode == "outfit" and state.shown
    assert chat.catalog().items[state.focus_product_id].colour == "black"
    await chat.say("I'm going to a wedding in Bali")
    state = await chat.state()
    assert state.filters.get("occasion") == "beach_wedding" and state.filters.get("season") == "summer"


async def test_a_beach_wedding_has_its_own_light_look_and_dress_code(chat: Chat) -> None:
    """A beach wedding is not a hall's: smart casual in summer, no black, no leather lace-ups or heels;
    'what's the dress code?' of its look explains it and shows the look again (was "I didn't quite get
    that"); 'can I wear black?' says why not (it was a wedding's charcoal blazer and black formal shoes);
    '반바지는?' of its trousers searches shorts for it (it dropped the wedding)."""
    said = [text_of(r) for r in await chat.say("I'm a man, what should I wear to a beach wedding?")]
    state = await chat.state()
    assert state.filters.get("occasion") == "beach_wedding" and state.filters.get("style") == "casual"
    shown = [chat.catalog().items[i] for i in state.shown]
    assert shown and all(
        p.colour != "black" and p.article_type not in ("Formal Shoes", "Heels") for p in shown
    )
    assert any("Filters: for a beach wedding" in t for t in said)
    said = [text_of(r) for r in await chat.say("what's the dress code?")]
    assert said[0].startswith("A beach wedding: light and breathable")
    assert any("Filters: for a beach wedding" in t for t in said[1:])
    said = [text_of(r) for r in await chat.say("can I wear black?")]
    assert said[0].startswith("Better not: black stands out at a beach wedding")
    said = [text_of(r) for r in await chat.say("드레스 코드가 뭐야?")]
    assert said[0].startswith("해변 결혼식: 가볍고 시원하게")
    said = [text_of(r) for r in await chat.say("반바지는?")]  # of its look: not for a wedding, the look kept
    assert said[0].startswith("추천하지 않아요") and (await chat.state()).filters.get("season") == "summer"
    await chat.say("trousers for a beach wedding")
    await chat.say("반바지는?")  # "what about shorts?" of its trousers: shorts, for the beach wedding still
    state = await chat.state()
    assert state.mode == "search" and state.filters.get("category") == "shorts"
    assert state.filters.get("occasion") == "beach_wedding" and state.filters.get("season") == "summer"


async def test_wardrobe_save_show_match_and_remove(chat: Chat) -> None:
    (analysis,) = await chat.photo(clothing_photos("T-Shirt")[0].read_bytes())
    (_, saved) = await chat.press(buttons(analysis)["➕ Save to wardrobe"])
    assert "Saved to your wardrobe (1)" in text_of(saved)
    await chat.photo(clothing_photos("Pants")[0].read_bytes())
    (wardrobe,) = await chat.say("/wardrobe")
    assert wardrobe.method == "sendPhoto" and wardrobe.files["photo"][:2] == b"\xff\xd8"
    assert "Your wardrobe: 1 piece." in text_of(wardrobe)
    (_, matched, *rest) = await chat.press(
        buttons(wardrobe)["✨ Match from my wardrobe"]
    )  # a long list follows
    assert matched.method == "sendPhoto" and "From your wardrobe" in text_of(matched)
    assert all(c.method == "sendMessage" for c in rest)
    (_, empty) = await chat.press(buttons(wardrobe)["✕ 1"])
    assert "wardrobe is empty" in text_of(empty)
    await chat.photo(clothing_photos("Pants")[0].read_bytes())
    trousers = (await chat.state()).focus_analysis_id
    (said,) = await chat.say("save it")  # typed: the photo in view (the trousers), as its button does
    assert text_of(said) == "Saved to your wardrobe (1): 1 piece in it now."
    await chat.say("navy blazer")
    replies = await chat.say("what goes with my jeans?")  # the user's own, saved trousers
    state = await chat.state()
    assert (
        state.focus_analysis_id == trousers
        and state.mode == "outfit"
        and "Outfit for your" in text_of(replies[0])
    )
    note, *_ = await chat.say("shoes to go with my dress")  # not saved: said, then around typical ones
    assert text_of(note).startswith("I don't have your dress in your wardrobe yet")
    await chat.photo(clothing_photos("Shoes")[0].read_bytes())
    (said,) = await chat.say("save it")
    assert text_of(said) == "Saved to your wardrobe (1): 2 pieces in it now."
    await chat.say("navy blazer")  # a catalogue product is not the user's to save
    (said,) = await chat.say("옷장에 저장해줘")
    assert "옷장에는 내 옷을 저장해요" in text_of(said)
    (which, listed) = await chat.say("remove something from my wardrobe")  # which? its ✕ buttons
    assert text_of(which).startswith("Which one?") and "✕ 2" in buttons(listed)
    await chat.photo(clothing_photos("T-Shirt")[0].read_bytes())
    await chat.say("save it")
    (said, listed) = await chat.say("remove it from my wardrobe")  # the one in view, saved: out
    assert text_of(said) == "Removed from your wardrobe: 2 pieces in it now."
    assert "Your wardrobe: 2 pieces." in text_of(listed) and (await chat.state()).focus_analysis_id
    (said, _) = await chat.say("옷장에서 1번 빼줘")  # by its number in the wardrobe ("빼줘": not "not #1")
    assert text_of(said) == "옷장에서 뺐어요. 지금 1벌 있어요."


async def test_a_wardrobe_outfit_takes_the_pieces_that_go_with_it(chat: Chat) -> None:
    """'Match from my wardrobe' takes, for each slot, the user's piece that goes with the garment
    (a navy pair with a red top, not a purple one; not shorts with a coat), said with why; a slot
    none of theirs fills well comes from the shop and says so."""
    saved = []
    for photo in [*clothing_photos("Pants", 2), *clothing_photos("T-Shirt")]:  # the T-shirt in view
        (analysis,) = await chat.photo(photo.read_bytes())
        await chat.press(buttons(analysis)["➕ Save to wardrobe"])
        saved.append((await chat.state()).focus_analysis_id)

    async def dress(*looks: tuple[str, str]) -> str:
        async with chat.app.bot_data["stylist"].sessions() as session:
            for analysis_id, (category, colour) in zip(saved, looks, strict=True):
                row = await session.get(Analysis, analysis_id)
                row.category, row.kind, row.colour = category, slot_of(category), colour
                row.style, row.category_confidence = "casual", 0.99
            await session.commit()
        (wardrobe,) = await chat.say("/wardrobe")
        (_, *matched) = await chat.press(buttons(wardrobe)["✨ Match from my wardrobe"])
        return "\n".join(text_of(m) for m in matched)  # a long list follows the collage

    text = await dress(("pants", "purple"), ("pants", "navy"), ("t-shirt", "red"))
    assert "your navy trousers — <i>navy goes with red; both casual</i>" in text
    text = await dress(("pants", "purple"), ("pants", "purple"), ("t-shirt", "red"))
    assert "your purple" not in text
    assert "<b>Bottoms</b> <i>(from the shop: none of yours goes with it)</i>" in text
    text = await dress(("shorts", "navy"), ("pants", "grey"), ("outerwear", "black"))
    assert "your grey trousers" in text and "your navy shorts" not in text
    for gender in ("women", "men"):  # the shop's pieces are for whom they shop for (/settings)
        await chat.app.bot_data["stylist"].account.set_shopper(chat.user["id"], "en", gender=gender)
        text = await dress(("pants", "purple"), ("pants", "purple"), ("t-shirt", "red"))
        assert "from the shop" in text and (" Men" if gender == "women" else "Women") not in text


async def test_an_album_gets_one_answer_in_order_and_saves_all(chat: Chat) -> None:
    photos = [clothing_photos(label)[0].read_bytes() for label in ("T-Shirt", "Pants", "Shoes")]
    (answer,) = await chat.album(photos)
    assert answer.method == "sendPhoto" and answer.files["photo"][:2] == b"\xff\xd8"
    text = text_of(answer)
    assert "Your 3 pieces" in text
    lines = text.splitlines()
    assert [line.split(" ")[0] for line in lines[1:4]] == ["1.", "2.", "3."]
    assert "t-shirt" in lines[1].lower() and "trousers" in lines[2].lower() and "shoes" in lines[3].lower()
    state = await chat.state()
    assert len(state.album or []) == 3 and state.focus_analysis_id == state.album[0]
    (_, saved) = await chat.press(buttons(answer)["➕ Save all to wardrobe"])
    assert "Saved to your wardrobe (3)" in text_of(saved)
    (refused,) = await chat.press(f"l:{state.album[1]}")  # not the album's button: refused
    assert refused.method == "answerCallbackQuery" and refused.params.get("show_alert")
    (wardrobe,) = await chat.say("/wardrobe")
    assert "Your wardrobe: 3 pieces" in text_of(wardrobe)
    matched = await chat.say("an outfit from my wardrobe")  # as its button does
    assert "From your wardrobe" in text_of(matched[0])
    await chat.album(photos[::-1])
    said = await chat.say("save them all")  # typed: the whole album, as its button does
    assert any(text_of(c).startswith("Saved to your wardrobe (3): 6 pieces") for c in said)


async def test_forget_deletes_every_row_about_the_user(chat: Chat) -> None:
    (analysis,) = await chat.photo(clothing_photos("Shirt")[0].read_bytes())
    await chat.press(buttons(analysis)["➕ Save to wardrobe"])
    replies = await chat.press(buttons(analysis)["🔎 Similar items"])
    await chat.press(buttons(replies[-1])["👎 Not for me"])
    await chat.say("for men")
    await chat.press("g:men")
    await chat.say("save #1")  # a favourite
    await chat.say("/daily")  # an outfit every morning
    stranger = Chat(chat.app, chat.api, chat.api.user(99))
    await stranger.say("t-shirts")
    await stranger.say("save #1")
    assert await rows_about(chat, 42) > 5

    (confirm,) = await chat.say("/forget")
    assert "cannot be undone" in text_of(confirm)
    (_, cancelled) = await chat.press(buttons(confirm)["Cancel"])
    assert "Nothing was deleted" in text_of(cancelled) and await rows_about(chat, 42) > 5
    (_, done) = await chat.press(buttons(confirm)["🗑 Yes, delete"])
    assert "deleted" in text_of(done)
    assert await rows_about(chat, 42) == 0
    assert await rows_about(chat, 99) > 0  # only theirs


async def rows_about(chat: Chat, user_id: int) -> int:
    """The rows of every table that hold this user: by a user column, by their analyses, or by id."""
    total = 0
    async with chat.app.bot_data["stylist"].sessions() as session:
        mine = [
            a
            for (a,) in (
                await session.execute(
                    select(Base.metadata.tables["analyses"].c.id).where(
                        Base.metadata.tables["analyses"].c.user_id == user_id
                    )
                )
            ).all()
        ]
        for table in Base.metadata.sorted_tables:
            columns = table.c
            if "user_id" in columns:
                total += (
                    await session.execute(select(func.count()).where(columns.user_id == user_id))
                ).scalar_one()
            elif table.name == "users":
                total += (
                    await session.execute(select(func.count()).where(columns.id == user_id))
                ).scalar_one()
            elif "analysis_id" in columns and mine:
                total += (
                    await session.execute(select(func.count()).where(columns.analysis_id.in_(mine)))
                ).scalar_one()
            if table.name == "chat_states":
                total += (
                    await session.execute(select(func.count()).where(columns.chat_id == user_id))
                ).scalar_one()
    return total


async def test_small_talk_help_examples_and_the_command_menu(chat: Chat) -> None:
    menus = chat.api.sent("setMyCommands")
    assert len(menus) == 2 and {m.params.get("language_code") for m in menus} == {None, "ko"}
    (greeting,) = await chat.say("hi")
    assert "Stylist" in text_of(greeting) and "What goes with white sneakers?" in buttons(greeting)
    replies = await chat.press(buttons(greeting)["What goes with white sneakers?"])
    assert any(c.method == "sendPhoto" for c in replies)
    assert any("Starting from" in text_of(c) for c in replies)
    (thanks,) = await chat.say("thanks!")
    assert "welcome" in text_of(thanks)
    (bye,) = await chat.say("bye")
    assert text_of(bye).startswith("Bye!")
    (fine,) = await chat.say("never mind")
    assert text_of(fine).startswith("No problem.")
    (lost,) = await chat.say("the weather is nice")
    assert "didn't quite get that" in text_of(lost) and len(buttons(lost)) == 3
    (link,) = await chat.say("what goes with this? https://www.musinsa.com/app/goods/12345")  # not opened
    assert text_of(link).startswith("I can't open links — send me a screenshot") and len(buttons(link)) == 3
    (missed,) = await chat.say("this bot is useless")  # what to change, asked (was "didn't quite get that")
    assert (
        text_of(missed).startswith("Sorry — that missed. Tell me what to change")
        and len(buttons(missed)) == 3
    )
    (weather,) = await chat.say("what's the weather today?")  # not seen: the temperature asked for
    assert text_of(weather).startswith("I can't see the weather from here") and len(buttons(weather)) == 3
    (how,) = await chat.say("how do you pick?")  # how the picks are made (was "didn't quite get that")
    assert text_of(how).startswith("I start from your piece")
    (prices,) = await chat.say("are these real prices?")  # no Naver here: the links' pages have them
    assert text_of(prices).startswith("Naver Shopping isn't connected here, so I show no prices")
    (men,) = await chat.say("why do you keep showing me men's clothes?")  # (was "apply that to what?")
    assert text_of(men).startswith("Sorry — that missed. Tell me what to change")
    (trends,) = await chat.say("what's trending?")  # no data for it: said, not guessed
    assert "I don't follow what's trending" in text_of(trends) and len(buttons(trends)) == 3
    (said, *outfit) = await chat.say("요즘 유행하는 남자 겨울 코디")  # a classic look, said (was no look)
    state = await chat.state()
    assert text_of(said).startswith("유행 정보는 없어서, 유행을 타지 않는 기본 코디로") and outfit
    assert state.mode == "outfit" and state.filters["gender"] == "men" and state.filters["season"] == "winter"
    (shape,) = await chat.say("what suits my body type?")  # not seen in a photo: asked, not guessed
    assert "I can't see a body in a photo, so tell me your build" in text_of(shape)
    (stock,) = await chat.say("is it in stock?")
    assert text_of(stock).startswith(
        "Stock, delivery, payment, gift wrapping, returns, brand and reviews are the shop's to answer"
    )
    for asked in (
        "can I pay with kakao pay?",
        "포장 돼?",
        "where is my package?",
        "주문 취소하고 싶어요",
    ):  # the shop's
        (pay,) = await chat.say(asked)
        assert text_of(pay).startswith(
            ("Stock, delivery, payment", "재고, 배송, 결제, 선물 포장")
        )  # (were not
    (bot,) = await chat.say("are you a real person?")  # understood)
    for asked in ("something like what IU wears", "아이유 스타일 코디", "dress like a kpop idol"):  # (were
        (star,) = await chat.say(asked)  # "didn't quite get that", "why" — 아이유 holds 이유 — and dresses)
        assert text_of(star).startswith(("I can't look up what someone wears", "누가 무엇을 입는지 찾아볼"))
        assert len(buttons(star)) == 3
    assert text_of(bot) == text_of((await chat.say("help"))[0])
    (pair,) = await chat.say("do navy and black go together?")  # the outfit's colour rules, said
    assert text_of(pair) == "Yes — navy and black go together (two neutrals, always safe)."
    (clash,) = await chat.say("do red and purple go together?")
    assert text_of(clash).startswith("Not really: red and purple clash. Red is easiest with neutrals")
    (help_,) = await chat.say("/help")
    assert "/settings" in text_of(help_)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("   ", "empty"),
        ("🦄🦄🦄", "didn't quite get that"),
        ("🙂🙂🙂", "👍 Anything else?"),  # taken in (was "didn't quite get that")
        ("ok", "👍 Anything else?"),
        ("ㅋㅋㅋ", "👍 더 필요하신 게"),
        ("x" * 4096, "didn't quite get that"),
        ("in black", "What should I apply that to?"),
        ("what goes with it?", "What should I apply that to?"),  # nothing in view: not a random outfit
        ("what shoes go with it?", "What should I apply that to?"),
        ("이거랑 어울리는 신발", "어떤 옷에 적용할까요?"),
        ("black but not black", "which one do you mean"),
        ("<b>bold</b> & co", "didn't quite get that"),
        ("한국어 and English 섞어서 🙂", "잘 이해하지 못했어요"),  # mostly Korean: answered in Korean
        ("more like #7", "I haven't shown anything numbered yet"),
    ],
)
async def test_bad_text_gets_a_clear_answer(chat: Chat, text: str, expected: str) -> None:
    replies = await chat.say(text)
    assert replies and expected in text_of(replies[0])


async def test_a_caption_on_a_non_image_and_forged_buttons(chat: Chat) -> None:
    message = chat.api.document_message(chat.user, b"%PDF-1.4 not a photo", "cv.pdf", "application/pdf")
    message["caption"] = "in black"
    replies = await chat._process(chat.api.update(message=message))
    assert "only read photos" in text_of(replies[-1])
    forged_all = ("x:evil", "x:colour", "g:robot", "b:9", "e:9", "u:123456", "w:999999", "l:5", "d:maybe")
    for forged in (*forged_all, "n:evil", "n:outfit"):  # "🔄 Show others" with nothing shown
        (alert,) = await chat.press(forged)
        assert alert.method == "answerCallbackQuery" and alert.params.get("show_alert")


def test_stylist_chat_in_the_terminal(settings: Settings, monkeypatch: pytest.MonkeyPatch, capsys) -> None:  # type: ignore[no-untyped-def]
    """`stylist chat` runs the same dialogue: one JSON object per input line with --json, readable
    text without; a line that is a photo's path is sent as a photo."""
    from cli import main

    photo = str(clothing_photos("T-Shirt")[0])
    monkeypatch.setenv("DATABASE_URL", settings.database_url)
    monkeypatch.setenv("STYLIST_INDEX", str(settings.index_path))
    monkeypatch.setenv("STYLIST_DEVICE", "cpu")
    lines = ["hi", "t-shirts for men", "in black", "under 30k", photo, "for a wedding", ""]
    monkeypatch.setattr(sys, "stdin", io.StringIO("\n".join(lines) + "\n"))
    assert main(["chat", "--json", "--user", "7"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["input"] for r in records] == lines
    assert records[0]["understood"]["intent"] == "greeting"
    search = records[2]
    assert search["understood"] == {
        "intent": "refine", "colour": "black", "not_colour": None, "category": None, "style": None,
        "occasion": None, "gender": None, "min_price": None, "max_price": None, "season": None,
    }  # fmt: skip
    assert search["filters"]["colour"] == "black" and search["filters"]["category"] == "t-shirt"
    assert search["filters"]["gender"] == "men"
    items = search["replies"][0]["items"]
    assert items and all(i["colour"] == "black" and i["category"] == "t-shirt" for i in items)
    assert set(items[0]) == {
        "product_id",
        "name",
        "category",
        "colour",
        "style",
        "gender",
        "price",
        "link",
        "image",
    }
    assert records[3]["filters"]["max_price"] == 30000
    assert records[4]["understood"]["intent"] == "photo" and "Colour" in records[4]["replies"][0]["text"]
    wedding = records[5]
    assert wedding["understood"]["occasion"] == "wedding" and wedding["filters"]["style"] == "formal"
    assert all(i["style"] in ("formal", "party") for r in wedding["replies"] for i in r["items"])

    from shared_data import data_root

    street = data_root() / "ccp" / "photos" / "0043.jpg"  # a whole outfit: a button per garment
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"navy blazer\n빨간 원피스 보여줘\n{street}\n"))
    assert main(["chat", "--user", "8"]) == 0
    out = capsys.readouterr().out
    assert "> navy blazer" in out and "> 빨간 원피스 보여줘" in out
    assert "[🛍 Shop the trousers]" in out  # named as in Telegram, not "Similar items" five times
    assert "찾은 상품" in out or "다른 색상으로" in out  # answered in Korean


async def test_an_occasion_after_a_search_and_another_gender_keep_the_subject(chat: Chat) -> None:
    await chat.say("dresses")
    await chat.say("an outfit for a wedding")  # around one of the dresses, not a stranger's shirt
    focus = chat.catalog().items[(await chat.state()).focus_product_id]
    assert focus.category == "dress"
    chat.user = chat.api.user(44)
    await chat.say("I need an outfit for the gym")
    before = chat.catalog().items[(await chat.state()).focus_product_id]
    assert before.gender == "men"  # the catalogue's most typical sports top
    await chat.say("for women")  # the outfit starts from a women's garment now
    state = await chat.state()
    focus = chat.catalog().items[state.focus_product_id]
    assert focus.gender in ("women", "unisex") and state.filters["gender"] == "women"
    for refusal, gender in (("not for women", "men"), ("남자 말고 여자 코디", "women")):  # the other's
        await chat.say(refusal)  # (they were the very gender refused)
        state, other = await chat.state(), "women" if gender == "men" else "men"
        focus = chat.catalog().items[state.focus_product_id]
        assert state.filters["gender"] == gender and focus.gender != other


async def test_a_garment_described_and_one_kind_of_its_outfit(chat: Chat) -> None:
    """'shoes to go with my black dress': a black dress is the subject, and its outfit's shoes the
    answer (not black shoes as the subject); 'the whole outfit' then every slot of it (the shoes
    slot's kind kept); a striped shirt's, Nike sneakers' look: stripes and Nike the piece's alone."""
    answer = (await chat.say("shoes to go with my black dress"))[0]  # the settings question follows
    state = await chat.state()
    focus = chat.catalog().items[state.focus_product_id or -1]
    assert (focus.category, focus.colour) == ("dress", "black")
    assert "An outfit around" in text_of(answer) and state.filters.get("category") == "shoes"
    pieces = [chat.catalog().items[i] for i in state.shown if i != focus.id]  # the dress leads
    assert pieces and all(p.category == "shoes" for p in pieces)
    await chat.say("the whole outfit")
    state = await chat.state()  # every slot, the shoes asked for kept to theirs
    assert state.focus_product_id == focus.id and state.filters.get("whole")
    assert len({chat.catalog().items[i].category for i in state.shown}) > 1
    await chat.say("black trousers outfit")  # a noun after the kind: trousers described, not asked for
    state = await chat.state()
    focus = chat.catalog().items[state.focus_product_id or -1]
    assert (focus.category, focus.colour) == ("pants", "black") and state.filters.get("category") is None
    assert len({chat.catalog().items[i].category for i in state.shown}) > 1
    for said, key in (
        ("what goes with a striped shirt?", "pattern"),
        ("what goes with nike sneakers?", "brand"),
    ):
        await chat.say(said)  # the piece's print, brand: not every piece's (a look of stripes had no
        state = await chat.state()  # bottoms, one around Nike shoes was Nike from top to toe)
        assert state.filters.get(key) is None and len({chat.catalog().items[i].slot for i in state.shown}) > 2
    await chat.say("a nike outfit for the gym")  # the look's own brand: kept
    assert (await chat.state()).filters.get("brand") == "nike"


async def test_an_item_by_number_gets_its_outfit_or_one_kind_of_it(chat: Chat) -> None:
    """'두 번째 거랑 어울리는 신발' after a search: the second T-shirt's outfit, shoes only (not a pair
    of shoes described); 'an outfit for #2' then the whole outfit of that answer's second item; 'show
    me shoes for #1' the first's shoes."""
    await chat.say("티셔츠 보여줘")
    await chat.say("검은색으로")
    second = (await chat.state()).shown[1]
    await chat.say("두 번째 거랑 어울리는 신발")
    state = await chat.state()
    assert state.focus_product_id == second and state.filters.get("category") == "shoes"
    assert state.filters.get("colour") is None  # black was the T-shirt's, not the shoes'
    pieces = [chat.catalog().items[i] for i in state.shown if i != second]  # the T-shirt leads as #1
    assert pieces and all(p.category == "shoes" for p in pieces)
    await chat.say("an outfit for #2")
    state = await chat.state()
    assert state.focus_product_id == pieces[0].id and state.filters.get("category") is None
    await chat.say("t-shirts")
    first = (await chat.state()).shown[0]
    await chat.say("show me shoes for #1")  # its shoes (was more T-shirts like #1)
    state = await chat.state()
    assert state.focus_product_id == first and state.filters.get("category") == "shoes"
    assert all(chat.catalog().items[i].category == "shoes" for i in state.shown if i != first)


async def test_a_season_after_a_photo_asks_for_its_outfit(chat: Chat) -> None:
    """'for winter' after a bare photo: the outfit for winter (a layer in it), not similar items."""
    await chat.photo(clothing_photos("T-Shirt")[0].read_bytes())
    answer = (await chat.say("for winter"))[0]
    state = await chat.state()
    assert "Outfit for your" in text_of(answer) and state.filters["season"] == "winter"
    shown = [chat.catalog().items[i] for i in state.shown]
    garments = [p for p in shown if p.category not in ("shoes", "bag", "accessory")]  # listing seasons
    assert shown and not any(p.season == "Summer" for p in garments)


async def test_similar_items_of_a_whole_outfit_are_like_its_largest_garment(chat: Chat) -> None:
    """'similar' about a street photo: items like the garment that fills most of it, of its kind
    (not like the whole picture, whose category is another garment's); 'does this go with white
    sneakers?' reads its colour; 'rate my outfit' judges its pieces together."""
    from training.parsing import is_held_out_street_photo, load_street_photos

    photos, _ = load_street_photos()
    for photo in [p for p in photos if is_held_out_street_photo(p.id)][:12]:
        (analysis,) = await chat.photo(photo.photo.read_bytes())
        photo_id = (await chat.state()).focus_analysis_id
        async with chat.app.bot_data["stylist"].sessions() as session:
            whole = await session.get(Analysis, photo_id)
            garments = list(await session.scalars(select(Analysis).where(Analysis.parent_id == photo_id)))
        largest = max(garments, key=lambda g: g.share or 0.0) if garments else None
        if whole is not None and largest is not None and slot_of(whole.category) != slot_of(largest.category):
            break
    else:
        raise AssertionError("no street photo whose picture and largest garment differ in kind")
    assert "In this outfit" in text_of(analysis)
    answer = (await chat.say("similar"))[0]
    shown = [chat.catalog().items[i] for i in (await chat.state()).shown]
    assert "Similar to your" in text_of(answer)
    assert shown and {slot_of(p.category) for p in shown} == {slot_of(largest.category)}
    verdict, *_ = await chat.say("does this go with white sneakers?")  # its colour too, not the picture's
    colour = largest.colour or ""
    assert colour in text_of(verdict) or "colours I can't judge" in text_of(verdict) or not colour
    (rated,) = await chat.say("rate my outfit")  # its pieces judged together, as an album's
    assert text_of(rated).startswith(
        f"<b>Your {len(garments)} pieces "
    ) and "➕ Save all to wardrobe" in buttons(rated)
    saved = await chat.press(buttons(rated)["➕ Save all to wardrobe"])
    assert any(f"Saved to your wardrobe ({len(garments) + 1})" in text_of(c) for c in saved)  # photo + pieces


async def test_tops_asked_about_trousers_are_any_top(chat: Chat) -> None:
    """'이거랑 어울리는 상의' about trousers: shirts, T-shirts, polos — the whole top slot, not only
    the catalogue's "top" category (one item, none of them formal)."""
    await chat.photo(clothing_photos("Pants")[0].read_bytes())
    await chat.say("이거랑 어울리는 상의 추천해줘")
    shown = [chat.catalog().items[i] for i in (await chat.state()).shown]
    assert shown and {slot_of(p.category) for p in shown} == {"top"}
    assert {p.category for p in shown} - {"top"}  # shirts, T-shirts …


async def test_a_kind_named_within_a_category_is_that_kind(chat: Chat) -> None:
    """'handbags' are handbags, not the backpacks most of the test catalogue's bags are, and the
    answer says so; removing the filter removes both; 'jeans' are never track pants (a woman's '구두':
    `test_coherence`)."""
    (answer,) = await chat.say("handbags")
    state = await chat.state()
    shown = [chat.catalog().items[i] for i in state.shown]
    assert shown and all(p.article_type == "Handbags" for p in shown)
    assert "Filters: handbags" in text_of(answer) and state.filters["article"] == "handbag"
    await chat.press("x:category")
    assert (await chat.state()).filters.get("article") is None
    await chat.say("jeans")  # the test catalogue's trousers are track pants (and one pair of capris)
    shown = [chat.catalog().items[i] for i in (await chat.state()).shown]
    assert not any(p.article_type in ("Track Pants", "Capris") for p in shown)


async def test_shopping_for_a_child_shows_childrens_wear(chat: Chat) -> None:
    """'a dress for my daughter': children's dresses only (adults never get kidswear unasked), the
    filter says so; 'for my wife' then adults' again; 'clothes for my 5 year old' first: a child's
    outfit; 'a 30 year old man' is not a child; 'a wedding outfit for my daughter' begins from a
    child's piece of any style, and 'now for my wife' from a woman's."""
    replies = await chat.say("a dress for my daughter")  # a collage, and its list as its own message
    state = await chat.state()
    shown = [chat.catalog().items[i] for i in state.shown]
    assert shown and all(p.kids and p.category == "dress" for p in shown)
    assert any("for girls · for kids" in text_of(c) for c in replies) and state.filters["kids"] is True
    await chat.say("for my wife")
    state = await chat.state()
    shown = [chat.catalog().items[i] for i in state.shown]
    assert not state.filters.get("kids") and shown and not any(p.kids for p in shown)
    await chat.say("start over")
    await chat.say("clothes for my 5 year old")  # a first message: a child's outfit (not "apply to what?")
    state = await chat.state()
    assert state.mode == "outfit" and state.filters["kids"] is True
    assert chat.catalog().items[state.focus_product_id].kids  # begun from a child's piece
    await chat.say("start over")
    await chat.say("an outfit for a 30 year old man")  # not a child
    state = await chat.state()
    assert not state.filters.get("kids") and not any(chat.catalog().items[i].kids for i in state.shown)
    await chat.say("start over")
    await chat.say("a wedding outfit for my daughter")  # kidswear is listed casual: not "nothing found"
    state = await chat.state()
    assert state.mode == "outfit" and chat.catalog().items[state.focus_product_id].kids
    await chat.say("now for my wife")  # the bot's child's piece gives way to a woman's
    state = await chat.state()
    start = chat.catalog().items[state.focus_product_id]
    assert not start.kids and start.gender in ("women", "unisex") and not state.filters.get("kids")
    await chat.say("start over")
    await chat.say("clothes for my son")
    before = await chat.state()
    (noted,) = await chat.say("I'm a woman")  # who she is, noted; her son's look stays (was hers instead)
    state = await chat.state()
    assert text_of(noted).startswith("Noted: I'll show women's pieces")
    assert state.filters["kids"] is True and state.focus_product_id == before.focus_product_id


async def test_warm_colours_are_a_tone_not_the_winter(chat: Chat) -> None:
    """'in warm colours' after a search: reds, browns, beiges … (not winter pieces); '무채색으로' the
    neutrals."""
    from understanding.lexicon import WARM_COLOURS

    await chat.say("t-shirts")
    (answer,) = await chat.say("in warm colours")
    state = await chat.state()
    shown = [chat.catalog().items[i] for i in state.shown]
    assert shown and all(p.colour in WARM_COLOURS for p in shown)
    assert "warm colours" in text_of(answer) and state.filters.get("season") is None
    from understanding.lexicon import NEUTRAL_COLOURS

    (answer,) = await chat.say("무채색으로")  # neutrals: black, white, grey, beige, navy …
    shown = [chat.catalog().items[i] for i in (await chat.state()).shown]
    assert shown and all(p.colour in NEUTRAL_COLOURS for p in shown) and "무채색" in text_of(answer)


async def test_a_kind_asked_about_the_photo_is_that_slot_of_its_outfit(chat: Chat) -> None:
    """'what shoes go with it?' after a photo: the photo's outfit, shoes only (not the catalogue's
    most typical shoe made the new subject); 'other shoes' the next ones; 'the whole outfit' every
    slot again; 'swap the shoes' its shoes once more."""
    await chat.photo(clothing_photos("T-Shirt")[0].read_bytes())
    focus = (await chat.state()).focus_analysis_id
    assert focus is not None
    answer = (await chat.say("what shoes go with it?"))[0]
    state = await chat.state()
    assert state.focus_analysis_id == focus and state.focus_product_id is None
    assert "Outfit for your" in text_of(answer) and "Filters: shoes" in text_of(answer)
    first = state.shown
    assert first and all(chat.catalog().items[i].category == "shoes" for i in first)
    answer = (await chat.say("other shoes"))[0]
    state = await chat.state()
    assert state.focus_analysis_id == focus
    if "every match" not in text_of(answer):  # the small test catalogue may have no more for the look
        assert state.shown and not set(state.shown) & set(first)
        assert all(chat.catalog().items[i].category == "shoes" for i in state.shown)
    else:  # none left: the shoes shown stay numbered, and the filter is still shoes
        assert state.shown == first and state.filters.get("category") == "shoes"
    answer = (await chat.say("similar in black"))[0]  # another of the T-shirt itself, in black
    assert "Similar to your" in text_of(answer) and "Filters: black" in text_of(answer)
    answer = (await chat.say("show me the whole outfit"))[0]  # not an all-black one: the colour stays
    assert "black" not in (await chat.state()).filters.values()
    state = await chat.state()
    assert state.focus_analysis_id == focus and state.filters.get("category") is None
    assert "Outfit for your" in text_of(answer) and "Filters: shoes" not in text_of(answer)
    await chat.say("swap the shoes")  # the outfit's shoes again, as "what shoes go with it?"
    state = await chat.state()
    assert state.mode == "outfit" and state.focus_analysis_id == focus
    assert state.shown and all(chat.catalog().items[i].category == "shoes" for i in state.shown)
    await chat.say("what goes with white sneakers?")  # a garment described: the new subject
    state = await chat.state()
    assert (
        state.focus_product_id is not None
        and chat.catalog().items[state.focus_product_id].category == "shoes"
    )


async def test_what_the_garment_in_view_is_asked_again(chat: Chat) -> None:
    """'what colour is it?' after a photo: its colour as read and what goes with it, with the photo's
    buttons (it was the whole answer again); 'what is it?' the answer again; about a product in view,
    what the catalogue says of it; 'more like #2' lists products like #2, never #2 itself; 'can you see
    my photo?' after them: the photo's answer again, in view (was "didn't quite get that")."""
    (first,) = await chat.photo(clothing_photos("Dress")[0].read_bytes())
    await chat.say("similar")
    (again,) = await chat.say("what is it?")
    assert text_of(again) == text_of(first) and buttons(again) == buttons(first)
    (colour,) = await chat.say("what colour is it?")
    read = re.search(r"Colour: (\w+)", text_of(first))
    assert read and text_of(colour).startswith(f"It looks {read[1].lower()}")
    assert buttons(colour) == buttons(first)
    assert " with neutrals: " in text_of(colour) or " goes with nearly anything" in text_of(colour)
    (again,) = await chat.say("이거 무슨 색이야?")
    assert text_of(again).startswith("보기에는 ") and "👗 코디 추천" in buttons(again)
    await chat.say("t-shirts")
    first, second = (chat.catalog().items[i] for i in (await chat.state()).shown[:2])
    (about,) = await chat.say("what colour is it?")  # after a search: its first product's listing
    assert html.unescape(text_of(about)).startswith(f"{first.name} is listed as ")
    (about,) = await chat.say("what is it?")
    assert text_of(about).startswith(f"{first.name}: T-shirt, ")
    await chat.say("#2")
    state = await chat.state()
    assert state.focus_product_id == second.id and state.shown and second.id not in state.shown
    (about,) = await chat.say("what is this?")
    assert text_of(about).startswith(f"{second.name}: T-shirt, ")
    (photo,) = await chat.say("can you see my photo?")  # the photo sent, not the product in view
    assert "Colour" in text_of(photo) and "👗 Match an outfit" in buttons(photo)
    assert (await chat.state()).focus_product_id is None


async def test_a_pattern_asked_for_and_sizes_said_plainly(chat: Chat) -> None:
    """'checked shirts' are checked, 'no checks' then none are, 'plain' ones name no other pattern;
    a size is answered with what the bot can do instead (no silent 'not understood')."""
    shirts = [p for p in chat.catalog().items.values() if p.category == "shirt" and not p.kids]
    assert (
        sum(p.pattern == "checked" for p in shirts) >= 2 and sum(p.pattern != "checked" for p in shirts) >= 2
    )
    (answer,) = await chat.say("checked shirts")
    shown = [chat.catalog().items[i] for i in (await chat.state()).shown]
    assert shown and all(p.category == "shirt" and p.pattern == "checked" for p in shown)
    assert "Filters: shirt · checked" in text_of(answer)
    await chat.say("no checks")
    shown = [chat.catalog().items[i] for i in (await chat.state()).shown]
    assert shown and all(p.category == "shirt" and p.pattern != "checked" for p in shown)
    await chat.say("plain ones")
    shown = [chat.catalog().items[i] for i in (await chat.state()).shown]
    assert shown and all(p.pattern in ("solid", None) for p in shown)
    (answer,) = await chat.say("do you have it in my size?")  # stock by size is the shop's
    assert "can't check sizes" in text_of(answer)


async def test_a_piece_asked_about_a_search_or_added_to_the_look(chat: Chat) -> None:
    """'이거랑 어울리는 신발' after a search: the first dress's outfit, shoes only, the search's filters
    kept; '가방도 추천해줘', '가방까지 코디해줘' then add that dress's bags to its shoes (not a new search
    for bags, nor a new look around one)."""
    await chat.say("원피스 보여줘")
    first = (await chat.state()).shown[0]
    await chat.say("이거랑 어울리는 신발")
    state = await chat.state()
    assert state.focus_product_id == first and state.filters.get("category") == "shoes"
    pieces = [chat.catalog().items[i] for i in state.shown if i != first]
    assert pieces and all(p.category == "shoes" for p in pieces)
    await chat.say("가방도 추천해줘")  # its shoes and its bags
    assert {p.category for p in await _outfit_pieces(chat, first)} == {"shoes", "bag"}
    await chat.say("원피스 보여줘")
    first = (await chat.state()).shown[0]
    await chat.say("이거랑 어울리는 신발")
    await chat.say("가방까지 코디해줘")  # the same (was a new look around a bag)
    assert {p.category for p in await _outfit_pieces(chat, first)} == {"shoes", "bag"}


async def test_who_it_is_for_stays_across_new_subjects(chat: Chat) -> None:
    """'a gift for my mom' then 'something casual': a women's outfit; a men's blazer search, then
    'what shirt goes under it?': the first blazer's shirts, men's, without the blazer's colour."""
    await chat.say("a gift for my mom")
    await chat.say("something casual")
    shown = [chat.catalog().items[i] for i in (await chat.state()).shown]
    assert shown and all(p.gender in ("women", "unisex") for p in shown)
    await chat.say("black blazers for men")
    first = (await chat.state()).shown[0]
    await chat.say("what shirt goes under it?")
    state = await chat.state()
    assert state.focus_product_id == first and state.mode == "outfit" and state.filters.get("colour") is None
    pieces = [chat.catalog().items[i] for i in state.shown if i != first]
    assert pieces and all(p.category == "shirt" and p.gender in ("men", "unisex") for p in pieces)


async def test_a_price_asked_after_a_search_is_the_first_ones_cheapest_offers(chat: Chat) -> None:
    """'how much is it?' after a search: the first product's offers, cheapest first (a price-sorted
    Naver link without credentials), not the same list again; the search's numbers still hold: "what
    goes with #2?" is its second product's outfit."""
    await chat.say("t-shirts")
    shown = (await chat.state()).shown
    first = chat.catalog().items[shown[0]]
    (answer,) = await chat.say("how much is it?")
    state = await chat.state()
    assert state.focus_product_id == first.id and state.mode == "cheaper"
    assert f"Cheapest like {first.name}" in text_of(answer) and "sort=price_asc" in text_of(answer)
    await chat.say("what goes with #2?")
    state = await chat.state()
    assert state.focus_product_id == shown[1] and state.mode == "outfit"


async def test_the_whole_looks_price_without_naver_is_its_pieces_links(chat: Chat) -> None:
    """'How much is the whole outfit?' with no shop connected: no total made up — the look's start and
    each kind's first piece, by their numbers, each linked; the outfit's numbers still hold after."""
    await chat.say("an outfit for a first date, for women")
    state = await chat.state()
    items = chat.catalog().items
    firsts: dict[str, int] = {}
    for n, product_id in enumerate(state.shown, 1):
        firsts.setdefault(slot_of(items[product_id].category), n)
    (answer,) = await chat.say("how much is the whole outfit?")
    text = text_of(answer)
    assert text.startswith("I can't see live prices here") and "₩" not in text
    assert [int(line.split(".")[0]) for line in text.splitlines()[1:]] == sorted(firsts.values())
    assert text.count("<a href=") == len(firsts)
    assert (await chat.state()).shown == state.shown  # "#2" is still the outfit's second
    await chat.say("shoes only")  # shoes alone in view: the rest of the look as shown before
    start = slot_of(items[state.focus_product_id].category)
    assert {slot_of(items[i].category) for i in (await chat.state()).shown} <= {"shoes", start}
    (answer,) = await chat.say("다 합쳐서 얼마야?")
    lines = text_of(answer).splitlines()[1:]
    assert "앞서 보여 드린 것" in text_of(answer) and len(lines) == len(firsts)
    assert sum(line.startswith("•") for line in lines) == len(firsts) - 2  # but the start and the shoes
    await chat.say("pack for 3 days in Jeju")  # a capsule: every piece of it, by its number
    packed = (await chat.state()).shown
    (answer,) = await chat.say("how much for all of it?")
    numbers = [int(line.split(".")[0]) for line in text_of(answer).splitlines()[1:]]
    assert packed and numbers == list(range(1, len(packed) + 1))
    (analysis,) = await chat.photo(clothing_photos("T-Shirt")[0].read_bytes())
    await chat.press(buttons(analysis)["➕ Save to wardrobe"])
    await chat.say("pack for 3 days from my wardrobe")  # the user's own tee among the pieces: not priced
    packed = (await chat.state()).shown
    (answer,) = await chat.say("how much for all of it?")
    numbers = [int(line.split(".")[0]) for line in text_of(answer).splitlines()[1:]]
    assert any(i not in items for i in packed)  # an own piece was packed (it raised KeyError before)
    assert numbers == [n for n, i in enumerate(packed, 1) if i in items]


async def test_it_is_the_product_named_by_its_number_last(chat: Chat) -> None:
    """'Save #2', then 'how much is it?': #2's offers, not the first one's; 'why #3?', then 'what goes
    with it?': #3's outfit; a new list makes 'it' the subject again; 'which is better, #3 or #4?':
    the one chosen; '#3 cheaper' answered by a link alone leaves the list numbered."""
    await chat.say("t-shirts")
    shown = (await chat.state()).shown
    await chat.say("save #2")
    (answer,) = await chat.say("how much is it?")
    assert f"Cheapest like {chat.catalog().items[shown[1]].name}" in text_of(answer)
    await chat.say("t-shirts")
    shown = (await chat.state()).shown
    await chat.say("why #3?")
    await chat.say("what goes with it?")
    assert (await chat.state()).focus_product_id == shown[2]
    await chat.say("dresses")
    first = (await chat.state()).shown[0]
    await chat.say("save #2")
    await chat.say("dresses")  # a new list
    await chat.say("how much is it?")
    assert (await chat.state()).focus_product_id == first
    await chat.say("shirts")
    shown = (await chat.state()).shown
    (chosen,) = await chat.say("which is better, #3 or #4?")  # the better ranked: #3
    assert "#3" in text_of(chosen)
    (answer,) = await chat.say("how much is it?")
    assert f"Cheapest like {chat.catalog().items[shown[2]].name}" in text_of(answer)
    await chat.say("shirts")
    shown = (await chat.state()).shown
    await chat.say("the third one but cheaper")  # its offers, a link alone (no Naver here)
    state = await chat.state()
    assert state.mode == "cheaper" and state.shown == shown  # "#1" is still the list's (was nothing)
    (answer,) = await chat.say("is #1 cotton?")  # its fabric: what its name says (was more like #1)
    name = html.escape(chat.catalog().items[shown[0]].name, quote=False)
    said = "Yes — its listing names it cotton: " if "cotton" in name.lower() else ""
    assert text_of(answer).startswith(said or "Its listing names ") or text_of(answer).startswith(
        f"{name}: its name doesn't say the fabric"
    )
    (about,) = await chat.say("what is #2?")  # what it is, with its picture and link (was more like it)
    name = chat.catalog().items[shown[1]].name
    assert about.method == "sendPhoto" and text_of(about).startswith(f"<b>{html.escape(name)}:")
    assert "2. <a href=" in text_of(about)
    (answer,) = await chat.say("how much is it?")
    assert f"Cheapest like {name}" in text_of(answer)


async def test_a_fabric_asked_is_answered_from_the_listing(chat: Chat) -> None:
    """'Is this cotton?', '이거 면이야?', "what's #2 made of?": what the product's own name says of its
    fabric against the one asked (was "the shop's to say" for every piece), that the name does not say
    it, or — of a photo — that a photo does not show it; nothing in view: which piece; 'are any of these
    cotton?': the numbers of those in view whose names say it."""
    from vocabulary import NAMED_MATERIALS, made_of

    (which,) = await chat.say("is this cotton?")
    assert text_of(which).startswith("Which piece? Ask about a numbered one")
    items, told = chat.catalog().items, set()
    for kind in ("t-shirts", "belts", "hoodies"):
        await chat.say(kind)
        for n, i in enumerate((await chat.state()).shown, start=1):
            name = html.escape(items[i].name, quote=False)
            named = next((m for m in NAMED_MATERIALS if made_of(items[i].name, m)), None)
            (answer,) = await chat.say(f"is #{n} cotton?")
            said = {None: f"{name}: its name doesn't say the fabric", "cotton": "Yes — its listing names it"}
            assert text_of(answer).startswith(said.get(named, f"Its listing names {named}, not cotton")), name
            told.add(named)
    assert None in told and len(told) > 1  # some names say a fabric, some do not
    (answer,) = await chat.say("what's #1 made of?")
    assert "its name doesn't say the fabric" in text_of(answer) or "Its listing names " in text_of(answer)
    shown = (await chat.state()).shown  # the hoodies
    cotton = [n for n, i in enumerate(shown, 1) if made_of(items[i].name, "cotton")]
    (answer,) = await chat.say("are any of these cotton?")  # each in view (was the first alone)
    listed = ", ".join(f"#{n}" for n in cotton)
    assert text_of(answer).startswith(f"{listed} say" if cotton else "None of their names says cotton")
    await chat.photo(clothing_photos("T-Shirt")[0].read_bytes())
    (answer,) = await chat.say("이거 면이야?")
    assert text_of(answer).startswith("사진으로는 소재를 알 수 없어요.")


async def test_a_kind_asked_in_passing_after_a_search_is_for_its_first_product(chat: Chat) -> None:
    """'dresses', then 'what shoes?': shoes for the first dress (not a new search for anyone's shoes);
    after its cheaper offers, 'what about a bag?' is that dress's bags, not the cheapest bags."""
    await chat.say("dresses")
    first = (await chat.state()).shown[0]
    await chat.say("what shoes?")
    pieces = await _outfit_pieces(chat, first)
    assert all(p.category == "shoes" and p.gender in ("women", "unisex") for p in pieces)
    await chat.say("cheaper")
    assert (await chat.state()).mode == "cheaper"
    await chat.say("what about a bag?")
    assert all(p.category == "bag" for p in await _outfit_pieces(chat, first))


async def test_cheaper_after_an_outfits_shoes_is_cheaper_shoes(chat: Chat) -> None:
    """A T-shirt's photo, 'what shoes go with it?', 'a bag too', then '더 저렴한 걸로': the first
    shoes' cheapest offers (was the cheapest T-shirts like the user's own, not asked about; after
    shoes alone it was already the shoes')."""
    await chat.photo(clothing_photos("T-Shirt")[0].read_bytes())
    await chat.say("what shoes go with it?")
    await chat.say("a bag too")
    state = await chat.state()
    shoes = [i for i in state.shown if chat.catalog().items[i].category == "shoes"]
    assert shoes and state.filters.get("category") == "shoes"
    (answer,) = await chat.say("더 저렴한 걸로")
    name = html.escape(chat.catalog().items[shoes[0]].name, quote=False)
    assert f"{name} 최저가" in text_of(answer) or f"Cheapest like {name}" in text_of(answer)


async def test_a_colour_said_of_one_slot_is_not_the_next_products(chat: Chat) -> None:
    """'in white' about an outfit's shoes, then 'how much is the first one?' (the T-shirt it started
    from): the T-shirt's offers, not white T-shirts'."""
    await chat.say("t-shirts")
    second = (await chat.state()).shown[1]
    await chat.say("shoes to go with the second one")
    await chat.say("in white")
    assert (await chat.state()).filters.get("colour") == "white"
    await chat.say("how much is the first one?")
    state = await chat.state()
    assert (
        state.focus_product_id == second and state.mode == "cheaper" and state.filters.get("colour") is None
    )


async def _outfit_pieces(chat: Chat, product_id: int) -> list[Any]:
    """The pieces of the outfit in view, which must start from `product_id` (that product left out)."""
    state = await chat.state()
    assert state.focus_product_id == product_id and state.mode == "outfit"
    pieces = [chat.catalog().items[i] for i in state.shown if i != product_id]
    assert pieces
    return pieces


async def test_a_slot_left_out_of_the_outfit(chat: Chat) -> None:
    """'without the bag', 'no accessories': that slot is left out of the outfit (another takes its
    place), with a ✕ filter that brings it back."""
    words = {"accessory": "no accessories", "bag": "without the bag", "shoes": "no shoes", "hat": "no hat"}
    await chat.say("what goes with white sneakers?")
    state = await chat.state()
    slots = {slot_of(chat.catalog().items[i].category) for i in state.shown}
    left = next(slot for slot in words if slot in slots and slot != "shoes")
    replies = await chat.say(words[left])
    state = await chat.state()
    assert state.filters.get("not_slot") == left and state.mode == "outfit"
    assert state.shown and left not in {slot_of(chat.catalog().items[i].category) for i in state.shown}
    shown = {"accessory": "accessories", "bag": "bags", "hat": "hats"}[left]
    assert any(f"✕ not {shown}" in buttons(reply) for reply in replies)


async def test_a_kind_refused_leaves_its_slot_to_the_others(chat: Chat) -> None:
    """'no heels' after a dress's outfit is a filter of its own with a ✕ (the whole shoes slot had been
    left out, as 'no shoes' asks), taken back by 'heels'; '치마는 싫어' after skirts: the other bottoms.
    (Which shoes fill the slot: `test_coherence.py::test_a_kind_refused_by_name_leaves_the_slots_others`.)"""
    items = chat.catalog().items
    await chat.say("an outfit for a wedding for women")
    replies = await chat.say("no heels")
    state = await chat.state()
    assert state.filters.get("not_kind") == "heels" and state.filters.get("not_slot") is None
    assert any("✕ not heels" in buttons(reply) for reply in replies)
    await chat.say("heels")
    state = await chat.state()
    assert state.filters.get("not_kind") is None and state.filters.get("category") == "shoes"

    chat.user = chat.api.user(211, language="ko")
    await chat.say("여자 치마 보여줘")
    replies = await chat.say("치마는 싫어")
    state = await chat.state()
    assert state.filters.get("not_kind") == "skirt" and state.filters.get("category") == "bottom"
    bottoms = [items[i] for i in state.shown]
    assert bottoms and {p.category for p in bottoms} <= {"pants", "shorts"}
    assert any("✕ 스커트 제외" in buttons(reply) for reply in replies)


async def test_a_kind_of_the_kind_searched_keeps_the_searchs_filters(chat: Chat) -> None:
    """'Shoes for work', then 'not too high': flats, still for work and for her (was a new search of
    anyone's flats for any occasion, 'too' read as 'a bag too'); 'dresses' after it a new search."""
    await chat.say("I need shoes for work, women")
    await chat.say("not too high")
    state = await chat.state()
    assert state.mode == "search" and state.filters.get("article") == "flats"
    assert state.filters.get("occasion") == "office" and state.filters.get("gender") == "women"
    await chat.say("dresses")
    assert (await chat.state()).filters.get("occasion") is None


async def test_a_garment_the_user_has_then_it_is_that_garments_outfit(chat: Chat) -> None:
    """'I have a black jacket, what goes with it?' with nothing in view: the outfit around a black
    jacket (was 'What should I apply that to?': 'it' read as a garment in view)."""
    await chat.say("I have a black jacket, what goes with it? for men")
    state = await chat.state()
    start = chat.catalog().items[state.focus_product_id]
    assert state.mode == "outfit" and start.category == "outerwear" and start.colour == "black"
    assert state.shown and all(chat.catalog().items[i].category != "outerwear" for i in state.shown[1:])


async def test_a_fabric_asked_is_read_from_the_names(chat: Chat) -> None:
    """'leather shoes for men': shoes whose names say leather, with a ✕; where none do, the others,
    said so ('None named leather here, so others: …'; a leather jacket had been an Adidas rain
    jacket, unsaid); 'what goes with it?' after them is an outfit not all leather."""
    from vocabulary import made_of

    items = chat.catalog().items
    for kind, category in (("shoes", "shoes"), ("jacket", "outerwear")):
        chat.user = chat.api.user(230 + len(kind), language="en")
        replies = await chat.say(f"leather {kind} for men")
        state = await chat.state()
        assert state.filters.get("material") == "leather" and any("✕ leather" in buttons(r) for r in replies)
        shown = [items[i] for i in state.shown]
        named = [p for p in items.values() if p.category == category and p.gender in ("men", "unisex")]
        if any(made_of(p.name, "leather") for p in named):
            assert shown and all(made_of(p.name, "leather") for p in shown)
        else:
            assert text_of(replies[0]).startswith("<b>None named leather here, so others: ") and shown
    await chat.say("what goes with it?")
    assert (await chat.state()).filters.get("material") is None
    await chat.say("t-shirts for men")
    before = (await chat.state()).shown
    (similar,) = await chat.say("#2 in cotton")  # more like it, of cotton (was "the shop's to answer")
    state = await chat.state()
    assert state.filters.get("material") == "cotton"
    if text_of(similar).startswith("I found nothing that fits all of that"):  # none here: said, numbers kept
        assert state.shown == before
        assert not any(made_of(p.name, "cotton") for p in items.values() if p.category in ("t-shirt", "top"))
    else:
        assert state.mode == "similar" and all(made_of(items[i].name, "cotton") for i in state.shown)


async def test_a_kind_the_catalogue_lacks_is_its_categorys_closest_said_so(chat: Chat) -> None:
    """'A coat for men' with no coats listed: jackets, said so ('No coats here, so the closest:
    jackets'; they had been shown as if coats); '트렌치코트 코디' begins from a jacket and says so
    (was 'nothing fits')."""
    items = chat.catalog().items
    assert not [p for p in items.values() if p.article_type == "Coats"]
    (found, *_) = await chat.say("a coat for men")
    assert text_of(found).startswith("<b>No coats here, so the closest: jackets")
    assert all(items[i].article_type == "Jackets" for i in (await chat.state()).shown)
    chat.user = chat.api.user(240, language="ko")
    (said, *outfit) = await chat.say("트렌치코트 코디 남자")
    assert text_of(said).startswith("코트는 여기 없어서 가장 가까운 상품으로 시작했어요") and outfit
    assert items[(await chat.state()).focus_product_id].category == "outerwear"
    await chat.say("겨울 코디 남자")
    (said, *_) = await chat.say("아우터는 코트로")  # the look's jackets (`test_coherence.py`), said so
    assert text_of(said).startswith("코트는 여기 없어서 가장 가까운 걸로 보여 드려요")


async def test_the_outfit_of_a_searchs_first_product_has_none_of_its_kind(chat: Chat) -> None:
    """'Skirts for women', then 'what goes with it?': the first skirt's outfit — tops and shoes, no
    more skirts (its bottoms slot had led the look with three other skirts)."""
    await chat.say("skirts for women")
    await chat.say("what goes with it?")
    state = await chat.state()
    start, items = state.focus_product_id, chat.catalog().items
    assert state.mode == "outfit" and items[start].category == "skirt"
    assert state.shown and not [i for i in state.shown if i != start and items[i].category == "skirt"]


async def test_a_dislike_of_the_pieces_shown_is_other_ones_not_none(chat: Chat) -> None:
    """'I don't like the shoes' after an outfit: other shoes for it, none of those shown (was the
    outfit with no shoes at all, as 'no shoes' asks); '가방이 별로야' likewise the bags."""
    await chat.say("an outfit for a first date, for women")
    state = await chat.state()
    items = chat.catalog().items
    first, shown = state.focus_product_id, set(state.shown)
    (answer,) = await chat.say("I don't like the shoes")
    state = await chat.state()
    assert state.filters.get("not_slot") is None and state.filters.get("category") == "shoes"
    if not text_of(answer).startswith("That's every match I have"):  # the small catalogue may have no more
        pieces = await _outfit_pieces(chat, first)
        assert all(slot_of(p.category) == "shoes" for p in pieces) and not {p.id for p in pieces} & shown
    await chat.say("an outfit for a first date, for women")
    await chat.say("가방이 별로야")
    state = await chat.state()
    assert state.filters.get("not_slot") is None
    assert {slot_of(items[i].category) for i in state.shown if i != first} <= {"bag"}


async def test_is_it_good_for_an_occasion(chat: Chat) -> None:
    """'Would this work for winter?' (a photo's caption), 'is it ok for the beach?', '이거 장례식에
    입어도 돼?' about the garment in view: a no says why and shows pieces of its kind that would
    suit, the photo staying the subject; a yes comes with the outfit for it; after a search, about
    its first product."""
    answer, no, found = await chat.photo(
        clothing_photos("Shorts")[0].read_bytes(), "would this work for winter?"
    )
    focus = (await chat.state()).focus_analysis_id
    assert "Shorts" in text_of(answer)  # the photo's answer, then the verdict on it
    assert text_of(no).startswith("Not really: it's made for warm weather, not for winter")
    state = await chat.state()
    shown = [chat.catalog().items[i] for i in state.shown]
    assert state.focus_analysis_id == focus and state.mode == "analysis" and shown and not buttons(found)
    assert all(p.season != "Summer" and slot_of(p.category) == "bottom" for p in shown)
    yes, *outfit = await chat.say("is it ok for the beach?")  # their shorts: not a search's
    assert text_of(yes).startswith(
        ("Yes — it reads casual, right for the beach", "It could work: it reads sports")
    )
    said = "\n".join(text_of(call) for call in outfit)
    assert "Outfit for your" in said and "Filters: for the beach" in said
    chat.user = chat.api.user(45, language="ko")
    await chat.say("티셔츠 보여줘")
    tee = chat.catalog().items[(await chat.state()).shown[0]]
    replies = await chat.say("이거 장례식에 입어도 돼?")
    assert (await chat.state()).focus_product_id == tee.id
    if tee.usage != "formal":
        assert text_of(replies[0]).startswith("조금 어려워요") and "포멀" in text_of(replies[0])
        shown = [chat.catalog().items[i] for i in (await chat.state()).shown]
        assert shown and all(p.colour in ("black", "navy", "grey", "white") for p in shown)
    else:  # a formal tee: its colour decides
        assert text_of(replies[0]).startswith(("네, ", "스타일은 괜찮지만"))
    (suits,) = await chat.say("is this ok?")
    assert "good for" in text_of(suits)
    await chat.say("coats")
    (season,) = await chat.say("what season is this for?")  # the first coat's: the cold's, no beach
    assert "It's made for the cold: autumn and winter." in text_of(season) and "beach" not in text_of(season)


async def test_a_new_occasion_starts_a_new_outfit(chat: Chat) -> None:
    """'What should I wear on a rainy day?' right after 'a navy blazer for a funeral' is a new
    subject (before, the blazer's filters stayed and nothing was found), begun from a raincoat where
    the catalogue has one; 'an outfit for a job interview' after an outfit the bot began from a
    casual skirt begins from a formal piece, and 'for the beach' after it (the bot chose that piece)
    from a casual one ('a winter outfit' after it leaves the beach behind), while 'for the gym' after
    'what goes with white sneakers?' keeps the sneakers; 'golf outfit for men' begins from a polo
    shirt, '놀이공원 갈 때 뭐 입어?' (a day on foot) from sneakers."""
    await chat.say("a navy blazer for a funeral")
    await chat.say("what should I wear on a rainy day?")
    state = await chat.state()
    assert state.filters.get("occasion") == "rain" and not state.filters.get("colour")
    start = chat.catalog().items[state.focus_product_id]
    raincoats = [p for p in chat.catalog().items.values() if p.article_type == "Rain Jacket"]
    assert start.article_type == "Rain Jacket" if raincoats else start.category != "blazer"
    await chat.say("golf outfit for men")  # begun from a polo shirt, a category (a raincoat is a kind)
    polos = [p for p in chat.catalog().items.values() if p.category == "polo" and p.gender == "men"]
    assert chat.catalog().items[(await chat.state()).focus_product_id].category == "polo" or not polos
    await chat.say("놀이공원 갈 때 뭐 입어?")
    state = await chat.state()
    start = chat.catalog().items[state.focus_product_id]
    assert state.filters.get("occasion") == "outing" and start.article_type in (
        "Casual Shoes",
        "Sports Shoes",
    )
    await chat.say("a casual skirt outfit")
    skirt = chat.catalog().items[(await chat.state()).focus_product_id]
    assert skirt.category == "skirt" and skirt.usage == "casual"
    await chat.say("an outfit for a job interview")
    start = chat.catalog().items[(await chat.state()).focus_product_id]
    assert start.usage == "formal" and (await chat.state()).filters.get("occasion") == "interview"
    await chat.say("for the beach")  # the bot chose that formal piece: the beach's outfit starts anew
    state = await chat.state()
    assert state.focus_chosen and chat.catalog().items[state.focus_product_id].usage != "formal"
    await chat.say("a winter outfit please")  # a beach is no winter's: left behind (was "beach · winter")
    state = await chat.state()
    assert state.filters.get("season") == "winter" and state.filters.get("occasion") is None
    await chat.say("what goes with white sneakers?")
    sneakers = (await chat.state()).focus_product_id
    everyday = [  # an everyday pair, with no occasion asked, where there is one (was a running shoe)
        p
        for p in chat.catalog().items.values()
        if p.article_type in ("Casual Shoes", "Sports Shoes") and p.usage == "casual" and not p.kids
    ]
    assert chat.catalog().items[sneakers].usage == "casual" or not everyday
    await chat.say("for the gym")  # the user's own sneakers: their gym outfit
    state = await chat.state()
    assert (
        state.focus_product_id == sneakers and not state.focus_chosen and state.filters["style"] == "sports"
    )


async def test_which_colours_go_with_it(chat: Chat) -> None:
    """'What colour shoes go with it?' says which colours go with the garment in view before its
    shoes; 'which colours go with red?', '빨간색엔 무슨 색이 어울려?' answer just that, 'I only own black
    and grey' what goes with both; 'does this go with a white t-shirt?', '이거 흰 운동화랑 어울려?' judge
    the pair and show such pieces."""
    await chat.photo(clothing_photos("Shorts")[0].read_bytes())
    advice, *shoes = await chat.say("what colour shoes go with it?")
    assert " goes with nearly anything: " in text_of(advice) or " is easiest with neutrals: " in text_of(
        advice
    )
    assert "Outfit for your" in "\n".join(text_of(c) for c in shoes)
    advice, *shoes = await chat.say("어떤 색 신발이 어울릴까?")  # of the one in view (was a search of shoes)
    assert "어울" in text_of(advice) and (await chat.state()).filters.get("category") == "shoes"
    assert (await chat.state()).mode == "outfit"
    advice, *bags = await chat.say("what colour should the bag be?")  # its bags (was a search of bags)
    assert " goes with nearly anything: " in text_of(advice) or " is easiest with neutrals: " in text_of(
        advice
    )
    state = await chat.state()
    assert state.mode == "outfit" and state.focus_analysis_id is not None and bags
    advice, *look = await chat.say("what colour?")  # of the one in view (was "didn't quite get that")
    assert " goes with nearly anything: " in text_of(advice) or " is easiest with neutrals: " in text_of(
        advice
    )
    assert look and (await chat.state()).focus_analysis_id == state.focus_analysis_id
    (red,) = await chat.say("which colours go with red?")
    assert text_of(red) == (
        "Red is easiest with neutrals: white, black, grey, beige. Tone on tone: burgundy, pink. "
        "For a bold contrast: green."
    )
    (said,) = await chat.say("I only own black and grey clothes, what colours should I add?")  # both
    assert text_of(said) == (  # (was black's alone)
        "Black and grey go with nearly anything: white, beige, navy for a calm look, red, burgundy, "
        "yellow for a pop of colour."
    )
    (red,) = await chat.say("빨간색엔 무슨 색이 어울려?")
    assert text_of(red).startswith("레드는 화이트, 블랙, 그레이, 베이지 같은 기본색과 가장 쉽게 어울려요.")
    assert (await chat.state()).focus_analysis_id is not None  # the photo is still the subject
    verdict, *tees = await chat.say("does this go with a white t-shirt?")
    said, state = text_of(verdict), await chat.state()
    assert said.startswith(("Yes — ", "It could work: ", "I'd rather not: ")) and "T-shirt" in said
    shown = [chat.catalog().items[i] for i in state.shown]
    assert shown and all(p.category == "t-shirt" for p in shown)
    assert all(p.colour == "white" for p in shown) or said.startswith("I'd rather not")
    (verdict, *_) = await chat.say("이거 흰 운동화랑 어울려?")
    assert text_of(verdict).startswith(
        ("네, ", "괜찮을 수 있어요", "추천하지 않아요")
    ) and "운동화" in text_of(verdict)
    (verdict, *_) = await chat.say("would a red bag go with it?")  # judged too (was its bags, unsaid)
    assert text_of(verdict).startswith(("Yes — ", "It could work: ", "I'd rather not: "))


async def test_a_partner_named_as_company_is_the_other_gender(chat: Chat) -> None:
    """'남친이랑 데이트 가는데 뭐 입지?' is a date's look for her (it had begun from a men's shirt: the
    boyfriend's word read as his), shown as a filter, not kept as who the user is; 'a shirt for my
    husband' is his."""
    chat.user = chat.api.user(212, language="ko")
    replies = await chat.say("남친이랑 데이트 가는데 뭐 입지?")
    state = await chat.state()
    assert state.filters.get("occasion") == "date" and state.filters.get("gender") == "women"
    shown = [chat.catalog().items[i] for i in state.shown]
    assert shown and all(p.gender in ("women", "unisex") for p in shown)
    assert any("✕ 여성용" in buttons(reply) for reply in replies)
    assert (await chat.app.bot_data["stylist"].account.shopper(212)).gender is None  # not kept as hers
    await chat.say("a shirt for my husband")
    assert (await chat.state()).filters.get("gender") == "men"
    chat.user = chat.api.user(213)  # dressed for her taste: his look, in her pastels (was hers)
    await chat.say("my girlfriend loves pastel colours, what should I wear?")
    state = await chat.state()
    assert state.filters.get("gender") == "men" and state.filters.get("tone") == "light"
    assert state.shown and all(chat.catalog().items[i].gender in ("men", "unisex") for i in state.shown)
    await chat.say("I'm meeting my boyfriend tonight")  # a date, hers (was the office's look)
    state = await chat.state()
    assert state.filters.get("occasion") == "date" and state.filters.get("gender") == "women"


async def test_a_date_a_season_and_who_the_user_is(chat: Chat) -> None:
    """'Something less formal' after a summer interview's outfit is smart casual, for the interview and the
    summer still (was a smart-casual look for nothing, then for any season), and so are 'make it look younger'
    and '정장은 싫어'; the ✕ of 'smart casual' puts the formal look back; 'I don't want to wear a suit' leaves
    blazers out, 'I don't have brown shoes' takes the look's shoes in other colours. 'An outfit for a first
    date' is a date (not item #1): smart casual, begun from a shirt, a blouse or a dress, with no flip flops,
    track pants, caps or backpacks; 'I'm a woman' is kept as who the user shops for, and said so; 'an outfit
    for winter' then starts from a warm piece for her, still for the date (the occasion had been dropped with
    the piece in view), and 'something for autumn' keeps to spring and autumn pieces; '좀 더 귀엽게' keeps the
    date, in light colours."""
    from vocabulary import SMART_REFUSED

    await chat.say("an outfit for a summer job interview for men")
    for said in ("something less formal", "make it look younger"):  # not track pants and trainers
        *_, answer = await chat.say(said)
        state = await chat.state()
        assert state.filters.get("occasion") == "interview" and state.filters.get("style") == "casual"
        assert state.filters.get("season") == "summer"  # kept (was dropped with the formal start)
        shown = [chat.catalog().items[i] for i in state.shown]
        assert shown and not [p.name for p in shown if p.article_type in SMART_REFUSED]
        assert "✕ smart casual" in buttons(answer) and "✕ for an interview" in buttons(answer)
    await chat.press(buttons(answer)["✕ smart casual"])
    state = await chat.state()
    assert state.filters.get("occasion") == "interview" and state.filters.get("style") == "formal"
    *_, answer = await chat.say("정장은 싫어")  # smart casual, for the interview still (was a formal look)
    state = await chat.state()
    assert state.filters.get("occasion") == "interview" and state.filters.get("style") == "casual"
    assert "✕ 비즈니스 캐주얼" in buttons(answer) and "✕ 면접" in buttons(answer)
    await chat.say("start over")

    replies = await chat.say("I need an outfit for a first date")
    state = await chat.state()
    assert state.filters.get("occasion") == "date" and state.focus_chosen
    start = chat.catalog().items[state.focus_product_id]
    assert start.category in {"shirt", "blouse", "dress", "top"}
    shown = [chat.catalog().items[i] for i in state.shown]
    assert shown and not [p.name for p in shown if p.article_type in SMART_REFUSED]
    assert "Who do you shop for?" in text_of(replies[-1])

    noted, *outfit = await chat.say("I'm a woman")  # kept, and the date's outfit shown for her
    assert text_of(noted).startswith("Noted: I'll show women's pieces") and outfit
    shown = [chat.catalog().items[i] for i in (await chat.state()).shown]
    assert shown and all(p.gender in ("women", "unisex") for p in shown)
    await chat.say("an outfit for winter")
    state = await chat.state()
    start = chat.catalog().items[state.focus_product_id]
    assert start.gender in ("women", "unisex") and state.filters.get("season") == "winter"
    assert state.filters.get("occasion") == "date"
    assert start.climate == "cold" or not [
        p for p in chat.catalog().items.values() if p.climate == "cold" and p.gender != "men" and not p.kids
    ]
    shown = [chat.catalog().items[i] for i in state.shown]
    assert shown and not [p.name for p in shown if p.climate == "warm" or p.season == "Summer"]
    await chat.say("좀 더 귀엽게")  # the date's own style: still a date, in light colours (was casual alone)
    state = await chat.state()
    assert state.filters.get("occasion") == "date" and state.filters.get("tone") == "light"
    before = await chat.state()
    (said, *_) = await chat.say("not too formal though")  # smart casual already: still a date (was "a
    state = await chat.state()  # smart-casual look"), other pieces of it, said so (was the same look)
    assert text_of(said).startswith("This look is smart casual already, not formal, so other pieces")
    assert state.filters.get("occasion") == "date" and not set(state.shown[1:]) & set(before.shown[1:])
    await chat.say("something less dressy")  # a change asked of smart casual: plain casual (was the same)
    state = await chat.state()
    assert state.filters.get("occasion") is None and state.filters.get("style") == "casual"
    await chat.say("not too formal though")  # of a casual look: casual still (was "a smart-casual look")
    before = await chat.state()
    assert before.filters.get("occasion") is None
    (said, *_) = await chat.say("make it more casual")  # casual already: other pieces, said so (was the same)
    assert text_of(said) == "That's as casual as this look gets here, so other casual pieces:"
    assert not set((await chat.state()).shown[1:]) & set(before.shown[1:])
    await chat.say("for summer")
    (said, *_) = await chat.say("for summer")  # again: the same season, other pieces, said so
    assert text_of(said) == "This look is for summer already, so here are other pieces for it:"
    await chat.say("something sporty")  # another style leaves the occasion
    assert (await chat.state()).filters.get("occasion") is None
    await chat.say("I need an outfit for a first date")
    await chat.say("I don't want to wear a suit")  # the date's look without blazers (was a search of them)
    state = await chat.state()
    assert state.filters.get("occasion") == "date" and state.filters.get("not_kind") == "blazer"
    assert state.shown and not [i for i in state.shown if chat.catalog().items[i].category == "blazer"]
    await chat.say("I don't have brown shoes")  # the date look's shoes in other colours (was a search of
    state = await chat.state()  # brown shoes)
    assert state.mode == "outfit" and state.filters.get("occasion") == "date"
    assert state.filters.get("not_colour") == "brown" and state.filters.get("category") == "shoes"
    shoes = [chat.catalog().items[i] for i in state.shown[1:]]
    assert shoes and all(p.category == "shoes" and p.colour != "brown" for p in shoes)
    chat.user = chat.api.user(48)
    await chat.say("an outfit for school")  # a casual look the bot began, narrowed to its shoes, then
    await chat.say("shoes only")
    await chat.say("I have a beach vacation next week")  # another occasion: its whole look (was its shoes)
    state = await chat.state()
    assert state.filters.get("occasion") == "beach" and state.filters.get("category") is None

    chat.user = chat.api.user(47)
    (noted,) = await chat.say("I am a man")  # nothing in view: kept for what follows
    assert text_of(noted).startswith("Noted: I'll show men's pieces")
    await chat.say("something for autumn")  # a season alone, nothing in view: its outfit
    state = await chat.state()
    assert state.mode == "outfit" and state.filters.get("season") == "mild"
    start = chat.catalog().items[state.focus_product_id]
    assert start.season not in ("Summer", "Winter") and start.gender in ("men", "unisex")
    chat.user = chat.api.user(101, language="ko")
    (noted,) = await chat.say(
        "학생이라 돈이 없어요"
    )  # a tight budget: the lowest band, kept (was not understood)
    assert text_of(noted).startswith("알겠어요: 이제 3만원 이하 상품으로")
    (found, *_) = await chat.say("후드티 보여줘")
    assert "maxPrice=30000" in text_of(found)  # the band asked of every shop link after
    chat.user = chat.api.user(103)
    await chat.say("a spring date outfit for women")  # begun from a top the bot chose, not a light one:
    start = chat.catalog().items[(await chat.state()).focus_product_id]
    assert start.colour not in LIGHT_COLOURS
    await chat.say("좀 더 밝은 색으로")  # "brighter" begins it again from a light one, for spring still
    state = await chat.state()  # (begun again, it lost the spring)
    assert state.focus_product_id != start.id and state.filters.get("season") == "mild"
    assert state.filters.get("tone") == "light" and state.filters.get("occasion") == "date"
    conversation = await load_conversation(chat.app.bot_data["stylist"].sessions, 103)  # a "Dark Grey
    items = {start.id: replace(start, name="Latin Quarters Women Dark Grey Top", colour="grey")}  # Top" is
    conversation.focus_product_id = start.id  # not light, though grey may be (it was kept)
    catalog = chat.catalog()
    catalog.items, kept = {**catalog.items, **items}, catalog.items
    assert conversation.moved_on(catalog, parse("좀 더 밝은 색으로"))
    catalog.items = kept
    chat.user = chat.api.user(102)
    said = await chat.say("I'm on a budget, under 50000 won")  # its own price: no band noted over it
    assert not any("30,000" in text_of(m) for m in said)  # was "Noted: under ₩30,000" above "₩50,000"
    assert (await chat.state()).filters.get("max_price") == 50000


async def test_a_colour_said_of_similar_items_stays_with_them(chat: Chat) -> None:
    """'Similar ones in blue' after an outfit's bags is like the garment in view (not bags like a
    shirt); 'a coat for winter to go with it' after that is not an all-blue outfit: a colour asked
    of similar items was for them."""
    await chat.photo(clothing_photos("T-Shirt")[0].read_bytes())
    await chat.say("what bag goes with it?")
    await chat.say("similar ones in blue")
    state = await chat.state()
    shown = [chat.catalog().items[i] for i in state.shown]
    assert state.filters.get("colour") == "blue" and not state.filters.get("category")
    assert all(slot_of(p.category) != "bag" for p in shown)
    await chat.say("a warm jacket to go with it")
    state = await chat.state()
    assert state.mode == "outfit" and not state.filters.get("colour")
    assert state.filters.get("category") == "outerwear"


async def test_clear_the_filters_and_start_over(chat: Chat) -> None:
    """'Clear filters' takes every filter off the answer in view (a search keeps its kind); 'start
    over' / '처음부터' leaves nothing in view, so 'in black' then asks what to apply it to."""
    await chat.say("black t-shirts for men under 50000 won")
    (cleared,) = await chat.say("clear filters")
    state = await chat.state()
    assert state.filters.get("category") == "t-shirt" and not state.filters.get("colour")
    assert state.filters.get("max_price") is None and "Filters: T-shirt" in text_of(cleared)
    (fresh,) = await chat.say("start over")
    assert text_of(fresh).startswith("Fresh start") and len(buttons(fresh)) == 3
    state = await chat.state()
    assert state.focus_analysis_id is None and state.focus_product_id is None and not state.shown
    (asked,) = await chat.say("in black")
    assert "What should I apply that to?" in text_of(asked)
    (korean,) = await chat.say("처음부터")
    assert text_of(korean).startswith("처음부터 다시 시작해요")
    await chat.photo(clothing_photos("T-Shirt")[0].read_bytes())
    (again,) = await chat.say("clear filters")  # a bare photo's: its own answer, not an outfit
    assert (await chat.state()).mode == "analysis" and "Outfit" not in text_of(again)


async def test_cheaper_shoes_of_a_look_begun_from_shoes_are_theirs(chat: Chat) -> None:
    """'Something cheaper for the shoes' of a look begun from a pair (flip flops): the cheapest like
    that pair (it was "More like" it — none of the look's other pieces are shoes)."""
    await chat.say("I'm a woman")
    await chat.say("what goes with sneakers?")  # (the small catalogue's women's shoes are trainers)
    start = chat.catalog().items[(await chat.state()).focus_product_id]
    assert start.slot == "shoes"
    (cheaper, *_) = await chat.say("something cheaper for the shoes")
    assert f"Cheapest like {start.name}" in text_of(cheaper)


async def test_a_cheaper_bag_for_the_outfit(chat: Chat) -> None:
    """'A cheaper bag' after an outfit: the cheapest offers like its first bag (not like the garment
    in view), which stays the subject: 'something warmer' then is its outfit, warmer."""
    await chat.photo(clothing_photos("T-Shirt")[0].read_bytes())
    photo = (await chat.state()).focus_analysis_id
    await chat.say("what shoes go with it?")
    await chat.say("a cheaper bag")  # no bag shown yet: the outfit's bags
    state = await chat.state()
    assert state.mode == "outfit" and state.filters.get("category") == "bag"
    assert state.focus_analysis_id == photo and chat.catalog().items[state.shown[0]].slot == "bag"
    await chat.say("what bag goes with it?")  # an outfit's bags
    state = await chat.state()
    first_bag = state.shown[0]
    assert state.mode == "outfit" and chat.catalog().items[first_bag].slot == "bag"
    (cheaper, *_) = await chat.say("a cheaper bag")
    assert chat.catalog().items[first_bag].name in text_of(cheaper)
    state = await chat.state()
    assert state.mode == "cheaper" and state.focus_analysis_id == photo
    await chat.say("something warmer")
    state = await chat.state()
    assert (
        state.mode == "outfit"
        and state.focus_analysis_id == photo
        and state.filters.get("season") == "winter"
    )
    chat.user = chat.api.user(98, language="ko")
    await chat.photo(clothing_photos("T-Shirt")[0].read_bytes())
    await chat.say("이거랑 어울리는 바지 추천해줘")  # one kind of its outfit
    shown = (await chat.state()).shown
    (cheaper, *_) = await chat.say("좀 더 싼 거")  # of that kind: its first trousers', not the tee's
    assert chat.catalog().items[shown[0]].name in text_of(cheaper)
    state = await chat.state()
    assert state.mode == "cheaper" and state.shown == shown  # offers as a link: its numbers stay
    (fit, *_) = await chat.say(f"{len(shown)}번 사이즈 어떻게 골라?")
    assert chat.catalog().items[shown[-1]].name in text_of(fit)


async def test_show_others_under_an_answer(chat: Chat) -> None:
    """'🔄 Show others' under a search or an outfit shows its next few, as "another one" does; "go
    back" to such a page shows that page again; under an answer no longer in view it is an old
    button."""
    (found,) = await chat.say("t-shirts")
    first = (await chat.state()).shown
    replies = await chat.press(buttons(found)["🔄 Show others"])
    assert replies[0].method == "answerCallbackQuery" and not replies[0].params.get("show_alert")
    again = (await chat.state()).shown
    assert again and not set(again) & set(first)
    await chat.say("in blue")  # a new answer: its own first page
    assert (await chat.state()).seen == (await chat.state()).shown
    await chat.say("go back")
    assert (await chat.state()).shown == again  # the second page, not the first
    await chat.say("go back")
    assert (await chat.state()).shown == first
    await chat.say("I don't like these")  # the next few, none of these: not about the first of them
    state = await chat.state()
    assert state.shown and not set(state.shown) & set(first) and state.focus_product_id is None
    await chat.photo(clothing_photos("T-Shirt")[0].read_bytes())  # the search is no longer in view
    (old,) = await chat.press(buttons(found)["🔄 Show others"])
    assert old.method == "answerCallbackQuery" and old.params.get("show_alert")


async def test_which_one_would_you_pick(chat: Chat) -> None:
    """'Which one would you pick?' names the first of each slot of the answer in view, numbered as
    shown; with nothing shown it says so. 'Which is better, #3 or #2?' takes the better ranked of one
    slot's alternatives, and says items of different slots are not alternatives; a bare "why?" is
    about the one taken; "which shoes would you pick?" the first of the look's shoes."""
    (nothing,) = await chat.say("which one would you pick?")
    assert text_of(nothing).startswith("Nothing to choose from yet")
    await chat.photo(clothing_photos("T-Shirt")[0].read_bytes())
    await chat.say("match an outfit")
    shown = (await chat.state()).shown
    (picked,) = await chat.say("which one would you pick?")
    lines = text_of(picked).splitlines()
    assert lines[0] == "<b>If I had to choose:</b>" and len(lines) >= 2
    assert lines[1].startswith("1. ") and html.escape(chat.catalog().items[shown[0]].name) in lines[1]
    assert (await chat.state()).shown == shown  # still numbered as before
    (between,) = await chat.say("which is better, #3 or #2?")  # one slot's: the better ranked
    lines = text_of(between).splitlines()
    assert lines[0] == "<b>Of #3 and #2, I'd take #2:</b>" and lines[1].startswith("2. ")
    assert lines[-1].startswith(
        ("#2 ", "#3 ", "Alike in pattern")
    )  # what tells them apart, or that little does
    (formal,) = await chat.say("which of these is the most formal?")  # of those shown (was a new look)
    title = text_of(formal).splitlines()[0]
    assert title in (
        "<b>The most formal of these:</b>",
        "<b>None of these reads formal — if I had to choose:</b>",
    )
    assert (await chat.state()).shown == shown
    if title.startswith("<b>The most"):
        numbers = [int(line.split(".")[0]) for line in text_of(formal).splitlines()[1:]]
        assert all(chat.catalog().items[shown[n - 1]].usage == "formal" for n in numbers)
    (apart,) = await chat.say("what's the difference between #2 and #3?")  # (was only the pick)
    assert text_of(apart).startswith("<b>Of #2 and #3, I'd take #2:</b>")
    (apart,) = await chat.say("2번이랑 3번 차이가 뭐야?")  # (was more like #2)
    assert text_of(apart).startswith("<b>2번, 3번 중에서는 2번이 좋아요:</b>")
    (reason,) = await chat.say("why?")  # the one just taken (was not understood)
    assert text_of(reason).startswith("<b>Why #2:</b>\n2. ")
    (reason,) = await chat.say("why #3?")  # that one, its reason and its rank in its slot (#2's)
    lines = text_of(reason).splitlines()
    assert lines[0] == "<b>Why #3:</b>" and lines[1].startswith("3. ") and " — <i>" in lines[1]
    assert lines[-1].startswith("My choice number ")
    (first,) = await chat.say("왜 1번 추천했어?")  # the first picked: the first of its slot
    assert text_of(first).splitlines()[-1].endswith(" 중 제 첫 번째 추천이에요.")
    (both,) = await chat.say("#1 or #5?")  # a bottom and shoes: not either-or
    assert text_of(both).startswith("Those aren't alternatives")
    (missing,) = await chat.say("1번이랑 30번 중에 뭐가 나아?")
    assert "30" in text_of(missing) and (await chat.state()).shown == shown
    items = chat.catalog().items
    shoes = [n for n, i in enumerate(shown, 1) if items[i].category == "shoes"]
    (picked,) = await chat.say("which shoes would you pick?")  # of the look's shoes (was a search)
    lines = text_of(picked).splitlines()
    assert lines[0] == "<b>If I had to choose one:</b>" and lines[1].startswith(f"{shoes[0]}. ")
    assert len(lines) == 2 and (await chat.state()).shown == shown


async def test_the_most_versatile_of_those_shown(chat: Chat) -> None:
    """'이 중에 제일 무난한 거 뭐야?', 'which is the most versatile?': of a search's answer, the first
    plain one in a neutral colour, numbered as shown (was not understood); 'which is best?' one pick
    ("one", not "one of each"); 'which one is the best seller?' the same one, with no sales data said
    (was a pick that seemed to know); 'which is the most comfortable?' of shoes: the first with a flat
    sole; 'versatile shoes': neutral, plain shoes."""
    from understanding.lexicon import NEUTRAL_COLOURS as NEUTRALS
    from vocabulary import pattern_family

    plain = pattern_family("solid")
    items = chat.catalog().items
    (trends,) = await chat.say("which sells best?")  # nothing in view: no sales data, said
    assert "I don't follow what's trending" in text_of(trends)
    await chat.say("shirts")
    shown = (await chat.state()).shown
    calm = [n for n, i in enumerate(shown, 1) if items[i].colour in NEUTRALS and items[i].pattern in plain]
    (picked,) = await chat.say("이 중에 제일 무난한 거 뭐야?")
    lines = text_of(picked).splitlines()
    if calm:  # the small catalogue's first five shirts
        assert lines[0] == "<b>가장 무난한 건 (무늬 없는 차분한 색):</b>"
        assert lines[1].startswith(f"{calm[0]}. ")
    else:
        assert lines[0] == "<b>하나만 고른다면:</b>" and lines[1].startswith("1. ")
    (best,) = await chat.say("which is best?")
    assert text_of(best).splitlines()[0] == "<b>If I had to choose one:</b>"
    (seller,) = await chat.say("which one is the best seller?")  # no sales data: said, then its pick
    no_data = "<b>I don't see sales figures, so I can't name the best seller — my own pick would be:</b>"
    assert text_of(seller).splitlines()[:2] == [no_data, text_of(best).splitlines()[1]]
    (popular,) = await chat.say("이 중에 제일 잘 팔리는 거 뭐야?")
    assert text_of(popular).startswith("<b>판매 데이터가 없어서 베스트셀러는 알 수 없어요.")
    from application.picks import EASY_SHOES

    await chat.say("shoes for women")
    shown = (await chat.state()).shown
    flat = [n for n, i in enumerate(shown, 1) if items[i].article_type in EASY_SHOES]
    (comfy,) = await chat.say("which is the most comfortable?")  # flat soles first (was "none reads casual")
    lines = text_of(comfy).splitlines()
    if flat:
        assert lines[0] == "<b>The most comfortable of these (flat soles, a relaxed cut):</b>"
        assert lines[1].startswith(f"{flat[0]}. ")
    else:
        assert lines[0].startswith("<b>None of these looks made for comfort")
    await chat.say("versatile shoes")
    state = await chat.state()
    assert state.filters.get("tone") == "neutral" and state.filters.get("pattern") == "solid"
    assert state.shown and all(items[i].colour in NEUTRALS for i in state.shown)


async def test_a_bare_no_shows_others_and_ok_is_taken_in(chat: Chat) -> None:
    """'No', '아니', 'meh' after an answer: the next ones (were not understood); 'ok', '👍', 'ㄳ' are
    answered in a word and change nothing (were not understood)."""
    await chat.say("shirts")
    first = (await chat.state()).shown
    for word in ("no", "아니"):
        await chat.say(word)
        state = await chat.state()
        assert state.shown and not set(state.shown) & set(first)
        first = state.shown
    (ok,) = await chat.say("👍")
    assert text_of(ok).startswith("👍 Anything else?") and (await chat.state()).shown == first
    (thanks,) = await chat.say("ㄳ")
    assert text_of(thanks).startswith("천만에요")


async def test_something_colourful_is_several_bold_colours(chat: Chat) -> None:
    """'Something more colourful' after shirts: bold colours, several of them in turn (was
    multicoloured only; then, as a tone, the typical blue five times); 'too colourful': calm ones."""
    from understanding.lexicon import ACCENT_COLOURS, NEUTRAL_COLOURS

    items = chat.catalog().items
    await chat.say("shirts")
    await chat.say("something more colourful")
    state = await chat.state()
    bold = {p.colour for p in items.values() if p.category == "shirt" and p.colour in ACCENT_COLOURS}
    assert state.filters.get("tone") == "accent" and state.shown
    assert all(items[i].colour in ACCENT_COLOURS for i in state.shown)
    assert len({items[i].colour for i in state.shown}) >= min(3, len(bold))
    await chat.say("too colourful")
    assert all(items[i].colour in NEUTRAL_COLOURS for i in (await chat.state()).shown)


async def test_which_kind_goes_is_asked_of_the_garment_in_view(chat: Chat) -> None:
    """'어떤 바지가 어울려?', 'which bag would go?' (then '더 작은 걸로': small bags), 'what shoes would
    you pick?', '티셔츠랑 어울리는 바지' after a T-shirt's photo: the photo's outfit, its bottoms (was a
    search of any trousers, or a catalogue T-shirt's, the photo forgotten), then 'show me sneakers' its
    shoes (was a search); a T-shirt of another colour named is the catalogue's; with nothing in view,
    '어떤 바지가 좋아?' searches."""
    items = chat.catalog().items
    chat.user = chat.api.user(93, language="ko")
    await chat.say("어떤 바지가 좋아?")
    state = await chat.state()
    assert state.mode == "search" and state.shown and all(items[i].slot == "bottom" for i in state.shown)
    await chat.photo(clothing_photos("T-Shirt")[0].read_bytes())
    photo = (await chat.state()).focus_analysis_id
    await chat.say("어떤 바지가 어울려?")
    state = await chat.state()
    assert state.mode == "outfit" and state.focus_analysis_id == photo
    assert state.shown and {items[i].slot for i in state.shown} == {"bottom"}
    await chat.say("which bag would go?")
    state = await chat.state()
    assert state.focus_analysis_id == photo and {items[i].slot for i in state.shown} == {"bag"}
    await chat.say("더 작은 걸로")  # of its bags, a small one (was not understood)
    state = await chat.state()
    assert state.focus_analysis_id == photo and state.filters.get("article") == "small bag"
    small = ("Clutches", "Mobile Pouch", "Waist Pouch")  # the small catalogue may hold none: its closest
    if any(p.article_type in small and p.slot == "bag" for p in items.values()):
        assert all(items[i].article_type in small for i in state.shown)
    await chat.say("what shoes would you pick?")  # was a search of anyone's shoes, the photo forgotten
    state = await chat.state()
    assert state.focus_analysis_id == photo and {items[i].slot for i in state.shown} == {"shoes"}
    await chat.say("티셔츠랑 어울리는 바지")  # the T-shirt is the one sent (was a catalogue T-shirt's)
    state = await chat.state()
    assert state.focus_analysis_id == photo and {items[i].slot for i in state.shown} == {"bottom"}
    await chat.say("show me sneakers")  # the look walked slot by slot: its shoes next (was a search)
    state = await chat.state()
    assert state.focus_analysis_id == photo and {items[i].slot for i in state.shown} == {"shoes"}
    async with chat.app.bot_data["stylist"].sessions() as session:
        colour = (await session.get(Analysis, photo)).colour
    other = "navy" if colour == "white" else "white"
    await chat.say(f"what goes with a {other} t-shirt?")  # another colour's: the catalogue's
    state = await chat.state()
    assert state.focus_analysis_id is None and items[state.focus_product_id].colour == other


async def test_a_product_bought_is_styled(chat: Chat) -> None:
    """'I bought #2', '2번 샀어요': congratulated, then that product's outfit (was more like it)."""
    await chat.say("shirts")
    second = (await chat.state()).shown[1]
    said = [text_of(call) for call in await chat.say("I bought #2")]
    state = await chat.state()
    assert said[0] == "Nice choice! Here's how I'd wear it:"
    assert state.mode == "outfit" and state.focus_product_id == second


async def test_the_first_outfit_asked_again_is_the_earliest_kept(chat: Chat) -> None:
    """'What was the first outfit?' after three outfits: the first one again, its subject, filters and
    products (was an outfit for product #1 of the answer in view); '처음 코디 다시 보여줘' likewise."""
    await chat.say("an outfit for a first date, for women")
    first = await chat.state()
    await chat.say("an outfit for the office")
    await chat.say("an outfit for the gym")
    await chat.say("what was the first outfit?")
    state = await chat.state()
    assert (state.focus_product_id, state.mode, state.shown) == (
        first.focus_product_id,
        "outfit",
        first.shown,
    )
    assert state.filters.get("occasion") == "date"
    await chat.say("an outfit for the beach")
    await chat.say("처음 코디 다시 보여줘")
    assert (await chat.state()).focus_product_id == first.focus_product_id


async def test_go_back_and_a_different_colour(chat: Chat) -> None:
    """'Go back' / '이전으로' shows the answer before the one in view again (its subject, filters and
    kind; kept in the database, so across a restart), down to the photo's own answer; 'a different
    colour' leaves out the colour in view — the one asked for, else the one most shown — on top of
    those left out before, one ✕ taking them all off."""
    (nothing,) = await chat.say("go back")
    assert text_of(nothing).startswith("There's no earlier answer to go back to")
    (found,) = await chat.say("t-shirts")
    first = (await chat.state()).shown
    assert "↩ Back" not in buttons(found)  # nothing before it
    (black,) = await chat.say("in black")
    assert (await chat.state()).filters.get("colour") == "black"
    (back,) = await chat.say("go back")
    state = await chat.state()
    assert state.mode == "search" and not state.filters.get("colour") and state.shown == first
    assert "Filters: T-shirt" in text_of(back) and "↩ Back" not in buttons(back)
    (stale,) = await chat.press(buttons(black)["↩ Back"])  # nothing before the answer in view now
    assert stale.method == "answerCallbackQuery" and stale.params.get("show_alert")
    (black,) = await chat.say("in black")
    (_, pressed) = await chat.press(buttons(black)["↩ Back"])  # the button does what the words do
    state = await chat.state()
    assert not state.filters.get("colour") and state.shown == first and "Filters: T-shirt" in text_of(pressed)
    await chat.say("in black")
    await chat.say("a different colour")
    state = await chat.state()
    items = chat.catalog().items
    assert state.filters.get("not_colour") == "black" and not state.filters.get("colour")
    assert state.shown and all(items[i].colour != "black" for i in state.shown)
    shown_most = Counter(items[i].colour for i in state.shown).most_common(1)[0][0]
    (again,) = await chat.say("other colours")  # no colour asked now: the one most shown goes too
    state = await chat.state()
    assert state.filters.get("not_colour") == shown_most and state.filters["not_colours_before"] == ["black"]
    assert state.shown and all(items[i].colour not in ("black", shown_most) for i in state.shown)
    assert f"✕ not {shown_most}, black" in buttons(again)
    (tapped, *_) = await chat.press(buttons(again)[f"✕ not {shown_most}, black"])
    state = await chat.state()
    assert not state.filters.get("not_colour") and not state.filters.get("not_colours_before")
    await chat.say("go back")  # before the tap
    await chat.say("in black")  # asked for again: no longer left out
    state = await chat.state()
    assert state.filters.get("colour") == "black" and state.filters.get("not_colour") == shown_most
    assert not state.filters.get("not_colours_before")

    await chat.photo(clothing_photos("T-Shirt")[0].read_bytes())
    photo = (await chat.state()).focus_analysis_id
    await chat.say("what shoes go with it?")
    await chat.say("이전으로")
    state = await chat.state()
    assert state.mode == "analysis" and state.focus_analysis_id == photo
    (again,) = await chat.say("go back")  # before the photo: the search, in black
    state = await chat.state()
    assert state.mode == "search" and state.focus_analysis_id is None
    assert state.filters.get("colour") == "black" and "T-shirt" in text_of(again)


async def test_a_look_the_bot_began_for_her_begins_again_for_him(chat: Chat) -> None:
    """A date's outfit begun from a piece the bot chose for a woman, asked then for a man, begins
    from what it would choose for him (a men's shirt), still for a date; a garment the user named
    ("a white shirt for women", then "for men") stays the same kind and colour, trainers trainers."""
    from vocabulary import ARTICLE_KINDS

    sneakers = ARTICLE_KINDS["sneakers"][2]
    await chat.say("an outfit for a date for my girlfriend")
    state = await chat.state()
    assert state.focus_chosen and chat.catalog().items[state.focus_product_id].gender == "women"
    await chat.say("for men")
    state = await chat.state()
    start = chat.catalog().items[state.focus_product_id]
    assert start.gender in ("men", "unisex") and start.category == "shirt"
    assert state.filters.get("occasion") == "date" and state.mode == "outfit"
    await chat.say("what goes with a white shirt for women?")
    await chat.say("for men")
    start = chat.catalog().items[(await chat.state()).focus_product_id]
    assert (start.category, start.colour, start.gender) == ("shirt", "white", "men")
    await chat.say("white sneakers for men")
    await chat.say("what goes with them?")  # the first of the search
    assert chat.catalog().items[(await chat.state()).focus_product_id].article_type in sneakers
    await chat.say("for women")  # women's trainers, not heels
    start = chat.catalog().items[(await chat.state()).focus_product_id]
    assert start.gender in ("women", "unisex") and start.article_type in sneakers


async def test_a_plain_start_and_dresses_asked_by_a_man(chat: Chat) -> None:
    """An outfit for the office starts from a plain piece (no pattern asked: not a striped shirt);
    dresses asked for after a man's outfit (or by one who shops for men) are women's dresses, not
    "nothing found for men"."""
    await chat.say("an office outfit for a man")
    state = await chat.state()
    assert chat.catalog().items[state.focus_product_id].pattern in (None, "solid")
    (found,) = await chat.say("summer dresses")
    state = await chat.state()
    assert state.mode == "search" and state.filters.get("gender") is None
    shown = [chat.catalog().items[i] for i in state.shown]
    assert shown and all(p.category == "dress" and p.gender == "women" for p in shown)
    await chat.press(buttons((await chat.say("/settings"))[0])["👨 Men"])  # shops for men
    await chat.say("a red skirt")
    shown = [chat.catalog().items[i] for i in (await chat.state()).shown]
    assert shown and all(p.category == "skirt" for p in shown)


async def test_favourites_kept_listed_and_removed(chat: Chat) -> None:
    """'Save #2' / '2번 찜해줘' keeps that product of the answer in view (once); 'my favourites' and
    /favourites list them, newest first, with their links and numbered, so 'remove #1 from my
    favourites' lets the first go; a number not shown is said plainly; 'save it' is still the
    wardrobe's."""
    (empty,) = await chat.say("/favourites")
    assert text_of(empty).startswith("No favourites yet")
    await chat.say("t-shirts")
    shown = (await chat.state()).shown
    items = chat.catalog().items
    (kept,) = await chat.say("save #2")
    assert text_of(kept).startswith("♥ Kept") and html.escape(items[shown[1]].name) in text_of(kept)
    (again,) = await chat.say("2번 찜해줘")
    assert "이미 찜 목록에 있어요" in text_of(again)
    await chat.say("save #4")
    (missing,) = await chat.say("save #9")
    assert "#9" in text_of(missing)
    (listed,) = await chat.say("my favourites")
    lines = text_of(listed).splitlines()
    assert lines[0] == "<b>Your favourites (2)</b>" and "href=" in lines[1]
    assert html.escape(items[shown[3]].name) in lines[1] and html.escape(items[shown[1]].name) in lines[2]
    assert (await chat.state()).shown == [shown[3], shown[1]]
    removed, rest = await chat.say("remove #1 from my favourites")
    assert text_of(removed).startswith("Removed") and "Your favourites (1)" in text_of(rest)
    assert (await chat.state()).shown == [shown[1]]
    await chat.photo(clothing_photos("T-Shirt")[0].read_bytes())
    (saved,) = await chat.say("save it")
    assert "wardrobe" in text_of(saved)


async def test_what_to_wear_today_is_for_the_season_it_is(chat: Chat) -> None:
    """'What should I wear today?', '오늘 뭐 입지?' are for the season it is where the shoppers live
    (Korea: December is winter, July summer, October spring-and-autumn), said as the filter it adds,
    as are a bare '옷 추천', 'what should I wear?', 'surprise me', '뭐 추천해줄래?' (those two were not
    understood); 'can I wear this today?' is judged against it."""
    from datetime import date

    dialogue = chat.app.bot_data["stylist"].dialogue
    for month, season, said in ((12, "winter", "for winter"), (7, "summer", "for summer")):
        dialogue.today = lambda month=month: date(2026, month, 5)
        await chat.say("start over")
        replies = await chat.say("what should I wear today?")
        state = await chat.state()
        assert state.mode == "outfit" and state.filters.get("season") == season
        assert any(said in text_of(reply) for reply in replies)
    dialogue.today = lambda: date(2026, 10, 5)
    await chat.say("오늘 뭐 입지?")
    assert (await chat.state()).filters.get("season") == "mild"
    for bare in ("옷 추천", "what should I wear?", "surprise me", "뭐 추천해줄래?"):  # today's too
        await chat.say("start over")
        await chat.say(bare)
        state = await chat.state()
        assert state.mode == "outfit" and state.filters.get("season") == "mild"
    dialogue.today = lambda: date(2026, 12, 5)
    await chat.photo(clothing_photos("Shorts")[0].read_bytes())
    (verdict, *_) = await chat.say("can I wear this today?")  # shorts in December
    assert text_of(verdict).startswith("Not really") and "winter" in text_of(verdict)


async def test_a_gift_with_no_kind_named(chat: Chat) -> None:
    """'A gift for my boyfriend', '엄마 선물': bags and accessories a gift usually is, one of each kind
    first, for whoever it is for; refined ("in black") and paged as gifts still; who a gift was for is
    not who the next request is for ("now something for me", "an outfit for a wedding"), but "what about
    a bag?" narrows the ideas to her bags; '선물 추천',
    'what should I get him?' are gift ideas too, and '#2 in black' of them more of #2's kind."""
    from vocabulary import GIFTS

    (ideas, *_) = await chat.say("a gift for my boyfriend")
    assert "Gift ideas for him" in text_of(ideas)
    state = await chat.state()
    shown = [chat.catalog().items[i] for i in state.shown]
    assert shown and all(p.article_type in GIFTS and p.gender in ("men", "unisex") for p in shown)
    stocked = {
        p.article_type
        for p in chat.catalog().items.values()
        if p.article_type in GIFTS and p.gender in ("men", "unisex") and not p.kids and not p.hidden
    }
    assert len({p.article_type for p in shown}) >= min(len(stocked), len(shown))  # one of each kind first
    await chat.say("in black")
    shown = [chat.catalog().items[i] for i in (await chat.state()).shown]
    assert shown and all(p.article_type in GIFTS and p.colour == "black" for p in shown)
    (korean, *_) = await chat.say("엄마 선물 추천해줘")
    assert "여성을 위한 선물 아이디어" in text_of(korean)
    shown = [chat.catalog().items[i] for i in (await chat.state()).shown]
    assert shown and all(p.gender in ("women", "unisex") for p in shown)
    await chat.say("가방 말고")  # no bags among the ideas (the filter was shown, the bags kept)
    shown = [chat.catalog().items[i] for i in (await chat.state()).shown]
    assert shown and not any(p.slot == "bag" for p in shown)
    await chat.say("엄마 선물 추천해줘")
    await chat.say("what about a bag?")  # the ideas narrowed to bags, still hers (was more like the first)
    state = await chat.state()
    shown = [chat.catalog().items[i] for i in state.shown]
    assert state.filters.get("gender") == "women" and state.focus_product_id is None
    assert shown and all(p.slot == "bag" and p.gender in ("women", "unisex") for p in shown)
    await chat.say("something more elegant")  # of the bags in view: formal bags (was every kind again)
    state = await chat.state()
    assert state.filters.get("style") == "formal" and state.filters.get("category") == "bag"
    await chat.say("she likes sporty stuff")  # her taste: every kind of gift again, sporty (was sporty bags)
    state = await chat.state()
    assert state.filters.get("style") == "sports" and state.filters.get("category") is None
    assert state.filters.get("gender") == "women" and state.filters.get("article") == "gift"
    (yours,) = await chat.say("now something for me")  # the gift is done; who it was for goes with it
    assert text_of(yours).startswith("Now for you") and not (await chat.state()).filters.get("gender")
    await chat.say("a gift for my dad")
    await chat.say("an outfit for a wedding")
    assert (await chat.state()).filters.get("gender") is None
    (plain, *_) = await chat.say("선물 추천")  # was not understood
    assert "선물 아이디어" in text_of(plain)
    (him, *_) = await chat.say("what should I get him for christmas?")  # was "what to buy next"
    assert "Gift ideas for him" in text_of(him)
    await chat.say("he likes golf")  # a golfer's own garment first: polo shirts (were sporty bags alone)
    shown = [chat.catalog().items[i] for i in (await chat.state()).shown]
    assert shown[0].category == "polo" and {p.slot for p in shown[2:]} <= {"bag", "accessory"}
    await chat.say("a gift for my girlfriend")
    await chat.say("something she can wear to work")
    second = chat.catalog().items[(await chat.state()).shown[1]]
    replies = await chat.say("#2 in black")  # more like #2 (was every kind of gift for work, searched),
    shown = [chat.catalog().items[i] for i in (await chat.state()).shown]  # in any colour when none is
    assert shown and all(p.category == second.category for p in shown)  # black (was "nothing found")
    assert f"More like {second.name}" in " ".join(text_of(r) for r in replies)


async def test_this_garment_named_is_the_one_in_view(chat: Chat) -> None:
    """'이 바지에 어울리는 상의' ('a top for these trousers') after a photo of trousers: tops for the photo,
    which stays the subject; with nothing in view the trousers are described and an outfit built on
    them."""
    await chat.photo(clothing_photos("Pants")[0].read_bytes())
    photo = (await chat.state()).focus_analysis_id
    await chat.say("이 바지에 어울리는 상의")
    state = await chat.state()
    assert state.focus_analysis_id == photo and state.focus_product_id is None and state.mode == "outfit"
    assert state.shown and all(chat.catalog().items[i].slot == "top" for i in state.shown)
    await chat.say("start over")
    await chat.say("이 바지에 어울리는 상의")
    state = await chat.state()
    assert chat.catalog().items[state.focus_product_id].slot == "bottom"


async def test_a_kind_within_the_slot_in_view_narrows_it(chat: Chat) -> None:
    """'Sneakers' after a photo's shoes narrows the outfit's shoes (not a new catalogue search);
    'and a bag?' adds the bag of the same look; '신발은 운동화로' after its outfit, its shoes as sneakers."""
    await chat.photo(clothing_photos("T-Shirt")[0].read_bytes())
    photo = (await chat.state()).focus_analysis_id
    await chat.say("what shoes go with it?")
    await chat.say("sneakers")
    state = await chat.state()
    assert state.mode == "outfit" and state.focus_analysis_id == photo
    assert state.filters.get("article") == "sneakers" and state.shown
    await chat.say("in black")  # the shoes'
    await chat.say("and a bag?")
    state = await chat.state()
    assert state.mode == "outfit" and state.focus_analysis_id == photo
    assert not state.filters.get("colour")  # "in black" was said of the shoes, not of the bag
    assert state.shown and all(chat.catalog().items[i].slot == "bag" for i in state.shown)
    await chat.say("match an outfit")
    await chat.say("신발은 운동화로")  # the whole outfit's shoes, as sneakers: not a catalogue search
    state = await chat.state()
    assert state.mode == "outfit" and state.focus_analysis_id == photo
    assert state.filters.get("article") == "sneakers" and state.shown
    assert all(chat.catalog().items[i].article_type in ("Casual Shoes", "Sports Shoes") for i in state.shown)


async def test_this_shirt_is_the_one_in_view(chat: Chat) -> None:
    """'How do I style this shirt?' / '이 셔츠 어떻게 코디해?' about a photo: its own outfit (not one around
    the catalogue's most typical shirt); with nothing in view the words describe the shirt to start
    from; 'what would you wear it with?' is an outfit too."""
    await chat.photo(clothing_photos("Shirt")[0].read_bytes())
    photo = (await chat.state()).focus_analysis_id
    for text in (
        "how do I style this black shirt?",
        "이 셔츠 어떻게 코디해?",
        "what would you wear it with?",
    ):
        await chat.say(text)
        state = await chat.state()
        assert (state.mode, state.focus_analysis_id, state.focus_product_id) == ("outfit", photo, None)
        assert not state.filters.get("colour") and state.shown
    await chat.say("start over")
    await chat.say("what goes with this black shirt?")
    state = await chat.state()
    start = chat.catalog().items[state.focus_product_id]
    assert (start.category, start.colour) == ("shirt", "black") and state.mode == "outfit"


async def test_an_outfit_every_morning(chat: Chat) -> None:
    """'/daily' sends an outfit for the season each morning from eight in Korea, once a day (claimed
    in the database), begun from another piece the next day, as the answer in view ("in black" goes
    on from it); from the user's own wardrobe once they keep one; '/daily 7' at seven; '/daily off'
    stops it, and so does a user who blocked the bot."""
    from datetime import UTC, datetime

    from bot.daily import send_mornings

    (on, asked) = await chat.say("/daily")  # and, not known yet, who the outfits are for
    assert text_of(on).startswith("☀️ Done: every morning at 8:00") and "Who do you shop for?" in text_of(
        asked
    )
    assert await send_mornings(chat.app, datetime(2026, 12, 7, 22, 30, tzinfo=UTC)) == 0  # 7:30 in Seoul
    before = len(chat.api.calls)
    assert await send_mornings(chat.app, datetime(2026, 12, 7, 23, 5, tzinfo=UTC)) == 1  # 8:05
    sent = [c for c in chat.api.calls[before:] if c.method in ("sendMessage", "sendPhoto")]
    assert text_of(sent[0]) == "☀️ Good morning! An outfit idea for today:"
    assert all(str(c.params["chat_id"]) == str(chat.user["id"]) for c in sent) and len(sent) >= 2
    state = await chat.state()
    first = state.focus_product_id
    assert state.mode == "outfit" and state.focus_chosen and state.filters.get("season")
    assert await send_mornings(chat.app, datetime(2026, 12, 8, 2, 0, tzinfo=UTC)) == 0  # once a day
    await chat.say("in black")  # the morning's outfit, in black
    state = await chat.state()
    assert state.focus_product_id == first and state.filters.get("colour") == "black"
    assert await send_mornings(chat.app, datetime(2026, 12, 8, 23, 0, tzinfo=UTC)) == 1  # the next morning
    assert (await chat.state()).focus_product_id != first  # another piece to begin from

    (analysis,) = await chat.photo(clothing_photos("Pants")[0].read_bytes())
    await chat.press(buttons(analysis)["➕ Save to wardrobe"])
    before = len(chat.api.calls)
    assert await send_mornings(chat.app, datetime(2026, 12, 9, 23, 0, tzinfo=UTC)) == 1
    sent = [c for c in chat.api.calls[before:] if c.method in ("sendMessage", "sendPhoto")]
    assert any("From your wardrobe" in text_of(c) for c in sent)

    (off,) = await chat.say("/daily off")
    assert text_of(off).startswith("Okay, no more morning outfits")
    assert await send_mornings(chat.app, datetime(2026, 12, 10, 23, 0, tzinfo=UTC)) == 0
    (again, *_) = await chat.say("매일 아침 코디 보내줘")
    assert text_of(again).startswith("☀️ 매일 아침 8시")
    (seven,) = await chat.say("every morning at 7")  # "at 7" (was 8:00); "who?" asked once only
    assert text_of(seven).startswith("☀️ Done: every morning at 7:00")
    (nine,) = await chat.say("9시로 바꿔줘")  # the hour changed in words (was a refinement)
    assert text_of(nine).startswith("☀️ 매일 아침 9시")
    await chat.say("/daily 7")  # at seven now
    (when,) = await chat.say("what time will you send it?")  # its hour (was "I didn't quite get that")
    assert text_of(when).startswith("Every morning at 7:00") and "“At 7” moves it" in text_of(when)
    (moved,) = await chat.say("at 9")  # as it says (was not understood)
    assert text_of(moved).startswith("☀️ Done: every morning at 9:00")
    await chat.say("/daily 7")
    assert await send_mornings(chat.app, datetime(2026, 12, 10, 22, 30, tzinfo=UTC)) == 1  # 7:30 in Seoul
    (stopped,) = await chat.say("stop")  # the one thing sent unasked, stopped (was not understood)
    assert text_of(stopped).startswith("Okay, no more morning outfits")
    (nothing,) = await chat.say("그만")
    assert text_of(nothing).startswith("먼저 말씀하실 때만 답해요")
    await chat.say("/daily 7")
    chat.api.blocked.add(chat.user["id"])  # blocked: sending fails, and the mornings stop
    assert await send_mornings(chat.app, datetime(2026, 12, 11, 23, 0, tzinfo=UTC)) == 0
    chat.api.blocked.clear()
    assert await send_mornings(chat.app, datetime(2026, 12, 12, 23, 0, tzinfo=UTC)) == 0


async def test_a_photo_captioned_save_it_is_saved(chat: Chat) -> None:
    """A photo captioned 'save it to my wardrobe' (or '옷장에 저장') is answered and saved at once."""
    replies = await chat.photo(clothing_photos("Shirt")[0].read_bytes(), caption="save it to my wardrobe")
    assert any("Saved to your wardrobe" in text_of(r) for r in replies)
    from storage import WardrobeItem

    async with chat.app.bot_data["stylist"].sessions() as session:
        saved = await session.scalar(select(func.count()).select_from(WardrobeItem))
    assert saved == 1


async def test_a_different_colour_of_the_piece_the_bot_began_from(chat: Chat) -> None:
    """'A different colour' about an outfit the bot began from a piece it chose (a wedding's shirt):
    the same kind in a colour not begun from yet begins it, still for the wedding; twice, a third."""
    await chat.say("an outfit for a wedding for men")
    items = chat.catalog().items
    first = items[(await chat.state()).focus_product_id]
    await chat.say("a different colour")
    state = await chat.state()
    second = items[state.focus_product_id]
    assert state.focus_chosen and state.mode == "outfit" and state.filters.get("occasion") == "wedding"
    assert second.category == first.category and second.colour != first.colour
    assert not state.filters.get("not_colour")  # the outfit's other pieces keep every colour
    await chat.say("다른 색")
    third = items[(await chat.state()).focus_product_id]
    assert third.category == first.category and third.colour not in (first.colour, second.colour)
    from shared_data import data_root
    from storage import Analysis

    chat.user = chat.api.user(102, language="ko")
    await chat.photo((data_root() / "ccp" / "photos" / "0110.jpg").read_bytes())  # a whole outfit's photo
    stylist = chat.app.bot_data["stylist"]
    async with stylist.sessions() as session:
        worn = await session.scalars(
            select(Analysis).where(Analysis.parent_id == (await chat.state()).focus_analysis_id)
        )
        shoes = next(g.colour for g in worn if g.category == "shoes")
    await chat.say("가방만 다른 걸로")  # bags shown: no shoes in view but the photo's
    await chat.say("신발 색 바꿔줘")  # the photo's shoes, in another colour (was "which colour?")
    state = await chat.state()
    assert state.filters.get("not_colour") == shoes and state.filters.get("category") == "shoes"


async def test_the_colour_of_an_outfit_photos_garment_is_asked(chat: Chat) -> None:
    """'What colour are the shoes?' of a whole outfit's photo: its shoes' colour as read (it was the
    photo's whole answer), under the photo's buttons, each garment's named (they read "🔎 Similar
    items" four times, under 'I love it' too); 'what colour is the hat?' of a photo with none: its
    answer again, not another garment's colour."""
    from shared_data import data_root
    from storage import Analysis
    from vocabulary import COLOURS, display_name

    (photo,) = await chat.photo((data_root() / "ccp" / "photos" / "0110.jpg").read_bytes())
    stylist = chat.app.bot_data["stylist"]
    async with stylist.sessions() as session:
        worn = list(
            await session.scalars(
                select(Analysis).where(Analysis.parent_id == (await chat.state()).focus_analysis_id)
            )
        )
        kinds = {g.category for g in worn}
        shoes = next(g.colour for g in worn if g.category == "shoes")
    (said,) = await chat.say("what colour are the shoes?")
    assert text_of(said).startswith(f"It looks {display_name(COLOURS, shoes, 'en').lower()}")
    assert buttons(said) == buttons(photo) and "🛍 Shop the shoes" in buttons(said)
    (liked,) = await chat.say("I love it")
    assert buttons(liked) == buttons(photo)
    assert "hat" not in kinds
    (again,) = await chat.say("what colour is the hat?")
    assert text_of(again) == text_of(photo)


async def test_an_outfit_photo_made_more_formal_swaps_its_casual_pieces(chat: Chat) -> None:
    """A casual outfit's photo (a jacket, a bag, a skirt, sneakers), then 'how can I make it more
    formal?': formal pieces for the slots it wears casually, as well as those it lacks (was a top
    alone, 'to complete your look'), under their own title."""
    from shared_data import data_root

    await chat.photo((data_root() / "ccp" / "photos" / "0110.jpg").read_bytes())
    (answer, *_) = await chat.say("how can I make it more formal?")
    assert text_of(answer).startswith("<b>To make your look formal</b>")
    items = chat.catalog().items
    shown = [items[i] for i in (await chat.state()).shown]
    assert shown and {slot_of(p.category) for p in shown} & {"outerwear", "bag", "bottom", "shoes"}
    assert all(p.usage == "formal" for p in shown if slot_of(p.category) != "bag")


async def test_a_wedding_guests_white_dress_leaves_white_to_the_shoes(chat: Chat) -> None:
    """A white dress's photo, 'can I wear this to a wedding?': better not (the bride's colour), other
    dresses; then 'what shoes go with it?': shoes for it, white ones not left out (the dress's 'not
    white' had stayed as the shoes' filter); '결혼식 하객룩' of it: the same no, not a look around it."""
    from shared_data import data_root

    photo = data_root() / "clothing" / "images" / "e3c8e575-c5b8-4c4c-9f49-62b37b611b6b.jpg"
    await chat.photo(photo.read_bytes())
    (verdict, *_) = await chat.say("can I wear this to a wedding?")
    assert "bride" in text_of(verdict)
    await chat.say("what shoes go with it?")
    state = await chat.state()
    assert state.filters.get("category") == "shoes" and state.filters.get("not_colour") is None
    chat.user = chat.api.user(54, language="ko")  # a wedding guest's look asked of it: the same no
    await chat.photo(photo.read_bytes())
    (verdict, *_) = await chat.say("결혼식 하객룩")  # (was a look begun from the white dress)
    assert text_of(verdict).startswith("피하는 게 좋아요.") and "신부" in text_of(verdict)
    state = await chat.state()
    assert state.filters.get("occasion") == "wedding" and state.shown  # dresses that would do, none white
    assert all(chat.catalog().items[i].colour != "white" for i in state.shown)


async def test_whats_missing_after_an_album_completes_its_pieces(chat: Chat) -> None:
    """An album of a blazer, trousers and shoes, then 'what's missing?': what completes those pieces
    together — none of their kinds (was the first photo's outfit alone, with trousers and shoes);
    'too many colours?', 'rate my outfit' of the album: its three pieces (were its first photo's)."""
    photos = [clothing_photos(label)[0].read_bytes() for label in ("Blazer", "Pants", "Shoes")]
    await chat.album(photos)
    (answer, *_) = await chat.say("what's missing?")
    assert text_of(answer).startswith("<b>To complete your look</b>")
    shown = [chat.catalog().items[i] for i in (await chat.state()).shown]
    assert shown and not {slot_of(p.category) for p in shown} & {"outerwear", "bottom", "shoes"}
    await chat.album(photos)
    (answer, *_) = await chat.say("too many colours?")  # the album's three pieces, counted
    first, title = text_of(answer).split("\n")[:2]
    assert first.startswith(("No — ", "Yes, a little busy")) and title.startswith("<b>Your 3 pieces")
    (answer, *_) = await chat.say("rate my outfit")  # the album's, not its first photo's
    assert text_of(answer).startswith("<b>Your 3 pieces")


async def test_care_advice_for_what_is_named_or_in_view(chat: Chat) -> None:
    """'How do I wash it?' advises on the garment in view, a fabric or kind named ('패딩 세탁법': a
    padded jacket's), or a numbered product (by its article type); with nothing in view it asks which
    garment. The care label has the last word."""
    from bot.care import ADVICE
    from vocabulary import care_kind

    (which,) = await chat.say("how do I wash it?")
    assert text_of(which).startswith("Which garment should I give care tips for?")
    (wool,) = await chat.say("how do I wash a wool sweater?")
    assert text_of(wool).startswith("How to look after your wool sweaters:")
    assert "wool cycle" in text_of(wool) and text_of(wool).endswith("the label is right.")
    await chat.photo(clothing_photos("T-Shirt")[0].read_bytes())
    (tee,) = await chat.say("how do I wash it?")
    assert text_of(tee).startswith("How to look after your ") and "30 °C" in text_of(tee)
    long_top = ADVICE[str(care_kind("longsleeve"))][0]  # a knit or a tee, not told apart: both said
    assert "wool cycle" in long_top and "30 °C" in long_top  # (was a wool sweater's alone)
    (padded,) = await chat.say("패딩 세탁법")
    assert text_of(padded).startswith("패딩 관리법:") and "테니스공" in text_of(padded)
    await chat.say("shoes")
    product = chat.catalog().items[(await chat.state()).shown[1]]
    (second,) = await chat.say("can I put #2 in the dryer?")
    assert text_of(second).startswith(f"How to look after {html.escape(product.name, quote=False)}:")
    care = care_kind(product.category, product.article_type, style=product.usage)
    assert ADVICE[str(care)][0] in html.unescape(text_of(second))
    (missing,) = await chat.say("how do I wash #30?")
    assert "30" in text_of(missing)


async def test_a_capsule_to_pack_for_a_trip(chat: Chat) -> None:
    """'What should I pack for 3 days in Jeju in July?' answers a capsule: bottoms, a top a day, shoes
    and a bag (no layer in summer), of one gender, every top going with every bottom it counts; a
    week in December adds a layer and a second pair of shoes; 'show others' packs other pieces,
    'in navy' refines it; whose capsule it is, asked first of one who never said (it was all men's,
    then asked), packed once they tap; 'wardrobe essentials', 'a work wardrobe' are a capsule with no
    trip; after a beach's look for her, packing is for the beach, for her."""
    from application.capsule import SLOTS
    from matching.together import SWAP_BELOW, Piece, pair_fit

    (question,) = await chat.say("what should I pack for 3 days in Jeju in July?")
    assert text_of(question).startswith("A capsule is one person's wardrobe — who is it for?")
    (_, band) = await chat.press(buttons(question)["👩 Women"])
    replies = (await chat.press(buttons(band)["any price"]))[2:]  # (the button's answer, "saved")
    packed = text_of(replies[0])
    assert packed.startswith("<b>Pack these ") and " pieces for 3 days: " in packed
    catalog, state = chat.catalog(), await chat.state()
    products = [catalog.items[i] for i in state.shown]
    kinds = Counter(next(s for s, cats in SLOTS.items() if p.category in cats) for p in products)
    assert kinds["top"] + kinds["dress"] == 3 and kinds["dress"] <= 1  # a woman's: a dress for a top
    assert kinds["bottom"] == 2 and kinds["shoes"] == 1 and not kinds["outerwear"]
    assert {p.gender for p in products} <= {"women", "unisex"} and not any(p.kids for p in products)
    pairs = [(t, b) for t in products if kinds and t.category in SLOTS["top"] for b in products
             if b.category in SLOTS["bottom"]]  # fmt: skip
    fits = sum(pair_fit(Piece("top", t.colour, t.usage), Piece("bottom", b.colour, b.usage))[0] >= SWAP_BELOW
               for t, b in pairs)  # fmt: skip
    assert f": {fits} outfits from them" in packed
    assert state.filters.get("days") == 3 and state.filters.get("season") == "summer"
    await chat.say("show others")
    assert not set((await chat.state()).shown) & set(state.shown)
    await chat.say("in navy")
    navy = [catalog.items[i] for i in (await chat.state()).shown]
    assert navy and all(p.colour == "navy" for p in navy)
    await chat.say("pack for a week in December")
    week = [catalog.items[i] for i in (await chat.state()).shown]
    assert any(p.category in SLOTS["outerwear"] for p in week)
    assert sum(p.category == "shoes" for p in week) == 2
    await chat.photo(clothing_photos("T-Shirt")[0].read_bytes())
    focus = (await chat.state()).focus_analysis_id
    replies = await chat.say("what should I pack with this for 3 days?")  # the photo's garment first
    state = await chat.state()
    assert text_of(replies[0]).startswith("<b>For 3 days, pack these with it (")
    assert state.focus_analysis_id == focus and state.shown[0] == -focus
    tops = [catalog.items[i].category in SLOTS["top"] | SLOTS["dress"] for i in state.shown[1:]]
    assert tops.count(True) == 2  # three with it
    await chat.say("save it")  # the T-shirt in the wardrobe: packed from it first
    replies = await chat.say("pack for 3 days from my wardrobe")
    assert text_of(replies[0]).startswith("<b>For 3 days, pack 1 of yours and ")
    assert -focus in (await chat.state()).shown
    korean = await chat.say("2박 3일 부산 여행 짐 싸줘")
    assert "3일 여행엔 이 " in text_of(korean[0]), [text_of(c)[:80] for c in korean]
    (basics, *_) = await chat.say("what are the wardrobe essentials for men?")  # a capsule, no trip
    assert " pieces a wardrobe is built on, all going together: " in text_of(basics)
    assert (await chat.state()).filters.get("days") is None
    (basics, *_) = await chat.say("I need a work wardrobe")  # the office's pieces (was their own wardrobe)
    assert " pieces a wardrobe is built on, all going together: " in text_of(basics)
    assert (await chat.state()).filters.get("occasion") == "office"
    await chat.say("an outfit for the beach for women")  # then packing: for that trip, for her (the
    await chat.say("what should I pack for 4 days?")  # month's season and anyone's, before)
    filters = (await chat.state()).filters
    assert filters["article"] == "capsule" and filters["occasion"] == "beach"
    assert filters["season"] == "summer" and filters["gender"] == "women"


async def test_a_kind_asked_after_a_capsule_is_more_of_it_for_the_trip(chat: Chat) -> None:
    """'What about shoes?' after a man's capsule for a December trip: shoes for him, for winter (was
    the outfit of its first piece, its trousers, in their style); 'back' alone returns to the capsule."""
    await chat.say("I'm going to Jeju for 3 days in December, what should I pack? for men")
    packed = (await chat.state()).shown
    await chat.say("what about shoes?")
    state = await chat.state()
    assert state.mode == "search" and state.focus_product_id is None
    assert state.filters.get("category") == "shoes" and state.filters.get("gender") == "men"
    assert state.filters.get("season") == "winter" and state.filters.get("days") is None
    shoes = [chat.catalog().items[i] for i in state.shown]
    assert shoes and all(p.category == "shoes" and p.gender in ("men", "unisex") for p in shoes)
    await chat.say("back")
    assert (await chat.state()).shown == packed
    await chat.say("what should I wear at 12 degrees?")  # not the trip's: that weather's outfit
    assert (await chat.state()).mode == "outfit"


async def test_personal_colour_is_answered_kept_and_searched_by(chat: Chat) -> None:
    """'저 여름 쿨톤인데 어떤 색이 어울려?' names the colours that suit a summer cool and those to keep from
    the face, and keeps it for the user: their searches show those colours first; '가을웜톤한테 어울리는
    니트' is sweaters in autumn-warm colours, with its ✕; 'what colours suit a winter cool?' answers
    without keeping it."""
    from storage import Preferences
    from vocabulary import PALETTES

    (which,) = await chat.say("what colours suit me?")  # never said: which types there are
    assert text_of(which).startswith("Tell me your personal colour")
    (said,) = await chat.say("저 여름 쿨톤인데 어떤 색이 어울려?")
    assert text_of(said).startswith("여름 쿨톤에는 ") and "앞으로 검색하실 때" in text_of(said)
    async with chat.app.bot_data["stylist"].sessions() as session:
        assert (await session.get(Preferences, chat.user["id"])).palette == "summer_cool"
    await chat.say("t-shirts")
    catalog = chat.catalog()
    shown = [catalog.items[i] for i in (await chat.state()).shown]
    assert shown and all(p.colour in PALETTES["summer_cool"].suits for p in shown)
    (knits,) = await chat.say("가을웜톤한테 어울리는 니트")
    state = await chat.state()
    assert state.filters.get("tone") == "autumn_warm" and "✕ 가을 웜톤 컬러" in buttons(knits)
    assert all(catalog.items[i].colour in PALETTES["autumn_warm"].suits for i in state.shown)
    await chat.photo(clothing_photos("T-Shirt")[0].read_bytes())
    async with chat.app.bot_data["stylist"].sessions() as session:
        colour = (await session.get(Analysis, (await chat.state()).focus_analysis_id)).colour
    (verdict,) = await chat.say("does this suit a winter cool?")  # the T-shirt's colour judged first
    winter = PALETTES["winter_cool"]
    said = (
        "Yes — " if colour in winter.suits else "Not near your face: " if colour in winter.avoid else "It can"
    )
    assert text_of(verdict).startswith(said)
    (mine,) = await chat.say("나한테 어울리는 색이 뭐야?")  # hers, as she said it
    assert text_of(mine).startswith("여름 쿨톤이라고 하셨죠.")
    (forgot,) = await chat.say("forget my colours")
    assert text_of(forgot).startswith("Done: I've forgotten your personal colour")
    async with chat.app.bot_data["stylist"].sessions() as session:
        assert (await session.get(Preferences, chat.user["id"])).palette is None
    await chat.say("저 여쿨이에요")
    (general,) = await chat.say("what colours suit a winter cool?")
    assert text_of(general).startswith("Winter cool suits vivid, cool colours") and "Try “" in text_of(
        general
    )
    async with chat.app.bot_data["stylist"].sessions() as session:
        assert (await session.get(Preferences, chat.user["id"])).palette == "summer_cool"  # not hers
    (red,) = await chat.say("does red suit me?")  # a colour named, by her type (was "apply that to what?")
    assert "red is neither summer cool's best nor its worst" in text_of(red)
    (navy,) = await chat.say("is navy my colour?")
    assert text_of(navy).startswith("You told me you're a summer cool.") and "navy" in text_of(navy)


async def test_eye_and_hair_colours_are_answered_and_searched_by(chat: Chat) -> None:
    """'What colours suit blue eyes?', '흑발한테 어울리는 색': the colours that bring them out and why, and
    those to keep from the face (were an outfit in blue and no answer), not kept as a personal colour;
    't-shirts for red hair' are in its colours, with its ✕, and so is every piece of 'an outfit for my
    blue eyes' (and of one in neutral colours next: the blue piece chosen gives way); 'does it suit
    green eyes?' of a photo: its
    colour judged; 'does this suit a wedding?' a verdict (was a search of suits)."""
    from storage import Preferences
    from understanding.lexicon import NEUTRAL_COLOURS
    from vocabulary import FEATURES

    (said,) = await chat.say("what colours suit blue eyes?")
    assert text_of(said).startswith("Orange, brown, navy, blue and burgundy bring out blue eyes — ")
    async with chat.app.bot_data["stylist"].sessions() as session:
        preferences = await session.get(Preferences, chat.user["id"])
        assert preferences is None or preferences.palette is None
    (said,) = await chat.say("흑발한테 어울리는 색")
    assert text_of(said).startswith("흑발에는 화이트, 레드") and "하의, 신발, 가방" in text_of(said)
    (tees,) = await chat.say("t-shirts for red hair")
    state = await chat.state()
    assert state.filters.get("tone") == "red_hair" and "✕ colours for red hair" in buttons(tees)
    catalog = chat.catalog()
    assert state.shown and all(catalog.items[i].colour in FEATURES["red_hair"].suits for i in state.shown)
    await chat.say("an outfit for my blue eyes")  # every piece in them (the piece's alone had been)
    state = await chat.state()
    assert state.filters.get("tone") == "blue_eyes" and len(state.shown) > 3
    assert all(catalog.items[i].colour in FEATURES["blue_eyes"].suits for i in state.shown)
    await chat.say("an outfit in neutral colours")  # the blue piece the bot chose gives way
    state = await chat.state()
    assert state.filters.get("tone") == "neutral" and len(state.shown) > 3
    assert all(catalog.items[i].colour in NEUTRAL_COLOURS for i in state.shown)
    await chat.photo(clothing_photos("T-Shirt")[0].read_bytes())
    async with chat.app.bot_data["stylist"].sessions() as session:
        colour = (await session.get(Analysis, (await chat.state()).focus_analysis_id)).colour
    (said,) = await chat.say("does it suit green eyes?")
    green = FEATURES["green_eyes"]
    opening = (
        "Yes — " if colour in green.suits else "Not near your face: " if colour in green.avoid else "It can"
    )
    assert text_of(said).startswith(opening) and "bring out green eyes" in text_of(said)
    (said, *_) = await chat.say("does this suit a wedding?")
    assert not text_of(said).startswith("Here's what I found") and "wedding" in text_of(said)
    await chat.say("sweaters for black hair")
    await chat.say("신랑 아버지 정장")  # another wearer: a new look for him (kept the sweaters and colours)
    state = await chat.state()
    assert state.mode == "outfit" and state.filters.get("gender") == "men" and not state.filters.get("tone")
    assert state.filters.get("occasion") == "wedding" and state.filters.get("category") is None


async def test_a_chat_asked_to_speak_korean_is_answered_in_korean(chat: Chat) -> None:
    """'speak Korean' from a user whose app is in English: said in Korean, and what follows — typed in
    English, or a button — is answered in Korean (kept in the chat's state, Alembic 0016) until
    'English please'."""
    (said,) = await chat.say("speak Korean")
    assert text_of(said).startswith("네, 이제부터 한국어로 답할게요")
    replies = await chat.say("an outfit for a date, for women")  # English words, a Korean answer
    assert "코디" in text_of(replies[0]) and "적용된 조건" in text_of(replies[-1])
    (_, *again) = await chat.press(buttons(replies[-1])["🔄 다른 상품 보기"])  # a picture, then its list
    assert "적용된 조건" in text_of(again[-1]) or text_of(again[0]).startswith("이 조건에 맞는 상품은")
    from datetime import UTC, datetime

    from bot.daily import send_mornings

    await chat.say("/daily")
    before = len(chat.api.calls)
    assert await send_mornings(chat.app, datetime(2026, 12, 7, 23, 5, tzinfo=UTC)) == 1  # 8:05 in Seoul
    sent = [c for c in chat.api.calls[before:] if c.method in ("sendMessage", "sendPhoto")]
    assert text_of(sent[0]).startswith("☀️ 좋은 아침이에요")  # its mornings too (the app is English)
    (back,) = await chat.say("English please")
    assert text_of(back).startswith("Okay — I'll answer in English")
    replies = await chat.say("빨간 원피스")  # Korean words, English now asked for
    assert "Filters: red · dress" in text_of(replies[-1])


async def test_what_suits_me_says_what_is_known_of_them_or_what_to_tell(chat: Chat) -> None:
    """'What suits me?' from one who told nothing: what to tell (was "I didn't quite get that"); after
    a personal colour and a build are told, '나한테 뭐가 어울려?' says both (each of the user's own)."""
    (unknown,) = await chat.say("what suits me?")
    assert text_of(unknown).startswith("Tell me a little about you") and "summer cool" in text_of(unknown)
    await chat.say("I'm a summer cool")
    await chat.say("I'm petite")
    colour, build = await chat.say("나한테 뭐가 어울려?")
    assert text_of(colour).startswith("여름 쿨톤이라고 하셨죠.") and "키가 작은 체형" in text_of(build)
    colour, build = await chat.say("what would look good on me?")
    assert "summer cool" in text_of(colour) and "petite frame" in text_of(build)


async def test_what_to_wear_at_a_temperature(chat: Chat) -> None:
    """'12도인데 뭐 입지?' says what that weather asks for (a light jacket or a cardigan) and begins an
    outfit from that layer, for spring and autumn; 'it's 30 degrees' from shorts, for summer."""
    from application.capsule import SLOTS

    replies = await chat.say("12도인데 뭐 입지?")
    assert text_of(replies[0]).startswith("12도엔 얇은 자켓이나 가디건")
    state = await chat.state()
    catalog = chat.catalog()
    assert catalog.items[state.focus_product_id].category in SLOTS["outerwear"]
    assert state.mode == "outfit" and state.filters.get("season") == "mild"
    replies = await chat.say("what should I wear when it's 30 degrees?")
    assert text_of(replies[0]).startswith("At 30°C: short sleeves or sleeveless, shorts")
    state = await chat.state()
    assert catalog.items[state.focus_product_id].category == "shorts"
    assert state.filters.get("season") == "summer"
    await chat.say("for a wedding")  # the weather's start was the bot's choice: a wedding's look begins anew
    assert (await chat.state()).focus_product_id != state.focus_product_id
    await chat.say("I'm a woman")
    said = [text_of(call) for call in await chat.say("it's 5 degrees tomorrow, what should I wear to work?")]
    state = await chat.state()  # with no formal coat of hers, the office's own start, a coat among layers
    assert said[0].startswith("At 5°C:") and not any("I found nothing" in text for text in said)
    assert state.mode == "outfit" and state.focus_product_id is not None
    assert state.filters.get("occasion") == "office" and state.filters.get("season") == "winter"


async def test_a_build_told_is_advised_and_shown_first(chat: Chat) -> None:
    """'I'm tall and skinny, what suits me?': a slim frame's advice, kept for what follows; 'tops':
    light ones first, with the build's ✕ button; '통통한 여자 하객룩': a curvy figure's advice before a
    women's wedding outfit whose tops lean dark; ✕ drops it; 'I'm pregnant': a women's look, roomy
    cuts first, said with what the catalogue lacks."""
    (advice,) = await chat.say("I'm tall and skinny, what suits me?")
    assert text_of(advice).startswith("For a slim frame, layers and texture add shape")
    assert text_of(advice).endswith("and I'll show those first.")
    (answer,) = await chat.say("t-shirts")
    state = await chat.state()
    assert state.filters["build"] == "slim" and "✕ slim frame" in buttons(answer)
    items = chat.catalog().items
    light = [i for i in state.shown if items[i].colour in LIGHT_COLOURS]
    assert light and state.shown[: len(light)] == light  # the light ones first
    chat.user = chat.api.user(47, language="ko")
    (said, outfit, *_) = await chat.say("통통한 여자 하객룩")
    assert text_of(said).startswith("통통한 체형은 어두운 색과 무지 소재")
    state = await chat.state()
    assert state.filters["build"] == "curvy" and state.filters["occasion"] == "wedding"
    assert "✕ 통통한 체형" in buttons(outfit)
    replies = await chat.press(buttons(outfit)["✕ 통통한 체형"])
    assert (await chat.state()).filters.get("build") is None and "통통한 체형" not in text_of(replies[-1])
    chat.user = chat.api.user(48)
    (said, *_) = await chat.say("I'm pregnant, what should I wear?")  # was an outfit for anyone, unsaid
    assert text_of(said).startswith("Congratulations! There's no maternity line here")
    state = await chat.state()
    assert state.filters["build"] == "maternity" and state.filters["gender"] == "women"
    assert all(chat.catalog().items[i].gender in ("women", "unisex") for i in state.shown)


async def test_a_look_is_kept_as_its_picks(chat: Chat) -> None:
    """'Save this look' after an outfit keeps the first of each of its parts in the favourites, listed
    in the outfit's order — after 'swap the shoes', the new shoes with the look's other parts (were
    the shoes alone); with no outfit in view ('이 코디 저장' after the favourites) it says so;
    'save this outfit' about a photo of theirs saves the photo into the wardrobe."""
    await chat.say("what goes with white sneakers?")
    items, shown = chat.catalog().items, (await chat.state()).shown
    picks = [i for n, i in enumerate(shown) if items[i].slot not in {items[j].slot for j in shown[:n]}]
    (kept,) = await chat.say("save this look")
    assert text_of(kept).startswith(f"♥ Kept the look in your favourites: its {len(picks)} picks")
    await chat.say("my favourites")
    assert (await chat.state()).shown == picks
    await chat.say("start over")
    await chat.say("an outfit for a date, for men")
    look = (await chat.state()).shown
    await chat.say("swap the shoes")  # the look narrowed to its shoes: its other parts are still its
    swapped = (await chat.state()).shown
    (kept,) = await chat.say("save this look")
    parts = {items[i].slot for i in look}
    assert text_of(kept).startswith(f"♥ Kept the look in your favourites: its {len(parts)} picks")
    await chat.say("my favourites")
    saved = [i for i in (await chat.state()).shown if i not in picks]  # the first look's were kept
    assert swapped[0] in saved and {items[i].slot for i in saved} == parts and len(saved) == len(parts)
    (none,) = await chat.say("이 코디 저장")
    assert text_of(none).startswith("찜할 코디가 없어요")
    await chat.photo(clothing_photos("T-Shirt")[0].read_bytes())
    (saved,) = await chat.say("save this outfit")  # a photo of theirs: into the wardrobe
    assert text_of(saved).startswith("Saved to your wardrobe")


async def test_should_i_buy_it_counts_what_of_the_wardrobe_it_goes_with(chat: Chat) -> None:
    """'Should I buy it?' about a product: what it suits, then how many of the user's saved pieces it
    goes with (with none saved, how to let Stylist tell); '이거 살까 말까' in Korean."""
    await chat.say("trousers")
    (verdict, wardrobe) = await chat.say("should I buy it?")
    assert text_of(wardrobe).startswith("Save your own clothes (➕ under a photo)")
    await chat.photo(clothing_photos("T-Shirt")[0].read_bytes())
    await chat.say("save it")
    await chat.say("trousers")
    (verdict, wardrobe) = await chat.say("should I buy it?")
    assert re.match(
        r"It goes with (?:1|none) of the 1 pieces in your wardrobe", html.unescape(text_of(wardrobe))
    )
    (verdict, wardrobe) = await chat.say("이거 살까 말까")
    assert re.match(r"옷장의 1벌 중 (?:1벌과 잘 어울려요|아직 어울리는 옷이 없어요)", text_of(wardrobe))


async def test_a_layer_over_the_piece_named(chat: Chat) -> None:
    """'What can I wear over a t-shirt?', '반팔 위에 뭐 걸치지?': a T-shirt's outfit, its layers only."""
    for said in ("what can I wear over a t-shirt?", "반팔 위에 뭐 걸치지?"):
        await chat.say(said)
        state = await chat.state()
        items = chat.catalog().items
        assert items[state.focus_product_id].category == "t-shirt" and state.mode == "outfit"
        assert state.filters["category"] == "outerwear"  # the small test catalogue may have none to fit
        assert all(items[i].slot == "outerwear" for i in state.shown if i != state.focus_product_id)


async def test_a_looks_slots_changed_one_by_one_build_up(chat: Chat) -> None:
    """'Swap the trousers for shorts', then 'make the top white': white tops with the shorts still in
    the bottoms (were white tops alone, the shorts forgotten); then 'the whole look under 50,000 won':
    every slot, the tops still white and the rest not (was white asked of every slot)."""
    items = chat.catalog().items
    await chat.say("I'm a man")
    await chat.photo(clothing_photos("Shoes")[0].read_bytes())
    await chat.say("what goes with it?")
    await chat.say("swap the trousers for shorts")
    await chat.say("make the top white")
    state = await chat.state()
    assert state.filters["category"] == "top" and state.filters["colour"] == "white"
    assert state.filters["also"] == [["shorts", ""]]
    shown = [items[i] for i in state.shown]
    assert {p.slot for p in shown} == {"top", "bottom"}
    assert all(p.category == "shorts" for p in shown if p.slot == "bottom")
    assert all(p.colour == "white" for p in shown if p.slot == "top")
    await chat.say("the whole look under 50,000 won")
    state = await chat.state()
    assert state.filters["whole"] and state.filters["max_price"] == 50000
    shown = [items[i] for i in state.shown]
    assert {p.slot for p in shown} > {"top", "bottom"}
    assert all(p.colour == "white" for p in shown if p.slot == "top")
    assert all(p.category == "shorts" for p in shown if p.slot == "bottom")
    assert not all(p.colour == "white" for p in shown if p.slot != "top")
    chat.user = chat.api.user(106)
    await chat.say("an outfit for a date for men")  # begun from a shirt the bot chose
    await chat.say("swap the shoes for sneakers")
    replies = await chat.say("make the top blue")  # a new start (or the tops), the sneakers kept
    assert (await chat.state()).filters["also"] == [["sneakers", ""]]
    assert "✕ sneakers" in buttons(replies[-1]) or "✕ shirts and sneakers" in "".join(buttons(replies[-1]))


async def test_a_piece_under_the_one_named(chat: Chat) -> None:
    """'What do I wear under a blazer?', '자켓 안에 뭐 입지?': a blazer's (a jacket's) outfit, its tops
    only (was the blazer's whole outfit); '셔츠 안에 뭐 입어?': plain tees in quiet colours (was a shirt's
    outfit); 'what shirt goes under it?' still asks for shirts."""
    from understanding.lexicon import NEUTRAL_COLOURS

    items = chat.catalog().items
    for said, worn in (("what do I wear under a blazer?", "blazer"), ("자켓 안에 뭐 입지?", "outerwear")):
        await chat.say(said)
        state = await chat.state()
        assert items[state.focus_product_id].category == worn and state.mode == "outfit", said
        assert state.filters["category"] == "top"
        assert all(items[i].slot == "top" for i in state.shown if i != state.focus_product_id)
    await chat.say("start over")
    await chat.say("셔츠 안에 뭐 입어?")
    state = await chat.state()
    assert state.mode == "search" and state.shown and state.filters["category"] == "t-shirt"
    assert all(items[i].category == "t-shirt" and items[i].colour in NEUTRAL_COLOURS for i in state.shown)


async def test_how_to_wear_a_piece_is_said_for_its_kind(chat: Chat) -> None:
    """'Should I tuck it in?' after a search of shirts: a shirt's rule; 'how should I button #1?'
    after blazers: a jacket's; '청바지 롤업 해도 돼?': a jeans cuff, in Korean; nothing in view: the
    topic's most asked kind; mixing patterns, what suits an age and whether it is see-through,
    whatever the piece; whether a jacket is needed by the dress code in view, else the season."""
    (sleeves,) = await chat.say("should I roll up the sleeves?")
    assert text_of(sleeves).startswith("Roll them for a casual look, never under a jacket")
    (belt,) = await chat.say("should my belt match my shoes?")  # (was the outfit of "my shoes")
    assert text_of(belt).startswith("For anything smart, yes: a leather belt in the colour family")
    (hem,) = await chat.say("how long should my trousers be?")  # (was a search of trousers)
    assert text_of(hem).startswith("Tailored trousers aren't rolled")
    await chat.say("shirts")
    (tuck,) = await chat.say("should I tuck it in?")
    assert text_of(tuck).startswith("Tucked in for anything smart")
    await chat.say("blazers")
    (button,) = await chat.say("how should I button #1?")
    assert text_of(button).startswith("Standing, do up a two-button jacket's top button")
    chat.user = chat.api.user(49, language="ko")
    (hem,) = await chat.say("청바지 롤업 해도 돼?")
    assert text_of(hem).startswith("3cm 정도로 한두 번 얇게 접으면")
    (mix,) = await chat.say("스트라이프랑 체크 같이 입어도 돼?")  # mixing patterns (was a search)
    assert text_of(mix).startswith("가능해요. 한 패턴을 주인공으로")
    (age,) = await chat.say("40대인데 나이에 어울리는 옷 추천해줘")  # what suits an age (was a look)
    assert text_of(age).startswith("스타일에 나이 제한은 없어요")
    (sheer,) = await chat.say("흰 원피스 속이 비칠까?")  # what shows through (was a search of white dresses)
    assert text_of(sheer).startswith("사진으로는 얼마나 비치는지 알 수 없어요.") and "슬립" in text_of(sheer)
    (layer,) = await chat.say("겉옷 필요해?")  # nothing in view: the temperatures (was "didn't get that")
    assert text_of(layer).startswith("날씨에 따라 달라요. 20도 아래면 가벼운 재킷")
    await chat.say("결혼식 하객룩 추천해줘")
    (layer,) = await chat.say("자켓 꼭 입어야 돼?")  # the wedding's dress code (was a search of jackets)
    assert text_of(layer).startswith("네, 격식 있는 자리에서는 재킷까지가 복장이에요.")
    (layer,) = await chat.say("do I need a jacket for the beach?")
    assert text_of(layer).startswith("No — leave it at home in summer")


async def test_a_rule_of_dress_is_answered_by_what_is_known(chat: Chat) -> None:
    """'Gold or silver watch?': how to tell, the metal of the brown shoes in view, then of the personal colour
    once told (was a search of yellow blazers); white after Labor Day, socks with a suit, a bag matched to the
    shoes: the rule (were a search, "nothing found", an outfit of brown shoes); sneakers with a suit: yes for
    smart casual, no for the wedding in view (was "blazers read formal"), in Korean too."""
    (metal,) = await chat.say("gold or silver watch?")
    assert text_of(metal).startswith("Either — let your skin decide.")
    await chat.say("brown shoes")
    assert chat.catalog().items[(await chat.state()).shown[0]].colour == "brown"
    (metal,) = await chat.say("are gold earrings ok with these?")  # (was "I don't carry jewellery")
    assert text_of(metal).startswith("Gold with this one: warm colours")
    await chat.say("I'm summer cool")
    (metal,) = await chat.say("can I mix gold and silver jewelry?")  # (was "I don't carry jewellery")
    assert text_of(metal).startswith("Silver — you're summer cool")
    for said, answer in (  # (were an outfit, a search of blazers, "what should I apply that to?", …)
        ("how many colours should an outfit have?", "Three at most: one or two neutrals as the base"),
        ("do I have to wear a suit to an interview?", "Yes — for a formal occasion the jacket is part"),
        ("can I wear white after labor day?", "Yes — “no white after Labor Day” is an old rule"),
        ("what colour socks with a navy suit?", "Match the socks to the trousers, not the shoes"),
        ("should my bag match my shoes?", "They needn't match."),
        ("can I wear sneakers with a suit?", "For smart casual, yes"),
    ):
        (reply,) = await chat.say(said)
        assert text_of(reply).startswith(answer), said
    await chat.say("an outfit for a wedding")
    (sneakers,) = await chat.say("can I wear sneakers with a suit?")  # the wedding's dress code
    assert text_of(sneakers).startswith("Not for this one: a formal occasion asks for leather shoes")
    chat.user = chat.api.user(50, language="ko")
    (metal,) = await chat.say("골드랑 실버 중에 뭐가 어울려?")
    assert text_of(metal).startswith("피부가 정해 줘요.")
    (white,) = await chat.say("겨울에 흰 바지 입어도 돼?")
    assert text_of(white).startswith("네, 괜찮아요.")
    (denim,) = await chat.say("청청패션 괜찮아?")  # double denim (was "didn't get that")
    assert text_of(denim).startswith("네, 괜찮아요. 진한 청바지에 연한 데님")
    (socks,) = await chat.say("양말에 샌들 신어도 돼?")  # (was a search of sandals)
    assert text_of(socks).startswith("양말은 신발이 아니라 바지 색에 맞추세요.")


async def test_a_colour_for_an_occasion_is_judged_by_its_etiquette(chat: Chat) -> None:
    """'Can I wear white to a wedding?': no (the bride's), then a wedding outfit with no white; 'is
    black ok for a wedding?': yes; a white shirt: yes, under a jacket; '장례식에 빨간색 괜찮아?': no;
    '면접에 빨간 셔츠 괜찮아?': no, then shirts for an interview in other colours (the small test
    catalogue has few formal pieces: after a no, the advice alone rather than "nothing found")."""
    (said, *after) = await chat.say("can I wear white to a wedding?")
    assert text_of(said).startswith("Better not: white is the bride's colour")
    assert "Navy, beige, pink, blue or grey suit a guest" in text_of(said)
    assert not any("I found nothing" in text_of(c) for c in after)  # the small catalogue: said alone
    state = await chat.state()
    anchor = chat.catalog().items.get(state.focus_product_id or -1)
    assert anchor is None or anchor.colour != "white"
    (said, *_) = await chat.say("is black ok for a wedding?")
    assert text_of(said) == "Yes — black is fine for a wedding."
    (said, *_) = await chat.say("can I wear a white shirt to a wedding?")
    assert text_of(said).startswith("Yes — a white shirt under a jacket is fine for a wedding")
    chat.user = chat.api.user(48, language="ko")
    (said, *_) = await chat.say("장례식에 빨간색 괜찮아?")
    assert text_of(said).startswith("피하는 게 좋아요. 장례식에는 검정, 네이비, 짙은 회색")
    (said, *_) = await chat.say("면접에 빨간 셔츠 괜찮아?")  # then shirts for it, not red
    assert text_of(said).startswith("레드는 작게 쓰는 게 좋아요")
    state = await chat.state()
    assert (state.filters["not_colour"], state.filters["category"], state.filters["occasion"]) == (
        "red",
        "shirt",
        "interview",
    )
    assert all(chat.catalog().items[i].colour != "red" for i in state.shown)
    (said, *_) = await chat.say("장례식 빨간 원피스")  # asked for, not asked about: the same advice first
    assert text_of(said).startswith(
        "피하는 게 좋아요. 장례식에는"
    )  # (was "no red ones here, so other colours")
    assert (await chat.state()).filters.get("not_colour") == "red"
    (said, *after) = await chat.say("can men wear pink?")  # who, not where (was "apply that to what?")
    assert text_of(said).startswith("Of course — pink is anyone's to wear")
    state = await chat.state()
    assert (state.filters.get("colour"), state.filters.get("gender")) == ("pink", "men")
    assert all(chat.catalog().items[i].gender in ("men", "unisex") for i in state.shown)


async def test_sizes_are_converted(chat: Chat) -> None:
    """'What size is 270 in US?' gives the foot length in US men's and women's, UK and EU sizes; '95
    사이즈는 S M L로 뭐야?' the letter and both Korean numbers; "I'm a size 8" a US women's size; a size
    off the chart is said plainly; the
    shop's chart has the last word; whether a size is in stock is the shop's to say; a height and
    weight get the top size that usually fits them, for whom the user shops — and, asked with a look to
    flatter a build ("…, what should I wear to look slimmer?"), the build's advice and that look too."""
    (shoe,) = await chat.say("what size is 270 in US?")
    assert text_of(shoe).startswith("270 mm is about US men's 9 / US women's 10, UK 8, EU ")
    assert text_of(shoe).endswith("check the shop's size chart before you buy.")
    (back,) = await chat.say("US women's 7 in mm")
    assert text_of(back).startswith("240 mm is about US men's 6 / US women's 7")
    (top,) = await chat.say("95 사이즈는 S M L로 뭐야?")
    assert text_of(top).startswith("M 사이즈는 보통 남성 95, 여성 66 사이즈예요.")
    (off,) = await chat.say("size 400")
    assert text_of(off).startswith("I can't check sizes")
    (dress,) = await chat.say("I'm a size 8")  # a US women's size, and the shoe it could be (was unread)
    assert text_of(dress).startswith(
        "US women's size 8 is about M — 66 in Korean women's sizes.\nIf you meant shoes: US women's 8 is "
        "about 250 mm."
    )
    (waist,) = await chat.say("허리 30이면?")  # a trouser waist (was not understood)
    assert text_of(waist).startswith("허리 30인치는 약 76cm예요.")
    for asked in ("is there an XL?", "이거 XL 사이즈 있어?", "28인치 있어?"):  # in stock: the shop's
        (stocked,) = await chat.say(asked)
        assert text_of(stocked).startswith(("I can't check sizes", "사이즈는 확인할 수 없어요"))
    (build,) = await chat.say(
        "I'm 180cm 75kg, what size?"
    )  # who it is for not known: both (was not understood)
    assert text_of(build).startswith("At 180 cm and 75 kg, tops usually fit in L (100) in men's sizes and ")
    chat.user = chat.api.user(96, language="ko")
    await chat.say("저는 여자예요")
    (build,) = await chat.say("키 165 몸무게 55 사이즈 추천")
    assert text_of(build).startswith("키 165cm, 55kg이면 여성 상의는 보통 M(66) 사이즈예요.")
    (height,) = await chat.say("키 168이에요")  # a height alone (was not understood): its weight asked
    assert text_of(height).startswith("키 168cm면 대부분의 핏과 기장이 그대로 잘 맞아요.")
    (short,) = await chat.say("I'm 155cm")  # a short one: what flatters a petite build
    assert text_of(short).startswith("For a petite frame")
    chat.user = chat.api.user(97)  # the size, the build's advice, who it is, and a look (was the size alone)
    size, advice, noted, *look = await chat.say("I'm a man, 175cm 80kg, what should I wear to look slimmer?")
    assert text_of(size).startswith("At 175 cm and 80 kg, men's tops usually fit in")
    assert text_of(advice).startswith("For a fuller figure") and text_of(noted).startswith(
        "Noted: I'll show men"
    )
    assert look and (await chat.state()).filters.get("build") == "curvy"
    chat.user = chat.api.user(98)  # who the user is, noted with advice too (was lost)
    noted, size = await chat.say("I'm a woman, what size is 240 in US?")
    assert text_of(noted).startswith("Noted: I'll show women's") and text_of(size).startswith("240 mm is")
    chat.user = chat.api.user(99)
    await chat.say("I need something to wear to my sister's graduation in May")
    (advice, *look) = await chat.say("I'm 5'2 and curvy")  # a woman's figure: her look now (was his)
    state = await chat.state()
    assert text_of(advice).startswith("For a fuller figure") and state.filters["gender"] == "women"
    assert look and all(chat.catalog().items[i].gender != "men" for i in state.shown)


async def test_how_a_piece_runs_is_said_for_its_kind(chat: Chat) -> None:
    """'Does #2 run small?' after a search of trousers: that product named, the waist's rule of thumb and
    the shop's chart and reviews as the judge; '정사이즈야?' about sneakers: the foot's length in mm,
    '2번 사이즈 어때?' #2's; with nothing in view, which piece."""
    (which,) = await chat.say("is it true to size?")
    assert text_of(which).startswith("Tell me which piece")
    await chat.say("trousers")
    second = chat.catalog().items[(await chat.state()).shown[1]]
    (answer,) = await chat.say("does #2 run small?")
    assert text_of(answer).startswith(f"{second.name}: its name says")
    assert "Trousers and skirts go by the waist" in text_of(answer)
    assert text_of(answer).endswith("say whether it runs small.")
    chat.user = chat.api.user(45, language="ko")
    await chat.say("운동화 보여줘")
    (answer,) = await chat.say("정사이즈야?")
    said = text_of(answer)
    assert said.startswith("신발은 발 길이(mm) 기준이에요") and "사이즈표와 후기" in said
    (answer,) = await chat.say("2번 사이즈 어때?")  # how #2 runs (was its style judged)
    assert text_of(answer).startswith("신발은 발 길이(mm) 기준이에요") and "사이즈표와 후기" in text_of(
        answer
    )


async def test_a_dress_code_is_explained_before_its_outfit(chat: Chat) -> None:
    """'What does black tie mean?' explains the code, then shows an outfit for it; '드레스 코드가 세미
    포멀이면 뭐 입어?' is smart casual, not a dress; 'what is a good outfit for a wedding?' is just the
    outfit."""
    replies = await chat.say("what does black tie mean?")
    assert text_of(replies[0]).startswith("Black tie: a dinner jacket")
    assert len(replies) >= 2  # then the outfit (the test catalogue may have none that formal)
    assert (await chat.state()).filters.get("occasion") == "black_tie"
    replies = await chat.say("드레스 코드가 세미 포멀이면 뭐 입어?")
    assert text_of(replies[0]).startswith("스마트 캐주얼: ")
    state = await chat.state()
    assert (
        state.filters.get("occasion") == "smart"
        and chat.catalog().items[state.focus_product_id].category != "dress"
    )
    replies = await chat.say("what is a good outfit for a wedding?")
    assert not text_of(replies[0]).startswith("A wedding guest")


async def test_a_couple_look(chat: Chat) -> None:
    """'커플룩 추천' answers her outfit and his: a top of one shared colour each, then a bottom and shoes
    for each (and a layer for winter); 'in black' makes both tops black; 'show others' packs other
    pieces; 'make it more colourful' shares a colour, not a neutral; 'outfits for me and my boyfriend'
    is one too; a budget said before is kept."""
    from application.capsule import SLOTS
    from understanding.lexicon import NEUTRAL_COLOURS

    look = [c for c in await chat.say("커플룩 추천") if "커플룩" in text_of(c)][
        -1
    ]  # its list, after its picture
    assert "<b>여성</b>" in text_of(look) and "<b>남성</b>" in text_of(look)
    catalog = chat.catalog()
    shown = [catalog.items[i] for i in (await chat.state()).shown]
    hers, his = [p for p in shown if p.gender == "women"], [p for p in shown if p.gender == "men"]
    tops = [p for p in shown if p.category in SLOTS["top"]]
    assert len(tops) == 2 and tops[0].colour == tops[1].colour and hers and his
    await chat.say("in black")
    shown = [catalog.items[i] for i in (await chat.state()).shown]
    assert [p.colour for p in shown if p.category in SLOTS["top"]] == ["black", "black"]
    (why,) = await chat.say("why #1?")  # half of the couple's look
    assert text_of(why).splitlines()[-1] == "Part of her look, chosen to go with the shared colour."
    before = set((await chat.state()).shown)
    await chat.say("show others")
    assert not before & set((await chat.state()).shown)
    await chat.say("clear filters")  # no colour asked: "show others" is a couple look in another colour
    first = {
        catalog.items[i].colour
        for i in (await chat.state()).shown
        if catalog.items[i].category in SLOTS["top"]
    }
    await chat.say("show others")
    again = {
        catalog.items[i].colour
        for i in (await chat.state()).shown
        if catalog.items[i].category in SLOTS["top"]
    }
    assert len(first) == len(again) == 1 and first != again
    await chat.say("make it more colourful")  # a shared colour of that tone (it stayed white)
    tops = [catalog.items[i] for i in (await chat.state()).shown if catalog.items[i].category in SLOTS["top"]]
    assert len({p.colour for p in tops}) == 1 and tops[0].colour not in NEUTRAL_COLOURS
    chat.user = chat.api.user(60)
    await chat.say("outfits for me and my boyfriend")  # hers and his, not his alone
    assert {catalog.items[i].gender for i in (await chat.state()).shown} >= {"men", "women"}
    chat.user = chat.api.user(61)
    await chat.say("a couple look for winter")  # a layer for each (was a sweater and jeans alone)
    layers = [
        catalog.items[i]
        for i in (await chat.state()).shown
        if catalog.items[i].category in SLOTS["outerwear"]
    ]
    assert {p.gender for p in layers} == {"women", "men"}
    chat.user = chat.api.user(62)
    await chat.say("black jeans under 50,000 won")
    await chat.say("커플룩 추천")  # the budget said before kept (it was forgotten with the jeans)
    assert (await chat.state()).filters.get("max_price") == 50000


async def test_my_style_is_read_from_what_was_saved_and_kept(chat: Chat) -> None:
    """'What's my style?' with nothing saved says how to let Stylist learn it; after a photo saved
    and two products kept, it names the style and colours they lean to, a colour to add and what
    the wardrobe has nothing for yet."""
    from vocabulary import COLOURS, display_name

    (unknown,) = await chat.say("what's my style?")
    assert text_of(unknown).startswith("I don't know your style yet")
    await chat.photo(clothing_photos("T-Shirt")[0].read_bytes())
    for said in ("save it", "t-shirts", "save #1", "save #2"):
        await chat.say(said)
    kept = [chat.catalog().items[i] for i in (await chat.state()).shown[:2]]
    (style,) = await chat.say("what's my style?")
    lines = html.unescape(text_of(style)).splitlines()
    said = re.match(r"Your style leans (\w+) \(([23]) of 3 pieces you saved or kept\)", lines[0])
    assert said and said[1] in {p.usage for p in kept}  # two of three share it at least: one kept piece
    assert any(display_name(COLOURS, p.colour) in lines[0] for p in kept if p.colour)
    assert lines[-1].startswith("Your wardrobe has no bottoms")
    replies = await chat.say("what should I buy next?")  # what it lacks first: bottoms, in their style
    assert text_of(replies[0]).startswith("Your wardrobe has no bottoms yet — these go with your ")
    state = await chat.state()
    assert state.mode == "search" and state.filters.get("category") == "pants" and state.shown


async def test_an_outfits_tops_lean_to_the_personal_colour(chat: Chat) -> None:
    """The tops of an outfit, nearest the face, lean to the user's personal colour: the third top
    of an outfit becomes its first when its colour is one the user's type suits (`Ask.leans`)."""
    from application.ask import Ask

    stylist = chat.app.bot_data["stylist"]
    jeans = next(p for p in chat.catalog().items.values() if p.category == "pants" and not p.hidden)
    row = stylist.dialogue.search.described(jeans)
    plain = await stylist.recommend.outfit_for(row, [], set(), Ask())
    tops = next(slot.items for slot in plain if slot.name == "top")
    third = tops[2].product
    assert third is not None and tops[0].product is not None and tops[0].product.colour != third.colour
    leaned = await stylist.recommend.outfit_for(row, [], set(), Ask(leans=(third.colour,)))
    first = next(slot.items for slot in leaned if slot.name == "top")[0].product
    assert first is not None and first.colour == third.colour


async def test_a_photos_caption_asks_for_care_colour_or_packing(chat: Chat) -> None:
    """A photo captioned "how do I wash this?" is answered, then advised on; "does this suit a winter
    cool?" judges its colour; "what should I pack with this for 3 days?" packs it first."""
    photo = clothing_photos("T-Shirt")[0].read_bytes()
    replies = await chat.photo(photo, caption="how do I wash this?")
    assert any(text_of(c).startswith("How to look after your ") for c in replies)
    replies = await chat.photo(photo, caption="does this suit a winter cool?")
    assert any(text_of(c).startswith(("Yes — ", "Not near your face", "It can work")) for c in replies)
    replies = await chat.photo(photo, caption="what should I pack with this for 3 days?")
    assert any("pack these with it" in text_of(c) for c in replies)
    replies = await chat.photo(photo, caption="should I tuck it in?")  # a T-shirt's (or a top's) tuck
    assert any(text_of(c).startswith(("Untucked with jeans or shorts", "Tucked in for")) for c in replies)


async def test_why_a_search_or_a_gift_was_shown(chat: Chat) -> None:
    """'Why #2?' after a search names what it was for; after gift ideas, why a gift."""
    await chat.say("t-shirts")
    (search,) = await chat.say("why #2?")
    assert text_of(search).splitlines()[-1] == "It fits what you asked for: T-shirt."
    await chat.say("a gift for my mom")
    (gift,) = await chat.say("why #1?")
    assert (
        text_of(gift).splitlines()[-1]
        == "One of the kinds often given as a gift, the most typical of its kind."
    )


async def test_two_garments_asked_about_together(chat: Chat) -> None:
    """'White tee with jeans?': the first garment's product comes into view and the second is judged
    with it (colours, then whether its kind suits the look), then the whole look with that kind in
    its slot ("white is not my colour" then begins it from a T-shirt of another colour); '흰 티에 청바지
    어때?' likewise in Korean ("티" alone a T-shirt); a clash ("a red shirt with purple trousers?")
    is a no with trousers in colours that go with red."""
    items = chat.catalog().items
    verdict, *_ = await chat.say("white tee with jeans?")
    state = await chat.state()
    assert text_of(verdict).startswith("A white T-shirt with jeans? ")
    focus = items[state.focus_product_id]
    assert (focus.category, focus.colour) == ("t-shirt", "white")
    if text_of(verdict).endswith("Here's the look:"):  # the whole look, jeans in its bottoms
        assert any(items[i].category == "pants" for i in state.shown)
        assert {items[i].slot for i in state.shown} - {"top", "bottom"}  # shoes, a bag …: the whole look
    else:  # the small test catalogue: no jeans for this look
        assert text_of(verdict).endswith("I have none of them here to show, sorry.")
    verdict, *_ = await chat.say("a white tee with trousers?")  # any trousers: the test catalogue has some
    state = await chat.state()
    assert text_of(verdict).endswith("Here's the look:") and items[state.shown[0]].category == "t-shirt"
    assert items[state.shown[1]].category == "pants"  # the kind asked, first: then the rest of the look
    assert {items[i].slot for i in state.shown} - {"top", "bottom"}
    await chat.say("white is not my colour")  # the piece the look began from is white: another one
    state = await chat.state()
    began = items[state.focus_product_id]
    assert began.category == "t-shirt" and began.colour != "white" and state.filters["not_colour"] == "white"
    chat.user = chat.api.user(51, language="ko")
    verdict, *_ = await chat.say("흰 티에 청바지 어때?")
    assert text_of(verdict).startswith("화이트 티셔츠에 청바지? ")
    assert items[(await chat.state()).focus_product_id].category == "t-shirt"
    chat.user = chat.api.user(52)
    verdict, *_ = await chat.say("is a red shirt ok with purple trousers?")
    said = "A red shirt with purple trousers? I'd rather not: red and purple clash."
    assert text_of(verdict).startswith(said)
    state = await chat.state()
    assert items[state.focus_product_id].category == "shirt"
    assert all(items[i].colour != "purple" for i in state.shown)


async def test_a_formal_look_s_shoes_are_judged_by_its_colour(chat: Chat) -> None:
    """'Brown shoes with a black suit?': the suit is the look (was the shoes, and "blazers make it
    less casual") and brown is a no — its look's shoes in any colour but brown; 'black blazer with
    black shoes?': yes; a backpack with a suit: no (was "it could work"), a leather bag: yes; 'an outfit
    with a black blazer' with nothing in view is the look begun from one (was "what should I apply that
    to?")."""
    items = chat.catalog().items
    verdict, *_ = await chat.say("can I wear brown shoes with a black suit?")
    state = await chat.state()
    began = items[state.focus_product_id]
    assert (began.category, began.colour, began.usage) == ("blazer", "black", "formal")
    assert text_of(verdict).startswith("A black blazer with brown shoes? Better not for a formal look")
    assert state.filters["not_colour"] == "brown"
    assert not any(items[i].slot == "shoes" and items[i].colour == "brown" for i in state.shown)
    verdict, *_ = await chat.say("black blazer with black shoes?")
    assert text_of(verdict).startswith("A black blazer with black shoes? Yes")
    (backpack, *_) = await chat.say("can I wear a backpack with a suit?")  # the suit's look, and a no
    assert text_of(backpack).startswith("A blazer with backpacks? Better not: backpacks are casual wear")
    (bag, *_) = await chat.say("a suit with a leather bag?")  # (was "nothing found": a leather blazer)
    assert text_of(bag).startswith("A blazer with a bag? Yes")
    chat.user = chat.api.user(53)
    (outfit, *_) = await chat.say("an outfit with a black blazer")
    state = await chat.state()
    assert state.mode == "outfit" and items[state.focus_product_id].category == "blazer"
    assert not text_of(outfit).startswith("What should I apply that to?")


async def test_another_brand_leaves_out_the_brand_in_view(chat: Chat) -> None:
    """'Other brands' after a brand's shoes: the same search without that brand (was a shop question:
    "brand" is the shop's to answer); '다른 브랜드' after a list of many brands: the next ones."""
    from vocabulary import BRANDS, brand_of

    items = chat.catalog().items
    shoes = Counter(brand_of(p.name) for p in items.values() if p.category == "shoes" and not p.hidden)
    brand = next(b for b, _ in shoes.most_common() if b)
    await chat.say(f"{BRANDS[brand].name.lower()} shoes")
    (answer,) = await chat.say("any other brands?")
    state = await chat.state()
    assert state.filters.get("not_brand") == brand and state.filters.get("brand") is None
    assert state.shown and all(items[i].category == "shoes" for i in state.shown)
    assert not any(brand_of(items[i].name) == brand for i in state.shown)
    assert f"✕ not {BRANDS[brand].name}" in buttons(answer)
    await chat.say("any brand")
    before = (await chat.state()).shown
    brands = Counter(brand_of(items[i].name) for i in before)
    (answer,) = await chat.say("다른 브랜드")
    state = await chat.state()
    assert state.shown and "shop's to answer" not in text_of(answer)
    if brands.most_common(1)[0][1] * 2 < len(before):  # no one brand in view: the next ones
        assert not set(state.shown) & set(before)


async def test_a_brand_asked_for_is_kept_to(chat: Chat) -> None:
    """'<brand> shoes': only that brand's (read from the product names), with its ✕ button; 'not
    <brand>' leaves it out instead; 'any brand' takes it off; in Korean by its Korean name; a brand
    not carried ('zara dresses'): other brands' dresses, said so."""
    from vocabulary import BRANDS, brand_of

    items = chat.catalog().items
    shoes = Counter(brand_of(p.name) for p in items.values() if p.category == "shoes" and not p.hidden)
    brand = next(b for b, _ in shoes.most_common() if b)  # the small test catalogue's commonest
    name = BRANDS[brand].name
    (answer,) = await chat.say(f"{name.lower()} shoes")
    shown = (await chat.state()).shown
    assert shown and all(brand_of(items[i].name) == brand for i in shown)
    assert f"✕ {name}" in buttons(answer) and f"Here's what I found: {name} shoes" in text_of(answer)
    (about,) = await chat.say("what brand is #2?")  # read from its name
    heading = text_of(about).split("\n")[0]  # then its link, under its picture
    assert heading.endswith(f"The brand is {name}.</b>") and items[shown[1]].name in html.unescape(heading)
    (colour,) = await chat.say("what colour is #1?")  # that one's, not more like it
    assert html.unescape(text_of(colour)).startswith(f"{items[shown[0]].name} is listed as")
    (answer,) = await chat.say(f"not {name.lower()}")  # left out, not asked for
    state = await chat.state()
    assert state.filters.get("brand") is None and state.filters.get("not_brand") == brand
    assert state.shown and not any(brand_of(items[i].name) == brand for i in state.shown)
    assert f"✕ not {name}" in buttons(answer)
    (answer,) = await chat.say("any brand")
    assert (await chat.state()).filters.get("brand") is None and f"✕ {name}" not in buttons(answer)
    await chat.photo(clothing_photos("T-Shirt")[0].read_bytes())
    unseen, again = await chat.say("what brand is it?")  # a photo's logo is not read: said so
    assert text_of(unseen).startswith("I can't read a brand or a logo from a photo") and "T-shirt" in text_of(
        again
    )
    unseen, again = await chat.say("what brand is the t-shirt?")  # was a search of T-shirts
    assert text_of(unseen).startswith("I can't read a brand or a logo from a photo")
    (answer,) = await chat.say("zara dresses")
    assert "I don't carry Zara here, so other brands: dress" in text_of(answer)
    if not any(p.category == "dress" and brand_of(p.name) == brand for p in items.values()):
        (answer,) = await chat.say(f"{name.lower()} dresses")  # carried, but none of those
        assert f"None of that from {name} here, so other brands: dress" in text_of(answer)
    assert all(items[i].category == "dress" for i in (await chat.state()).shown)
    chat.user = chat.api.user(53, language="ko")
    (answer,) = await chat.say(f"{BRANDS[brand].korean} 신발")
    assert all(brand_of(items[i].name) == brand for i in (await chat.state()).shown)
    assert f"✕ {BRANDS[brand].korean}" in buttons(answer)


async def test_tops_and_bottoms_named_are_their_whole_slot(chat: Chat) -> None:
    """'하의 추천해줘', 'bottoms': trousers, shorts and skirts alike (not a catalogue category of
    its own), named as the slot; '상의' likewise every kind of top, not only those listed as "top"."""
    from vocabulary import SLOT_CATEGORIES

    chat.user = chat.api.user(54, language="ko")
    items = chat.catalog().items
    for said, slot in (("하의 추천해줘", "bottom"), ("상의 추천해줘", "top")):
        (answer,) = await chat.say(said)
        shown = (await chat.state()).shown
        assert shown and all(items[i].category in SLOT_CATEGORIES[slot] for i in shown)
        assert f"찾은 상품: {'하의' if slot == 'bottom' else '상의'}" in text_of(answer)
    assert any(items[i].category != "top" for i in shown)  # not only the catalogue's "Tops"


async def test_whose_occasion_and_what_is_refused_in_passing(chat: Chat) -> None:
    """'Something for my sister's wedding next month' is the shopper's wedding outfit, not women's
    wear and not a next page; 'none of these' shows others; 'red is not my colour' refuses red;
    'too flashy' keeps to neutral colours; 'these are all ugly' of a look begun from a piece the bot
    chose: another piece begins it."""
    await chat.say("I need something for my sister's wedding next month")
    state = await chat.state()  # the small test catalogue may have no such outfit: the filters tell
    assert state.filters.get("occasion") == "wedding" and state.filters.get("gender") is None
    await chat.say("t-shirts")
    first = (await chat.state()).shown
    await chat.say("none of these")
    assert first and not set((await chat.state()).shown) & set(first)
    await chat.say("red is not my colour")
    assert (await chat.state()).filters.get("not_colour") == "red"
    await chat.say("too flashy")
    assert (await chat.state()).filters.get("tone") == "neutral"
    await chat.say("a casual outfit for women")  # begun from a top the bot chose: refused, another begins
    starts = [(await chat.state()).focus_product_id]  # it, never one refused before (was the same top)
    for said in ("these are all ugly", "다 별로야"):
        await chat.say(said)
        state = await chat.state()
        assert state.focus_product_id not in starts and state.shown and state.filters.get("style") == "casual"
        starts.append(state.focus_product_id)


async def test_several_kinds_asked_together(chat: Chat) -> None:
    """'Shoes and a bag?': a few of each under its kind's heading, men's and women's in turn for a
    shopper whose gender is not known, who is asked whom they shop for (then kept to it); kept
    through "in black" and "show others" until "shoes only"; each kind in its own colour ('black
    shoes and a red bag'); '신발이랑 가방'; and about a garment in view ('shoes and a bag to go with
    it'): its outfit's shoes and bags alone."""
    items = chat.catalog().items
    answer, question = await chat.say("shoes and a bag?")
    shown = (await chat.state()).shown
    assert {items[i].slot for i in shown} == {"shoes", "bag"}
    assert "<b>Shoes</b>" in text_of(answer) and "<b>Bags</b>" in text_of(answer)
    assert "Here's what I found: shoes and bag" in text_of(answer) and "✕ shoes and bag" in buttons(answer)
    assert {"men", "women"} <= {items[i].gender for i in shown if items[i].slot == "shoes"}  # in turn
    assert "Who do you shop for?" in text_of(question)
    (_, band) = await chat.press(buttons(question)["👨 Men"])
    await chat.press(buttons(band)["any price"])
    assert all(items[i].gender in ("men", "unisex") for i in (await chat.state()).shown)
    await chat.say("in black")
    state = await chat.state()
    assert {items[i].slot for i in state.shown} == {"shoes", "bag"}
    assert all(items[i].colour == "black" for i in state.shown)
    await chat.say("show others")
    assert not set((await chat.state()).shown) & set(state.shown)
    await chat.say("shoes only")
    assert {items[i].slot for i in (await chat.state()).shown} == {"shoes"}
    await chat.say("black shoes and a red bag")
    colours = {(items[i].slot, items[i].colour) for i in (await chat.state()).shown}
    assert colours == {("shoes", "black"), ("bag", "red")}
    await chat.say("a dress")
    said = "\n".join(text_of(call) for call in await chat.say("shoes and a bag to go with it"))
    state = await chat.state()
    assert items[state.focus_product_id].category == "dress"
    assert {items[i].slot for i in state.shown} == {"dress", "shoes", "bag"}
    assert said.index("<b>Shoes</b>") < said.index("<b>Bags</b>")
    chat.user = chat.api.user(55, language="ko")
    answer, *_ = await chat.say("신발이랑 가방 추천해줘")  # then whom they shop for
    assert {items[i].slot for i in (await chat.state()).shown} == {"shoes", "bag"}
    assert "찾은 상품: 신발, 가방" in text_of(answer)


async def test_a_kind_added_to_those_in_view(chat: Chat) -> None:
    """'A bag too' after black shoes: shoes and bags, both kept black (was bags alone); '가방도'
    after a dress's shoes: its outfit's shoes and bags (was its bags alone); 'shoes too' after shoes
    changes nothing; '가방은 필요 없어' leaves bags out; 'add a jacket' to a whole look: the look with a
    jacket in it; '신발도' of a look that has its shoes: more shoes for it."""
    items = chat.catalog().items
    chat.user = chat.api.user(91, language="en")
    await chat.say("black shoes for men")
    (answer,) = await chat.say("a bag too")
    state = await chat.state()
    assert {items[i].slot for i in state.shown} == {"shoes", "bag"} and state.filters.get("colour") == "black"
    assert "Here's what I found: black shoes and bag" in text_of(answer)
    await chat.say("shoes too")
    assert {items[i].slot for i in (await chat.state()).shown} == {"shoes", "bag"}
    chat.user = chat.api.user(92, language="ko")
    await chat.say("원피스 보여줘")
    await chat.say("1번이랑 어울리는 신발")
    said = "\n".join(text_of(call) for call in await chat.say("가방도"))
    state = await chat.state()
    assert items[state.focus_product_id].category == "dress"
    assert {items[i].slot for i in state.shown} == {"dress", "shoes", "bag"}
    assert said.index("<b>신발</b>") < said.index("<b>가방</b>")
    await chat.say("가방은 필요 없어")  # left out (was a search for bags)
    assert (await chat.state()).filters.get("not_slot") == "bag"
    await chat.photo(clothing_photos("T-Shirt")[0].read_bytes())
    await chat.say("match an outfit")
    before = {items[i].slot for i in (await chat.state()).shown}
    await chat.say("add a jacket")  # the whole look with a layer in it (was jackets alone, a search)
    state = await chat.state()
    slots = {items[i].slot for i in state.shown}
    assert "outerwear" in slots and len(slots & before) >= 1 and state.mode == "outfit"
    chat.user = chat.api.user(93, language="ko")
    await chat.photo(clothing_photos("T-Shirt")[0].read_bytes())
    await chat.say("코디 추천해줘")
    shoes = [i for i in (await chat.state()).shown if items[i].slot == "shoes"]
    assert shoes  # "신발도" of a look with its shoes: more shoes for it, alone (was the same look again)
    await chat.say("신발도 추천해줘")
    state = await chat.state()
    assert state.mode == "outfit" and {items[i].slot for i in state.shown} == {"shoes"}
    assert len(state.shown) > len(shoes)


async def test_a_brands_outfit_says_where_it_has_too_few(chat: Chat) -> None:
    """'A <brand> outfit': each slot that had to take other brands' pieces says so under its heading
    ("few from …" with some of the brand's, "none from …" with none), and only those."""
    from vocabulary import BRANDS, brand_of

    items = chat.catalog().items
    brands = Counter(brand_of(p.name) for p in items.values() if not p.hidden)
    brand = next(b for b, _ in brands.most_common() if b)
    name = BRANDS[brand].name
    said = "\n".join(text_of(call) for call in await chat.say(f"a {name.lower()} outfit"))
    sections = [s for s in said.split("\n\n<b>")[1:] if "</b>" in s]
    assert sections
    for section in sections:
        heading, _, listing = section.partition("\n")
        names = [html.unescape(n) for n in re.findall(r'">([^<]+)</a>', listing)]
        others = [n for n in names if brand_of(n) != brand]
        if heading.startswith("Starting from"):
            continue
        noted = (
            f"few from {name} here, so other brands too" if len(others) < len(names) else f"none from {name}"
        )
        assert (noted in heading) == bool(others), section


async def test_something_for_an_occasion_is_a_new_look_not_the_one_in_view(chat: Chat) -> None:
    """'I need something for my sister's wedding' after the outfit of a T-shirt the user picked: a
    wedding look begun anew, not the T-shirt's outfit made formal."""
    items = chat.catalog().items
    await chat.say("t-shirts")
    await chat.say("what goes with #1?")
    tee = (await chat.state()).focus_product_id
    assert tee is not None and items[tee].category == "t-shirt"
    await chat.say("I need something for my sister's wedding")
    state = await chat.state()
    assert state.filters.get("occasion") == "wedding" and state.focus_product_id != tee


async def test_one_kind_swapped_for_another_in_the_look(chat: Chat) -> None:
    """'Make the trousers shorts', '바지는 반바지로': the look's bottoms as shorts (the outfit in view
    kept to that slot, not a search); '셔츠 대신 니트' about a look begun from a shirt: the look begun
    again from a sweater; '바지는 검정으로': the look's trousers in black, not a new search."""
    items = chat.catalog().items
    await chat.say("an outfit for a date for men")
    state = await chat.state()
    assert state.mode == "outfit" and items[state.focus_product_id].slot == "top"
    start = state.focus_product_id
    for said in ("make the trousers shorts", "바지는 반바지로"):
        await chat.say(said)
        state = await chat.state()  # the small test catalogue may have no shorts for this look
        assert state.mode == "outfit" and state.focus_product_id == start
        assert state.filters["category"] == "shorts" and state.filters["occasion"] == "date"
    chat.user = chat.api.user(56, language="ko")
    await chat.say("남자 데이트룩 추천해줘")
    await chat.say("셔츠 대신 니트")
    state = await chat.state()
    began = items[state.focus_product_id]
    assert state.mode == "outfit" and began.article_type == "Sweaters" and began.gender == "men"
    said = text_of((await chat.say("바지는 검정으로"))[0])
    state = await chat.state()
    assert state.mode == "outfit" and state.focus_product_id == began.id
    assert (state.filters["category"], state.filters["colour"]) == ("pants", "black")
    if not said.startswith("조건에 모두 맞는 상품이 없어요"):  # the small test catalogue: maybe none
        bottoms = [i for i in state.shown if i != began.id]
        assert bottoms and all(items[i].category == "pants" and items[i].colour == "black" for i in bottoms)


async def test_save_it_about_a_product_in_view_keeps_that_product(chat: Chat) -> None:
    """'이거 저장' after '3번 얼마야?': #3 into the favourites (the wardrobe keeps photos only)."""
    chat.user = chat.api.user(57, language="ko")
    await chat.say("티셔츠 보여줘")
    third = (await chat.state()).shown[2]
    await chat.say("3번 얼마야?")
    (kept,) = await chat.say("이거 저장")
    assert chat.catalog().items[third].name in text_of(kept) and "찜했어요" in text_of(kept)
    (listed,) = await chat.say("찜한 거 보여줘")
    assert chat.catalog().items[third].name in text_of(listed)


async def test_a_looks_piece_in_other_colours_and_a_date_made_more_casual(chat: Chat) -> None:
    """'바지 다른 색 있어?' of a look narrowed to its shoes: the look's trousers in other colours (was
    "which colour should I leave out?"); 'more casual' of a date's smart-casual look is everyday casual,
    the date left and the look begun anew from another piece (was the same look again, begun from the
    date's shirt), while 'cuter' keeps it."""
    items = chat.catalog().items
    chat.user = chat.api.user(61, language="ko")
    await chat.say("남자 캐주얼 코디")
    state = await chat.state()
    trousers = next((i for i in state.shown if items[i].slot == "bottom"), None)
    await chat.say("신발은 운동화로")
    await chat.say("바지 다른 색 있어?")
    state = await chat.state()
    if trousers is not None:  # (the small catalogue's casual look has some)
        assert state.filters.get("not_colour") == items[trousers].colour
        assert state.shown and all(items[i].colour != items[trousers].colour for i in state.shown[1:])
        assert all(items[i].slot == "bottom" for i in state.shown if i != state.focus_product_id)
    chat.user = chat.api.user(62, language="en")
    await chat.say("cuter outfit for a date")
    date = await chat.state()
    assert date.filters.get("occasion") == "date"
    await chat.say("more casual")
    state = await chat.state()
    assert state.filters.get("occasion") is None and state.filters.get("style") == "casual"
    assert state.focus_product_id != date.focus_product_id  # begun anew: not the date's blouse or dress
    chat.user = chat.api.user(63, language="en")
    await chat.say("I'm a man")
    await chat.say("an outfit for a first date")
    began = items[(await chat.state()).focus_product_id]
    await chat.say("more casual")
    now = items[(await chat.state()).focus_product_id]
    assert began.category == "shirt" and now.id != began.id  # (was the date's shirt again)


async def test_a_boho_summer_look_and_the_bag_to_bring(chat: Chat) -> None:
    """'Something more boho' of a summer look the bot began: earthy warm colours, for summer still (the
    summer was left with the piece it began from); 'what bag should I bring?' is that look's bags
    (was a search for any bag)."""
    chat.user = chat.api.user(64)
    await chat.say("I'm a woman")
    await chat.say("an outfit for summer")
    await chat.say("something more boho")
    state = await chat.state()
    assert state.filters.get("tone") == "warm" and state.filters.get("season") == "summer"
    start = state.focus_product_id
    await chat.say("what bag should I bring?")
    state = await chat.state()
    assert state.mode == "outfit" and state.focus_product_id == start
    assert state.filters.get("category") == "bag" and state.filters.get("season") == "summer"


async def test_two_kinds_weighed_the_pick_said_then_both(chat: Chat) -> None:
    """'Skirt or trousers?', '치마가 좋을까 바지가 좋을까?' of a look in view: its bottoms of either kind, the
    stylist's pick said first, with why, and shown first (was a search for skirts); with nothing in view, what
    it depends on; 'skirt or trousers for a date?' the date's look, hers (a skirt was asked of)."""
    chat.user = chat.api.user(65)
    await chat.say("I'm a woman")
    await chat.say("an outfit for a first date")
    start = (await chat.state()).focus_product_id
    said, *look = await chat.say("skirt or trousers?")
    state = await chat.state()
    assert state.mode == "outfit" and state.focus_product_id == start
    assert state.filters.get("category") == "bottom" and state.filters.get("occasion") == "date"
    items = chat.catalog().items
    bottoms = [items[i] for i in state.shown if i != start]
    assert bottoms and all(p.slot == "bottom" for p in bottoms)
    named = {"skirt": "skirt", "pants": "trousers", "shorts": "shorts"}.get(bottoms[0].category, "")
    assert text_of(said).startswith(f"Either can work — for this look I'd go with the {named}")
    why = {"skirt": ": a softer, more feminine line", "pants": ": easy to move in", "shorts": ": cooler"}
    assert why[bottoms[0].category] in text_of(said)  # and why (it said the kind alone)
    (said, *_) = await chat.say("치마가 좋을까 바지가 좋을까?")
    assert text_of(said).startswith("둘 다 괜찮지만 이 코디에는 ")
    chat.user = chat.api.user(69)  # nothing in view: what it depends on; for an occasion: its look, hers
    (said,) = await chat.say("skirt or trousers?")
    assert text_of(said).startswith("Either can work — it depends on where you're going")
    await chat.say("skirt or trousers for a date?")
    state = await chat.state()
    assert state.mode == "outfit" and state.filters.get("occasion") == "date"
    assert state.filters.get("gender") == "women" and state.filters.get("category") is None


async def test_an_outfit_around_ones_own_piece_for_an_occasion(chat: Chat) -> None:
    """'I have a navy blazer, what can I wear with it for a casual friday?': a smart-casual look begun
    from a navy blazer, else the closest the catalogue has, whatever style it is listed in (was "yes,
    navy is fine", a colour's verdict, and no look)."""
    chat.user = chat.api.user(66)
    await chat.say("I'm a woman")
    said, *look = await chat.say("I have a navy blazer, what can I wear with it for a casual friday?")
    state = await chat.state()
    assert not text_of(said).startswith("Yes — navy is fine")
    blazers = [p for p in chat.catalog().items.values() if p.category == "blazer" and p.gender == "women"]
    if blazers:  # (the small catalogue's)
        assert state.mode == "outfit" and state.filters.get("occasion") == "smart" and look
        assert chat.catalog().items[state.focus_product_id].category == "blazer"


async def test_then_what_after_a_better_not_is_the_occasions_look(chat: Chat) -> None:
    """'이 티셔츠 회사에 입고 가도 될까?' of a T-shirt's photo: better not; '그럼 뭐 입어야 돼?' then is the
    office's own look, begun from a piece that suits it (was the refused T-shirt's outfit)."""
    chat.user = chat.api.user(67, language="ko")
    await chat.photo(clothing_photos("T-Shirt")[0].read_bytes())
    (said, *_) = await chat.say("이 티셔츠 회사에 입고 가도 될까?")
    assert not text_of(said).startswith("네")
    await chat.say("그럼 뭐 입어야 돼?")
    state = await chat.state()
    assert state.mode == "outfit" and state.filters.get("occasion") == "office"
    start = chat.catalog().items.get(state.focus_product_id or -1)
    assert start is not None and start.category != "t-shirt"


async def test_a_kind_shown_earlier_asked_again(chat: Chat) -> None:
    """'아까 그 셔츠 다시 보여줘', 'the shirt you showed me earlier': the last answer that showed a shirt,
    in view again ("go back" then returns to where the user was); 'the dress from before' with no dress
    shown yet: dresses searched (were a new search for shirts, or "no earlier answer")."""
    chat.user = chat.api.user(68)
    await chat.say("blue shirts")
    shirts = (await chat.state()).shown
    await chat.say("shoes")
    shoes = (await chat.state()).shown
    await chat.say("아까 그 셔츠 다시 보여줘")
    state = await chat.state()
    assert state.shown == shirts and state.mode == "search" and state.filters.get("colour") == "blue"
    await chat.say("go back")
    assert (await chat.state()).shown == shoes
    await chat.say("the dress from before")
    state = await chat.state()
    items = chat.catalog().items
    assert state.shown and all(items[i].category == "dress" for i in state.shown)


async def test_an_interviews_shoes_not_too_high(chat: Chat) -> None:
    """'회사 면접' is an interview (was the office's); '구두는 너무 높지 않은 걸로' after its look is the
    look's shoes, flat ones (was a new search for formal shoes, the interview left behind)."""
    chat.user = chat.api.user(63, language="ko")
    await chat.say("여자예요")
    await chat.say("다음 주 회사 면접인데 뭐 입어야 돼?")
    assert (await chat.state()).filters.get("occasion") == "interview"
    await chat.say("구두는 너무 높지 않은 걸로")
    state = await chat.state()
    assert state.mode == "outfit" and state.filters.get("occasion") == "interview"
    assert state.filters.get("article") == "flats" and state.focus_product_id is not None


async def test_a_numbered_product_in_other_colours(chat: Chat) -> None:
    """'2번 다른 색 있어?', 'does #1 come in other colours?': that product's kind in the colours it is
    not (its own design's first, `Catalog.recoloured`), the colour left out with its ✕, and so 'what
    colours does #1 come in?', '1번 어떤 색 있어?'; '1번 <colour>
    있어?', 'does it come in <colour>?': its design in that colour first, or said that it does not."""
    items = chat.catalog().items
    chat.user = chat.api.user(58, language="ko")
    await chat.say("셔츠 보여줘")
    second = items[(await chat.state()).shown[1]]
    await chat.say("2번 다른 색 있어?")
    state = await chat.state()
    assert state.focus_product_id == second.id and state.filters["not_colour"] == second.colour
    assert state.shown and all(items[i].colour != second.colour for i in state.shown)
    assert all(items[i].slot == "top" for i in state.shown)  # its kind; the small catalogue has few shirts
    from vocabulary import COLOURS, display_name

    await chat.say("reebok polo shirts for men")  # the small catalogue has one in four colours
    first = items[(await chat.state()).shown[0]]
    siblings = chat.catalog().recoloured(first.id)
    assert siblings
    name = display_name(COLOURS, items[siblings[0]].colour, "ko")
    (answer,) = await chat.say(f"1번 {name} 있어?")  # that design in that colour first (was more like it)
    assert text_of(answer).startswith(f"<b>네, {html.escape(first.name)}")
    state = await chat.state()  # and it is "it" now: "shoes for it" are that one's (were the first's)
    assert state.shown[0] == siblings[0] and state.focus_product_id == siblings[0]
    chat.user = chat.api.user(94, language="en")
    await chat.say("reebok polo shirts for men")
    first = items[(await chat.state()).shown[0]]
    colours = {items[i].colour for i in chat.catalog().recoloured(first.id)} | {first.colour}
    sibling = next(i for i in chat.catalog().recoloured(first.id))
    (answer,) = await chat.say(f"does it come in {display_name(COLOURS, items[sibling].colour)}?")
    assert text_of(answer).startswith(f"<b>Yes — {html.escape(first.name)} comes in")
    assert (await chat.state()).shown[0] == sibling
    await chat.say("reebok polo shirts for men")
    for asked in ("what colours does #1 come in?", "1번 어떤 색 있어?"):  # (were "didn't quite get that")
        await chat.say(asked)
        state = await chat.state()
        assert state.focus_product_id == first.id and state.filters["not_colour"] == first.colour
        assert state.shown and state.shown[0] in chat.catalog().recoloured(first.id)
        await chat.say("reebok polo shirts for men")
    missing = next(c for c in ("yellow", "orange", "pink", "purple", "brown") if c not in colours)
    said = await chat.say(f"#1 in {missing}")
    assert text_of(said[0]) == f"That one doesn't come in {missing} here, but these are like it:"
    state = await chat.state()  # of any brand: the list's Reebok left (it said so, then "nothing found")
    assert state.shown and all(items[i].colour == missing for i in state.shown)
    assert state.filters.get("brand") is None
    await chat.say("reebok polo shirts for men")
    own = display_name(COLOURS, first.colour).lower()
    said = await chat.say(f"#1 in {own}")  # its own colour: said so (was "doesn't come in")
    assert text_of(said[0]) == f"That one is {own} already; more like it in {own}:"


async def test_pricier_and_lengths_are_said_plainly_and_the_answer_kept(chat: Chat) -> None:
    """'더 비싼 거' was the cheapest offers ("비싼" holds "싼"); it says how a price band finds pricier
    pieces, '좀 더 길게', 'longer please' that lengths are not in the catalogue (were not understood),
    each leaving the answer in view as it was; '비싼 거 말고' is the cheapest offers; 'under $50': prices
    are in won, said so; '오만원 이하' is 50,000; '미니스커트', 'a maxi dress': skirts and dresses, the
    length said not to be listed first (was said nothing of), and 'popular sneakers' that sales are not
    known."""
    chat.user = chat.api.user(59, language="ko")
    await chat.say("운동화 보여줘")
    before = await chat.state()
    for asked, said_first in (
        ("더 비싼 거", "가격은 낮은 순으로만 정렬할 수 있어요"),
        ("좀 더 길게", "기장이나 파임 정도는 구분할 수 없어요"),
        ("longer please", "I can't tell lengths or how low a neckline is"),
        ("not too short", "I can't tell lengths or how low a neckline is"),
        ("under $50", "Prices here are in Korean won"),
    ):
        (said,) = await chat.say(asked)
        assert text_of(said).startswith(said_first)
        after = await chat.state()
        assert (after.mode, after.shown) == (before.mode, before.shown)
    await chat.say("오만원 이하")  # in words: 50,000
    assert (await chat.state()).filters.get("max_price") == 50000
    await chat.say("비싼 거 말고")
    assert (await chat.state()).mode == "cheaper"
    (said, found, *_) = await chat.say("미니스커트")  # a length with its kind: said, then the kind
    assert text_of(said).startswith("상품 정보에 기장·파임 정도가 없어") and "찾은 상품: 스커트" in text_of(
        found
    )
    chat.user = chat.api.user(99, language="en")
    (said, found, *_) = await chat.say("a maxi dress")
    assert text_of(said).startswith(
        "Lengths and necklines aren't listed"
    ) and "Here's what I found: dress" in text_of(found)
    (said, found, *_) = await chat.say("popular sneakers")  # no sales here: said, then the typical
    assert text_of(said).startswith("I don't see sales") and "Here's what I found: sneakers" in text_of(found)


async def test_a_misread_photo_is_corrected_by_its_sender(chat: Chat) -> None:
    """'It's not <colour>, it's <other>', '이거 티셔츠 아니야 셔츠야': the stored analysis takes what the
    user says (the outfit then goes with the new colour), thanked and answered again; the model's
    first reading is kept beside it; a shop's product is not the user's to correct, but 'that's not a
    dress' of one shown is taken as its listing being wrong: left out, and the next ones."""
    from storage.models import Analysis

    await chat.photo(clothing_photos("T-Shirt")[0].read_bytes())
    photo = (await chat.state()).focus_analysis_id
    stylist = chat.app.bot_data["stylist"]
    async with stylist.sessions() as session:
        seen = (await session.get(Analysis, photo)).colour
    other = "green" if seen != "green" else "red"
    said = [text_of(call) for call in await chat.say(f"it's not {seen}, it's {other}")]
    assert said[0] == f"Thanks — noted: it's a {other} t-shirt. I'll style it as that from now on."
    assert f"Colour: {other} (100%)" in said[1]
    said = [text_of(call) for call in await chat.say("이거 티셔츠 아니야 셔츠야")]
    assert said[0].startswith("알려 주셔서 고마워요.") and "셔츠" in said[0]
    async with stylist.sessions() as session:
        row = await session.get(Analysis, photo)
    assert (row.category, row.colour, row.category_confidence) == ("shirt", other, 1.0)
    assert row.result["corrected"]["colour"] == seen and row.result["corrected"]["category"] == "t-shirt"
    outfit = "\n".join(text_of(call) for call in await chat.say("match an outfit"))
    assert f"goes with {other}" in outfit or f"tone on tone in {other}" in outfit
    (said,) = await chat.say("that's not a shirt")  # nothing said in its place: asked
    assert text_of(said).startswith("What is it, then?")
    said = [text_of(call) for call in await chat.say("it's a polo")]  # the answer corrects it
    assert said[0].startswith(f"Thanks — noted: it's a {other} polo shirt.")
    await chat.say("shirts")
    (said, *_) = await chat.say("it's actually navy")
    assert text_of(said).startswith("I can only correct what I read from your photos")
    await chat.say("this is not black")  # of a search, no photo in view: not black (a refinement)
    assert (await chat.state()).filters.get("not_colour") == "black"
    chat.user = chat.api.user(103)
    await chat.say("shirts")
    first = (await chat.state()).shown[0]
    said = [text_of(call) for call in await chat.say("that's not a shirt")]  # a listing shown: wrong
    name = html.escape(chat.catalog().items[first].name, quote=False)
    assert said[0].startswith(f"Thanks — the shop lists {name} as a shirt; I've left it out.")
    state = await chat.state()
    assert first not in state.shown and state.shown and state.filters.get("category") == "shirt"
    await chat.say("dresses")
    await chat.say("no dresses")  # no longer both "dress" and "not dresses"
    state = await chat.state()
    assert state.filters.get("category") is None and state.filters.get("not_slot") == "dress"
    assert state.shown and not any(chat.catalog().items[i].category == "dress" for i in state.shown)


async def test_a_photo_is_taken_as_its_sender_names_it(chat: Chat) -> None:
    """'What shoes go with this skirt?' of a photo read as a T-shirt: the sender knows their garment —
    stored as a skirt, said, and the shoes are a skirt's; the same slot's word ("this top") leaves
    the reading as it is, and so does a numbered product's."""
    from storage.models import Analysis

    await chat.photo(clothing_photos("T-Shirt")[0].read_bytes())
    photo = (await chat.state()).focus_analysis_id
    stylist = chat.app.bot_data["stylist"]
    async with stylist.sessions() as session:
        seen = (await session.get(Analysis, photo)).category
    said = [text_of(call) for call in await chat.say("how do I style this top?")]
    async with stylist.sessions() as session:
        assert (await session.get(Analysis, photo)).category == seen  # a top's slot: as read
    assert not said[0].startswith("A ")
    said = [text_of(call) for call in await chat.say("what shoes go with this skirt?")]
    assert said[0].lower() == f"a skirt, then — i'd read it as a {seen}. i'll style it as that from now on."
    async with stylist.sessions() as session:
        row = await session.get(Analysis, photo)
    assert (row.category, row.kind) == ("skirt", "bottom") and row.result["corrected"]["category"] == seen
    assert "Outfit for your skirt" in said[1] and (await chat.state()).filters.get("category") == "shoes"
    said = [text_of(call) for call in await chat.say("이 치마랑 비슷한 거")]  # now a skirt: nothing to say
    assert not said[0].startswith("제가") and "스커트" in said[0]


async def test_a_hedged_reading_is_corrected_in_one_tap(chat: Chat) -> None:
    """A photo read as one of two kinds ("Looks like hat or skirt") gets a "✏️ It's a skirt" button:
    pressed, the photo is stored as a skirt, thanked and answered again, and its outfit is a skirt's;
    a sure reading has none; the button of another user's photo, or a forged one (a kind no photo is
    read as), is refused."""
    from storage.models import Analysis

    answer = None
    for label in ("Skirt", "Hat", "Outwear", "Longsleeve", "Top", "Shorts"):
        for photo in clothing_photos(label)[:12]:
            (answer,) = await chat.photo(photo.read_bytes())
            if any(text.startswith("✏️ It's ") for text in buttons(answer)):
                break
        else:
            continue
        break
    assert answer is not None and "Looks like" in text_of(answer)
    label, data = next((text, data) for text, data in buttons(answer).items() if text.startswith("✏️"))
    photo_id, _, kind = data[2:].partition(".")
    said = [text_of(call) for call in await chat.press(data) if call.method != "answerCallbackQuery"]
    assert said[0].startswith("Thanks — noted: it's ") and "(100%)" in said[1]
    stylist = chat.app.bot_data["stylist"]
    async with stylist.sessions() as session:
        row = await session.get(Analysis, int(photo_id))
    assert (row.category, row.category_confidence) == (kind, 1.0) and row.result["corrected"]["category"]
    again = await chat.say("what is it?")  # sure now: no button to correct it
    assert "(100%)" in text_of(again[0]) and not any(t.startswith("✏️") for c in again for t in buttons(c))
    chat.user = chat.api.user(107)
    (refused,) = await chat.press(data)  # another user's photo
    assert refused.method == "answerCallbackQuery" and refused.params.get("show_alert")
    await chat.press(f"r:{photo_id}.<b>")  # forged: not one of ours, nothing answered or changed
    chat.user = chat.api.user(42)
    (refused,) = await chat.press(f"r:{photo_id}.zzz")  # well formed, but no kind: refused, unchanged
    assert refused.method == "answerCallbackQuery" and refused.params.get("show_alert")
    async with stylist.sessions() as session:
        assert (await session.get(Analysis, int(photo_id))).category == kind


async def test_what_of_the_wardrobe_goes_with_the_photo_in_view(chat: Chat) -> None:
    """A T-shirt saved, then trousers sent: 'what in my wardrobe goes with this?', '이거랑 내 옷장 옷 중에
    뭐가 어울려?' build the look around the trousers in view — tops for them, the user's own where one
    fits (were the wardrobe's listing, and a look around the saved T-shirt)."""
    await chat.photo(clothing_photos("T-Shirt")[0].read_bytes())
    await chat.say("save it")
    await chat.photo(clothing_photos("Pants")[0].read_bytes())
    trousers = (await chat.state()).focus_analysis_id
    for asked in ("what in my wardrobe goes with this?", "이거랑 내 옷장 옷 중에 뭐가 어울려?"):
        replies = await chat.say(asked)
        text = "\n".join(text_of(call) for call in replies)
        assert text.startswith(("<b>From your wardrobe</b>", "<b>내 옷장으로 만든 코디</b>")), asked
        assert ("Tops" in text or "상의" in text) and "Bottoms" not in text and "하의" not in text, asked
        assert (await chat.state()).focus_analysis_id == trousers


async def test_whom_a_piece_is_cut_for(chat: Chat) -> None:
    """'Is this for women?', '이거 남자가 입어도 돼?': the product's listed gender or the photo's reading,
    and that anyone may wear it (were a refinement for women, a verdict)."""
    items = chat.catalog().items
    await chat.say("shirts for men")
    first = items[(await chat.state()).shown[0]]
    (said,) = await chat.say("is this for women?")
    listed = {"men": "men's wear", "women": "women's wear", "unisex": "unisex wear"}[first.gender]
    assert text_of(said).startswith(f"It's listed as {listed}. Anyone can wear what they like")
    assert (await chat.state()).filters.get("gender") == "men"  # not refined for women
    second = items[(await chat.state()).shown[1]]
    (said,) = await chat.say("is #2 for women?")  # a numbered one's (was more like #2, for women)
    listed = {"men": "men's wear", "women": "women's wear", "unisex": "unisex wear"}[second.gender]
    assert text_of(said).startswith(f"It's listed as {listed}.")
    await chat.photo(clothing_photos("T-Shirt")[0].read_bytes())
    (said,) = await chat.say("이거 남자가 입어도 돼?")
    assert text_of(said).startswith("보기에는 ") and "누구나 입을 수 있어요" in text_of(said)


async def test_a_tie_asked_of_a_suit_is_its_colours_then_its_look(chat: Chat) -> None:
    """'Which tie for a navy suit?': the ties a navy suit takes, then the suit's look (it asked "What
    should I apply that to?", the suit read as a kind asked of one in view); "what tie?" of a suit's
    look in view: that suit's ties (was only "I don't carry ties")."""
    await chat.say("I'm a man")
    (said, *look) = await chat.say("which tie for a navy suit?")
    assert text_of(said).startswith("With a navy suit, a burgundy, grey, blue or pink tie reads best.")
    assert look and (await chat.state()).mode == "outfit"
    await chat.say("what goes with a grey suit?")
    suit = chat.catalog().items[(await chat.state()).focus_product_id]
    (said,) = await chat.say("what tie?")
    assert suit.category == "blazer"
    colour = suit.colour if suit.colour in ("navy", "grey", "black", "blue", "brown", "beige") else None
    assert not colour or text_of(said).startswith(f"With a {colour} suit, a ")
    assert "I don't carry ties here" in text_of(said)


async def test_a_kind_in_a_colour_asked_of_a_look_is_judged_with_it(chat: Chat) -> None:
    """'Are brown shoes ok?' of a black suit's look: better not, black shoes go with a black suit, and
    shoes in other colours (it was a search for brown shoes, the look forgotten)."""
    await chat.say("I'm a man")
    await chat.say("what goes with a black suit?")
    suit = chat.catalog().items[(await chat.state()).focus_product_id]
    off = {"black": "brown", "brown": "black"}.get(suit.colour or "", "brown")
    (said, *rest) = await chat.say(f"are {off} shoes ok?")
    assert not text_of(said).startswith("Here's what I found") and rest
    state = await chat.state()
    assert state.mode == "outfit" and state.focus_product_id == suit.id
    if suit.colour in ("black", "brown") and suit.usage == "formal":
        assert text_of(said).startswith("Better not for a formal look: black shoes go with a black suit")
        assert all(chat.catalog().items[i].colour != off for i in state.shown if i != suit.id)


async def test_a_kind_in_the_looks_start_place_is_shown_itself(chat: Chat) -> None:
    """'Can I wear a hoodie?' of a date's look begun from a shirt: yes, and hoodies (it showed those
    nearest the shirt, titled "More like" it)."""
    await chat.say("what should I wear for a first date? I'm a guy")
    start = chat.catalog().items[(await chat.state()).focus_product_id]
    (said, *rest) = await chat.say("can I wear a hoodie?")
    assert start.slot == "top" and text_of(said).startswith("Yes — hoodies")
    assert rest and not any("More like" in text_of(call) for call in rest)
    shown = [chat.catalog().items[i] for i in (await chat.state()).shown]
    assert all(p.category == "hoodie" for p in shown)


async def test_a_skirt_suits_an_interviews_look(chat: Chat) -> None:
    """'Can I wear a skirt?' of her interview's look: yes, a skirt dresses up as well as trousers (it
    said "it could work: skirts are mostly casual" — most the catalogue lists are)."""
    await chat.say("I have a job interview tomorrow, I'm a woman")
    start = chat.catalog().items[(await chat.state()).focus_product_id]
    (said, *_) = await chat.say("can I wear a skirt?")
    assert start.usage != "formal" or text_of(said).startswith(
        "Yes — skirts suit a formal look like this one."
    )


async def test_a_kind_judged_in_the_starts_place_is_then_the_subject(chat: Chat) -> None:
    """'Is a t-shirt ok?' of a date's look begun from a shirt: yes, and t-shirts to pick from; 'what
    shoes go with it?' is then the first t-shirt's look (it was the shirt's again), and Back returns."""
    await chat.say("I'm a man, outfit for a date")
    start = (await chat.state()).focus_product_id
    assert chat.catalog().items[start].category == "shirt"
    (said, *_) = await chat.say("is a t-shirt ok?")
    assert text_of(said).startswith("Yes — T-shirts suit a casual look like this one.")
    first = (await chat.state()).shown[0]
    await chat.say("what shoes go with it?")
    assert chat.catalog().items[first].category == "t-shirt"
    assert (await chat.state()).focus_product_id == first
    await chat.say("back")
    await chat.say("back")
    assert (await chat.state()).focus_product_id == start


async def test_a_kind_the_catalogue_has_none_of_is_said_plainly(chat: Chat) -> None:
    """'A watch for my dad', '넥타이 추천': the catalogue has no watches or ties, said so with what it
    has (they were a men's outfit and "not understood") and a Naver Shopping search for them; '면접 볼 때
    넥타이 색' the tie's colours first. 'Men's wallets' with none listed: the same search, as asked."""
    naver = "https://search.shopping.naver.com/search/all?query="
    (said,) = await chat.say("a watch for my dad")
    assert text_of(said).startswith("I don't carry watches here")
    link = f'<a href="{naver}{quote("시계 남성")}">🔎 Search Naver Shopping for “시계 남성”</a>'
    assert link in text_of(said)
    (said,) = await chat.say("red leather gloves")  # (were red leather things of the last kind)
    assert text_of(said).startswith("I don't carry gloves here") and quote("레드 가죽 장갑") in text_of(said)
    said, *_ = await chat.say("men's leather wallets")  # none listed: Naver Shopping's
    items = chat.catalog().items.values()
    assert [p for p in items if p.article_type == "Wallets" and p.gender == "men"] or (
        text_of(said).startswith("I found nothing") and quote("가죽 지갑 남성") in text_of(said)
    )
    await chat.say("I have a beach vacation next week")  # a look for it (was beach wallets, found nowhere)
    state = await chat.state()
    assert state.mode == "outfit" and state.filters.get("occasion") == "beach"
    assert state.filters.get("category") is None and state.filters.get("material") is None
    (said,) = await chat.say("넥타이 추천")
    assert text_of(said).startswith("넥타이는 여기 없어요")
    (said,) = await chat.say("면접 볼 때 넥타이 색")  # the colours for it first (was only "none here")
    assert text_of(said).startswith(
        "면접에는 네이비, 버건디, 그레이 넥타이가 좋아요."
    ) and "넥타이는 여기 없어요" in text_of(said)
    (said,) = await chat.say("what colour tie for a wedding?")
    assert text_of(said).startswith("For a wedding, a pink, blue, grey or navy tie")
    (said,) = await chat.say("장례식 넥타이 색")  # plain, at a funeral
    assert text_of(said).startswith("장례식에는 무늬 없는 블랙 넥타이를 매세요.")
    await chat.say("남자 면접 정장 추천")
    (said,) = await chat.say("넥타이 색은?")  # the interview's in view (was only "none here")
    assert text_of(said).startswith("면접에는 네이비, 버건디, 그레이 넥타이가 좋아요.")
    (said,) = await chat.say("정장은 무슨 색이 좋아?")  # the suit's, for the interview in view (was its
    assert text_of(said) == "면접에는 네이비, 그레이 정장이 좋아요. 무지나 잔잔한 스트라이프·체크로 고르세요."
    (said,) = await chat.say("what colour suit for a winter wedding?")  # shirt's colours, or nothing)
    assert text_of(said).startswith("For a wedding, a navy or grey suit reads best")  # (beige: summer's)
    (said,) = await chat.say("장례식 정장 색")
    assert text_of(said) == "장례식에는 무늬 없는 블랙 정장을 입으세요."
    (said,) = await chat.say("what suit colour for a beach wedding?")  # ("what suit" was the verb)
    assert text_of(said).startswith("For a beach wedding, a beige, grey or blue suit")
    said = [text_of(r) for r in await chat.say("what colours should I wear to a funeral?")]
    assert said[0].startswith("For a funeral: black, navy or dark grey") and "red" not in said[0]
    assert any("Filters: for a funeral" in t for t in said[1:])  # its look follows (was "grey goes with
    # nearly anything: … red, burgundy, yellow for a pop of colour")
    said = [text_of(r) for r in await chat.say("what colour shoes?")]  # of its look: no pop of colour
    assert "pop of colour" not in said[0] and any("Filters: shoes · for a funeral" in t for t in said[1:])
    (said,) = await chat.say("넥타이는 빼줘")  # refused: no colours for one
    assert text_of(said) == "넥타이는 빼 드릴게요. 여기서는 넥타이를 다루지 않아 코디에 넣지 않아요."
    (said,) = await chat.say("어떤 귀걸이가 어울려?")  # was a verdict on the piece in view
    assert text_of(said).startswith("주얼리는 여기 없어요")
    await chat.photo(clothing_photos("Dress")[0].read_bytes())
    said = [text_of(call) for call in await chat.say("what jewelry goes with this dress?")]
    assert said[0] == "I don't carry jewellery here, but here's the rest of the look:" and len(said) > 1


async def test_a_described_garment_in_a_colour_not_carried(chat: Chat) -> None:
    """'What goes with a <colour> blazer?' with none of that colour here: the look around the
    closest blazer (in the colour nearest, `vocabulary.nearest_colours`: navy's black before a brown
    one), said so (was "I found nothing"), the rest matched to the colour asked (it was to the black
    one's); 'what tie goes with …': the suit's ties, and that ties are not carried, said before the
    rest of the look."""
    from vocabulary import COLOURS, TIE_FOR_SUIT, display_name, nearest_colours

    items = chat.catalog().items
    have = {p.colour for p in items.values() if p.category == "blazer" and not (p.hidden or p.kids)}
    assert have
    colour = next(c for c in ("navy", "purple", "orange", "pink", "yellow", "green", "red") if c not in have)
    name = display_name(COLOURS, colour).lower()
    said = [text_of(call) for call in await chat.say(f"what goes with a {name} blazer?")]
    assert said[0] == (
        f"I have no {name} blazer here, so I began from the closest I have and matched the rest to {name}:"
    )
    assert f"goes with {name}" in "".join(said[1:])  # of the user's colour, not the stand-in's
    state = await chat.state()
    assert state.filters["own_colour"] == colour
    assert items[state.focus_product_id].category == "blazer" and len(state.shown) > 1
    nearest = [c for c in nearest_colours(colour) if c in have]  # the nearest colour it has: navy's black
    assert not nearest or items[state.focus_product_id].colour == nearest[0]
    said = [text_of(call) for call in await chat.say(f"what tie goes with a {name} suit?")]
    assert said[0].endswith("I don't carry ties here, but here's the rest of the look:")
    assert colour not in TIE_FOR_SUIT or said[0].startswith(f"With a {name} suit, a ")  # its ties first
    assert items[(await chat.state()).focus_product_id].category == "blazer"
    shown = (await chat.state()).shown
    (refused,) = await chat.say("no tie please")  # the look stays: none in it anyway (was "I don't carry")
    assert text_of(refused) == "No ties then — my looks never have one anyway: I don't carry ties here."
    assert (await chat.state()).shown == shown
    made_of_denim = [p for p in items.values() if p.slot == "outerwear" and "denim" in p.name.lower()]
    said = [text_of(call) for call in await chat.say("how do I style a denim jacket?")]  # (was "nothing")
    state = await chat.state()
    assert made_of_denim or said[0] == "I have no denim outerwear here, so I began from the closest I have:"
    assert not state.filters.get("material") and len({items[i].slot for i in state.shown}) > 2


async def test_warm_enough_is_answered_by_the_garments_weather(chat: Chat) -> None:
    """'Is this warm enough for winter?' and 'can I wear it in winter?' about a T-shirt: not on its
    own, with its winter outfit and a layer in it (was "Yes — right for winter"); '영하 5도에
    따뜻할까?' about a coat: yes, made for the cold; 'is this too warm for summer?' reads summer (was
    winter: "warm" came first); '이거 겨울에 추울까?' of a date's look: the date's, in winter (it was
    left)."""
    await chat.photo(clothing_photos("T-Shirt")[0].read_bytes())
    (said, *outfit) = await chat.say("is this warm enough for winter?")
    assert text_of(said).startswith("Not on its own for winter: it's a lighter piece") and outfit
    (said, *outfit) = await chat.say("can I wear it in winter?")  # the same question (was "yes, casual")
    assert text_of(said).startswith("Not on its own for winter: it's a lighter piece") and outfit
    (said, *_) = await chat.say("is this too warm for summer?")
    assert "summer" in text_of(said) and (await chat.state()).filters.get("season") == "summer"
    for photo in clothing_photos("Outwear"):  # one the model reads as outerwear
        if "Outerwear" in text_of((await chat.photo(photo.read_bytes()))[0]):
            break
    (said, *_) = await chat.say("영하 5도에 따뜻할까?")
    assert text_of(said).startswith("네, 이 아우터는 추운 날씨용이라")
    async with chat.app.bot_data["stylist"].sessions() as session:  # the coat's own style, in summer:
        style = (await session.get(Analysis, (await chat.state()).focus_analysis_id)).style  # a top of it
    (said, *_) = await chat.say("can I wear it in summer?")  # instead (were waistcoats of any style)
    state = await chat.state()
    assert text_of(said).startswith("Not really") and state.filters.get("style") == style
    assert state.shown and all(chat.catalog().items[i].category != "blazer" for i in state.shown)
    await chat.say("여친이랑 첫 데이트인데 뭐 입지")
    (said, *outfit) = await chat.say("이거 겨울에 추울까?")  # the date's look, in winter (was any look)
    state = await chat.state()
    assert "겨울에" in text_of(said) and outfit  # a warmth verdict, and its look
    assert state.filters.get("occasion") == "date" and state.filters.get("season") == "winter"


async def test_a_garment_named_as_the_one_in_view_is_judged(chat: Chat) -> None:
    """'Is this coat warm enough for winter?' of an outfit photo: its coat judged, yes (was a search
    for jackets that lost the photo), and its skirt, not on its own; 'similar to the skirt' its
    skirt's (was its coat's), and so '이 치마 비슷한 거'; 'is this dress ok for a wedding?' of a dress in
    view: a verdict (was a search of wedding dresses); with nothing in view, a wedding's outfit, said
    unseen."""
    from shared_data import data_root

    await chat.photo((data_root() / "ccp" / "photos" / "0110.jpg").read_bytes())  # a coat, a skirt, …
    photo = (await chat.state()).focus_analysis_id
    (said, *outfit) = await chat.say("is this coat warm enough for winter?")
    assert text_of(said).startswith("Yes — it's made for the cold, right for winter.") and outfit
    state = await chat.state()
    assert state.focus_analysis_id == photo and state.filters.get("category") is None
    (said, *_) = await chat.say("is this skirt warm enough for winter?")  # the skirt, not its coat
    assert text_of(said).startswith(("Not really", "Not on its own"))
    (similar, *_) = await chat.say("similar to the skirt")  # its skirt's (were its coat's)
    assert text_of(similar).startswith("<b>Similar to your skirt</b>")
    (similar, *_) = await chat.say("shoes like these")  # its shoes' (was a search of anyone's shoes)
    assert text_of(similar).startswith("<b>Similar to your shoes</b>")
    assert (await chat.state()).focus_analysis_id == photo
    (similar, *_) = await chat.say("이 치마 비슷한 거")  # its skirt's (were the shoes', the last in view)
    assert text_of(similar).startswith("<b>스커트와 비슷한 상품</b>")
    (read,) = await chat.say("이 코트 색 뭐야?")  # the coat's colour as read (was a search for jackets,
    assert text_of(read).startswith("보기에는 ") and "🛍 스커트 찾기" in buttons(read)  # then the whole card)
    chat.user = chat.api.user(104)
    await chat.photo(clothing_photos("Dress")[0].read_bytes())
    (said, *_) = await chat.say("is this dress ok for a wedding?")
    assert not text_of(said).startswith("Here's what I found") and "wedding" in text_of(said)
    (said, *_) = await chat.say("이 원피스 결혼식에 입어도 돼?")
    assert "결혼식" in text_of(said) and not text_of(said).startswith("찾은 상품")
    chat.user = chat.api.user(105)
    (said, *_) = await chat.say("is this dress ok for a wedding?")
    assert text_of(said).startswith("Send me a photo of what you'd wear and I'll tell you whether it suits.")


async def test_a_numbered_product_is_judged(chat: Chat) -> None:
    """'What do you think of #3?', '2번은 어때?', 'is #1 ok for a wedding?' judge that product (were
    more like it); the list keeps its numbers when the verdict shows nothing, and a number not shown is
    said so."""
    await chat.say("t-shirts")
    shown = (await chat.state()).shown
    assert len(shown) >= 3
    (said,) = await chat.say("what do you think of #3?")
    assert text_of(said).startswith(("#3: It reads ", "#3: Yes", "#3: Not really"))
    assert (await chat.state()).shown == shown  # "#2" is still the list's second
    (said,) = await chat.say("2번은 어때?")
    assert text_of(said).startswith("2번: 이 티셔츠는") and (await chat.state()).pointed == shown[1]
    (said, *_) = await chat.say("is #1 ok for a wedding?")
    assert text_of(said).startswith(("#1: Yes", "#1: Not really", "#1: Not quite")) and "wedding" in text_of(
        said
    )
    (missing,) = await chat.say("#9 어때?")
    assert "9" in text_of(missing)


async def test_a_dress_in_view_gives_way_to_a_mens_look(chat: Chat) -> None:
    """'An outfit for a date for men' after a dress's photo: a men's date look from a men's piece (was
    the dress styled for him); 'what goes with it?' of the dress itself stays the dress's."""
    items = chat.catalog().items
    await chat.photo(clothing_photos("Dress")[0].read_bytes())
    await chat.say("an outfit for a date for men")
    state = await chat.state()
    assert state.focus_analysis_id is None and items[state.focus_product_id].gender == "men"
    assert state.shown and all(items[i].gender in ("men", "unisex") for i in state.shown)
    chat.user = chat.api.user(107)
    await chat.photo(clothing_photos("Dress")[0].read_bytes())
    photo = (await chat.state()).focus_analysis_id
    await chat.say("what goes with it?")
    assert (await chat.state()).focus_analysis_id == photo


async def test_the_colour_balance_of_a_look_is_answered(chat: Chat) -> None:
    """'Too much black?' of an outfit photo: counted over its garments, said before how they go (was a
    search of black pieces); 'is it too dark?', 'too many colours?' of the look in view: its pieces
    counted (were verdicts on the piece it began from); 'is grey too dull?', 'is beige boring?' with
    nothing in view: the colours that bring it to life."""
    from shared_data import data_root

    await chat.photo((data_root() / "ccp" / "photos" / "0110.jpg").read_bytes())  # a coat, a skirt, …
    (said, *_) = await chat.say("too much black?")
    first, title = text_of(said).split("\n")[:2]
    assert first.startswith(("Yes, a lot of black", "No — black is", "No — there's no black")), first
    assert title.startswith("<b>Your 4 pieces")
    chat.user = chat.api.user(106)
    await chat.say("an outfit for the office, for men")
    (said,) = await chat.say("is it too dark?")  # the look in view, counted
    assert text_of(said).startswith(("Yes, it's all dark", "No — there's light enough")), text_of(said)
    (said,) = await chat.say("too many colours?")
    assert text_of(said).startswith(("No — it's all neutrals", "No — "))
    chat.user = chat.api.user(107)  # nothing in view: the colour's partners (was "apply that to what?")
    (said,) = await chat.say("is grey too dull?")
    assert text_of(said).startswith("Grey goes with nearly anything")
    (said,) = await chat.say("is beige boring?")
    assert text_of(said).startswith("Beige goes with nearly anything")


async def test_too_casual_is_answered_the_right_way_round(chat: Chat) -> None:
    """'Is this too casual for a funeral?' about a T-shirt: "Yes, a little", judged by the funeral's
    style (not by the formal one "too casual" would ask of a search); 'is it too formal for the
    beach?': "No, it's fine" with the beach's outfit."""
    await chat.photo(clothing_photos("T-Shirt")[0].read_bytes())
    (said, *_) = await chat.say("is this too casual for a funeral?")
    assert text_of(said).startswith("Yes, a little: it reads casual, and a funeral asks for formal.")
    (said, *outfit) = await chat.say("is it too formal for the beach?")
    assert text_of(said).startswith("No, it's fine — it reads casual, right for the beach.") and outfit
    await chat.photo(clothing_photos("T-Shirt")[0].read_bytes())  # no occasion: the style alone (was
    (said, *_) = await chat.say("is this too casual?")  # "and a formal look asks for formal")
    assert text_of(said).startswith("Yes, a little: it reads casual.")
    chat.user = chat.api.user(46, language="ko")
    await chat.photo(clothing_photos("T-Shirt")[0].read_bytes())
    (said, *_) = await chat.say("너무 캐주얼해?")  # was what it suits, as if nothing were asked
    assert text_of(said).startswith("네, 조금 그래요. 이 티셔츠는 캐주얼 스타일이에요.")


async def test_the_piece_a_look_began_from_refused_begins_it_again(chat: Chat) -> None:
    """'I don't like the dress, something in blue' about a wedding look begun from a dress: the look
    begun again from another of its kind, a blue one (of the closest style when none of the look's
    is blue; with none of its kind, from what the look would begin with), not the same piece with
    "not dresses" and blue shoes. (The small test catalogue's wedding look may begin from a blazer:
    the kind is named as it is.)"""
    items = chat.catalog().items
    await chat.say("I'm a woman")
    await chat.say("an outfit for a wedding")
    first = items[(await chat.state()).focus_product_id]
    await chat.say(f"I don't like the {first.category}, something in blue")
    state = await chat.state()
    began = items[state.focus_product_id]
    assert state.mode == "outfit" and began.id != first.id and began.colour == "blue"
    assert state.filters.get("not_slot") is None and state.filters.get("occasion") == "wedding"
    same = [p for p in items.values() if p.category == first.category and p.id != first.id]
    if any(p.colour == "blue" and p.gender in ("women", "unisex") for p in same):
        assert began.category == first.category  # another of its kind; else the look's own start


async def test_brighter_than_a_light_colour_in_view_leaves_it_out(chat: Chat) -> None:
    """'Brighter' after blue shirts (blue is among the light colours): light colours but not blue,
    said with its ✕ (the same blue shirts came back)."""
    items = chat.catalog().items
    await chat.say("blue t-shirts")
    shown = (await chat.state()).shown
    colour = Counter(items[i].colour for i in shown).most_common(1)[0][0]
    assert colour in LIGHT_COLOURS  # blue, or the light colour the small catalogue had instead
    (answer,) = await chat.say("something brighter")
    state = await chat.state()
    assert state.filters["not_colour"] == colour and state.filters["tone"] == "light"
    assert state.shown and all(
        items[i].colour in LIGHT_COLOURS and items[i].colour != colour for i in state.shown
    )


async def test_several_kinds_of_a_brand_not_carried_say_so_under_each_heading(chat: Chat) -> None:
    """'Zara shoes and a bag': other brands' of each kind, each heading saying none is Zara's (the
    kinds were dropped silently)."""
    await chat.say("I'm a man")
    said = "\n".join(text_of(call) for call in await chat.say("zara shoes and a bag"))
    assert "<b>Shoes</b> <i>(none from Zara here, so other brands)</i>" in said
    assert "<b>Bags</b> <i>(none from Zara here, so other brands)</i>" in said


async def test_do_you_have_a_kind_is_a_search(chat: Chat) -> None:
    """'Do you have black jeans?' with nothing in view searches them (it asked "What should I apply
    that to?", read as a kind asked about the garment in view)."""
    (answer,) = await chat.say("do you have black jeans?")  # the small test catalogue may have none
    assert "Filters: black · jeans" in text_of(answer) and (await chat.state()).mode == "search"


async def test_another_kind_instead_of_a_similar_list_is_searched(chat: Chat) -> None:
    """'Show me handbags instead' after more like a backpack: handbags searched under the filters in
    force, not the few nearest the backpack titled "More like" it (of 31k products, one white boot
    was all "boots instead" of a sneaker found)."""
    await chat.say("backpacks")
    await chat.say("more like #1")
    (bags,) = await chat.say("show me handbags instead")  # the small test catalogue has two
    state = await chat.state()
    shown = [chat.catalog().items[i] for i in state.shown]
    assert "Here's what I found: handbags" in text_of(bags) and state.mode == "search"
    assert shown and all(p.article_type == "Handbags" for p in shown)


async def test_what_about_a_kind_of_a_search_searches_it(chat: Chat) -> None:
    """'What about polos?' after T-shirts searched: polos, under the filters in force (it answered
    "More like" the first T-shirt, the kind asked read as about that one)."""
    await chat.say("t-shirts for men")
    (polos,) = await chat.say("what about polos?")
    state = await chat.state()
    shown = [chat.catalog().items[i] for i in state.shown]
    assert "Here's what I found: polo shirt" in text_of(polos) and "More like" not in text_of(polos)
    assert shown and all(p.category == "polo" and p.gender != "women" for p in shown)


async def test_a_blouse_is_found_as_shops_list_it(chat: Chat) -> None:
    """'Blouses': women's shirts and tops — the catalogue files none under "blouse" (it found nothing,
    in words and in an outfit)."""
    (found,) = await chat.say("blouses")
    shown = [chat.catalog().items[i] for i in (await chat.state()).shown]
    assert "Here's what I found: blouse" in text_of(found)
    assert shown and all(p.category in ("shirt", "top", "dress") and p.gender != "men" for p in shown)
    (look, *_) = await chat.say("an outfit with a blouse")
    tops = [chat.catalog().items[i] for i in (await chat.state()).shown]
    assert "I found nothing" not in text_of(look) and any(p.slot == "top" for p in tops)


async def test_liking_what_is_in_view_says_how_to_go_on(chat: Chat) -> None:
    """'I love it' of a photo: its buttons again (it said "You're welcome!"); of a look or a list: how
    to keep it; "I like this dress" with no dress in view searches dresses."""
    (reading,) = await chat.photo(clothing_photos("T-Shirt")[0].read_bytes())
    (liked,) = await chat.say("I love it")
    assert text_of(liked).startswith("Glad you like it! Shall I build an outfit")
    assert buttons(liked) == buttons(reading)
    await chat.press(buttons(reading)["👗 Match an outfit"])
    (look,) = await chat.say("I love this look")
    assert "Say “save this look” to keep it" in text_of(look)
    await chat.say("what shoes go with it?")  # the look's shoes alone: a list's words
    assert "Say “save #2” to keep one" in text_of((await chat.say("I like these shoes"))[0])
    (dresses,) = await chat.say("I like this dress")  # none in a T-shirt's look: searched
    assert "Here's what I found: dress" in text_of(dresses)
    (them,) = await chat.say("이거 마음에 들어")
    assert text_of(them).startswith("마음에 드신다니 다행이에요!") and "2번 찜" in text_of(them)


async def test_a_sports_look_after_a_search_does_not_start_from_its_garment(chat: Chat) -> None:
    """'What should I wear for hiking?' after dresses: a hiking look of its own (it began from a
    casual dress, the dresses' style dropped to keep them); "for a wedding" after them stays theirs."""
    await chat.say("dresses")
    await chat.say("what should I wear for hiking?")
    state = await chat.state()
    start = chat.catalog().items[state.focus_product_id]
    assert start.category != "dress" and state.filters.get("occasion") == "hiking"
    await chat.say("dresses")
    await chat.say("for a wedding")
    assert (await chat.state()).filters.get("category") == "dress"


async def test_a_detail_asked_for_is_read_from_names(chat: Chat) -> None:
    """'Sleeveless tops': tops whose names say so, with a ✕ button that takes it off; a detail no name
    says ('t-shirts with pockets'): all of them, said so (both were dropped silently)."""
    items = chat.catalog().items.values()
    named = [p.id for p in items if p.category == "top" and has_detail(p.name, "sleeveless")]
    (answer,) = await chat.say("sleeveless tops")
    shown = (await chat.state()).shown
    if named:  # the small test catalogue: as many as it has
        assert shown and set(shown) <= set(named) and "sleeveless tops" in text_of(answer)
    else:
        assert "No product here is listed “sleeveless”, so all of them" in text_of(answer) and shown
    *_, answer = await chat.press(buttons(answer)["✕ sleeveless"])
    assert (await chat.state()).filters.get("detail") is None and "sleeveless" not in text_of(answer)
    assert not [p for p in items if p.category == "t-shirt" and has_detail(p.name, "pockets")]
    (answer,) = await chat.say("t-shirts with pockets")
    said = "No product here is listed “with pockets”, so all of them (see each photo): T-shirt"
    assert said in text_of(answer) and (await chat.state()).shown


async def test_a_bare_kind_after_a_photo_is_for_the_photo(chat: Chat) -> None:
    """'Recommend shoes' with a T-shirt's photo in view: shoes that go with it (it searched any shoes,
    men's sandals for a woman's dress); "black jeans" and "recommend a skirt" (not every garment's
    look has one) are still searches of their own."""
    await chat.photo(clothing_photos("T-Shirt")[0].read_bytes())
    await chat.say("recommend shoes")
    state = await chat.state()
    items = chat.catalog().items
    assert state.mode == "outfit" and state.shown and all(items[i].slot == "shoes" for i in state.shown)
    await chat.say("black jeans")
    assert (await chat.state()).mode == "search"
    await chat.photo(clothing_photos("T-Shirt")[0].read_bytes())
    await chat.say("recommend a skirt")
    state = await chat.state()
    assert state.mode == "search" and all(items[i].category == "skirt" for i in state.shown)


async def test_another_garment_of_an_outfit_photo_keeps_the_answer_asked(chat: Chat) -> None:
    """'Where can I buy the coat?' then 'what about the bag' of an outfit's photo: the bag's cheapest
    offers (it completed the look with bags and jackets, the coat's kind pinned beside them); 'similar
    skirts', then 'and the shoes?': similar shoes."""
    from shared_data import data_root

    await chat.photo((data_root() / "ccp" / "photos" / "0110.jpg").read_bytes())  # coat, bag, skirt, shoes
    await chat.say("where can I buy the coat?")
    (bag, *_) = await chat.say("what about the bag")
    state = await chat.state()
    assert text_of(bag).startswith("<b>Cheapest like your bag</b>") and state.mode == "cheaper"
    assert state.filters.get("category") == "bag" and not state.filters.get("also")
    await chat.say("similar skirts")
    (shoes, *_) = await chat.say("and the shoes?")
    state = await chat.state()
    assert text_of(shoes).startswith("<b>Similar to your shoes</b>") and state.mode == "similar"


async def test_a_kind_in_view_shown_bigger_is_its_picture(chat: Chat) -> None:
    """'Show me the shoes bigger' after a look: that piece's picture and what it is, as "#3" would, and
    "it" next (it searched shoes anew; '가방 크게 보여줘' reads the same: the parser's table)."""
    await chat.say("an outfit for a first date, for women")
    state = await chat.state()
    items = chat.catalog().items
    shoes = next(items[i] for i in state.shown if items[i].slot == "shoes")
    (answer,) = await chat.say("show me the shoes bigger")
    assert answer.method == "sendPhoto" and text_of(answer).startswith(f"<b>{html.escape(shoes.name)}: ")
    assert (await chat.state()).shown == state.shown  # the look stays numbered
    (price,) = await chat.say("how much is it?")  # "it": the shoes shown
    assert f"Cheapest like {html.escape(shoes.name)}" in text_of(price)


async def test_bigger_pictures_are_each_product_in_view_as_an_album(chat: Chat) -> None:
    """'Show me bigger pictures', '사진이 너무 작아': each product in view at its picture's own size, an
    album numbered as in view with each one's link (the collage's tiles are small on a phone); "it"
    after "why #2?" that one alone; nothing in view said so."""
    (none,) = await chat.say("show me bigger pictures")
    assert none.method == "sendMessage" and text_of(none).startswith("There are no products in view")
    await chat.photo(clothing_photos("T-Shirt")[0].read_bytes())
    (none,) = await chat.say("the pictures are too small")  # a photo's reading: its products first
    assert text_of(none).startswith("No products are in view yet, only your photo's reading")
    await chat.say("an outfit for a first date, for women")
    state = await chat.state()
    items = chat.catalog().items
    (album,) = await chat.say("show me bigger pictures")
    media = album.params["media"]
    assert album.method == "sendMediaGroup" and len(media) == min(10, len(state.shown)) >= 2
    for n, (photo, product_id) in enumerate(zip(media, state.shown, strict=False), 1):
        assert photo["type"] == "photo" and photo["caption"].startswith(f"{n}. <a href=")
        assert html.escape(items[product_id].name.strip()) in photo["caption"]
        with Image.open(io.BytesIO(album.files[photo["media"].removeprefix("attach://")])) as picture:
            assert picture.format == "JPEG" and max(picture.size) > 256  # not a collage's tile
    assert (await chat.state()).shown == state.shown  # the look stays numbered: "#2" is still its
    await chat.say("why #2?")
    (one,) = await chat.say("show it bigger")
    assert one.method == "sendPhoto" and text_of(one).startswith("2. <a href=")
    chat.user["language_code"] = "ko"
    (again,) = await chat.say("사진이 너무 작아")
    assert again.method == "sendMediaGroup" and len(again.params["media"]) == len(media)
    first = items[state.shown[0]]  # a picture that cannot be had: its line said, no blank picture sent
    items[first.id] = replace(first, image="/nonexistent/picture.jpg")
    (said, album) = await chat.say("show me bigger pictures")
    assert said.method == "sendMessage" and text_of(said).startswith("<b>No bigger picture to be had")
    assert "1. <a href=" in text_of(said) and len(album.params["media"]) == len(media) - 1
    assert album.params["media"][0]["caption"].startswith("2. <a href=")


async def test_a_tone_asked_of_a_look_the_bot_began_changes_its_start(chat: Chat) -> None:
    """'Something in pastel' after a look the bot began from a piece it chose: a light piece starts it
    (the black dress it began from stayed, pastels around it)."""
    await chat.say("an outfit for a first date, for women")
    items = chat.catalog().items
    if items[(await chat.state()).focus_product_id].colour in LIGHT_COLOURS:
        await chat.say("in dark colours")  # a start that is not light
    await chat.say("something in pastel")
    state = await chat.state()
    assert state.filters.get("tone") == "light" and items[state.focus_product_id].colour in LIGHT_COLOURS
    assert all(items[i].colour in LIGHT_COLOURS for i in state.shown)


async def test_a_belt_for_leather_shoes_matches_them(chat: Chat) -> None:
    """'Which belt goes with black shoes?': a belt of the shoes' leather, said so — with belts in view
    it had picked among them, for the shoes in view."""
    await chat.say("I'm a man")
    await chat.say("belts")
    said = [text_of(call) for call in await chat.say("which belt goes with black shoes?")]
    state = await chat.state()
    items = chat.catalog().items
    start, belts = items[state.focus_product_id], [items[i] for i in state.shown[1:]]
    assert start.slot == "shoes" and start.colour == "black" and belts
    if start.article_type not in ("Sports Shoes", "Sandals", "Sports Sandals", "Flip Flops"):
        assert said[0] == "Match the belt to the shoes' leather: a black belt with black shoes."
        assert all(p.colour == "black" for p in belts) or not any(
            p.colour == "black" and p.article_type == "Belts" for p in items.values()
        )
    await chat.say("an outfit for a funeral")  # a colour question with an occasion in view: not a verdict
    said = [text_of(call) for call in await chat.say("what colour belt should I wear with black shoes?")]
    assert not said[0].startswith(("Not really", "Better not", "Yes —"))  # (was "belts read casual")
    assert items[(await chat.state()).focus_product_id].slot == "shoes"


async def test_a_blazer_read_casual_could_still_go_to_an_interview(chat: Chat) -> None:
    """'Is it ok for an interview?' of a blazer's photo: yes, or — read casual — it could work with
    the rest kept formal (it said "Not really" and showed other blazers: a blazer is tailoring)."""
    for path in clothing_photos("Blazer", 6):
        (reading,) = await chat.photo(path.read_bytes())
        if "Blazer" in text_of(reading) and "Style: casual" in text_of(reading):
            break
    else:
        pytest.skip("no blazer photo read as a casual blazer here")
    (said, *look) = await chat.say("is it ok for an interview?")
    assert text_of(said).startswith(
        "It could work: it reads casual, and an interview usually asks for formal"
    )
    assert look and "Outfit for your blazer" in text_of(look[0])


async def test_a_day_dress_could_go_to_a_wedding_not_a_funeral(chat: Chat) -> None:
    """'Is it ok for a wedding?' of a dress's photo read casual: it could work, the rest kept formal (it
    said "Not really" and showed other dresses); a funeral's dress code is strict: still no."""
    await chat.photo(clothing_photos("Dress")[0].read_bytes())
    async with chat.app.bot_data["stylist"].sessions() as session:  # read as a grown-up's beige day dress
        read = {"category": "dress", "colour": "beige", "style": "casual", "style_confidence": 1.0}
        photo = (await chat.state()).focus_analysis_id
        await session.execute(update(Analysis).where(Analysis.id == photo).values(**read, kids=False))
        await session.commit()
    (said, *look) = await chat.say("is it ok for a wedding?")
    assert text_of(said).startswith("It could work: it reads casual, and a wedding usually asks for formal")
    assert look and "Here's what I found: dress" not in text_of(look[0])  # its look (the small catalogue
    (said, *_) = await chat.say("is it ok for a funeral?")  # may have none for it), not other dresses
    assert text_of(said).startswith("Not really: it reads casual, and a funeral asks for formal.")


async def test_a_colour_a_funeral_refuses_is_said_first(chat: Chat) -> None:
    """'Can I wear red shoes?' of a funeral's look: not in red, and shoes in its colours — it said
    the shoes "read casual" (the stand-in pair's style) and searched red ones; then "what about black
    heels?" searches those (it answered "More like" the red pair, still in view)."""
    await chat.say("I need an outfit for a funeral, I'm a woman")
    (said, *shoes) = await chat.say("can I wear red shoes?")
    state = await chat.state()
    items = chat.catalog().items
    assert text_of(said).startswith("Not in red: a funeral asks for black, navy or grey.")  # (no white)
    assert state.focus_product_id is None and all(items[i].colour != "red" for i in state.shown)
    (heels, *_) = await chat.say("what about black heels?")
    assert "More like" not in text_of(heels) and "Filters: black · heels" in text_of(heels)


async def test_a_garment_refused_for_another_swaps_it_in_the_look(chat: Chat) -> None:
    """'No black dress, I want trousers' after a funeral look: its bottoms as trousers, still for the
    funeral and in any colour (it searched dresses that are not black); after a dress's photo, a look
    of trousers (was bottoms for the dress)."""
    await chat.say("I need an outfit for a funeral, I'm a woman")
    said = text_of((await chat.say("no black dress, I want trousers"))[0])
    state = await chat.state()
    items = chat.catalog().items
    assert state.mode == "outfit" and state.filters.get("occasion") == "funeral"
    assert state.filters.get("category") == "pants" and not state.filters.get("not_colour")
    assert "Filters: trousers · for a funeral · for women" in said  # the small catalogue may have none
    assert not [i for i in state.shown if items[i].category == "dress"]
    await chat.photo(clothing_photos("Dress")[0].read_bytes())
    await chat.say("no dress, I want trousers")  # a look of trousers, not trousers with the dress
    state = await chat.state()
    assert state.focus_analysis_id is None and items[state.focus_product_id].category == "pants"
    await chat.say("what goes with a dress?")  # a look begun from a dress the bot chose
    assert items[(await chat.state()).focus_product_id].category == "dress"
    await chat.say("no dress, I want trousers")
    assert items[(await chat.state()).focus_product_id].category == "pants"


async def test_another_kind_after_similar_ones_pins_nothing_beside_it(chat: Chat) -> None:
    """'What about shorts?' after shirts like the one a look began from: the look's shorts, no shirt
    pinned beside them ("Filters: shorts and shirt")."""
    await chat.say("shirts for men")
    await chat.say("more like #1")
    await chat.say("white shirts?")  # white shirts like it
    assert (await chat.state()).mode == "similar"
    (answer, *_) = await chat.say("what about shorts?")
    state = await chat.state()
    assert state.filters.get("category") == "shorts" and not state.filters.get("also")
    assert "shorts and" not in text_of(answer)


async def test_where_to_buy_a_numbered_product_links_its_own_name(chat: Chat) -> None:
    """'Where can I buy #2?' without Naver: a search of #2's own name, cheapest first, as its tile's
    link is (it searched "블랙 바지 여성": other trousers); of a colour it is not, or "cheaper ones" after
    a search, a search of that kind."""
    from urllib.parse import quote

    await chat.say("t-shirts")
    second = chat.catalog().items[(await chat.state()).shown[1]]
    (answer,) = await chat.say("where can I buy #2?")
    assert f"query={quote(second.name)}&amp;sort=price_asc" in text_of(answer)
    other = next(c for c in ("purple", "green", "yellow") if c != second.colour)
    (answer,) = await chat.say(f"#2 cheaper in {other}")
    assert quote(second.name) not in text_of(answer) and "sort=price_asc" in text_of(answer)
    await chat.say("t-shirts")
    first = chat.catalog().items[(await chat.state()).shown[0]]
    (answer,) = await chat.say("cheaper ones")  # others like the first, cheapest first
    assert quote(first.name) not in text_of(answer) and "sort=price_asc" in text_of(answer)


async def test_more_gift_ideas_after_a_kind_is_all_shown(chat: Chat) -> None:
    """'Something else' after gift ideas, until a kind has none left to show: more ideas or "that's
    all", never an error (a kind with every piece shown raised IndexError)."""
    await chat.say("a gift for my mom")
    for _ in range(3):
        (answer,) = await chat.say("something else")
        said = text_of(answer)
        assert "Gift ideas for her" in said or "That's every match I have" in said, said


async def test_anyones_look_around_a_dress_is_hers(chat: Chat) -> None:
    """'Can I wear a dress to a wedding?' with nobody said whose: yes, and the look around its dress
    is a woman's (anyone's pieces had cleared the dress's gender: men's belts with it)."""
    (said, *_) = await chat.say("can I wear a dress to a wedding?")
    state = await chat.state()
    items = chat.catalog().items
    assert text_of(said).startswith("Yes — dresses") and state.filters.get("gender") == "any"
    assert items[state.focus_product_id].gender == "women"
    assert state.shown and all(items[i].gender != "men" for i in state.shown)


async def test_a_kind_asked_for_an_occasion_is_judged(chat: Chat) -> None:
    """'Can I wear jeans to a wedding?', 'is a hoodie ok for a first date?': that kind judged for it as
    a garment sent would be, named — "Not really: track pants read casual", then pieces that would
    suit, for anyone while nobody said who; "Yes", then its look (both were searches: formal jeans,
    hoodies for a date)."""
    (said, *rest) = await chat.say("can I wear track pants to a wedding?")  # the small catalogue: no jeans
    assert text_of(said).startswith("Not really: track pants read casual, and a wedding asks for formal.")
    assert (await chat.state()).filters.get("gender") == "any"  # nobody said whose: anyone's pieces
    assert all("for anyone" in text_of(call) for call in rest if "Filters:" in text_of(call))
    (said, *_) = await chat.say("is a hoodie ok for a first date?")
    assert text_of(said).startswith("Yes — hoodies read casual, right for a date.")
    chat.user = chat.api.user(47, language="ko")
    (said, *_) = await chat.say("트레이닝 바지 입고 결혼식 가도 돼?")
    assert text_of(said).startswith("조금 어려워요. 트레이닝 바지는 캐주얼 스타일인데")


async def test_a_kind_asked_for_a_season_is_judged(chat: Chat) -> None:
    """'Can I wear shorts in winter?', 'is a t-shirt warm enough for winter?': that kind judged for
    the weather, named — shorts no, then trousers; a T-shirt only under a coat, then its look (both
    were searches: winter shorts, winter T-shirts)."""
    (said, *rest) = await chat.say("can I wear shorts in winter?")
    assert (
        text_of(said) == "Not really: shorts are made for warm weather, not for winter. Some that would suit:"
    )
    shown = (await chat.state()).shown
    assert rest and shown and all(chat.catalog().items[i].category == "pants" for i in shown)
    (said, *_) = await chat.say("is a t-shirt warm enough for winter?")
    assert text_of(said).startswith("Not on its own for winter: t-shirts are light, so wear a coat")
    state = await chat.state()
    assert state.mode == "outfit" and chat.catalog().items[state.focus_product_id].category == "t-shirt"


async def test_a_fabric_asked_about_is_judged_for_the_season_and_occasion(chat: Chat) -> None:
    """'Is linen ok?' after a summer wedding's look: yes, for a wedding in summer, and what linen is
    like; 'is wool too warm for summer?': yes it is, with cooler fabrics; 'can I wear denim to an
    interview?': it reads casual there; '린넨 괜찮아?' alone: what linen is like (they were a search of
    linen that found nothing, the garment in view's verdict, or a look with a wool filter)."""
    await chat.say("an outfit for a summer wedding")
    (said,) = await chat.say("is linen ok?")
    assert text_of(said).startswith("Yes — linen is right for a wedding in summer: it breathes")
    assert (await chat.state()).mode == "outfit"  # the look stays in view, no linen filter
    assert (await chat.state()).filters.get("material") is None
    (said,) = await chat.say("is wool too warm for summer?")
    assert text_of(said) == "Not really: wool is too warm for summer — linen or cotton would be cooler."
    (said,) = await chat.say("can I wear denim to an interview?")
    assert text_of(said).startswith("Not really: denim reads casual for an interview")
    chat.user = chat.api.user(48, language="ko")
    (said,) = await chat.say("린넨 괜찮아?")
    assert text_of(said).startswith("린넨: 통기성이 좋고")


async def test_more_feminine_begins_the_look_from_a_dress_for_the_same_occasion(chat: Chat) -> None:
    """'More feminine', '좀 더 여성스럽게' of a date's look: a look begun from a dress, still for the date
    (the words read only as "for women": nothing changed)."""
    await chat.say("an outfit for a first date, for women")
    before = await chat.state()
    await chat.say("more feminine")
    state = await chat.state()
    assert chat.catalog().items[state.focus_product_id].category == "dress"
    assert state.filters.get("occasion") == before.filters.get("occasion") == "date"
    assert state.shown != before.shown


async def test_the_list_before_a_cheapest_link_is_refined_and_compared(chat: Chat) -> None:
    """'Any of these on sale?' answers with the cheapest-first link alone (no Naver); then 'compare #1
    and #2' compares the list's, and a brand asked narrows the list, whose next cheapest link searches
    that brand (they re-ran the link, or said "nothing to choose from"); 'cheaper shoes', then 'cheaper
    trousers' after a look's link are each of the look's, and 'go back' is to the look."""
    from urllib.parse import quote

    from vocabulary import BRANDS, brand_of

    await chat.say("t-shirts")
    shown = (await chat.state()).shown
    (link,) = await chat.say("any of these on sale?")
    assert text_of(link).startswith("<b>Cheapest like")
    (compared,) = await chat.say("compare #1 and #2")
    assert text_of(compared).startswith("<b>Of #1 and #2, I'd take")
    await chat.say("any of these on sale?")
    items = chat.catalog().items
    brand = next(b for i in shown if (b := brand_of(items[i].name)) in BRANDS)
    await chat.say(f"only {BRANDS[brand].name}")
    state = await chat.state()
    assert state.mode == "search" and state.filters.get("brand") == brand
    (link,) = await chat.say("cheaper")
    assert quote(BRANDS[brand].korean) in text_of(link)
    await chat.say("an outfit for a first date, for women")  # a look's too: "why these?" after its link
    await chat.say("too expensive")
    (why, *_) = await chat.say("why did you pick these?")
    assert text_of(why).startswith("<b>Why #1:")
    look = (await chat.state()).shown
    for kind, slot in (("shoes", "shoes"), ("trousers", "bottom"), ("shoes", "shoes")):  # each of the
        (link,) = await chat.say(f"cheaper {kind}")  # look's in turn (the second was its first piece's)
        piece = next(items[i] for i in look if i in items and items[i].slot == slot)
        assert text_of(link).startswith(f"<b>Cheapest like {html.escape(piece.name)}")
    await chat.say("go back")  # the look, not the link before
    assert (await chat.state()).mode == "outfit" and (await chat.state()).shown == look


async def test_a_bridesmaid_wears_a_soft_coloured_dress_and_a_colour_asked_is_for_the_occasion(
    chat: Chat,
) -> None:
    """'I'm a bridesmaid': a look begun from a dress in the wedding's soft colours, never white or black
    (it was a guest's, from a black dress); 'is white ok?' then is judged for the occasion in view — the
    bride's colour — and 'can I wear navy?' at a funeral's look is fine, its look in navy for him (both
    were refinements: "Filters: white", or "navy"); a kind asked so ('반바지 입어도 돼?', 'is a blazer
    ok?') is judged with the funeral's look (were searches); 'can I wear sneakers?' of an interview's look is
    a no, the look shown as it is (was "it could work", with sneakers)."""
    from vocabulary import COLOUR_RULES

    await chat.say("I'm a bridesmaid, what should I wear?")
    state = await chat.state()
    items = chat.catalog().items
    start = items[state.focus_product_id]
    assert start.colour in COLOUR_RULES["bridesmaid"].instead + ("burgundy", "navy", "grey")  # (a dress
    assert state.filters.get("occasion") == "bridesmaid"  # where the catalogue has one: the small one's few)
    (said, *_) = await chat.say("is white ok?")
    assert text_of(said).startswith("Better not: white is the bride's colour")
    assert "white" not in COLOUR_RULES["bridesmaid"].instead
    await chat.say("an outfit for a funeral, for men")
    (said, *_) = await chat.say("can I wear navy?")
    state = await chat.state()
    assert text_of(said) == "Yes — navy is fine for a funeral."
    assert state.filters.get("occasion") == "funeral" and state.filters.get("gender") == "men"
    # a kind, with the funeral's look (was a search of shorts)
    (said, *_) = await chat.say("반바지 입어도 돼?")
    assert text_of(said).startswith("추천하지 않아요. 반바지는 캐주얼 스타일이라 이런 포멀 코디에는")
    (said, *_) = await chat.say("is a blazer ok?")
    assert text_of(said).startswith("Yes — blazers suit a formal look like this one.")
    await chat.say("an outfit for a job interview")
    (said, *look) = await chat.say("can I wear sneakers?")  # a strict dress code: no (was "it could work")
    assert text_of(said).startswith("Better not: sneakers are ") and "this look is formal." in text_of(said)
    assert "none of them" not in text_of(said)
    state = await chat.state()
    assert state.filters.get("article") is None and state.filters.get("occasion") == "interview"
    await chat.say("a summer wedding outfit for men")
    (said, *_) = await chat.say("can I wear shorts?")  # hardly ever worn so: no (was "it could work")
    assert text_of(said).startswith("Better not: shorts are ")
    await chat.say("an outfit for a job interview")
    (said, *look) = await chat.say("is a black pantsuit ok?")  # a kind in a colour: judged (was a search)
    state = await chat.state()
    assert text_of(said).startswith("Yes — blazers read formal, right for an interview.") and look
    focus = chat.catalog().items[state.focus_product_id]
    assert focus.category == "blazer" and state.filters.get("colour") is None  # black: the pantsuit's


async def test_a_casual_kind_asked_of_a_strict_look_is_judged(chat: Chat) -> None:
    """'And sneakers?', 'what about shorts?' of a wedding's look: better not, and the look as it is (they
    were its sneakers and shorts, silently); 'show me sneakers instead' insists, and gets them; heels
    with the wedding's look are a yes (they were "better not: heels are casual wear", as most heels
    here are listed)."""
    await chat.say("wedding guest outfit for women")
    (said, *_) = await chat.say("does it go with heels?")  # (the small catalogue has none to show)
    assert text_of(said).startswith("Yes — heels suit")
    await chat.say("wedding guest outfit for women")
    for asked, kind in (("and sneakers?", "sneakers"), ("what about shorts?", "shorts")):
        (said, *look) = await chat.say(asked)
        assert text_of(said).startswith(f"Better not: {kind} are casual wear") and look
        state = await chat.state()
        assert state.mode == "outfit" and state.filters.get("occasion") == "wedding"
        assert state.filters.get("article") is None and state.filters.get("category") is None
    start = (await chat.state()).focus_product_id
    # with the look in view (it began another look, from shoes)
    (said, *look) = await chat.say("운동화 신어도 돼?")
    assert text_of(said).startswith("추천하지 않아요. 운동화는 캐주얼 스타일이라") and look
    assert (await chat.state()).focus_product_id == start
    await chat.say("show me sneakers instead")
    assert (await chat.state()).filters.get("article") == "sneakers"
    chat.user = chat.api.user(302)
    await chat.say("an outfit for a summer wedding for men")
    (said, *_) = await chat.say("can I wear shorts in winter?")  # the season's question, not the look's
    assert text_of(said).startswith("Not really: shorts are made for warm weather")
    chat.user = chat.api.user(301)
    await chat.say("casual outfit for women")
    (said, *_) = await chat.say("can I wear jeans?")  # of a look with no occasion: judged too (was a
    assert text_of(said).startswith("Yes — jeans suit a casual look like this one.")  # silent refinement)


async def test_a_dress_asked_of_a_funerals_look_is_dressed_up(chat: Chat) -> None:
    """'Can I wear a black dress?' of a funeral's look: yes, and its look (it added dresses to the
    look of a shirt, silently: "can I wear" of a kind in a colour was read as the look's kind); the
    catalogue lists nearly every dress casual or party, yet a plain dress dresses up; 'is a suit too formal
    for a date?' judges the kind (it was a search for suits)."""
    await chat.say("funeral outfit for a woman")
    (said, *look) = await chat.say("can I wear a black dress?")
    assert text_of(said).startswith("Yes — dresses read formal, right for a funeral.") and look
    state = await chat.state()
    assert chat.catalog().items[state.focus_product_id].category == "dress"
    assert state.filters.get("occasion") == "funeral" and state.filters.get("category") is None
    (said, *_) = await chat.say("is a suit too formal for a date?")  # a kind judged (was a search)
    assert text_of(said).startswith("Yes, a little: blazers read formal, and a date asks for casual.")


async def test_more_like_one_in_a_colour_it_lacks_leaves_the_lists_print(chat: Chat) -> None:
    """'More like #1 but in blue' after plain dresses, when #1's design has no blue and no plain dress is
    blue: blue dresses like it of any print, after "that one doesn't come in blue" (it said that, then
    "I found nothing"); with no blue dress at all, "doesn't come in" is not said over nothing."""
    items = chat.catalog().items
    dresses = [p for p in items.values() if p.category == "dress" and not (p.hidden or p.kids)]
    await chat.say("plain dresses")
    first = items[(await chat.state()).shown[0]]
    plain = {p.colour for p in dresses if p.pattern == "solid"}
    printed = {p.colour for p in dresses if p.pattern != "solid"}
    palette = ("blue", "navy", "green", "purple", "yellow", "red", "orange", "khaki", "burgundy")
    colour = next((c for c in palette if c in printed - plain), None)  # the small catalogue may have none
    if colour is None:
        colour = next(c for c in palette if c not in plain | printed)
    assert not any(items[i].colour == colour for i in chat.catalog().recoloured(first.id))
    said = [text_of(call) for call in await chat.say(f"more like #1 but in {colour}")]
    state = await chat.state()
    if colour in printed:
        assert said[0] == f"That one doesn't come in {colour} here, but these are like it:"
        assert state.shown and all(items[i].colour == colour for i in state.shown)
        assert state.filters.get("pattern") is None
    else:
        assert not said[0].startswith("That one doesn't come in")


async def test_a_look_the_bot_begins_is_not_begun_from_a_teams_jersey(chat: Chat) -> None:
    """'A hiking outfit for men': the start the bot chooses is not a football or a team's jersey (it
    began from "Nike Men Football Blue Jersey"): the small catalogue's usual start, named as a football
    top here, gives way to the next."""
    from vocabulary import OUTDOOR_BRANDS, brand_of, fan_merch

    items = chat.catalog().items
    await chat.say("a hiking outfit for men")
    usual = items[(await chat.state()).focus_product_id]
    items[usual.id] = replace(usual, name=usual.name.replace("Mens", "Mens Football"))
    assert fan_merch(items[usual.id].name)
    await chat.say("start over")
    await chat.say("a hiking outfit for men")
    state = await chat.state()
    start = items[state.focus_product_id]
    assert start.id != usual.id and start.usage == "sports" and not fan_merch(start.name)
    *_, boot = [items[i] for i in state.shown if items[i].category == "shoes"]  # its last shoes, renamed
    items[boot.id] = replace(boot, name="Quechua Men Forclaz 100 Hiking Shoes")
    await chat.say("start over")
    await chat.say("a hiking outfit for men")
    shoes = [items[i] for i in (await chat.state()).shown if items[i].category == "shoes"]
    assert shoes[0].id == boot.id and brand_of(shoes[0].name) in OUTDOOR_BRANDS  # (were running shoes)


async def test_a_detail_refused_leaves_out_the_pieces_named_so(chat: Chat) -> None:
    """'No sleeveless tops', '나시 말고', 'no crop tops': the pieces whose names say the detail are left out,
    of a search and of a look, and tops are still shown (were every top refused, or sleeveless ones asked
    for); 'with sleeves' leaves out sleeveless dresses; 'nothing revealing' leaves out every revealing detail,
    says so, and is kept for the next request; its ✕ button takes it off."""
    items = chat.catalog().items
    said_so = {p.id for p in items.values() if has_detail(p.name, "revealing")}
    await chat.say("sleeveless tops for women")  # a tank top, a sleeveless one ("Spagetti Top": so too)
    assert (shown := (await chat.state()).shown) and all(
        has_detail(items[i].name, "sleeveless") for i in shown
    )
    (answer,) = await chat.say("no sleeveless tops")
    state = await chat.state()
    assert state.shown and all(
        slot_of(items[i].category) == "top" and items[i].gender != "men" for i in state.shown
    )
    assert not any(has_detail(items[i].name, "sleeveless") for i in state.shown)
    assert state.filters.get("not_detail") == "sleeveless" and state.filters.get("detail") is None
    assert "✕ not sleeveless" in buttons(answer)
    chat.user = chat.api.user(chat.user["id"] + 1, language="ko")
    await chat.say("여자 여름 코디")
    *_, answer = await chat.say("나시 말고")
    state = await chat.state()
    assert state.filters.get("not_detail") == "sleeveless" and not state.filters.get("not_slot")
    assert "top" in {slot_of(items[i].category) for i in state.shown}  # tops, none of them sleeveless
    assert not any(has_detail(items[i].name, "sleeveless") for i in state.shown)
    await chat.say("no crop tops")
    assert (await chat.state()).filters.get("not_slot") is None
    await chat.say("dresses")
    await chat.say("with sleeves")  # any sleeves: no sleeveless dress (was "didn't quite get that")
    state = await chat.state()
    assert state.filters.get("not_detail") == "sleeveless" and state.filters.get("category") == "dress"
    assert state.shown and not any(has_detail(items[i].name, "sleeveless") for i in state.shown)
    chat.user = chat.api.user(chat.user["id"] + 1, language="en")
    await chat.say("dresses for her")
    said, *_, answer = await chat.say("nothing too revealing please")
    assert text_of(said).startswith("Nothing listed as sleeveless, strapless, cropped, sheer or backless")
    state = await chat.state()
    assert state.shown and not set(state.shown) & said_so and state.filters.get("not_detail") == "revealing"
    *_, answer = await chat.say("a summer outfit for a picnic")  # a new request: still nothing revealing
    state = await chat.state()
    assert state.filters.get("not_detail") == "revealing" and not set(state.shown) & said_so
    *_, answer = await chat.press(buttons(answer)["✕ not revealing"])
    assert (await chat.state()).filters.get("not_detail") is None


async def test_whose_look_it_is_when_a_person_is_named_with_an_occasion(chat: Chat) -> None:
    """'남편 결혼식 정장', '아빠 출근룩', "my son's interview suit": the person named wears it (a spouse's
    wedding is the shopper's too, an interview or work is their own), so the look is men's (was anyone's);
    'for my sister's wedding' still dresses the shopper, not as her."""
    items = chat.catalog().items
    chat.user = chat.api.user(chat.user["id"], language="ko")
    for asked in ("남편 결혼식 정장", "아빠 출근룩"):
        await chat.say("처음부터")
        await chat.say(asked)
        state = await chat.state()
        assert state.filters.get("gender") == "men" and state.mode == "outfit"  # (few men's suits here)
        assert all(items[i].gender in ("men", "unisex") for i in state.shown)
    chat.user = chat.api.user(chat.user["id"] + 1, language="en")
    await chat.say("my son's interview suit")
    assert (await chat.state()).filters.get("gender") == "men"
    await chat.say("start over")
    await chat.say("an outfit for my sister's wedding")
    assert (await chat.state()).filters.get("gender") is None
    await chat.say("waterproof shoes")  # then a husband's suit: his look, not more shoes (it was shoes)
    await chat.say("남편 결혼식 정장")
    state = await chat.state()
    assert state.mode == "outfit" and state.filters.get("category") is None
    assert state.filters.get("gender") == "men" and state.filters.get("occasion") == "wedding"


async def test_a_colour_scheme_asked_keeps_the_whole_look_to_it(chat: Chat) -> None:
    """'A monochrome outfit', '톤온톤', 'tone on tone': every garment in the shades of the look's first
    piece's colour, its shoes, bag and accessories in them or plain neutrals ('tone on tone outfit' was
    a tote bag, 'monochrome look' nothing); '모노톤 코디' black, white and grey; each with its ✕ button."""
    from vocabulary import TONAL, TONAL_PLAIN

    items = chat.catalog().items
    *_, answer = await chat.say("monochrome outfit for him")
    state = await chat.state()
    first = items[state.shown[0]].colour
    assert (
        state.filters.get("tone") == "tonal" and len(state.shown) >= 4 and "✕ tone on tone" in buttons(answer)
    )
    for i in state.shown:
        plain = TONAL_PLAIN[first] if slot_of(items[i].category) in ("shoes", "bag", "accessory") else ()
        assert items[i].colour in (*TONAL[first], *plain)
    assert {slot_of(items[i].category) for i in state.shown} >= {"top", "bottom"}
    chat.user = chat.api.user(chat.user["id"] + 1, language="en")
    await chat.photo(clothing_photos("T-Shirt")[0].read_bytes())
    await chat.say("tone on tone")  # after a bare photo: its look in its colour's shades (was similar items)
    assert (await chat.state()).mode == "outfit"
    chat.user = chat.api.user(chat.user["id"] + 1, language="ko")
    await chat.say("여자 모노톤 코디")
    state = await chat.state()
    assert state.shown and all(items[i].colour in ("black", "white", "grey") for i in state.shown)


async def test_the_piece_a_look_began_from_too_plain_begins_it_again_in_colour(chat: Chat) -> None:
    """'The top is too plain' about a look the bot began from a top: the look begun again from a top
    in a pop of colour, its other slots as before (was 'nothing fits all of that')."""
    from understanding.lexicon import ACCENT_COLOURS

    items = chat.catalog().items
    await chat.say("casual outfit for him")
    before = await chat.state()
    await chat.say("the top is too plain")
    state = await chat.state()
    top = items[state.focus_product_id]
    assert (
        state.mode == "outfit" and state.focus_product_id != before.focus_product_id and len(state.shown) > 1
    )
    assert slot_of(top.category) == "top" and top.colour in ACCENT_COLOURS
    assert state.filters.get("tone") is None  # the look's other pieces: as they were asked


async def test_and_a_kind_adds_it_to_the_kind_in_view_in_its_colour(chat: Chat) -> None:
    """'And a belt to match' after a look's shoes in a colour ("brown ones"): the shoes kept and belts
    in their colour beside them (it was the look's belts alone, in any colour)."""
    items = chat.catalog().items
    await chat.say("casual outfit for him")
    await chat.say("what about the shoes?")
    belts = {p.colour for p in items.values() if p.article_type == "Belts" and p.gender != "women"}
    colour = next(items[i].colour for i in (await chat.state()).shown if items[i].colour in belts)
    await chat.say(f"{colour} ones")
    await chat.say("and a belt to match")
    state = await chat.state()
    shown = [items[i] for i in state.shown if i != state.focus_product_id]
    assert {p.slot for p in shown} == {"shoes", "accessory"}, [p.name for p in shown]
    assert all(p.colour == colour for p in shown), [p.name for p in shown]


async def test_what_a_shopper_never_wears_is_left_out(chat: Chat) -> None:
    """'I don't wear skirts', '힐은 못 신어요', 'I never wear heels': those left out of the look (they
    were searched for); "I'm allergic to wool", 'no polyester': no piece whose name says that fabric,
    kept for the next request (it was searched for), with its ✕ button."""
    from vocabulary import made_of

    items = chat.catalog().items
    chat.user = chat.api.user(chat.user["id"], language="ko")
    await chat.say("여자 데이트룩")
    await chat.say("저는 치마 안 입어요")
    state = await chat.state()
    assert state.filters.get("not_kind") == "skirt" and state.shown
    assert not any(items[i].category == "skirt" for i in state.shown)
    await chat.say("힐은 못 신어요")
    state = await chat.state()
    assert state.filters.get("not_kind") == "heels" and state.shown
    assert not any(items[i].article_type == "Heels" for i in state.shown)
    chat.user = chat.api.user(chat.user["id"] + 2, language="en")  # a festival's look: no heels (it had
    await chat.say("I'm a woman")  # them), nor after "something I can dance in" a party's
    for said in ("a music festival in summer", "a party outfit", "something I can dance in"):
        await chat.say(said)
        state = await chat.state()
        assert state.shown and state.filters.get("not_kind") == ("heels" if "dance" in said else None)
        assert said == "a party outfit" or not any(items[i].article_type == "Heels" for i in state.shown)
    chat.user = chat.api.user(chat.user["id"] + 1, language="en")
    await chat.say("sweaters for her")
    *_, answer = await chat.say("I'm allergic to wool")
    state = await chat.state()
    assert state.filters.get("not_material") == "wool" and "✕ not wool" in buttons(answer)
    assert state.shown and not any(made_of(items[i].name, "wool") for i in state.shown)
    await chat.say("an outfit for a date")
    assert (await chat.state()).filters.get("not_material") == "wool"


async def test_waterproof_shoes_are_a_wet_days_boots_said_so(chat: Chat) -> None:
    """'Waterproof shoes', '방수 신발': no listing says so — said — and a wet day's boots shown (they
    were any shoes, heels and canvas among them)."""
    items = chat.catalog().items
    said, found, *_ = await chat.say("waterproof shoes for her")
    assert text_of(said).startswith("Listings don't say which shoes are waterproof, so for a wet day, boots")
    state = await chat.state()
    boots = [p for p in items.values() if p.article_type == "Boots" and p.gender != "men" and not p.kids]
    assert state.filters.get("occasion") == "rain" and state.shown
    if boots:
        assert all(items[i].article_type == "Boots" for i in state.shown)
    else:  # (none in the small catalogue): the closest, said so
        assert "None for a rainy day here, so the closest: shoes" in text_of(found)
