"""The meeting page through real widgets: agenda, attendance, decisions, actions, undo, exports."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from deliberation.records.meetings import (
    ActionInput,
    MeetingInput,
    MeetingSnapshot,
)
from deliberation.services.meetings import Meetings
from deliberation.ui.kit.colours import WARNING_TEXT
from deliberation.ui.kit.editor import Editor
from deliberation.ui.meetings.action_dialog import ActionDialog
from deliberation.ui.meetings.agenda_item_dialog import AgendaItemDialog
from deliberation.ui.meetings.agenda_model import AgendaModel
from deliberation.ui.meetings.attendance_model import AttendanceModel
from deliberation.ui.meetings.meeting_models import ActionTableModel
from deliberation.ui.meetings.meeting_page import MeetingPage

Typist = Callable[[object, str], None]


def plan(
    meetings: Meetings, day: date = date(2026, 1, 6), title: str = "", **changes: object
) -> MeetingSnapshot:
    """A plenary from 14 h to 16 h, written straight to the store."""
    data = MeetingInput(
        "plenary",
        day,
        time(14, 0),
        time(16, 0),
        title=title,
        place="DNE, Paris",
        video_link="https://visio.example.fr/comite",
    )
    return meetings.apply_meeting(meetings.new_meeting(replace(data, **changes)))


def with_items(meetings: Meetings, snap: MeetingSnapshot, *items: tuple[str, str, int]):
    agenda = [meetings.new_item(kind, title, minutes) for kind, title, minutes in items]
    return meetings.apply_meeting(meetings.with_items(snap, agenda))


@pytest.fixture
def page(qtbot: QtBot, editor: Editor, messages) -> MeetingPage:
    widget = MeetingPage(editor, messages)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def titles(page: MeetingPage) -> list[str]:
    model = page.agenda.model
    return [model.index(r, AgendaModel.TITLE).data() for r in range(model.rowCount())]


def column(page: MeetingPage, number: int) -> list[str]:
    model = page.agenda.model
    return [model.index(r, number).data() for r in range(model.rowCount())]


def stored_titles(meetings: Meetings, meeting_id: int) -> list[str]:
    return [i.title for i in meetings.meeting(meeting_id).items]


def add_item(
    qtbot: QtBot, page: MeetingPage, typist: Typist, kind: str, title: str, minutes: str
) -> AgendaItemDialog:
    """Add a point the way a user does: the button, the dialog, typing, Enregistrer."""
    page.agenda.add_action.trigger()
    dialog = page.agenda.dialog
    assert isinstance(dialog, AgendaItemDialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData(kind))
    typist(dialog.title, title)
    dialog.duration.selectAll()
    typist(dialog.duration, minutes)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    return dialog


# -- the agenda -----------------------------------------------------------------------------------


def test_empty_state_then_a_meeting(page: MeetingPage, meetings: Meetings) -> None:
    assert page.meeting_id is None
    assert page.empty.isVisible()
    assert page.empty.text().startswith("Choisissez une séance")
    snap = plan(meetings, title="Plénière de rentrée")
    page.show_meeting(snap.id)
    assert page.meeting_id == snap.id and not page.empty.isVisible()
    header = page.header
    assert header.title.text() == "Plénière de rentrée"
    assert header.when.text() == (
        "Réunion plénière · Comité des partenaires · Mardi 6 janvier 2026, 14 h 00 – 16 h 00"
    )
    assert 'href="https://visio.example.fr/comite"' in header.where.text()
    assert "Lieu : DNE, Paris" in header.where.text()
    assert header.status.text() == "Prévue"
    assert page.agenda.empty.isVisible()  # no point yet: says how to add one
    page.show_meeting(None)
    assert page.empty.isVisible()


def test_build_an_agenda_through_the_dialog(
    qtbot: QtBot, page: MeetingPage, meetings: Meetings, editor: Editor, typist, delegates, org_id
) -> None:
    snap = plan(meetings)
    page.show_meeting(snap.id)

    dialog = add_item(qtbot, page, typist, "information", "Accueil", "15")
    assert not dialog.isVisible(), dialog.general_error.text()
    # The second point presented by a delegate, with a web link.
    page.agenda.add_action.trigger()
    dialog = page.agenda.dialog
    dialog.kind.setCurrentIndex(dialog.kind.findData("decision"))
    typist(dialog.title, "Avis sur les ENT")
    typist(dialog.description, "Projet d'avis du groupe « Usages ».")
    people = dialog.people
    people.organisation.setCurrentIndex(people.organisation.findData(org_id("AMF")))
    people.delegate.setCurrentIndex(people.delegate.findData(delegates["Martin"].id))
    dialog.duration.selectAll()
    typist(dialog.duration, "60")
    dialog.links.kind.setCurrentIndex(dialog.links.kind.findData("url"))
    typist(dialog.links.target, "www.example.fr/avis-ent")
    qtbot.mouseClick(dialog.links.add, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible(), dialog.general_error.text()
    add_item(qtbot, page, typist, "discussion", "Budget", "45")

    assert titles(page) == ["Accueil", "Avis sur les ENT", "Budget"]
    assert column(page, AgendaModel.TIME) == [
        "14 h 00 – 14 h 15",
        "14 h 15 – 15 h 15",
        "15 h 15 – 16 h 00",
    ]
    assert column(page, AgendaModel.KIND) == ["Information", "Décision", "Discussion"]
    assert column(page, AgendaModel.PRESENTER) == ["", "Claire Martin (AMF)", ""]
    assert column(page, AgendaModel.DURATION) == ["15 min", "1 h", "45 min"]
    ent = meetings.meeting(snap.id).items[1]
    assert ent.description == "Projet d'avis du groupe « Usages »."
    assert [(link.kind, link.target) for link in ent.links] == [
        ("url", "https://www.example.fr/avis-ent")
    ]
    assert not page.agenda.overrun.isVisible()  # exactly two hours: no warning
    assert page.tabs.tabText(page.AGENDA_TAB) == "Ordre du jour (3)"
    assert page.agenda.current_item().title == "Budget"  # the new point is selected

    # A fourth point overruns the meeting's end by 25 minutes.
    add_item(qtbot, page, typist, "information", "Questions diverses", "25")
    assert page.agenda.overrun.isVisible()
    assert page.agenda.overrun.text() == "L'ordre du jour dépasse la fin de la séance de 25 min."
    late = page.agenda.model.index(3, AgendaModel.TITLE)
    assert late.data(Qt.ItemDataRole.ForegroundRole).color() == QColor(WARNING_TEXT)
    on_time = page.agenda.model.index(2, AgendaModel.TITLE)
    assert on_time.data(Qt.ItemDataRole.ForegroundRole) is None
    assert column(page, AgendaModel.TIME)[3] == "16 h 00 – 16 h 25"

    # Each addition was one undo step; undoing the last removes the warning.
    assert editor.undo_stack.count() == 4
    assert editor.undo_stack.undoText() == "l'ajout du point « Questions diverses »"
    editor.undo_stack.undo()
    assert titles(page) == ["Accueil", "Avis sur les ENT", "Budget"]
    assert not page.agenda.overrun.isVisible()
    editor.undo_stack.redo()
    assert page.agenda.overrun.isVisible()


def test_a_zero_or_absurd_duration_is_refused(
    qtbot: QtBot, page: MeetingPage, meetings: Meetings, editor: Editor, typist
) -> None:
    snap = plan(meetings)
    page.show_meeting(snap.id)
    message = "La durée d'un point doit être comprise entre 1 et 480 minutes."
    dialog = add_item(qtbot, page, typist, "decision", "Budget", "0")
    assert dialog.isVisible()
    assert dialog.field_error("duration") == message
    dialog.duration.selectAll()
    typist(dialog.duration, "600")
    assert dialog.field_error("duration") == ""  # editing the field clears its message
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.field_error("duration") == message
    dialog.duration.selectAll()
    typist(dialog.duration, "-5")  # the field takes no minus sign
    assert dialog.duration.value() == 5
    dialog.title.clear()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.field_error("title") == "L'intitulé du point est obligatoire."
    dialog.reject()
    assert meetings.meeting(snap.id).items == ()
    assert editor.undo_stack.count() == 0


def test_reorder_with_the_keyboard_the_buttons_and_a_drop(
    qtbot: QtBot, page: MeetingPage, meetings: Meetings, editor: Editor
) -> None:
    snap = with_items(
        meetings,
        plan(meetings),
        ("information", "Accueil", 15),
        ("decision", "Avis sur les ENT", 60),
        ("discussion", "Budget", 45),
    )
    page.show_meeting(snap.id)
    agenda, view = page.agenda, page.agenda.view
    assert agenda.select_item(snap.items[2].uuid)
    view.setFocus()

    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert titles(page) == ["Accueil", "Budget", "Avis sur les ENT"]
    assert stored_titles(meetings, snap.id) == ["Accueil", "Budget", "Avis sur les ENT"]
    assert agenda.current_item().title == "Budget"  # the selection follows the point
    assert column(page, AgendaModel.TIME)[1] == "14 h 15 – 15 h 00"
    assert editor.undo_stack.undoText() == "le déplacement du point « Budget »"

    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert titles(page) == ["Budget", "Accueil", "Avis sur les ENT"]
    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)  # already first
    assert not agenda.up_action.isEnabled()
    agenda.down_action.trigger()
    assert titles(page) == ["Accueil", "Budget", "Avis sur les ENT"]
    assert agenda.current_item().title == "Budget"
    assert editor.undo_stack.count() == 3

    # Drag « Avis sur les ENT » above « Accueil »: the drop is simulated by handing the view's
    # own drag data (what it puts in the drag) to the model's drop, as the view does on a drop.
    assert agenda.select_item(snap.items[1].uuid)
    model = agenda.model
    dragged = model.mimeData(view.selectionModel().selectedIndexes())
    assert model.canDropMimeData(dragged, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert model.dropMimeData(dragged, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert titles(page) == ["Avis sur les ENT", "Accueil", "Budget"]
    assert stored_titles(meetings, snap.id) == ["Avis sur les ENT", "Accueil", "Budget"]
    assert agenda.current_item().title == "Avis sur les ENT"
    assert column(page, AgendaModel.NUMBER) == ["1", "2", "3"]
    assert column(page, AgendaModel.TIME)[0] == "14 h 00 – 15 h 00"
    # Dropped below the last row: it goes last.
    dragged = model.mimeData(view.selectionModel().selectedIndexes())
    assert model.dropMimeData(dragged, Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    assert titles(page) == ["Accueil", "Budget", "Avis sur les ENT"]
    assert editor.undo_stack.count() == 5

    editor.undo_stack.undo()
    assert titles(page) == ["Avis sur les ENT", "Accueil", "Budget"]
    assert agenda.current_item().title == "Avis sur les ENT"
    editor.undo_stack.undo()
    assert titles(page) == ["Accueil", "Budget", "Avis sur les ENT"]
    editor.undo_stack.redo()
    assert stored_titles(meetings, snap.id) == ["Avis sur les ENT", "Accueil", "Budget"]


def test_edit_with_enter_and_remove_with_delete(
    qtbot: QtBot, page: MeetingPage, meetings: Meetings, editor: Editor, typist
) -> None:
    snap = with_items(
        meetings, plan(meetings), ("information", "Accueil", 15), ("discussion", "Budget", 45)
    )
    page.show_meeting(snap.id)
    agenda = page.agenda
    assert agenda.select_item(snap.items[1].uuid)
    agenda.view.setFocus()
    qtbot.keyClick(agenda.view, Qt.Key.Key_Return)
    dialog = agenda.dialog
    assert isinstance(dialog, AgendaItemDialog) and dialog.isVisible()
    assert dialog.title.text() == "Budget" and dialog.duration.value() == 45
    qtbot.keyClick(dialog.title, Qt.Key.Key_End)  # the title opens selected
    typist(dialog.title, " 2026")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert titles(page) == ["Accueil", "Budget 2026"]
    assert editor.undo_stack.undoText() == "la modification du point « Budget 2026 »"
    assert meetings.meeting(snap.id).items[1].uuid == snap.items[1].uuid

    qtbot.keyClick(agenda.view, Qt.Key.Key_Delete)
    assert titles(page) == ["Accueil"]
    editor.undo_stack.undo()
    assert titles(page) == ["Accueil", "Budget 2026"]


def test_copy_the_agenda_of_an_earlier_meeting(
    qtbot: QtBot, page: MeetingPage, meetings: Meetings, editor: Editor
) -> None:
    earlier = with_items(
        meetings,
        plan(meetings, date(2025, 12, 2)),
        ("information", "Accueil", 15),
        ("decision", "Budget", 45),
    )
    meetings.apply_meeting(
        meetings.with_items(
            earlier, [earlier.items[0], replace(earlier.items[1], decision="Adopté.")]
        )
    )
    plan(meetings, date(2026, 2, 3))  # later: not offered
    current = with_items(meetings, plan(meetings), ("information", "Ouverture", 10))
    page.show_meeting(current.id)
    page.agenda.copy_action.trigger()
    dialog = page.agenda.dialog
    assert dialog.list.count() == 1
    assert dialog.list.item(0).text() == "02/12/2025 — Réunion plénière (2 points)"
    dialog.accept()
    assert titles(page) == ["Ouverture", "Accueil", "Budget"]
    copied = meetings.meeting(current.id).items[2]
    assert copied.decision == "" and copied.uuid != earlier.items[1].uuid
    assert editor.undo_stack.undoText() == "la copie de l'ordre du jour du 02/12/2025"


# -- attendance -----------------------------------------------------------------------------------


def status_of(page: MeetingPage, acronym: str) -> str:
    model = page.attendance.model
    for row in range(model.rowCount()):
        if model.index(row, AttendanceModel.ACRONYM).data() == acronym:
            return model.index(row, AttendanceModel.STATUS).data()
    raise AssertionError(acronym)


def test_record_attendance(
    qtbot: QtBot, page: MeetingPage, meetings: Meetings, editor: Editor, delegates, org_id
) -> None:
    snap = plan(meetings)
    page.show_meeting(snap.id)
    page.tabs.setCurrentWidget(page.attendance)
    panel = page.attendance
    assert panel.summary.text() == "Présences non renseignées (14 convoquées)."
    amf, adf, avi, men = org_id("AMF"), org_id("ADF"), org_id("AVI"), org_id("MEN")

    # AMF present with the keyboard, then its delegate checked in the side panel.
    assert panel.select_organisation(amf)
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_P)
    assert status_of(page, "AMF") == "Présente"
    # The key moved on to the next row (see test_attendance_keys_go_down_the_sheet).
    assert panel.current_entry() == panel.model.entry(panel.model.row_of(amf) + 1)
    assert panel.select_organisation(amf)
    assert panel.side.title.text() == "AMF — Association des Maires de France"
    people = panel.side.delegates
    martin = next(
        people.item(r)
        for r in range(people.count())
        if people.item(r).data(Qt.ItemDataRole.UserRole) == delegates["Martin"].id
    )
    assert martin.text() == "Claire Martin, titulaire"
    people.setCurrentItem(martin)
    qtbot.keyClick(people, Qt.Key.Key_Space)  # the space bar ticks the current box
    entry = {a.organisation_id: a for a in meetings.meeting(snap.id).convened}
    assert entry[amf].delegate_ids == (delegates["Martin"].id,)
    assert editor.undo_stack.undoText() == "les délégués présents pour AMF"
    model = panel.model
    assert model.index(model.row_of(amf), AttendanceModel.DELEGATES).data() == "Claire Martin"

    # ADF represented by AMF: « Représentée » waits for the organisation, then both are saved.
    assert panel.select_organisation(adf)
    index = model.index(model.row_of(adf), AttendanceModel.STATUS)
    count = editor.undo_stack.count()
    assert model.setData(index, "represented")  # what the in-place combo box does
    assert panel.side.hint.isVisible()
    assert panel.side.hint.text() == "Choisissez l'organisation qui représente ADF."
    assert editor.undo_stack.count() == count  # nothing saved yet
    combo = panel.side.represented_by
    combo.setCurrentIndex(combo.findData(amf))
    combo.activated.emit(combo.currentIndex())  # the user picks AMF
    entry = {a.organisation_id: a for a in meetings.meeting(snap.id).convened}
    assert (entry[adf].status, entry[adf].represented_by_id) == ("represented", amf)
    assert model.index(model.row_of(adf), AttendanceModel.REPRESENTED_BY).data() == "AMF"
    assert editor.undo_stack.undoText() == "la représentation de ADF par AMF"
    assert not panel.side.hint.isVisible()

    # AVI excused (key E), MEN absent (from the side panel's combo box).
    assert panel.select_organisation(avi)
    qtbot.keyClick(panel.view, Qt.Key.Key_E)
    assert panel.select_organisation(men)
    panel.side.status.setCurrentIndex(panel.side.status.findData("absent"))
    panel.side.status.activated.emit(panel.side.status.currentIndex())
    assert status_of(page, "AVI") == "Excusée" and status_of(page, "MEN") == "Absente"
    assert panel.summary.text() == (
        "1 présente, 1 représentée, 1 excusée, 1 absente, 10 non renseignées sur 14 convoquées."
    )
    assert editor.undo_stack.count() == count + 3

    # The organisations not yet recorded, in one step (the label agrees with « organisations »).
    assert panel.all_present_action.text() == "Marquer toutes présentes"
    panel.all_present_action.trigger()
    assert panel.summary.text() == (
        "11 présentes, 1 représentée, 1 excusée, 1 absente sur 14 convoquées."
    )
    assert page.tabs.tabText(page.ATTENDANCE_TAB) == "Présences (12/14)"
    assert not panel.all_present_action.isEnabled()

    editor.undo_stack.undo()  # « Marquer toutes présentes » was one step
    assert panel.summary.text().startswith("1 présente, 1 représentée")
    editor.undo_stack.undo()
    editor.undo_stack.undo()
    assert status_of(page, "AVI") == "Non renseignée"
    editor.undo_stack.redo()
    assert status_of(page, "AVI") == "Excusée"


def test_attendance_keys_go_down_the_sheet(
    qtbot: QtBot, page: MeetingPage, meetings: Meetings, editor: Editor, org_id
) -> None:
    """P, E, A and N record the row's status and go to the next row, as F, D, A, N do in the
    positions matrix; R goes on once the representative is chosen; the last row stays."""
    snap = plan(meetings)
    page.show_meeting(snap.id)
    page.tabs.setCurrentWidget(page.attendance)
    panel, model = page.attendance, page.attendance.model
    acronyms = [model.index(r, AttendanceModel.ACRONYM).data() for r in range(model.rowCount())]
    assert panel.select_organisation(org_id(acronyms[0]))
    panel.view.setFocus()
    for key in (Qt.Key.Key_P, Qt.Key.Key_E, Qt.Key.Key_A):
        qtbot.keyClick(panel.view, key)
    assert [status_of(page, a) for a in acronyms[:4]] == [
        "Présente", "Excusée", "Absente", "Non renseignée"
    ]  # fmt: skip
    assert panel.current_entry().organisation_id == org_id(acronyms[3])

    qtbot.keyClick(panel.view, Qt.Key.Key_R)  # waits for the representative
    assert panel.current_entry().organisation_id == org_id(acronyms[3])
    assert panel.side.hint.isVisible()
    combo = panel.side.represented_by
    combo.setCurrentIndex(combo.findData(org_id(acronyms[0])))
    combo.activated.emit(combo.currentIndex())
    assert status_of(page, acronyms[3]) == "Représentée"
    assert panel.current_entry().organisation_id == org_id(acronyms[4])
    assert panel.view.hasFocus()

    # A key on the last row records it and stays there.
    assert panel.select_organisation(org_id(acronyms[-1]))
    qtbot.keyClick(panel.view, Qt.Key.Key_P)
    assert status_of(page, acronyms[-1]) == "Présente"
    assert panel.current_entry().organisation_id == org_id(acronyms[-1])
    assert editor.undo_stack.count() == 5


def test_convene_and_remove_an_organisation(
    qtbot: QtBot, page: MeetingPage, meetings: Meetings, editor: Editor, messages, org_id
) -> None:
    snap = plan(meetings)
    page.show_meeting(snap.id)
    panel = page.attendance
    panel.convene_action.trigger()
    dialog = panel.dialog
    offered = [dialog.list.item(r).text() for r in range(dialog.list.count())]
    assert any(text.startswith("MEIN — ") and text.endswith("(non membre)") for text in offered)
    row = next(r for r, text in enumerate(offered) if text.startswith("MEIN"))
    dialog.list.item(row).setCheckState(Qt.CheckState.Checked)
    dialog.accept()
    assert len(meetings.meeting(snap.id).convened) == 15
    assert panel.current_entry().organisation_id == org_id("MEIN")
    assert editor.undo_stack.undoText() == "la convocation de MEIN"

    # An organisation representing another cannot leave before the other's status changes.
    amf, adf = org_id("AMF"), org_id("ADF")
    panel.select_organisation(adf)
    panel.request(replace(panel.current_entry(), status="represented", represented_by_id=amf))
    panel.select_organisation(amf)
    panel.remove_action.trigger()
    assert messages.errors == ["AMF représente ADF : changez d'abord la présence de ADF."]
    panel.select_organisation(org_id("MEIN"))
    panel.remove_action.trigger()
    assert len(meetings.meeting(snap.id).convened) == 14
    editor.undo_stack.undo()
    assert len(meetings.meeting(snap.id).convened) == 15


def test_a_represented_organisation_marked_present_drops_its_representatives_delegate(
    qtbot: QtBot, page: MeetingPage, meetings: Meetings, editor: Editor, messages, delegates, org_id
) -> None:
    """ADF was represented by AMF's Claire Martin; then ADF turns up itself: key P records it
    present, without AMF's delegate (who did not come for ADF), and undo brings her back."""
    snap = plan(meetings)
    amf, adf = org_id("AMF"), org_id("ADF")
    martin = delegates["Martin"].id
    sheet = [
        replace(a, status="represented", represented_by_id=amf, delegate_ids=(martin,))
        if a.organisation_id == adf
        else a
        for a in snap.convened
    ]
    snap = meetings.apply_meeting(meetings.with_attendance(snap, sheet))
    page.show_meeting(snap.id)
    page.tabs.setCurrentWidget(page.attendance)
    panel, model = page.attendance, page.attendance.model
    assert model.index(model.row_of(adf), AttendanceModel.DELEGATES).data() == (
        "Claire Martin (AMF)"
    )

    assert panel.select_organisation(adf)
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_P)
    assert messages.errors == []
    entry = {a.organisation_id: a for a in meetings.meeting(snap.id).convened}[adf]
    assert (entry.status, entry.represented_by_id, entry.delegate_ids) == ("present", None, ())
    assert status_of(page, "ADF") == "Présente"

    # The same through the combo box in the cell.
    editor.undo_stack.undo()
    assert model.index(model.row_of(adf), AttendanceModel.DELEGATES).data() == (
        "Claire Martin (AMF)"
    )
    assert model.setData(model.index(model.row_of(adf), AttendanceModel.STATUS), "present")
    assert messages.errors == []
    entry = {a.organisation_id: a for a in meetings.meeting(snap.id).convened}[adf]
    assert (entry.status, entry.delegate_ids) == ("present", ())


