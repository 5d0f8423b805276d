"""Logs that leak nothing: bot tokens and people's names are cut out of every record, at every level,
whoever logs it (python-telegram-bot and httpx put the token in request URLs; at DEBUG
python-telegram-bot logs whole updates and API results, which carry names and usernames)."""

from __future__ import annotations

import logging
import re

TOKEN = re.compile(r"\d{5,}:[A-Za-z0-9_-]{20,}")
# a name field, or a message's words (which may name people), as a dict's repr, JSON or a
# TelegramObject's repr writes it: 'first_name': 'Mina', "username": "mina_k", text='Hi Mina!'
NAME = re.compile(
    r"""(\b(?:first_name|last_name|username|title|text|caption)['"]?\s*[:=]\s*)(['"])(?:\\.|(?!\2).)*\2""",
    re.DOTALL,
)


SECRETS: set[str] = set()  # the configured token and keys, cut wherever they appear


def redact(text: str) -> str:
    """The text without bot tokens (and the configured secrets), name fields and message words."""
    for secret in SECRETS:
        text = text.replace(secret, "<secret>")
    return NAME.sub(r"\1\2<hidden>\2", TOKEN.sub("<token>", text))


class Redact(logging.Filter):
    """Replace tokens and name fields in a record's message (its arguments formatted in first) and
    in its traceback."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        clean = redact(message)
        if clean != message:
            record.msg, record.args = clean, None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        return True


def install(*secrets: str) -> None:
    """Redact on every handler of the root logger (`secrets` too: the token, the Naver key), and
    keep HTTP clients' request lines quiet."""
    SECRETS.update(secret for secret in secrets if len(secret) >= 8)
    root = logging.getLogger()
    for handler in root.handlers or [logging.lastResort]:
        if handler is not None and not any(isinstance(f, Redact) for f in handler.filters):
            handler.addFilter(Redact())
    for noisy in ("httpx", "httpcore"):
        logging.getLogger(noisy).setLevel(max(logging.WARNING, logging.getLogger(noisy).level))
