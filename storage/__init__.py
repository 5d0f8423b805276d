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
    User,
    WardrobeItem,
)
from .upserts import ensure_products, put_cache, put_chat_state, put_preferences, touch_user

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
    "User",
    "WardrobeItem",
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
