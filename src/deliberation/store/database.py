"""Opening a store: checks, backup, Alembic migrations, engine and sessions."""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager, suppress
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.exc import DBAPIError, IntegrityError, NoSuchModuleError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from deliberation.errors import (
    AccessRefusedError,
    BackupRequiredError,
    IntegrityConflictError,
    LoginRefusedError,
    NotAStoreError,
    StoreCorruptError,
    StoreError,
    StoreOutdatedError,
    StoreTooNewError,
    StoreUnavailableError,
    ValidationError,
    os_reason,
    sqlite_reason,
)
from deliberation.paths import (
    create_private_file,
    is_url,
    make_private_dirs,
    safe_location,
    sqlite_url_path,
)
from deliberation.records.connection import SharedBackup
from deliberation.records.i18n import QT_TRANSLATE_NOOP, Sentence
from deliberation.store import leftovers, live
from deliberation.store.refusals import is_refused, refused_sentence
from deliberation.store.schema import HEAD, REVISIONS
from deliberation.store.sqlite_file import BUSY_TIMEOUT_MS
from deliberation.store.sqlite_file import has_content as _has_content
from deliberation.store.sqlite_file import inspect_sqlite as _inspect_sqlite
from deliberation.store.sqlite_file import read_only as _read_only
from deliberation.store.sqlite_file import sqlite_error as _sqlite_error

log = logging.getLogger(__name__)

WRITE = "deliberation_write"  # execution option: the transaction takes the write lock at BEGIN


