"""The test fakes themselves: a wait sees only what the bot did after the previous wait's match."""

from __future__ import annotations

import pytest

from tests.fakes.telegram import Call, FakeBotApi


async def test_a_wait_never_matches_a_call_an_earlier_wait_matched() -> None:
    api = FakeBotApi()
    api.calls.append(Call("sendMessage", {"text": "first answer"}, {}))
    assert (await api.wait_for(lambda c: c.method == "sendMessage", timeout=1)).params[
        "text"
    ] == "first answer"
    with pytest.raises(TimeoutError):  # the same answer again would let a test pass on a stale reply
        await api.wait_for(lambda c: c.method == "sendMessage", timeout=0.2)
    api.calls.append(Call("sendMessage", {"text": "second answer"}, {}))
    assert (await api.wait_for(lambda c: c.method == "sendMessage", timeout=1)).params[
        "text"
    ] == "second answer"
