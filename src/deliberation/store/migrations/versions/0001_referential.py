"""Referential: body, organisation kinds, organisations with names and memberships, delegates,
themes, seed log.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

from deliberation.store.migrations.columns import owned_by, reference, tracked

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

APPLICATION_ID = 0x44454C42  # "DELB": marks a SQLite file as a Délibération store


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    op.create_table(
        "body",
        *tracked(),
        sa.Column("name", sa.String(300), nullable=False),
        sa.Column("short_name", sa.String(120), nullable=False),
        sa.Column("secretariat", sa.Text(), nullable=False),
    )
    op.create_table(
        "organisation_kind",
        *tracked(),
        sa.Column("key", sa.String(60), nullable=False, unique=True),
        sa.Column("label", sa.String(120), nullable=False),
    )
    op.create_table(
        "organisation",
        *tracked(),
        sa.Column("acronym", sa.String(30), nullable=False, unique=True),
        sa.Column("name", sa.String(300), nullable=False),
        reference("kind_id", "organisation_kind", nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
    )
    op.create_table(
        "organisation_name",
        *tracked(),
        owned_by("organisation_id", "organisation"),
        sa.Column("acronym", sa.String(30), nullable=False),
        sa.Column("name", sa.String(300), nullable=False),
        sa.Column("valid_from", sa.Date()),
        sa.Column("valid_until", sa.Date()),
        sa.Column("note", sa.Text(), nullable=False),
    )
    op.create_table(
        "membership",
        *tracked(),
        owned_by("organisation_id", "organisation"),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date()),
        sa.Column("note", sa.Text(), nullable=False),
        sa.CheckConstraint("end_date IS NULL OR end_date >= start_date", name="period"),
    )
    op.create_table(
        "delegate",
        *tracked(),
        reference("organisation_id", "organisation", nullable=False, index=True),
        sa.Column("first_name", sa.String(120), nullable=False),
        sa.Column("last_name", sa.String(120), nullable=False),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("email", sa.String(254), nullable=False),
        sa.Column("function", sa.String(300), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.CheckConstraint("role IN ('titular', 'alternate')", name="role"),
    )
    op.create_table(
        "theme",
        *tracked(),
        sa.Column("number", sa.Integer(), nullable=False, unique=True),
        sa.Column("title", sa.String(300), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
    )
    op.create_table(
        "seed_record",
        sa.Column("key", sa.String(200), primary_key=True),
        sa.Column("applied_at", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    for table in (
        "seed_record",
        "theme",
        "delegate",
        "membership",
        "organisation_name",
        "organisation",
        "organisation_kind",
        "body",
    ):
        op.drop_table(table)
