"""A copy of an open SQLite store taken with SQLite's online backup, safe while others write."""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from pathlib import Path

from deliberation.errors import StoreUnavailableError, os_reason, sqlite_reason
from deliberation.paths import create_private_file, is_url, sqlite_url_path
from deliberation.records.i18n import QT_TRANSLATE_NOOP, Sentence

SHARED_COPY = (
    "La base partagée est sur un serveur PostgreSQL : sa copie se fait avec pg_dump, par "
    "l'administrateur du serveur."
)


def store_file(location: str) -> Path | None:
    """The SQLite file a store location names; None for a database server (PostgreSQL)."""
    if is_url(location):
        return sqlite_url_path(location)
    return Path(location)


def save_copy(location: str, target: Path) -> Path:
    """Copy the SQLite store at `location` to `target` (replaced if it exists); return `target`.

    SQLite's online backup reads one consistent state of the file: what another connection is
    writing meanwhile (even an open write transaction) is either wholly in the copy or not at
    all, and the writer is never blocked (WAL mode). The copy is made beside `target` and moved
    into place only once complete, readable by its owner only, like the store.

    Raises StoreUnavailableError (one French sentence) for a PostgreSQL store, a target that is
    the store itself, or a copy that cannot be made or written there.
    """
    source = store_file(location)
    if source is None:
        raise StoreUnavailableError(SHARED_COPY)
    target = Path(target)
    if target.exists() and target.resolve() == source.resolve():
        raise StoreUnavailableError(
            QT_TRANSLATE_NOOP(
                "errors",
                "La copie ne peut pas remplacer la base elle-même ; choisissez un autre nom.",
            )
        )
    if target.is_dir():
        raise StoreUnavailableError(
            Sentence(
                QT_TRANSLATE_NOOP(
                    "errors", "{target} est un dossier ; choisissez un nom de fichier."
                ),
                target=target,
            )
        )
    partial = target.with_name(f".{target.name}.{os.getpid()}.partial")
    try:
        partial.unlink(missing_ok=True)
        create_private_file(partial)
        source_uri = f"{source.resolve().as_uri()}?mode=ro"
        with (
            closing(sqlite3.connect(source_uri, uri=True)) as reader,
            closing(sqlite3.connect(partial)) as writer,
        ):
            reader.backup(writer)
            # One self-contained file: the copy keeps no write-ahead log beside it.
            writer.execute("PRAGMA journal_mode = DELETE")
        os.replace(partial, target)
    except sqlite3.Error as exc:
        partial.unlink(missing_ok=True)
        raise StoreUnavailableError(
            Sentence(
                QT_TRANSLATE_NOOP(
                    "errors", "Impossible de copier la base vers {target} : {reason}."
                ),
                target=target,
                reason=sqlite_reason(str(exc)),
            )
        ) from exc
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise StoreUnavailableError(
            Sentence(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Impossible d'enregistrer la copie de la base dans {target} : {reason}.",
                ),
                target=target,
                reason=os_reason(exc),
            )
        ) from exc
    return target
