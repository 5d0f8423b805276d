"""The python-telegram-bot Application: built from settings, opened in post_init, closed in post_shutdown."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.ext import Application, ApplicationBuilder

from application import Settings, Stylist

from .handlers import register

log = logging.getLogger(__name__)


async def post_init(application: Application) -> None:
    """Open the database, the model and the catalogue before the first update."""
    settings: Settings = application.bot_data["settings"]
    stylist = await Stylist.open(settings, worker=application.bot_data.get("worker"))
    application.bot_data["stylist"] = stylist
    log.info("Stylist is ready: %d catalogue products", len(stylist.index))


async def post_shutdown(application: Application) -> None:
    """Release what post_init opened."""
    stylist: Stylist | None = application.bot_data.pop("stylist", None)
    if stylist is not None:
        await stylist.close()


def build_application(settings: Settings) -> Application:
    """An Application talking to `TELEGRAM_API_URL` (Telegram's or a local Bot API server)."""
    if not settings.telegram_token:
        raise ValueError("TELEGRAM_BOT_TOKEN is not set")
    application = (
        ApplicationBuilder()
        .token(settings.telegram_token)
        .base_url(settings.telegram_api_url)
        .base_file_url(settings.file_url)
        .concurrent_updates(8)
        .post_init(post_init)
        .post_shutdown(post_shutdown)
        .build()
    )
    application.bot_data["settings"] = settings
    register(application)
    return application


def run_polling(settings: Settings) -> None:
    """Run the bot with long polling until interrupted."""
    build_application(settings).run_polling(allowed_updates=Update.ALL_TYPES)
