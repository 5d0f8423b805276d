"""Webhook mode with two bot processes' Applications on one database (SQLite and PostgreSQL), each
behind its own webhook server, fed over HTTP as Telegram would: a request without the secret is
refused and not processed; the same update delivered to both is answered once; a button on an
answer one process made is answered by the other."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from dataclasses import replace
from typing import Any

import aiohttp
import pytest
from sqlalchemy import func, select

from application import Settings
from benchmarks.reliability import analysis_id, messages_to, until
from bot.app import build_application
from bot.webhook import SECRET_HEADER, check, serve
from inference import LocalWorker
from storage import UpdateRecord
from tests.conftest import clothing_photos
from tests.fakes.telegram import FakeBotApi
from tests.postgres import free_port

SECRET = "s3cret_token-for-tests"


@contextlib.asynccontextmanager
async def webhook_process(settings: Settings, api: FakeBotApi, worker: LocalWorker) -> AsyncIterator[Any]:
    """One bot process in webhook mode (its Application and its server); yields its webhook URL."""
    port = free_port()
    url = f"http://127.0.0.1:{port}/telegram/hook"
    configured = replace(
        settings,
        telegram_token=api.token,
        telegram_api_url=api.api_url,
        telegram_webhook_url=url,
        telegram_webhook_secret=SECRET,
        listen=f"127.0.0.1:{port}",
    )
    check(configured)
    application = build_application(configured)
    application.bot_data["worker"] = worker
    await application.initialize()
    await application.post_init(application)  # type: ignore[misc]
    stop = asyncio.Event()
    task = asyncio.create_task(serve(application, configured, stop))

    async def healthy() -> bool:
        with contextlib.suppress(aiohttp.ClientError):
            async with aiohttp.ClientSession() as http, http.get(f"http://127.0.0.1:{port}/health") as r:
                return r.status == 200
        return False

    for _ in range(100):
        if await healthy():
            break
        await asyncio.sleep(0.05)
    try:
        yield url, application
    finally:
        stop.set()
        await task
        await application.post_shutdown(application)  # type: ignore[misc]
        await application.shutdown()


async def deliver(url: str, update: dict[str, Any], secret: str = SECRET) -> int:
    """POST an update as Telegram does; the HTTP status."""
    headers = {SECRET_HEADER: secret}
    async with aiohttp.ClientSession() as http, http.post(url, json=update, headers=headers) as response:
        return response.status


def test_webhook_mode_needs_a_secret(settings: Settings) -> None:
    with pytest.raises(ValueError, match="TELEGRAM_WEBHOOK_SECRET"):
        check(replace(settings, telegram_webhook_url="https://bot.example/hook", telegram_webhook_secret=""))


async def test_two_processes_share_the_updates_and_the_conversation(
    settings: Settings, worker: LocalWorker
) -> None:
    api = FakeBotApi()
    await api.start()
    try:
        async with (
            webhook_process(settings, api, worker) as (first, app),
            webhook_process(settings, api, worker) as (second, _),
        ):
            assert any(c.method == "setWebhook" and c.params.get("secret_token") == SECRET for c in api.calls)
            user = api.user(31)
            forged = api.update(message=api.command_message(user, "/help"))
            assert await deliver(first, forged, secret="wrong") == 403
            assert await deliver(second, forged, secret="") == 403
            await asyncio.sleep(0.3)
            assert messages_to(api, 31) == []  # refused: never processed

            once = api.update(message=api.command_message(user, "/help"))
            statuses = await asyncio.gather(deliver(first, once), deliver(second, once))
            assert statuses == [200, 200]
            assert await until(lambda: bool(messages_to(api, 31)), 10)
            await asyncio.sleep(0.5)
            assert len(messages_to(api, 31)) == 1  # answered once, by one of them

            message = api.photo_message(user, clothing_photos("T-Shirt")[0].read_bytes())
            assert await deliver(first, api.update(message=message)) == 200
            assert await until(lambda: any(analysis_id(c) for c in messages_to(api, 31)), 60)
            aid = next(analysis_id(c) for c in messages_to(api, 31) if analysis_id(c))
            since = len(api.calls)
            assert await deliver(second, api.callback_update(user, message, f"o:{aid}")) == 200
            assert await until(lambda: any(c.method == "sendPhoto" for c in messages_to(api, 31, since)), 60)

            async def pending() -> int:  # done marks follow the last reply by a few milliseconds
                async with app.bot_data["stylist"].sessions() as session:
                    return int(
                        await session.scalar(select(func.count()).where(UpdateRecord.done_at.is_(None))) or 0
                    )

            for _ in range(50):
                if await pending() == 0:
                    break
                await asyncio.sleep(0.1)
            assert await pending() == 0
    finally:
        await api.stop()


async def test_outbound_limits_space_a_chat_and_honour_retry_after(settings: Settings) -> None:
    """Six messages to one chat at once go out at about one a second after the first three; a 429
    with retry_after is waited out and the message still arrives."""
    import time

    api = FakeBotApi()
    await api.start()
    application = build_application(replace(settings, telegram_token=api.token, telegram_api_url=api.api_url))
    await application.initialize()
    try:
        started = time.perf_counter()
        await asyncio.gather(*(application.bot.send_message(41, f"m{i}") for i in range(6)))
        sent = sorted(c.at for c in api.sent("sendMessage"))
        assert len(sent) == 6 and sent[-1] - started >= 2.5  # 3 at once, then one a second
        api.too_many["sendMessage"] = 1
        await application.bot.send_message(42, "after a 429")
        assert [c.params["text"] for c in api.sent("sendMessage")][-2:] == ["after a 429"] * 2
    finally:
        await application.shutdown()
        await api.stop()
