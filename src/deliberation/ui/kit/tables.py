"""Read-only table views shared by the pages: whole-row selection, fitted columns."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView


def make_table(
    model: QAbstractItemModel, stretch: int | None = None, fitted: Iterable[int] = ()
) -> QTableView:
    """A read-only table with whole-row selection, one stretching column, no row numbers.

    The `fitted` columns (short values: acronyms, dates, counts) always fit their contents, so
    that they are never cut when the filter or the window's size changes.
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
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    for column in fitted:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    return view


def fit_columns(view: QTableView, widest: int = 340) -> None:
    """Size columns to their contents, none wider than `widest` pixels (tooltips show the rest)."""
    view.resizeColumnsToContents()
    header = view.horizontalHeader()
    for column in range(header.count()):
        if header.sectionResizeMode(column) == QHeaderView.ResizeMode.Interactive:
            header.resizeSection(column, min(header.sectionSize(column), widest))
