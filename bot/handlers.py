"""Telegram callbacks: flat, typed, one job each. The conversation is declared in `register()`."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import uuid

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
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
    ImageRejected,
    NotYours,
    Slot,
    StaleAnalysis,
    StoredAnalysis,
    Stylist,
    WorkerBusy,
    WorkerError,
)
from application.photos import MAX_BYTES, fetch_pictures, garment_picture

from .callback_data import VOTE, Press, Vote, decode
from .collage import make_collage
from .texts import (
    CAPTION_LIMIT,
    item_name,
    language_of,
    render_analysis,
    render_cheaper,
    render_items,
    shown_name,
    t,
)

log = logging.getLogger(__name__)


def _stylist(context: ContextTypes.DEFAULT_TYPE) -> Stylist:
    return context.application.bot_data["stylist"]


def _language(update: Update) -> str:
    user = update.effective_user
    return language_of(user.language_code if user else None)


def _user_id(update: Update) -> int | None:
    return update.effective_user.id if update.effective_user else None


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Greet the user in their language and say what to do."""
    user = update.effective_user
    name = user.first_name if user else ""
    await update.effective_message.reply_text(t("start", _language(update), name=name))


async def help_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """List the commands."""
    await update.effective_message.reply_text(t("help", _language(update)))


async def howto(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answer text without a photo with the short how-to."""
    await update.effective_message.reply_text(t("howto", _language(update)))


async def unknown_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Say that the command is unknown."""
    await update.effective_message.reply_text(t("unknown_command", _language(update)))


async def sticker(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Stickers are not garments."""
    await update.effective_message.reply_text(t("sticker", _language(update)))


async def not_an_image(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Documents, videos, voice and the like get the how-to for photos."""
    await update.effective_message.reply_text(t("not_an_image", _language(update)))


async def photo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Analyse a photo (or an image sent as a file) and answer with what Stylist sees."""
    message = update.effective_message
    language = _language(update)
    attachment = message.photo[-1] if message.photo else message.document
    if attachment is None:
        await howto(update, context)
        return
    if attachment.file_size and attachment.file_size > MAX_BYTES:
        await message.reply_text(t("too_large", language))
        return
    await context.bot.send_chat_action(message.chat_id, ChatAction.TYPING)
    try:
        data = await _download(context, attachment.file_id)
    except TelegramError as exc:
        log.warning("download of %s failed: %s", attachment.file_id, exc)
        await message.reply_text(t("download_failed", language))
        return
    try:
        stored = await _stylist(context).analyse.analyze(
            data,
            source=f"tg:{attachment.file_id}",
            user_id=_user_id(update),
            chat_id=message.chat_id,
            language=language,
        )
    except ImageRejected as exc:
        await message.reply_text(t(exc.reason, language))
        return
    except WorkerBusy:
        await message.reply_text(t("busy", language))
        return
    except WorkerError as exc:
        log.error("inference failed: %s", exc)
        await message.reply_text(t("worker_down", language))
        return
    await message.reply_html(
        render_analysis(stored.analysis, language), reply_markup=keyboard(stored, language)
    )


def keyboard(stored: StoredAnalysis, language: str) -> InlineKeyboardMarkup:
    """Outfit, similar and cheaper for the photo; for an outfit photo also one button per garment,
    two to a row, that finds products like it."""
    rows = [
        [
            InlineKeyboardButton(
                t("btn_outfit", language), callback_data=Press("outfit", stored.id).encode()
            ),
            InlineKeyboardButton(
                t("btn_similar", language), callback_data=Press("similar", stored.id).encode()
            ),
        ],
        [
            InlineKeyboardButton(
                t("btn_cheaper", language), callback_data=Press("cheaper", stored.id).encode()
            )
        ],
    ]
    garments = [
        InlineKeyboardButton(
            t("btn_item", language, item=item_name(item, language)),
            callback_data=Press("similar", item_id).encode(),
        )
        for item, item_id in stored.garments
    ]
    rows += [garments[i : i + 2] for i in range(0, len(garments), 2)]
    return InlineKeyboardMarkup(rows)


async def button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answer the Match-an-outfit, Similar-items and Cheaper buttons."""
    query = update.callback_query
    language = _language(update)
    press = decode(query.data)
    if not isinstance(press, Press):
        await query.answer(t("stale", language), show_alert=True)
        return
    stylist = _stylist(context)
    user_id = _user_id(update)
    try:
        row = await stylist.recommend.load(press.analysis_id, user_id)
    except StaleAnalysis:
        await query.answer(t("stale", language), show_alert=True)
        return
    except NotYours:
        await query.answer(t("not_yours", language), show_alert=True)
        return
    await query.answer()
    message = query.message
    chat_id = message.chat.id if message else row.chat_id
    if chat_id is None:
        return
    item = shown_name(row.category, row.category_confidence, row.slot, language)
    votes = _feedback_keyboard(press.kind, row.id, language)
    if press.kind == "cheaper":
        link, items = await stylist.recommend.cheaper(row.id, user_id)
        text = render_cheaper(t("cheaper_title", language, item=item), link, items, language)
        await context.bot.send_message(
            chat_id, text, parse_mode=ParseMode.HTML, disable_web_page_preview=True, reply_markup=votes
        )
        return
    await context.bot.send_chat_action(chat_id, ChatAction.UPLOAD_PHOTO)
    if press.kind == "outfit":
        slots = await stylist.recommend.outfit(row.id, user_id)
        title = t("complete_title", language) if row.garment_count else t("outfit_title", language, item=item)
    else:
        slots = [Slot("similar", await stylist.recommend.similar(row.id, user_id))]
        title = t("similar_title", language, item=item)
    if not any(slot.items for slot in slots):
        await context.bot.send_message(chat_id, t("no_products", language))
        return
    user_image = await _user_image(context, row.source, row.box)
    tiles = [[i.image for i in slot.items] for slot in slots]
    pictures = await fetch_pictures(stylist.http, [image for row_ in tiles for image in row_])
    collage = await asyncio.to_thread(make_collage, user_image, tiles, 3, pictures)
    listing = render_items(title, slots, language)
    if len(listing) <= CAPTION_LIMIT:
        await context.bot.send_photo(
            chat_id, collage, caption=listing, parse_mode=ParseMode.HTML, reply_markup=votes
        )
    else:
        await context.bot.send_photo(chat_id, collage, caption=title)
        await context.bot.send_message(
            chat_id, listing, parse_mode=ParseMode.HTML, disable_web_page_preview=True, reply_markup=votes
        )


def _feedback_keyboard(kind: str, analysis_id: int, language: str) -> InlineKeyboardMarkup:
    """👍 / 👎 under a recommendation."""
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(
                    t("btn_helpful", language), callback_data=Vote(kind, 1, analysis_id).encode()
                ),
                InlineKeyboardButton(
                    t("btn_unhelpful", language), callback_data=Vote(kind, -1, analysis_id).encode()
                ),
            ]
        ]
    )


async def feedback(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Store a 👍 / 👎 on a recommendation, thank the user and take the buttons away."""
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
    with contextlib.suppress(TelegramError):  # the message may be too old to edit: the vote still counts
        await query.edit_message_reply_markup(reply_markup=None)


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
    application.add_handler(CommandHandler("help", help_command))
    application.add_handler(MessageHandler(filters.COMMAND, unknown_command))
    application.add_handler(MessageHandler(filters.PHOTO | filters.Document.ALL, photo))
    application.add_handler(MessageHandler(filters.Sticker.ALL, sticker))
    application.add_handler(MessageHandler(filters.TEXT, howto))
    application.add_handler(MessageHandler(filters.ATTACHMENT, not_an_image))
    application.add_handler(CallbackQueryHandler(feedback, pattern=rf"^{VOTE}:"))
    application.add_handler(CallbackQueryHandler(button))
    application.add_error_handler(error_handler)
