"""Opening and editing a consultation through its dialog: subjects, organisations, rule."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from deliberation.records.meetings import Attendance, MeetingInput, MeetingSnapshot
from deliberation.records.positions import ConsultationInput, PositionInput, Subject
from deliberation.services.meetings import Meetings
from deliberation.ui.kit.editor import Editor
from deliberation.ui.positions.consultation_dialog import ConsultationDialog

Typist = Callable[[object, str], None]
POINTS = ("Projet d'avis sur les ENT", "Charte de la donnée scolaire", "Questions diverses")


@pytest.fixture
def meeting(meetings: Meetings) -> MeetingSnapshot:
    """A plenary on 10 March 2026 with three points (every member convened)."""
    snap = meetings.apply_meeting(
        meetings.new_meeting(
            MeetingInput(
                "plenary", date(2026, 3, 10), time(14), time(17), title="Plénière de printemps"
            )
        )
    )
    items = [meetings.new_item("decision", title, 30) for title in POINTS]
    return meetings.apply_meeting(meetings.with_items(snap, items))


def open_dialog(qtbot: QtBot, dialog: ConsultationDialog) -> ConsultationDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()  # shortcuts (Ctrl+Entrée) reach the active window only
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def tick(dialog: ConsultationDialog, row: int, on: bool = True) -> None:
    state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
    dialog.subjects.agenda.item(row).setCheckState(state)


def others(dialog: ConsultationDialog) -> list[str]:
    return [dialog.subjects.others.item(r).text() for r in range(dialog.subjects.others.count())]


def test_open_a_consultation_on_a_meetings_points_and_a_free_subject(
    qtbot: QtBot, editor: Editor, meeting: MeetingSnapshot, typist: Typist
) -> None:
    dialog = open_dialog(qtbot, ConsultationDialog(editor, meeting_id=meeting.id))
    assert dialog.windowTitle() == "Nouvelle consultation"
    assert dialog.meeting.currentData() == meeting.id
    assert dialog.meeting.currentText() == "10/03/2026 — Plénière de printemps"
    agenda = dialog.subjects.agenda
    assert [agenda.item(r).text() for r in range(agenda.count())] == [
        f"{n}. {title}" for n, title in enumerate(POINTS, start=1)
    ]
    assert dialog.consulted_count.text() == "14 organisations cochées sur 14"
    typist(dialog.title, "Avis sur les ENT")
    typist(dialog.question, "Êtes-vous favorable ?")
    tick(dialog, 0)
    tick(dialog, 1)
    # Entrée in the « other subject » line adds it; it does not save the dialog.
    typist(dialog.subjects.new_subject, "Recommandation 3")
    qtbot.keyClick(dialog.subjects.new_subject, Qt.Key.Key_Return)
    assert dialog.isVisible() and others(dialog) == ["Recommandation 3"]
    assert dialog.subjects.new_subject.text() == ""
    dialog.opened_on.setDate(QDate(2026, 3, 1))
    dialog.deadline.set_value(date(2026, 3, 31))
    qtbot.keyClick(dialog.question, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == QDialog.DialogCode.Accepted

    [row] = editor.positions.consultations()
    snap = editor.positions.consultation(row.id)
    assert dialog.saved == snap
    assert (snap.title, snap.question, snap.opened_on, snap.deadline, snap.meeting_id) == (
        "Avis sur les ENT",
        "Êtes-vous favorable ?",
        date(2026, 3, 1),
        date(2026, 3, 31),
        meeting.id,
    )
    assert [(s.kind, s.label, s.ref) for s in snap.subjects] == [
        ("agenda_item", POINTS[0], meeting.items[0].uuid),
        ("agenda_item", POINTS[1], meeting.items[1].uuid),
        ("other", "Recommandation 3", None),
    ]
    assert len(snap.consulted) == 14
    editor.undo_stack.undo()
    assert editor.positions.consultations() == []


def test_the_rule_is_described_as_it_is_set(qtbot: QtBot, editor: Editor) -> None:
    dialog = open_dialog(qtbot, ConsultationDialog(editor))
    assert dialog.rule_text.text() == (
        "Consensus : aucun avis défavorable et au moins 1 réponse (hors abstentions)."
    )
    dialog.min_answers.setValue(8)
    dialog.max_unfavorable.setValue(2)
    qtbot.mouseClick(dialog.abstentions_count, Qt.MouseButton.LeftButton)
    assert dialog.rule_text.text() == (
        "Consensus : au plus 2 avis défavorables et au moins 8 réponses (abstentions comprises)."
    )


def test_a_deadline_before_the_opening_is_refused_in_the_dialog(
    qtbot: QtBot, editor: Editor, typist: Typist
) -> None:
    dialog = open_dialog(qtbot, ConsultationDialog(editor))
    assert dialog.subjects.agenda_stack.currentWidget() is dialog.subjects.agenda_hint
    typist(dialog.title, "Charte")
    typist(dialog.subjects.new_subject, "La charte")  # typed, not added: saved all the same
    dialog.opened_on.setDate(QDate(2026, 3, 10))
    dialog.deadline.set_value(date(2026, 3, 1))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.field_error("deadline") == (
        "La date limite ne peut pas précéder la date d'ouverture."
    )
    assert dialog.isVisible() and dialog.saved is None
    assert editor.positions.consultations() == []
    assert dialog.title.text() == "Charte" and others(dialog) == ["La charte"]
    # No organisation and no subject: each message under its field.
    dialog.deadline.set_value(date(2026, 3, 20))
    qtbot.mouseClick(dialog.none_button, Qt.MouseButton.LeftButton)
    dialog.subjects.others.setCurrentRow(0)
    qtbot.mouseClick(dialog.subjects.remove_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.field_error("deadline") == ""
    assert dialog.field_error("subjects") == "Une consultation porte sur au moins un sujet."
    assert dialog.field_error("consulted") == "Choisissez les organisations consultées."
    assert editor.positions.consultations() == []


def test_offer_the_organisations_convened_to_the_meeting(
    qtbot: QtBot, editor: Editor, meetings: Meetings, meeting: MeetingSnapshot, org_id
) -> None:
    few = (org_id("AMF"), org_id("ADF"), org_id("MEN"))
    meetings.apply_meeting(meetings.with_attendance(meeting, [Attendance(o) for o in few]))
    dialog = open_dialog(qtbot, ConsultationDialog(editor))
    assert not dialog.convened_button.isEnabled()  # no meeting chosen
    dialog.meeting.setCurrentIndex(dialog.meeting.findData(meeting.id))
    assert dialog.convened_button.isEnabled()
    qtbot.mouseClick(dialog.convened_button, Qt.MouseButton.LeftButton)
    assert dialog.consulted_count.text() == "3 organisations cochées sur 14"
    assert sorted(dialog.data().consulted) == sorted(few)


def test_edit_keeps_the_subjects_and_refuses_to_drop_an_answered_one(
    qtbot: QtBot, editor: Editor, meeting: MeetingSnapshot, org_id, typist: Typist
) -> None:
    p = editor.positions
    amf, adf = org_id("AMF"), org_id("ADF")
    before = p.apply_consultation(
        p.new_consultation(
            ConsultationInput(
                "Avis sur les ENT",
                date(2026, 3, 1),
                meeting_id=meeting.id,
                subjects=(
                    Subject("agenda_item", POINTS[0], ref=meeting.items[0].uuid),
                    Subject("other", "Recommandation 3"),
                ),
                consulted=(amf, adf),
                min_answers=2,
            )
        )
    )
    answered = before.subjects[0]
    p.apply_position(p.new_position(PositionInput(answered.id, amf, "favorable")))

    dialog = open_dialog(qtbot, ConsultationDialog(editor, before))
    assert dialog.windowTitle() == "Modifier la consultation « Avis sur les ENT »"
    assert dialog.title.text() == "Avis sur les ENT" and dialog.min_answers.value() == 2
    assert dialog.subjects.ticked_refs() == [meeting.items[0].uuid]
    assert others(dialog) == ["Recommandation 3"]
    assert dialog.consulted_count.text() == "2 organisations cochées sur 14"

    tick(dialog, 0, False)  # AMF has answered on this point
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.field_error("subjects") == (
        f"Le sujet « {POINTS[0]} » a déjà 1 position : il ne peut pas être retiré."
    )
    assert p.consultation(before.id) == before and editor.undo_stack.count() == 0

    tick(dialog, 0)
    tick(dialog, 2)
    typist(dialog.subjects.new_subject, "Recommandation 4")
    qtbot.mouseClick(dialog.subjects.add_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.subjects.up_button, Qt.MouseButton.LeftButton)  # before n° 3
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    after = p.consultation(before.id)
    assert [s.label for s in after.subjects] == [
        POINTS[0],
        POINTS[2],
        "Recommandation 4",
        "Recommandation 3",
    ]
    kept = {s.uuid: s.id for s in after.subjects}
    assert all(kept[s.uuid] == s.id for s in before.subjects)  # the same subjects, same ids
    assert p.positions(before.id)[0].subject_id == answered.id
    editor.undo_stack.undo()
    assert p.consultation(before.id) == before


def test_saving_an_unchanged_consultation_pushes_nothing(
    qtbot: QtBot, editor: Editor, org_id
) -> None:
    p = editor.positions
    before = p.apply_consultation(
        p.new_consultation(
            ConsultationInput(
                "Charte",
                date(2026, 3, 1),
                date(2026, 3, 15),
                subjects=(Subject("other", "La charte"),),
                consulted=(org_id("AMF"),),
            )
        )
    )
    dialog = open_dialog(qtbot, ConsultationDialog(editor, before))
    assert dialog.deadline.value() == date(2026, 3, 15)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.saved == before and editor.undo_stack.count() == 0


def test_points_ticked_on_another_meeting_are_kept(
    qtbot: QtBot, editor: Editor, meetings: Meetings, meeting: MeetingSnapshot
) -> None:
    other = meetings.apply_meeting(
        meetings.with_items(
            meetings.new_meeting(MeetingInput("plenary", date(2026, 4, 7), time(14), time(17))),
            [meetings.new_item("decision", "Budget 2027", 30)],
        )
    )
    dialog = open_dialog(qtbot, ConsultationDialog(editor, meeting_id=meeting.id))
    tick(dialog, 1)
    dialog.meeting.setCurrentIndex(dialog.meeting.findData(other.id))
    # The point ticked on the first meeting stays a subject, among the others.
    assert others(dialog) == [POINTS[1]]
    tick(dialog, 0)
    assert [s.label for s in dialog.subjects.subjects()] == ["Budget 2027", POINTS[1]]
    dialog.meeting.setCurrentIndex(dialog.meeting.findData(meeting.id))
    # Back on the first meeting: ticked again, not twice.
    assert others(dialog) == ["Budget 2027"]
    assert dialog.subjects.agenda.item(1).checkState() == Qt.CheckState.Checked
    assert [(s.label, s.ref) for s in dialog.subjects.subjects()] == [
        (POINTS[1], meeting.items[1].uuid),
        ("Budget 2027", other.items[0].uuid),
    ]


def test_the_meeting_list_offers_the_nearest_meetings_first_and_a_filter(
    qtbot: QtBot, editor: Editor, meetings: Meetings
) -> None:
    today = editor.positions.today

    def plan(offset: int, title: str) -> int:
        data = MeetingInput(
            "plenary", today + timedelta(days=offset), time(14), time(17), title=title
        )
        return meetings.apply_meeting(meetings.new_meeting(data)).id

    plan(-400, "Plénière ancienne")
    plan(-3, "Plénière récente")
    plan(200, "Plénière lointaine")
    plan(5, "Plénière prochaine")
    dialog = open_dialog(qtbot, ConsultationDialog(editor))
    texts = [dialog.meeting.itemText(i).split(" — ")[-1] for i in range(dialog.meeting.count())]
    assert texts == [
        "(aucune séance)",
        "À venir",
        "Plénière prochaine",
        "Plénière lointaine",
        "Passées",
        "Plénière récente",
        "Plénière ancienne",
    ]
    model = dialog.meeting.model()
    assert not model.flags(model.index(1, 0)) & Qt.ItemFlag.ItemIsEnabled  # a heading
    assert dialog.meeting.currentIndex() == 0
    assert dialog.meeting_filter.isHidden()  # a short list needs no filter
    dialog.meeting.setCurrentIndex(1)  # a heading cannot be chosen: the data stays None
    assert dialog.data().meeting_id is None
    dialog.reject()

    for n in range(12):
        plan(30 + 7 * n, f"Atelier {n}")
    long_list = open_dialog(qtbot, ConsultationDialog(editor))
    assert not long_list.meeting_filter.isHidden()
    view = long_list.meeting.view()
    qtbot.keyClicks(long_list.meeting_filter, "pleniere rec")
    shown = [
        long_list.meeting.itemText(i).split(" — ")[-1]
        for i in range(1, long_list.meeting.count())
        if not view.isRowHidden(i)
    ]
    assert shown == ["Passées", "Plénière récente"]
    assert long_list.meeting.currentText().endswith("Plénière récente")
    long_list.meeting_filter.clear()
    day = today + timedelta(days=5)
    qtbot.keyClicks(long_list.meeting_filter, day.strftime("%d/%m/%Y"))
    shown = [
        long_list.meeting.itemText(i).split(" — ")[-1]
        for i in range(1, long_list.meeting.count())
        if not view.isRowHidden(i)
    ]
    assert shown == ["À venir", "Plénière prochaine"]
