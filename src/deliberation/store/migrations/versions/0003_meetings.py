"""Meetings with their agenda, attendance, decisions and the actions they agreed.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

from deliberation.store.migrations.columns import owned_by, reference, tracked

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "meeting",
        *tracked(),
        sa.Column("kind", sa.String(30), nullable=False),
        reference("group_id", "working_group", index=True),
        sa.Column("title", sa.String(300), nullable=False),
        sa.Column("day", sa.Date(), nullable=False, index=True),
        sa.Column("start_time", sa.Time(), nullable=False),
        sa.Column("end_time", sa.Time(), nullable=False),
        sa.Column("place", sa.String(300), nullable=False),
        sa.Column("video_link", sa.String(1000), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("series_uuid", sa.Uuid(), index=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('plenary', 'group_session', 'sharing_day', 'consensus_conference')",
            name="kind",
        ),
        sa.CheckConstraint(
            "status IN ('planned', 'held', 'cancelled', 'postponed')", name="status"
        ),
        sa.CheckConstraint("end_time > start_time", name="times"),
    )
    op.create_table(
        "agenda_item",
        *tracked(),
        owned_by("meeting_id", "meeting"),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("title", sa.String(300), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        reference("presenter_organisation_id", "organisation"),
        reference("presenter_delegate_id", "delegate"),
        sa.Column("duration_minutes", sa.Integer(), nullable=False),
        sa.Column("outcome", sa.Text(), nullable=False),
        sa.Column("decision", sa.Text(), nullable=False),
        sa.CheckConstraint("kind IN ('information', 'discussion', 'decision')", name="kind"),
        sa.CheckConstraint("duration_minutes > 0", name="duration"),
    )
    op.create_table(
        "agenda_link",
        *tracked(),
        owned_by("item_id", "agenda_item"),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("target", sa.String(2000), nullable=False),
        sa.Column("label", sa.String(300), nullable=False),
        sa.CheckConstraint("kind IN ('file', 'url', 'record')", name="kind"),
    )
    op.create_table(
        "attendance",
        *tracked(),
        reference("meeting_id", "meeting", ondelete="CASCADE", nullable=False),
        reference("organisation_id", "organisation", nullable=False, index=True),
        sa.Column("status", sa.String(20), nullable=False),
        reference("represented_by_id", "organisation"),
        sa.Column("note", sa.Text(), nullable=False),
        sa.UniqueConstraint("meeting_id", "organisation_id", name="uq_attendance"),
        sa.CheckConstraint(
            "status IN ('pending', 'present', 'excused', 'absent', 'represented')",
            name="status",
        ),
        sa.CheckConstraint(
            "(status = 'represented') = (represented_by_id IS NOT NULL)", name="represented"
        ),
    )
    op.create_table(
        "attendance_delegate",
        reference("attendance_id", "attendance", ondelete="CASCADE", primary_key=True),
        reference("delegate_id", "delegate", primary_key=True),
    )
    op.create_table(
        "action",
        *tracked(),
        reference("meeting_id", "meeting", ondelete="SET NULL", index=True),
        sa.Column("item_uuid", sa.Uuid()),
        sa.Column("title", sa.Text(), nullable=False),
        reference("organisation_id", "organisation"),
        reference("delegate_id", "delegate"),
        sa.Column("due_date", sa.Date(), index=True),
        sa.Column("status", sa.String(20), nullable=False, index=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("closed_on", sa.Date()),
        sa.CheckConstraint("status IN ('open', 'in_progress', 'done', 'dropped')", name="status"),
    )


def downgrade() -> None:
    op.drop_table("action")
    op.drop_table("attendance_delegate")
    op.drop_table("attendance")
    op.drop_table("agenda_link")
    op.drop_table("agenda_item")
    op.drop_table("meeting")
