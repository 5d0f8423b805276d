"""analyses' gender confidence: how sure the answered gender of a product shot or screenshot is

The answer names men's or women's at `GENDER_SURE`; the look only keeps to one gender's pieces at
`LOOK_GENDER_SURE` (between the two it shows unisex pieces first, then its neighbours' likelier gender's).
Old rows have none: their gender is kept as it was answered.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-04 15:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("analyses", schema=None) as batch_op:
        batch_op.add_column(sa.Column("gender_confidence", sa.Float(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("analyses", schema=None) as batch_op:
        batch_op.drop_column("gender_confidence")
