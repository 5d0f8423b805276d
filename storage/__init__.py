"""Persistence: SQLAlchemy 2 async models, sessions and Alembic upgrades (SQLite by default)."""

from .db import create_engine, migrated_sessions, session_factory, upgrade, upgrade_sync
from .models import Analysis, ApiCache, ApiUsage, Base, Feedback, Product, Recommendation, User
from .upserts import ensure_products, put_cache, touch_user

__all__ = [
    "Analysis",
    "ApiCache",
    "ApiUsage",
    "Base",
    "Feedback",
    "Product",
    "Recommendation",
    "User",
    "create_engine",
    "ensure_products",
    "migrated_sessions",
    "put_cache",
    "session_factory",
    "touch_user",
    "upgrade",
    "upgrade_sync",
]
