"""A clearly marked empty area for a part of the product that a later version brings."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class PlaceholderPage(QWidget):
    """Says that this area is not available yet, and what it will hold.

    Attributes:
        title, notice, purpose: its three labels.
    """

    def __init__(self, title: str, purpose: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(title)
        self.title.setObjectName("pageTitle")
        big = QFont(self.title.font())
        big.setPointSizeF(big.pointSizeF() * 1.6)
        big.setBold(True)
        self.title.setFont(big)
        self.notice = QLabel(self.tr("Cette partie sera disponible dans une prochaine version."))
        self.purpose = QLabel(purpose)
        self.purpose.setWordWrap(True)
        self.purpose.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for label in (self.title, self.notice, self.purpose):
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            layout.addWidget(label)
        layout.addStretch(2)
