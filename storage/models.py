"""SQLAlchemy 2 models: users, analyses, products, recommendations, feedback, and the Naver API's
quota counter and response cache, and the journal of Telegram updates. The schema is owned by
Alembic (`migrations/`)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    SmallInteger,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)  # Telegram user id
    language: Mapped[str] = mapped_column(String(8), default="en")
    first_seen: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    last_seen: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, onupdate=utcnow)


class Analysis(Base):
    __tablename__ = "analyses"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"), index=True)
    # a garment of an outfit photo points at the photo's own analysis
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("analyses.id", ondelete="CASCADE"), index=True)
    chat_id: Mapped[int | None] = mapped_column(BigInteger)
    source: Mapped[str] = mapped_column(String(255))  # Telegram file_unique_id or a file path
    category: Mapped[str] = mapped_column(String(32))
    category_confidence: Mapped[float] = mapped_column(Float)
    colour: Mapped[str | None] = mapped_column(String(32))
    pattern: Mapped[str | None] = mapped_column(String(32))
    style: Mapped[str] = mapped_column(String(32))
    style_confidence: Mapped[float | None] = mapped_column(Float)
    style_second: Mapped[str | None] = mapped_column(String(32))  # the runner-up style
    cluster: Mapped[int] = mapped_column(Integer, default=-1)
    gender: Mapped[str] = mapped_column(String(8), default="unisex")
    gender_lean: Mapped[str | None] = mapped_column(String(8))  # the likelier gender, when not sure
    gender_confidence: Mapped[float | None] = mapped_column(Float)  # of a shot's answered gender
    season: Mapped[str] = mapped_column(String(8), default="", server_default="")  # winter/summer/""
    kind: Mapped[str | None] = mapped_column(String(16))  # the slot the nearest products say it is
    kids: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # a garment of an outfit photo: its parsed kind, its share of the photo and its box there
    slot: Mapped[str | None] = mapped_column(String(16))
    share: Mapped[float | None] = mapped_column(Float)
    box: Mapped[list[int] | None] = mapped_column(JSON)  # left, top, right, bottom in photo pixels
    garment_count: Mapped[int] = mapped_column(Integer, default=0, server_default="0")  # >0: an outfit
    result: Mapped[dict[str, Any]] = mapped_column(JSON)  # the full analysis as shown (for the record)
    embedding: Mapped[bytes] = mapped_column(LargeBinary)  # float32 L2-normalised vector
    embedding_model: Mapped[str | None] = mapped_column(String(64))  # the model's index key
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Product(Base):
    __tablename__ = "products"
    __table_args__ = (UniqueConstraint("source", "external_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)  # the vector index's id
    source: Mapped[str] = mapped_column(String(16))  # "catalog" (shared/data/products) or "naver"
    external_id: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(Text)
    category: Mapped[str] = mapped_column(String(32), index=True)
    article_type: Mapped[str] = mapped_column(String(64), default="")
    colour: Mapped[str | None] = mapped_column(String(32))
    pattern: Mapped[str | None] = mapped_column(String(32))
    usage: Mapped[str | None] = mapped_column(String(32))
    gender: Mapped[str] = mapped_column(String(8), default="unisex")
    season: Mapped[str] = mapped_column(String(16), default="")
    kids: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())  # Boys / Girls
    # why `stylist catalog audit` keeps it out of recommendations ("category:shirt"), None: shown
    hidden_reason: Mapped[str | None] = mapped_column(String(64))
    cluster: Mapped[int] = mapped_column(Integer, default=-1)
    price: Mapped[int | None] = mapped_column(Integer)
    link: Mapped[str | None] = mapped_column(Text)
    image: Mapped[str] = mapped_column(Text)  # local path or URL
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Recommendation(Base):
    __tablename__ = "recommendations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    analysis_id: Mapped[int] = mapped_column(ForeignKey("analyses.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # "outfit", "similar" or "cheaper"
    slot: Mapped[str] = mapped_column(String(16))
    rank: Mapped[int] = mapped_column(Integer)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id", ondelete="CASCADE"))
    score: Mapped[float] = mapped_column(Float)
    reason: Mapped[str] = mapped_column(Text, default="")
    link: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Feedback(Base):
    """A user's 👍 / 👎 on what Stylist recommended for an analysis: one vote per user, analysis and
    kind of recommendation, the latest counts."""

    __tablename__ = "feedback"
    __table_args__ = (UniqueConstraint("user_id", "analysis_id", "kind"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    analysis_id: Mapped[int] = mapped_column(ForeignKey("analyses.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16), default="", server_default="")  # outfit, similar, cheaper
    value: Mapped[int] = mapped_column(Integer)  # +1 helpful, -1 not helpful
    product_ids: Mapped[list[int]] = mapped_column(JSON, default=list)  # what was recommended then
    comment: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class ApiUsage(Base):
    __tablename__ = "api_usage"

    client_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    calls: Mapped[int] = mapped_column(Integer, default=0)


class ApiCache(Base):
    __tablename__ = "api_cache"

    key: Mapped[str] = mapped_column(Text, primary_key=True)
    value: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Preferences(Base):
    """Who a user shops for and their price band, asked once (`/settings` or the first outfit), and
    the personal colour they said they are ("I'm a summer cool")."""

    __tablename__ = "preferences"

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), primary_key=True)
    gender: Mapped[str | None] = mapped_column(String(8))  # men / women / any; None: not asked yet
    min_price: Mapped[int | None] = mapped_column(Integer)
    max_price: Mapped[int | None] = mapped_column(Integer)
    palette: Mapped[str | None] = mapped_column(String(16))  # personal colour: vocabulary.PALETTES
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, onupdate=utcnow)


class WardrobeItem(Base):
    """A garment the user saved from one of their analysed photos."""

    __tablename__ = "wardrobe_items"
    __table_args__ = (UniqueConstraint("user_id", "analysis_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    analysis_id: Mapped[int] = mapped_column(ForeignKey("analyses.id", ondelete="CASCADE"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Favourite(Base):
    """A catalogue product the user kept from an answer ("save #2", "2번 찜"), to find again later."""

    __tablename__ = "favourites"
    __table_args__ = (UniqueConstraint("user_id", "product_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id", ondelete="CASCADE"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class DailyOutfit(Base):
    """A user's outfit of the day ("/daily"): sent to their chat each morning (Korea time) from
    `hour` on, once a day across every bot process (`last_sent` is claimed before sending), begun
    from a piece not begun from lately (`anchors`: the latest catalogue products it started from)."""

    __tablename__ = "daily_outfits"

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), primary_key=True)
    chat_id: Mapped[int] = mapped_column(BigInteger)
    hour: Mapped[int] = mapped_column(SmallInteger, default=8, server_default="8")
    last_sent: Mapped[date | None] = mapped_column(Date)
    anchors: Mapped[list[int]] = mapped_column(JSON, default=list)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class ChatState(Base):
    """Where one chat's conversation stands: what it is about (the last photo, garment or product),
    the filters said so far, what the last answer was and which products it showed. Kept in the
    database so a conversation survives a restart and works across bot processes."""

    __tablename__ = "chat_states"

    chat_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    focus_analysis_id: Mapped[int | None] = mapped_column(ForeignKey("analyses.id", ondelete="SET NULL"))
    focus_product_id: Mapped[int | None] = mapped_column(ForeignKey("products.id", ondelete="SET NULL"))
    # the product in view was chosen by the bot for an occasion ("an outfit for a wedding"), not named
    focus_chosen: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    mode: Mapped[str] = mapped_column(String(16), default="", server_default="")  # the last answer
    filters: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    shown: Mapped[list[int]] = mapped_column(JSON, default=list)  # the last answer's products, in order
    seen: Mapped[list[int]] = mapped_column(JSON, default=list)  # shown since the focus was set
    refused: Mapped[list[int]] = mapped_column(JSON, default=list)  # "not #3": never again for it
    pending: Mapped[str | None] = mapped_column(Text)  # a request waiting for /settings to be answered
    album: Mapped[list[int] | None] = mapped_column(JSON)  # the last album's analyses, as sent
    # the product a message last named by its number without making it the subject ("save #2"): "it" next
    pointed: Mapped[int | None] = mapped_column(Integer)
    # the answers before the one in view, newest last ("go back"): focus, mode, filters, products
    history: Mapped[list[dict[str, Any]] | None] = mapped_column(JSON)
    # the language the chat asked to be answered in ("speak Korean"): before the app's, after the words'
    language: Mapped[str | None] = mapped_column(String(2))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, onupdate=utcnow)


class UpdateRecord(Base):
    """A Telegram update as received: claimed by one bot process before it is handled (so across
    processes each update is handled once) and marked done after; one still pending when its
    process died is handled again. The payload is dropped once done (it holds names)."""

    __tablename__ = "updates"

    update_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    payload: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    owner: Mapped[str] = mapped_column(String(32))  # the process that claimed it
    claimed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, index=True)
    done_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class CatalogVersion(Base):
    """One written version of the catalogue (`stylist catalog build`, `catalog naver`, `catalog
    audit`): running bot processes compare the newest with the one they mapped and pick it up —
    once the index file they see is the one recorded here (its SHA-256)."""

    __tablename__ = "catalog_versions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    written_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    products: Mapped[int] = mapped_column(Integer)
    vectors: Mapped[int] = mapped_column(Integer)
    index_sha256: Mapped[str] = mapped_column(String(64))
    written_by: Mapped[str] = mapped_column(String(32))  # build, naver, audit
