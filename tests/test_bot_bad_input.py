"""Bad input through the real Application (`process_update`, HTTP to the fake Bot API): every case gets a
short, clear answer, the bot keeps going, and nothing half-written stays in the database."""

from __future__ import annotations

import io
from collections.abc import AsyncIterator
from dataclasses import replace

import numpy as np
import pytest
from PIL import Image
from sqlalchemy import func, select
from telegram import Update
from telegram.ext import Application

from application import Settings
from bot.app import build_application
from inference import LocalWorker
from storage import Analysis, Feedback, Recommendation
from tests.conftest import assert_garment_answer, clothing_photos, encode
from tests.fakes.telegram import FakeBotApi


@pytest.fixture
async def app(settings: Settings, worker: LocalWorker) -> AsyncIterator[tuple[Application, FakeBotApi]]:
    api = FakeBotApi()
    await api.start()
    application = build_application(replace(settings, telegram_token=api.token, telegram_api_url=api.api_url))
    application.bot_data["worker"] = worker
    await application.initialize()
    await application.post_init(application)  # type: ignore[misc]
    yield application, api
    await application.post_shutdown(application)  # type: ignore[misc]
    await application.shutdown()
    await api.stop()


async def send(app: Application, api: FakeBotApi, update: dict) -> str:
    """Process one update and return the texts of the bot's messages (and alerts), one per line."""
    before = len(api.calls)
    await app.process_update(Update.de_json(update, app.bot))
    replies = [
        c for c in api.calls[before:] if c.method in ("sendMessage", "answerCallbackQuery", "sendPhoto")
    ]
    assert replies, "the bot did not answer"
    return "\n".join(str(c.params.get("text") or c.params.get("caption") or "") for c in replies)


async def analyses(app: Application) -> int:
    async with app.bot_data["stylist"].sessions() as session:
        return int((await session.execute(select(func.count(Analysis.id)))).scalar_one())


def _jpeg_bytes() -> bytes:
    return clothing_photos("Shirt")[0].read_bytes()


def _animated(fmt: str) -> bytes:
    frames = [Image.new("RGB", (64, 64), c) for c in ("red", "blue", "green")]
    out = io.BytesIO()
    frames[0].save(out, format=fmt, save_all=True, append_images=frames[1:], duration=100, loop=0)
    return out.getvalue()


def _bomb() -> bytes:
    """A PNG that claims 8000×6000 pixels (48 MP) in a few kilobytes."""
    return encode(Image.new("L", (8000, 6000)), "PNG", optimize=True)


