"""`stylist chat`: the bot's dialogue in the terminal, one message per line of standard input.

A line that is the path of an existing image file is sent as a photo, a line of several such paths
(separated by spaces) as an album, any other line as text (commands too). The answers come from the
same dialogue the Telegram handlers call; with `--json`
each input line prints exactly one JSON object: what was understood, the filters in force, and the
replies with their items' catalogue metadata.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from pathlib import Path
from typing import Any

from application import ImageRejected, Settings, Stylist, Turn, WorkerBusy, WorkerError
from application.replies import EXAMPLES
from bot.replies import action_label, render_reply

from .analyze import plain

IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".webp", ".gif", ".bmp", ".tif", ".tiff", ".heic"}


def is_photo(line: str) -> bool:
    path = Path(line)
    try:
        return path.suffix.lower() in IMAGE_SUFFIXES and path.is_file()
    except (OSError, ValueError):
        return False


def album_of(line: str) -> list[str]:
    """The photos of a line that names two or more existing image files ([] otherwise)."""
    paths = line.split()
    return paths if len(paths) >= 2 and all(is_photo(p) for p in paths) else []


def turn_json(line: str, turn: Turn) -> dict[str, Any]:
    """One input line's answer as `--json` prints it."""
    understood = turn.understood.slots() if turn.understood else {"intent": "photo"}
    if turn.understood is None and not (is_photo(line) or album_of(line)):
        understood = {"intent": "unknown"}
    replies = []
    for reply in turn.replies:
        replies.append(
            {
                "text": plain(render_reply(reply, turn.language)),
                "items": [_item(item) for item in reply.items],
                "buttons": [action_label(a, reply, turn.language) for row in reply.actions for a in row],
            }
        )
    return {"input": line, "understood": understood, "filters": turn.wish.to_dict(), "replies": replies}


def _item(item: Any) -> dict[str, Any]:
    data = item.to_dict()
    keys = ("product_id", "name", "category", "colour", "style", "gender", "price", "link", "image")
    return {key: data.get(key) for key in keys}


def turn_text(turn: Turn) -> str:
    """The answer as a person reads it in a terminal: each reply, its buttons in brackets."""
    out = []
    for reply in turn.replies:
        text = plain(render_reply(reply, turn.language))
        buttons = [action_label(a, reply, turn.language) for row in reply.actions for a in row]
        out.append(text + ("\n" + " ".join(f"[{b}]" for b in buttons) if buttons else ""))
    return "\n\n".join(out)


async def chat(args: argparse.Namespace) -> int:
    stylist = await Stylist.open(Settings.from_env())
    user_id = args.user
    try:
        for raw in sys.stdin:
            line = raw.rstrip("\n")
            try:
                if album := album_of(line):
                    photos = [(await asyncio.to_thread(Path(p).read_bytes), p) for p in album]
                    turn = await stylist.dialogue.album(user_id, user_id, photos, args.language)
                elif is_photo(line):
                    data = await asyncio.to_thread(Path(line).read_bytes)
                    turn = await stylist.dialogue.photo(
                        user_id, user_id, data, str(Path(line)), args.language
                    )
                else:
                    turn = await stylist.dialogue.text(user_id, user_id, line, args.language)
            except (ImageRejected, WorkerBusy, WorkerError, OSError) as exc:
                reason = getattr(exc, "reason", None) or "worker_down"
                print(
                    json.dumps({"input": line, "error": reason}) if args.json else f"> {line}\n{exc}",
                    flush=True,
                )
                continue
            if args.json:
                print(json.dumps(turn_json(line, turn), ensure_ascii=False), flush=True)
            else:
                print(f"> {line}\n{turn_text(turn)}\n", flush=True)
    finally:
        await stylist.close()
    return 0


def add_commands(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("chat", help="talk to Stylist in the terminal: one message (or photo path) per line")
    p.add_argument(
        "--user", type=int, default=1, help="the user (and chat) id the conversation is stored under"
    )
    p.add_argument("--language", choices=["en", "ko"], default="en", help="the user's app language")
    p.add_argument("--json", action="store_true", help="one JSON object per input line")
    p.set_defaults(func=lambda a: asyncio.run(chat(a)))


__all__ = ["EXAMPLES", "add_commands", "chat", "turn_json"]
