"""the look: products' kids and audit state; analyses' style, season, audience, kind, gender lean

`products.kids` (Boys / Girls) is filled for stored products by `stylist catalog build` (from the
catalogue's metadata); `products.hidden_reason` is set by `stylist catalog audit`. Analyses get the
style's confidence and runner-up (filled from their stored result) and the look's season and
audience (unknown for old rows: all-season adults).

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01 21:30:00
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


analyses = sa.table(
    "analyses",
    sa.column("id", sa.Integer),
    sa.column("result", sa.JSON),
    sa.column("style_confidence", sa.Float),
    sa.column("style_second", sa.String),
)


def upgrade() -> None:
    with op.batch_alter_table("products", schema=None) as batch_op:
        batch_op.add_column(sa.Column("kids", sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.add_column(sa.Column("hidden_reason", sa.String(length=64), nullable=True))
    with op.batch_alter_table("analyses", schema=None) as batch_op:
        batch_op.add_column(sa.Column("style_confidence", sa.Float(), nullable=True))
        batch_op.add_column(sa.Column("style_second", sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column("season", sa.String(length=8), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("kids", sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.add_column(sa.Column("kind", sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column("gender_lean", sa.String(length=8), nullable=True))

    connection = op.get_bind()
    for row_id, result in connection.execute(sa.select(analyses.c.id, analyses.c.result)).all():
        if isinstance(result, str):
            result = json.loads(result)
        style = (result or {}).get("style") or {}
        top = style.get("top") or []
        connection.execute(
            analyses.update()
            .where(analyses.c.id == row_id)
            .values(
                style_confidence=style.get("confidence"),
                style_second=top[1]["label"] if len(top) > 1 else None,
            )
        )


def downgrade() -> None:
    with op.batch_alter_table("analyses", schema=None) as batch_op:
        batch_op.drop_column("gender_lean")
        batch_op.drop_column("kind")
        batch_op.drop_column("kids")
        batch_op.drop_column("season")
        batch_op.drop_column("style_second")
        batch_op.drop_column("style_confidence")
    with op.batch_alter_table("products", schema=None) as batch_op:
        batch_op.drop_column("hidden_reason")
        batch_op.drop_column("kids")
