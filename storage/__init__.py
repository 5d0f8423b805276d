"""Persistence: SQLAlchemy 2 async models, sessions and Alembic upgrades (SQLite by default)."""

from .db import create_engine, session_factory, upgrade, upgrade_sync
from .models import Analysis, ApiCache, ApiUsage, Base, Feedback, Product, Recommendation, User

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
    "session_factory",
    "upgrade",
    "upgrade_sync",
]
