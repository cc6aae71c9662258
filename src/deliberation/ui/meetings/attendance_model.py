"""Item model of a meeting's attendance sheet, and the combo-box delegate that edits it in place."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from deliberation.records.meetings import ATTENDANCE_STATUSES, Attendance, MeetingDetails
from deliberation.ui.kit.colours import MUTED_TEXT
from deliberation.ui.kit.labels import fold
from deliberation.ui.kit.meeting_labels import attendance_label
from deliberation.ui.kit.table_model import SHOWN_CELL, HeadedTableModel

AnyIndex = QModelIndex | QPersistentModelIndex
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
"""The Attendance behind a row (any column)."""
CHOICES_ROLE = Qt.ItemDataRole.UserRole + 2
"""For an editable cell: the (label, value) pairs its combo box offers."""

STATUS_COLOURS = {
    "present": "#1b6e20",
    "represented": "#1a5a8a",
    "excused": "#7a5c00",
    "absent": "#9c2a00",
}


class AttendanceModel(HeadedTableModel):
    """One row per convened organisation: how it attended, who represented it, who came.

    The status and the representing organisation are editable in place; an edit is not applied
    here but asked for through `edit_requested`, so that the page records it as one undo step
    (the model then follows the store).

    Signals:
        edit_requested(Attendance): the user changed a row; the entry as it should become.
    """

    ACRONYM, NAME, STATUS, REPRESENTED_BY, DELEGATES = range(5)

    edit_requested = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._details: MeetingDetails | None = None
        self._entries: list[Attendance] = []
        self._headers = [
            self.tr("Sigle"),
            self.tr("Organisation"),
            self.tr("Présence"),
            self.tr("Représentée par"),
            self.tr("Délégués présents"),
        ]

    # -- data -----------------------------------------------------------------------------------

    def set_details(self, details: MeetingDetails | None) -> None:
        """Show a meeting's attendance, by acronym; rows stay put when only statuses changed."""
        entries = list(details.meeting.convened) if details else []
        if details is not None:
            entries.sort(key=lambda a: fold(details.organisation_label(a.organisation_id)))
        if [a.organisation_id for a in entries] == [a.organisation_id for a in self._entries]:
            self._details = details
            self._entries = entries
            if entries:
                self.dataChanged.emit(
                    self.index(0, 0), self.index(len(entries) - 1, len(self._headers) - 1)
                )
            return
        self.beginResetModel()
        self._details = details
        self._entries = entries
        self.endResetModel()

    def entries(self) -> list[Attendance]:
        return list(self._entries)

    def entry(self, row: int) -> Attendance:
        return self._entries[row]

    def row_of(self, organisation_id: int) -> int:
        return next(
            (r for r, a in enumerate(self._entries) if a.organisation_id == organisation_id), -1
        )

    def representative_choices(self, entry: Attendance) -> list[tuple[str, int | None]]:
        """The other convened organisations, which may represent this one."""
        details = self._details
        if details is None:
            return []
        return [(self.tr("(personne)"), None)] + [
            (details.organisation_label(a.organisation_id), a.organisation_id)
            for a in self._entries
            if a.organisation_id != entry.organisation_id
        ]

    # -- Qt model interface ---------------------------------------------------------------------

    def row_total(self) -> int:
        return len(self._entries)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.ToolTipRole and column == self.ACRONYM:
            return self._text(entry, self.NAME)  # the full name, when its column is hidden
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(entry, column)
        if role == ENTRY_ROLE:
            return entry
        if role == Qt.ItemDataRole.EditRole:
            if column == self.STATUS:
                return entry.status
            if column == self.REPRESENTED_BY:
                return entry.represented_by_id
            return None
        if role == CHOICES_ROLE:
            if column == self.STATUS:
                return [(attendance_label(s), s) for s in ATTENDANCE_STATUSES]
            if column == self.REPRESENTED_BY:
                return self.representative_choices(entry)
            return None
        if column == self.STATUS and role == Qt.ItemDataRole.ForegroundRole:
            if entry.status in STATUS_COLOURS:
                return QBrush(QColor(STATUS_COLOURS[entry.status]))
            return QBrush(QColor(MUTED_TEXT))
        if column == self.STATUS and role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(entry.status != "pending")
            font.setItalic(entry.status == "pending")
            return font
        return None

    def _text(self, entry: Attendance, column: int) -> str:
        details = self._details
        if details is None:
            return ""
        if column == self.ACRONYM:
            return details.organisation_label(entry.organisation_id)
        if column == self.NAME:
            return details.organisations.get(entry.organisation_id, ("", ""))[1]
        if column == self.STATUS:
            return attendance_label(entry.status)
        if column == self.REPRESENTED_BY:
            return details.organisation_label(entry.represented_by_id)
        if column == self.DELEGATES:  # a representative's delegate is named with their acronym
            names = []
            for delegate_id in entry.delegate_ids:
                name, org = details.delegates.get(delegate_id, ("?", 0))
                if org != entry.organisation_id:
                    name = f"{name} ({details.organisation_label(org)})"
                names.append(name)
            return ", ".join(names)
        return ""

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = SHOWN_CELL
        if index.column() in (self.STATUS, self.REPRESENTED_BY):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Ask for a change of status or of representative (see `edit_requested`)."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        entry = self._entries[index.row()]
        owners = delegate_owners(self._details) if self._details is not None else None
        if index.column() == self.STATUS:
            if value not in ATTENDANCE_STATUSES or value == entry.status:
                return False
            self.edit_requested.emit(with_status(entry, value, owners))
            return True
        if index.column() == self.REPRESENTED_BY and owners is not None:
            if value == entry.represented_by_id:
                return False
            if value is None:
                self.edit_requested.emit(with_status(entry, "pending"))
            else:
                self.edit_requested.emit(with_representative(entry, int(value), owners))
            return True
        return False


