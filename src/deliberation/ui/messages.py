"""Message boxes behind one small service, so that tests can replace it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


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
