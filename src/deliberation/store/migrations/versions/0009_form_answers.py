"""Answers read from a returned response form: the position source « form » (« Formulaire »).

Revision ID: 0009
Revises: 0008
"""

from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

_BEFORE = "source IN ('meeting', 'email', 'written', 'word_return', 'phone', 'other')"
_AFTER = "source IN ('meeting', 'email', 'written', 'word_return', 'form', 'phone', 'other')"


def upgrade() -> None:
    with op.batch_alter_table("position") as batch:
        batch.drop_constraint("source", type_="check")
        batch.create_check_constraint("source", _AFTER)


def downgrade() -> None:
    op.execute("UPDATE position SET source = 'other' WHERE source = 'form'")
    with op.batch_alter_table("position") as batch:
        batch.drop_constraint("source", type_="check")
        batch.create_check_constraint("source", _BEFORE)
