"""Aide › Raccourcis clavier: every page's keys in one table (area, keys, what they do)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from deliberation.ui.kit.labels import fold
from deliberation.ui.kit.language import current_language
from deliberation.ui.kit.shortcuts import OPINION_TEXT_AREA, SHORTCUTS, shown_keys
from deliberation.ui.opinions.text.keys import KEYS as EDITOR_KEYS


def shortcut_rows() -> list[tuple[str, str, str]]:
    """(area, keys, what) for every declared key, then the opinion editor's, in the interface's
    language (the keys named as its keyboard names them: « Ctrl+Maj+K » in French)."""

    def shown(text: str) -> str:
        return QCoreApplication.translate("Shortcuts", text)

    language = current_language()
    rows = [(shown(s.area), shown_keys(s.keys, language), shown(s.what)) for s in SHORTCUTS]
    rows += [(shown(OPINION_TEXT_AREA), shown(keys), shown(what)) for keys, what in EDITOR_KEYS]
    return rows


class ShortcutsDialog(QDialog):
    """The table of keys, with a field that keeps the lines holding every word typed.

    Attributes:
        table: area, keys, what they do; filter: the field narrowing the lines.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Raccourcis clavier"))
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filtrer (une touche, un mot…)"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(self.tr("Filtrer les raccourcis"))
        self.filter.textChanged.connect(self._filter)
        rows = shortcut_rows()
        self.table = QTableWidget(len(rows), 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Espace"), self.tr("Touches"), self.tr("Action")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        for row, values in enumerate(rows):
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                if column == 1:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(760, 620)
        self.filter.setFocus(Qt.FocusReason.OtherFocusReason)

    def _filter(self, text: str) -> None:
        words = fold(text).split()
        for row in range(self.table.rowCount()):
            line = fold(" ".join(self._cell(row, c) for c in range(3)))
            self.table.setRowHidden(row, not all(word in line for word in words))

    def shown_rows(self) -> list[tuple[str, str, str]]:
        """The lines left by the filter, as shown."""
        return [
            (self._cell(row, 0), self._cell(row, 1), self._cell(row, 2))
            for row in range(self.table.rowCount())
            if not self.table.isRowHidden(row)
        ]

    def _cell(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""
