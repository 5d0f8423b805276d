"""Albums: the photos of one Telegram album (one `media_group_id`) arrive as separate updates, in any
order and concurrently. They are gathered here until none is still downloading and no new one came
for `WAIT` seconds, then answered once, in the order they were sent (by message id).

The gathering lives in this process: an album's updates all reach one process under polling; with
several processes behind webhooks the proxy must route a chat's updates to one process (not built
yet)."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field

WAIT = 1.2  # seconds after an album's last photo before it is answered


@dataclass
class Gathering:
    """One album being gathered: who sent it, its photos so far and the timer that answers it."""

    chat_id: int
    user_id: int | None
    language: str
    caption: str | None = None
    photos: dict[int, tuple[bytes, str]] = field(default_factory=dict)  # message id -> (data, source)
    downloading: int = 0
    timer: asyncio.Task | None = None

    def stop_timer(self) -> None:
        if self.timer is not None:
            self.timer.cancel()
            self.timer = None

    def in_order(self) -> list[tuple[bytes, str]]:
        return [self.photos[message_id] for message_id in sorted(self.photos)]


@dataclass
class Albums:
    """The albums being gathered, by (chat, media group)."""

    open: dict[tuple[int, str], Gathering] = field(default_factory=dict)

    def expect(
        self, key: tuple[int, str], user_id: int | None, language: str, caption: str | None
    ) -> Gathering:
        """A photo of album `key` is downloading: the album waits for it."""
        gathering = self.open.setdefault(key, Gathering(key[0], user_id, language))
        gathering.caption = gathering.caption or caption
        gathering.downloading += 1
        gathering.stop_timer()
        return gathering

    def arrived(self, key: tuple[int, str], message_id: int, photo: tuple[bytes, str] | None) -> Gathering:
        """A photo finished downloading (None: it failed, and the album goes on without it)."""
        gathering = self.open[key]
        gathering.downloading -= 1
        gathering.stop_timer()  # the timer starts again from this photo
        if photo is not None:
            gathering.photos[message_id] = photo
        return gathering

    def take(self, key: tuple[int, str]) -> Gathering | None:
        """The album, once complete (nothing downloading), taken out of the gathering."""
        gathering = self.open.get(key)
        if gathering is None or gathering.downloading:
            return None
        return self.open.pop(key)
