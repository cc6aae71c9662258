"""Working groups with their member organisations and rapporteurs.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

from deliberation.store.migrations.columns import owned_by, reference, tracked

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "working_group",
        *tracked(),
        sa.Column("name", sa.String(300), nullable=False, unique=True),
        reference("theme_id", "theme"),
        sa.Column("mandate", sa.Text(), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("start_date", sa.Date()),
        sa.Column("end_date", sa.Date()),
        reference("chair_id", "delegate"),
        sa.CheckConstraint("status IN ('preparing', 'active', 'closed')", name="status"),
        sa.CheckConstraint("end_date IS NULL OR end_date >= start_date", name="period"),
    )
    op.create_table(
        "working_group_member",
        *tracked(),
        owned_by("group_id", "working_group"),
        reference("organisation_id", "organisation", nullable=False),
        sa.UniqueConstraint("group_id", "organisation_id", name="uq_group_member"),
    )
    op.create_table(
        "working_group_rapporteur",
        *tracked(),
        owned_by("group_id", "working_group"),
        reference("delegate_id", "delegate", nullable=False),
        sa.UniqueConstraint("group_id", "delegate_id", name="uq_group_rapporteur"),
    )


def downgrade() -> None:
    op.drop_table("working_group_rapporteur")
    op.drop_table("working_group_member")
    op.drop_table("working_group")
