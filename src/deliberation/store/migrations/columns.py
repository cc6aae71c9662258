"""Column groups the migration scripts share: frozen, since revisions already applied use them.

Never change what these functions return: every revision of versions/ that calls them must keep
creating exactly the schema it created when it was written. A new shape of column gets a new
function here (or stays inside its own revision); the models' columns live in store/models.
"""

import sqlalchemy as sa


def tracked() -> list[sa.Column]:
    """The columns of a tracked row: a surrogate key, a stable UUID and UTC timestamps."""
    return [
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("uuid", sa.Uuid(), nullable=False, unique=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    ]


def reference(name: str, table: str, *, ondelete: str | None = None, **options: bool) -> sa.Column:
    """An integer column referring to the id of a row of `table`."""
    return sa.Column(name, sa.Integer(), sa.ForeignKey(f"{table}.id", ondelete=ondelete), **options)


def owned_by(name: str, table: str) -> sa.Column:
    """The indexed, required reference of a row to the row it belongs to and goes away with."""
    return reference(name, table, ondelete="CASCADE", nullable=False, index=True)
