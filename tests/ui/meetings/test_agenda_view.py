"""The agenda table on its own: move and delete keys, read-only rows, the kind left out when narrow.

The page's reordering and editing through this view are tested in test_meeting_page.py."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView
from pytestqt.qtbot import QtBot

from deliberation.ui.meetings.agenda_model import AgendaModel
from deliberation.ui.meetings.agenda_view import AgendaView


def shown(qtbot: QtBot, width: int) -> AgendaView:
    view = AgendaView(AgendaModel())
    qtbot.addWidget(view)
    view.resize(width, 300)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_ctrl_or_alt_arrows_ask_for_a_move_and_delete_for_a_removal(qtbot: QtBot) -> None:
    view = shown(qtbot, 900)
    moves: list[int] = []
    removals: list[bool] = []
    view.move_requested.connect(moves.append)
    view.delete_requested.connect(lambda: removals.append(True))
    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(view, Qt.Key.Key_Down)  # a plain arrow only moves the cursor
    assert moves == [-1, 1]
    qtbot.keyClick(view, Qt.Key.Key_Delete, Qt.KeyboardModifier.ShiftModifier)
    assert removals == []
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert removals == [True]


def test_rows_are_dragged_not_edited(qtbot: QtBot) -> None:
    view = shown(qtbot, 900)
    assert view.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    assert view.dragDropMode() == QAbstractItemView.DragDropMode.InternalMove
    assert view.selectionBehavior() == QAbstractItemView.SelectionBehavior.SelectRows


def test_a_narrow_table_leaves_the_kind_out_and_keeps_the_presenter_readable(
    qtbot: QtBot,
) -> None:
    view = shown(qtbot, 900)
    assert not view.isColumnHidden(AgendaModel.KIND)
    wide = view.columnWidth(AgendaModel.PRESENTER)
    view.resize(500, 300)
    qtbot.waitUntil(lambda: view.isColumnHidden(AgendaModel.KIND))
    assert 90 <= view.columnWidth(AgendaModel.PRESENTER) < wide
    view.resize(900, 300)
    qtbot.waitUntil(lambda: not view.isColumnHidden(AgendaModel.KIND))
