"""Read-only table models: over plain records described by their columns, or headed rows."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

R = TypeVar("R")

RECORD_ROLE = Qt.ItemDataRole.UserRole + 1
"""The record behind a row (any column)."""
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
"""A key that sorts the column properly (dates as ISO strings, counts as numbers)."""

AnyIndex = QModelIndex | QPersistentModelIndex
SHOWN_CELL = (
    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
)
"""The flags of a cell of a flat table that is shown and selected, not edited."""


class HeadedTableModel(QAbstractTableModel):
    """A flat table with fixed column headers; subclasses give the rows and `data()`.

    Attributes:
        _headers: the column headers, in display order (set by subclasses).
    """

    _headers: list[str]

    def row_total(self) -> int:
        """How many rows the table has (subclasses)."""
        raise NotImplementedError

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.row_total()

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None


@dataclass(frozen=True)
class Column(Generic[R]):
    """How one column shows a record: its header (and its tooltip), text, sort key and tooltip."""

    header: str
    text: Callable[[R], str]
    sort_key: Callable[[R], Any] | None = None
    tooltip: Callable[[R], str | None] | None = None
    numeric: bool = False
    header_tip: str | None = None


class RecordTableModel(QAbstractTableModel, Generic[R]):
    """Rows are records, columns come from `columns()`; subclasses give the columns.

    Attributes:
        columns_: the column descriptions, in display order.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._records: list[R] = []
        self._sort_keys: dict[int, list[Any]] = {}  # by column, computed when first sorted on
        self.columns_: list[Column[R]] = self.columns()

    # -- for subclasses ---------------------------------------------------------------------------

    def columns(self) -> list[Column[R]]:
        raise NotImplementedError

    def is_muted(self, record: R) -> bool:
        """Rows shown greyed and in italics (former members, inactive delegates)."""
        return False

    # -- data -------------------------------------------------------------------------------------

    def set_records(self, records: Sequence[R]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self._sort_keys = {}
        self.endResetModel()

    def records(self) -> list[R]:
        return list(self._records)

    def set_record(self, row: int, record: R) -> None:
        """Replace one row's record (its cells are redrawn, the others stay)."""
        self._records[row] = record
        self._sort_keys = {}
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns_) - 1))

    def record(self, row: int) -> R:
        return self._records[row]

    def row_where(self, predicate: Callable[[R], bool]) -> int:
        """The first row whose record matches, or -1."""
        for row, record in enumerate(self._records):
            if predicate(record):
                return row
        return -1

    # -- Qt model interface -----------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns_)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._records):
            return None
        record = self._records[index.row()]
        column = self.columns_[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(record)
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tooltip(record) if column.tooltip else None
        if role == SORT_ROLE:  # asked twice per comparison while sorting: computed once a row
            keys = self._sort_keys.get(index.column())
            if keys is None:
                key = column.sort_key or column.text
                keys = self._sort_keys[index.column()] = [key(r) for r in self._records]
            return keys[index.row()]
        if role == RECORD_ROLE:
            return record
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and self.is_muted(record):
            return QApplication.palette().brush(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
            )
        if role == Qt.ItemDataRole.FontRole and self.is_muted(record):
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns_):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.columns_[section].header
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.columns_[section].header_tip
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        return SHOWN_CELL if index.isValid() else Qt.ItemFlag.NoItemFlags


def refilter(proxy: QSortFilterProxyModel, change: Callable[[], None]) -> None:
    """Apply `change` to what a proxy filters its rows on, and filter them again."""
    if hasattr(proxy, "beginFilterChange"):  # Qt 6.10 and later
        proxy.beginFilterChange()
        change()
        proxy.endFilterChange(QSortFilterProxyModel.Direction.Rows)
    else:
        change()
        proxy.invalidateRowsFilter()


class RecordSortModel(QSortFilterProxyModel):
    """A view of a record model sorted on `SORT_ROLE`, locale-aware, kept sorted as it changes."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setSortLocaleAware(True)
        self.setDynamicSortFilter(True)
