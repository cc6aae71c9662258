"""Where the application keeps its files: platformdirs defaults, overridable per run."""

from __future__ import annotations

import os
import re
from pathlib import Path

APP_NAME = "deliberation"
STORE_ENV = "DELIBERATION_STORE"
STORE_FILENAME = "deliberation.sqlite3"


def default_store_path() -> Path:
    """The store used when neither `--store` nor DELIBERATION_STORE is given."""
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False) / STORE_FILENAME


def log_path() -> Path:
    """The application's log file (errors whose detail the user is told is kept there)."""
    from platformdirs import user_log_path

    return user_log_path(APP_NAME, appauthor=False) / "deliberation.log"


def is_url(location: str) -> bool:
    """Whether a store location is a database URL rather than a file path."""
    return "://" in location


# A password given as a query parameter (`?password=…`, libpq's and psycopg's spelling).
_QUERY_PASSWORD = re.compile(r"([?&](?:password|passwd|pwd)=)[^&#]*", re.IGNORECASE)


def safe_location(location: str) -> str:
    """A store location fit to show or log: a path as is, a database URL without its password
    (neither the one after the user name nor one given as a `password=` parameter)."""
    if not is_url(location):
        return location
    scheme, _, rest = location.partition("://")
    authority, slash, tail = rest.partition("/")
    credentials, at, host = authority.rpartition("@")
    if at and ":" in credentials:
        user = credentials.split(":", 1)[0]
        authority = f"{user}:***@{host}"
    tail = _QUERY_PASSWORD.sub(r"\1***", tail)
    return f"{scheme}://{authority}{slash}{tail}"


def sqlite_url_path(location: str) -> Path | None:
    """The file a `sqlite:///…` URL names (None for any other location, or an in-memory one)."""
    scheme, separator, rest = location.partition("://")
    if not separator or scheme.split("+", 1)[0].lower() != "sqlite" or not rest.startswith("/"):
        return None
    name = rest[1:].split("?", 1)[0]
    return Path(name) if name and name != ":memory:" else None


# -- files only their owner can read ----------------------------------------------------------

PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700


def make_private_dirs(folder: Path) -> None:
    """Create `folder` and its missing parents, each readable by its owner only (0700).

    Folders that already exist are left as they are. The process umask is never changed (other
    threads may be creating files meanwhile). Raises OSError like Path.mkdir.
    """
    missing = []
    current = Path(folder)
    while not current.exists() and current != current.parent:
        missing.append(current)
        current = current.parent
    for path in reversed(missing):
        try:
            path.mkdir(mode=PRIVATE_DIR)
        except FileExistsError:
            continue  # made meanwhile by another process
        os.chmod(path, PRIVATE_DIR)  # the umask may have taken bits the mode asked for


def create_private_file(path: Path) -> None:
    """Create `path`, empty and readable by its owner only (0600), failing if it exists.

    Whatever is written into it later (SQLite, a logging handler, a document writer) keeps those
    permissions; SQLite gives its -wal and -shm files the database file's.
    """
    handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
    try:
        if hasattr(os, "fchmod"):
            os.fchmod(handle, PRIVATE_FILE)
    finally:
        os.close(handle)


def resolve_store_location(cli_value: str | None = None) -> str:
    """The store to open: the `--store` value, else DELIBERATION_STORE, else the default.

    A value containing "://" is a SQLAlchemy database URL (PostgreSQL); anything else is a path.
    """
    for value in (cli_value, os.environ.get(STORE_ENV)):
        if value:
            return value if is_url(value) else str(Path(value).expanduser())
    return str(default_store_path())