class Store:
    """An open store: an engine plus two transactional session factories.

    `session()` (and `writing()`) is a transaction that may write: on SQLite it begins with
    BEGIN IMMEDIATE, taking the write lock before its first read and waiting up to the busy
    timeout for another program's write to end, so that what it reads cannot change before it
    writes. `reading()` is a transaction that only reads: it takes no write lock, so any number
    of readers run beside one writer (WAL mode).

    Attributes:
        location: the file path or database URL it was opened from.
        backup_path: the copy made before a migration during this opening, if any.
        created: whether this opening created the store.
        read_only: whether the store file cannot be written (opened read-only: any write is
            refused in one sentence, and nothing is created beside the file).
        upgraded_from: the schema revision a shared database was upgraded from by this
            opening, if any.
    """

    def __init__(
        self,
        engine: Engine,
        location: str,
        backup_path: Path | None = None,
        *,
        created: bool = False,
        read_only: bool = False,
        upgraded_from: str | None = None,
    ) -> None:
        self.engine = engine
        self.upgraded_from = upgraded_from
        self.location = location
        self.backup_path = backup_path
        self.created = created
        self.read_only = read_only
        self._sessions = sessionmaker(
            engine.execution_options(**{WRITE: True}), expire_on_commit=False
        )
        self.client = live.new_client_id()
        self.commits = 0  # transactions this store committed (its own writes, for live news)
        live.tag_connections(engine, self.client)
        event.listen(self._sessions, "after_commit", self._committed)
        self._readers = sessionmaker(engine, expire_on_commit=False)
        event.listen(self._readers, "before_flush", _refuse_flush)
        event.listen(self._readers, "do_orm_execute", _refuse_dml)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One transaction that may write: committed on success, rolled back on any exception.

        On SQLite it holds the write lock from its start (see the class)."""
        try:
            with self._sessions.begin() as session:
                yield session
        except IntegrityError as exc:
            raise IntegrityConflictError(integrity_message(exc)) from exc
        except DBAPIError as exc:
            raise _operational_error(exc, self.location) from exc

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """One transaction that only reads: one consistent view, no write lock taken.

        Writing through it is a programming error (RuntimeError), never a silent upgrade to a
        write lock that SQLite could refuse at once."""
        try:
            with self._readers.begin() as session:
                yield session
        except DBAPIError as exc:
            raise _operational_error(exc, self.location) from exc

    @contextmanager
    def writing(self, field: str, refused: str | None = None) -> Iterator[Session]:
        """One transaction; a broken integrity rule is refused as a ValidationError on `field`,
        worded as `refused` (by default, the store's own sentence)."""
        with refused_as(field, refused), self.session() as session:
            yield session

    def _committed(self, _session: Session) -> None:
        self.commits += 1

    def watch(self, deliver: Callable[[list[live.Change]], None]) -> live.Watcher:
        """Start telling `deliver` (on a thread of its own) of the changes other clients commit
        (see live.Watcher); the caller stops the watcher before closing the store."""
        watcher = live.Watcher(self.engine, self.client, deliver, own_writes=lambda: self.commits)
        watcher.start()
        return watcher

    def close(self) -> None:
        self.engine.dispose()


@contextmanager
def refused_as(field: str, refused: str | None = None) -> Iterator[None]:
    """A broken integrity rule (IntegrityConflictError) in the block is refused as a
    ValidationError on `field`, worded as `refused` (by default, the store's own sentence)."""
    try:
        yield
    except IntegrityConflictError as exc:
        raise ValidationError({field: refused or str(exc)}) from exc


def integrity_message(exc: IntegrityError) -> str:
    """One French sentence for a broken integrity rule (the use cases may word it better)."""
    text = str(exc.orig).lower()
    if "unique" in text or "duplicate" in text:
        return "Cet enregistrement existe déjà."
    if "foreign key" in text:
        return "Cet enregistrement est lié à d'autres données."
    return "Les données ne respectent pas les règles de la base."


Prepare = Callable[[Store], object]


def open_store(
    location: str,
    *,
    migrate: bool = True,
    prepare: Prepare | None = None,
    password: str | None = None,
    backup: SharedBackup | None = None,
) -> Store:
    """Open (creating or upgrading if needed) the store at a path or SQLAlchemy URL.

    With `migrate` false (the reads of the command line), a store is neither created nor
    upgraded. A database server's `password` is given apart from its URL (it is kept in no
    setting, title or log). A shared database whose schema is older is upgraded only with a
    `backup`: one pg_dump writes first, or the user's word that one exists
    (BackupRequiredError otherwise). `prepare(store)` is called on a store this opening
    creates, before anyone can see it (seeding): a new SQLite store is moved into place only
    once it succeeded, so a failure leaves no store behind. A store file that cannot be
    written opens read-only.

    Raises a StoreError subclass, worded for the user, when the location is not a usable store;
    a file that is refused is never modified.
    """
    if is_url(location):
        missing = sqlite_url_path(location)
        if not migrate and missing is not None and not _has_content(missing):
            raise StoreUnavailableError(
                Sentence(
                    QT_TRANSLATE_NOOP("errors", "Aucune base n'existe à l'emplacement {missing}."),
                    missing=missing,
                )
            )
        return _open_url(
            location, migrate=migrate, prepare=prepare, password=password, backup=backup
        )
    path = Path(location)
    if path.is_dir():
        raise StoreUnavailableError(
            Sentence(
                QT_TRANSLATE_NOOP("errors", "{path} est un dossier, pas un fichier de base."),
                path=path,
            )
        )
    if path.exists() and not path.is_file():
        raise StoreUnavailableError(
            Sentence(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{path} n'est pas un fichier ordinaire (tube, périphérique ou "
                    "autre) : ce ne peut pas être une base.",
                ),
                path=path,
            )
        )
    _clean_leftovers(path)
    if not _has_content(path):
        if not migrate:
            raise StoreUnavailableError(
                Sentence(
                    QT_TRANSLATE_NOOP("errors", "Aucune base n'existe à l'emplacement {path}."),
                    path=path,
                )
            )
        created = _create_sqlite(path, prepare)
        return Store(_sqlite_engine(path), str(path), created=created)
    revision = _inspect_sqlite(path)
    read_only = _read_only(path)
    if read_only and revision != HEAD and migrate:
        raise StoreUnavailableError(
            Sentence(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "La base {path} vient d'une version antérieure et doit être mise "
                    "à jour, mais le fichier est en lecture seule ; copiez-la dans "
                    "un dossier où vous pouvez écrire.",
                ),
                path=path,
            )
        )
    if revision != HEAD:
        if not migrate:
            raise StoreOutdatedError(
                Sentence(
                    QT_TRANSLATE_NOOP(
                        "errors", "La base {path} doit être mise à jour avant d'être utilisée."
                    ),
                    path=path,
                )
            )
        return _migrate_sqlite(path, revision)
    return Store(_sqlite_engine(path, read_only=read_only), str(path), read_only=read_only)


