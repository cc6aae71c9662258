"""Read-only table views shared by the pages: whole-row selection, fitted columns, selecting."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import (
    QAbstractItemModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

SIZING_SAMPLE = 60
"""How many rows beyond those in view a column's width is measured on (Qt's default: 1,000)."""


def make_table(
    model: QAbstractItemModel, stretch: int | None = None, fitted: Iterable[int] = ()
) -> QTableView:
    """A read-only table with whole-row selection, one stretching column, no row numbers.

    The `fitted` columns (short values: acronyms, dates, counts) always fit their contents, so
    that they are never cut when the filter or the window's size changes. Columns are sized from
    the rows in view and a sample of `SIZING_SAMPLE` others, never from every row: a list of years
    opens and filters in the same time as a list of months.
    """
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    rows = view.verticalHeader()
    rows.hide()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(view.fontMetrics().height() + 10)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setResizeContentsPrecision(SIZING_SAMPLE)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    for column in fitted:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    return view


def fit_columns(view: QTableView, widest: int = 340) -> None:
    """Size columns to their contents, none wider than `widest` pixels (tooltips show the rest).

    The contents measured are the rows in view and a sample of others (see `make_table`).
    """
    view.resizeColumnsToContents()
    header = view.horizontalHeader()
    for column in range(header.count()):
        if header.sectionResizeMode(column) == QHeaderView.ResizeMode.Interactive:
            header.resizeSection(column, min(header.sectionSize(column), widest))


def select_row_at(
    view: QAbstractItemView,
    index: QModelIndex | QPersistentModelIndex,
    hint: QAbstractItemView.ScrollHint = QAbstractItemView.ScrollHint.EnsureVisible,
) -> None:
    """Make `index` current with its whole row selected, and scroll it into view."""
    view.selectionModel().setCurrentIndex(
        index,
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    view.scrollTo(index, hint)


def selected_source_row(view: QAbstractItemView, proxy: QSortFilterProxyModel) -> int:
    """The source model's row of the first selected row of `view` (over `proxy`), or -1."""
    rows = view.selectionModel().selectedRows()
    return proxy.mapToSource(rows[0]).row() if rows else -1
