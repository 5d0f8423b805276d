"""typed analysis columns: slot, share, box, garment_count, embedding_model

What handlers used to read out of `analyses.result` (a JSON blob) gets columns of its own, and the
model that made a row's embedding is named instead of being guessed from the embedding's length.
Existing rows are filled from their `result`; their embedding model stays unknown (NULL).

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01 21:40:00
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

analyses = sa.table(
    "analyses",
    sa.column("id", sa.Integer),
    sa.column("result", sa.JSON),
    sa.column("slot", sa.String),
    sa.column("share", sa.Float),
    sa.column("box", sa.JSON),
    sa.column("garment_count", sa.Integer),
)


def upgrade() -> None:
    with op.batch_alter_table("analyses", schema=None) as batch_op:
        batch_op.add_column(sa.Column("slot", sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column("share", sa.Float(), nullable=True))
        batch_op.add_column(sa.Column("box", sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column("garment_count", sa.Integer(), nullable=False, server_default="0"))
        batch_op.add_column(sa.Column("embedding_model", sa.String(length=64), nullable=True))

    connection = op.get_bind()
    rows = connection.execute(sa.select(analyses.c.id, analyses.c.result)).all()
    for row_id, result in rows:
        if isinstance(result, str):  # a driver that hands JSON back as text
            result = json.loads(result)
        result = result or {}
        box = result.get("box")
        connection.execute(
            analyses.update()
            .where(analyses.c.id == row_id)
            .values(
                slot=result.get("slot"),
                share=result.get("share"),
                box=[int(v) for v in box] if isinstance(box, list) and len(box) == 4 else None,
                garment_count=len(result.get("items") or []),
            )
        )


def downgrade() -> None:
    with op.batch_alter_table("analyses", schema=None) as batch_op:
        batch_op.drop_column("embedding_model")
        batch_op.drop_column("garment_count")
        batch_op.drop_column("box")
        batch_op.drop_column("share")
        batch_op.drop_column("slot")