def _migrate_sqlite(path: Path, revision: str) -> Store:
    """Back the store up, then upgrade it; a marker beside it names the backup meanwhile, so
    that a start after a kill can drop the backup of a migration that never committed."""
    marker = leftovers.migrating_marker(path, os.getpid())
    backup = _backup_sqlite(path, revision)
    try:
        marker.write_text(backup.name, encoding="utf-8")
    except OSError as exc:
        backup.unlink(missing_ok=True)
        raise StoreUnavailableError(
            Sentence(
                QT_TRANSLATE_NOOP(
                    "errors", "Impossible de mettre à jour la base {path} : {reason}."
                ),
                path=path,
                reason=os_reason(exc),
            )
        ) from exc
    engine = _sqlite_engine(path)
    try:
        _upgrade(engine)
    except BaseException:
        engine.dispose()
        backup.unlink(missing_ok=True)  # the migration rolled back: the store is as it was
        raise
    finally:
        marker.unlink(missing_ok=True)
    log.info("store %s upgraded from %s to %s, backup at %s", path, revision, HEAD, backup)
    return Store(engine, str(path), backup)


def _clean_leftovers(path: Path) -> None:
    def revision_of(store: Path) -> str | None:
        try:
            return _inspect_sqlite(store) if _has_content(store) else None
        except StoreError:
            return None

    leftovers.clean_leftovers(path, revision_of)


def _refuse_flush(session: Session, _context: Any, _instances: Any) -> None:
    if session.new or session.dirty or session.deleted:
        raise RuntimeError("a reading session cannot write: use Store.session()")


def _refuse_dml(state: Any) -> None:
    if state.is_insert or state.is_update or state.is_delete:
        raise RuntimeError("a reading session cannot write: use Store.session()")


