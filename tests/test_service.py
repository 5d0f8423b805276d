"""The application service on a real migrated SQLite file and a small real catalogue: analysis storage,
outfits for every slot, Naver links through the fake Naver server, rebuilds that add only what is new."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any
from urllib.parse import quote, quote_plus

import numpy as np
import pytest
from PIL import Image
from sqlalchemy import func, inspect, select

from application import Item, Reason, Settings, Slot, StaleAnalysis, Stylist, feedback_summary
from application.chat_states import load_conversation
from application.looks import look_of
from application.profile import outfit_gender
from application.reasons import reason_for
from application.records import search_categories, unsure_kind
from bot.texts import render_items, word_reason
from catalog import (
    Catalog,
    CatalogItem,
    build_catalog,
    index_key_path,
    latest_version,
    open_index,
    read_index_key,
    save_index,
)
from cli import main as cli_main
from inference import Analyzer, LocalWorker
from matching import ProductIndex
from matching.outfits import Candidate, score_candidate
from storage import Analysis as AnalysisRow
from storage import CatalogVersion, Product, Recommendation, create_engine, session_factory, upgrade_sync
from tests.conftest import DATA, clothing_photos, migrated_sessions
from tests.fakes.naver import Failure, FakeNaver
from vocabulary import SLOT_CATEGORIES, slot_of


async def test_analysis_is_stored_and_outfit_covers_slots(stylist: Stylist) -> None:
    service = stylist
    stored = await service.analyse.analyze(clothing_photos("Dress")[0].read_bytes(), source="test", user_id=1)
    row = await service.recommend.load(stored.id, 1)
    assert row.category == stored.analysis.category.label
    assert len(row.embedding) == 4 * service.index.dim == 4 * service.worker.index_dim
    await _sure_of_gender(service, stored.id, "women")
    slots = await service.recommend.outfit(stored.id, user_id=1)
    preferred = list(service.recommend.slots_for(row.category, limit=8))
    names = [s.name for s in slots]
    assert names and names == [slot for slot in preferred if slot in names]  # the preferred order kept
    assert service.recommend.slots_for("dress")[:2] == ("shoes", "bag")  # a dress gets shoes and a bag
    look = look_of(await service.recommend.load(stored.id, 1))
    for slot in slots:  # three each, or all that fit when the small catalogue has fewer
        assert len(slot.items) == min(3, len(service.recommend.pool(slot.name, look)[0]))
        assert len({i.product_id for i in slot.items}) == len(slot.items)
        for item in slot.items:
            product = service.catalog.items[item.product_id]
            assert product.category in SLOT_CATEGORIES[slot.name]
            assert item.link.startswith("https://search.shopping.naver.com/search/all?query=")
    async with service.sessions() as session:
        count = (await session.execute(select(func.count(Recommendation.id)))).scalar_one()
    assert count == sum(len(slot.items) for slot in slots)  # every item shown is recorded


async def test_a_whole_outfit_photo_is_completed_not_repeated(stylist: Stylist) -> None:
    """The garments of an outfit photo are stored under the photo; its outfit adds what is not worn."""
    from training.parsing import is_held_out_street_photo, load_street_photos

    service = stylist
    photos, _ = load_street_photos()
    photo = next(p for p in photos if is_held_out_street_photo(p.id))
    stored = await service.analyse.analyze(photo.photo.read_bytes(), source="street", user_id=2)
    assert stored.is_outfit and len(stored.garments) >= 2
    garments = await _garments(service, stored.id)
    assert [g.id for g in garments] == [garment_id for _, garment_id in stored.garments]
    assert all(g.parent_id == stored.id for g in garments)
    assert await _garments(service, stored.garments[0][1]) == []  # a garment has no garments
    assert {g.gender for g in garments} <= {stored.gender, "unisex"}  # one person wears them all
    worn = {slot_of(g.category) for g in garments}
    slots = await service.recommend.outfit(stored.id, user_id=2)
    assert slots and not worn & {s.name for s in slots}
    for slot in slots:
        assert all(
            service.catalog.items[i.product_id].category in SLOT_CATEGORIES[slot.name] for i in slot.items
        )


async def test_products_voted_down_are_not_shown_to_that_user_again(stylist: Stylist) -> None:
    service = stylist
    data = clothing_photos("Shirt")[0].read_bytes()
    stored = await service.analyse.analyze(data, source="test", user_id=5)
    await _sure_of_gender(service, stored.id, "men")
    first = {i.product_id for slot in await service.recommend.outfit(stored.id, 5) for i in slot.items}
    await service.votes.record(stored.id, "outfit", +1, user_id=5)
    assert await service.votes.disliked(5) == set()
    await service.votes.record(stored.id, "outfit", -1, user_id=5)  # changed their mind
    assert await service.votes.disliked(5) == first
    again = {i.product_id for slot in await service.recommend.outfit(stored.id, 5) for i in slot.items}
    assert again and not again & first
    assert await service.votes.disliked(5) == first  # asking again does not forget what was voted down
    other = await service.analyse.analyze(data, source="test", user_id=6)  # another user still sees them
    await _sure_of_gender(service, other.id, "men")
    assert {i.product_id for slot in await service.recommend.outfit(other.id, 6) for i in slot.items} == first
    assert await feedback_summary(service.sessions) == {
        "outfit": {"votes": 1, "helpful": 0, "helpful_share": 0.0}
    }


async def _sure_of_gender(stylist: Stylist, analysis_id: int, gender: str) -> None:
    """Tell a stored analysis who it is for, an adult (the small test catalogue's neighbours rarely
    agree 9 in 10 on a gender, a look of unknown gender gets unisex pieces only, and the dresses
    nearest its dress photo are mostly girls')."""
    from sqlalchemy import update

    async with stylist.sessions() as session, session.begin():
        sure = {"gender": gender, "gender_confidence": 1.0, "kids": False}
        await session.execute(update(AnalysisRow).where(AnalysisRow.id == analysis_id).values(**sure))


async def _garments(stylist: Stylist, analysis_id: int) -> list[AnalysisRow]:
    from application.records import garments_of

    async with stylist.sessions() as session:
        return await garments_of(session, analysis_id)


def test_an_outfit_has_one_gender() -> None:
    def garment(category: str, gender: str, confidence: float = 0.9) -> tuple[str, float, str]:
        return category, confidence, gender

    coat_and_dress = [garment("outerwear", "men"), garment("dress", "women"), garment("shoes", "men")]
    assert (
        outfit_gender("men", coat_and_dress) == "women"
    )  # a dress says women, whatever the coat's neighbours
    assert (
        outfit_gender("unisex", [garment("dress", "men", confidence=0.3), garment("pants", "men")]) == "men"
    )
    assert (
        outfit_gender(
            "women", [garment("t-shirt", "men"), garment("pants", "men"), garment("shoes", "women")]
        )
        == "men"
    )
    assert outfit_gender("women", [garment("t-shirt", "men"), garment("pants", "women")]) == "women"  # a tie
    assert outfit_gender("unisex", [garment("shoes", "unisex")]) == "unisex"


async def test_an_analysis_from_an_earlier_model_is_stale(stylist: Stylist) -> None:
    service = stylist
    stored = await service.analyse.analyze(clothing_photos("Shirt")[0].read_bytes(), source="test")
    async with service.sessions() as session:
        row = await session.get(AnalysisRow, stored.id)
        assert row.embedding_model == service.worker.index_key
        row.embedding_model = "an-earlier-model"
        await session.commit()
    with pytest.raises(StaleAnalysis):
        await service.recommend.load(stored.id, None)
    async with service.sessions() as session:  # a row from before the model was recorded (0003)
        row = await session.get(AnalysisRow, stored.id)
        row.embedding_model = None
        row.embedding = np.zeros(service.index.dim + 8, np.float32).tobytes()  # another model's size
        await session.commit()
    with pytest.raises(StaleAnalysis):
        await service.recommend.load(stored.id, None)


async def test_similar_items_share_the_category(stylist: Stylist) -> None:
    service = stylist
    stored = await service.analyse.analyze(clothing_photos("Shoes")[0].read_bytes(), source="test")
    items = await service.recommend.similar(stored.id)
    assert len(items) == 5
    categories = {service.catalog.items[i.product_id].category for i in items}
    assert categories == {stored.analysis.category.label}
    assert [i.score for i in items] == sorted((i.score for i in items), reverse=True)


async def test_corrections_are_counted_on_both_databases(stylist: Stylist) -> None:
    """What users correct of a photo's reading ("it's red, not burgundy") is counted, read as → said
    to be, from the stored answers on SQLite and PostgreSQL (`stylist feedback --corrections`)."""
    from application.corrections import correct, corrections_summary
    from understanding import parse

    assert (await corrections_summary(stylist.sessions))["garments"] == 0  # none yet: none counted
    stored = await stylist.analyse.analyze(clothing_photos("T-Shirt")[0].read_bytes(), source="test")
    other = await stylist.analyse.analyze(clothing_photos("Shirt")[0].read_bytes(), source="test")
    async with stylist.sessions() as session:
        row = await session.get(AnalysisRow, stored.id)
    said = "red" if row.colour != "red" else "blue"
    await correct(stylist.sessions, row, [], parse(f"it's a polo, and it's {said}"))
    summary = await corrections_summary(stylist.sessions)
    assert summary["garments"] == 1 and other.id != stored.id  # the other photo, not corrected: not counted
    if row.category != "polo":
        assert summary["category"] == {f"{row.category} → polo": 1}
    assert summary["colour"] == {f"{row.colour} → {said}": 1}


async def _with_naver(settings: Settings, worker: LocalWorker) -> tuple[FakeNaver, Stylist]:
    """A started fake Naver and a Stylist configured with its credentials (stop and close both)."""
    naver = FakeNaver()
    await naver.start()
    configured = naver.configure(settings, naver_timeout_s=1.0)
    return naver, await Stylist.open(configured, worker=worker)


async def test_naver_links_when_credentials_are_set(settings: Settings, worker: LocalWorker) -> None:
    naver, runtime = await _with_naver(settings, worker)
    try:
        service = runtime
        stored = await service.analyse.analyze(clothing_photos("T-Shirt")[0].read_bytes(), source="test")
        await _sure_of_gender(service, stored.id, "men")
        slots = await service.recommend.outfit(stored.id)
        items = [i for s in slots for i in s.items]
        assert items and all(i.link.startswith("https://smartstore.naver.com/") for i in items)
        assert all(
            i.image.startswith(naver.url) or i.image.startswith("http") for i in items
        )  # its own picture
        assert all("<b>" not in i.name and "&amp;" not in i.name for i in items)
        queries = {c["query"] for c in naver.calls}
        assert any("바지" in q or "반바지" in q or "스커트" in q for q in queries)
        link, cheap = await service.recommend.cheaper(stored.id)
        assert link.endswith("&sort=price_asc") and cheap
        prices = [i.price for i in cheap]
        assert prices == sorted(prices) and all(p for p in prices)  # type: ignore[type-var]
        assert all("<b>" not in i.name for i in cheap)
        calls = len(naver.calls)
        await service.recommend.outfit(stored.id)  # same queries: answered from the cache
        assert len(naver.calls) == calls
        # Naver down: the answer still comes, with search links instead.
        naver.fail_next(*[Failure(status=500, code="SE99")] * 30)
        service.naver.cache = None  # type: ignore[union-attr]
        service.naver.backoff = 0.0  # type: ignore[union-attr]
        slots = await service.recommend.outfit(stored.id)
        assert all(i.link.startswith("https://search.shopping.naver.com/") for s in slots for i in s.items)
    finally:
        await runtime.close()
        await naver.stop()


async def test_a_whole_looks_budget_keeps_each_slots_offers_to_its_share(
    settings: Settings, worker: LocalWorker
) -> None:
    """With Naver: "an outfit under 100,000 won in total" prices every slot's offers within that
    slot's share (`vocabulary.budget_share`), not each within the whole 100,000."""
    from application.ask import Ask
    from application.wish import Wish

    naver, service = await _with_naver(settings, worker)
    try:
        stored = await service.analyse.analyze(clothing_photos("T-Shirt")[0].read_bytes(), source="test")
        await _sure_of_gender(service, stored.id, "men")
        ask = Ask(Wish(max_price=60000, total=True))  # shares under the fake's dearer prices
        slots = await service.recommend.outfit(stored.id, ask=ask)
        assert slots and all(s.budget and s.budget < 60000 for s in slots)
        prices = [(i.price, s.budget) for s in slots for i in s.items]
        assert prices and all(price is not None and price <= budget for price, budget in prices)  # type: ignore[operator]
        assert sum(s.budget or 0 for s in slots) < 60000
    finally:
        await service.close()
        await naver.stop()


async def test_the_whole_looks_price_adds_up_its_tiles(settings: Settings, worker: LocalWorker) -> None:
    """With Naver: "how much is the whole outfit?" adds up the prices its tiles showed — the start
    and each kind's first piece, by their numbers — and sets a whole look's budget against it;
    "what does #2 cost" is #2's cheapest offers (it read as a dress code question)."""
    from bot.replies import render_reply

    naver, service = await _with_naver(settings, worker)
    try:
        turn = await service.dialogue.text(301, 301, "an outfit for a first date, for women")
        outfit = turn.replies[-1]
        assert outfit.slots
        state = await load_conversation(service.sessions, 301)
        first = {}  # each kind's first tile, by its number in the answer
        for slot in outfit.slots:
            item = slot.items[0]
            first.setdefault(slot_of(item.product.category), (state.shown.index(item.product_id) + 1, item))
        turn = await service.dialogue.text(301, 301, "how much is the whole outfit?")
        (reply,) = turn.replies
        assert reply.say == "look_price"
        pieces = {piece["n"]: piece["price"] for piece in reply.values["pieces"]}
        assert pieces == {n: item.price for n, item in first.values()} and all(pieces.values())
        assert reply.values["total"] == sum(pieces.values()) > 0
        text = render_reply(reply, "en")
        assert f"₩{reply.values['total']:,}" in text and text.count("<a href=") == len(pieces)
        priced = await service.dialogue.text(301, 301, "what does #2 cost")
        assert priced.replies[0].say == "cheaper_title" and priced.replies[0].items  # the shop's offers
        source = await service.dialogue.text(301, 301, "are these real prices?")  # Naver's, said so
        assert render_reply(source.replies[0], "en").startswith("Prices are Naver Shopping's lowest")
        budget = reply.values["total"] - 1000  # told a budget just under it: over by ₩1,000
        await service.dialogue.text(302, 302, f"an outfit for a first date, for women, {budget} won in total")
        turn = await service.dialogue.text(302, 302, "다 합쳐서 얼마야?")
        said = render_reply(turn.replies[0], "ko")
        assert turn.replies[0].values["budget"] == budget and ("넘어요" in said or "안이에요" in said)
    finally:
        await service.close()
        await naver.stop()


async def test_slow_naver_costs_an_outfit_its_deadline_not_minutes(
    settings: Settings, worker: LocalWorker
) -> None:
    """Naver answering in 10 s: the outfit comes within the links deadline (plus the model's work),
    every tile with its own product's search link, and the lookups ran at once, not one by one."""
    naver, service = await _with_naver(settings, worker)
    try:
        stored = await service.analyse.analyze(clothing_photos("T-Shirt")[0].read_bytes(), source="test")
        naver.delay_s = 10.0
        service.naver.timeout = 10.0  # type: ignore[union-attr]
        started = time.perf_counter()
        slots = await service.recommend.outfit(stored.id)
        elapsed = time.perf_counter() - started
        items = [i for s in slots for i in s.items]
        assert items and elapsed < service.recommend.links.deadline_s + 1.5, elapsed
        assert all(i.link.startswith("https://search.shopping.naver.com/") for i in items)
        assert all(quote(i.name) in i.link or quote_plus(i.name) in i.link for i in items)  # its own name
        assert len(naver.calls) == len(items)  # all asked at once
    finally:
        await service.close()
        await naver.stop()


async def test_catalog_rebuild_adds_only_new(tmp_path: Path, analyzer: Analyzer) -> None:
    index = tmp_path / "c.faiss"
    async with migrated_sessions(tmp_path / "c.db") as sessions:
        first = await build_catalog(sessions, analyzer, index, DATA, limit=40, progress=False)
        again = await build_catalog(sessions, analyzer, index, DATA, limit=40, progress=False)
        more = await build_catalog(sessions, analyzer, index, DATA, limit=60, progress=False)
        async with sessions() as session:
            rows = (await session.execute(select(func.count(Product.id)))).scalar_one()
    assert first["added"] > 30 and again["added"] == 0
    assert more["added"] == more["total"] - first["total"] > 0
    assert rows == more["total"]


async def test_catalog_rebuild_refreshes_metadata_whose_rule_changed(
    tmp_path: Path, analyzer: Analyzer
) -> None:
    """A row stored under an older rule (kids by gender only, the metadata's colour and article
    type) is set right by the next build without embedding anything again."""
    from shared_data import load_products
    from vocabulary import listed_article, listed_colour

    index = tmp_path / "r.faiss"
    async with migrated_sessions(tmp_path / "r.db") as sessions:
        await build_catalog(sessions, analyzer, index, DATA, limit=30, progress=False)
        async with sessions() as session, session.begin():
            row = (await session.execute(select(Product).order_by(Product.id).limit(1))).scalar_one()
            row_id, external_id = row.id, row.external_id
            row.kids, row.colour, row.article_type = not row.kids, "lilac", "Lilacs"  # an older build's
        again = await build_catalog(sessions, analyzer, index, DATA, limit=30, progress=False)
        async with sessions() as session:
            row = await session.get(Product, row_id)
            assert row is not None
    product = next(p for p in load_products(DATA, 30) if str(p.id) == external_id)
    assert again["added"] == again["embedded_again"] == 0 and again["metadata_refreshed"] == 1
    assert (row.kids, row.colour) == (product.kids, listed_colour(product.colour, product.name))
    assert row.article_type == listed_article(product.article_type, product.name)


async def test_catalog_is_embedded_again_under_a_new_model(tmp_path: Path, analyzer: Analyzer) -> None:
    index = tmp_path / "m.faiss"
    async with migrated_sessions(tmp_path / "m.db") as sessions:
        first = await build_catalog(sessions, analyzer, index, DATA, limit=20, progress=False)
        ids_before = sorted(ProductIndex.load(index).ids.tolist())
        index_key_path(index).write_text("another-model\n")  # as if the index came from another model
        again = await build_catalog(sessions, analyzer, index, DATA, limit=20, progress=False)
        async with sessions() as session:
            rows = (await session.execute(select(func.count(Product.id)))).scalar_one()
    assert again["added"] == 0 and again["embedded_again"] == first["total"] == rows
    assert sorted(ProductIndex.load(index).ids.tolist()) == ids_before  # same ids: feedback keeps its rows
    assert read_index_key(index) == analyzer.index_key


def test_migrations_create_the_schema(tmp_path: Path) -> None:
    import sqlalchemy

    db = tmp_path / "m.db"
    upgrade_sync(f"sqlite+aiosqlite:///{db}")
    engine = sqlalchemy.create_engine(f"sqlite:///{db}")
    tables = set(inspect(engine).get_table_names())
    engine.dispose()
    assert {"users", "analyses", "products", "recommendations", "feedback", "alembic_version"} <= tables


def test_migrations_match_the_models(tmp_path: Path) -> None:
    """Alembic's head schema is exactly what the models declare (nothing left to autogenerate)."""
    import sqlalchemy
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from storage.models import Base

    db = tmp_path / "m.db"
    upgrade_sync(f"sqlite+aiosqlite:///{db}")
    engine = sqlalchemy.create_engine(f"sqlite:///{db}")
    with engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    engine.dispose()
    assert diff == []


def _insert_analysis(connection: Any, source: str, result: dict[str, Any] | None = None) -> None:
    """An analysis row written with plain SQL, as any schema since the first one stores it."""
    import sqlalchemy

    connection.execute(
        sqlalchemy.text(
            "INSERT INTO analyses (source, category, category_confidence, style, cluster, gender, result,"
            " embedding, created_at) VALUES (:source, 'dress', 0.9, 'casual', 1, 'women', :result, x'00',"
            " '2026-11-21 10:00:00')"
        ),
        {"source": source, "result": json.dumps(result or {})},
    )


def test_upgrading_keeps_stored_analyses(tmp_path: Path) -> None:
    """A database made by the first schema keeps its analyses through every later migration."""
    import sqlalchemy

    db = tmp_path / "old.db"
    upgrade_sync(f"sqlite+aiosqlite:///{db}", revision="0001")
    engine = sqlalchemy.create_engine(f"sqlite:///{db}")
    with engine.begin() as connection:
        _insert_analysis(connection, "old")
    upgrade_sync(f"sqlite+aiosqlite:///{db}")
    with engine.connect() as connection:
        rows = connection.execute(sqlalchemy.text("SELECT source, category, parent_id FROM analyses")).all()
    engine.dispose()
    assert [tuple(r) for r in rows] == [("old", "dress", None)]


def test_upgrading_to_typed_columns_fills_them_from_the_stored_result(tmp_path: Path) -> None:
    """Migration 0003 moves what handlers read out of `analyses.result` into columns of their own."""
    import sqlalchemy

    db = tmp_path / "old.db"
    upgrade_sync(f"sqlite+aiosqlite:///{db}", revision="0002")
    engine = sqlalchemy.create_engine(f"sqlite:///{db}")
    with engine.begin() as connection:
        photo = {"category": {}, "items": [{"slot": "top"}, {"slot": "bottom"}]}
        _insert_analysis(connection, "photo", photo)
        _insert_analysis(connection, "garment", {"slot": "top", "share": 0.21, "box": [3, 4, 50, 90]})
        _insert_analysis(connection, "single", {"category": {}, "items": []})
    upgrade_sync(f"sqlite+aiosqlite:///{db}")
    with engine.connect() as connection:
        rows = connection.execute(
            sqlalchemy.text(
                "SELECT source, slot, share, box, garment_count, embedding_model FROM analyses ORDER BY id"
            )
        ).all()
    engine.dispose()
    assert [(r[0], r[1], r[2], json.loads(r[3]) if r[3] else None, r[4], r[5]) for r in rows] == [
        ("photo", None, None, None, 2, None),
        ("garment", "top", 0.21, [3, 4, 50, 90], 0, None),
        ("single", None, None, None, 0, None),
    ]


def test_cli_feedback_json(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import sqlalchemy

    db = tmp_path / "votes.db"
    monkeypatch.setenv("DATABASE_URL", f"sqlite+aiosqlite:///{db}")
    assert cli_main(["feedback"]) == 0
    assert capsys.readouterr().out == "no votes yet\n"
    engine = sqlalchemy.create_engine(f"sqlite:///{db}")
    with engine.begin() as connection:
        _insert_analysis(connection, "x")
        for user, value in ((None, 1), (None, -1), (None, 1)):
            connection.execute(
                sqlalchemy.text(
                    "INSERT INTO feedback (user_id, analysis_id, kind, value, product_ids, comment,"
                    " created_at) VALUES (:user, 1, 'similar', :value, '[]', '', '2026-11-22 10:00:00')"
                ),
                {"user": user, "value": value},
            )
    engine.dispose()
    assert cli_main(["feedback", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {
        "similar": {"votes": 3, "helpful": 2, "helpful_share": 0.667}
    }
    assert cli_main(["feedback", "--corrections", "--json"]) == 0  # what users corrected: nothing here
    assert json.loads(capsys.readouterr().out) == {"garments": 0, "category": {}, "colour": {}, "pattern": {}}


def test_cli_analyze_json(
    settings: Settings, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("DATABASE_URL", settings.database_url)
    monkeypatch.setenv("STYLIST_INDEX", str(settings.index_path))
    monkeypatch.setenv("STYLIST_DEVICE", "cpu")
    photos = [str(p) for p in clothing_photos("Pants", 2)]
    assert cli_main(["analyze", *photos, str(DATA / "products" / "styles.csv"), "--json"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [line["photo"] for line in lines] == [*photos, str(DATA / "products" / "styles.csv")]
    for line in lines[:2]:
        assert line["category"]["label"] and 0 < line["category"]["confidence"] <= 1
        assert line["attributes"]["colour"]["label"] and line["attributes"]["pattern"]["label"]
        assert line["style"]["label"] and "cluster" in line["style"]
        assert all(
            item["link"] and "price" in item and item["name"] for s in line["outfit"] for item in s["items"]
        )
        similar = line["similar"]  # what the Similar button shows: products of the photo's kind
        assert similar and all(item["link"] and item["name"] for item in similar)
        assert all(item["category"] == line["category"]["label"] for item in similar)
    assert lines[2]["error"] == "not_an_image"


def test_upgrade_creates_the_database_folder(tmp_path: Path) -> None:
    db = tmp_path / "new" / "folder" / "s.db"
    upgrade_sync(f"sqlite+aiosqlite:///{db}")
    assert db.exists()


def test_open_index_trusts_the_saved_one_until_a_remote_worker_reports(tmp_path: Path) -> None:
    path = tmp_path / "i.faiss"
    saved = ProductIndex(8)
    saved.add([1, 2], np.eye(8, dtype=np.float32)[:2])
    save_index(saved, path, "model-a")
    assert len(open_index(path, 0, "")) == 2  # remote worker not up yet: no dimension, no key
    assert len(open_index(path, 8, "model-a")) == 2
    assert len(open_index(path, 8, "model-b")) == 0  # another model's vectors are not searched
    assert open_index(path, 16, "model-a").dim == 16


def test_filtered_search_by_category_gender_and_price() -> None:
    def item(i: int, category: str, gender: str, price: int | None) -> CatalogItem:
        return CatalogItem(i, f"p{i}", category, None, None, None, gender, 0, price, None, "")

    catalog = Catalog(
        [
            item(1, "shoes", "men", 30_000),
            item(2, "shoes", "women", 50_000),
            item(3, "shoes", "unisex", None),
            item(4, "shoes", "men", 90_000),
            item(5, "pants", "men", 40_000),
        ]
    )
    vectors = np.eye(8, dtype=np.float32)[:5]
    index = ProductIndex(8)
    index.add([1, 2, 3, 4, 5], vectors)
    allowed = catalog.ids({"shoes"}, "men", max_price=60_000)
    assert allowed == [1]
    hits = index.search(vectors[4], 5, allowed_ids=allowed)  # the pants' own vector, filtered away
    assert [h.product_id for h in hits] == [1]
    assert sorted(catalog.ids({"shoes"}, "men")) == [1, 3, 4]
    assert sorted(catalog.ids({"shoes"}, min_price=40_000)) == [2, 4]


@pytest.mark.parametrize(
    ("ours", "theirs", "usage", "language", "expected"),
    [
        ("navy", "beige", "casual", "en", "beige goes with navy; both casual"),
        ("burgundy", "burgundy", None, "en", "tone on tone in burgundy"),
        ("navy", "navy", "casual", "ko", "톤온톤 네이비; 둘 다 캐주얼"),
        ("red", "green", None, "en", "green goes with red"),  # complementary
        ("orange", "pink", None, "en", ""),  # a clash is not praised
        ("multi", "multi", "casual", "en", "both casual"),  # two prints are not "tone on tone"
    ],
)
def test_outfit_reason_reads_naturally(
    ours: str, theirs: str, usage: str | None, language: str, expected: str
) -> None:
    candidate = Candidate(1, "jeans", theirs, usage, cluster=0, similarity=0.5)
    reason = reason_for(score_candidate(candidate, ours, "casual", 0), ours, "casual")
    assert word_reason(reason, language) == expected


def test_a_reason_says_the_style_was_asked_for() -> None:
    """'for the gym' about a casual T-shirt: its sports pieces are sports as asked, not 'both sports'."""
    candidate = Candidate(1, "shorts", "black", "sports", cluster=0, similarity=0.5)
    reason = reason_for(score_candidate(candidate, "navy", "sports", 0), "navy", "sports", asked=True)
    assert word_reason(reason, "en") == "black goes with navy; sports, as asked"
    assert word_reason(reason, "ko") == "네이비 + 블랙; 요청하신 스포티"
    assert reason.code().endswith("asked:sports")


def test_item_lines_show_a_price_only_when_there_is_one() -> None:
    naver = Item(1, "Navy <Oxford> Shirt", 39000, "https://shop.example/1", "", Reason(style="casual"))
    offline = Item(2, "Beige Chinos", None, "https://shop.example/2", "")
    text = render_items("Outfit", [Slot("bottom", [naver, offline])], "en")
    lines = text.splitlines()
    assert (
        lines[-2]
        == '1. <a href="https://shop.example/1">Navy &lt;Oxford&gt; Shirt</a> · ₩39,000 — <i>both casual</i>'
    )
    assert lines[-1] == '2. <a href="https://shop.example/2">Beige Chinos</a>'


def test_a_slot_on_a_nearest_style_says_whether_some_are_of_the_looks_own() -> None:
    def item(i: int, usage: str) -> Item:
        product = CatalogItem(i, f"Heels {i}", "shoes", "black", None, usage, "women", 0, None, None, "")
        return Item(i, product.name, None, f"https://shop.example/{i}", "", product=product)

    only = render_items("Outfit", [Slot("shoes", [item(1, "formal")], "formal")], "en")
    assert "(none of the look's style here, so the closest: formal)" in only
    mixed = render_items("Outfit", [Slot("shoes", [item(1, "party"), item(2, "formal")], "formal")], "ko")
    assert "(같은 스타일 상품이 적어 가장 가까운 포멀 스타일도 함께)" in mixed


def test_similar_products_of_an_unsure_garment_come_from_its_whole_kind() -> None:
    unsure = AnalysisRow(category="body", category_confidence=0.3, slot="top")
    sure = AnalysisRow(category="shirt", category_confidence=0.8, slot="top")
    photo = AnalysisRow(category="body", category_confidence=0.3)
    assert unsure_kind(unsure) == "top" and {"shirt", "t-shirt", "blouse"} <= search_categories(unsure)
    assert unsure_kind(sure) is None and search_categories(sure) == {"shirt"}
    assert unsure_kind(photo) is None  # a whole photo's unsure category is shown as two candidates


async def test_a_vote_down_under_cheaper_hides_those_offers(
    settings: Settings, worker: LocalWorker, analyzer: Analyzer
) -> None:
    """Cheaper offers are recorded like every recommendation, so a 👎 on them excludes them."""
    naver, stylist = await _with_naver(settings, worker)
    try:
        photo = clothing_photos("Shirt")[0].read_bytes()
        stored = await stylist.analyse.analyze(photo, source="test", user_id=7)
        _, first = await stylist.recommend.cheaper(stored.id, user_id=7)
        shown = {item.product_id for item in first}
        assert len(shown) == len(first) >= 2 and all(shown)
        await stylist.votes.record(stored.id, "cheaper", -1, user_id=7)
        assert await stylist.votes.disliked(7) == shown
        _, again = await stylist.recommend.cheaper(stored.id, user_id=7)
        assert again and not {item.product_id for item in again} & shown
        other = await stylist.analyse.analyze(photo, source="test", user_id=8)  # another user still sees them
        _, theirs = await stylist.recommend.cheaper(other.id, user_id=8)
        assert {item.product_id for item in theirs} == shown
        # the offers are stored for the votes, but never offered as catalogue products nor embedded
        catalog = await Catalog.load(stylist.sessions)
        assert all(catalog.items[i].hidden for i in shown) and not set(catalog.visible()) & shown
        stats = await build_catalog(
            stylist.sessions, analyzer, settings.index_path, DATA, per_category=25, progress=False
        )
        assert stats["embedded_again"] == 0 and stats["unreadable"] == 0
    finally:
        await stylist.close()
        await naver.stop()


async def test_garment_buttons_name_the_garment_they_search(stylist: Stylist) -> None:
    """A garment the model gave no embedding is not stored, and the buttons of the others still
    point at their own rows (they were paired by position, off by one after a skipped garment)."""
    from dataclasses import replace as copy_with

    from application import Analyse, Reply
    from application.replies import photo_actions
    from bot.handlers import keyboard
    from inference import GarmentItem, Prediction

    real = (await stylist.worker.analyze([Image.open(clothing_photos("Shirt")[0]).convert("RGB")]))[0]
    bag = GarmentItem("bag", 0.02, (0, 0, 10, 10), Prediction("bag", 0.9, [("bag", 0.9)]), {}, None)
    shirt = GarmentItem(
        "top", 0.2, (0, 0, 50, 50), Prediction("shirt", 0.9, [("shirt", 0.9)]), {}, real.embedding
    )
    crafted = copy_with(real, items=[bag, shirt])

    class Stub:
        index_dim, index_key = stylist.worker.index_dim, stylist.worker.index_key

        async def analyze(self, images: list[object]) -> list[object]:
            return [crafted]

    analyse = Analyse(stylist.sessions, Stub(), stylist.index, stylist.catalog, [])  # type: ignore[arg-type]
    stored = await analyse.analyze(encode_photo(), source="test", user_id=3)
    assert [(item.slot, item.category.label) for item, _ in stored.garments] == [("top", "shirt")]
    reply = Reply("analysis", analysis=stored, actions=photo_actions(stored))
    buttons = [b for row in keyboard(reply, "en").inline_keyboard[2:] for b in row]
    assert [b.text for b in buttons] == ["🛍 Shop the shirt"]
    row = await stylist.recommend.load(int(buttons[0].callback_data.split(":")[1]), 3)
    assert (row.category, row.slot, row.parent_id) == ("shirt", "top", stored.id)


def encode_photo() -> bytes:
    return clothing_photos("Shirt")[0].read_bytes()


async def test_a_new_catalogue_version_is_picked_up_without_a_restart(
    settings: Settings, worker: LocalWorker, analyzer: Analyzer
) -> None:
    """The bot maps the index read-only; `stylist catalog build` adding products (written beside and
    renamed over it) is seen by the running process: more vectors, the new products recommendable."""
    service = await Stylist.open(settings, worker=worker)
    try:
        before, products = len(service.index), len(service.catalog)
        assert await service.reload_if_changed() is False  # nothing new
        engine = create_engine(settings.database_url)
        try:
            await build_catalog(
                session_factory(engine), analyzer, settings.index_path, DATA, per_category=30, progress=False
            )
        finally:
            await engine.dispose()
        assert await service.reload_if_changed() is True
        recorded = await latest_version(service.sessions)
        assert recorded is not None and service.catalog_version == recorded.id
        assert (recorded.vectors, recorded.written_by) == (len(service.index), "build")
        assert await service.reload_if_changed() is False  # that version is the one loaded
        assert len(service.index) > before and len(service.catalog) > products
        assert len(service.recommend.index) == len(service.index)  # the same object, swapped in place
        assert service.recommend.catalog.items.keys() == service.catalog.items.keys()
        stored = await service.analyse.analyze(clothing_photos("T-Shirt")[0].read_bytes(), source="test")
        assert await service.recommend.similar(stored.id)
        async with service.sessions() as session, session.begin():  # written on another machine
            session.add(CatalogVersion(products=1, vectors=1, index_sha256="0" * 64, written_by="build"))
        assert await service.reload_if_changed() is False  # its index file has not arrived here
    finally:
        await service.close()


async def test_a_stored_outfit_photo_is_recalled_as_it_was_answered(stylist: Stylist) -> None:
    """'what is it?' about a street photo: the same analysis, each garment paired with its own row."""
    from application.records import recalled
    from training.parsing import is_held_out_street_photo, load_street_photos

    photos, _ = load_street_photos()
    for photo in [p for p in photos if is_held_out_street_photo(p.id)][:5]:
        stored = await stylist.analyse.analyze(photo.photo.read_bytes(), source="t", user_id=11)
        if stored.is_outfit:
            break
    else:
        raise AssertionError("no street photo answered as an outfit")
    row = await stylist.recommend.load(stored.id, 11)
    again = recalled(row, await stylist.recommend.garments(stored.id))
    assert again.analysis.to_dict() == stored.analysis.to_dict()
    assert [(item.box, i) for item, i in again.garments] == [(item.box, i) for item, i in stored.garments]
    assert np.allclose(again.analysis.embedding, stored.analysis.embedding)


def test_namesakes_are_every_id_a_name_is_listed_under() -> None:
    """'Another one' and 'not #3' leave out a product under every id a shop lists it under."""

    def item(i: int, name: str) -> CatalogItem:
        return CatalogItem(i, name, "dress", "black", None, "casual", "women", 0, None, None, "")

    catalog = Catalog(
        [item(1, "Avirate Black Dress"), item(2, "avirate  black dress"), item(3, "Elle Dress")]
    )
    assert catalog.namesakes([1]) == {1, 2} and catalog.namesakes([3, 99]) == {3}
    catalog.items[4] = item(4, "Elle Dress")  # a shop's offer added later
    assert catalog.namesakes([3]) == {3, 4}


def test_a_colour_searched_comes_first_under_names_that_say_only_it() -> None:
    """'White shirts': a shirt listed white whose name also says grey comes after plain white ones."""
    from application.search import named_as

    def item(i: int, name: str) -> CatalogItem:
        return CatalogItem(i, name, "shirt", "white", None, "casual", "men", 0, None, None, "")

    products = [
        item(1, "Spykar Men Grey Grafitti White Shirts"),
        item(2, "Arrow Men White Shirt"),
        item(3, "Shirt"),
    ]
    assert [p.id for p in named_as(products, ("white",))] == [2, 3, 1]


def test_a_products_design_in_its_other_colours() -> None:
    """The same name but for its colour words, of its category and gender, one per colour."""

    def item(i: int, name: str, colour: str, gender: str = "men") -> CatalogItem:
        return CatalogItem(i, name, "shirt", colour, None, "casual", gender, 0, None, None, "")

    catalog = Catalog(
        [
            item(1, "Mark Taylor Men Blue Striped Shirt", "blue"),
            item(2, "Mark Taylor Men White Striped Shirt", "white"),
            item(3, "Mark Taylor Men Grey Striped Shirt", "grey"),
            item(4, "Mark Taylor Men Navy Blue Striped Shirt", "navy"),
            item(5, "Mark Taylor Men Light Grey Striped Shirt", "grey"),  # a grey one already
            item(6, "Mark Taylor Women Blue Striped Shirt", "blue", "women"),
            item(7, "Mark Taylor Men Blue Check Shirt", "red"),  # another design
        ]
    )
    assert catalog.recoloured(1) == [2, 3, 4] and catalog.recoloured(99) == []


async def test_a_search_for_a_shopper_of_unknown_gender_takes_mens_and_womens_in_turn() -> None:
    """Eight men's shoes near the selection's mean, two women's off it: a shopper whose gender is
    not known sees them in turn, one who shops for men sees men's alone."""
    from application.ask import Ask
    from application.links import Links
    from application.recommend import Recommend
    from application.search import Search
    from application.wish import Wish

    def item(i: int, gender: str) -> CatalogItem:
        return CatalogItem(i, f"Shoe {i}", "shoes", "black", None, "casual", gender, 0, None, None, "")

    catalog = Catalog([item(i, "men") for i in range(1, 9)] + [item(i, "women") for i in (9, 10)])
    rng = np.random.default_rng(0)
    vectors = np.vstack([np.eye(8)[0] + 0.05 * rng.normal(size=(8, 8)), np.eye(8)[[5, 6]]])
    vectors = (vectors / np.linalg.norm(vectors, axis=1, keepdims=True)).astype(np.float32)
    index = ProductIndex(8)
    index.add(range(1, 11), vectors)
    search = Search(index, catalog, Recommend(None, index, catalog, None, Links(None)))  # type: ignore[arg-type]
    anyone = [i.product.gender for i in await search.find(Ask(Wish(category="shoes")), 4) if i.product]
    assert anyone[:2] in (["men", "women"], ["women", "men"]) and anyone.count("women") == 2
    men = await search.find(Ask(Wish(category="shoes"), "men"), 4)
    assert {i.product.gender for i in men if i.product} == {"men"}


async def test_a_tone_asked_takes_its_colours_in_turn() -> None:
    """Thirty blue shirts near the selection's mean, two red and two green off it: 'something
    colourful' (the bold colours) shows red and green among the first five, not five blue."""
    from application.ask import Ask
    from application.links import Links
    from application.recommend import Recommend
    from application.search import Search
    from application.wish import Wish

    colours = ["blue"] * 30 + ["red", "red", "green", "green"]
    catalog = Catalog(
        [
            CatalogItem(i, f"Shirt {i}", "shirt", c, None, "casual", "men", 0, None, None, "")
            for i, c in enumerate(colours, 1)
        ]
    )
    rng = np.random.default_rng(0)
    vectors = np.vstack([np.eye(8)[0] + 0.05 * rng.normal(size=(30, 8)), np.eye(8)[[3, 4, 5, 6]]])
    vectors = (vectors / np.linalg.norm(vectors, axis=1, keepdims=True)).astype(np.float32)
    index = ProductIndex(8)
    index.add(range(1, 35), vectors)
    search = Search(index, catalog, Recommend(None, index, catalog, None, Links(None)))  # type: ignore[arg-type]
    found = await search.find(Ask(Wish(category="shirt", tone="accent"), "men"), 5)
    assert {"red", "green"} <= {i.product.colour for i in found if i.product}
