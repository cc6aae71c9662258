"""Known schema revisions, readable without importing Alembic (kept in step by a test)."""

REVISIONS = (
    "0001",
    "0002",
    "0003",
    "0004",
    "0005",
    "0006",
    "0007",
    "0008",
    "0009",
    "0010",
    "0011",
    "0012",
    "0013",
)
HEAD = REVISIONS[-1]
APPLICATION_ID = 0x44454C42  # "DELB", written into the SQLite header by revision 0001
SQLITE_MAGIC = b"SQLite format 3\x00"
SEARCH_TABLE = "search_index"
"""The full-text index (revision 0010): kept by triggers, outside the ORM models; on SQLite its
FTS5 shadow tables are named after it (search_index_data…)."""


def is_search_table(name: str | None) -> bool:
    """Whether a table belongs to the search index, which the models do not describe."""
    return bool(name) and str(name).startswith(SEARCH_TABLE)
