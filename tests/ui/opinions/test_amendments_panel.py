"""Amendments beside the text: proposed through the dialog, accepted into the text, undone."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from tests.ui.conftest import OpenSession, RecordingMessages, para

from deliberation.records.opinions import AmendmentInput, Paragraph, plain_lines
from deliberation.services.opinions import Opinions
from deliberation.services.referential import Referential
from deliberation.ui.opinions.amendment_dialog import (
    AmendmentDialog,
    TableDialog,
    TreatmentDialog,
)
from deliberation.ui.opinions.amendments_panel import AmendmentsPanel
from deliberation.ui.opinions.opinion_session import OpinionSession


@pytest.fixture
def session(opinions: Opinions, open_session: OpenSession) -> OpinionSession:
    return open_session(
        [
            para("Constats", "heading"),
            para("Les ENT sont utiles aux familles."),
            para("Ils coûtent cher aux communes."),
        ]
    )


@pytest.fixture
def panel(
    qtbot: QtBot,
    opinions: Opinions,
    referential: Referential,
    messages: RecordingMessages,
    session: OpinionSession,
) -> AmendmentsPanel:
    widget = AmendmentsPanel(opinions, referential, messages)
    qtbot.addWidget(widget)
    widget.resize(460, 640)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_session(session)
    return widget


def texts(session: OpinionSession) -> list[str]:
    return [p.text for p in session.paragraphs()]


def propose(
    opinions: Opinions,
    session: OpinionSession,
    org_id: Callable[[str], int],
    target: Paragraph,
    action: str,
    text: str = "",
    acronym: str = "AMF",
) -> int:
    """An amendment recorded the way the panel does (one undoable step)."""
    data = AmendmentInput(target.uuid, org_id(acronym), action, plain_lines(text) if text else ())
    record = opinions.new_amendment(session.opinion_id, data)
    saved = session.record_command(
        "l'amendement",
        frozenset({"amendments"}),
        None,
        record,
        opinions.apply_amendment,
        opinions.remove_amendment,
    )
    return int(saved.id)


def open_dialog(qtbot: QtBot, panel: AmendmentsPanel) -> AmendmentDialog:
    panel.new_action.trigger()
    dialog = panel.dialog
    assert isinstance(dialog, AmendmentDialog)
    qtbot.waitExposed(dialog)
    dialog.activateWindow()  # shortcuts (Alt+…, Ctrl+Entrée) reach the active window only
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def test_an_amendment_typed_in_the_dialog_is_accepted_then_undone_in_one_step(
    qtbot: QtBot,
    panel: AmendmentsPanel,
    session: OpinionSession,
    opinions: Opinions,
    typist: Callable[[QWidget, str], None],
) -> None:
    _heading, first, _second = session.paragraphs()
    panel.show_paragraph(first.uuid)
    assert panel.title.text() == "Amendements — Paragraphe 1"
    dialog = open_dialog(qtbot, panel)
    assert dialog.quote.text() == "Les ENT sont utiles aux familles."
    assert dialog.text.toPlainText() == first.text  # « Remplacer » starts from the paragraph
    qtbot.keyClicks(dialog.organisation, "AMF")
    assert dialog.organisation.currentText().startswith("AMF — ")
    qtbot.keyClick(dialog.text, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    for _ in range(len("familles.")):
        qtbot.keyClick(dialog.text, Qt.Key.Key_Backspace)
    typist(dialog.text, "élèves et aux familles.")
    typist(dialog.justification, "Les élèves d'abord.")
    qtbot.keyClick(dialog.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.isVisible()

    found = opinions.amendments(session.opinion_id, first.uuid)
    assert [(a.organisation_acronym, a.action, a.status) for a in found] == [
        ("AMF", "replace", "proposed")
    ]
    assert found[0].text == "Les ENT sont utiles aux élèves et aux familles."
    assert panel.cards.current == found[0].id
    shown = panel.cards.text(found[0].id)
    assert "Proposé" in shown and "Les élèves d'abord." in shown
    assert "<u style='color:#1d5e2c; background-color:#dcf2e0;'>élèves et aux </u>" in (
        panel.cards.html(found[0].id)
    )  # the words added are underlined
    assert panel.open_count() == 1

    steps = session.undo_stack.count()
    panel.accept_action.trigger()
    assert texts(session)[1] == "Les ENT sont utiles aux élèves et aux familles."
    assert opinions.amendment(found[0].id).status == "accepted"
    assert session.undo_stack.count() == steps + 1
    assert "Accepté" in panel.cards.text(found[0].id)
    assert not panel.accept_action.isEnabled() and panel.reopen_action.isEnabled()

    session.undo_stack.undo()
    assert texts(session)[1] == "Les ENT sont utiles aux familles."
    assert opinions.amendment(found[0].id).status == "proposed"
    assert "Proposé" in panel.cards.text(found[0].id)
    session.undo_stack.redo()
    assert texts(session)[1] == "Les ENT sont utiles aux élèves et aux familles."
    assert opinions.amendment(found[0].id).status == "accepted"

    # A decision's button says what it does (a verb); the card, the status it gave.
    decisions = (panel.accept_action, panel.reject_action, panel.withdraw_action)
    assert [a.text() for a in (*decisions, panel.reopen_action)] == [
        "Accepter", "Rejeter", "Retirer", "Rouvrir"
    ]  # fmt: skip
    session.undo_stack.undo()
    panel.withdraw_action.trigger()
    assert opinions.amendment(found[0].id).status == "withdrawn"
    assert "Retiré" in panel.cards.text(found[0].id)


def test_the_dialog_refuses_an_amendment_without_organisation_or_text(
    qtbot: QtBot, panel: AmendmentsPanel, session: OpinionSession, opinions: Opinions
) -> None:
    first = session.paragraphs()[1]
    panel.show_paragraph(first.uuid)
    dialog = open_dialog(qtbot, panel)
    qtbot.keyClick(dialog.organisation, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: dialog.action() == "insert_after")  # a mnemonic clicks (animated)
    assert dialog.text.toPlainText() == ""
    qtbot.keyClick(dialog.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible()
    assert dialog.field_error("organisation") == (
        "Choisissez l'organisation qui propose l'amendement."
    )
    assert dialog.field_error("text") == "Écrivez le texte proposé par l'amendement."
    qtbot.keyClick(dialog.text, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: dialog.action() == "delete")
    assert not dialog.text.isEnabled()
    assert opinions.amendments(session.opinion_id) == []


def test_accepting_an_insertion_adds_a_paragraph_after_its_target(
    qtbot: QtBot,
    panel: AmendmentsPanel,
    session: OpinionSession,
    opinions: Opinions,
    org_id: Callable[[str], int],
) -> None:
    heading, first, second = session.paragraphs()
    amendment = propose(opinions, session, org_id, first, "insert_after", "Ils évoluent vite.")
    panel.show_paragraph(first.uuid)
    panel.select(amendment)
    panel.accept_action.trigger()
    after = session.paragraphs()
    assert [p.text for p in after] == [
        "Constats",
        "Les ENT sont utiles aux familles.",
        "Ils évoluent vite.",
        "Ils coûtent cher aux communes.",
    ]
    assert after[2].kind == "paragraph"
    assert opinions.amendment(amendment).inserted_uuid == after[2].uuid
    session.undo_stack.undo()
    assert texts(session) == [heading.text, first.text, second.text]


def test_accepting_with_modifications_puts_the_retained_text_in(
    qtbot: QtBot,
    panel: AmendmentsPanel,
    session: OpinionSession,
    opinions: Opinions,
    org_id: Callable[[str], int],
    typist: Callable[[QWidget, str], None],
) -> None:
    second = session.paragraphs()[2]
    amendment = propose(opinions, session, org_id, second, "replace", "Ils coûtent trop cher.")
    panel.show_paragraph(second.uuid)
    panel.select(amendment)
    panel.modify_action.trigger()
    dialog = panel.dialog
    assert isinstance(dialog, AmendmentDialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    assert dialog.text.toPlainText() == "Ils coûtent trop cher."
    dialog.text.selectAll()
    typist(dialog.text, "Ils coûtent cher aux petites communes.")
    typist(dialog.note, "Compromis en séance.")
    qtbot.keyClick(dialog.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.isVisible()
    assert texts(session)[2] == "Ils coûtent cher aux petites communes."
    record = opinions.amendment(amendment)
    assert record.status == "accepted_modified" and record.decision_note == "Compromis en séance."
    assert "Texte retenu" in panel.cards.text(amendment)


def test_an_amendment_whose_paragraph_left_the_text_cannot_be_accepted(
    qtbot: QtBot,
    panel: AmendmentsPanel,
    session: OpinionSession,
    opinions: Opinions,
    messages: RecordingMessages,
    org_id: Callable[[str], int],
) -> None:
    heading, first, second = session.paragraphs()
    amendment = propose(opinions, session, org_id, second, "replace", "Autre texte.", "MEN")
    deleter = propose(opinions, session, org_id, second, "delete", acronym="ADF")
    panel.show_paragraph(second.uuid)
    panel.select(deleter)
    panel.accept_action.trigger()
    assert texts(session) == [heading.text, first.text]
    panel.all_paragraphs.setChecked(True)
    assert "paragraphe supprimé" in panel.cards.text(amendment)
    steps = session.undo_stack.count()
    panel.select(amendment)
    panel.accept_action.trigger()
    assert messages.errors == [
        "Le paragraphe visé par cet amendement a été supprimé du texte : l'amendement ne peut "
        "pas être appliqué. Rejetez-le ou retirez-le."
    ]
    assert texts(session) == [heading.text, first.text]
    assert opinions.amendment(amendment).status == "proposed"
    assert session.undo_stack.count() == steps
    panel.reject_action.trigger()  # what the message advises
    assert opinions.amendment(amendment).status == "rejected"


def test_all_paragraphs_lists_the_proposed_ones_and_goes_to_their_paragraph(
    qtbot: QtBot,
    panel: AmendmentsPanel,
    session: OpinionSession,
    opinions: Opinions,
    org_id: Callable[[str], int],
) -> None:
    _heading, first, second = session.paragraphs()
    on_first = propose(opinions, session, org_id, first, "replace", "Texte A.")
    on_second = propose(opinions, session, org_id, second, "replace", "Texte B.", "MEN")
    panel.show_paragraph(first.uuid)
    assert panel.cards.keys == [on_first]
    panel.select(on_first)
    panel.reject_action.trigger()
    panel.all_paragraphs.setChecked(True)
    assert panel.cards.keys == [on_second]  # « Proposés »
    assert "Paragraphe 2" in panel.cards.text(on_second)
    panel.filters.button(1).click()
    assert panel.cards.keys == [on_first, on_second]
    with qtbot.waitSignal(panel.go_to) as signal:
        panel.cards.setFocus()
        panel.select(on_second)
        qtbot.keyClick(panel.cards, Qt.Key.Key_Return)
    assert signal.args == [second.uuid]


def test_the_panel_follows_the_text_being_typed(
    qtbot: QtBot,
    panel: AmendmentsPanel,
    session: OpinionSession,
    opinions: Opinions,
    org_id: Callable[[str], int],
) -> None:
    first = session.paragraphs()[1]
    amendment = propose(opinions, session, org_id, first, "replace", "Les ENT servent.")
    panel.show_paragraph(first.uuid)
    session.set_kind(first.uuid, "recommendation")
    qtbot.waitUntil(lambda: panel.title.text() == "Amendements — Recommandation n° 1")
    assert "servent" in panel.cards.text(amendment)
    assert date.today().strftime("%d/%m/%Y") in panel.cards.text(amendment)


def test_the_proposed_treatment_is_set_from_the_keyboard_shown_and_undone(
    qtbot: QtBot,
    panel: AmendmentsPanel,
    session: OpinionSession,
    opinions: Opinions,
    org_id: Callable[[str], int],
    typist: Callable[[QWidget, str], None],
) -> None:
    _heading, first, _second = session.paragraphs()
    amendment = propose(opinions, session, org_id, first, "replace", "Les ENT servent.")
    panel.show_paragraph(first.uuid)
    panel.select(amendment)
    assert "Traitement proposé : À examiner" in panel.cards.text(amendment)
    panel.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is panel.window())
    qtbot.keyClick(
        panel, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    )
    dialog = panel.dialog
    assert isinstance(dialog, TreatmentDialog)
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    assert dialog.treatment.hasFocus() and dialog.treatment.currentText() == "À examiner"
    qtbot.keyClick(dialog.treatment, Qt.Key.Key_Down)  # « Favorable »
    qtbot.keyClick(dialog, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    assert dialog.note.hasFocus()
    typist(dialog.note, "Précise le texte.")
    steps = session.undo_stack.count()
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.isVisible()

    stored = opinions.amendment(amendment)
    assert (stored.treatment, stored.treatment_note) == ("favorable", "Précise le texte.")
    assert stored.status == "proposed"
    assert "Traitement proposé : Favorable — Précise le texte." in panel.cards.text(amendment)
    assert session.undo_stack.count() == steps + 1
    session.undo_stack.undo()
    assert opinions.amendment(amendment).treatment == ""
    assert "Traitement proposé : À examiner" in panel.cards.text(amendment)
    session.undo_stack.redo()
    assert opinions.amendment(amendment).treatment == "favorable"


def test_a_treatment_changed_elsewhere_meanwhile_is_refused_under_the_field(
    qtbot: QtBot,
    panel: AmendmentsPanel,
    session: OpinionSession,
    opinions: Opinions,
    org_id: Callable[[str], int],
) -> None:
    _heading, first, _second = session.paragraphs()
    amendment = propose(opinions, session, org_id, first, "delete")
    panel.show_paragraph(first.uuid)
    panel.select(amendment)
    panel.treat_action.trigger()
    dialog = panel.dialog
    assert isinstance(dialog, TreatmentDialog)
    seen = opinions.amendment(amendment)  # another window decides it is « satisfait »
    opinions.apply_treatment(opinions.treated(seen, "satisfied"), seen)
    dialog.treatment.setCurrentIndex(dialog.treatment.findData("unfavorable"))
    dialog.submit()
    assert dialog.isVisible()
    assert "vient d'être changé par ailleurs (« satisfait »)" in dialog.field_error("treatment")
    assert opinions.amendment(amendment).treatment == "satisfied"


def test_the_amendments_table_is_exported_from_the_panel(
    qtbot: QtBot,
    panel: AmendmentsPanel,
    session: OpinionSession,
    opinions: Opinions,
    org_id: Callable[[str], int],
    messages: RecordingMessages,
    tmp_path: Path,
) -> None:
    import openpyxl

    _heading, first, second = session.paragraphs()
    propose(opinions, session, org_id, second, "delete", acronym="ADF")
    propose(opinions, session, org_id, first, "replace", "Les ENT servent.", acronym="FU")
    panel.all_paragraphs.setChecked(True)
    assert panel.export_action.isEnabled()
    messages.save_to = tmp_path / "tableau.xlsx"
    panel.export_action.trigger()
    dialog = panel.dialog
    assert isinstance(dialog, TableDialog)
    assert dialog.paragraphs.text() == "", "nothing selected in the text: the whole opinion"
    with qtbot.waitSignal(panel.status_message) as said:
        dialog.submit()
    assert not dialog.isVisible()
    assert said.args == [f"Tableau des amendements enregistré dans {tmp_path / 'tableau.xlsx'}."]
    assert messages.save_requests == ["avis-ent-tableau-des-amendements.docx"]
    sheet = openpyxl.load_workbook(tmp_path / "tableau.xlsx").active
    assert sheet is not None
    organisations = [row[4] for row in sheet.iter_rows(min_row=6, values_only=True)]
    assert organisations == ["FU", "ADF"], "in the order of the text"
    messages.save_to = tmp_path / "tableau.pdf"
    panel.export_action.trigger()
    panel.dialog.submit()
    assert messages.errors == [
        "« tableau.pdf » n'est ni un document Word ni un classeur : "
        "choisissez un fichier .docx ou .xlsx."
    ]
    assert not (tmp_path / "tableau.pdf").exists()


def test_the_table_covers_the_paragraphs_selected_or_typed(
    qtbot: QtBot,
    panel: AmendmentsPanel,
    session: OpinionSession,
    opinions: Opinions,
    org_id: Callable[[str], int],
    messages: RecordingMessages,
    tmp_path: Path,
) -> None:
    import docx

    _heading, first, second = session.paragraphs()
    propose(opinions, session, org_id, second, "delete", acronym="ADF")
    propose(opinions, session, org_id, first, "replace", "Les ENT servent.", acronym="FU")
    panel.selection = lambda: [second.uuid]  # the text's selection, as the workspace tells
    panel.export_action.trigger()
    dialog = panel.dialog
    assert isinstance(dialog, TableDialog)
    assert dialog.paragraphs.text() == "2"

    dialog.paragraphs.setText("7")  # no such paragraph: refused under the field, nothing asked
    dialog.submit()
    assert dialog.isVisible()
    assert dialog.field_error("paragraphs").startswith("L'avis n'a pas de paragraphe « 7 »")
    assert messages.save_requests == []

    messages.save_to = tmp_path / "tableau.docx"
    dialog.paragraphs.setText("2")
    with qtbot.waitSignal(panel.status_message):
        dialog.submit()
    assert messages.save_requests == ["avis-ent-tableau-des-amendements-2.docx"]
    cells = {c.text for t in docx.Document(str(tmp_path / "tableau.docx")).tables
             for row in t.rows for c in row.cells}  # fmt: skip
    assert "ADF" in cells and "FU" not in cells
