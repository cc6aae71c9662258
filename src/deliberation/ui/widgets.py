"""Small widget helpers shared by the pages: detail headings, opening dialogs."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QLabel


def heading_label() -> QLabel:
    """The bold, larger, wrapping title of a details panel."""
    label = QLabel()
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * 1.25)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    return label


def open_dialog(previous: QDialog | None, dialog: QDialog) -> QDialog:
    """Open `dialog` (window-modal, without blocking), disposing of a closed previous one."""
    if previous is not None and not previous.isVisible():
        previous.deleteLater()
    dialog.open()
    return dialog
