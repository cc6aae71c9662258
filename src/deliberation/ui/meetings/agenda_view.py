"""The agenda table of the meeting page: drag to reorder, keyboard moves, column widths."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from deliberation.ui.meetings.agenda_model import AgendaModel

_MOVE_MODIFIERS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier


class AgendaView(QTableView):
    """The agenda table: rows dragged to another place; Ctrl+↑/↓ (or Alt+↑/↓) move the current
    row, Suppr removes it, Entrée or a double click edits it (`activated`).

    Signals:
        move_requested(int): -1 to move the current item up, 1 down.
        delete_requested(): Suppr was pressed.
    """

    move_requested = Signal(int)
    delete_requested = Signal()

    NARROW = 640

    def __init__(self, model: AgendaModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragDropOverwriteMode(False)
        self.setDropIndicatorShown(True)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        rows = self.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 12)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        for column in (AgendaModel.NUMBER, AgendaModel.TIME, AgendaModel.KIND):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(AgendaModel.DURATION, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(AgendaModel.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(AgendaModel.PRESENTER, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(AgendaModel.PRESENTER, 220)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """The presenter's column takes a part of the width, the title the rest; when narrow,
        the kind is left to the preview under the table."""
        super().resizeEvent(event)
        width = self.viewport().width()
        narrow = width < self.NARROW
        self.setColumnHidden(AgendaModel.KIND, narrow)
        share = width // 5 if narrow else width // 4
        self.horizontalHeader().resizeSection(AgendaModel.PRESENTER, max(90, min(240, share)))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, modifiers = event.key(), event.modifiers()
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and modifiers & _MOVE_MODIFIERS:
            self.move_requested.emit(-1 if key == Qt.Key.Key_Up else 1)
            event.accept()
            return
        if key == Qt.Key.Key_Delete and not modifiers:
            self.delete_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)
