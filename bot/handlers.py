"""Telegram callbacks: flat, typed, one job each; what to answer is the dialogue's
(`application.dialogue`), how it looks is here. The conversation is declared in `register()`."""

from __future__ import annotations

import asyncio
import contextlib
import io
import logging
import uuid
from collections.abc import Coroutine
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, InputMediaPhoto, Message, Update
from telegram.constants import ChatAction, ParseMode
from telegram.error import TelegramError
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from application import (
    Action,
    NotYours,
    Reply,
    StaleAnalysis,
    Stylist,
    Turn,
    WorkerBusy,
    WorkerError,
)
from application.photos import MAX_BYTES, fetch_pictures, garment_picture

from .albums import WAIT as ALBUM_WAIT
from .albums import Albums
from .callback_data import VOTE, Press, Vote, decode, encode_action
from .collage import full_picture, make_collage
from .replies import action_label, pictures_more, render_reply
from .texts import CAPTION_LIMIT, item_captions, language_of, t

log = logging.getLogger(__name__)
COMMANDS = (
    "help",
    "settings",
    "outfit",
    "wardrobe",
    "favourites",
    "daily",
    "forget",
)  # answered by the dialogue
SLOW = frozenset({"outfit", "similar", "cheaper", "wardrobe_match", "unfilter", "example"})  # acked first


def _stylist(context: ContextTypes.DEFAULT_TYPE) -> Stylist:
    return context.application.bot_data["stylist"]


def _language(update: Update) -> str:
    user = update.effective_user
    return language_of(user.language_code if user else None)


def _user_id(update: Update) -> int | None:
    return update.effective_user.id if update.effective_user else None


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Greet the user in their language, say what to do, and offer examples."""
    turn = await _stylist(context).dialogue.text(
        update.effective_message.chat_id, _user_id(update), "/start", _language(update)
    )
    await send_turn(context, update.effective_message.chat_id, turn)


async def text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answer typed words and the dialogue's commands (/outfit, /settings, /wardrobe, /favourites, /forget,
    /help)."""
    message = update.effective_message
    turn = await _stylist(context).dialogue.text(
        message.chat_id, _user_id(update), message.text or "", _language(update)
    )
    await send_turn(context, message.chat_id, turn)


async def unknown_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Say that the command is unknown."""
    await update.effective_message.reply_text(t("unknown_command", _language(update)))


async def sticker(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Stickers are not garments."""
    await update.effective_message.reply_text(t("sticker", _language(update)))


