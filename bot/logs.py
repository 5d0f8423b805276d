"""Logs that leak nothing: bot tokens and people's names are cut out of every record, at every level,
whoever logs it (python-telegram-bot and httpx put the token in request URLs; at DEBUG
python-telegram-bot logs whole updates and API results, which carry names and usernames)."""

from __future__ import annotations

import logging
import re

TOKEN = re.compile(r"\d{5,}:[A-Za-z0-9_-]{20,}")
# a name field as a dict's repr, JSON or a TelegramObject's repr writes it: 'first_name': 'Mina',
# "username": "mina_k", first_name='Mina'
NAME = re.compile(r"""(\b(?:first_name|last_name|username|title)['"]?\s*[:=]\s*)(['"])(?:\\.|(?!\2).)*\2""")


def redact(text: str) -> str:
    """The text without bot tokens and name fields."""
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


def install() -> None:
    """Redact on every handler of the root logger, and keep HTTP clients' request lines quiet."""
    root = logging.getLogger()
    for handler in root.handlers or [logging.lastResort]:
        if handler is not None and not any(isinstance(f, Redact) for f in handler.filters):
            handler.addFilter(Redact())
    for noisy in ("httpx", "httpcore"):
        logging.getLogger(noisy).setLevel(max(logging.WARNING, logging.getLogger(noisy).level))
