"""Planning a year in the series dialog: the month fields, and dates the body already meets on."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from deliberation.records.meetings import MeetingInput
from deliberation.records.referential import GroupInput
from deliberation.services.meetings import Meetings
from deliberation.services.referential import Referential
from deliberation.ui.kit.editor import Editor
from deliberation.ui.main_window import MEETINGS
from deliberation.ui.meetings.meetings_page import MeetingsPage
from deliberation.ui.meetings.series_dialog import SeriesDialog


def open_series(window) -> SeriesDialog:
    page = window.show_area(MEETINGS)
    assert isinstance(page, MeetingsPage)
    page.series_action.trigger()
    dialog = page.dialog
    assert isinstance(dialog, SeriesDialog)
    return dialog


def rows(dialog: SeriesDialog) -> list[tuple[str, bool]]:
    items = [dialog.preview.item(r) for r in range(dialog.preview.count())]
    return [(i.text(), i.checkState() == Qt.CheckState.Checked) for i in items]


def plan(meetings: Meetings, day: date, group_id: int | None = None, status: str = "planned"):
    kind = "group_session" if group_id else "plenary"
    data = MeetingInput(kind, day, time(14, 0), time(17, 0), group_id, status=status)
    return meetings.apply_meeting(meetings.new_meeting(data))


def test_the_month_arrows_go_on_from_december_to_january(qtbot: QtBot, window) -> None:
    dialog = open_series(window)
    dialog.first_month.setDate(QDate(2030, 12, 1))
    dialog.last_month.setDate(QDate(2031, 12, 1))
    dialog.first_month.setFocus()
    dialog.first_month.setCurrentSection(dialog.first_month.Section.MonthSection)

    qtbot.keyClick(dialog.first_month, Qt.Key.Key_Up)
    assert dialog.first_month.text() == "janvier 2031"
    assert dialog.preview.item(0).text() == "mar. 7 janv. 2031"
    qtbot.keyClick(dialog.first_month, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.first_month, Qt.Key.Key_Down)
    assert dialog.first_month.text() == "novembre 2030"
    # The end of the period cannot go before its start.
    dialog.last_month.setDate(QDate(2030, 11, 1))
    dialog.last_month.setFocus()
    dialog.last_month.setCurrentSection(dialog.last_month.Section.MonthSection)
    qtbot.keyClick(dialog.last_month, Qt.Key.Key_Down)
    assert dialog.last_month.text() == "novembre 2030"


def test_dates_the_body_already_meets_on_are_unticked(
    qtbot: QtBot, window, meetings: Meetings, referential: Referential
) -> None:
    theme = referential.themes()[0].id
    group = referential.apply_group(referential.new_group(GroupInput("Sobriété", theme))).id
    january = plan(meetings, date(2030, 1, 1))
    plan(meetings, date(2030, 2, 5))
    plan(meetings, date(2030, 3, 5), status="cancelled")  # the day is free again
    plan(meetings, date(2030, 4, 2), group_id=group)  # another body

    dialog = open_series(window)
    dialog.first_month.setDate(QDate(2030, 1, 1))
    dialog.last_month.setDate(QDate(2030, 4, 1))
    assert rows(dialog) == [
        ("mar. 1 janv. 2030 (déjà une séance)", False),
        ("mar. 5 févr. 2030 (déjà une séance)", False),
        ("mar. 5 mars 2030", True),
        ("mar. 2 avr. 2030", True),
    ]
    assert dialog.preview.item(0).toolTip() == (
        f"Déjà enregistrée ce jour-là : {january.title}, 14:00–17:00, prévue."
    )
    text = dialog.description.text()
    assert "2 séances seront créées sur 4." in text
    assert "2 dates ont déjà une séance de cette instance" in text

    # February is wanted all the same; for the working group, only April is taken.
    dialog.preview.item(1).setCheckState(Qt.CheckState.Checked)
    dialog.fields.group.setCurrentIndex(dialog.fields.group.findData(group))
    assert rows(dialog) == [
        ("mar. 1 janv. 2030", True),
        ("mar. 5 févr. 2030", True),
        ("mar. 5 mars 2030", True),
        ("mar. 2 avr. 2030 (déjà une séance)", False),
    ]
    dialog.fields.group.setCurrentIndex(0)  # back to the plenary: February stays ticked
    assert [checked for _text, checked in rows(dialog)] == [False, True, True, True]

    box = dialog.findChild(QDialogButtonBox)
    qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible(), dialog.general_error.text()
    plenaries = [m.day for m in meetings.meetings(plenary_only=True) if m.status != "cancelled"]
    assert plenaries == [
        date(2030, 1, 1),
        date(2030, 2, 5),
        date(2030, 2, 5),
        date(2030, 3, 5),
        date(2030, 4, 2),
    ]


def test_the_series_speaks_the_interface_language(qtbot: QtBot, qapp, editor: Editor) -> None:
    from deliberation.ui.kit.language import ENGLISH, FRENCH, install

    install(qapp, ENGLISH)
    try:
        dialog = SeriesDialog(editor)
        qtbot.addWidget(dialog)
        weekdays = [dialog.weekday.itemText(i) for i in range(dialog.weekday.count())]
        assert weekdays == ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
        months = [box.text() for box in dialog.skip.values()]
        assert months[7:] == ["Aug", "Sept", "Oct", "Nov", "Dec"]  # en_GB's « Sept »
        assert dialog.skip[8].toolTip() == "August"
    finally:
        install(qapp, FRENCH)
    dialog = SeriesDialog(editor)
    qtbot.addWidget(dialog)
    assert dialog.weekday.itemText(1) == "mardi" and dialog.skip[8].text() == "août"
    assert dialog.rule_text() == "le premier mardi de chaque mois, sauf en août"
