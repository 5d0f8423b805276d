"""daily_outfits: users who asked for an outfit every morning ("/daily")

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-05 10:50:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "daily_outfits",
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("chat_id", sa.BigInteger(), nullable=False),
        sa.Column("hour", sa.SmallInteger(), server_default="8", nullable=False),
        sa.Column("last_sent", sa.Date(), nullable=True),
        sa.Column("anchors", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_daily_outfits_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("user_id", name=op.f("pk_daily_outfits")),
    )


def downgrade() -> None:
    op.drop_table("daily_outfits")