# -- decisions and actions ------------------------------------------------------------------------


def test_write_a_decision_and_add_an_action(
    qtbot: QtBot, page: MeetingPage, meetings: Meetings, editor: Editor, typist, org_id
) -> None:
    snap = with_items(
        meetings, plan(meetings), ("information", "Accueil", 15), ("decision", "Budget", 45)
    )
    page.show_meeting(snap.id)
    page.tabs.setCurrentWidget(page.decisions)
    panel = page.decisions
    assert panel.points.count() == 2 and panel.points.item(1).text() == "2. Budget"
    assert panel.select_point(snap.items[1].uuid)
    assert panel.editor_.title.text() == "Budget"
    panel.editor_.decision.setFocus()
    typist(panel.editor_.decision, "Le comité adopte le budget.")
    assert editor.undo_stack.count() == 0  # not saved on each keystroke…
    qtbot.waitUntil(lambda: editor.undo_stack.count() == 1, timeout=5000)  # …but after a pause
    assert meetings.meeting(snap.id).items[1].decision == "Le comité adopte le budget."
    assert editor.undo_stack.undoText() == "la décision du point « Budget »"
    typist(panel.editor_.outcome, "Présenté par la CDC.")
    first = panel.points.visualItemRect(panel.points.item(0)).center()
    qtbot.mouseClick(panel.points.viewport(), Qt.MouseButton.LeftButton, pos=first)
    assert meetings.meeting(snap.id).items[1].outcome == "Présenté par la CDC."  # saved at once
    assert editor.undo_stack.count() == 2
    assert panel.points.currentRow() == 0  # and the point clicked is shown
    assert panel.editor_.title.text() == "Accueil"
    assert panel.editor_.outcome.toPlainText() == ""
    assert panel.points.item(1).font().bold()  # Budget now has a record
    typist(panel.editor_.outcome, "Ouverture par le président.")
    panel.points.setCurrentRow(1)  # whatever moves the selection saves the point left
    assert meetings.meeting(snap.id).items[0].outcome == "Ouverture par le président."
    assert panel.editor_.title.text() == "Budget" and panel.points.currentRow() == 1
    assert panel.editor_.outcome.toPlainText() == "Présenté par la CDC."
    editor.undo_stack.undo()
    assert panel.points.currentRow() == 1

    # An action on the Budget point, carried by CDC, due in the past: overdue.
    assert panel.select_point(snap.items[1].uuid)
    panel.new_action.trigger()
    dialog = panel.dialog
    assert isinstance(dialog, ActionDialog)
    assert dialog.meeting.currentData() == snap.id
    assert dialog.item.currentText() == "2. Budget"  # the point shown is proposed
    typist(dialog.title, "Diffuser le budget aux membres")
    people = dialog.people
    people.organisation.setCurrentIndex(people.organisation.findData(org_id("CDC")))
    dialog.due_date.check.setChecked(True)
    dialog.due_date.edit.setDate(dialog.due_date.edit.date().addDays(-3))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible(), dialog.general_error.text()
    [action] = meetings.actions(meeting_id=snap.id)
    assert (action.title, action.item_uuid, action.organisation_id) == (
        "Diffuser le budget aux membres",
        snap.items[1].uuid,
        org_id("CDC"),
    )
    model = panel.actions_model
    assert model.rowCount() == 1
    assert model.index(0, ActionTableModel.OWNER).data() == "CDC"
    assert model.index(0, ActionTableModel.ITEM).data() == "2. Budget"
    assert model.index(0, ActionTableModel.STATUS).data() == "À faire, en retard"
    assert panel.actions_view.isColumnHidden(ActionTableModel.MEETING)  # the page's meeting
    assert panel.actions_title.text() == "Actions (1), dont 1 en retard"
    assert page.tabs.tabText(page.DECISIONS_TAB) == "Décisions et actions (1)"

    # Undo and redo: the page follows the store.
    editor.undo_stack.undo()
    assert model.rowCount() == 0
    editor.undo_stack.undo()
    assert meetings.meeting(snap.id).items[1].outcome == ""
    panel.select_point(snap.items[1].uuid)
    assert panel.editor_.outcome.toPlainText() == ""
    assert panel.editor_.decision.toPlainText() == "Le comité adopte le budget."
    editor.undo_stack.redo()
    editor.undo_stack.redo()
    assert panel.editor_.outcome.toPlainText() == "Présenté par la CDC."
    assert model.rowCount() == 1


