"""chat album: the analyses of the last album a chat sent (its "save all" button saves them)

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02 13:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("chat_states") as batch:
        batch.add_column(sa.Column("album", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("chat_states") as batch:
        batch.drop_column("album")
