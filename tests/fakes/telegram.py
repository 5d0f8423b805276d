"""A local fake Telegram Bot API server (aiohttp) for offline tests of the real Application.

It speaks the Bot API's HTTP shape — `POST /bot<token>/<method>` with form or multipart bodies,
`{"ok": true, "result": ...}` answers, `GET /file/bot<token>/<path>` downloads — keeps every call for
assertions, and enforces the limits Telegram enforces (text 4096, caption 1024, callback data 64
bytes, albums 2–10, well-formed HTML), answering 400 like Telegram when a limit is broken.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import re
import time
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

ALLOWED_TAGS = {
    "b",
    "strong",
    "i",
    "em",
    "u",
    "ins",
    "s",
    "strike",
    "del",
    "a",
    "code",
    "pre",
    "span",
    "tg-spoiler",
    "blockquote",
    "tg-emoji",
}
_TAG = re.compile(r"<(/?)([a-zA-Z-]+)([^>]*)>")
_AMP = re.compile(r"&(?!(amp|lt|gt|quot|#\d+|#x[0-9a-fA-F]+);)")


def html_error(text: str) -> str | None:
    """Why Telegram would refuse this HTML, or None if it parses."""
    stack: list[str] = []
    for match in _TAG.finditer(text):
        closing, tag = match.group(1), match.group(2).lower()
        if tag not in ALLOWED_TAGS:
            return f'Can\'t parse entities: unsupported start tag "{tag}"'
        if closing:
            if not stack or stack.pop() != tag:
                return f'Can\'t parse entities: unexpected end tag "{tag}"'
        else:
            stack.append(tag)
    if stack:
        return f"Can't parse entities: can't find end tag corresponding to start tag \"{stack[-1]}\""
    stripped = _TAG.sub("", text)
    if "<" in stripped or ">" in stripped:
        return "Can't parse entities: unescaped < or >"
    if _AMP.search(stripped):
        return "Can't parse entities: unescaped &"
    return None


def visible_length(text: str, html: bool) -> int:
    if not html:
        return len(text)
    import html as html_lib

    return len(html_lib.unescape(_TAG.sub("", text)))


@dataclass
class Call:
    method: str
    params: dict[str, Any]
    files: dict[str, bytes] = field(default_factory=dict)
    at: float = field(default_factory=time.perf_counter)  # when the bot made it


class TelegramError400(Exception):
    pass


class FakeBotApi:
    """The server and its state: queued updates, stored files, and the calls the bot made."""

    def __init__(
        self, token: str = "123456:AAH-test_token_0123456789abcdef", first_update_id: int = 1
    ) -> None:
        self.token = token
        self.calls: list[Call] = []
        self._cursor = 0  # calls before this index were matched by an earlier wait_for
        self.files: dict[str, bytes] = {}
        self.updates: list[dict[str, Any]] = []
        self._update_ids = itertools.count(first_update_id)  # a bot's update ids never repeat
        self._message_ids = itertools.count(1000)
        self._new_update = asyncio.Event()
        self._runner: web.AppRunner | None = None
        self.too_many: dict[str, int] = {}  # method → retry_after: the next such call gets 429 once
        self.blocked: set[int] = set()  # chats whose user blocked the bot: sending there gets 403
        self.port = 0
        self.bot_user = {"id": 999, "is_bot": True, "first_name": "Stylist", "username": "stylist_test_bot"}

    # --- server lifecycle ---------------------------------------------------------------------
    async def start(self) -> None:
        app = web.Application(client_max_size=50 * 1024 * 1024)
        app.router.add_route("*", "/bot{token}/{method}", self._handle_method)
        app.router.add_get("/file/bot{token}/{path:.+}", self._handle_file)
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    @property
    def api_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/bot"

    @property
    def file_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/file/bot"

    # --- test helpers -------------------------------------------------------------------------
    def add_file(self, data: bytes) -> str:
        file_id = f"file{len(self.files) + 1}"
        self.files[file_id] = data
        return file_id

    def user(self, user_id: int = 42, language: str = "en") -> dict[str, Any]:
        return {"id": user_id, "is_bot": False, "first_name": "Mina", "language_code": language}

    def message(self, user: dict[str, Any], **content: Any) -> dict[str, Any]:
        return {
            "message_id": next(self._message_ids),
            "date": int(time.time()),
            "chat": {"id": user["id"], "type": "private", "first_name": user["first_name"]},
            "from": user,
            **content,
        }

    def photo_message(
        self, user: dict[str, Any], data: bytes, width: int = 300, height: int = 400
    ) -> dict[str, Any]:
        file_id = self.add_file(data)
        size = {
            "file_id": file_id,
            "file_unique_id": f"u{file_id}",
            "width": width,
            "height": height,
            "file_size": len(data),
        }
        return self.message(user, photo=[size])

    def document_message(
        self, user: dict[str, Any], data: bytes, name: str, mime: str, size: int | None = None
    ) -> dict[str, Any]:
        file_id = self.add_file(data)
        doc = {
            "file_id": file_id,
            "file_unique_id": f"u{file_id}",
            "file_name": name,
            "mime_type": mime,
            "file_size": len(data) if size is None else size,
        }
        return self.message(user, document=doc)

    def command_message(self, user: dict[str, Any], text: str) -> dict[str, Any]:
        command = text.split()[0]
        return self.message(
            user, text=text, entities=[{"type": "bot_command", "offset": 0, "length": len(command)}]
        )

    def update(self, **payload: Any) -> dict[str, Any]:
        return {"update_id": next(self._update_ids), **payload}

    def callback_update(self, user: dict[str, Any], message: dict[str, Any], data: str) -> dict[str, Any]:
        return self.update(
            callback_query={
                "id": str(next(self._message_ids)),
                "from": user,
                "message": message,
                "chat_instance": "ci",
                "data": data,
            }
        )

    def push(self, update: dict[str, Any]) -> None:
        """Queue an update for the bot's next getUpdates."""
        self.updates.append(update)
        self._new_update.set()

    def sent(self, *methods: str) -> list[Call]:
        return [c for c in self.calls if c.method in methods]

    async def wait_for(self, predicate, timeout: float = 60.0) -> Call:  # type: ignore[no-untyped-def]  # noqa: ASYNC109
        """Wait until the bot makes a call matching `predicate`, after the call the previous wait
        matched: each wait sees only what the bot did since, so it cannot match an earlier answer."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for index in range(self._cursor, len(self.calls)):
                if predicate(self.calls[index]):
                    self._cursor = index + 1
                    return self.calls[index]
            await asyncio.sleep(0.05)
        made = [(c.method, str(c.params.get("text") or c.params.get("caption"))[:80]) for c in self.calls]
        raise TimeoutError(f"the bot did not make the expected call; it made {made[self._cursor :]}")

    # --- handlers -----------------------------------------------------------------------------
    async def _handle_file(self, request: web.Request) -> web.StreamResponse:
        if request.match_info["token"] != self.token:
            return web.Response(status=404)
        file_id = request.match_info["path"].split("/")[-1]
        if file_id not in self.files:
            return web.Response(status=404)
        return web.Response(body=self.files[file_id])

    async def _handle_method(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.token:
            return web.json_response(
                {"ok": False, "error_code": 401, "description": "Unauthorized"}, status=401
            )
        method = request.match_info["method"]
        params: dict[str, Any] = {}
        files: dict[str, bytes] = {}
        if request.can_read_body:
            if request.content_type == "application/json":
                params = await request.json()
            else:
                form = await request.post()
                for key, value in form.items():
                    if isinstance(value, web.FileField):
                        files[key] = value.file.read()
                    else:
                        params[key] = _maybe_json(str(value))
        params.update({k: _maybe_json(v) for k, v in request.query.items()})
        self.calls.append(Call(method, params, files))
        if method in self.too_many:
            retry_after = self.too_many.pop(method)
            return web.json_response(
                {
                    "ok": False,
                    "error_code": 429,
                    "description": f"Too Many Requests: retry after {retry_after}",
                    "parameters": {"retry_after": retry_after},
                },
                status=429,
            )
        if method.startswith("send") and str(params.get("chat_id")) in {str(c) for c in self.blocked}:
            return web.json_response(
                {"ok": False, "error_code": 403, "description": "Forbidden: bot was blocked by the user"},
                status=403,
            )
        try:
            result = await getattr(self, f"_{method}", self._unknown)(params, files)
        except TelegramError400 as exc:
            return web.json_response(
                {"ok": False, "error_code": 400, "description": f"Bad Request: {exc}"}, status=400
            )
        return web.json_response({"ok": True, "result": result})

    async def _unknown(self, params: dict[str, Any], files: dict[str, bytes]) -> Any:
        return True

    async def _getMe(self, params: dict[str, Any], files: dict[str, bytes]) -> Any:
        return self.bot_user

    async def _deleteWebhook(self, params: dict[str, Any], files: dict[str, bytes]) -> Any:
        return True

    async def _getUpdates(self, params: dict[str, Any], files: dict[str, bytes]) -> Any:
        offset = int(params.get("offset") or 0)
        timeout = float(params.get("timeout") or 0)
        self.updates = [u for u in self.updates if u["update_id"] >= offset]
        if not self.updates and timeout:
            self._new_update.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._new_update.wait(), min(timeout, 1.0))
        return self.updates[: int(params.get("limit") or 100)]

    async def _getFile(self, params: dict[str, Any], files: dict[str, bytes]) -> Any:
        file_id = params["file_id"]
        if file_id not in self.files:
            raise TelegramError400("invalid file_id")
        return {
            "file_id": file_id,
            "file_unique_id": f"u{file_id}",
            "file_size": len(self.files[file_id]),
            "file_path": f"photos/{file_id}",
        }

    def _check_text(self, text: str, params: dict[str, Any], limit: int) -> None:
        html = params.get("parse_mode") == "HTML"
        if html and (error := html_error(text)):
            raise TelegramError400(error)
        if visible_length(text, html) > limit:
            raise TelegramError400("message is too long" if limit == 4096 else "message caption is too long")
        if not text.strip():
            raise TelegramError400("message text is empty")

    def _check_markup(self, params: dict[str, Any]) -> None:
        markup = params.get("reply_markup")
        if isinstance(markup, dict):
            for row in markup.get("inline_keyboard", []):
                for button in row:
                    if len(button.get("callback_data", "").encode()) > 64:
                        raise TelegramError400("BUTTON_DATA_INVALID")

    def _sent_message(self, params: dict[str, Any], **content: Any) -> dict[str, Any]:
        chat_id = int(params["chat_id"])
        return {
            "message_id": next(self._message_ids),
            "date": int(time.time()),
            "chat": {"id": chat_id, "type": "private"},
            "from": self.bot_user,
            **content,
        }

    async def _sendMessage(self, params: dict[str, Any], files: dict[str, bytes]) -> Any:
        self._check_text(str(params["text"]), params, 4096)
        self._check_markup(params)
        return self._sent_message(params, text=params["text"])

    async def _sendPhoto(self, params: dict[str, Any], files: dict[str, bytes]) -> Any:
        if "caption" in params:
            self._check_text(str(params["caption"]), params, 1024)
        self._check_markup(params)
        if not files and not isinstance(params.get("photo"), str):
            raise TelegramError400("there is no photo in the request")
        photo = {"file_id": f"sent{len(self.calls)}", "file_unique_id": "x", "width": 1, "height": 1}
        return self._sent_message(params, photo=[photo], caption=params.get("caption"))

    async def _sendMediaGroup(self, params: dict[str, Any], files: dict[str, bytes]) -> Any:
        media = params["media"]
        if not 2 <= len(media) <= 10:
            raise TelegramError400("wrong number of media in the album")
        for item in media:
            photo = str(item.get("media", ""))
            if item.get("type") != "photo" or photo.startswith("attach://") and photo[9:] not in files:
                raise TelegramError400("wrong file identifier/HTTP URL specified")
            if "caption" in item:
                self._check_text(item["caption"], item, 1024)
        return [
            self._sent_message(
                params, photo=[{"file_id": "m", "file_unique_id": "m", "width": 1, "height": 1}]
            )
            for _ in media
        ]

    async def _answerCallbackQuery(self, params: dict[str, Any], files: dict[str, bytes]) -> Any:
        if len(str(params.get("text", ""))) > 200:
            raise TelegramError400("answer text is too long")
        return True

    async def _editMessageText(self, params: dict[str, Any], files: dict[str, bytes]) -> Any:
        self._check_text(str(params["text"]), params, 4096)
        return self._sent_message({"chat_id": params.get("chat_id", 0)}, text=params["text"])

    async def _editMessageCaption(self, params: dict[str, Any], files: dict[str, bytes]) -> Any:
        self._check_text(str(params.get("caption", "")), params, 1024)
        return self._sent_message({"chat_id": params.get("chat_id", 0)}, caption=params.get("caption"))

    async def _editMessageReplyMarkup(self, params: dict[str, Any], files: dict[str, bytes]) -> Any:
        self._check_markup(params)
        return self._sent_message({"chat_id": params.get("chat_id", 0)}, text="")


def _maybe_json(value: str) -> Any:
    if value[:1] in "[{":
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value
