"""Outbound limits: python-telegram-bot's `AIORateLimiter` (30 requests/s per bot, 20 messages/min
per group, `RetryAfter` waited out and retried) plus about one message a second to each private chat,
which Telegram asks for and `AIORateLimiter` leaves to the caller. Chat actions, press
acknowledgements and file lookups are not messages: they are not held back."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any

from aiolimiter import AsyncLimiter
from telegram.ext import AIORateLimiter

PER_CHAT = (3, 3.0)  # 3 messages per 3 s to one chat: an answer's photo and listing go out at once
RETRIES = 3  # RetryAfter (429) waited out and retried this many times
QUIET = frozenset(
    {"sendChatAction", "answerCallbackQuery", "getFile", "getUpdates"}
)  # not messages: unlimited
MAX_CHATS = 4096  # limiters kept for this many chats; the idle ones go first


class ChatRateLimiter(AIORateLimiter):
    """`AIORateLimiter` and a limiter per private chat for the methods that send messages."""

    def __init__(self) -> None:
        super().__init__(max_retries=RETRIES)
        self._chats: dict[int, AsyncLimiter] = {}

    def _chat_limiter(self, chat_id: int) -> AsyncLimiter:
        if len(self._chats) > MAX_CHATS:
            for key, limiter in list(self._chats.items()):
                if limiter.has_capacity(limiter.max_rate):
                    del self._chats[key]
        return self._chats.setdefault(chat_id, AsyncLimiter(*PER_CHAT))

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, bool | dict[str, Any] | list[dict[str, Any]]]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> bool | dict[str, Any] | list[dict[str, Any]]:
        if endpoint in QUIET:
            return await callback(*args, **kwargs)
        try:
            chat_id = int(data.get("chat_id"))  # type: ignore[arg-type]
        except (TypeError, ValueError):
            chat_id = 0
        if chat_id > 0:
            async with self._chat_limiter(chat_id):
                return await super().process_request(callback, args, kwargs, endpoint, data, rate_limit_args)
        return await super().process_request(callback, args, kwargs, endpoint, data, rate_limit_args)
