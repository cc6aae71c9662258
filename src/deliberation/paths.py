"""Where the application keeps its files: platformdirs defaults, overridable per run."""

from __future__ import annotations

import os
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


def safe_location(location: str) -> str:
    """A store location fit to show: a path as is, a database URL without its password."""
    if not is_url(location):
        return location
    scheme, _, rest = location.partition("://")
    authority, slash, tail = rest.partition("/")
    credentials, at, host = authority.rpartition("@")
    if not at or ":" not in credentials:
        return location
    user = credentials.split(":", 1)[0]
    return f"{scheme}://{user}:***@{host}{slash}{tail}"


def resolve_store_location(cli_value: str | None = None) -> str:
    """The store to open: the `--store` value, else DELIBERATION_STORE, else the default.

    A value containing "://" is a SQLAlchemy database URL (PostgreSQL); anything else is a path.
    """
    for value in (cli_value, os.environ.get(STORE_ENV)):
        if value:
            return value if is_url(value) else str(Path(value).expanduser())
    return str(default_store_path())