def test_an_action_needs_a_title_and_an_owner(
    qtbot: QtBot, page: MeetingPage, meetings: Meetings, editor: Editor
) -> None:
    page.show_meeting(plan(meetings).id)
    page.decisions.new_action.trigger()
    dialog = page.decisions.dialog
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.field_error("title") == "Décrivez l'action à mener."
    assert dialog.field_error("owner") == (
        "Indiquez qui mène l'action : une organisation ou un délégué."
    )
    dialog.reject()
    assert meetings.actions() == [] and editor.undo_stack.count() == 0


def test_edit_and_delete_an_action(
    qtbot: QtBot, page: MeetingPage, meetings: Meetings, editor: Editor, delegates
) -> None:
    snap = plan(meetings)
    martin = delegates["Martin"]
    action = meetings.apply_action(
        meetings.new_action(ActionInput("Relancer les régions", snap.id, delegate_id=martin.id))
    )
    page.show_meeting(snap.id)
    panel = page.decisions
    assert panel.actions_model.index(0, ActionTableModel.OWNER).data() == "Claire Martin (AMF)"
    assert panel.select_action(action.id)
    panel.edit_action.trigger()
    dialog = panel.dialog
    assert dialog.title.text() == "Relancer les régions"
    assert dialog.people.delegate.currentData() == martin.id
    dialog.status.setCurrentIndex(dialog.status.findData("done"))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert meetings.action(action.id).status == "done"
    assert panel.actions_model.index(0, ActionTableModel.STATUS).data() == "Faite"
    panel.select_action(action.id)
    panel.delete_action.trigger()
    assert meetings.actions() == []
    editor.undo_stack.undo()
    assert [a.id for a in meetings.actions()] == [action.id]
    assert panel.actions_model.rowCount() == 1


