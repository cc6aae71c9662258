"""The audit trail of one position: its current values, then every earlier state, read-only."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from deliberation.records.positions import POSITION_SOURCES, STANCES
from deliberation.rules.wording import numeric_date
from deliberation.ui.kit.colours import MUTED_TEXT
from deliberation.ui.kit.dates import moment_with_clock
from deliberation.ui.kit.labels import shortened
from deliberation.ui.kit.localize import label_text
from deliberation.ui.kit.pages import stacked
from deliberation.ui.kit.table_model import Column, RecordTableModel

if TYPE_CHECKING:
    from deliberation.records.positions import PositionRecord
    from deliberation.services.positions import Positions

AnyIndex = QModelIndex | QPersistentModelIndex


def stance_label(code: str) -> str:
    return label_text(STANCES.get(code, code))


def source_label(code: str) -> str:
    return label_text(POSITION_SOURCES.get(code, code))


@dataclass(frozen=True)
class PositionState:
    """One row of the trail: the values a position held, and when and by whom they were replaced.

    `replaced_at` None is the current state.
    """

    stance: str
    reservation: str
    reasons: str
    amendment: str
    source: str
    received_on: date
    recorded_by: str
    replaced_at: datetime | None = None
    replaced_by: str = ""


def _text_column(header: str, value: Callable[[PositionState], str]) -> Column[PositionState]:
    return Column(header, lambda s: shortened(value(s)), tooltip=lambda s: value(s) or None)


def _replaced(state: PositionState) -> str:
    if state.replaced_at is None:
        return QCoreApplication.translate("HistoryModel", "Actuelle")
    # The moment on two lines, so that the column stays narrow in the synthesis' side panel.
    text = QCoreApplication.translate("HistoryModel", "le %1").replace(
        "%1", moment_with_clock(state.replaced_at, "\n")
    )
    if state.replaced_by:
        text += "\n" + QCoreApplication.translate("HistoryModel", "par %1").replace(
            "%1", state.replaced_by
        )
    return text


def _origin(state: PositionState) -> str:
    lines = [
        source_label(state.source),
        QCoreApplication.translate("HistoryModel", "reçue le %1").replace(
            "%1", numeric_date(state.received_on)
        ),
    ]
    if state.recorded_by:
        lines.append(
            QCoreApplication.translate("HistoryModel", "saisie par %1").replace(
                "%1", state.recorded_by
            )
        )
    return "\n".join(lines)


class HistoryModel(RecordTableModel[PositionState]):
    """The states of a position, the current one first; what a change altered is in bold."""

    REPLACED, STANCE, RESERVATION, REASONS, AMENDMENT, ORIGIN = range(6)
    _COMPARED: ClassVar[dict[int, Callable[[PositionState], object]]] = {
        STANCE: lambda s: s.stance,
        RESERVATION: lambda s: s.reservation,
        REASONS: lambda s: s.reasons,
        AMENDMENT: lambda s: s.amendment,
        ORIGIN: lambda s: (s.source, s.received_on, s.recorded_by),
    }

    def columns(self) -> list[Column[PositionState]]:
        return [
            Column(self.tr("Remplacée"), _replaced),
            Column(self.tr("Position"), lambda s: stance_label(s.stance)),
            _text_column(self.tr("Réserve"), lambda s: s.reservation),
            _text_column(self.tr("Motifs"), lambda s: s.reasons),
            _text_column(self.tr("Amendement proposé"), lambda s: s.amendment),
            Column(self.tr("Source"), _origin),
        ]

    def changed_columns(self, row: int) -> set[int]:
        """The columns whose value differs from the state just before (the next row)."""
        if row + 1 >= self.rowCount():
            return set()
        newer, older = self.record(row), self.record(row + 1)
        return {column for column, key in self._COMPARED.items() if key(newer) != key(older)}

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.FontRole and index.isValid():
            current = index.row() == 0 and index.column() == self.REPLACED
            if current or index.column() in self.changed_columns(index.row()):
                font = QFont()
                font.setBold(True)
                return font
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return super().data(index, role)


def states(positions: Positions, record: PositionRecord) -> list[PositionState]:
    """The current values of `record`, then its earlier states, the most recent first."""
    current = PositionState(
        record.stance,
        record.reservation,
        record.reasons,
        record.amendment,
        record.source,
        record.received_on,
        record.recorded_by,
    )
    earlier = [
        PositionState(
            h.stance,
            h.reservation,
            h.reasons,
            h.amendment,
            h.source,
            h.received_on,
            h.recorded_by,
            h.changed_at,
            h.changed_by,
        )
        for h in positions.history(record)
    ]
    return [current, *earlier]


class PositionHistoryView(QWidget):
    """A read-only table of a position's states: « Actuelle », then each earlier one.

    Each earlier row says when its values were replaced and by whom; in each row, the values
    that differ from the state before are in bold, so that a change reads at a glance. Long
    texts are cut in the cells and shown whole in their tooltip.

    Attributes:
        model: the HistoryModel behind the table.
        table: the QTableView.
        note: the line under the table (how many changes, or that there were none).
        empty: the text shown instead of the table when there is no position (or, when
            `compact`, no change: the position itself is shown beside it).
    """

    def __init__(self, parent: QWidget | None = None, compact: bool = False) -> None:
        super().__init__(parent)
        self.compact = compact
        self.model = HistoryModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setAlternatingRowColors(True)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setMinimumSectionSize(self.fontMetrics().horizontalAdvance("21/11/2026 ") + 12)
        # The texts and the source share the width left and wrap: in a narrow panel, the source
        # is the only column left to stretch and would otherwise be cut at the edge.
        for column in (
            HistoryModel.RESERVATION,
            HistoryModel.REASONS,
            HistoryModel.AMENDMENT,
            HistoryModel.ORIGIN,
        ):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet(f"color: {MUTED_TEXT};")
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
            if compact
            else Qt.AlignmentFlag.AlignCenter
        )
        self.empty.setStyleSheet(f"color: {MUTED_TEXT};")
        self.with_table = QWidget()
        table_and_note = QVBoxLayout(self.with_table)
        table_and_note.setContentsMargins(0, 0, 0, 0)
        table_and_note.addWidget(self.table, 1)
        table_and_note.addWidget(self.note)
        self.stack = stacked(self.with_table, self.empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.show_position(None, None)

    def show_position(self, positions: Positions | None, record: PositionRecord | None) -> None:
        """Show the trail of `record` (None: no position yet, an explanation instead)."""
        if positions is None or record is None:
            self.model.set_records([])
            self.empty.setText(
                self.tr(
                    "Aucune position enregistrée : l'historique commencera au premier "
                    "enregistrement."
                )
            )
            self.stack.setCurrentWidget(self.empty)
            return
        rows = states(positions, record)
        self.model.set_records(rows)
        changes = len(rows) - 1
        if changes == 0:
            self.note.setText(
                self.tr("Aucune modification depuis l'enregistrement de la position.")
            )
            if self.compact:
                self.empty.setText(self.note.text())
                self.stack.setCurrentWidget(self.empty)
                return
        else:
            text = (
                self.tr("1 modification.")
                if changes == 1
                else self.tr("%1 modifications.").replace("%1", str(changes))
            )
            self.note.setText(
                text + " " + self.tr("En gras : ce qui a changé par rapport à l'état précédent.")
            )
        self.stack.setCurrentWidget(self.with_table)

    def row_texts(self, row: int) -> list[str]:
        """The texts of one row as shown (for tests and for reading aloud)."""
        return [
            self.model.index(row, column).data() or "" for column in range(self.model.columnCount())
        ]
