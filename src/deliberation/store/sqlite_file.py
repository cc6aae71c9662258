"""A SQLite store's file, checked without SQLAlchemy: its header, its schema revision, and
SQLite's failures worded in one sentence (shared by the store's engine and the read path)."""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from pathlib import Path

from deliberation.errors import (
    NotAStoreError,
    StoreCorruptError,
    StoreError,
    StoreLockedError,
    StoreTooNewError,
    StoreUnavailableError,
    os_reason,
    sqlite_reason,
)
from deliberation.records.i18n import QT_TRANSLATE_NOOP, Sentence
from deliberation.store.schema import APPLICATION_ID, REVISIONS, SQLITE_MAGIC

BUSY_TIMEOUT_MS = 5000  # how long a write waits for another program's write to end


def has_content(path: Path) -> bool:
    """Whether the file exists and holds something (an empty file is no store yet)."""
    try:
        return path.stat().st_size > 0
    except OSError:
        return False


def read_only(path: Path) -> bool:
    """Whether the store file is not to be written: no write permission, for anyone or for us
    (the permission bits count even for an administrator, who could write anyway)."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return not mode & 0o222 or not os.access(path, os.W_OK)


def inspect_sqlite(path: Path) -> str:
    """The schema revision of an existing file, refusing anything that is not our store."""
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError as exc:
        raise StoreUnavailableError(
            Sentence(
                QT_TRANSLATE_NOOP("errors", "Impossible de lire le fichier {path} : {reason}."),
                path=path,
                reason=os_reason(exc),
            )
        ) from exc
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        raise NotAStoreError(
            Sentence(
                QT_TRANSLATE_NOOP("errors", "Le fichier {path} n'est pas une base Délibération."),
                path=path,
            )
        )
    if int.from_bytes(header[68:72], "big") != APPLICATION_ID:
        raise NotAStoreError(
            Sentence(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Le fichier {path} est une base SQLite d'une autre application, "
                    "pas une base Délibération.",
                ),
                path=path,
            )
        )
    # Without a pending write-ahead log, read the file as immutable: SQLite then creates no
    # -wal/-shm files beside a file we may be about to refuse.
    flags = "mode=ro" if Path(f"{path}-wal").exists() else "mode=ro&immutable=1"
    try:
        with closing(sqlite3.connect(f"{path.resolve().as_uri()}?{flags}", uri=True)) as db:
            db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            row = db.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.OperationalError as exc:
        raise sqlite_error(exc, str(path)) from exc
    except sqlite3.DatabaseError as exc:
        raise StoreCorruptError(
            Sentence(QT_TRANSLATE_NOOP("errors", "La base {path} est endommagée."), path=path)
        ) from exc
    if row is None:
        raise StoreCorruptError(
            Sentence(
                QT_TRANSLATE_NOOP("errors", "La base {path} n'indique pas sa version."), path=path
            )
        )
    revision = str(row[0])
    if revision not in REVISIONS:
        raise StoreTooNewError(
            Sentence(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "La base {path} a été écrite par une version plus récente de "
                    "Délibération (schéma {revision}) ; mettez l'application à jour "
                    "pour l'ouvrir.",
                ),
                path=path,
                revision=revision,
            )
        )
    return revision


def sqlite_error(exc: sqlite3.OperationalError, location: str) -> StoreError:
    message = str(exc).lower()
    if "locked" in message or "busy" in message:
        return StoreLockedError(
            Sentence(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "La base {location} est verrouillée par un autre programme ; "
                    "réessayez plus tard.",
                ),
                location=location,
            )
        )
    if "no such table" in message:
        return NotAStoreError(
            Sentence(
                QT_TRANSLATE_NOOP(
                    "errors", "Le fichier {location} n'est pas une base Délibération."
                ),
                location=location,
            )
        )
    if "malformed" in message or "not a database" in message:
        return StoreCorruptError(
            Sentence(
                QT_TRANSLATE_NOOP("errors", "La base {location} est endommagée."), location=location
            )
        )
    if "readonly" in message or "unable to open" in message:
        return StoreUnavailableError(
            Sentence(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Impossible d'écrire dans la base {location} : {reason} ; "
                    "copiez-la dans un dossier où vous pouvez écrire.",
                ),
                location=location,
                reason=sqlite_reason(str(exc)),
            )
        )
    return StoreUnavailableError(
        Sentence(
            QT_TRANSLATE_NOOP("errors", "Impossible d'utiliser la base {location} : {reason}."),
            location=location,
            reason=sqlite_reason(str(exc)),
        )
    )
