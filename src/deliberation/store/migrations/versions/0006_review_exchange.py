"""Word exchange: the exports of opinions sent for review, and where imported items came from.

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

from deliberation.store.migrations.columns import owned_by

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "opinion_export",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("uuid", sa.Uuid(), nullable=False, unique=True),
        owned_by("opinion_id", "opinion"),
        sa.Column("version_number", sa.Integer()),
        sa.Column("against_number", sa.Integer()),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("exported_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("exported_by", sa.String(200), nullable=False),
        sa.Column("author", sa.String(200), nullable=False),
        sa.Column("file_name", sa.String(500), nullable=False),
    )
    with op.batch_alter_table("amendment") as batch:
        batch.add_column(sa.Column("source_key", sa.String(64)))
        batch.create_index("ix_amendment_source_key", ["source_key"])
    with op.batch_alter_table("opinion_comment") as batch:
        batch.add_column(sa.Column("source_key", sa.String(64)))
        batch.add_column(
            sa.Column(
                "organisation_id",
                sa.Integer(),
                sa.ForeignKey(
                    "organisation.id", name="fk_opinion_comment_organisation", ondelete="SET NULL"
                ),
            )
        )
        batch.create_index("ix_opinion_comment_source_key", ["source_key"])


def downgrade() -> None:
    with op.batch_alter_table("opinion_comment") as batch:
        batch.drop_index("ix_opinion_comment_source_key")
        batch.drop_constraint("fk_opinion_comment_organisation", type_="foreignkey")
        batch.drop_column("organisation_id")
        batch.drop_column("source_key")
    with op.batch_alter_table("amendment") as batch:
        batch.drop_index("ix_amendment_source_key")
        batch.drop_column("source_key")
    op.drop_table("opinion_export")
