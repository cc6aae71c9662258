"""Fichier's bases: the recent ones, opening one for the window, and the names shown for them."""

from __future__ import annotations

from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP

from deliberation.paths import is_url, safe_location

if TYPE_CHECKING:
    from deliberation.records.connection import SharedBackup
    from deliberation.services.root import Root

RECENT_LIMIT = 8
"""How many bases Fichier › Récents lists."""
STORE_FILTER = ";;".join(
    (
        str(QT_TRANSLATE_NOOP("FileFilters", "Bases Délibération (*.sqlite3 *.sqlite *.db)")),
        str(QT_TRANSLATE_NOOP("FileFilters", "Tous les fichiers (*)")),
    )
)


def store_name(location: str) -> str:
    """The short name of a base for the title bar: its file's name, or a database's name."""
    if not is_url(location):
        return Path(location).name
    path = safe_location(location).partition("://")[2].partition("/")[2].split("?", 1)[0]
    return PurePosixPath(path).name or safe_location(location)


def recent_stores() -> list[str]:
    """The bases opened last, most recent first."""
    from deliberation.ui.kit.settings import RECENT_STORES

    return [line for line in RECENT_STORES.get().splitlines() if line.strip()][:RECENT_LIMIT]


def remember_store(location: str) -> None:
    """Put a base first in Fichier › Récents (a URL with a password is never written down)."""
    from deliberation.ui.kit.settings import RECENT_STORES

    if is_url(location) and safe_location(location) != location:
        return
    if not is_url(location):
        location = str(Path(location).absolute())
    kept = [location, *(s for s in recent_stores() if s != location)]
    RECENT_STORES.set("\n".join(kept[:RECENT_LIMIT]))


def forget_store(location: str) -> None:
    """Take a base out of Fichier › Récents."""
    from deliberation.ui.kit.settings import RECENT_STORES

    RECENT_STORES.set("\n".join(s for s in recent_stores() if s != location))


def open_for_window(
    location: str, *, password: str | None = None, backup: SharedBackup | None = None
) -> Root:
    """Open (create, migrate, seed) the base at `location` for the window; runs in a pool thread.

    A shared base's `password` is given apart from its URL; `backup` stands for the backup
    taken or confirmed before its schema is upgraded (BackupRequiredError without one).

    The use cases are built here, off the UI thread (importing them is most of the work left
    before the first page), and no SQLite connection is left in the pool (each belongs to the
    thread that made it).
    """
    from deliberation.services.root import open_root  # imports SQLAlchemy: the slow part

    opened = open_root(location, password=password, backup=backup)
    try:
        opened.meetings, opened.positions, opened.opinions, opened.identity  # noqa: B018
        opened.store.engine.dispose()
    except Exception:
        opened.close()
        raise
    return opened
