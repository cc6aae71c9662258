"""Meetings with their agenda, attendance, decisions and the actions they agreed.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
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
        "meeting",
        *tracked(),
        sa.Column("kind", sa.String(30), nullable=False),
        sa.Column("group_id", sa.Integer(), sa.ForeignKey("working_group.id"), index=True),
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
        sa.Column(
            "meeting_id",
            sa.Integer(),
            sa.ForeignKey("meeting.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("title", sa.String(300), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("presenter_organisation_id", sa.Integer(), sa.ForeignKey("organisation.id")),
        sa.Column("presenter_delegate_id", sa.Integer(), sa.ForeignKey("delegate.id")),
        sa.Column("duration_minutes", sa.Integer(), nullable=False),
        sa.Column("outcome", sa.Text(), nullable=False),
        sa.Column("decision", sa.Text(), nullable=False),
        sa.CheckConstraint("kind IN ('information', 'discussion', 'decision')", name="kind"),
        sa.CheckConstraint("duration_minutes > 0", name="duration"),
    )
    op.create_table(
        "agenda_link",
        *tracked(),
        sa.Column(
            "item_id",
            sa.Integer(),
            sa.ForeignKey("agenda_item.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("target", sa.String(2000), nullable=False),
        sa.Column("label", sa.String(300), nullable=False),
        sa.CheckConstraint("kind IN ('file', 'url', 'record')", name="kind"),
    )
    op.create_table(
        "attendance",
        *tracked(),
        sa.Column(
            "meeting_id",
            sa.Integer(),
            sa.ForeignKey("meeting.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column(
            "organisation_id",
            sa.Integer(),
            sa.ForeignKey("organisation.id"),
            nullable=False,
            index=True,
        ),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("represented_by_id", sa.Integer(), sa.ForeignKey("organisation.id")),
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
        sa.Column(
            "attendance_id",
            sa.Integer(),
            sa.ForeignKey("attendance.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("delegate_id", sa.Integer(), sa.ForeignKey("delegate.id"), primary_key=True),
    )
    op.create_table(
        "action",
        *tracked(),
        sa.Column(
            "meeting_id",
            sa.Integer(),
            sa.ForeignKey("meeting.id", ondelete="SET NULL"),
            index=True,
        ),
        sa.Column("item_uuid", sa.Uuid()),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), sa.ForeignKey("organisation.id")),
        sa.Column("delegate_id", sa.Integer(), sa.ForeignKey("delegate.id")),
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
