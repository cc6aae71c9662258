"""The Positions area: consultations, the synthesis matrix, positions recorded from the keyboard."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QGuiApplication
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot
from tests.ui.conftest import settle

from deliberation.records.meetings import MeetingInput
from deliberation.records.positions import ConsultationInput, ConsultationSnapshot, Subject
from deliberation.records.referential import DelegateInput
from deliberation.services.positions import Positions
from deliberation.services.referential import Referential
from deliberation.ui.kit.looks import STANCE_LOOKS
from deliberation.ui.main_window import POSITIONS
from deliberation.ui.positions.consultation_dialog import ConsultationDialog
from deliberation.ui.positions.position_dialog import PositionDialog
from deliberation.ui.positions.positions_list import ConsultationTableModel
from deliberation.ui.positions.positions_page import PositionsPage
from deliberation.ui.positions.synthesis_area import SynthesisArea
from deliberation.ui.positions.synthesis_model import (
    CELL_ROLE,
    SubjectStatusModel,
    SynthesisFilterModel,
    SynthesisModel,
)

TODAY = date.today()
CONSULTED = ("MEN", "AMF", "AMRF", "ADF", "RdF", "MEIN")  # MEIN left the committee


@pytest.fixture
def consultation(
    positions: Positions, org_id: Callable[[str], int], delegates: dict
) -> ConsultationSnapshot:
    return positions.apply_consultation(
        positions.new_consultation(
            ConsultationInput(
                "Avis sur les ENT",
                TODAY - timedelta(days=5),
                TODAY + timedelta(days=10),
                question="Les membres approuvent-ils le projet d'avis ?",
                subjects=(
                    Subject("opinion", "Projet d'avis sur les ENT"),
                    Subject("other", "Recommandation 3"),
                ),
                consulted=tuple(org_id(a) for a in CONSULTED),
                min_answers=3,
            )
        )
    )


def open_page(window) -> tuple[PositionsPage, SynthesisArea]:
    page = window.show_area(POSITIONS)
    assert isinstance(page, PositionsPage)
    settle(page)  # the synthesis follows the list on the next turn of the event loop
    return page, page.area


def rows(area: SynthesisArea) -> list[str]:
    """The organisations the matrix shows, top to bottom."""
    proxy = area.matrix_proxy
    return [proxy.headerData(r, Qt.Orientation.Vertical) for r in range(proxy.rowCount())]


def cell_text(area: SynthesisArea, acronym: str, column: int = 0) -> str:
    matrix = area.matrix
    row = next(r for r in range(matrix.rowCount()) if matrix.organisation(r)[1] == acronym)
    return matrix.index(row, column).data()


def status(area: SynthesisArea, row: int = 0) -> str:
    return area.statuses.index(row, SubjectStatusModel.STATUS).data()


def current(area: SynthesisArea) -> str:
    """The acronym of the current cell's organisation."""
    cell = area.current_cell()
    assert cell is not None
    return area.matrix.organisation(area.matrix.row_of(cell[1]))[1]


def click_ok(qtbot: QtBot, dialog) -> None:
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )


