"""Dates and hours typed whole into the real fields, as a user types them (digits, « / », « : »)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, time

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from deliberation.ui.kit.editor import Editor
from deliberation.ui.kit.forms import date_edit, time_edit
from deliberation.ui.kit.typed_fields import (
    DATE_PARTS,
    DATE_SEPARATORS,
    DateEdit,
    TimeEdit,
    date_of,
    time_of,
    typed,
)
from deliberation.ui.meetings.meeting_dialog import MeetingDialog


def groups_of(keys: str) -> list[str]:
    groups: list[str] = []
    for key in keys:
        typed(groups, key, DATE_PARTS, DATE_SEPARATORS)
    return groups


@pytest.mark.parametrize(
    ("keys", "expected"),
    [
        ("20/04/2027", ["20", "04", "2027"]),
        ("5/4/2027", ["5", "4", "2027"]),
        ("20042027", ["20", "04", "2027"]),
        ("54", ["5", "4"]),  # no 54th day: the 4 begins the month
        ("4/13", ["4", "1", "3"]),  # no 13th month: the 3 begins the year
        ("0/", ["0"]),  # « 0 » is no day: the separator waits
        ("20//", ["20", ""]),
    ],
)
def test_typed_keys_make_parts(keys: str, expected: list[str]) -> None:
    assert groups_of(keys) == expected


def test_what_a_partial_date_or_hour_gives() -> None:
    current = date(2026, 12, 7)
    assert date_of(["20"], current) == date(2026, 12, 20)
    assert date_of(["20", "4"], current) == date(2026, 4, 20)
    assert date_of(["20", "4", "27"], current) == date(2027, 4, 20)
    assert date_of(["31", "2", "2027"], current) is None
    assert time_of(["17"]) == time(17, 0)
    assert time_of(["9", "30"]) == time(9, 30)
    assert time_of([]) is None


@pytest.fixture
def fields(qtbot: QtBot) -> Iterator[tuple[DateEdit, TimeEdit, QLineEdit]]:
    holder = QWidget()
    qtbot.addWidget(holder)
    day, hour, other = date_edit(date(2026, 12, 7)), time_edit(time(14, 0)), QLineEdit()
    layout = QVBoxLayout(holder)
    for widget in (day, hour, other):
        layout.addWidget(widget)
    holder.show()
    qtbot.waitExposed(holder)
    assert isinstance(day, DateEdit) and isinstance(hour, TimeEdit)
    yield day, hour, other  # the holder lives as long as the test


def select_all_and_type(qtbot: QtBot, edit: QWidget, keys: str) -> None:
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(edit, keys)


@pytest.mark.parametrize(
    ("keys", "expected"),
    [
        ("20/04/2027", QDate(2027, 4, 20)),
        ("5/4/2027", QDate(2027, 4, 5)),
        ("20042027", QDate(2027, 4, 20)),
        ("1.3.2028", QDate(2028, 3, 1)),
    ],
)
def test_a_date_typed_over_the_selected_field(
    qtbot: QtBot, fields: tuple[DateEdit, TimeEdit, QLineEdit], keys: str, expected: QDate
) -> None:
    day, _, _ = fields
    select_all_and_type(qtbot, day, keys)
    assert day.date() == expected
    assert day.lineEdit().text() == expected.toString("dd/MM/yyyy")


def test_a_partial_date_is_read_when_the_field_is_left(
    qtbot: QtBot, fields: tuple[DateEdit, TimeEdit, QLineEdit]
) -> None:
    day, _, other = fields
    select_all_and_type(qtbot, day, "20/4/27")
    assert day.lineEdit().text() == "20/4/27"  # as typed, until the field is left
    other.setFocus()
    assert day.date() == QDate(2027, 4, 20) and day.lineEdit().text() == "20/04/2027"
    select_all_and_type(qtbot, day, "3")
    qtbot.keyClick(day, Qt.Key.Key_Return)
    assert day.date() == QDate(2027, 4, 3)
    # A date that does not exist is refused at its last digit; Backspace corrects.
    select_all_and_type(qtbot, day, "31/02/2027")
    assert day.lineEdit().text() == "31/02/202"
    for _ in range(5):  # back to « 31/0 »
        qtbot.keyClick(day, Qt.Key.Key_Backspace)
    assert day.lineEdit().text() == "31/0"
    qtbot.keyClicks(day, "3/2027")
    assert day.date() == QDate(2027, 3, 31)


@pytest.mark.parametrize(
    ("keys", "expected"),
    [("17:00", QTime(17, 0)), ("9:30", QTime(9, 30)), ("1700", QTime(17, 0)),
     ("0915", QTime(9, 15)), ("23:59", QTime(23, 59))],
)  # fmt: skip
def test_an_hour_typed_over_the_selected_field_is_read_on_24_hours(
    qtbot: QtBot, fields: tuple[DateEdit, TimeEdit, QLineEdit], keys: str, expected: QTime
) -> None:
    _, hour, _ = fields
    select_all_and_type(qtbot, hour, keys)
    assert hour.time() == expected
    assert hour.lineEdit().text() == expected.toString("HH:mm")


def test_an_hour_alone_means_on_the_hour(
    qtbot: QtBot, fields: tuple[DateEdit, TimeEdit, QLineEdit]
) -> None:
    _, hour, other = fields
    select_all_and_type(qtbot, hour, "17h")
    other.setFocus()
    assert hour.time() == QTime(17, 0) and hour.lineEdit().text() == "17:00"
    select_all_and_type(qtbot, hour, "25")  # no 25th hour: « 2 », then « 5 » begins minutes
    other.setFocus()
    assert hour.time() == QTime(2, 5)


def test_the_meeting_dialog_takes_typed_dates_and_hours(qtbot: QtBot, editor: Editor) -> None:
    dialog = MeetingDialog(editor)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    select_all_and_type(qtbot, dialog.day, "20/04/2027")
    select_all_and_type(qtbot, dialog.fields.start, "9:30")
    select_all_and_type(qtbot, dialog.fields.end, "17:00")
    assert dialog.day.date() == QDate(2027, 4, 20)
    assert (dialog.fields.start.time(), dialog.fields.end.time()) == (QTime(9, 30), QTime(17, 0))
