"""Draft opinions: description, rapporteurs, status history, text, versions, amendments, comments.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

from deliberation.store.migrations.columns import reference, tracked

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def opinion_fk(primary_key: bool = False) -> sa.Column:
    return reference(
        "opinion_id",
        "opinion",
        ondelete="CASCADE",
        nullable=False,
        primary_key=primary_key,
        index=not primary_key,
    )


def upgrade() -> None:
    op.create_table(
        "opinion",
        *tracked(),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("title", sa.String(500), nullable=False),
        reference("group_id", "working_group", ondelete="SET NULL", index=True),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("text_revision", sa.Integer(), nullable=False),
        sa.CheckConstraint("kind IN ('avis', 'recommandation', 'contribution')", name="kind"),
        sa.CheckConstraint(
            "status IN ('draft', 'consultation', 'consolidated', 'adopted', 'published', "
            "'abandoned')",
            name="status",
        ),
    )
    op.create_table(
        "opinion_rapporteur",
        opinion_fk(primary_key=True),
        reference("delegate_id", "delegate", ondelete="CASCADE", primary_key=True),
        sa.Column("position", sa.Integer(), nullable=False),
    )
    op.create_table(
        "opinion_agenda_link",
        opinion_fk(primary_key=True),
        reference(
            "agenda_item_id", "agenda_item", ondelete="CASCADE", primary_key=True, index=True
        ),
    )
    op.create_table(
        "opinion_status_change",
        sa.Column("id", sa.Integer(), primary_key=True),
        opinion_fk(),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("changed_on", sa.Date(), nullable=False),
        sa.Column("changed_by", sa.String(200), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
    )
    op.create_table(
        "opinion_paragraph",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("uuid", sa.Uuid(), nullable=False, unique=True),
        opinion_fk(),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("removed", sa.Boolean(), nullable=False),
        sa.Column("merged_into", sa.Uuid()),
        sa.Column("split_from", sa.Uuid()),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "kind IN ('heading', 'recital', 'paragraph', 'recommendation')", name="kind"
        ),
        sa.CheckConstraint("level BETWEEN 1 AND 3", name="level"),
    )
    op.create_table(
        "opinion_version",
        sa.Column("id", sa.Integer(), primary_key=True),
        opinion_fk(),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("frozen_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("frozen_by", sa.String(200), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.UniqueConstraint("opinion_id", "number", name="uq_opinion_version"),
    )
    op.create_table(
        "amendment",
        *tracked(),
        opinion_fk(),
        sa.Column("paragraph_uuid", sa.Uuid(), nullable=False, index=True),
        reference("organisation_id", "organisation", nullable=False, index=True),
        sa.Column("action", sa.String(20), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("justification", sa.Text(), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("proposed_on", sa.Date(), nullable=False),
        sa.Column("author", sa.String(200), nullable=False),
        sa.Column("original", sa.Text(), nullable=False),
        sa.Column("applied", sa.Text(), nullable=False),
        sa.Column("inserted_uuid", sa.Uuid()),
        sa.Column("decided_on", sa.Date()),
        sa.Column("decided_by", sa.String(200), nullable=False),
        sa.Column("decision_note", sa.Text(), nullable=False),
        sa.CheckConstraint("action IN ('replace', 'insert_after', 'delete')", name="action"),
        sa.CheckConstraint(
            "status IN ('proposed', 'accepted', 'accepted_modified', 'rejected', 'withdrawn')",
            name="status",
        ),
    )
    op.create_table(
        "opinion_comment",
        *tracked(),
        opinion_fk(),
        sa.Column("paragraph_uuid", sa.Uuid(), nullable=False, index=True),
        reference("reply_to_id", "opinion_comment", ondelete="CASCADE", index=True),
        sa.Column("author", sa.String(200), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("anchor", sa.Text(), nullable=False),
        sa.Column("written_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("resolved", sa.Boolean(), nullable=False),
    )


def downgrade() -> None:
    for table in (
        "opinion_comment",
        "amendment",
        "opinion_version",
        "opinion_paragraph",
        "opinion_status_change",
        "opinion_agenda_link",
        "opinion_rapporteur",
        "opinion",
    ):
        op.drop_table(table)
