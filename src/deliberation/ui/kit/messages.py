"""Message boxes behind one small service, so that tests can replace it."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget


def log_file() -> Path:
    """The application's log file, named in the messages that say the detail is kept there."""
    from deliberation.paths import log_path

    return log_path()


def with_log_path(text: str) -> str:
    """`text` with its « %1 » replaced by the log file's path (where the user finds the detail)."""
    return text.replace("%1", str(log_file()))


def file_filter(name_filter: str) -> str:
    """A file dialog's filter in the interface's language.

    Each part of « A;;B » is a source marked with QT_TRANSLATE_NOOP("FileFilters", …).
    """
    return ";;".join(
        QCoreApplication.translate("FileFilters", part) for part in name_filter.split(";;")
    )


class MessageService:
    """Shows errors, questions and information to the user (modal boxes)."""

    def error(self, parent: QWidget | None, text: str) -> None:
        QMessageBox.critical(
            parent, QCoreApplication.translate("MessageService", "Délibération"), text
        )

    def information(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)

    def about(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.about(parent, title, text)

    def confirm(self, parent: QWidget | None, text: str, action: str) -> bool:
        """Ask before doing `action` (the label of the confirming button); True to go ahead."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            QCoreApplication.translate("MessageService", "Délibération"),
            text,
            parent=parent,
        )
        yes = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(
            QCoreApplication.translate("MessageService", "Annuler"),
            QMessageBox.ButtonRole.RejectRole,
        )
        box.setDefaultButton(yes)
        box.exec()
        return box.clickedButton() is yes

    def choose(self, parent: QWidget | None, text: str, choices: list[str]) -> int | None:
        """Ask to choose one of `choices` (the buttons' labels, the first the default) or
        Annuler; the index chosen, None if cancelled."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            QCoreApplication.translate("MessageService", "Délibération"),
            text,
            parent=parent,
        )
        buttons = [box.addButton(choice, QMessageBox.ButtonRole.AcceptRole) for choice in choices]
        box.addButton(
            QCoreApplication.translate("MessageService", "Annuler"),
            QMessageBox.ButtonRole.RejectRole,
        )
        box.setDefaultButton(buttons[0])
        box.exec()
        clicked = box.clickedButton()
        return next((i for i, button in enumerate(buttons) if button is clicked), None)

    def save_file(
        self, parent: QWidget | None, title: str, suggested_name: str, name_filter: str
    ) -> Path | None:
        """Ask where to save a file (in the folder used last time); None if cancelled.

        `name_filter` is a Qt filter such as « Documents Word (*.docx) »: its extension is added
        when the user typed a name without one, and a name ending in another file type
        (« avis.pdf » for a Word document) is refused in one sentence (rules.file_names'
        output_file, the command line's rule too): None, nothing written.
        """
        from deliberation.errors import ExportError
        from deliberation.rules.file_names import output_file
        from deliberation.ui.kit.settings import EXPORT_FOLDER  # not needed to show the window

        folder = EXPORT_FOLDER.get()
        chosen, _ = QFileDialog.getSaveFileName(
            parent, title, str(Path(folder) / suggested_name), file_filter(name_filter)
        )
        if not chosen:
            return None
        path = Path(chosen)
        suffixes = re.findall(r"\*(\.\w+)", name_filter)
        if suffixes:
            try:
                path = output_file(path, suffixes)
            except ExportError as exc:
                self.error(parent, str(exc))
                return None
        EXPORT_FOLDER.set(str(path.parent))
        return path

    def open_file(self, parent: QWidget | None, title: str, name_filter: str) -> Path | None:
        """Ask for a file to open (in the folder of the bases used last); None if cancelled."""
        from deliberation.ui.kit.settings import STORE_FOLDER

        chosen, _ = QFileDialog.getOpenFileName(
            parent, title, STORE_FOLDER.get(), file_filter(name_filter)
        )
        if not chosen:
            return None
        STORE_FOLDER.set(str(Path(chosen).parent))
        return Path(chosen)

    def ask_password(self, parent: QWidget | None, text: str) -> str | None:
        """Ask for a password (typed hidden, kept nowhere); None if cancelled."""
        password, ok = QInputDialog.getText(
            parent,
            QCoreApplication.translate("MessageService", "Mot de passe"),
            text,
            QLineEdit.EchoMode.Password,
        )
        return password if ok else None

    def choose_folder(self, parent: QWidget | None, title: str) -> Path | None:
        """Ask for a folder (starting where files were saved last time); None if cancelled."""
        from deliberation.ui.kit.settings import EXPORT_FOLDER

        chosen = QFileDialog.getExistingDirectory(parent, title, EXPORT_FOLDER.get())
        if not chosen:
            return None
        EXPORT_FOLDER.set(chosen)
        return Path(chosen)
