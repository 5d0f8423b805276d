"""The python-telegram-bot Application: built from settings, opened in post_init, closed in post_shutdown."""

from __future__ import annotations

import asyncio
import contextlib
import logging

from telegram import BotCommand, Update
from telegram.error import TelegramError
from telegram.ext import Application, ApplicationBuilder
from telegram.request import HTTPXRequest

from application import Settings, Stylist
from application.journal import Journal
from application.retention import EVERY_S, expire

from . import logs
from .daily import send_mornings_regularly
from .handlers import register
from .limits import ChatRateLimiter
from .updates import JournallingBot, JournalQueue, Lanes

log = logging.getLogger(__name__)
RELOAD_S = 30.0  # how often a bot process looks for a new catalogue version


async def post_init(application: Application) -> None:
    """Open the database, the model and the catalogue before the first update; journal the updates
    and take over those a stopped process left pending."""
    settings: Settings = application.bot_data["settings"]
    stylist = await Stylist.open(settings, worker=application.bot_data.get("worker"))
    application.bot_data["stylist"] = stylist
    await expire_once(stylist, settings.retention_days)  # before the first update, not beside it
    application.bot_data["expiry"] = asyncio.create_task(expire_regularly(stylist, settings.retention_days))
    application.bot_data["reload"] = asyncio.create_task(reload_regularly(stylist))
    application.bot_data["mornings"] = asyncio.create_task(send_mornings_regularly(application))
    journal = stylist.journal
    if settings.telegram_webhook_url:  # other processes share the journal: only expired claims
        await open_journal(application, journal, settings.lease_s)
        application.bot_data["sweep"] = asyncio.create_task(
            take_over_regularly(application, journal, settings.lease_s)
        )
    else:  # long polling: this is the only process, whatever is pending was left by a dead one
        await open_journal(application, journal)
    await set_commands(application)
    log.info("Stylist is ready: %d catalogue products", len(stylist.index))


async def open_journal(application: Application, journal: Journal, lease_s: float = 0.0) -> None:
    """Claim every update in `journal` from now on, and queue the ones left pending (by a process
    that stopped: with polling there is no other) to be handled first."""
    queue, lanes, bot = application.update_queue, application.update_processor, application.bot
    if not (isinstance(queue, JournalQueue) and isinstance(lanes, Lanes) and isinstance(bot, JournallingBot)):
        return  # an Application not built by build_application
    queue.journal = lanes.journal = journal
    bot.attach(journal)
    pending = [Update.de_json(payload, application.bot) for payload in await journal.orphans(lease_s)]
    await queue.take_over(pending)


async def reload_regularly(stylist: Stylist) -> None:
    """Pick up a new catalogue version (`stylist catalog build` run beside the bot) every little while."""
    while True:
        await asyncio.sleep(RELOAD_S)
        try:
            await stylist.reload_if_changed()
        except Exception:  # a half-written catalogue, the database away: next time
            log.exception("picking up the new catalogue failed")


async def take_over_regularly(application: Application, journal: Journal, lease_s: float) -> None:
    """Webhook mode: every little while (an eighth of the lease), take over the updates a dead
    process left pending: claimed more than `lease_s` ago and not done."""
    while True:
        await asyncio.sleep(lease_s / 8)
        try:
            pending = await journal.orphans(lease_s)
        except Exception:  # the database is away: next time
            log.exception("taking over pending updates failed")
            continue
        await application.update_queue.take_over([Update.de_json(p, application.bot) for p in pending])  # type: ignore[attr-defined]


MENU = {  # the command menu, in English (everyone else) and Korean
    "en": {
        "outfit": "Match an outfit for the last photo",
        "settings": "Who you shop for and your price band",
        "wardrobe": "Your saved garments",
        "favourites": "Products you kept (“save #2”)",
        "daily": "An outfit every morning (“/daily off” stops it)",
        "forget": "Delete everything stored about you",
        "help": "What Stylist can do",
    },
    "ko": {
        "outfit": "마지막 사진에 어울리는 코디",
        "settings": "성별과 가격대 설정",
        "wardrobe": "내 옷장",
        "favourites": "찜한 상품",
        "daily": "매일 아침 코디 받기 (“/daily off”로 중지)",
        "forget": "저장된 내 정보 모두 삭제",
        "help": "도움말",
    },
}


async def set_commands(application: Application) -> None:
    """Register the command menu (setMyCommands) in both languages; a failure only costs the menu."""
    try:
        for language, commands in MENU.items():
            await application.bot.set_my_commands(
                [BotCommand(name, about) for name, about in commands.items()],
                language_code=None if language == "en" else language,
            )
    except TelegramError as exc:
        log.warning("the command menu was not registered: %s", exc)


async def expire_once(stylist: Stylist, days: int) -> None:
    """Delete what is older than the retention period; a failed pass is retried next time."""
    try:
        deleted = await expire(stylist.sessions, days)
    except Exception:  # the bot goes on; the rows go next time
        log.exception("retention pass failed")
        return
    if deleted:
        log.info("retention: %d rows older than %d days deleted", deleted, days)


async def expire_regularly(stylist: Stylist, days: int) -> None:
    """Expire old rows every few hours while the bot runs."""
    while True:
        await asyncio.sleep(EVERY_S)
        await expire_once(stylist, days)


async def post_shutdown(application: Application) -> None:
    """Release what post_init opened."""
    for name in ("expiry", "sweep", "reload", "mornings"):
        task: asyncio.Task | None = application.bot_data.pop(name, None)
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
    stylist: Stylist | None = application.bot_data.pop("stylist", None)
    if stylist is not None:
        await stylist.close()


def build_application(settings: Settings) -> Application:
    """An Application talking to `TELEGRAM_API_URL` (Telegram's or a local Bot API server)."""
    if not settings.telegram_token:
        raise ValueError("TELEGRAM_BOT_TOKEN is not set")
    bot = JournallingBot(
        settings.telegram_token,
        base_url=settings.telegram_api_url,
        base_file_url=settings.file_url,
        request=HTTPXRequest(connection_pool_size=256),
        get_updates_request=HTTPXRequest(),
        rate_limiter=ChatRateLimiter(),
    )
    application = (
        ApplicationBuilder()
        .bot(bot)
        .update_queue(JournalQueue())
        .concurrent_updates(Lanes(heavy=settings.worker_max_batch))
        .post_init(post_init)
        .post_shutdown(post_shutdown)
        .build()
    )
    application.bot_data["settings"] = settings
    register(application)
    return application


def run_polling(settings: Settings) -> None:
    """Run the bot with long polling until interrupted."""
    logs.install(settings.telegram_token, settings.naver_client_secret, settings.worker_token)
    build_application(settings).run_polling(allowed_updates=Update.ALL_TYPES)