def _sqlite_engine(path: Path, *, read_only: bool = False) -> Engine:
    if read_only:
        # Without a pending write-ahead log, read the file as immutable: SQLite then creates no
        # -wal/-shm files beside it; with one, read-only (its -shm is there already).
        flags = "mode=ro" if Path(f"{path}-wal").exists() else "mode=ro&immutable=1"
        uri = f"{path.resolve().as_uri()}?{flags}"
        engine = create_engine(
            "sqlite://",
            creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False),
            poolclass=QueuePool,
        )
    else:
        engine = create_engine(f"sqlite:///{path}")

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy's BEGIN below open transactions, so that DDL is transactional too.
        dbapi_connection.isolation_level = None
        with closing(dbapi_connection.cursor()) as cursor:
            cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            cursor.execute("PRAGMA foreign_keys = ON")
            if not read_only:
                cursor.execute("PRAGMA journal_mode = WAL")
                cursor.execute("PRAGMA synchronous = NORMAL")

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        # A transaction that may write takes the write lock now, waiting for it up to the busy
        # timeout. A deferred BEGIN would take it at its first write, after its reads: if
        # another program wrote meanwhile, SQLite must refuse at once (the snapshot it read is
        # stale), without waiting, and the user would be told the store is locked.
        write = connection.get_execution_options().get(WRITE, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    return engine


def _create_sqlite(path: Path, prepare: Prepare | None = None) -> bool:
    """Build a new store beside its final name (readable by its owner only, in folders made
    0700), let `prepare` fill it, then move it into place. False when another process created
    the store meanwhile (that one is kept, this one dropped)."""
    try:
        make_private_dirs(path.parent)
    except OSError as exc:
        raise StoreUnavailableError(
            Sentence(
                QT_TRANSLATE_NOOP(
                    "errors", "Impossible de créer le dossier de la base {parent} : {reason}."
                ),
                parent=path.parent,
                reason=os_reason(exc),
            )
        ) from exc
    temporary = leftovers.creating_name(path, os.getpid())
    _remove_sqlite_files(temporary)
    try:
        create_private_file(temporary)
    except OSError as exc:
        raise StoreUnavailableError(
            Sentence(
                QT_TRANSLATE_NOOP("errors", "Impossible de créer la base {path} : {reason}."),
                path=path,
                reason=os_reason(exc),
            )
        ) from exc
    engine = _sqlite_engine(temporary)
    try:
        try:
            _upgrade(engine)
        except (StoreError, DBAPIError) as exc:
            failure = getattr(exc, "orig", None) or getattr(exc.__cause__, "orig", None) or exc
            raise StoreUnavailableError(
                Sentence(
                    QT_TRANSLATE_NOOP("errors", "Impossible de créer la base {path} : {reason}."),
                    path=path,
                    reason=sqlite_reason(str(failure)),
                )
            ) from exc
        if prepare is not None:
            prepare(Store(engine, str(path), created=True))
        with engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    except BaseException:
        engine.dispose()
        _remove_sqlite_files(temporary)
        raise
    engine.dispose()
    try:
        if path.exists() and path.stat().st_size > 0:
            return False  # another process created it meanwhile: open that one
        os.replace(temporary, path)
        return True
    except OSError as exc:
        raise StoreUnavailableError(
            Sentence(
                QT_TRANSLATE_NOOP("errors", "Impossible de créer la base {path} : {reason}."),
                path=path,
                reason=os_reason(exc),
            )
        ) from exc
    finally:
        _remove_sqlite_files(temporary)


def _remove_sqlite_files(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        with suppress(OSError):
            Path(f"{path}{suffix}").unlink(missing_ok=True)


def _operational_error(exc: DBAPIError, location: str) -> StoreError:
    """One sentence for a database failure (never the SQL statement that failed)."""
    orig = exc.orig
    if is_refused(exc):  # a shared store's server refused a right: the role does not allow it
        return AccessRefusedError(refused_sentence(str(orig)))
    if isinstance(orig, sqlite3.OperationalError):
        return _sqlite_error(orig, location)
    if isinstance(orig, sqlite3.DatabaseError):
        return StoreCorruptError(
            Sentence(
                QT_TRANSLATE_NOOP("errors", "La base {location} est endommagée."), location=location
            )
        )
    first_line = str(orig).strip().splitlines()[0] if str(orig).strip() else type(orig).__name__
    return StoreUnavailableError(
        Sentence(
            QT_TRANSLATE_NOOP("errors", "La base {safe_location} ne répond pas : {first_line}."),
            safe_location=safe_location(location),
            first_line=first_line,
        )
    )


def _backup_sqlite(path: Path, revision: str) -> Path:
    """Copy the store (consistently, even in WAL mode) before migrating it."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    backup = leftovers.backup_name(path, revision, stamp)
    partial = leftovers.partial_backup_name(backup, os.getpid())
    try:
        partial.unlink(missing_ok=True)
        create_private_file(partial)  # the copy is readable by its owner only, like the store
        source_uri = f"{path.resolve().as_uri()}?mode=ro"
        with (
            closing(sqlite3.connect(source_uri, uri=True)) as source,
            closing(sqlite3.connect(partial)) as target,
        ):
            source.backup(target)
        os.replace(partial, backup)
    except sqlite3.OperationalError as exc:
        partial.unlink(missing_ok=True)
        raise _sqlite_error(exc, str(path)) from exc
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise StoreUnavailableError(
            Sentence(
                QT_TRANSLATE_NOOP(
                    "errors", "Impossible de sauvegarder la base avant sa mise à jour : {reason}."
                ),
                reason=os_reason(exc),
            )
        ) from exc
    return backup


def _alembic_config(connection: Any) -> Any:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", "deliberation.store:migrations")
    config.attributes["connection"] = connection
    return config


@contextmanager
def migration_connection(engine: Engine) -> Iterator[Connection]:
    """A connection in one transaction for schema changes.

    On SQLite, foreign keys are switched off first (outside any transaction, the only place the
    pragma works): otherwise rebuilding a table in a batch migration would cascade-delete the
    rows of every table that refers to it. They are checked before commit instead. The legacy
    ALTER TABLE is on meanwhile: the search index's triggers name other tables, and SQLite
    would otherwise refuse to rename a rebuilt table back while one of them names it.
    """
    with engine.connect() as connection:
        connection.execution_options(**{WRITE: True})  # one migration at a time, waiting
        sqlite = engine.dialect.name == "sqlite"
        if sqlite:
            connection.connection.driver_connection.execute("PRAGMA foreign_keys = OFF")  # type: ignore[union-attr]
            connection.connection.driver_connection.execute("PRAGMA legacy_alter_table = ON")  # type: ignore[union-attr]
        try:
            with connection.begin():
                yield connection
                if sqlite:
                    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise StoreCorruptError(
                            Sentence(
                                QT_TRANSLATE_NOOP(
                                    "errors",
                                    "La mise à jour de la base a été annulée : elle aurait laissé "
                                    "des références brisées ({count}).",
                                ),
                                count=len(broken),
                            )
                        )
        finally:
            if sqlite:
                connection.connection.driver_connection.execute("PRAGMA foreign_keys = ON")  # type: ignore[union-attr]
                connection.connection.driver_connection.execute("PRAGMA legacy_alter_table = OFF")  # type: ignore[union-attr]


def _upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    try:
        with migration_connection(engine) as connection:
            command.upgrade(_alembic_config(connection), revision)
    except DBAPIError as exc:
        raise _operational_error(exc, engine.url.database or str(engine.url)) from exc


def upgrade_to(engine: Engine, revision: str) -> None:
    """Migrate to a given revision (used to build old stores in tests)."""
    _upgrade(engine, revision)


def sqlite_engine(path: Path) -> Engine:
    """An engine configured like the store's own (for tests and tools)."""
    return _sqlite_engine(path)


def _open_url(
    url: str,
    *,
    migrate: bool,
    prepare: Prepare | None = None,
    password: str | None = None,
    backup: SharedBackup | None = None,
) -> Store:
    try:
        connect_args = {"password": password} if password else {}
        engine = create_engine(url, pool_pre_ping=True, connect_args=connect_args)
        with engine.connect() as connection:
            tables = set(inspect(connection).get_table_names())
            revision = None
            if "alembic_version" in tables:
                revision = connection.execute(
                    text("SELECT version_num FROM alembic_version")
                ).scalar()
    except ImportError as exc:
        raise StoreUnavailableError(
            Sentence(
                QT_TRANSLATE_NOOP(
                    "errors", "Le pilote de base de données pour {scheme} n'est pas installé."
                ),
                scheme=url.split("://")[0],
            )
        ) from exc
    except DBAPIError as exc:
        reason = str(exc.orig)
        if login_refused(reason):
            raise LoginRefusedError(connection_sentence(reason, url)) from None
        raise StoreUnavailableError(connection_sentence(reason, url)) from None
    except NoSuchModuleError as exc:
        scheme = url.split("://", 1)[0]
        raise StoreUnavailableError(
            Sentence(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Adresse de base invalide : le type de base « {scheme} » n'est "
                    "pas pris en charge (utilisez un chemin de fichier ou une "
                    "adresse postgresql+psycopg://…).",
                ),
                scheme=scheme,
            )
        ) from exc
    except Exception as exc:  # malformed URL and the like
        raise StoreUnavailableError(
            Sentence(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Adresse de base invalide : « {safe_location} » n'est pas une "
                    "adresse de base de données.",
                ),
                safe_location=safe_location(url),
            )
        ) from exc
    if revision is None and tables - {"alembic_version"}:
        engine.dispose()
        raise NotAStoreError(
            Sentence(
                QT_TRANSLATE_NOOP(
                    "errors", "La base {safe_location} n'est pas une base Délibération."
                ),
                safe_location=safe_location(url),
            )
        )
    if revision is not None and revision not in REVISIONS:
        engine.dispose()
        raise StoreTooNewError(
            Sentence(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "La base {safe_location} a été écrite par une version plus "
                    "récente de Délibération (schéma {revision}) ; mettez "
                    "l'application à jour pour l'ouvrir.",
                ),
                safe_location=safe_location(url),
                revision=revision,
            )
        )
    backup_path = None
    if revision != HEAD:
        if not migrate:
            engine.dispose()
            raise StoreOutdatedError(
                Sentence(
                    QT_TRANSLATE_NOOP("errors", "La base {safe_location} doit être mise à jour."),
                    safe_location=safe_location(url),
                )
            )
        if revision is not None and engine.dialect.name != "sqlite":
            try:
                backup_path = _backup_shared(engine, url, revision, backup, password)
            except BaseException:
                engine.dispose()
                raise
        _upgrade(engine)
        if backup_path is not None or revision is not None:
            log.info(
                "store %s upgraded from %s to %s (backup: %s)",
                safe_location(url),
                revision,
                HEAD,
                backup_path or "confirmed by the user",
            )
        if revision is None and prepare is not None:
            store = Store(engine, url, created=True)
            prepare(store)
            return store
    return Store(engine, url, backup_path, upgraded_from=revision if revision != HEAD else None)


