"""A shared store's connection as typed, the backup asked before migrating it, and who is
connected (the database login and the name and organisation the secretariat gave it)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from deliberation.records.i18n import QT_TRANSLATE_NOOP

DEFAULT_PORT = 5432
SSL_MODES: dict[str, str] = {
    "disable": QT_TRANSLATE_NOOP("labels", "Sans chiffrement (disable)"),
    "prefer": QT_TRANSLATE_NOOP("labels", "Chiffré si le serveur le permet (prefer)"),
    "require": QT_TRANSLATE_NOOP("labels", "Chiffrement exigé (require)"),
    "verify-full": QT_TRANSLATE_NOOP(
        "labels", "Chiffré, certificat du serveur vérifié (verify-full)"
    ),
}
"""libpq's sslmode values offered in the window, with what each means."""
DEFAULT_SSL_MODE = "prefer"


@dataclass(frozen=True)
class SharedConnection:
    """A PostgreSQL store as the user typed it (never its password).

    `host` is a server's name or address, or a folder holding the server's Unix socket.
    """

    host: str
    database: str
    user: str
    port: int = DEFAULT_PORT
    sslmode: str = DEFAULT_SSL_MODE


@dataclass(frozen=True)
class SharedBackup:
    """What stands for a backup before a shared database's schema is upgraded: a dump that
    pg_dump writes to `dump_to`, or the user's word that one exists (`confirmed`)."""

    dump_to: Path | None = None
    confirmed: bool = False


@dataclass(frozen=True)
class Identity:
    """The person behind a database login: the name recorded on their changes.

    `mapped` is False when the secretariat has not named the login yet (`name` is then the
    login itself); `organisation` is the organisation's acronym ('' when none).
    """

    login: str
    name: str
    organisation: str = ""
    mapped: bool = False