# -- the meeting as a whole -----------------------------------------------------------------------


def test_a_meeting_ahead_cannot_be_marked_held(
    page: MeetingPage, meetings: Meetings, messages
) -> None:
    ahead = plan(meetings, date.today() + timedelta(days=120))
    page.show_meeting(ahead.id)
    page.status_actions["held"].trigger()
    assert messages.errors == ["Une séance ne peut être marquée « Tenue » qu'à partir de son jour."]
    assert meetings.meeting(ahead.id).status == "planned"
    assert page.header.status.text() == "Prévue"
    assert page.status_actions["planned"].isChecked()


def test_status_changes_are_undoable(page: MeetingPage, meetings: Meetings, editor: Editor):
    snap = plan(meetings)
    page.show_meeting(snap.id)
    page.status_actions["held"].trigger()
    assert meetings.meeting(snap.id).status == "held"
    assert page.header.status.text() == "Tenue"
    assert editor.undo_stack.undoText() == "le passage de la séance au statut « Tenue »"
    page.status_actions["postponed"].trigger()
    assert page.header.status.text() == "Reportée"
    editor.undo_stack.undo()
    editor.undo_stack.undo()
    assert page.header.status.text() == "Prévue"
    assert page.status_actions["planned"].isChecked()


def test_a_meeting_removed_by_undo_leaves_the_empty_state(
    page: MeetingPage, meetings: Meetings, editor: Editor
) -> None:
    snap = editor.create_meeting(
        meetings.new_meeting(MeetingInput("plenary", date(2026, 3, 3), time(10), time(12)))
    )
    page.show_meeting(snap.id)
    editor.undo_stack.undo()
    assert page.meeting_id is None and page.empty.isVisible()


