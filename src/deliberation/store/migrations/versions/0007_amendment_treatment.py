"""Amendments' table: the treatment the rapporteur proposes for each amendment, with a note.

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

TREATMENTS = "('', 'favorable', 'unfavorable', 'withdrawal_requested', 'satisfied')"


def upgrade() -> None:
    with op.batch_alter_table("amendment") as batch:
        batch.add_column(sa.Column("treatment", sa.String(30), nullable=False, server_default=""))
        batch.add_column(sa.Column("treatment_note", sa.Text(), nullable=False, server_default=""))
        batch.create_check_constraint("treatment", f"treatment IN {TREATMENTS}")


def downgrade() -> None:
    with op.batch_alter_table("amendment") as batch:
        batch.drop_constraint("treatment", type_="check")
        batch.drop_column("treatment_note")
        batch.drop_column("treatment")