def _backup_shared(
    engine: Engine, url: str, revision: str, backup: SharedBackup | None, password: str | None
) -> Path | None:
    """Before a shared database is upgraded: pg_dump it, or have the user's word that a backup
    exists; refused (BackupRequiredError) with neither."""
    if backup is not None and backup.dump_to is not None:
        from deliberation.store.pg_backup import dump

        return dump(engine.url, password, backup.dump_to)
    if backup is not None and backup.confirmed:
        return None
    raise BackupRequiredError(
        Sentence(
            QT_TRANSLATE_NOOP(
                "errors",
                "La base partagée {safe_location} vient d'une version antérieure "
                "(schéma {revision}) et doit être mise à jour : faites-en "
                "d'abord une sauvegarde (pg_dump), ou confirmez qu'il en existe "
                "une.",
            ),
            safe_location=safe_location(url),
            revision=revision,
        ),
        revision,
    )


def login_refused(reason: str) -> bool:
    """Whether the driver's message says the server refused the password, or wants one."""
    low = reason.lower()
    return any(
        words in low
        for words in ("authentication failed", "no password supplied", "password is required")
    )


def connection_sentence(reason: str, url: str) -> str:
    """One French sentence for a database server that refused or could not be reached.

    `reason` is the driver's message (libpq's wording); it is never shown as it is, since it
    may quote the connection's parameters."""
    from deliberation.rules.connection import parse_shared_url

    fields = parse_shared_url(url)
    host = fields.host if fields else safe_location(url)
    database = fields.database if fields else ""
    user = fields.user if fields else ""
    low = reason.lower()
    if "password authentication failed" in low or "authentication failed" in low:
        return (
            f"Le serveur {host} a refusé l'identifiant « {user} » ou son mot de passe : "
            "vérifiez-les."
        )
    if "no password supplied" in low or "password is required" in low:
        return f"Le serveur {host} demande le mot de passe de « {user} »."
    if "database" in low and "does not exist" in low:
        return f"La base « {database} » n'existe pas sur le serveur {host}."
    if "role" in low and "does not exist" in low:
        return f"L'identifiant « {user} » n'est pas connu du serveur {host}."
    if "pg_hba.conf" in low or "permission denied for database" in low:
        return (
            f"Le serveur {host} n'autorise pas « {user} » à se connecter à la base "
            f"« {database} » depuis ce poste ; demandez-le à son administrateur."
        )
    if "server does not support ssl" in low:
        return (
            f"Le serveur {host} n'accepte pas les connexions chiffrées (TLS) : choisissez un "
            "autre mode de chiffrement, ou demandez à son administrateur de l'activer."
        )
    if "certificate" in low or "ssl" in low or "tls" in low:
        return (
            f"La connexion chiffrée (TLS) au serveur {host} a échoué : son certificat n'a pas "
            "pu être vérifié ou le chiffrement a été refusé."
        )
    if "too many connections" in low or "starting up" in low or "shutting down" in low:
        return f"Le serveur {host} n'accepte pas de connexion pour l'instant ; réessayez."
    return (
        f"Impossible de joindre la base {safe_location(url)} : le serveur {host} ne répond "
        "pas ; vérifiez son nom, le port et le réseau."
    )