def test_edit_requested_names_the_meeting(qtbot: QtBot, page: MeetingPage, meetings) -> None:
    snap = plan(meetings)
    page.show_meeting(snap.id)
    with qtbot.waitSignal(page.edit_requested) as signal:
        page.edit_action.trigger()
    assert signal.args == [snap.id]


# -- exports --------------------------------------------------------------------------------------


@pytest.fixture
def full_meeting(meetings: Meetings, org_id) -> MeetingSnapshot:
    snap = with_items(
        meetings,
        plan(meetings, title="Plénière de janvier"),
        ("information", "Accueil", 15),
        ("decision", "Avis sur les ENT", 60),
        ("discussion", "Budget", 45),
    )
    items = [replace(snap.items[1], decision="Le comité adopte l'avis sur les ENT.")]
    snap = meetings.apply_meeting(meetings.with_items(snap, [snap.items[0], *items, snap.items[2]]))
    meetings.apply_action(
        meetings.new_action(ActionInput("Diffuser l'avis", snap.id, organisation_id=org_id("MEN")))
    )
    return snap


def _document_text(path: Path) -> str:
    import docx

    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    parts += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join(parts)


def test_export_the_agenda_and_the_decisions(
    page: MeetingPage, full_meeting: MeetingSnapshot, messages, tmp_path: Path
) -> None:
    page.show_meeting(full_meeting.id)
    messages.save_to = tmp_path / "odj.docx"
    statuses: list[str] = []
    page.status_message.connect(statuses.append)
    assert page.export_agenda() == messages.save_to
    assert messages.save_requests == ["2026-01-06-pleniere-ordre-du-jour.docx"]
    text = _document_text(messages.save_to)
    positions = [text.index(title) for title in ("Accueil", "Avis sur les ENT", "Budget")]
    assert positions == sorted(positions)
    assert statuses[-1] == f"Ordre du jour enregistré dans {messages.save_to}."

    messages.save_to = tmp_path / "releve.docx"
    page.export_decisions_action.trigger()
    assert messages.save_requests[-1] == "2026-01-06-pleniere-releve-de-decisions.docx"
    text = _document_text(messages.save_to)
    assert "Le comité adopte l'avis sur les ENT." in text
    assert "Diffuser l'avis" in text
    assert messages.errors == []


