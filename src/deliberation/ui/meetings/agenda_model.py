"""Item model of a meeting's agenda: timed items, moved by drag and drop or from the keyboard."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from uuid import UUID

from PySide6.QtCore import (
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from deliberation.records.meetings import AgendaItem, MeetingDetails, ScheduledItem
from deliberation.rules.schedule import schedule
from deliberation.ui.kit.colours import WARNING_BACKGROUND, WARNING_TEXT
from deliberation.ui.kit.dates import clock, duration, hours
from deliberation.ui.kit.meeting_labels import item_kind_label
from deliberation.ui.kit.table_model import SHOWN_CELL, HeadedTableModel

AnyIndex = QModelIndex | QPersistentModelIndex
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
"""The AgendaItem behind a row (any column)."""


class AgendaModel(HeadedTableModel):
    """The agenda of one meeting, numbered and timed from the meeting's start.

    Items that end after the meeting's end are shown in a warning colour. Rows move with
    `moveRows` (keyboard) or by an internal drag and drop (`mimeData`/`dropMimeData`); the
    numbers and times follow at once, and `moved` tells the page to record the new order.

    Signals:
        moved(UUID): the user moved this item; `items()` holds the new order.
    """

    NUMBER, TIME, KIND, TITLE, PRESENTER, DURATION = range(6)
    MIME_TYPE = "application/x-deliberation-agenda-item"

    moved = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._details: MeetingDetails | None = None
        self._rows: list[ScheduledItem] = []
        self._headers = [
            self.tr("N°"),
            self.tr("Horaire"),
            self.tr("Nature"),
            self.tr("Intitulé"),
            self.tr("Intervenant"),
            self.tr("Durée"),
        ]

    # -- data -----------------------------------------------------------------------------------

    def set_details(self, details: MeetingDetails | None) -> None:
        """Show a meeting's agenda; rows stay in place when only their contents changed."""
        new_rows = list(details.schedule) if details else []
        same_order = [r.item.uuid for r in new_rows] == [r.item.uuid for r in self._rows]
        if same_order and self._rows:
            self._details = details
            self._rows = new_rows
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(self._headers) - 1)
            )
            return
        self.beginResetModel()
        self._details = details
        self._rows = new_rows
        self.endResetModel()

    def items(self) -> list[AgendaItem]:
        """The agenda in the order shown."""
        return [r.item for r in self._rows]

    def item(self, row: int) -> AgendaItem:
        return self._rows[row].item

    def row_of(self, uuid: UUID) -> int:
        """The row of the item with this UUID, or -1."""
        return next((r for r, s in enumerate(self._rows) if s.item.uuid == uuid), -1)

    # -- Qt model interface ---------------------------------------------------------------------

    def row_total(self) -> int:
        return len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        timed = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(timed, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(timed, column)
        if role == ITEM_ROLE:
            return timed.item
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.NUMBER, self.DURATION):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if timed.overruns and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(WARNING_TEXT))
        if timed.overruns and role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(WARNING_BACKGROUND))
        return None

    def _text(self, timed: ScheduledItem, column: int) -> str:
        item = timed.item
        if column == self.NUMBER:
            return str(timed.number)
        if column == self.TIME:
            return hours(timed.start, timed.end)
        if column == self.KIND:
            return item_kind_label(item.kind)
        if column == self.TITLE:
            return item.title
        if column == self.PRESENTER:
            return self._details.presenter_label(item) if self._details else ""
        if column == self.DURATION:
            return duration(item.duration_minutes)
        return ""

    def _tooltip(self, timed: ScheduledItem, column: int) -> str | None:
        if timed.overruns and self._details is not None:
            end = clock(self._details.meeting.end)
            return self.tr("Ce point finit après la fin prévue de la séance (%1).").replace(
                "%1", end
            )
        item = timed.item
        if column == self.TITLE:
            lines = [item.title]
            if item.description:
                lines.append(item.description)
            lines += [link.label or link.target for link in item.links]
            return "\n".join(lines)
        if column == self.PRESENTER and self._details is not None:
            return self._details.presenter_label(item) or None
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled  # drops go between rows, never onto one
        return SHOWN_CELL | Qt.ItemFlag.ItemIsDragEnabled

    # -- moving ---------------------------------------------------------------------------------

    def moveRows(
        self,
        sourceParent: AnyIndex,
        sourceRow: int,
        count: int,
        destinationParent: AnyIndex,
        destinationChild: int,
    ) -> bool:
        """Move `count` items before `destinationChild` (a row number before the move)."""
        if (
            sourceParent.isValid()
            or destinationParent.isValid()
            or count < 1
            or sourceRow < 0
            or sourceRow + count > len(self._rows)
            or not 0 <= destinationChild <= len(self._rows)
            or sourceRow <= destinationChild <= sourceRow + count
        ):
            return False
        if not self.beginMoveRows(
            QModelIndex(), sourceRow, sourceRow + count - 1, QModelIndex(), destinationChild
        ):
            return False
        items = self.items()
        block = items[sourceRow : sourceRow + count]
        del items[sourceRow : sourceRow + count]
        insert_at = destinationChild - count if destinationChild > sourceRow else destinationChild
        items[insert_at:insert_at] = block
        if self._details is not None:
            meeting = self._details.meeting
            self._rows = schedule(items, meeting.start, meeting.end)[0]
        self.endMoveRows()
        self.dataChanged.emit(
            self.index(0, 0), self.index(len(self._rows) - 1, len(self._headers) - 1)
        )
        self.moved.emit(block[0].uuid)
        return True

    def move_row(self, row: int, offset: int) -> bool:
        """Move one item `offset` places up (negative) or down; False at either end."""
        target = row + offset
        if not 0 <= row < len(self._rows) or not 0 <= target < len(self._rows) or offset == 0:
            return False
        destination = target if offset < 0 else target + 1
        return self.moveRows(QModelIndex(), row, 1, QModelIndex(), destination)

    # -- drag and drop --------------------------------------------------------------------------

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [self.MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        """The dragged items, by UUID (one per line)."""
        rows = sorted({index.row() for index in indexes if index.isValid()})
        data = QMimeData()
        text = "\n".join(str(self._rows[row].item.uuid) for row in rows)
        data.setData(self.MIME_TYPE, QByteArray(text.encode()))
        return data

    def _dragged_rows(self, data: QMimeData) -> list[int]:
        if not data.hasFormat(self.MIME_TYPE):
            return []
        rows = []
        for line in bytes(data.data(self.MIME_TYPE).data()).decode().splitlines():
            try:
                row = self.row_of(UUID(line))
            except ValueError:
                return []
            if row < 0:
                return []
            rows.append(row)
        return sorted(rows)

    def canDropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: AnyIndex,
    ) -> bool:
        rows = self._dragged_rows(data)
        contiguous = bool(rows) and rows == list(range(rows[0], rows[0] + len(rows)))
        return action == Qt.DropAction.MoveAction and contiguous

    def dropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: AnyIndex,
    ) -> bool:
        """Move the dragged items before `row` (onto an item: before it; below the last: last)."""
        if action == Qt.DropAction.IgnoreAction:
            return True
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        if row < 0:
            row = parent.row() if parent.isValid() else len(self._rows)
        rows = self._dragged_rows(data)
        return self.moveRows(QModelIndex(), rows[0], len(rows), QModelIndex(), row)
