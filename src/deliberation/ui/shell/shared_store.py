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


@dataclass(frozen=True)
class BackupNeeded:
    """What the opening found instead of a base: a shared database to upgrade from `revision`."""

    revision: str


@dataclass(frozen=True)
class PasswordRefused:
    """What the opening found instead of a base: the server refused the password (`text`)."""

    text: str


_keyring_note_said = False  # « no keyring » is said once per session, then the password is asked


def password_for(
    location: str, parent: QWidget | None, messages: MessageService, refused: str = ""
) -> tuple[bool, str | None]:
    """The password to open `location` with: the keyring's, else asked (kept nowhere).

    `refused` is the server's refusal of the password just tried: it is said above the
    question, which is then asked whatever the keyring holds. Returns (go on, password);
    (False, None) when the user cancelled; (True, None) for a base that takes none (a file, or
    a URL that carries its own)."""
    global _keyring_note_said
    if not is_shared_url(location) or has_password(location):
        return True, None
    from deliberation.services.store_secrets import NoKeyringError, stored_password

    note = refused + "\n\n" if refused else ""
    try:
        kept = None if refused else stored_password(location)
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
        + QCoreApplication.translate(
            "shared_store", "Mot de passe de « %1 » pour la base %2 du serveur %3 :"
        )
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
        QCoreApplication.translate(
            "shared_store",
            "La base partagée %1 vient d'une version antérieure de Délibération (schéma %2) et "
            "doit être mise à jour pour être ouverte. Une mise à jour ne se défait pas : "
            "faites-en d'abord une sauvegarde.",
        )
        .replace("%1", database)
        .replace("%2", revision)
    )
    dump = QCoreApplication.translate("shared_store", "Sauvegarder puis mettre à jour")
    confirmed = QCoreApplication.translate("shared_store", "J'ai une sauvegarde, mettre à jour")
    choices = [dump, confirmed] if pg_dump_program() else [confirmed]
    if len(choices) == 1:
        text += "\n\n" + QCoreApplication.translate(
            "shared_store",
            "Le programme de sauvegarde pg_dump n'est pas installé sur ce poste : la "
            "sauvegarde ne peut pas être faite d'ici. Faites-la ailleurs (ou demandez-la à "
            "l'administrateur du serveur) avant de mettre à jour.",
        )
    else:
        text += "\n\n" + QCoreApplication.translate(
            "shared_store", "« Sauvegarder » enregistre une copie avec pg_dump dans %1."
        ).replace("%1", str(backup_folder()))
    chosen = messages.choose(parent, text, choices)
    if chosen is None:
        return None
    if choices[chosen] == confirmed:
        return SharedBackup(confirmed=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return SharedBackup(dump_to=backup_folder() / f"{database}-schema-{revision}-{stamp}.dump")


def _open(location: str, password: str | None, backup: SharedBackup | None) -> object:
    """Runs in a pool thread: the base opened, or BackupNeeded."""
    from deliberation.errors import BackupRequiredError, LoginRefusedError
    from deliberation.ui.shell.store_files import open_for_window

    try:
        return open_for_window(location, password=password, backup=backup)
    except BackupRequiredError as exc:
        return BackupNeeded(exc.revision)
    except LoginRefusedError as exc:
        return PasswordRefused(str(exc))


class Opening(QObject):
    """Opens a base off the UI thread; a shared one to upgrade first asks how it is backed up.

    With `ask_again`, a password the server refuses is said and asked again (Annuler:
    `cancelled`); without it, the refusal is `failed` (a dialog that has its own field for it).

    Signals:
        opened(object, str): the Root opened, and its location.
        failed(str): one sentence (the base could not be opened).
        cancelled(): the user chose not to upgrade it now.
    """

    opened = Signal(object, str)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, window: QWidget, messages: MessageService, ask_again: bool = False) -> None:
        super().__init__(window)
        self.window = window
        self.messages = messages
        self.ask_again = ask_again
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
        self.task.finished.connect(
            lambda result: self._finished(result, location, password, backup)
        )
        self.task.failed.connect(self.failed)
        self.task.start()

    def wait(self) -> None:
        if self.task is not None:
            self.task.wait()

    def _finished(
        self,
        result: object,
        location: str,
        password: str | None,
        backup: SharedBackup | None,
    ) -> None:
        if isinstance(result, PasswordRefused):
            if not self.ask_again or has_password(location):  # nothing to ask: said as is
                self.failed.emit(result.text)
                return
            go_on, password = password_for(location, self.window, self.messages, result.text)
            if not go_on:
                self.cancelled.emit()
                return
            self.start(location, password, backup)
            return
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