def test_exported_decisions_include_text_being_typed(
    page: MeetingPage, full_meeting: MeetingSnapshot, messages, typist, tmp_path: Path
) -> None:
    page.show_meeting(full_meeting.id)
    panel = page.decisions
    panel.select_point(full_meeting.items[2].uuid)
    typist(panel.editor_.decision, "Budget adopté à l'unanimité.")
    messages.save_to = tmp_path / "releve.docx"
    page.export_decisions()  # before the pause that would have saved it
    assert "Budget adopté à l'unanimité." in _document_text(messages.save_to)


def test_export_the_meeting_to_a_calendar(
    page: MeetingPage, full_meeting: MeetingSnapshot, messages, tmp_path: Path
) -> None:
    from icalendar import Calendar

    page.show_meeting(full_meeting.id)
    messages.save_to = tmp_path / "seance.ics"
    page.export_calendar_action.trigger()
    assert messages.errors == []
    [event] = Calendar.from_ical(messages.save_to.read_bytes()).walk("VEVENT")
    start = event.decoded("DTSTART")
    assert (start.date(), start.hour, start.minute) == (date(2026, 1, 6), 14, 0)
    assert str(start.tzinfo) == "Europe/Paris"
    assert str(event["UID"]).startswith(str(full_meeting.uuid))
    page.status_actions["cancelled"].trigger()  # a later export updates the same event
    page.export_calendar()
    [event] = Calendar.from_ical(messages.save_to.read_bytes()).walk("VEVENT")
    assert str(event["STATUS"]) == "CANCELLED"
    assert str(event["UID"]).startswith(str(full_meeting.uuid))  # the same event, updated


