"""chat_states.pointed: the product a message last named by its number without making it the
subject ("save #2", "why #2?"), so "how much is it?" next is about it

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-05 15:45:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("chat_states") as batch:
        batch.add_column(sa.Column("pointed", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("chat_states") as batch:
        batch.drop_column("pointed")