def delegate_owners(details: MeetingDetails) -> dict[int, int]:
    """Delegate id → organisation id, for the delegates the meeting mentions."""
    return {delegate: org for delegate, (_, org) in details.delegates.items()}


def with_status(
    entry: Attendance, status: str, owners: Mapping[int, int] | None = None
) -> Attendance:
    """The entry with another status: no representative unless represented, no delegate when
    the organisation did not attend; `owners` (delegate → organisation) drops, when it is no
    longer represented, the delegates its representative had sent."""
    kept = entry.delegate_ids if status in ("present", "represented") else ()
    if status != "represented" and owners is not None:
        kept = tuple(d for d in kept if owners.get(d) == entry.organisation_id)
    return replace(
        entry,
        status=status,
        represented_by_id=entry.represented_by_id if status == "represented" else None,
        delegate_ids=kept,
    )


def with_representative(
    entry: Attendance, organisation_id: int, owners: Mapping[int, int] | None = None
) -> Attendance:
    """The entry represented by another organisation; `owners` (delegate → organisation) drops
    the delegates who belong neither to the organisation nor to its new representative."""
    kept = entry.delegate_ids
    if owners is not None:
        allowed = {entry.organisation_id, organisation_id}
        kept = tuple(d for d in kept if owners.get(d) in allowed)
    return replace(
        entry, status="represented", represented_by_id=organisation_id, delegate_ids=kept
    )


class ChoiceDelegate(QStyledItemDelegate):
    """Edits a cell with a combo box of the (label, value) pairs the model gives in CHOICES_ROLE."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        combo = QComboBox(parent)
        for label, value in index.data(CHOICES_ROLE) or []:
            combo.addItem(label, value)
        # Committed as soon as a choice is made, not when the cell loses focus.
        combo.activated.connect(lambda _row: self.commitData.emit(combo))
        combo.activated.connect(lambda _row: self.closeEditor.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
