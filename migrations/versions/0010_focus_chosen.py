"""chat_states' focus_chosen: whether the product in view was chosen by the bot

"An outfit for a wedding" starts from a product the bot picks; "for the beach" next is a new
subject (a new product for it), while after "what goes with white sneakers?" (a garment the user
named) "for the gym" is the same sneakers' gym outfit. Old rows: named by the user, as before.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-05 02:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("chat_states", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("focus_chosen", sa.Boolean(), nullable=False, server_default=sa.false())
        )


def downgrade() -> None:
    with op.batch_alter_table("chat_states", schema=None) as batch_op:
        batch_op.drop_column("focus_chosen")
