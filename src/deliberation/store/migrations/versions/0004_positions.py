"""Consultations of the member organisations, their positions and the positions' history.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

from deliberation.store.migrations.columns import owned_by, reference, tracked

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def position_values() -> list[sa.Column]:
    return [
        sa.Column("stance", sa.String(20), nullable=False),
        sa.Column("reservation", sa.Text(), nullable=False),
        sa.Column("reasons", sa.Text(), nullable=False),
        sa.Column("amendment", sa.Text(), nullable=False),
        sa.Column("source", sa.String(20), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("recorded_by", sa.String(200), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "consultation",
        *tracked(),
        sa.Column("title", sa.String(300), nullable=False),
        sa.Column("question", sa.Text(), nullable=False),
        reference("meeting_id", "meeting", ondelete="SET NULL", index=True),
        sa.Column("opened_on", sa.Date(), nullable=False),
        sa.Column("deadline", sa.Date()),
        sa.Column("min_answers", sa.Integer(), nullable=False),
        sa.Column("max_unfavorable", sa.Integer(), nullable=False),
        sa.Column("abstentions_count", sa.Boolean(), nullable=False),
        sa.CheckConstraint("deadline IS NULL OR deadline >= opened_on", name="period"),
        sa.CheckConstraint("min_answers >= 0 AND max_unfavorable >= 0", name="rule"),
    )
    op.create_table(
        "consultation_subject",
        *tracked(),
        owned_by("consultation_id", "consultation"),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("ref", sa.Uuid(), index=True),
        sa.Column("label", sa.String(500), nullable=False),
        sa.CheckConstraint("kind IN ('agenda_item', 'opinion', 'paragraph', 'other')", name="kind"),
    )
    op.create_table(
        "consulted_organisation",
        reference("consultation_id", "consultation", ondelete="CASCADE", primary_key=True),
        reference("organisation_id", "organisation", primary_key=True),
    )
    op.create_table(
        "position",
        *tracked(),
        reference("subject_id", "consultation_subject", ondelete="CASCADE", nullable=False),
        reference("organisation_id", "organisation", nullable=False, index=True),
        *position_values(),
        sa.UniqueConstraint("subject_id", "organisation_id", name="uq_position"),
        sa.CheckConstraint(
            "stance IN ('favorable', 'reserved', 'unfavorable', 'abstention', 'not_expressed')",
            name="stance",
        ),
        sa.CheckConstraint(
            "source IN ('meeting', 'email', 'written', 'word_return', 'phone', 'other')",
            name="source",
        ),
        sa.CheckConstraint("stance <> 'reserved' OR reservation <> ''", name="reservation"),
    )
    op.create_table(
        "position_revision",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("position_uuid", sa.Uuid(), nullable=False, index=True),
        owned_by("subject_id", "consultation_subject"),
        reference("organisation_id", "organisation", nullable=False),
        *position_values(),
        sa.Column("changed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("changed_by", sa.String(200), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("position_revision")
    op.drop_table("position")
    op.drop_table("consulted_organisation")
    op.drop_table("consultation_subject")
    op.drop_table("consultation")
