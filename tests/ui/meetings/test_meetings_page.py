"""The Séances area: series and single meetings, filters, month view, actions and attendance."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time, timedelta

import pytest
from PySide6.QtCore import QDate, QPoint, Qt, QTime
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QDialogButtonBox, QToolButton
from pytestqt.qtbot import QtBot
from tests.ui.conftest import settle

from deliberation.records.meetings import ActionInput, MeetingInput, MeetingSnapshot
from deliberation.records.places import Place
from deliberation.records.referential import GroupInput
from deliberation.rules.wording import abbreviated_date
from deliberation.services.meetings import Meetings
from deliberation.services.referential import Referential
from deliberation.ui.kit.forms import to_date
from deliberation.ui.kit.labels import fold
from deliberation.ui.kit.table_model import RECORD_ROLE
from deliberation.ui.main_window import MEETINGS
from deliberation.ui.meetings.action_dialog import ActionDialog
from deliberation.ui.meetings.actions_panel import action_input
from deliberation.ui.meetings.meeting_dialog import MeetingDialog
from deliberation.ui.meetings.meeting_models import (
    WARNING_COLOUR,
    ActionFilter,
    ActionFilterModel,
    ActionTableModel,
    AttendanceTallyModel,
    MeetingFilterModel,
    MeetingTableModel,
    Period,
)
from deliberation.ui.meetings.meetings_page import MeetingsPage
from deliberation.ui.meetings.series_dialog import SeriesDialog

TODAY = date.today()


def open_page(window) -> MeetingsPage:
    page = window.show_area(MEETINGS)
    assert isinstance(page, MeetingsPage)
    settle(page)  # the meeting's page follows the list on the next turn of the event loop
    return page


def plan(
    meetings: Meetings,
    day: date,
    title: str,
    group_id: int | None = None,
    status: str = "planned",
    start: time = time(14, 0),
) -> MeetingSnapshot:
    kind = "group_session" if group_id else "plenary"
    data = MeetingInput(kind, day, start, time(17, 0), group_id, title, status=status)
    return meetings.apply_meeting(meetings.new_meeting(data))


def group(referential: Referential, name: str, members: list[int], status: str = "active") -> int:
    data = GroupInput(name, referential.themes()[0].id, status=status, member_ids=tuple(members))
    return referential.apply_group(referential.new_group(data)).id


def shown_titles(page: MeetingsPage) -> list[str]:
    return [m.title for m in page.listing.proxy.meetings()]


def click_ok(qtbot: QtBot, dialog) -> None:
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )


def first_tuesdays(year: int, skip: set[int]) -> list[date]:
    """Computed here independently of the rule under test."""
    days = []
    for month in range(1, 13):
        if month in skip:
            continue
        day = date(year, month, 1)
        while day.weekday() != 1:
            day += timedelta(days=1)
        days.append(day)
    return days


# -- series ---------------------------------------------------------------------------------------


def test_plenary_series_through_the_dialog_undo_redo(qtbot: QtBot, window, meetings) -> None:
    page = open_page(window)
    assert page.listing.empty.isVisible() and "Série de séances" in page.listing.empty.text()
    page.series_action.trigger()
    dialog = page.dialog
    assert isinstance(dialog, SeriesDialog)
    # The usual rule is offered: the first Tuesday of each month, except in August.
    assert dialog.ordinal.currentText() == "premier"
    assert dialog.weekday.currentText() == "mardi"
    assert [m for m, box in dialog.skip.items() if box.isChecked()] == [8]
    dialog.first_month.setDate(QDate(2030, 1, 1))
    dialog.last_month.setDate(QDate(2030, 12, 1))

    expected = first_tuesdays(2030, {8})
    assert len(expected) == 11 and expected[0] == date(2030, 1, 1)
    preview = [dialog.preview.item(r).text() for r in range(dialog.preview.count())]
    assert preview == [abbreviated_date(d) for d in expected]
    assert preview[0] == "mar. 1 janv. 2030"
    assert "Le premier mardi de chaque mois, sauf en août." in dialog.description.text()
    assert "11 séances seront créées." in dialog.description.text()

    # Skipping July too updates the list at once; then July comes back.
    qtbot.mouseClick(dialog.skip[7], Qt.MouseButton.LeftButton)
    assert dialog.preview.count() == 10
    assert "sauf en juillet et août" in dialog.description.text()
    qtbot.mouseClick(dialog.skip[7], Qt.MouseButton.LeftButton)
    assert dialog.preview.count() == 11

    # No meeting on New Year's Day; April's moves a week later.
    dialog.preview.item(0).setCheckState(Qt.CheckState.Unchecked)
    assert "10 séances seront créées sur 11." in dialog.description.text()
    april = expected.index(date(2030, 4, 2))
    dialog.preview.setCurrentRow(april)
    assert dialog.moved_to.isEnabled() and dialog.moved_to.date() == QDate(2030, 4, 2)
    dialog.moved_to.setDate(QDate(2030, 4, 9))
    assert dialog.preview.item(april).text() == "mar. 9 avr. 2030 (déplacée)"
    assert dialog.fields.title.text() == "Réunion plénière"
    dialog.fields.place.setText("Ministère, salle Condorcet")
    click_ok(qtbot, dialog)

    assert not dialog.isVisible(), dialog.general_error.text()
    wanted = [d for d in expected[1:] if d != date(2030, 4, 2)] + [date(2030, 4, 9)]
    stored = meetings.meetings()
    assert [m.day for m in stored] == sorted(wanted)
    assert {(m.kind, m.group_id, m.title, m.place) for m in stored} == {
        ("plenary", None, "Réunion plénière", "Ministère, salle Condorcet")
    }
    assert len({m.series_uuid for m in stored}) == 1 and stored[0].series_uuid is not None
    assert all(m.convened_count == 14 and m.start == time(14, 0) for m in stored)
    # The list shows them, the first one selected.
    assert page.listing.proxy.rowCount() == 10
    assert page.listing.current_meeting_id() == stored[0].id
    day_column = MeetingTableModel.DAY
    assert page.listing.proxy.index(0, day_column).data() == "mar. 5 févr. 2030"
    status = window.statusBar()
    assert status.currentMessage() == (
        "10 séances créées, du mar. 5 févr. 2030 au mar. 3 déc. 2030."
    )

    window.undo_action.trigger()  # the whole series is one step
    assert meetings.meetings() == []
    assert page.listing.model.rowCount() == 0 and page.listing.current_meeting_id() is None
    assert status.currentMessage() == "Annulé : la création d'une série de 10 séances."
    window.redo_action.trigger()
    assert meetings.meetings() == stored
    assert page.listing.proxy.rowCount() == 10


def test_series_refuses_end_before_start_and_an_empty_rule(qtbot: QtBot, window, meetings) -> None:
    page = open_page(window)
    page.series_action.trigger()
    dialog = page.dialog
    assert isinstance(dialog, SeriesDialog)
    dialog.fields.end.setTime(QTime(13, 0))
    click_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.field_error("end") == "L'heure de fin doit être postérieure à l'heure de début."
    dialog.fields.end.setTime(QTime(17, 0))
    for row in range(dialog.preview.count()):
        dialog.preview.item(row).setCheckState(Qt.CheckState.Unchecked)
    click_ok(qtbot, dialog)
    assert dialog.field_error("series") == "La règle choisie ne donne aucune date."
    assert meetings.meetings() == []


# -- a single meeting -----------------------------------------------------------------------------


def test_new_meeting_dialog_refuses_then_saves(
    qtbot: QtBot, window, meetings, referential, org_id, typist
) -> None:
    closed = group(referential, "Ancien groupe", [org_id("AMF")], status="closed")
    page = open_page(window)
    page.new_action.trigger()
    dialog = page.dialog
    assert isinstance(dialog, MeetingDialog)
    fields = dialog.fields
    assert fields.kind.currentData() == "plenary" and fields.title.text() == "Réunion plénière"
    day = TODAY + timedelta(days=10)
    dialog.day.setDate(QDate(day.year, day.month, day.day))
    fields.start.setTime(QTime(15, 0))
    fields.end.setTime(QTime(14, 0))
    click_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.field_error("end") == "L'heure de fin doit être postérieure à l'heure de début."
    assert meetings.meetings() == []

    fields.end.setTime(QTime(17, 30))
    assert dialog.field_error("end") == ""  # the error clears once the field is edited
    fields.group.setCurrentIndex(fields.group.findData(closed))
    assert fields.group.currentText() == "Ancien groupe (clos)"
    assert fields.kind.currentData() == "group_session"  # a group meets in a group session
    assert fields.title.text() == "Séance du groupe « Ancien groupe »"
    click_ok(qtbot, dialog)
    assert dialog.field_error("group") == (
        "Le groupe « Ancien groupe » est clos : il ne peut plus se réunir."
    )
    assert meetings.meetings() == []

    fields.group.setCurrentIndex(0)  # back to the plenary
    assert fields.kind.currentData() == "plenary"
    assert fields.title.text() == "Réunion plénière"
    fields.title.clear()
    typist(fields.title, "Plénière de rentrée")
    typist(fields.place, "Salle Condorcet")
    click_ok(qtbot, dialog)
    assert not dialog.isVisible(), dialog.general_error.text()
    [saved] = meetings.meetings()
    assert (saved.title, saved.day, saved.start, saved.end, saved.place, saved.group_id) == (
        "Plénière de rentrée",
        day,
        time(15, 0),
        time(17, 30),
        "Salle Condorcet",
        None,
    )
    assert page.listing.current_meeting_id() == saved.id
    assert window.statusBar().currentMessage() == f"Séance du {abbreviated_date(day)} enregistrée."

    # Editing: cancelled, the meeting stays listed, greyed and struck out; undo restores it.
    page.edit_action.trigger()
    dialog = page.dialog
    assert isinstance(dialog, MeetingDialog) and dialog.fields.title.text() == "Plénière de rentrée"
    dialog.status.setCurrentIndex(dialog.status.findData("cancelled"))
    click_ok(qtbot, dialog)
    assert meetings.meeting(saved.id).status == "cancelled"
    font = page.listing.proxy.index(0, MeetingTableModel.TITLE).data(Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.strikeOut()
    assert page.listing.proxy.index(0, MeetingTableModel.STATUS).data() == "Annulée"
    window.undo_action.trigger()
    assert meetings.meeting(saved.id).status == "planned"
    assert not page.listing.proxy.index(0, MeetingTableModel.TITLE).data(Qt.ItemDataRole.FontRole)


def test_editing_the_details_keeps_a_decision_typed_just_before(
    qtbot: QtBot, window, meetings, typist
) -> None:
    """A record typed on the meeting page, then « Modifier… » at once (before the pause that
    saves it): the text is saved, and saving the details does not write the old agenda back."""
    snap = plan(meetings, TODAY + timedelta(days=3), "Plénière de printemps")
    snap = meetings.apply_meeting(
        meetings.with_items(snap, [meetings.new_item("decision", "Budget", 30)])
    )
    page = open_page(window)
    meeting_page = page.meeting_page
    assert meeting_page.meeting_id == snap.id
    meeting_page.tabs.setCurrentWidget(meeting_page.decisions)
    outcome = meeting_page.decisions.editor_.outcome
    outcome.setFocus()
    qtbot.waitUntil(outcome.hasFocus)
    typist(outcome, "Budget adopté")
    assert meetings.meeting(snap.id).items[0].outcome == ""  # not saved yet

    button = next(
        b for b in page.findChildren(QToolButton) if b.defaultAction() is page.edit_action
    )
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, MeetingDialog)
    dialog.fields.place.clear()
    typist(dialog.fields.place, "Salle Condorcet")
    click_ok(qtbot, dialog)
    stored = meetings.meeting(snap.id)
    assert (stored.place, stored.items[0].outcome) == ("Salle Condorcet", "Budget adopté")
    window.undo_action.trigger()
    stored = meetings.meeting(snap.id)
    assert (stored.place, stored.items[0].outcome) == ("", "Budget adopté")
    window.undo_action.trigger()
    assert meetings.meeting(snap.id).items[0].outcome == ""


# -- the list: filters, month view ----------------------------------------------------------------


@pytest.fixture
def planned(meetings, referential, org_id) -> dict[str, MeetingSnapshot]:
    usages = group(referential, "Usages", [org_id("AMF"), org_id("MEN")])
    return {
        "past": plan(meetings, TODAY - timedelta(days=40), "Plénière d'automne"),
        "group": plan(meetings, TODAY + timedelta(days=5), "Atelier usages", usages),
        "next": plan(meetings, TODAY + timedelta(days=20), "Plénière d'hiver"),
        "same_day": plan(meetings, TODAY + timedelta(days=20), "Point presse", start=time(10, 0)),
        "cancelled": plan(
            meetings, TODAY + timedelta(days=2), "Plénière annulée", status="cancelled"
        ),
    }


def test_filters_by_period_body_and_search(qtbot: QtBot, window, planned) -> None:
    page = open_page(window)
    # It opens on the next meeting that will take place (not the cancelled one before it).
    assert page.listing.current_meeting_id() == planned["group"].id
    assert shown_titles(page) == [
        "Plénière d'automne",
        "Plénière annulée",
        "Atelier usages",
        "Point presse",
        "Plénière d'hiver",
    ]
    assert page.listing.count.text() == "5 séances"
    row = shown_titles(page).index("Atelier usages")
    assert page.listing.proxy.index(row, MeetingTableModel.BODY).data() == "Usages"
    assert page.listing.proxy.index(row, MeetingTableModel.ATTENDANCE).data() == "–/2"
    assert page.listing.proxy.index(0, MeetingTableModel.BODY).data() == "Plénière"
    assert page.listing.proxy.index(0, MeetingTableModel.HOURS).data() == "14:00–17:00"

    qtbot.mouseClick(page.listing.periods.button(int(Period.UPCOMING)), Qt.MouseButton.LeftButton)
    assert "Plénière d'automne" not in shown_titles(page) and len(shown_titles(page)) == 4
    qtbot.mouseClick(page.listing.periods.button(int(Period.PAST)), Qt.MouseButton.LeftButton)
    assert shown_titles(page) == ["Plénière d'automne"]
    assert page.listing.count.text() == "1 sur 5"
    qtbot.mouseClick(page.listing.periods.button(int(Period.ALL)), Qt.MouseButton.LeftButton)

    page.listing.body.setCurrentIndex(page.listing.body.findText("Usages"))
    assert shown_titles(page) == ["Atelier usages"]
    page.listing.body.setCurrentIndex(page.listing.body.findText("Plénière"))
    assert "Atelier usages" not in shown_titles(page) and len(shown_titles(page)) == 4
    page.listing.body.setCurrentIndex(0)
    qtbot.keyClicks(page.listing.search, "hiver")
    assert shown_titles(page) == ["Plénière d'hiver"]
    qtbot.keyClicks(page.listing.search, " zzz")
    assert page.listing.proxy.rowCount() == 0
    assert page.listing.empty.isVisible() and page.listing.empty.text() == (
        "Aucune séance ne correspond à ces filtres."
    )
    assert not page.export_action.isEnabled()


@pytest.fixture
def two_years(meetings: Meetings, referential, org_id) -> list[MeetingSnapshot]:
    """Two years of weekly plenaries and group sessions, every title distinct."""
    usages = group(referential, "Usages", [org_id("AMF"), org_id("MEN")])
    days = [TODAY - timedelta(days=700) + timedelta(days=7 * n) for n in range(104)]
    data = MeetingInput("plenary", None, time(14, 0), time(17, 0))
    snaps = meetings.new_series(data, days)
    titled = [
        meetings.edited_meeting(
            snap,
            MeetingInput(
                "group_session" if n % 2 else "plenary",
                snap.day,
                time(14, 0),
                time(17, 0),
                usages if n % 2 else None,
                f"Séance n° {n} : {'établissement' if n % 13 == 0 else 'budget'}",
            ),
        )
        for n, snap in enumerate(snaps)
    ]
    return meetings.apply_meetings(titled)


def test_a_filter_keystroke_runs_the_selection_handlers_once_per_real_change(
    qtbot: QtBot, window, two_years
) -> None:
    page = open_page(window)
    listing = page.listing
    page.load_older()
    assert listing.proxy.rowCount() == 104
    shown: list[object] = []
    listing.current_changed.connect(lambda meeting: shown.append(meeting))
    selected = listing.current_meeting()
    assert selected is not None and "budget" in selected.title

    # « é », then « t »: half the list goes at each key, the selected meeting stays shown.
    qtbot.mouseClick(listing.periods.button(int(Period.ALL)), Qt.MouseButton.LeftButton)
    listing.search.setFocus()
    qtbot.keyClicks(listing.search, "s")  # every title has an « s »
    assert shown == []
    qtbot.keyClicks(listing.search, "eance")
    assert shown == [] and listing.current_meeting_id() == selected.id
    qtbot.keyClicks(listing.search, " n")
    assert shown == []

    # « etab » drops the selected meeting and dozens of rows around it: one change.
    listing.search.clear()
    shown.clear()
    qtbot.keyClicks(listing.search, "etab")
    assert listing.proxy.rowCount() == 8
    assert len(shown) == 1
    assert shown[0] == listing.current_meeting() != selected

    # Clicking a row found selects it once; a period change that keeps it fires nothing.
    shown.clear()
    found = listing.proxy.index(3, MeetingTableModel.TITLE)
    qtbot.mouseClick(
        listing.view.viewport(),
        Qt.MouseButton.LeftButton,
        pos=listing.view.visualRect(found).center(),
    )
    assert [m.id for m in shown] == [found.data(RECORD_ROLE).id]
    qtbot.mouseClick(listing.periods.button(int(Period.PAST)), Qt.MouseButton.LeftButton)
    assert len(shown) == 1


def test_the_list_opens_on_the_last_year_and_reads_older_meetings_when_asked(
    qtbot: QtBot, window, two_years, meetings
) -> None:
    recent = [m for m in two_years if m.day >= TODAY - timedelta(days=366)]
    assert 40 < len(recent) < 104
    page = open_page(window)
    listing = page.listing
    assert [m.id for m in listing.proxy.meetings()] == [m.id for m in recent]
    since = abbreviated_date(TODAY - timedelta(days=366))
    assert listing.count.text() == f"{len(recent)} séances depuis le {since}"
    assert listing.older.isVisible()

    # Scrolling up to the top of what was read brings the older meetings in, selection kept.
    selected = listing.current_meeting_id()
    assert selected is not None
    bar = listing.view.verticalScrollBar()
    assert bar.value() > 0  # it opened on the next meeting, further down
    while listing.proxy.rowCount() < 104:
        assert bar.value() > bar.minimum() or listing.older.isVisible()
        seen = listing.view.indexAt(QPoint(0, 0)).data(RECORD_ROLE)
        bar.triggerAction(bar.SliderAction.SliderPageStepSub)
    assert listing.proxy.rowCount() == 104
    # The row seen at the top stays there; the older meetings came in above it.
    assert listing.view.indexAt(QPoint(0, 0)).data(RECORD_ROLE).id == seen.id
    assert bar.value() > bar.minimum()
    assert listing.count.text() == "104 séances"
    assert not listing.older.isVisible()
    assert listing.current_meeting_id() == selected
    meetings.apply_meeting(
        meetings.new_meeting(MeetingInput("plenary", TODAY, time(9), time(10), title="Ajout"))
    )
    window.editor.changed.emit(frozenset({MEETINGS}))  # a reload now reads every year
    assert listing.proxy.rowCount() == 105


@pytest.mark.parametrize("ask", ["button", "search", "past", "month", "elsewhere"])
def test_every_way_to_ask_for_older_meetings_reads_them(
    qtbot: QtBot, window, two_years, ask: str
) -> None:
    page = open_page(window)
    listing = page.listing
    oldest = two_years[0]
    assert listing.model.row_where(lambda m: m.id == oldest.id) < 0
    if ask == "button":
        qtbot.mouseClick(listing.older, Qt.MouseButton.LeftButton)
    elif ask == "search":
        qtbot.keyClicks(listing.search, "seance n")
        assert listing.proxy.rowCount() == 104
    elif ask == "past":
        qtbot.mouseClick(listing.periods.button(int(Period.PAST)), Qt.MouseButton.LeftButton)
        assert listing.proxy.meetings()[0].id == oldest.id
    elif ask == "month":
        listing.set_month_view(True)
    else:
        window.open_place(Place("meeting", oldest.id))  # the home page, the search
        assert listing.current_meeting_id() == oldest.id
    assert listing.model.rowCount() == 104
    assert not listing.older.isVisible()


def test_sorting_by_a_column_keeps_the_selection_and_survives_a_reload(
    qtbot: QtBot, window, planned
) -> None:
    page = open_page(window)
    listing = page.listing
    header = listing.view.horizontalHeader()
    selected = listing.current_meeting_id()
    by_day = shown_titles(page)

    def click_header(column: int) -> None:
        x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))

    click_header(MeetingTableModel.TITLE)
    assert shown_titles(page) == sorted(by_day, key=fold)
    assert header.sortIndicatorSection() == MeetingTableModel.TITLE
    assert listing.current_meeting_id() == selected  # the same meeting, wherever it went
    row = listing.view.selectionModel().selectedRows()[0].row()
    assert listing.proxy.index(row, MeetingTableModel.TITLE).data() == planned["group"].title
    click_header(MeetingTableModel.TITLE)
    assert shown_titles(page) == sorted(by_day, key=fold, reverse=True)

    page.reload()  # new rows from the store come in the order the user chose
    assert shown_titles(page) == sorted(by_day, key=fold, reverse=True)
    assert listing.current_meeting_id() == selected
    qtbot.mouseClick(listing.periods.button(int(Period.UPCOMING)), Qt.MouseButton.LeftButton)
    upcoming = ["Point presse", "Plénière d'hiver", "Plénière annulée", "Atelier usages"]
    assert shown_titles(page) == upcoming
    click_header(MeetingTableModel.DAY)
    assert shown_titles(page) == [
        "Plénière annulée",
        "Atelier usages",
        "Point presse",  # 10:00, the same day as the 14:00 plenary
        "Plénière d'hiver",
    ]


def test_the_actions_and_attendance_tabs_are_built_when_first_shown(
    qtbot: QtBot, window, meetings, org_id
) -> None:
    meeting = plan(meetings, TODAY - timedelta(days=30), "Plénière d'octobre")
    for due in (TODAY - timedelta(days=3), TODAY - timedelta(days=9), TODAY + timedelta(days=9)):
        data = ActionInput("Relancer", meeting.id, organisation_id=org_id("AMF"), due_date=due)
        meetings.apply_action(meetings.new_action(data))
    page = open_page(window)
    assert not page._actions.built and not page._attendance.built
    assert page.tabs.tabText(1) == "Actions (2 en retard)"  # counted without building the tab

    # A change made elsewhere (another window, the undo stack) updates the count all the same.
    late = meetings.actions()[0]
    window.editor.edit_action(late, meetings.edited_action(late, action_input(late, status="done")))
    assert page.tabs.tabText(1) == "Actions (1 en retard)"
    assert not page._actions.built

    page.tabs.setCurrentIndex(1)  # the user opens the tab
    assert page._actions.built and not page._attendance.built
    assert page.tabs.currentWidget() is page.actions_panel
    assert page.actions_panel.proxy.rowCount() == 2  # the open ones
    assert page.tabs.tabText(1) == "Actions (1 en retard)"

    page.tabs.setCurrentIndex(2)
    assert page._attendance.built
    assert page.tabs.currentWidget() is page.attendance
    assert page.attendance.model.rowCount() > 0


def test_search_finds_a_meeting_by_its_date_written_the_french_way(
    qtbot: QtBot, window, meetings
) -> None:
    plan(meetings, date(2027, 4, 6), "Plénière de printemps")
    plan(meetings, date(2027, 5, 4), "Plénière de mai")
    plan(meetings, date(2026, 4, 7), "Plénière d'avril dernier")
    page = open_page(window)
    qtbot.mouseClick(page.listing.periods.button(int(Period.ALL)), Qt.MouseButton.LeftButton)
    for typed in ("avr. 2027", "avril 2027", "06/04/2027", "Mardi 6 Avril 2027", "6 AVR. 2027"):
        page.listing.search.clear()
        qtbot.keyClicks(page.listing.search, typed)
        assert shown_titles(page) == ["Plénière de printemps"], typed
    page.listing.search.clear()
    qtbot.keyClicks(page.listing.search, "6 avril")  # words match inside others: 2026 has a 6
    assert "Plénière de printemps" in shown_titles(page)
    assert "Plénière de mai" not in shown_titles(page)
    page.listing.search.clear()
    qtbot.keyClicks(page.listing.search, "2027")
    assert shown_titles(page) == ["Plénière de printemps", "Plénière de mai"]


def test_month_view_marks_days_and_selects_their_meetings(qtbot: QtBot, window, planned) -> None:
    page = open_page(window)
    qtbot.mouseClick(page.listing.modes.button(1), Qt.MouseButton.LeftButton)
    assert page.listing.month.calendar.isVisible() and not page.listing.view.isVisible()
    group_day = planned["group"].day
    assert page.listing.month.calendar.selectedDate() == QDate(
        group_day.year, group_day.month, group_day.day
    )

    def fmt(day: date):
        return page.listing.month.calendar.dateTextFormat(QDate(day.year, day.month, day.day))

    assert fmt(group_day).fontWeight() == QFont.Weight.Bold
    assert fmt(group_day).toolTip() == "14:00–17:00 · Atelier usages (Usages)"
    busy = planned["next"].day
    assert fmt(busy).toolTip() == "10:00–17:00 · Point presse\n14:00–17:00 · Plénière d'hiver"
    assert fmt(planned["cancelled"].day).fontStrikeOut()
    assert fmt(TODAY + timedelta(days=1)).fontWeight() != QFont.Weight.Bold

    # A day with two meetings: the first is chosen, the list of the day offers the other.
    page.listing.month.calendar.setSelectedDate(QDate(busy.year, busy.month, busy.day))
    assert page.listing.current_meeting_id() == planned["same_day"].id
    assert page.listing.month.day_list.count() == 2
    page.listing.month.day_list.setCurrentRow(1)
    assert page.listing.current_meeting_id() == planned["next"].id
    assert page.listing.month.calendar.selectedDate() == QDate(busy.year, busy.month, busy.day)
    # A day without a meeting: nothing selected; a new meeting is proposed on that day.
    empty_day = TODAY + timedelta(days=1)
    page.listing.month.calendar.setSelectedDate(
        QDate(empty_day.year, empty_day.month, empty_day.day)
    )
    assert page.listing.current_meeting_id() is None
    assert "aucune séance ce jour" in page.listing.month.day_title.text()
    page.new_action.trigger()
    assert isinstance(page.dialog, MeetingDialog)
    assert page.dialog.day.date() == QDate(empty_day.year, empty_day.month, empty_day.day)
    page.dialog.reject()

    # The month view follows the filters.
    page.listing.body.setCurrentIndex(page.listing.body.findText("Usages"))
    assert fmt(busy).fontWeight() != QFont.Weight.Bold
    assert fmt(group_day).fontWeight() == QFont.Weight.Bold
    qtbot.mouseClick(page.listing.modes.button(0), Qt.MouseButton.LeftButton)
    assert page.listing.view.isVisible()


def test_month_cells_show_each_meetings_time_and_title(qtbot: QtBot, window, planned) -> None:
    window.resize(1280, 800)
    page = open_page(window)
    qtbot.mouseClick(page.listing.modes.button(1), Qt.MouseButton.LeftButton)
    calendar = page.listing.month.calendar
    busy, group_day = planned["next"].day, planned["group"].day
    number = QFontMetrics(calendar.font()).height()
    small = QFontMetrics(calendar._small_font())
    wide = calendar.cell_lines(group_day, 400, number + 3 * small.height())
    assert [line for line, _ in wide] == ["14:00 Atelier usages"]
    # A narrow cell: the title wrapped over the lines left, each line within the cell.
    narrow = calendar.cell_lines(group_day, small.horizontalAdvance("14:00 Atelier"), 200)
    assert [line for line, _ in narrow] == ["14:00 Atelier", "usages"]
    # Two meetings share the lines, in the order of their times.
    both = calendar.cell_lines(busy, 400, number + 2 * small.height())
    assert [line for line, _ in both] == ["10:00 Point presse", "14:00 Plénière d'hiver"]
    elided = calendar.cell_lines(busy, 40, number + 2 * small.height())
    assert all(small.horizontalAdvance(line) <= 40 for line, _ in elided)
    # More meetings than lines: the last line counts the others.
    assert [line for line, _ in calendar.cell_lines(busy, 400, number + small.height())] == ["+2"]
    assert calendar.cell_lines(TODAY + timedelta(days=1), 400, 200) == []
    assert not calendar.grab().isNull()  # the cells paint without an error


def test_delete_a_meeting_and_undo(qtbot: QtBot, window, meetings, messages, org_id) -> None:
    kept = plan(meetings, TODAY + timedelta(days=3), "Plénière de décembre")
    action = meetings.apply_action(
        meetings.new_action(
            ActionInput("Envoyer le compte rendu", kept.id, organisation_id=org_id("AMF"))
        )
    )
    page = open_page(window)
    assert page.listing.current_meeting_id() == kept.id
    # « Modifier la séance… » on the meeting page opens the details dialog.
    page.meeting_page.edit_requested.emit(kept.id)
    assert isinstance(page.dialog, MeetingDialog) and page.dialog.before == kept
    page.dialog.reject()
    messages.answer = False
    page.delete_action.trigger()
    assert len(meetings.meetings()) == 1
    messages.answer = True
    page.delete_action.trigger()
    assert meetings.meetings() == []
    assert page.listing.model.rowCount() == 0 and not page.delete_action.isEnabled()
    assert meetings.action(action.id).meeting_id is None
    window.undo_action.trigger()
    assert [m.id for m in meetings.meetings()] == [kept.id]
    assert meetings.action(action.id).meeting_id == kept.id
    assert page.listing.model.rowCount() == 1


def test_export_listed_meetings_to_a_calendar(
    qtbot: QtBot, window, planned, messages, tmp_path
) -> None:
    page = open_page(window)
    qtbot.mouseClick(page.listing.periods.button(int(Period.UPCOMING)), Qt.MouseButton.LeftButton)
    messages.save_to = tmp_path / "seances.ics"
    page.export_action.trigger()
    text = (tmp_path / "seances.ics").read_text(encoding="utf-8")
    assert text.count("BEGIN:VEVENT") == 4  # the past meeting is not listed
    assert "Plénière d'automne" not in text and "Atelier usages" in text
    assert window.statusBar().currentMessage() == "4 séances exportées dans seances.ics."
    first, last = TODAY + timedelta(days=2), TODAY + timedelta(days=20)
    assert messages.save_requests == [f"seances-du-{first.isoformat()}-au-{last.isoformat()}.ics"]
    messages.save_to = tmp_path / "missing" / "seances.ics"
    page.export_action.trigger()
    [error] = messages.errors
    assert error.startswith("Impossible d'écrire dans le dossier") and "missing" in error
    assert not (tmp_path / "missing").exists()


# -- actions --------------------------------------------------------------------------------------


def test_actions_tab_overdue_count_and_mark_done(qtbot: QtBot, window, meetings, org_id) -> None:
    meeting = plan(meetings, TODAY - timedelta(days=30), "Plénière d'octobre")

    def add(title: str, due: date | None, status: str = "open") -> int:
        data = ActionInput(title, meeting.id, organisation_id=org_id("AMF"), due_date=due,
                           status=status)  # fmt: skip
        return meetings.apply_action(meetings.new_action(data)).id

    late = add("Relancer les régions", TODAY - timedelta(days=3))
    add("Rédiger la note", TODAY - timedelta(days=10), "in_progress")
    add("Préparer la plénière", TODAY + timedelta(days=7))
    add("Diffuser l'avis", TODAY - timedelta(days=20), "done")
    page = open_page(window)
    panel = page.actions_panel
    tab = page.tabs.indexOf(panel)
    assert page.tabs.tabText(tab) == "Actions (2 en retard)"
    page.tabs.setCurrentIndex(tab)

    def titles() -> list[str]:
        return [
            panel.proxy.index(r, ActionTableModel.TITLE).data()
            for r in range(panel.proxy.rowCount())
        ]

    assert titles() == ["Rédiger la note", "Relancer les régions", "Préparer la plénière"]
    assert panel.proxy.index(0, ActionTableModel.OWNER).data() == "AMF"
    assert panel.proxy.index(0, ActionTableModel.MEETING).data() == (
        f"Réunion plénière du {meeting.day:%d/%m/%Y}"
    )
    assert panel.proxy.index(0, ActionTableModel.STATUS).data() == "En cours, en retard"
    brush = panel.proxy.index(0, ActionTableModel.TITLE).data(Qt.ItemDataRole.ForegroundRole)
    assert brush.color() == WARNING_COLOUR
    assert panel.proxy.index(2, ActionTableModel.TITLE).data(Qt.ItemDataRole.ForegroundRole) is None
    qtbot.mouseClick(panel.filters.button(int(ActionFilter.OVERDUE)), Qt.MouseButton.LeftButton)
    assert titles() == ["Rédiger la note", "Relancer les régions"]
    qtbot.mouseClick(panel.filters.button(int(ActionFilter.ALL)), Qt.MouseButton.LeftButton)
    assert len(titles()) == 4
    qtbot.mouseClick(panel.filters.button(int(ActionFilter.OPEN)), Qt.MouseButton.LeftButton)

    assert panel.select_action(late)
    panel.done_action.trigger()
    assert meetings.action(late).status == "done"
    assert meetings.action(late).closed_on == TODAY
    assert page.tabs.tabText(tab) == "Actions (1 en retard)"
    assert titles() == ["Rédiger la note", "Préparer la plénière"]
    window.undo_action.trigger()
    assert meetings.action(late).status == "open"
    assert page.tabs.tabText(tab) == "Actions (2 en retard)"

    # Double-click edits through the action dialog.
    assert panel.select_action(late)
    index = panel.view.currentIndex()
    panel.view.activated.emit(index)
    dialog = panel.dialog
    assert isinstance(dialog, ActionDialog)
    assert dialog.title.text() == "Relancer les régions"
    dialog.title.setText("Relancer les régions et les départements")
    click_ok(qtbot, dialog)
    assert not dialog.isVisible(), dialog.general_error.text()
    assert meetings.action(late).title == "Relancer les régions et les départements"
    assert window.statusBar().currentMessage() == (
        "Action « Relancer les régions et les départements » enregistrée."
    )
    window.undo_action.trigger()
    assert meetings.action(late).title == "Relancer les régions"


# -- attendance -----------------------------------------------------------------------------------


def test_attendance_summary_over_a_period(
    qtbot: QtBot, window, meetings, referential, org_id
) -> None:
    amf, men, rdf = org_id("AMF"), org_id("MEN"), org_id("RdF")
    usages = group(referential, "Usages", [amf, men])

    def held(day: date, title: str, statuses: dict[int, tuple[str, int | None]], body=None):
        snap = plan(meetings, day, title, body, status="held")
        entries = [
            replace(a, status=statuses[a.organisation_id][0],
                    represented_by_id=statuses[a.organisation_id][1])
            if a.organisation_id in statuses else replace(a, status="present")
            for a in snap.convened
        ]  # fmt: skip
        meetings.apply_meeting(meetings.with_attendance(snap, entries))

    held(TODAY - timedelta(days=60), "Plénière 1", {men: ("excused", None), rdf: ("absent", None)})
    held(TODAY - timedelta(days=30), "Plénière 2", {rdf: ("represented", amf)})
    held(TODAY - timedelta(days=20), "Atelier", {amf: ("absent", None)}, usages)
    held(TODAY - timedelta(days=400), "Plénière ancienne", {})  # outside the last 12 months
    plan(meetings, TODAY - timedelta(days=10), "Plénière annulée", status="cancelled")

    page = open_page(window)
    page.tabs.setCurrentWidget(page.attendance)
    summary = page.attendance
    assert summary.start.date() == QDate(TODAY.year - 1, TODAY.month, TODAY.day).addDays(1)

    def row(acronym: str) -> list[str]:
        model = summary.model
        r = model.row_where(lambda t: t.acronym == acronym)
        return [model.index(r, c).data() for c in range(2, model.columnCount())]

    # convoquée, présente, représentée, excusée, absente, non renseignée, taux
    assert row("AMF") == ["3", "2", "0", "0", "1", "0", "67\u202f%"]
    assert row("MEN") == ["3", "2", "0", "1", "0", "0", "67\u202f%"]
    assert row("RdF") == ["2", "0", "1", "0", "1", "0", "50\u202f%"]
    assert summary.summary.text() == (
        "3 séances sur la période, sans compter 1 annulée ou reportée."
    )

    summary.body.setCurrentIndex(summary.body.findText("Plénière"))
    assert row("AMF") == ["2", "2", "0", "0", "0", "0", "100\u202f%"]
    assert row("RdF") == ["2", "0", "1", "0", "1", "0", "50\u202f%"]
    summary.body.setCurrentIndex(summary.body.findText("Usages"))
    assert row("AMF") == ["1", "0", "0", "0", "1", "0", "0\u202f%"]
    assert summary.model.rowCount() == 2
    summary.body.setCurrentIndex(0)
    summary.set_period(TODAY - timedelta(days=500), TODAY)
    assert row("AMF")[:2] == ["4", "3"]

    # Recording attendance elsewhere updates the summary.
    late = plan(meetings, TODAY - timedelta(days=5), "Plénière récente", status="held")
    page.editor.edit_meeting(
        late,
        meetings.with_attendance(late, [replace(a, status="absent") for a in late.convened]),
    )
    assert row("AMF")[:2] == ["5", "3"]


# -- models ---------------------------------------------------------------------------------------


def test_models_pass_the_model_tester(qtmodeltester, meetings, planned, org_id) -> None:
    today = lambda: TODAY  # noqa: E731
    model = MeetingTableModel()
    model.set_records(meetings.meetings())
    qtmodeltester.check(model)
    proxy = MeetingFilterModel(today)
    proxy.setSourceModel(model)
    proxy.set_period(Period.UPCOMING)
    proxy.set_search("plénière")
    qtmodeltester.check(proxy)
    assert proxy.rowCount() == 3  # upcoming plenaries, « Point presse » included

    meetings.apply_action(
        meetings.new_action(
            ActionInput("Relancer", planned["past"].id, organisation_id=org_id("AMF"),
                        due_date=TODAY - timedelta(days=1))
        )
    )  # fmt: skip
    actions = ActionTableModel(today)
    actions.set_records(meetings.actions())
    qtmodeltester.check(actions)
    action_proxy = ActionFilterModel(today)
    action_proxy.setSourceModel(actions)
    action_proxy.set_filter(ActionFilter.OVERDUE)
    qtmodeltester.check(action_proxy)
    assert action_proxy.rowCount() == 1

    tallies = AttendanceTallyModel()
    tallies.set_tallies(
        meetings.attendance_tallies(), {org_id("AMF"): "Association des maires de France"}
    )
    qtmodeltester.check(tallies)
    assert tallies.rowCount() == 14  # the plenaries convene every member


def test_export_the_actions_and_the_attendance_from_their_tabs(
    qtbot: QtBot, window, meetings, messages, org_id, tmp_path
) -> None:
    import docx
    import openpyxl

    meeting = plan(meetings, TODAY - timedelta(days=14), "Plénière passée", status="held")
    for title, status in (("Relancer les régions", "open"), ("Diffuser l'avis", "done")):
        data = ActionInput(title, meeting.id, organisation_id=org_id("AMF"),
                           due_date=TODAY - timedelta(days=3), status=status)  # fmt: skip
        meetings.apply_action(meetings.new_action(data))
    page = open_page(window)
    panel = page.actions_panel
    page.tabs.setCurrentWidget(panel)
    messages.save_to = tmp_path / "actions.docx"
    with qtbot.waitSignal(panel.exporter.done):
        panel.word_action.trigger()
    assert messages.save_requests == [f"{TODAY.isoformat()}-actions-en-cours.docx"]
    assert window.statusBar().currentMessage() == (
        f"Actions enregistrées dans {tmp_path / 'actions.docx'}."
    )
    (table,) = docx.Document(str(tmp_path / "actions.docx")).tables
    assert [r.cells[0].text for r in table.rows[1:]] == ["Relancer les régions"]
    assert table.rows[1].cells[4].text == "À faire, en retard"
    qtbot.mouseClick(panel.filters.button(int(ActionFilter.ALL)), Qt.MouseButton.LeftButton)
    messages.save_to = tmp_path / "toutes.xlsx"
    with qtbot.waitSignal(panel.exporter.done):
        panel.sheet_action.trigger()
    assert messages.save_requests[-1] == f"{TODAY.isoformat()}-actions.xlsx"
    sheet = openpyxl.load_workbook(tmp_path / "toutes.xlsx").active
    assert sorted(r[0] for r in sheet.iter_rows(min_row=6, values_only=True)) == [
        "Diffuser l'avis",
        "Relancer les régions",
    ]

    summary = page.attendance
    page.tabs.setCurrentWidget(summary)
    summary.body.setCurrentIndex(summary.body.findText("Plénière"))
    messages.save_to = tmp_path / "assiduite.xlsx"
    with qtbot.waitSignal(summary.exporter.done):
        summary.sheet_action.trigger()
    start = to_date(summary.start.date())
    assert messages.save_requests[-1] == (
        f"assiduite-pleniere-du-{start.isoformat()}-au-{TODAY.isoformat()}.xlsx"
    )
    sheet = openpyxl.load_workbook(tmp_path / "assiduite.xlsx").active
    assert sheet["B3"].value == "Plénière"
    amf = next(r for r in sheet.iter_rows(min_row=8, values_only=True) if r[0] == "AMF")
    assert amf[2] == 1  # convened to the one plenary held
    # A refusal is one sentence, nothing written.
    messages.save_to = tmp_path / "missing" / "assiduite.docx"
    summary.word_action.trigger()
    qtbot.waitUntil(lambda: bool(messages.errors))
    [error] = messages.errors
    assert error.startswith("Impossible d'écrire dans le dossier")
    assert not (tmp_path / "missing").exists()


def test_the_list_shows_before_the_meeting_which_follows_on_the_next_turn(
    window, meetings: Meetings
) -> None:
    plan(meetings, TODAY - timedelta(days=30), "Plénière passée", status="held")
    upcoming = plan(meetings, TODAY + timedelta(days=7), "Plénière de printemps")
    page = window.show_area(MEETINGS)
    assert isinstance(page, MeetingsPage)
    # Built: the list is filled and the next meeting selected, its page not yet read.
    assert page.opening
    assert page.listing.current_meeting_id() == upcoming.id
    assert page.edit_action.isEnabled()
    assert page.meeting_page.meeting_id is None
    settle(page)
    assert page.meeting_page.meeting_id == upcoming.id


def test_a_meeting_asked_for_while_the_list_opens_shows_at_once(window, meetings: Meetings) -> None:
    past = plan(meetings, TODAY - timedelta(days=30), "Plénière passée", status="held")
    plan(meetings, TODAY + timedelta(days=7), "Plénière de printemps")
    page = window.show_area(MEETINGS)
    assert isinstance(page, MeetingsPage)
    page.show_meeting(past.id)  # as the search and the home page do
    assert not page.opening and page.meeting_page.meeting_id == past.id
    settle(page)  # the deferred turn changes nothing
    assert page.meeting_page.meeting_id == past.id
