"""The journal of incoming updates: no update lost on a crash, none handled twice.

An update is claimed in the database before it is acknowledged to Telegram (before the next
getUpdates confirms it, or before a webhook request is answered 200) and marked done once handled.
Across bot processes on one database the claim is one atomic insert, so an update that Telegram
delivers twice, or to two processes, is handled once. Updates still pending when their process died
are taken over (`orphans`): at start in polling mode (there is only one polling process), and after
a lease in webhook mode (another process may still be working on them).
"""

from __future__ import annotations

import logging
import secrets
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from storage import UpdateRecord, claim_updates

log = logging.getLogger(__name__)


class Journal:
    """Claims, completions and take-overs of updates, as one process (`owner`)."""

    def __init__(self, sessions: async_sessionmaker[AsyncSession], owner: str | None = None) -> None:
        self.sessions = sessions
        self.owner = owner or secrets.token_hex(8)
        self.fresh: set[int] = set()  # claimed by a getUpdates batch, not yet queued

    async def claim(self, updates: dict[int, dict[str, Any]]) -> set[int]:
        """Record updates (id → payload) as this process's, in one transaction; returns those it
        claimed — one missing was recorded before (a redelivery, or another process has it) and
        must not be handled here."""
        async with self.sessions() as session, session.begin():
            return await claim_updates(session, updates, self.owner)

    async def done(self, update_id: int) -> None:
        """Mark the update handled and drop its payload."""
        async with self.sessions() as session, session.begin():
            await session.execute(
                update(UpdateRecord)
                .where(UpdateRecord.update_id == update_id)
                .values(done_at=datetime.now(UTC), payload=None)
            )

    async def orphans(self, lease_s: float = 0.0) -> list[dict[str, Any]]:
        """Take over the updates still pending whose claim is older than `lease_s` seconds and not
        this process's, oldest first; each is taken by one process only (compare and set on its
        owner and claim time). Returns their payloads."""
        now = datetime.now(UTC)
        async with self.sessions() as session:
            rows = (
                await session.execute(
                    select(UpdateRecord.update_id, UpdateRecord.owner, UpdateRecord.claimed_at)
                    .where(
                        UpdateRecord.done_at.is_(None),
                        UpdateRecord.owner != self.owner,
                        UpdateRecord.claimed_at <= now - timedelta(seconds=lease_s),
                    )
                    .order_by(UpdateRecord.update_id)
                )
            ).all()
        taken = []
        for update_id, owner, claimed_at in rows:
            async with self.sessions() as session, session.begin():
                won = await session.execute(
                    update(UpdateRecord)
                    .where(
                        UpdateRecord.update_id == update_id,
                        UpdateRecord.owner == owner,
                        UpdateRecord.claimed_at == claimed_at,
                    )
                    .values(owner=self.owner, claimed_at=now)
                    .returning(UpdateRecord.payload)
                )
                payload = won.scalar_one_or_none()
            if payload is not None:
                taken.append(payload)
        if taken:
            log.warning("taking over %d updates left pending by a stopped process", len(taken))
        return taken