REJECTED = {
    "empty file": (b"", "image/jpeg", "empty"),
    "pdf": (b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF", "application/pdf", "only read photos"),
    "corrupt jpeg": (b"\xff\xd8\xff\xe0" + b"\x00garbage" * 50, "image/jpeg", "damaged"),
    "truncated jpeg": (_jpeg_bytes()[:3000], "image/jpeg", "damaged"),
    "truncated png": (encode(Image.effect_noise((200, 200), 64))[:2000], "image/png", "damaged"),
    "decompression bomb": (_bomb(), "image/png", "40 megapixels"),
    "animated gif": (_animated("GIF"), "image/gif", "animation"),
    "animated webp": (_animated("WEBP"), "image/webp", "animation"),
    "8 x 100,000 strip": (encode(Image.new("RGB", (8, 100_000))), "image/png", "thin strip"),
}


@pytest.mark.parametrize("case", list(REJECTED))
async def test_rejected_documents(app: tuple[Application, FakeBotApi], case: str) -> None:
    application, api = app
    data, mime, expected = REJECTED[case]
    user = api.user()
    reply = await send(application, api, api.update(message=api.document_message(user, data, "x", mime)))
    assert expected in reply
    assert await analyses(application) == 0


async def test_too_large_file_is_refused_before_download(app: tuple[Application, FakeBotApi]) -> None:
    application, api = app
    message = api.document_message(api.user(), b"\xff\xd8", "big.jpg", "image/jpeg", size=25 * 1024 * 1024)
    assert "20 MB" in await send(application, api, api.update(message=message))
    assert not api.sent("getFile")


def _in_mode(mode: str) -> Image.Image:
    """A real garment photo stored in an unusual mode (flat colour fields are no longer garments)."""
    photo = Image.open(clothing_photos("Shirt")[0]).convert("RGB")
    if mode == "I;16":
        return Image.fromarray((np.asarray(photo.convert("L"), dtype=np.uint16) * 257).astype(np.uint16))
    if mode == "RGBA":
        rgba = photo.convert("RGBA")
        rgba.putalpha(200)
        return rgba
    if mode == "P":
        return photo.convert("P", palette=Image.Palette.ADAPTIVE)
    return photo.convert(mode)


@pytest.mark.parametrize(
    "mode", ["CMYK", "I;16", "RGBA", "P", "L"], ids=["cmyk", "16-bit", "alpha", "palette", "grey"]
)
async def test_unusual_modes_are_analysed(app: tuple[Application, FakeBotApi], mode: str) -> None:
    application, api = app
    image = _in_mode(mode)
    data = encode(image, "JPEG" if image.mode == "CMYK" else "PNG")
    reply = await send(
        application, api, api.update(message=api.document_message(api.user(), data, "x", "image/png"))
    )
    assert_garment_answer(reply)
    assert await analyses(application) == 1


async def test_text_sticker_and_unknown_command(app: tuple[Application, FakeBotApi]) -> None:
    application, api = app
    user = api.user()
    assert "photo" in await send(application, api, api.update(message=api.message(user, text="hello")))
    sticker = {
        "file_id": "s1",
        "file_unique_id": "s1",
        "width": 512,
        "height": 512,
        "is_animated": False,
        "is_video": False,
        "type": "regular",
    }
    assert "sticker" in await send(application, api, api.update(message=api.message(user, sticker=sticker)))
    voice = {"file_id": "v1", "file_unique_id": "v1", "duration": 3}
    said = await send(application, api, api.update(message=api.message(user, voice=voice)))
    assert said.startswith("I can't listen to voice messages")
    video = {"file_id": "m1", "file_unique_id": "m1", "width": 320, "height": 240, "duration": 3}
    said = await send(application, api, api.update(message=api.message(user, video=video)))
    assert said.startswith("I can't watch videos")
    location = {"latitude": 37.5, "longitude": 127.0}
    said = await send(application, api, api.update(message=api.message(user, location=location)))
    assert said.startswith("I don't use locations")
    assert "don't know" in await send(
        application, api, api.update(message=api.command_message(user, "/dance"))
    )


async def test_stale_and_garbage_buttons(app: tuple[Application, FakeBotApi]) -> None:
    application, api = app
    user = api.user()
    message = api.message(user, text="old")
    for data in ("o:99999", "s:12", "zzz", "o:abc", "o:²", "s:١٢", "f:o:+:²", "f:x:+:1", "o:1:2"):
        reply = await send(application, api, api.callback_update(user, message, data))
        assert "no longer available" in reply or "out of date" in reply
    assert all(c.params.get("show_alert") in (True, "True", "true") for c in api.sent("answerCallbackQuery"))


async def test_another_users_presses_and_votes_are_refused(app: tuple[Application, FakeBotApi]) -> None:
    """Button data is easy to forge: a press or vote on someone else's analysis gets a refusal and
    nothing of theirs (no photo, product, link or vote)."""
    application, api = app
    owner, stranger = api.user(42), api.user(77)
    answer = await send(application, api, api.update(message=api.photo_message(owner, _jpeg_bytes())))
    assert answer
    (analysis_id,) = await _analysis_ids(application)
    message = api.message(stranger, text="forged")
    for data in (f"o:{analysis_id}", f"s:{analysis_id}", f"c:{analysis_id}", f"f:o:-:{analysis_id}"):
        before = len(api.calls)
        reply = await send(application, api, api.callback_update(stranger, message, data))
        assert "someone else" in reply
        assert [c.method for c in api.calls[before:]] == ["answerCallbackQuery"]
    async with application.bot_data["stylist"].sessions() as session:
        assert (await session.execute(select(func.count(Feedback.id)))).scalar_one() == 0
        assert (await session.execute(select(func.count(Recommendation.id)))).scalar_one() == 0
    owner_message = api.message(owner, text="mine")
    assert "Outfit for your" in await send(
        application, api, api.callback_update(owner, owner_message, f"o:{analysis_id}")
    )


async def _analysis_ids(app: Application) -> list[int]:
    async with app.bot_data["stylist"].sessions() as session:
        return list((await session.scalars(select(Analysis.id).where(Analysis.parent_id.is_(None)))).all())


async def test_dead_worker_is_reported_and_recovers(
    app: tuple[Application, FakeBotApi], worker: LocalWorker
) -> None:
    application, api = app
    service = application.bot_data["stylist"]
    dead = LocalWorker(device="cpu")
    await dead.close()
    service.analyse.worker = dead
    user = api.user()
    photo = clothing_photos("Pants")[0].read_bytes()
    assert "try again" in await send(application, api, api.update(message=api.photo_message(user, photo)))
    assert await analyses(application) == 0
    service.analyse.worker = worker  # the worker is back
    assert_garment_answer(await send(application, api, api.update(message=api.photo_message(user, photo))))


async def test_a_photo_without_clothing_is_refused_plainly(app: tuple[Application, FakeBotApi]) -> None:
    """A page of text or a landscape gets "I don't see clothing", no buttons, nothing stored; a
    garment right after is answered as usual."""
    import random

    from training.not_clothing import landscape, text_page

    application, api = app
    user = api.user()
    for draw in (text_page, landscape):
        photo = encode(draw(random.Random(f"test:{draw.__name__}")), "JPEG")
        before = len(api.calls)
        reply = await send(application, api, api.update(message=api.photo_message(user, photo)))
        assert "I don't see clothing" in reply
        assert not any("reply_markup" in c.params for c in api.calls[before:])
    assert await analyses(application) == 0
    assert_garment_answer(
        await send(application, api, api.update(message=api.photo_message(user, _jpeg_bytes())))
    )
