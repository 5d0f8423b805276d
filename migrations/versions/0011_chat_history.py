"""chat_states' history: the answers before the one in view, for "go back"

"Go back", "undo", "이전으로" show the answer before the one in view again (its subject, filters
and kind), so each chat keeps its last few answers' state. Old rows: no history.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-05 07:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("chat_states", schema=None) as batch_op:
        batch_op.add_column(sa.Column("history", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("chat_states", schema=None) as batch_op:
        batch_op.drop_column("history")
