"""The latency benchmark's clock: what it counts as the outfit's arrival."""

from __future__ import annotations

from benchmarks.bot_latency import _outfit_sent
from tests.fakes.telegram import Call


def test_the_outfit_is_timed_to_its_listing_not_to_a_later_question() -> None:
    """A new user's "who do you shop for?" goes out a second after the outfit (one message a second
    per chat): the outfit's time is its listing's, the message after its collage."""
    calls = [
        Call("answerCallbackQuery", {}, at=0.01),
        Call("sendPhoto", {"caption": "Outfit"}, at=0.05),
        Call("sendMessage", {"text": "Outfit listing"}, at=0.06),
        Call("sendMessage", {"text": "Who do you shop for?"}, at=1.0),
    ]
    assert _outfit_sent(calls) == 0.06
