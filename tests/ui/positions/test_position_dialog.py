"""Recording and changing a position through its dialog, its history, and undo."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from deliberation.records.positions import ConsultationInput, ConsultationSnapshot, PositionInput
from deliberation.records.positions import Subject as S
from deliberation.services.positions import Positions
from deliberation.ui.kit.editor import Editor
from deliberation.ui.positions.position_dialog import PositionDialog
from deliberation.ui.positions.position_history import PositionHistoryView

Typist = Callable[[object, str], None]


@pytest.fixture
def consultation(editor: Editor, org_id: Callable[[str], int]) -> ConsultationSnapshot:
    p = editor.positions
    return p.apply_consultation(
        p.new_consultation(
            ConsultationInput(
                "Avis sur les ENT",
                date(2026, 3, 1),
                date(2026, 3, 31),
                question="Êtes-vous favorable au projet d'avis ?",
                subjects=(S("other", "Recommandation 3 : interopérabilité"),),
                consulted=(org_id("AMF"), org_id("ADF"), org_id("MEN")),
            )
        )
    )


def open_dialog(
    qtbot: QtBot, editor: Editor, subject_id: int, organisation_id: int, stance: str | None = None
) -> PositionDialog:
    dialog = PositionDialog(editor, subject_id, organisation_id, stance)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()  # shortcuts (Ctrl+Entrée) reach the active window only
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def stored(positions: Positions, subject_id: int) -> dict[str, tuple[str, str, str]]:
    return {
        p.organisation_acronym: (p.stance, p.reservation, p.reasons)
        for p in positions.positions(subject_id=subject_id)
    }


def test_record_a_reserved_position_typing_the_reservation(
    qtbot: QtBot, editor: Editor, consultation: ConsultationSnapshot, org_id, typist: Typist
) -> None:
    subject = consultation.subjects[0].id
    dialog = open_dialog(qtbot, editor, subject, org_id("AMF"), "reserved")
    assert dialog.windowTitle() == "Position : AMF — Recommandation 3 : interopérabilité"
    assert dialog.stance() == "reserved"
    # Root from the matrix with « sous réserve »: the reservation is typed straight away.
    assert dialog.focusWidget() is dialog.reservation and dialog.reservation.isEnabled()
    typist(dialog.reservation, "Que les communes rurales soient accompagnées")
    qtbot.keyClick(dialog.reservation, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert stored(editor.positions, subject) == {
        "AMF": ("reserved", "Que les communes rurales soient accompagnées", "")
    }
    assert dialog.saved is not None and dialog.saved.recorded_by == editor.positions.user
    assert dialog.saved.received_on == editor.positions.today
    assert dialog.saved.source == "email"


def test_an_empty_reservation_is_refused_in_the_dialog(
    qtbot: QtBot, editor: Editor, consultation: ConsultationSnapshot, org_id, typist: Typist
) -> None:
    subject = consultation.subjects[0].id
    dialog = open_dialog(qtbot, editor, subject, org_id("ADF"))
    assert dialog.stance() == "" and not dialog.reservation.isEnabled()
    # F, R, D, A, N on the stance buttons choose the stance; the reservation opens with R.
    qtbot.keyClick(dialog.stance_buttons["favorable"], Qt.Key.Key_R)
    assert dialog.stance() == "reserved" and dialog.reservation.isEnabled()
    typist(dialog.reasons, "Le coût pour les départements")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.field_error("reservation") == (
        "Une position favorable sous réserve doit énoncer la réserve."
    )
    assert dialog.isVisible() and dialog.saved is None
    assert editor.positions.positions(subject_id=subject) == []
    assert dialog.reasons.toPlainText() == "Le coût pour les départements"  # nothing lost
    assert dialog.focusWidget() is dialog.reservation
    typist(dialog.reservation, "Une compensation financière")
    assert dialog.field_error("reservation") == ""  # the message goes once the user types
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert stored(editor.positions, subject) == {
        "ADF": ("reserved", "Une compensation financière", "Le coût pour les départements")
    }


def test_no_stance_and_an_organisation_not_consulted_are_refused(
    qtbot: QtBot, editor: Editor, consultation: ConsultationSnapshot, org_id
) -> None:
    subject = consultation.subjects[0].id
    dialog = open_dialog(qtbot, editor, subject, org_id("CDC"))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.field_error("stance") == "Choisissez la position de l'organisation."
    dialog.set_stance("favorable")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.general_error.isVisible()
    assert dialog.general_error.text() == "CDC n'est pas consultée sur « Avis sur les ENT »."
    assert editor.positions.positions(subject_id=subject) == []
    assert editor.undo_stack.count() == 0


def test_change_a_position_then_read_its_history_and_undo(
    qtbot: QtBot,
    qtmodeltester,
    editor: Editor,
    consultation: ConsultationSnapshot,
    org_id,
    typist: Typist,
) -> None:
    p = editor.positions
    subject, amf = consultation.subjects[0].id, org_id("AMF")
    p.apply_position(
        p.new_position(
            PositionInput(subject, amf, "favorable", reasons="Utile", received_on=date(2026, 3, 5))
        )
    )
    dialog = open_dialog(qtbot, editor, subject, amf)
    assert dialog.stance() == "favorable" and dialog.reasons.toPlainText() == "Utile"
    assert dialog.received_on.date().toString("dd/MM/yyyy") == "05/03/2026"
    assert [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())] == [
        "Pos&ition",
        "&Historique",
    ]
    assert dialog.history.note.text() == (
        "Aucune modification depuis l'enregistrement de la position."
    )
    assert dialog.focusWidget() is dialog.stance_buttons["favorable"]
    qtbot.keyClick(dialog.stance_buttons["favorable"], Qt.Key.Key_D)
    dialog.reasons.selectAll()
    typist(dialog.reasons, "Trop coûteux")
    dialog.source.setCurrentIndex(dialog.source.findData("meeting"))
    qtbot.keyClick(dialog.reasons, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert stored(p, subject) == {"AMF": ("unfavorable", "", "Trop coûteux")}
    assert editor.undo_stack.count() == 1

    again = open_dialog(qtbot, editor, subject, amf)
    assert again.tabs.tabText(1) == "&Historique (1)"
    again.tabs.setCurrentIndex(1)
    history = again.history
    assert history.model.rowCount() == 2
    current, earlier = history.row_texts(0), history.row_texts(1)
    assert current[:4] == ["Actuelle", "Défavorable", "", "Trop coûteux"]
    assert current[5].startswith("Séance\nreçue le 05/03/2026")
    assert earlier[0].startswith("le ") and earlier[0].endswith("\npar Secrétariat")
    assert earlier[1:4] == ["Favorable", "", "Utile"]
    assert earlier[5].startswith("Courriel\n")
    # What the change altered is in bold on the current row.
    assert history.model.changed_columns(0) == {
        history.model.STANCE,
        history.model.REASONS,
        history.model.ORIGIN,
    }
    assert history.note.text().startswith("1 modification.")
    qtmodeltester.check(history.model)
    again.reject()

    editor.undo_stack.undo()
    assert stored(p, subject) == {"AMF": ("favorable", "", "Utile")}


def test_saving_unchanged_pushes_nothing_and_a_first_position_is_undone(
    qtbot: QtBot, editor: Editor, consultation: ConsultationSnapshot, org_id
) -> None:
    subject, men = consultation.subjects[0].id, org_id("MEN")
    dialog = open_dialog(qtbot, editor, subject, men, "abstention")
    assert dialog.tabs.count() == 1  # no history before a first position
    qtbot.keyClick(dialog.stance_buttons["abstention"], Qt.Key.Key_Return)
    assert stored(editor.positions, subject) == {"MEN": ("abstention", "", "")}
    again = open_dialog(qtbot, editor, subject, men)
    qtbot.mouseClick(again.ok_button, Qt.MouseButton.LeftButton)
    assert again.result() == QDialog.DialogCode.Accepted
    assert editor.undo_stack.count() == 1
    editor.undo_stack.undo()
    assert editor.positions.positions(subject_id=subject) == []


def test_the_history_view_says_when_there_is_nothing_to_show(qtbot: QtBot, editor: Editor) -> None:
    view = PositionHistoryView()
    qtbot.addWidget(view)
    view.show_position(editor.positions, None)
    assert view.stack.currentWidget() is view.empty
    assert view.empty.text().startswith("Aucune position enregistrée")
    assert view.model.rowCount() == 0


def test_a_typed_reservation_is_not_thrown_away_without_asking(
    qtbot: QtBot, editor: Editor, consultation: ConsultationSnapshot, org_id, typist: Typist,
    messages,
) -> None:  # fmt: skip
    holder = QWidget()  # the page the dialog opens from, with its message service
    holder.messages = messages  # type: ignore[attr-defined]
    qtbot.addWidget(holder)
    subject = consultation.subjects[0].id
    dialog = PositionDialog(editor, subject, org_id("AMF"), "reserved", parent=holder)
    dialog.show()
    qtbot.waitExposed(dialog)
    typist(dialog.reservation, "Que les communes rurales soient accompagnées")
    messages.answer = False  # « Annuler »: keep typing
    qtbot.keyClick(dialog.reservation, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    assert messages.questions == ["Abandonner les modifications ?"]
    assert dialog.reservation.toPlainText() == "Que les communes rurales soient accompagnées"
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel),
                     Qt.MouseButton.LeftButton)  # fmt: skip
    dialog.close()  # the window's close button
    assert dialog.isVisible() and len(messages.questions) == 3
    messages.answer = True  # « Abandonner »
    qtbot.keyClick(dialog.reservation, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected
    assert stored(editor.positions, subject) == {}

    # Nothing typed: Escape closes at once.
    untouched = PositionDialog(editor, subject, org_id("ADF"), "favorable", parent=holder)
    untouched.show()
    qtbot.waitExposed(untouched)
    qtbot.keyClick(untouched, Qt.Key.Key_Escape)
    assert not untouched.isVisible() and len(messages.questions) == 4
