"""The reliability suite (`benchmarks.reliability`) at a small scale, through the real Application
over HTTP: forged presses leak nothing, a burst of new users' photos is answered once each with no
error, a slow or absent Naver costs an outfit seconds, a SIGKILLed `stylist bot` loses nothing and
answers nothing twice after its restart, cheap files stay cheap, and no log line at DEBUG holds the
token or a name. The figures at full scale are in the README."""

from __future__ import annotations

from pathlib import Path

from telegram import Update
from telegram.ext import Application

from application import Settings
from application.journal import Journal
from benchmarks import reliability
from inference import LocalWorker
from storage import create_engine, session_factory
from tests.fakes.telegram import FakeBotApi


async def test_forged_presses_leak_nothing(settings: Settings, worker: LocalWorker) -> None:
    result = await reliability.forged(settings, worker)
    assert result == {"presses": 5, "refused": 5, "leaks": 0}


async def test_a_burst_of_new_users_is_answered_once_each(settings: Settings, worker: LocalWorker) -> None:
    """8 new users × 3 photos at once while 2 others press buttons: no error, none lost or doubled,
    every press acknowledged — and acknowledged while photos still queue (the lanes)."""
    result = await reliability.burst(settings, users=8, photos=3, pressers=2, worker=worker)
    assert (result["error_replies"], result["lost"], result["duplicated"]) == (0, 0, 0), result
    assert result["presses"] and result["presses_unacknowledged"] == 0, result
    assert result["ack_p95_s"] < result["photo_answer_p95_s"]


async def test_slow_then_absent_naver_costs_outfits_seconds(settings: Settings, worker: LocalWorker) -> None:
    result = await reliability.naver(settings, outfits=2, delay_s=10.0, worker=worker)
    for phase in ("slow", "down"):
        figures = result[phase]
        assert figures["answered"] == figures["outfits"] == 2, result
        assert figures["outfit_max_s"] < 5.0 and figures["help_s"] < 1.0, result
        assert figures["links"] and figures["search_links"] == figures["links"], result
        assert figures["said_shop_is_slow"] == 2, result  # and said why
    assert result["quota_counted"] == result["naver_received"], result


async def test_sigkill_mid_burst_loses_nothing_and_answers_nothing_twice(
    settings: Settings, tmp_path: Path
) -> None:
    """Nothing lost. An update is marked done just after its answer went out: one answered in the
    moment before the kill but not yet marked is answered again after the restart (a crash can
    repeat an answer, never drop one) — so any update answered twice was answered within the last
    second before the kill, never earlier."""
    result = await reliability.kill(settings, tmp_path, photos=6, presses=3, after_s=0.5)
    assert result["lost"] == 0, result
    assert all(s < 1.0 for s in result["twice_first_answered_before_kill_s"]), result
    assert result["_log_leaks"] == []


async def test_cheap_files_stay_cheap(settings: Settings, worker: LocalWorker) -> None:
    result = await reliability.strips(settings, worker)
    for name, figures in result.items():
        assert figures["answer_s"] is not None and figures["answer_s"] < 5.0, (name, figures)
        assert figures["extra_mb"] < 300, (name, figures)


async def test_the_same_update_twice_is_handled_once(polling_app: Application, fake_api: FakeBotApi) -> None:
    """A redelivery (webhook retry, or another process given it): claimed once, answered once."""
    user = fake_api.user(7)
    update = fake_api.update(message=fake_api.command_message(user, "/help"))
    for _ in range(2):
        await polling_app.update_queue.put(Update.de_json(update, polling_app.bot))
    await fake_api.wait_for(lambda c: reliability.messages_to(fake_api, 7) != [])
    assert await reliability.until(lambda: False, 0.5) is False  # a second answer would come by now
    assert len(reliability.messages_to(fake_api, 7)) == 1


async def test_updates_a_stopped_process_left_pending_are_answered_at_start(
    settings: Settings, worker: LocalWorker, fake_api: FakeBotApi
) -> None:
    user = fake_api.user(8)
    update = fake_api.update(message=fake_api.command_message(user, "/help"))
    engine = create_engine(settings.database_url)
    try:
        journal = Journal(session_factory(engine), owner="killed")
        assert await journal.claim({update["update_id"]: update}) == {update["update_id"]}
    finally:
        await engine.dispose()
    async with reliability.polling(settings, fake_api, worker):
        await fake_api.wait_for(lambda c: reliability.messages_to(fake_api, 8) != [])
