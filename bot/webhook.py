"""Webhook mode, for several bot processes behind one load balancer on one database.

`stylist bot` with `TELEGRAM_WEBHOOK_URL` set registers that URL with `setWebhook` (its
`secret_token` is `TELEGRAM_WEBHOOK_SECRET`) and serves it on `STYLIST_LISTEN` with a thin aiohttp
server that feeds the Application's update queue, so the handlers are those of long polling:

- a request without the matching `X-Telegram-Bot-Api-Secret-Token` header is refused (403) and
  never reaches the queue;
- an update is claimed in the journal before the request is answered 200, so a crash before that
  makes Telegram deliver it again, and the same update delivered twice, or to two processes, is
  handled once;
- updates a dead process had claimed but not finished are taken over by the others once their
  lease has passed (`STYLIST_LEASE_S`, 120 s), and the conversation state lives in the database,
  so a button made by one process works on any other.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import logging
import re
import signal
from urllib.parse import urlsplit

from aiohttp import web
from telegram import Update
from telegram.ext import Application

from application import Settings

from . import logs
from .app import build_application

log = logging.getLogger(__name__)
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
SECRET = re.compile(r"[A-Za-z0-9_-]{1,256}")  # what Telegram accepts as a secret_token
APPLICATION_KEY = web.AppKey("application", Application)


def check(settings: Settings) -> None:
    """Refuse a webhook configuration Telegram or this server would not work with."""
    if not SECRET.fullmatch(settings.telegram_webhook_secret):
        raise ValueError("TELEGRAM_WEBHOOK_SECRET is required in webhook mode (1-256 of A-Z a-z 0-9 _ -)")
    if urlsplit(settings.telegram_webhook_url).scheme not in ("https", "http"):
        raise ValueError("TELEGRAM_WEBHOOK_URL must be an http(s) URL")


def listen_address(settings: Settings) -> tuple[str, int]:
    host, _, port = settings.listen.rpartition(":")
    return host.strip("[]") or "0.0.0.0", int(port)


def webhook_app(application: Application, path: str, secret: str) -> web.Application:
    """The aiohttp application receiving Telegram's POSTs at `path` (and `GET /health`)."""
    app = web.Application(client_max_size=1024 * 1024)
    app[APPLICATION_KEY] = application
    expected = secret.encode()

    async def receive(request: web.Request) -> web.Response:
        given = request.headers.get(SECRET_HEADER, "").encode()
        if not hmac.compare_digest(given, expected):
            return web.Response(status=403, text="forbidden")
        try:
            update = Update.de_json(await request.json(), application.bot)
        except (ValueError, TypeError, KeyError):
            return web.Response(status=400, text="not an update")
        await application.update_queue.put(update)  # claimed in the journal before the 200
        return web.Response(status=200)

    async def health(request: web.Request) -> web.Response:
        return web.json_response({"status": "ok"})

    app.router.add_post(path, receive)
    app.router.add_get("/health", health)
    return app


async def serve(application: Application, settings: Settings, stop: asyncio.Event) -> None:
    """Run an initialised Application behind the webhook server until `stop` is set."""
    path = urlsplit(settings.telegram_webhook_url).path or "/"
    runner = web.AppRunner(webhook_app(application, path, settings.telegram_webhook_secret))
    await runner.setup()
    host, port = listen_address(settings)
    site = web.TCPSite(runner, host, port)
    await site.start()
    await application.bot.set_webhook(
        settings.telegram_webhook_url,
        secret_token=settings.telegram_webhook_secret,
        allowed_updates=Update.ALL_TYPES,
    )
    await application.start()
    log.info("webhook mode: %s served on %s:%d", path, host, port)
    try:
        await stop.wait()
    finally:
        await runner.cleanup()  # no new updates; those queued are still handled
        await application.stop()


def run_webhook(settings: Settings) -> None:
    """`stylist bot` in webhook mode, until SIGTERM or SIGINT."""
    check(settings)
    secrets = (settings.naver_client_secret, settings.worker_token, settings.telegram_webhook_secret)
    logs.install(settings.telegram_token, *secrets)

    async def main() -> None:
        application = build_application(settings)
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, stop.set)
        await application.initialize()
        try:
            if application.post_init:
                await application.post_init(application)
            await serve(application, settings, stop)
        finally:
            if application.post_shutdown:
                with contextlib.suppress(Exception):
                    await application.post_shutdown(application)
            await application.shutdown()

    asyncio.run(main())