def test_an_export_that_cannot_be_written_says_why(
    page: MeetingPage, full_meeting: MeetingSnapshot, messages, tmp_path: Path
) -> None:
    page.show_meeting(full_meeting.id)
    messages.save_to = tmp_path / "absent" / "odj.docx"
    statuses: list[str] = []
    page.status_message.connect(statuses.append)
    assert page.export_agenda() is None
    [error] = messages.errors
    assert error.endswith(".") and "\n" not in error and "Traceback" not in error
    assert not messages.save_to.exists() and statuses == []
    messages.save_to = None  # the user cancels: nothing happens
    assert page.export_agenda() is None and len(messages.errors) == 1


# -- models ---------------------------------------------------------------------------------------


def test_models_pass_the_model_tester(
    qtmodeltester, meetings: Meetings, full_meeting: MeetingSnapshot
) -> None:
    details = meetings.details(full_meeting.id)
    agenda = AgendaModel()
    agenda.set_details(details)
    qtmodeltester.check(agenda)
    assert agenda.rowCount() == 3
    attendance = AttendanceModel()
    attendance.set_details(details)
    qtmodeltester.check(attendance)
    assert attendance.rowCount() == 14
    actions = ActionTableModel(lambda: date.today() + timedelta(days=1))
    actions.set_actions(list(details.actions), {})
    qtmodeltester.check(actions)
    assert actions.rowCount() == 1


