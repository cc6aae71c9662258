"""Opening a shared base: its password (keyring, else asked), off the UI thread, and the backup
asked before its schema is upgraded."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal

from deliberation.paths import safe_location
from deliberation.records.connection import SharedBackup
from deliberation.rules.connection import has_password, is_shared_url, parse_shared_url
from deliberation.ui.kit.localize import error_text

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from deliberation.services.root import Root
    from deliberation.ui.kit.background import Task
    from deliberation.ui.kit.messages import MessageService


def _tr(text: str) -> str:
    return QCoreApplication.translate("shared_store", text)


@dataclass(frozen=True)
class BackupNeeded:
    """What the opening found instead of a base: a shared database to upgrade from `revision`."""

    revision: str


_keyring_note_said = False  # « no keyring » is said once per session, then the password is asked


def password_for(
    location: str, parent: QWidget | None, messages: MessageService
) -> tuple[bool, str | None]:
    """The password to open `location` with: the keyring's, else asked (kept nowhere).

    Returns (go on, password); (False, None) when the user cancelled; (True, None) for a base
    that takes none (a file, or a URL that carries its own)."""
    global _keyring_note_said
    if not is_shared_url(location) or has_password(location):
        return True, None
    from deliberation.services.store_secrets import NoKeyringError, stored_password

    note = ""
    try:
        kept = stored_password(location)
    except NoKeyringError as exc:
        kept = None
        if not _keyring_note_said:
            note, _keyring_note_said = error_text(exc) + "\n\n", True
    if kept:
        return True, kept
    fields = parse_shared_url(location)
    assert fields is not None
    asked = messages.ask_password(
        parent,
        note
        + _tr("Mot de passe de « %1 » pour la base %2 du serveur %3 :")
        .replace("%1", fields.user)
        .replace("%2", fields.database)
        .replace("%3", fields.host),
    )
    if asked is None:
        return False, None
    return True, asked


def backup_folder() -> Path:
    """Where pg_dump's backups go when the window takes them."""
    from platformdirs import user_data_path

    return user_data_path("deliberation", appauthor=False) / "sauvegardes"


def ask_backup(
    parent: QWidget | None, messages: MessageService, location: str, revision: str
) -> SharedBackup | None:
    """Ask how to back a shared base up before upgrading it; None: not now."""
    from deliberation.store.pg_backup import pg_dump_program

    fields = parse_shared_url(location)
    database = fields.database if fields else safe_location(location)
    text = (
        _tr(
            "La base partagée %1 vient d'une version antérieure de Délibération (schéma %2) et "
            "doit être mise à jour pour être ouverte. Une mise à jour ne se défait pas : "
            "faites-en d'abord une sauvegarde."
        )
        .replace("%1", database)
        .replace("%2", revision)
    )
    dump = _tr("Sauvegarder avec pg_dump et mettre à jour")
    confirmed = _tr("J'ai une sauvegarde, mettre à jour")
    choices = [dump, confirmed] if pg_dump_program() else [confirmed]
    if len(choices) == 1:
        text += " " + _tr("(pg_dump n'est pas installé sur ce poste.)")
    chosen = messages.choose(parent, text, choices)
    if chosen is None:
        return None
    if choices[chosen] == confirmed:
        return SharedBackup(confirmed=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return SharedBackup(dump_to=backup_folder() / f"{database}-schema-{revision}-{stamp}.dump")


def _open(location: str, password: str | None, backup: SharedBackup | None) -> object:
    """Runs in a pool thread: the base opened, or BackupNeeded."""
    from deliberation.errors import BackupRequiredError
    from deliberation.ui.shell.store_files import open_for_window

    try:
        return open_for_window(location, password=password, backup=backup)
    except BackupRequiredError as exc:
        return BackupNeeded(exc.revision)


class Opening(QObject):
    """Opens a base off the UI thread; a shared one to upgrade first asks how it is backed up.

    Signals:
        opened(object, str): the Root opened, and its location.
        failed(str): one sentence (the base could not be opened).
        cancelled(): the user chose not to upgrade it now.
    """

    opened = Signal(object, str)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, window: QWidget, messages: MessageService) -> None:
        super().__init__(window)
        self.window = window
        self.messages = messages
        self.task: Task | None = None
        self.backup_path: Path | None = None

    @property
    def running(self) -> bool:
        return self.task is not None and self.task.running

    def start(
        self, location: str, password: str | None = None, backup: SharedBackup | None = None
    ) -> None:
        from deliberation.ui.kit.background import Task

        self.task = Task(
            lambda _progress: _open(location, password, backup),
            self,
            name=f"opening the store {safe_location(location)}",
        )
        self.task.finished.connect(lambda result: self._finished(result, location, password))
        self.task.failed.connect(self.failed)
        self.task.start()

    def wait(self) -> None:
        if self.task is not None:
            self.task.wait()

    def _finished(self, result: object, location: str, password: str | None) -> None:
        if isinstance(result, BackupNeeded):
            backup = ask_backup(self.window, self.messages, location, result.revision)
            if backup is None:
                self.cancelled.emit()
                return
            self.start(location, password, backup)
            return
        root: Root = result  # type: ignore[assignment]
        self.backup_path = root.store.backup_path
        self.opened.emit(root, location)