def test_record_positions_from_the_keyboard_see_history_and_status_undo(
    qtbot: QtBot, window, consultation, positions, messages, org_id, typist
) -> None:
    _page, area = open_page(window)
    assert area.header.title.text() == "Avis sur les ENT"
    assert area.header.rule.text() == (
        "Règle : Consensus : aucun avis défavorable et au moins 3 réponses (hors abstentions)."
    )
    assert rows(area) == ["ADF", "AMF", "AMRF", "MEIN", "MEN", "RdF"]
    assert status(area) == "Réponses insuffisantes"
    resets: list[None] = []
    area.matrix.modelReset.connect(lambda: resets.append(None))

    view = area.matrix_view
    view.setFocus()
    assert current(area) == "ADF"  # the first cell is current from the start
    # F twice: ADF and AMF favourable, the selection moving down one organisation each time.
    qtbot.keyClick(view, Qt.Key.Key_F)
    assert current(area) == "AMF"
    qtbot.keyClick(view, Qt.Key.Key_F)
    assert current(area) == "AMRF"
    assert cell_text(area, "ADF") == cell_text(area, "AMF") == "✓ Favorable"
    brush = area.matrix_proxy.index(0, 0).data(Qt.ItemDataRole.BackgroundRole)
    assert (
        isinstance(brush, QBrush) and brush.color().name() == STANCE_LOOKS["favorable"].background
    )
    assert status(area) == "Réponses insuffisantes"  # 2 answers, the rule wants 3

    # R: the position dialog opens on « sous réserve », the reservation ready to be typed.
    qtbot.keyClick(view, Qt.Key.Key_R)
    dialog = area.dialog
    assert isinstance(dialog, PositionDialog) and dialog.isVisible()
    assert dialog.stance() == "reserved" and dialog.focusWidget() is dialog.reservation
    typist(dialog.reservation, "Que les communes rurales soient accompagnées")
    click_ok(qtbot, dialog)
    assert not dialog.isVisible()
    assert current(area) == "MEIN"
    assert cell_text(area, "AMRF") == "✓ Sous réserve"
    assert status(area) == "Consensus avec réserves"
    counts = area.counts.counts_text()
    assert counts["favorable"] == "✓ Favorable 2" and counts["reserved"] == "✓ Sous réserve 1"
    # « non exprimée » counts only positions recorded so; the rest have not answered yet.
    assert counts["not_expressed"] == "– Non exprimée 0"
    assert counts["unanswered"] == "· Sans réponse 3"
    stored = {p.organisation_acronym: p for p in positions.positions(consultation.id)}
    assert {a: (p.stance, p.reservation) for a, p in stored.items()} == {
        "ADF": ("favorable", ""),
        "AMF": ("favorable", ""),
        "AMRF": ("reserved", "Que les communes rurales soient accompagnées"),
    }
    assert {(p.source, p.received_on) for p in stored.values()} == {("email", TODAY)}
    assert window.statusBar().currentMessage() == (
        "AMRF : position enregistrée (favorable sous réserve)."
    )
    # A key records at once: not a rebuilt matrix, only its changed cells repainted.
    assert resets == []

    # MEIN is no longer a member: one sentence, nothing saved, the selection stays.
    qtbot.keyClick(view, Qt.Key.Key_F)
    assert messages.errors == [f"MEIN n'est pas membre du comité le {TODAY:%d/%m/%Y}."]
    assert current(area) == "MEIN" and cell_text(area, "MEIN") == ""

    # Change one: ADF becomes unfavourable; the status says so, the side panel shows history.
    assert area.select_cell((consultation.subjects[0].id, org_id("ADF")))
    qtbot.keyClick(view, Qt.Key.Key_D)
    assert status(area) == "Contesté"
    assert area.select_cell((consultation.subjects[0].id, org_id("ADF")))
    panel = area.position_panel
    assert panel.organisation.text() == "ADF"
    assert panel.stance.text() == "✗ Défavorable"
    assert panel.source.text() == "Courriel"
    history = panel.history
    assert history.model.rowCount() == 2
    assert "Défavorable" in history.row_texts(0) and "Favorable" in history.row_texts(1)
    tooltip = area.matrix_proxy.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "Défavorable" in tooltip and "Courriel, reçue le" in tooltip

    # Ctrl+Z puts it back, and the matrix follows.
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert (
        positions.synthesis(consultation.id).stance(consultation.subjects[0].id, org_id("ADF"))
        == "favorable"
    )
    assert cell_text(area, "ADF") == "✓ Favorable"
    assert status(area) == "Consensus avec réserves"
    assert current(area) == "ADF"  # the selection kept
    assert resets == []

    # Delete withdraws a position; undo brings it back.
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert cell_text(area, "ADF") == "" and status(area) == "Réponses insuffisantes"
    window.undo_action.trigger()
    assert cell_text(area, "ADF") == "✓ Favorable"


