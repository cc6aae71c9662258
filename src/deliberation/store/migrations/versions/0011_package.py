"""Offline packages: the store's identity (one UUID per store) and a package's own record.

Revision ID: 0011
Revises: 0009
"""

import uuid
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    identity = op.create_table(
        "store_identity",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("uuid", sa.Uuid(), nullable=False, unique=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    now = datetime.now(UTC)
    if op.get_bind().dialect.name == "sqlite":  # timestamps are naive UTC there
        now = now.replace(tzinfo=None)
    op.bulk_insert(identity, [{"id": 1, "uuid": uuid.uuid4(), "created_at": now}])
    op.create_table(
        "package",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("uuid", sa.Uuid(), nullable=False, unique=True),
        sa.Column("source_store", sa.Uuid(), nullable=False),
        sa.Column("body_uuid", sa.Uuid()),
        sa.Column("opinion_uuid", sa.Uuid(), nullable=False),
        sa.Column("organisation_uuid", sa.Uuid()),
        sa.Column("base_revision", sa.Integer(), nullable=False),
        sa.Column("base_text", sa.Text(), nullable=False),
        sa.Column("made_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("made_by", sa.String(200), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("package")
    op.drop_table("store_identity")