async def not_an_image(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Voice and audio get "type it instead", videos and GIFs "send a still", a location "tell me the
    weather"; other files and the like the how-to for photos."""
    message, kind = update.effective_message, "not_an_image"
    if message.voice or message.audio or message.video_note:
        kind = "not_voice"
    elif message.video or message.animation:
        kind = "not_video"
    elif message.location or message.venue:
        kind = "not_location"
    await message.reply_text(t(kind, _language(update)))


async def photo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Analyse a photo (or an image sent as a file), with its caption as words about it; the photos
    of an album are gathered and answered once."""
    message = update.effective_message
    language = _language(update)
    attachment = message.photo[-1] if message.photo else message.document
    if attachment is None:
        await message.reply_text(t("howto", language))
        return
    if attachment.file_size and attachment.file_size > MAX_BYTES:
        await message.reply_text(t("too_large", language))
        return
    album = (message.chat_id, message.media_group_id) if message.media_group_id else None
    if album is not None:
        _albums(context).expect(album, _user_id(update), language, message.caption)
    await context.bot.send_chat_action(message.chat_id, ChatAction.TYPING)
    data = None
    try:
        data = await _download(context, attachment.file_id)
    except TelegramError as exc:
        log.warning("download of %s failed: %s", attachment.file_id, exc)
        await message.reply_text(t("download_failed", language))
    source = f"tg:{attachment.file_id}"
    if album is not None:
        _albums(context).arrived(album, message.message_id, (data, source) if data is not None else None)
        gathering = _albums(context).open[album]
        gathering.timer = context.application.create_task(_answer_album(context, album), update=update)
        return
    if data is None:
        return
    dialogue = _stylist(context).dialogue
    call = dialogue.photo(message.chat_id, _user_id(update), data, source, language, caption=message.caption)
    await _answer_photos(context, message.chat_id, language, call)


async def _answer_album(context: ContextTypes.DEFAULT_TYPE, key: tuple[int, str]) -> None:
    """Answer an album once no photo of it came for a moment and none is still downloading."""
    await asyncio.sleep(ALBUM_WAIT)
    gathering = _albums(context).take(key)
    if gathering is None or not gathering.photos:
        return
    call = _stylist(context).dialogue.album(
        gathering.chat_id, gathering.user_id, gathering.in_order(), gathering.language, gathering.caption
    )
    await _answer_photos(context, gathering.chat_id, gathering.language, call)


async def _answer_photos(
    context: ContextTypes.DEFAULT_TYPE, chat_id: int, language: str, call: Coroutine[Any, Any, Turn]
) -> None:
    """Send the turn of a photo or an album, or say why the model could not answer."""
    try:
        turn = await call
    except WorkerBusy:
        await context.bot.send_message(chat_id, t("busy", language))
        return
    except WorkerError as exc:
        log.error("inference failed: %s", exc)
        await context.bot.send_message(chat_id, t("worker_down", language))
        return
    await send_turn(context, chat_id, turn)


def _albums(context: ContextTypes.DEFAULT_TYPE) -> Albums:
    return context.application.bot_data.setdefault("albums", Albums())


async def button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answer every button but the votes: outfit, similar, cheaper, filters, settings, wardrobe."""
    query = update.callback_query
    language = _language(update)
    pressed = decode(query.data)
    if not isinstance(pressed, Press | Action):
        await query.answer(t("old_button", language), show_alert=True)
        return
    action = Action(pressed.kind, pressed.analysis_id) if isinstance(pressed, Press) else pressed
    chat_id = query.message.chat.id if query.message else _user_id(update)
    if chat_id is None:
        await query.answer(t("stale", language), show_alert=True)
        return
    dialogue, user_id = _stylist(context).dialogue, _user_id(update)
    if action.kind not in SLOW:  # quick: answered (or refused) in the press's own popup
        turn = await dialogue.press(chat_id, user_id, action, language)
        if turn.replies and turn.replies[0].alert:
            await query.answer(t(turn.replies[0].say, turn.language), show_alert=True)
            return
        await query.answer()
        await send_turn(context, chat_id, turn)
        return
    refusal = await dialogue.refusal(chat_id, user_id, action, language)
    if refusal is not None:
        await query.answer(t(refusal, language), show_alert=True)
        return
    with contextlib.suppress(TelegramError):  # a redelivered press is too old to acknowledge: answer it
        await query.answer()  # acknowledged first: the spinner stops while the answer is made
    if action.kind != "unfilter":
        await context.bot.send_chat_action(chat_id, ChatAction.UPLOAD_PHOTO)
    await send_turn(context, chat_id, await dialogue.press(chat_id, user_id, action, language, checked=True))


async def feedback(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Store a 👍 / 👎 on a recommendation, thank the user and take the vote buttons away."""
    query = update.callback_query
    language = _language(update)
    vote = decode(query.data)
    if not isinstance(vote, Vote):
        await query.answer(t("stale", language), show_alert=True)
        return
    try:
        await _stylist(context).votes.record(
            vote.analysis_id, vote.kind, vote.value, _user_id(update), language
        )
    except StaleAnalysis:
        await query.answer(t("stale", language), show_alert=True)
        return
    except NotYours:
        await query.answer(t("not_yours", language), show_alert=True)
        return
    await query.answer(t("thanks", language))
    markup = query.message.reply_markup if isinstance(query.message, Message) else None
    kept = [  # the other buttons ("🔄 Show others", a filter's ✕) stay
        row
        for row in (markup.inline_keyboard if markup else ())
        if not any(str(button.callback_data or "").startswith(f"{VOTE}:") for button in row)
    ]
    with contextlib.suppress(TelegramError):  # the message may be too old to edit: the vote still counts
        await query.edit_message_reply_markup(reply_markup=InlineKeyboardMarkup(kept) if kept else None)


async def send_turn(context: ContextTypes.DEFAULT_TYPE, chat_id: int, turn: Turn) -> None:
    """Send a turn's replies in order: text, or a collage with the listing as its caption."""
    for reply in turn.replies:
        await send_reply(context, chat_id, reply, turn.language)


async def send_reply(context: ContextTypes.DEFAULT_TYPE, chat_id: int, reply: Reply, language: str) -> None:
    if reply.say == "pictures":
        await send_pictures(context, chat_id, reply, language)
        return
    text_ = render_reply(reply, language)
    markup = keyboard(reply, language)
    if not (reply.slots or reply.pieces):
        await context.bot.send_message(
            chat_id, text_, parse_mode=ParseMode.HTML, disable_web_page_preview=True, reply_markup=markup
        )
        return
    collage = await _collage(context, reply)
    if len(text_) <= CAPTION_LIMIT:
        await context.bot.send_photo(
            chat_id, collage, caption=text_, parse_mode=ParseMode.HTML, reply_markup=markup
        )
        return
    title = text_.split("\n", 1)[0]  # the heading under the picture, the listing below it
    await context.bot.send_photo(chat_id, collage, caption=title, parse_mode=ParseMode.HTML)
    await context.bot.send_message(
        chat_id, text_, parse_mode=ParseMode.HTML, disable_web_page_preview=True, reply_markup=markup
    )


async def send_pictures(
    context: ContextTypes.DEFAULT_TYPE, chat_id: int, reply: Reply, language: str
) -> None:
    """Each product of the reply at its own picture's size, captioned with its number and link: an
    album of two to ten, or one photo; how to see the rest under the last."""
    items = reply.items
    pictures = await fetch_pictures(_stylist(context).http, [item.image for item in items])
    found = await asyncio.to_thread(lambda: [full_picture(item.image, pictures) for item in items])
    captions = item_captions(reply.values["numbers"], items, language)
    captions[-1] += pictures_more(reply.values, language)
    photos = [photo for photo in found if photo is not None]  # a picture not had: its line alone, below
    missing = [caption for photo, caption in zip(found, captions, strict=True) if photo is None]
    captions = [caption for photo, caption in zip(found, captions, strict=True) if photo is not None]
    if missing or not photos:
        text_ = "\n".join([f"<b>{t('pictures_missing', language)}</b>", *missing])
        await context.bot.send_message(
            chat_id, text_, parse_mode=ParseMode.HTML, disable_web_page_preview=True
        )
    if not photos:
        return
    if len(photos) == 1:
        await context.bot.send_photo(chat_id, photos[0], caption=captions[0], parse_mode=ParseMode.HTML)
        return
    media = [
        InputMediaPhoto(photo, caption=caption, parse_mode=ParseMode.HTML)
        for photo, caption in zip(photos, captions, strict=True)
    ]
    await context.bot.send_media_group(chat_id, media)


def keyboard(reply: Reply, language: str) -> InlineKeyboardMarkup | None:
    """The reply's buttons, and 👍 / 👎 under a recommendation for a photo."""
    rows = []
    for row in reply.actions:
        buttons = []
        for action in row:
            label = action_label(action, reply, language)
            buttons.append(InlineKeyboardButton(label, callback_data=encode_action(action)))
        rows.append(buttons)
    if reply.votes is not None:
        kind, analysis_id = reply.votes
        rows.append(
            [
                InlineKeyboardButton(
                    t("btn_helpful", language), callback_data=Vote(kind, 1, analysis_id).encode()
                ),
                InlineKeyboardButton(
                    t("btn_unhelpful", language), callback_data=Vote(kind, -1, analysis_id).encode()
                ),
            ]
        )
    return InlineKeyboardMarkup(rows) if rows else None


async def _collage(context: ContextTypes.DEFAULT_TYPE, reply: Reply) -> bytes:
    """The user's photo (cut to the garment) beside the numbered products, or a wardrobe's pieces."""
    if reply.pieces:
        keys = [piece.picture for piece in reply.pieces]
        tiles, user_image = [keys[i : i + 3] for i in range(0, len(keys), 3)], None
    else:
        tiles = [[item.image for item in slot.items] for slot in reply.slots]
        user_image = await _user_image(context, reply.picture or "", reply.box)
    wanted = [image for row in tiles for image in row]
    pictures = await fetch_pictures(_stylist(context).http, wanted)
    pictures |= await _own_pictures(context, [key for key in wanted if key.startswith("tg:")])
    return await asyncio.to_thread(make_collage, user_image, tiles, 3, pictures)


async def _own_pictures(context: ContextTypes.DEFAULT_TYPE, keys: list[str]) -> dict[str, bytes]:
    """The user's own garments for wardrobe tiles: their photos again, cut to each garment."""
    out = {}
    for key in dict.fromkeys(keys):
        source, _, box = key.partition("#")
        coords = [int(v) for v in box.split(",")] if box else None
        image = await _user_image(context, source, coords)
        if image is not None:
            buffer = io.BytesIO()
            image.convert("RGB").save(buffer, format="JPEG", quality=85)
            out[key] = buffer.getvalue()
    return out


async def _download(context: ContextTypes.DEFAULT_TYPE, file_id: str) -> bytes:
    file = await context.bot.get_file(file_id)
    return bytes(await file.download_as_bytearray())


async def _user_image(context: ContextTypes.DEFAULT_TYPE, source: str, box: list[int] | None = None):  # type: ignore[no-untyped-def]
    """The user's own photo for the collage, cut to the garment's box for a garment of an outfit
    photo (best effort: None if it cannot be fetched again)."""
    if not source.startswith("tg:"):
        return None
    try:
        data = await _download(context, source[3:])
    except TelegramError as exc:
        log.info("no user image for the collage: %s", exc)
        return None
    return await asyncio.to_thread(garment_picture, data, box)


async def error_handler(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log the error under a short id (never the update itself: it holds names) and give the user
    that id, so no message goes unanswered and a report can be matched to the log."""
    error_id = uuid.uuid4().hex[:8]
    update_id = update.update_id if isinstance(update, Update) else None
    log.error("error %s on update %s", error_id, update_id, exc_info=context.error)
    if isinstance(update, Update) and update.effective_message:
        with contextlib.suppress(TelegramError):
            await update.effective_message.reply_text(t("internal_error", _language(update), id=error_id))


def register(application: Application) -> None:
    """The whole conversation in one place."""
    application.add_handler(CommandHandler("start", start))
    application.add_handler(CommandHandler(list(COMMANDS), text))
    application.add_handler(MessageHandler(filters.COMMAND, unknown_command))
    application.add_handler(MessageHandler(filters.PHOTO | filters.Document.ALL, photo))
    application.add_handler(MessageHandler(filters.Sticker.ALL, sticker))
    application.add_handler(MessageHandler(filters.TEXT, text))
    application.add_handler(MessageHandler(filters.ATTACHMENT, not_an_image))
    application.add_handler(CallbackQueryHandler(feedback, pattern=rf"^{VOTE}:"))
    application.add_handler(CallbackQueryHandler(button))
    application.add_error_handler(error_handler)
