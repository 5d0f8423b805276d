"""favourites: catalogue products a user kept from an answer ("save #2", "2번 찜")

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-05 07:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "favourites",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("product_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_favourites_user_id_users"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["product_id"],
            ["products.id"],
            name=op.f("fk_favourites_product_id_products"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_favourites")),
        sa.UniqueConstraint("user_id", "product_id", name=op.f("uq_favourites_user_id")),
    )
    op.create_index(op.f("ix_favourites_user_id"), "favourites", ["user_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_favourites_user_id"), table_name="favourites")
    op.drop_table("favourites")