def test_attendance_edited_in_place_and_noted(
    qtbot: QtBot, page: MeetingPage, meetings: Meetings, editor: Editor, org_id, typist
) -> None:
    from PySide6.QtWidgets import QComboBox

    snap = plan(meetings)
    page.show_meeting(snap.id)
    page.tabs.setCurrentWidget(page.attendance)
    panel, model = page.attendance, page.attendance.model
    rfve = org_id("RFVE")
    index = model.index(model.row_of(rfve), AttendanceModel.STATUS)
    panel.view.setCurrentIndex(index)
    panel.view.edit(index)  # a double click opens the combo box in the cell
    combo = panel.view.viewport().findChild(QComboBox)
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Non renseignée",
        "Présente",
        "Excusée",
        "Absente",
        "Représentée",
    ]
    combo.setCurrentIndex(combo.findData("absent"))
    combo.activated.emit(combo.currentIndex())
    assert status_of(page, "RFVE") == "Absente"
    assert editor.undo_stack.undoText() == "le pointage de RFVE (absente)"

    assert panel.select_organisation(rfve)
    typist(panel.side.note, "Prévenu la veille")
    panel.side.note.editingFinished.emit()  # leaving the field
    entry = {a.organisation_id: a for a in meetings.meeting(snap.id).convened}
    assert entry[rfve].note == "Prévenu la veille"
    assert editor.undo_stack.undoText() == "la note de présence de RFVE"
    editor.undo_stack.undo()
    assert panel.side.note.text() == ""


def test_the_page_fits_a_narrow_pane(
    qtbot: QtBot, page: MeetingPage, meetings: Meetings, editor: Editor
) -> None:
    """Beside the list of meetings the page may get 480 pixels: nothing is cut, points are
    chosen from a combo box, the attendance details go under the table."""
    snap = with_items(
        meetings,
        plan(meetings, title="Plénière de rentrée avec un intitulé plutôt long"),
        ("information", "Accueil et adoption de l'ordre du jour", 15),
        ("decision", "Position du comité sur les logiciels libres dans les marchés publics", 45),
    )
    page.show_meeting(snap.id)
    assert page.minimumSizeHint().width() <= 480
    page.resize(480, 760)
    qtbot.waitUntil(lambda: page.width() == 480)
    page.tabs.setCurrentWidget(page.decisions)
    panel = page.decisions
    qtbot.waitUntil(lambda: panel.editor_.choice.isVisible())
    assert not panel.points.isVisible()
    choice = panel.editor_.choice
    assert choice.count() == 2
    choice.setCurrentIndex(1)
    choice.activated.emit(1)
    assert panel.editor_.title.text().startswith("Position du comité")
    page.tabs.setCurrentWidget(page.attendance)
    qtbot.waitUntil(lambda: page.attendance.splitter.orientation() == Qt.Orientation.Vertical)
    assert page.attendance.view.isColumnHidden(AttendanceModel.NAME)
    page.resize(1280, 760)
    qtbot.waitUntil(lambda: page.attendance.splitter.orientation() == Qt.Orientation.Horizontal)
    assert not page.attendance.view.isColumnHidden(AttendanceModel.NAME)
