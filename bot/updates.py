"""How updates reach the handlers: journalled, then in lanes.

- `JournallingBot.get_updates` claims each batch that long polling fetches in the journal, in one
  transaction, before the Updater's next getUpdates confirms it to Telegram.
- `JournalQueue` is the Application's update queue: the webhook server `put`s every update into it
  before it answers Telegram 200, so an update not claimed by a batch is claimed there. Either way an
  update Telegram considers delivered is in the database, and one that another delivery or another
  process claimed already is dropped.
- `Lanes` is the update processor: photos and image files (a download and the model) go through a
  lane of their own, at most `heavy` at once, so that commands, typed words, button presses and
  votes never wait behind queued photos or a slow model. Each update is marked done in the journal
  once its handlers returned.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable
from typing import Any

from telegram import Update
from telegram.ext import BaseUpdateProcessor, ExtBot

from application.journal import Journal

log = logging.getLogger(__name__)
LIGHT_AT_ONCE = 256  # commands, words, presses and votes in flight at once


class JournallingBot(ExtBot):  # type: ignore[type-arg]
    """The bot, claiming what getUpdates returns (once a journal is attached); updates claimed
    before are left out."""

    __slots__ = ("journal",)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.attach(None)

    def attach(self, journal: Journal | None) -> None:
        """Claim getUpdates batches in `journal` from now on (the bot object is frozen otherwise)."""
        with self._unfrozen():
            self.journal = journal

    async def get_updates(self, *args: Any, **kwargs: Any) -> tuple[Update, ...]:
        updates = await super().get_updates(*args, **kwargs)
        if self.journal is None or not updates:
            return updates
        claimed = await self.journal.claim({u.update_id: u.to_dict() for u in updates})
        self.journal.fresh |= claimed
        for update in updates:
            if update.update_id not in claimed:
                log.info("update %d was claimed before: not handled again", update.update_id)
        return tuple(u for u in updates if u.update_id in claimed)


class JournalQueue(asyncio.Queue):  # type: ignore[type-arg]
    """The update queue, claiming each update (once a journal is attached) that a getUpdates batch
    did not claim already, before queueing it."""

    journal: Journal | None = None

    async def put(self, item: Any) -> None:
        journal = self.journal if isinstance(item, Update) else None
        if journal is not None:
            if item.update_id in journal.fresh:
                journal.fresh.discard(item.update_id)
            elif not await journal.claim({item.update_id: item.to_dict()}):
                log.info("update %d was claimed before: not handled again", item.update_id)
                return
        await super().put(item)

    async def take_over(self, updates: list[Update]) -> None:
        """Queue updates this process has already claimed (orphans it took over)."""
        for item in updates:
            await super().put(item)


def is_heavy(update: object) -> bool:
    """A photo or a file sent (not a press on a message that has one): a download and the model."""
    message = update.message if isinstance(update, Update) else None
    return bool(message and (message.photo or message.document))


class Lanes(BaseUpdateProcessor):
    """Photos and files at most `heavy` at once, everything else at once; each update marked done."""

    def __init__(self, heavy: int, light: int = LIGHT_AT_ONCE) -> None:
        super().__init__(max_concurrent_updates=heavy + light)
        self.heavy = heavy
        self._heavy: asyncio.Semaphore | None = None
        self.journal: Journal | None = None

    async def initialize(self) -> None:
        self._heavy = asyncio.Semaphore(self.heavy)

    async def shutdown(self) -> None:
        """Nothing to release."""

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        if is_heavy(update):
            assert self._heavy is not None, "Lanes.initialize() was not called"
            async with self._heavy:
                await coroutine
        else:
            await coroutine
        if self.journal is not None and isinstance(update, Update):
            try:
                await self.journal.done(update.update_id)
            except Exception:  # it was answered; at worst it is handled again after a restart
                log.exception("update %d could not be marked done", update.update_id)
