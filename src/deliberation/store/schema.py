"""Known schema revisions, readable without importing Alembic (kept in step by a test)."""

REVISIONS = ("0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008", "0009", "0011")
HEAD = REVISIONS[-1]
APPLICATION_ID = 0x44454C42  # "DELB", written into the SQLite header by revision 0001
SQLITE_MAGIC = b"SQLite format 3\x00"
