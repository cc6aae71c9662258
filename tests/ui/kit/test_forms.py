"""The shared form dialog: where a refused field's message shows, and that it can be read."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QDate, QPoint, Qt, QTime
from PySide6.QtWidgets import QDateTimeEdit, QDialogButtonBox, QLabel, QWidget
from pytestqt.qtbot import QtBot

from deliberation.records.meetings import MeetingInput
from deliberation.services.meetings import Meetings
from deliberation.ui.kit.editor import Editor
from deliberation.ui.meetings.agenda_item_dialog import AgendaItemDialog
from deliberation.ui.meetings.meeting_dialog import MeetingDialog


def click_ok(qtbot: QtBot, dialog: QWidget) -> None:
    box = dialog.findChild(QDialogButtonBox)
    qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def error_label(dialog: QWidget, key: str) -> QLabel:
    label = dialog.findChild(QLabel, f"error_{key}")
    assert label is not None and label.isVisible()
    return label


def assert_readable(label: QLabel, field: QWidget) -> None:
    """The message is not squeezed under its narrow field, nor cut off at the bottom."""
    assert label.width() > 2 * field.width()
    assert label.height() >= label.heightForWidth(label.width())


def test_a_refused_duration_shows_its_whole_message(
    qtbot: QtBot, editor: Editor, meetings: Meetings
) -> None:
    data = MeetingInput("plenary", date(2026, 3, 3), time(14, 0), time(17, 0))
    meeting = meetings.apply_meeting(meetings.new_meeting(data))
    dialog = AgendaItemDialog(editor, meeting)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.title.setText("Questions diverses")
    dialog.duration.setValue(0)
    click_ok(qtbot, dialog)

    label = error_label(dialog, "duration")
    assert label.text() == "La durée d'un point doit être comprise entre 1 et 480 minutes."
    assert_readable(label, dialog.duration)
    assert dialog.duration.width() < dialog.title.width()  # the field itself stays narrow
    assert meetings.meeting(meeting.id).items == ()


def test_an_end_before_the_start_shows_its_whole_message(qtbot: QtBot, editor: Editor) -> None:
    dialog = MeetingDialog(editor)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.fields.start.setTime(QTime(15, 0))
    dialog.fields.end.setTime(QTime(14, 0))
    click_ok(qtbot, dialog)

    label = error_label(dialog, "end")
    assert label.text() == "L'heure de fin doit être postérieure à l'heure de début."
    assert_readable(label, dialog.fields.end)


def click_part(qtbot: QtBot, edit: QDateTimeEdit, characters: int) -> None:
    """Click inside the field's text, `characters` characters from its start."""
    line = edit.lineEdit()
    x = line.cursorRect().width() + line.fontMetrics().horizontalAdvance(line.text()[:characters])
    qtbot.mouseClick(line, Qt.MouseButton.LeftButton, pos=QPoint(x, line.height() // 2))


def test_a_clicked_date_or_hour_is_typed_over(qtbot: QtBot, editor: Editor) -> None:
    dialog = MeetingDialog(editor)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.day.setDate(QDate(2026, 11, 21))

    click_part(qtbot, dialog.day, 1)  # inside « 21 »
    assert dialog.day.lineEdit().selectedText() == "21"
    qtbot.keyClicks(dialog.day, "12012027")
    assert dialog.day.date() == QDate(2027, 1, 12)

    click_part(qtbot, dialog.fields.start, 1)  # inside « 14 »
    qtbot.keyClicks(dialog.fields.start, "0930")
    click_part(qtbot, dialog.fields.end, 4)  # inside the minutes of « 17:00 »
    qtbot.keyClicks(dialog.fields.end, "30")
    assert (dialog.fields.start.time(), dialog.fields.end.time()) == (QTime(9, 30), QTime(17, 30))


def test_every_form_dialog_asks_before_throwing_away_what_was_typed(
    qtbot: QtBot, editor: Editor, messages
) -> None:
    holder = QWidget()  # the page the dialog opens from, with its message service
    holder.messages = messages  # type: ignore[attr-defined]
    qtbot.addWidget(holder)
    dialog = MeetingDialog(editor, parent=holder)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # nothing changed: closed without a question
    assert not dialog.isVisible() and messages.questions == []

    dialog = MeetingDialog(editor, parent=holder)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.day.setFocus()
    qtbot.keyClick(dialog.day, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.day, "20/04/2027")
    messages.answer = False
    qtbot.keyClick(dialog.day, Qt.Key.Key_Escape)
    assert dialog.isVisible() and messages.questions == ["Abandonner les modifications ?"]
    assert dialog.day.date() == QDate(2027, 4, 20)
    messages.answer = True
    dialog.close()
    assert not dialog.isVisible() and len(messages.questions) == 2
