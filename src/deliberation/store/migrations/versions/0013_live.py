"""Live news of changes (PostgreSQL NOTIFY), who saved an opinion's text, one import per file.

Revision ID: 0013
Revises: 0011
"""

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

CHANNEL = "deliberation"

# Every table whose rows a screen shows; a change of one row notifies the others at commit.
WATCHED = (
    "body", "organisation_kind", "organisation", "organisation_name", "membership", "delegate",
    "theme", "working_group", "working_group_member", "working_group_rapporteur", "meeting",
    "agenda_item", "agenda_link", "attendance", "attendance_delegate", "action", "consultation",
    "consultation_subject", "consulted_organisation", "position", "opinion",
    "opinion_rapporteur", "opinion_agenda_link", "opinion_status_change", "opinion_paragraph",
    "opinion_version", "amendment", "opinion_comment",
)  # fmt: skip

# The notice: the table, the row's id, its owner's ids where it has them, and the client that
# wrote (the `deliberation.client` setting of its connection, so that it ignores its own news).
NOTIFY_FUNCTION = f"""
CREATE OR REPLACE FUNCTION deliberation_notify() RETURNS trigger AS $$
DECLARE
    row_data jsonb;
BEGIN
    IF TG_OP = 'DELETE' THEN
        row_data := to_jsonb(OLD);
    ELSE
        row_data := to_jsonb(NEW);
    END IF;
    PERFORM pg_notify('{CHANNEL}', jsonb_strip_nulls(jsonb_build_object(
        'table', TG_TABLE_NAME,
        'id', row_data -> 'id',
        'opinion_id', row_data -> 'opinion_id',
        'meeting_id', row_data -> 'meeting_id',
        'consultation_id', row_data -> 'consultation_id',
        'client', current_setting('deliberation.client', true)
    ))::text);
    RETURN NULL;
END;
$$ LANGUAGE plpgsql
"""


def _existing(names: tuple[str, ...]) -> list[str]:
    found = set(sa.inspect(op.get_bind()).get_table_names())
    return [name for name in names if name in found]


def upgrade() -> None:
    with op.batch_alter_table("opinion") as batch:
        batch.add_column(
            sa.Column("text_saved_by", sa.String(200), nullable=False, server_default="")
        )
        batch.add_column(sa.Column("text_saved_at", sa.DateTime(timezone=True)))
    # A returned file's items are imported once per opinion, even by two imports at once
    # (an older store may hold the same item twice: the later copies lose their key).
    for table in ("amendment", "opinion_comment"):
        op.execute(
            f"UPDATE {table} SET source_key = NULL WHERE source_key IS NOT NULL AND id NOT IN "
            f"(SELECT MIN(id) FROM {table} WHERE source_key IS NOT NULL "
            "GROUP BY opinion_id, source_key)"
        )
    op.create_index("uq_amendment_source", "amendment", ["opinion_id", "source_key"], unique=True)
    op.create_index(
        "uq_opinion_comment_source", "opinion_comment", ["opinion_id", "source_key"], unique=True
    )
    if op.get_bind().dialect.name != "postgresql":
        return  # several windows on one SQLite file learn of changes by polling (data_version)
    op.execute(NOTIFY_FUNCTION)
    for table in _existing(WATCHED):
        op.execute(
            f'CREATE TRIGGER deliberation_notify AFTER INSERT OR UPDATE OR DELETE ON "{table}" '
            "FOR EACH ROW EXECUTE FUNCTION deliberation_notify()"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table in _existing(WATCHED):
            op.execute(f'DROP TRIGGER IF EXISTS deliberation_notify ON "{table}"')
        op.execute("DROP FUNCTION IF EXISTS deliberation_notify()")
    op.drop_index("uq_opinion_comment_source", "opinion_comment")
    op.drop_index("uq_amendment_source", "amendment")
    with op.batch_alter_table("opinion") as batch:
        batch.drop_column("text_saved_at")
        batch.drop_column("text_saved_by")
