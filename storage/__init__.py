"""Persistence: SQLAlchemy 2 async models, sessions and Alembic upgrades (SQLite by default)."""

from .db import create_engine, migrated_sessions, session_factory, upgrade, upgrade_sync
from .models import (
    Analysis,
    ApiCache,
    ApiUsage,
    Base,
    ChatState,
    Feedback,
    Preferences,
    Product,
    Recommendation,
    UpdateRecord,
    User,
    WardrobeItem,
)
from .upserts import (
    claim_updates,
    count_call,
    ensure_products,
    put_cache,
    put_chat_state,
    put_preferences,
    touch_user,
)

__all__ = [
    "Analysis",
    "ApiCache",
    "ApiUsage",
    "Base",
    "ChatState",
    "Feedback",
    "Preferences",
    "Product",
    "Recommendation",
    "UpdateRecord",
    "User",
    "WardrobeItem",
    "claim_updates",
    "count_call",
    "create_engine",
    "ensure_products",
    "migrated_sessions",
    "put_cache",
    "put_chat_state",
    "put_preferences",
    "session_factory",
    "touch_user",
    "upgrade",
    "upgrade_sync",
]
