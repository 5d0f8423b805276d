"""conversation: per-chat state, per-user preferences, the wardrobe

`chat_states` holds each chat's focus, active filters and the last answer's products;
`preferences` who a user shops for and their price band; `wardrobe_items` the garments a user saved.
All start empty.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02 07:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "preferences",
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("gender", sa.String(length=8), nullable=True),
        sa.Column("min_price", sa.Integer(), nullable=True),
        sa.Column("max_price", sa.Integer(), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_preferences_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("user_id", name=op.f("pk_preferences")),
    )
    op.create_table(
        "wardrobe_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("analysis_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["analysis_id"],
            ["analyses.id"],
            name=op.f("fk_wardrobe_items_analysis_id_analyses"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_wardrobe_items_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_wardrobe_items")),
        sa.UniqueConstraint("user_id", "analysis_id", name=op.f("uq_wardrobe_items_user_id")),
    )
    op.create_index(op.f("ix_wardrobe_items_user_id"), "wardrobe_items", ["user_id"], unique=False)
    op.create_table(
        "chat_states",
        sa.Column("chat_id", sa.BigInteger(), nullable=False),
        sa.Column("user_id", sa.BigInteger(), nullable=True),
        sa.Column("focus_analysis_id", sa.Integer(), nullable=True),
        sa.Column("focus_product_id", sa.Integer(), nullable=True),
        sa.Column("mode", sa.String(length=16), server_default="", nullable=False),
        sa.Column("filters", sa.JSON(), nullable=False),
        sa.Column("shown", sa.JSON(), nullable=False),
        sa.Column("seen", sa.JSON(), nullable=False),
        sa.Column("refused", sa.JSON(), nullable=False),
        sa.Column("pending", sa.Text(), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["focus_analysis_id"],
            ["analyses.id"],
            name=op.f("fk_chat_states_focus_analysis_id_analyses"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["focus_product_id"],
            ["products.id"],
            name=op.f("fk_chat_states_focus_product_id_products"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_chat_states_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("chat_id", name=op.f("pk_chat_states")),
    )
    op.create_index(op.f("ix_chat_states_user_id"), "chat_states", ["user_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_chat_states_user_id"), table_name="chat_states")
    op.drop_table("chat_states")
    op.drop_index(op.f("ix_wardrobe_items_user_id"), table_name="wardrobe_items")
    op.drop_table("wardrobe_items")
    op.drop_table("preferences")
