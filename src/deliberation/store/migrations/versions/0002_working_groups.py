"""Working groups with their member organisations and rapporteurs.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def tracked() -> list[sa.Column]:
    return [
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("uuid", sa.Uuid(), nullable=False, unique=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "working_group",
        *tracked(),
        sa.Column("name", sa.String(300), nullable=False, unique=True),
        sa.Column("theme_id", sa.Integer(), sa.ForeignKey("theme.id")),
        sa.Column("mandate", sa.Text(), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("start_date", sa.Date()),
        sa.Column("end_date", sa.Date()),
        sa.Column("chair_id", sa.Integer(), sa.ForeignKey("delegate.id")),
        sa.CheckConstraint("status IN ('preparing', 'active', 'closed')", name="status"),
        sa.CheckConstraint("end_date IS NULL OR end_date >= start_date", name="period"),
    )
    op.create_table(
        "working_group_member",
        *tracked(),
        sa.Column(
            "group_id",
            sa.Integer(),
            sa.ForeignKey("working_group.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
        sa.Column(
            "organisation_id", sa.Integer(), sa.ForeignKey("organisation.id"), nullable=False
        ),
        sa.UniqueConstraint("group_id", "organisation_id", name="uq_group_member"),
    )
    op.create_table(
        "working_group_rapporteur",
        *tracked(),
        sa.Column(
            "group_id",
            sa.Integer(),
            sa.ForeignKey("working_group.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
        sa.Column("delegate_id", sa.Integer(), sa.ForeignKey("delegate.id"), nullable=False),
        sa.UniqueConstraint("group_id", "delegate_id", name="uq_group_rapporteur"),
    )


def downgrade() -> None:
    op.drop_table("working_group_rapporteur")
    op.drop_table("working_group_member")
    op.drop_table("working_group")
