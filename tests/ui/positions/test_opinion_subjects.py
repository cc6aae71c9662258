"""A consultation on a draft opinion or on some of its paragraphs, chosen in its dialog."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from deliberation.records.opinions import OpinionInput, OpinionSnapshot, Paragraph, plain_lines
from deliberation.records.positions import ConsultationInput, Subject
from deliberation.ui.kit.editor import Editor
from deliberation.ui.positions.consultation_dialog import ConsultationDialog
from deliberation.ui.positions.opinion_subjects import OpinionSubjectsDialog

Typist = Callable[[object, str], None]
TEXT = (
    ("heading", "Constats"),
    ("recital", "Considérant que les ENT sont utilisés par toutes les familles"),
    ("paragraph", "Les ENT sont utiles aux familles."),
    ("paragraph", "Les communes rurales en financent l'équipement sur leurs fonds propres."),
    ("recommendation", "Le comité recommande un financement pérenne par l'État."),
)


def para(kind: str, text: str) -> Paragraph:
    return Paragraph(uuid.uuid4(), kind, plain_lines(text))


@pytest.fixture
def draft(editor: Editor) -> tuple[OpinionSnapshot, list[Paragraph]]:
    opinions = editor.opinions
    snap = opinions.apply_opinion(
        opinions.new_opinion(OpinionInput("avis", "Avis sur les espaces numériques de travail"))
    )
    text = [para(kind, words) for kind, words in TEXT]
    opinions.save_text(snap.id, text, 0)
    return snap, text


def open_dialog(qtbot: QtBot, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def picker_of(qtbot: QtBot, dialog: ConsultationDialog) -> OpinionSubjectsDialog:
    picker = dialog.subjects.opinion_dialog
    assert picker is not None
    qtbot.waitExposed(picker)
    return picker


def rows(picker: OpinionSubjectsDialog) -> list[str]:
    return [picker.paragraphs.item(r).text() for r in range(picker.paragraphs.count())]


def others(dialog: ConsultationDialog) -> list[str]:
    return [dialog.subjects.others.item(r).text() for r in range(dialog.subjects.others.count())]


def test_a_consultation_on_paragraphs_ticked_in_a_draft(
    qtbot: QtBot, editor: Editor, draft: tuple[OpinionSnapshot, list[Paragraph]], typist: Typist
) -> None:
    snap, text = draft
    dialog = open_dialog(qtbot, ConsultationDialog(editor))
    assert isinstance(dialog, ConsultationDialog)
    typist(dialog.title, "Projet d'avis ENT")
    dialog.opened_on.setDate(QDate(2026, 3, 1))
    assert dialog.subjects.opinion_button.isVisible()
    dialog.subjects.paragraphs_action.trigger()
    picker = picker_of(qtbot, dialog)
    assert picker.opinion.currentText() == "Avis sur les espaces numériques de travail (projet)"
    assert rows(picker) == [
        "I. Constats",
        "Considérant que les ENT sont utilisés par toutes les familles",
        "1. Les ENT sont utiles aux familles.",
        "2. Les communes rurales en financent l'équipement sur leurs fonds propres.",
        "Recommandation n° 1 Le comité recommande un financement pérenne par l'État.",
    ]
    assert not picker.add_button.isEnabled()  # nothing ticked yet
    # The filter narrows the list; Espace ticks the current paragraph.
    typist(picker.filter, "communes")
    assert [picker.paragraphs.item(r).isHidden() for r in range(5)] == [
        True,
        True,
        True,
        False,
        True,
    ]
    picker.paragraphs.setFocus()
    picker.paragraphs.setCurrentRow(3)
    qtbot.keyClick(picker.paragraphs, Qt.Key.Key_Space)
    picker.filter.clear()
    picker.paragraphs.setCurrentRow(4)
    qtbot.keyClick(picker.paragraphs, Qt.Key.Key_Space)
    assert picker.count.text() == "2 paragraphes cochés"
    picker.grab().save("/tmp/opinion_subjects_picker.png")
    qtbot.mouseClick(picker.add_button, Qt.MouseButton.LeftButton)
    assert not picker.isVisible()
    assert others(dialog) == [
        "Avis sur les espaces numériques de travail — paragraphe 2 : "
        "Les communes rurales en financent l'équipement sur leurs…",
        "Avis sur les espaces numériques de travail — recommandation n° 1 : "
        "Le comité recommande un financement pérenne par l'État.",
    ]
    dialog.grab().save("/tmp/consultation_dialog_paragraphs.png")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.saved is not None
    saved = editor.positions.consultation(dialog.saved.id)
    assert [(s.kind, s.ref) for s in saved.subjects] == [
        ("paragraph", text[3].uuid),
        ("paragraph", text[4].uuid),
    ]
    # The draft's positions now look up these subjects.
    assert editor.opinions.standing(snap.id)[text[3].uuid].consultation_id == saved.id


def test_a_consultation_on_a_whole_draft_offered_once(
    qtbot: QtBot, editor: Editor, draft: tuple[OpinionSnapshot, list[Paragraph]], typist: Typist
) -> None:
    snap, _text = draft
    dialog = open_dialog(qtbot, ConsultationDialog(editor))
    assert isinstance(dialog, ConsultationDialog)
    typist(dialog.title, "Avis ENT")
    dialog.subjects.opinion_action.trigger()
    picker = picker_of(qtbot, dialog)
    assert not picker.paragraphs.isVisible()
    qtbot.mouseClick(picker.add_button, Qt.MouseButton.LeftButton)
    assert others(dialog) == ["Avis sur les espaces numériques de travail"]
    dialog.subjects.opinion_action.trigger()  # a second time: it is already a subject
    picker = picker_of(qtbot, dialog)
    assert not picker.add_button.isEnabled()
    assert picker.hint.text() == "Ce projet d'avis est déjà un sujet de la consultation."
    picker.reject()
    assert dialog.data().subjects == (
        Subject("opinion", "Avis sur les espaces numériques de travail", snap.uuid),
    )


def test_editing_keeps_paragraph_subjects_and_offers_them_as_already_chosen(
    qtbot: QtBot,
    editor: Editor,
    draft: tuple[OpinionSnapshot, list[Paragraph]],
    org_id: Callable[[str], int],
) -> None:
    _snap, text = draft
    p = editor.positions
    before = p.apply_consultation(
        p.new_consultation(
            ConsultationInput(
                "Projet d'avis ENT",
                date(2026, 3, 1),
                subjects=(Subject("paragraph", "Avis ENT — paragraphe 1", text[2].uuid),),
                consulted=(org_id("AMF"),),
            )
        )
    )
    dialog = open_dialog(qtbot, ConsultationDialog(editor, before))
    assert isinstance(dialog, ConsultationDialog)
    assert others(dialog) == ["Avis ENT — paragraphe 1"]
    dialog.subjects.paragraphs_action.trigger()
    picker = picker_of(qtbot, dialog)
    assert rows(picker)[2] == "1. Les ENT sont utiles aux familles. (déjà un sujet)"
    assert not picker.paragraphs.item(2).flags() & Qt.ItemFlag.ItemIsEnabled
    qtbot.mouseClick(picker.all_button, Qt.MouseButton.LeftButton)
    assert picker.count.text() == "4 paragraphes cochés"  # the one already chosen is not again
    qtbot.mouseClick(picker.add_button, Qt.MouseButton.LeftButton)
    assert len(others(dialog)) == 5
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    after = p.consultation(before.id)
    assert after.subjects[0] == before.subjects[0]  # same subject: its positions stay attached
    assert [s.ref for s in after.subjects] == [
        text[2].uuid,
        text[0].uuid,
        text[1].uuid,
        text[3].uuid,
        text[4].uuid,
    ]
    assert {s.kind for s in after.subjects} == {"paragraph"}


def test_without_any_draft_the_picker_says_so(qtbot: QtBot, editor: Editor) -> None:
    dialog = open_dialog(qtbot, ConsultationDialog(editor))
    assert isinstance(dialog, ConsultationDialog)
    dialog.subjects.paragraphs_action.trigger()
    picker = picker_of(qtbot, dialog)
    assert picker.hint.text() == "Aucun projet d'avis n'a encore été créé (page « Avis »)."
    assert not picker.add_button.isEnabled()
