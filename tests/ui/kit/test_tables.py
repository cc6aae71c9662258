"""Read-only tables of the pages: whole rows selected, nothing edited, short columns never cut."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView
from pytestqt.qtbot import QtBot

from deliberation.ui.kit.tables import fit_columns, make_table


def organisations() -> QStandardItemModel:
    model = QStandardItemModel(0, 3)
    model.setHorizontalHeaderLabels(["Sigle", "Nom", "Membres"])
    long_name = "Association des maires ruraux de France et des présidents d'intercommunalité " * 3
    for row in (("AMF", "Association des maires de France", "12"), ("AMRF", long_name, "4")):
        model.appendRow([QStandardItem(text) for text in row])
    return model


def test_a_click_selects_one_whole_row_and_a_double_click_edits_nothing(qtbot: QtBot) -> None:
    view = make_table(organisations(), stretch=1, fitted=(0, 2))
    qtbot.addWidget(view)
    view.resize(700, 300)
    view.show()
    qtbot.waitExposed(view)
    cell = view.visualRect(view.model().index(1, 1)).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    assert [i.row() for i in view.selectionModel().selectedRows()] == [1]
    assert {i.column() for i in view.selectionModel().selectedIndexes()} == {0, 1, 2}
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    assert view.state() != QAbstractItemView.State.EditingState
    assert view.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    assert not view.verticalHeader().isVisible()  # no row numbers
    view.selectRow(0)
    assert [i.row() for i in view.selectionModel().selectedRows()] == [0]  # one row at a time


def test_short_columns_fit_their_contents_and_long_ones_are_capped(qtbot: QtBot) -> None:
    view = make_table(organisations(), fitted=(0, 2))
    qtbot.addWidget(view)
    header = view.horizontalHeader()
    assert header.sectionResizeMode(0) == QHeaderView.ResizeMode.ResizeToContents
    assert header.sectionResizeMode(1) == QHeaderView.ResizeMode.Interactive
    fit_columns(view, widest=200)
    assert header.sectionSize(1) == 200  # the long name is cut (its tooltip shows the rest)
    assert view.sizeHintForColumn(0) <= header.sectionSize(0)  # « AMRF » whole


class CountingModel(QStandardItemModel):
    """Rows of short acronyms that count which rows were asked for their text."""

    def __init__(self, rows: int) -> None:
        super().__init__(rows, 2)
        self.asked: set[int] = set()
        for row in range(rows):
            self.setItem(row, 0, QStandardItem(f"S{row % 10}"))
            self.setItem(row, 1, QStandardItem(f"Organisation n° {row}"))

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if role == Qt.ItemDataRole.DisplayRole:
            self.asked.add(index.row())
        return super().data(index, role)


def test_columns_are_sized_from_the_rows_in_view_and_a_sample_not_every_row(
    qtbot: QtBot,
) -> None:
    model = CountingModel(3000)
    view = make_table(model, fitted=(0,))
    qtbot.addWidget(view)
    view.resize(500, 300)
    view.show()
    qtbot.waitExposed(view)
    model.asked.clear()
    fit_columns(view)
    assert model.asked  # the widths come from some rows' texts…
    assert len(model.asked) < 3000 // 10  # …a few screens of them, not all 3,000 rows
    assert view.horizontalHeader().sectionSize(0) >= view.fontMetrics().horizontalAdvance("S0")