def test_enter_opens_the_dialog_on_the_current_cell_and_keeps_the_texts(
    qtbot: QtBot, window, consultation, positions, org_id, typist
) -> None:
    _page, area = open_page(window)
    subject = consultation.subjects[1].id
    assert area.select_cell((subject, org_id("AMF")))
    assert area.status_view.currentIndex().row() == 1  # the subject's status row follows
    area.matrix_view.setFocus()
    qtbot.keyClick(area.matrix_view, Qt.Key.Key_Return)
    dialog = area.dialog
    assert isinstance(dialog, PositionDialog) and dialog.before is None
    dialog.set_stance("favorable")
    typist(dialog.reasons, "Le texte est équilibré")
    dialog.source.setCurrentIndex(dialog.source.findData("phone"))
    click_ok(qtbot, dialog)
    assert current(area) == "AMF"  # Enter edits in place
    # A key keeps the reasons, and records with the source last chosen in the dialog.
    qtbot.keyClick(area.matrix_view, Qt.Key.Key_A)
    [amf] = positions.positions(subject_id=subject)
    assert (amf.stance, amf.reasons, amf.source) == (
        "abstention",
        "Le texte est équilibré",
        "phone",
    )
    assert current(area) == "AMRF"


def test_filters_and_the_organisations_to_chase(
    qtbot: QtBot, window, consultation, positions, referential: Referential, org_id, delegates
) -> None:
    referential.apply_delegate(
        referential.new_delegate(
            DelegateInput(org_id("MEN"), "Anne", "Petit", "alternate", "anne.petit@education.fr")
        )
    )
    _page, area = open_page(window)
    view = area.matrix_view
    view.setFocus()
    for key in (Qt.Key.Key_F, Qt.Key.Key_D, Qt.Key.Key_F):  # ADF, AMF, AMRF
        qtbot.keyClick(view, key)
    first, second = (s.id for s in consultation.subjects)

    # They still owe the second subject; MEIN has left the committee: no reminder.
    missing = area.missing_panel
    assert area.side.tabText(1) == "Sans réponse (5)"
    listed = {
        missing.tree.topLevelItem(r).text(0): missing.tree.topLevelItem(r).text(1)
        for r in range(missing.tree.topLevelItemCount())
    }
    assert set(listed) == {"ADF (sujet 2)", "AMF (sujet 2)", "AMRF (sujet 2)", "MEN", "RdF"}
    assert area.select_cell((second, org_id("ADF")))
    for _ in range(3):  # ADF, AMF, AMRF on the second subject
        qtbot.keyClick(view, Qt.Key.Key_F)

    assert area.side.tabText(1) == "Sans réponse (2)"
    assert missing.summary.text() == "2 organisations n'ont pas encore répondu."
    listed = {
        missing.tree.topLevelItem(r).text(0): missing.tree.topLevelItem(r).text(1)
        for r in range(missing.tree.topLevelItemCount())
    }
    assert set(listed) == {"MEN", "RdF"}
    assert set(listed["MEN"].split("\n")) == {
        "marc.bernard@education.gouv.fr",
        "anne.petit@education.fr",
    }
    assert listed["RdF"] == "aucune adresse"
    assert "RdF" in missing.no_address.text()
    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(missing.copy_button, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    assert sorted(copied.split("; ")) == [
        "anne.petit@education.fr",
        "marc.bernard@education.gouv.fr",
    ]
    assert window.statusBar().currentMessage().startswith("2 adresses copiées")

    filters = area.filters
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert filters.search.hasFocus()  # Ctrl+F filters the organisations
    filters.unanswered.setChecked(True)
    assert rows(area) == ["MEN", "RdF"]
    assert area.counts.shown.text() == "2 organisations sur 6"
    filters.unanswered.setChecked(False)
    filters.set_stance("unfavorable")
    assert rows(area) == ["AMF"]
    filters.set_stance(None)
    qtbot.keyClicks(filters.search, "am")
    assert rows(area) == ["AMF", "AMRF"]
    qtbot.keyClicks(filters.search, "zz")
    assert rows(area) == [] and area.matrix_empty.isVisible()
    filters.search.clear()
    assert len(rows(area)) == 6

    # With « Sans réponse seulement », an organisation stays until it has answered everything.
    filters.unanswered.setChecked(True)
    assert area.select_cell((first, org_id("MEN")))
    qtbot.keyClick(view, Qt.Key.Key_F)
    assert rows(area) == ["MEN", "RdF"]
    assert current(area) == "RdF"
    assert area.select_cell((second, org_id("MEN")))
    qtbot.keyClick(view, Qt.Key.Key_F)
    assert rows(area) == ["RdF"]


def test_consultations_listed_created_and_deleted(
    qtbot: QtBot, window, consultation, positions, messages, typist
) -> None:
    page, area = open_page(window)
    model = page.listing.model
    assert model.index(0, ConsultationTableModel.ANSWERS).data() == "0/6 réponses"
    period = model.index(0, ConsultationTableModel.PERIOD).data()
    assert "→" in period and "échue" not in period
    area.matrix_view.setFocus()
    qtbot.keyClick(area.matrix_view, Qt.Key.Key_F)
    # ADF has answered one subject of two: it has answered, not yet on every subject.
    assert model.index(0, ConsultationTableModel.ANSWERS).data() == "1/6 réponses (aucune complète)"
    assert area.select_cell((consultation.subjects[1].id, area.synthesis.organisations[0][0]))
    qtbot.keyClick(area.matrix_view, Qt.Key.Key_N)
    assert model.index(0, ConsultationTableModel.ANSWERS).data() == "1/6 réponses"

    page.new_action.trigger()
    dialog = page.dialog
    assert isinstance(dialog, ConsultationDialog)
    typist(dialog.title, "Charte des données")
    typist(dialog.subjects.new_subject, "La charte")
    qtbot.keyClick(dialog.subjects.new_subject, Qt.Key.Key_Return)
    click_ok(qtbot, dialog)
    assert not dialog.isVisible(), dialog.general_error.text()
    assert page.listing.model.rowCount() == 2
    assert area.header.title.text() == "Charte des données"
    assert area.matrix.rowCount() == 14 and area.matrix.columnCount() == 1

    messages.answer = False
    page.delete_action.trigger()
    assert len(positions.consultations()) == 2
    messages.answer = True
    page.delete_action.trigger()
    assert [c.title for c in positions.consultations()] == ["Avis sur les ENT"]
    assert area.header.title.text() == "Avis sur les ENT"
    window.undo_action.trigger()
    assert len(positions.consultations()) == 2


def test_a_passed_deadline_shows(window, positions, org_id) -> None:
    positions.apply_consultation(
        positions.new_consultation(
            ConsultationInput(
                "Consultation close",
                TODAY - timedelta(days=30),
                TODAY - timedelta(days=1),
                subjects=(Subject("other", "Sujet"),),
                consulted=(org_id("AMF"),),
            )
        )
    )
    page, area = open_page(window)
    assert page.listing.model.index(0, ConsultationTableModel.PERIOD).data().endswith("(échue)")
    assert "échéance dépassée" in area.header.dates.text()


def test_no_consultation_says_how_to_start(window) -> None:
    page, _area = open_page(window)
    assert page.empty.isVisible() and "Nouvelle consultation" in page.empty.text()
    assert not page.word_action.isEnabled() and not page.delete_action.isEnabled()


def test_models_pass_the_model_tester(qtmodeltester, positions, consultation, org_id) -> None:
    synthesis = positions.synthesis(consultation.id)
    matrix = SynthesisModel()
    matrix.set_synthesis(synthesis)
    qtmodeltester.check(matrix)
    assert matrix.index(0, 1).data(CELL_ROLE) == (consultation.subjects[1].id, org_id("ADF"))
    proxy = SynthesisFilterModel()
    proxy.setSourceModel(matrix)
    proxy.set_unanswered_only(True)
    proxy.set_search("a")
    qtmodeltester.check(proxy)
    statuses = SubjectStatusModel()
    statuses.set_records(synthesis.results)
    qtmodeltester.check(statuses)
    consultations = ConsultationTableModel(lambda: TODAY)
    consultations.set_records(positions.consultations())
    qtmodeltester.check(consultations)


def test_export_the_synthesis_to_word_and_a_spreadsheet(
    qtbot: QtBot, window, consultation, messages, typist, tmp_path
) -> None:
    from docx import Document
    from openpyxl import load_workbook

    page, area = open_page(window)
    area.matrix_view.setFocus()
    qtbot.keyClick(area.matrix_view, Qt.Key.Key_R)  # ADF, favourable with a reservation
    typist(area.dialog.reservation, "Un calendrier réaliste")
    click_ok(qtbot, area.dialog)

    messages.save_to = tmp_path / "synthese.docx"
    page.word_action.trigger()
    assert messages.save_requests == ["synthese-consultation-avis-sur-les-ent.docx"]
    document = Document(str(tmp_path / "synthese.docx"))
    rows = [[c.text for c in row.cells] for t in document.tables for row in t.rows]
    adf = next(r for r in rows if r[0].startswith("ADF\n"))  # the first subject's table
    assert adf[1:3] == ["Favorable sous réserve", "Un calendrier réaliste"]
    assert window.statusBar().currentMessage().startswith("Synthèse enregistrée dans")

    messages.save_to = tmp_path / "synthese.xlsx"
    page.sheet_action.trigger()
    sheet = load_workbook(tmp_path / "synthese.xlsx").worksheets[0]
    header, *table = [r for r in sheet.iter_rows(values_only=True) if "Sigle" in r or r[0] == 1]
    sigle = header.index("Sigle")
    adf = dict(zip(header, next(r for r in table if r[sigle] == "ADF"), strict=True))
    assert (adf["Position"], adf["Réserve"]) == ("Favorable sous réserve", "Un calendrier réaliste")
    assert messages.errors == []

    # A folder that does not exist: one sentence, nothing written.
    messages.save_to = tmp_path / "missing" / "synthese.xlsx"
    page.sheet_action.trigger()
    [error] = messages.errors
    assert "missing" in error and not (tmp_path / "missing").exists()


def test_the_workbook_to_send_out_has_no_address_the_secretariats_has(
    window, consultation, messages, tmp_path
) -> None:
    from openpyxl import load_workbook

    page, _ = open_page(window)

    def addresses(name: str) -> list[str]:
        book = load_workbook(tmp_path / name)
        return [
            str(value)
            for sheet in book.worksheets
            for row in sheet.iter_rows(values_only=True)
            for value in row
            if value is not None and "@" in str(value)
        ]

    assert page.sheet_action.isEnabled() and page.secretariat_sheet_action.isEnabled()
    messages.save_to = tmp_path / "diffusion.xlsx"
    page.sheet_action.trigger()
    messages.save_to = tmp_path / "secretariat.xlsx"
    page.secretariat_sheet_action.trigger()
    assert messages.errors == []
    assert messages.save_requests == [
        "synthese-consultation-avis-sur-les-ent.xlsx",
        "synthese-consultation-avis-sur-les-ent-secretariat.xlsx",
    ]
    assert addresses("diffusion.xlsx") == []
    assert "marc.bernard@education.gouv.fr" in " ".join(addresses("secretariat.xlsx"))


def test_the_consultations_can_be_searched(
    qtbot: QtBot, window, consultation, positions, meetings, org_id, typist
) -> None:
    plenary = meetings.apply_meeting(
        meetings.new_meeting(
            MeetingInput("plenary", date(2027, 4, 6), time(14), time(17), title="Plénière d'avril")
        )
    )
    positions.apply_consultation(
        positions.new_consultation(
            ConsultationInput(
                "Charte numérique",
                TODAY - timedelta(days=2),
                subjects=(Subject("other", "Protection des données des élèves"),),
                consulted=(org_id("AMF"),),
                meeting_id=plenary.id,
            )
        )
    )
    page, area = open_page(window)
    page.reload()
    listing = page.listing

    def shown() -> list[str]:
        proxy = listing.proxy
        return [proxy.index(r, 0).data() for r in range(proxy.rowCount())]

    assert shown() == ["Charte numérique", "Avis sur les ENT"]
    assert listing.count.text() == "2 consultations"
    typist(listing.search, "recommandation")  # a subject of the ENT's, typed without accents
    assert shown() == ["Avis sur les ENT"]
    assert listing.count.text() == "1 sur 2 consultations"
    assert area.consultation_id == consultation.id
    for text, expected in (
        ("DONNEES eleves", ["Charte numérique"]),  # a subject, case and accents aside
        ("plénière", ["Charte numérique"]),  # the meeting's title
        ("avr. 2027", ["Charte numérique"]),  # the meeting's date, as the lists write it
        ("06/04/2027", ["Charte numérique"]),
        ("ent", ["Avis sur les ENT"]),
        ("rien de tel", []),
    ):
        listing.search.clear()
        typist(listing.search, text)
        assert shown() == expected, text
    listing.search.clear()
    typist(listing.search, "charte")
    assert area.consultation_id == listing.current_id() != consultation.id  # the one shown opens
    listing.search.clear()
    assert shown() == ["Charte numérique", "Avis sur les ENT"]


def test_the_list_shows_before_the_synthesis_and_the_older_answers_follow(
    window, consultation, positions, org_id, monkeypatch
) -> None:
    from deliberation.records.positions import PositionInput
    from deliberation.ui.positions import positions_page

    older = positions.apply_consultation(
        positions.new_consultation(
            ConsultationInput(
                "Charte des données",
                TODAY - timedelta(days=40),
                TODAY - timedelta(days=20),
                subjects=(Subject("other", "Le registre des traitements"),),
                consulted=(org_id("AMF"), org_id("ADF")),
            )
        )
    )
    positions.apply_position(
        positions.new_position(PositionInput(older.subjects[0].id, org_id("AMF"), "favorable"))
    )
    monkeypatch.setattr(positions_page, "FIRST_SCREEN", 1)  # one card on the first screen
    page = window.show_area(POSITIONS)
    assert isinstance(page, PositionsPage)
    model, area = page.listing.model, page.area
    # Built: the list is filled, its first screen whole; the rest and the synthesis follow.
    assert page.opening
    assert [model.record(r).title for r in range(model.rowCount())] == [
        "Avis sur les ENT",
        "Charte des données",
    ]
    assert model.index(0, ConsultationTableModel.ANSWERS).data() == "0/6 réponses"
    assert model.index(1, ConsultationTableModel.ANSWERS).data() == ""  # counted a moment later
    assert page.current_consultation_id() == consultation.id
    assert area.consultation_id is None and page.edit_action.isEnabled()
    settle(page)
    assert model.index(1, ConsultationTableModel.ANSWERS).data() == "1/2 réponses"
    assert area.consultation_id == consultation.id
    assert area.header.title.text() == "Avis sur les ENT"
    page.listing.search.setText("registre")  # the older one's subjects are searched too
    assert page.current_consultation_id() == older.id


def test_a_consultation_asked_for_while_the_list_opens_shows_at_once(
    window, consultation, positions, org_id
) -> None:
    page = window.show_area(POSITIONS)
    assert isinstance(page, PositionsPage)
    assert page.select_consultation(consultation.id)  # as the search and the home page do
    assert not page.opening and page.area.consultation_id == consultation.id
    assert page.area.header.title.text() == "Avis sur les ENT"
