"""Sending the outfit of the day (`application.daily`): every minute each bot process asks which
users' morning it is (each claimed by one process in the database) and sends them their outfit; a
user who blocked the bot is unsubscribed, any other failure costs that user today's only."""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime

from telegram.error import Forbidden
from telegram.ext import Application, CallbackContext

from application import Stylist
from application.daily import KOREA

from .handlers import send_turn

log = logging.getLogger(__name__)
EVERY_S = 60.0


async def send_mornings(application: Application, now: datetime | None = None) -> int:
    """Send every outfit of the day due at `now` (default: the clock's); the number sent."""
    stylist: Stylist = application.bot_data["stylist"]
    daily = stylist.dialogue.daily
    now = now or datetime.now(UTC)
    sent = 0
    for due in await daily.due(now):
        try:
            turn = await daily.morning(due.chat_id, due.user_id, due.language, now.astimezone(KOREA).date())
            context = CallbackContext(application, chat_id=due.chat_id, user_id=due.user_id)
            await send_turn(context, due.chat_id, turn)
            sent += 1
        except Forbidden:  # blocked or removed from the chat: no more mornings
            await daily.stop(due.user_id)
        except Exception:  # this user's morning only; the others still get theirs
            log.exception("an outfit of the day failed")
    return sent


async def send_mornings_regularly(application: Application) -> None:
    """Every minute while the bot runs."""
    while True:
        await asyncio.sleep(EVERY_S)
        try:
            await send_mornings(application)
        except Exception:  # the database was away: next minute
            log.exception("sending the outfits of the day failed")
