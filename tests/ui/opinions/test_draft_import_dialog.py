"""« Importer un texte Word… » on the opinions page: the structure shown, the opinion created."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot
from tests.review.word_draft import EXPECTED, TITLE, structure, word_draft
from tests.ui.conftest import RecordingMessages

from deliberation.services.opinions import Opinions
from deliberation.ui.kit.editor import Editor
from deliberation.ui.opinions import draft_import_dialog
from deliberation.ui.opinions.draft_import_dialog import DraftImportDialog
from deliberation.ui.opinions.opinions_page import OpinionsPage

SHOTS = os.environ.get("DELIBERATION_SHOTS")  # a folder: save screenshots there


@pytest.fixture
def page(qtbot: QtBot, editor: Editor, messages: RecordingMessages) -> OpinionsPage:
    widget = OpinionsPage(editor, messages)
    qtbot.addWidget(widget)
    widget.resize(1300, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def open_import(
    qtbot: QtBot, page: OpinionsPage, path: Path, monkeypatch: pytest.MonkeyPatch
) -> DraftImportDialog:
    """« Importer un texte Word… » with `path` chosen; waits until the file has been read."""
    monkeypatch.setattr(draft_import_dialog, "choose_draft_file", lambda parent: path)
    page.import_draft_action.trigger()
    dialog = page.dialog
    assert isinstance(dialog, DraftImportDialog)
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.task is None, timeout=15000)
    return dialog


def test_the_dialog_shows_the_structure_then_creates_and_opens_the_opinion(
    qtbot: QtBot,
    page: OpinionsPage,
    editor: Editor,
    opinions: Opinions,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = tmp_path / "brouillon.docx"
    path.write_bytes(word_draft())
    dialog = open_import(qtbot, page, path, monkeypatch)

    assert opinions.opinions() == []  # nothing written by the preview
    assert dialog.title.text() == TITLE and dialog.title.isEnabled()
    assert dialog.group.currentData() is None
    assert dialog.error.isHidden()
    assert dialog.warnings.isVisible()
    assert "1 commentaire du fichier n'est pas repris" in dialog.warnings.text()
    assert "modifications suivies" in dialog.warnings.text()
    rows = dialog.kinds()
    assert rows[0] == ("I.", "Titre de niveau 1", "Constats généraux")
    assert rows[1] == ("", "Considérant", "Considérant que les familles attendent des services "
                       "accessibles ;")  # fmt: skip
    assert rows[3] == ("2.", "Paragraphe (liste de 2)",
                       "Le comité constate : des écrans anciens ; des réseaux lents.")  # fmt: skip
    assert rows[-1] == ("Recommandation n° 4", "Recommandation", "Associer les familles.")
    assert len(rows) == len(EXPECTED)
    assert dialog.outline.topLevelItemCount() == 2  # I. and II., the rest under them
    assert dialog.summary.text().startswith(
        "Trouvé : 4 titres, 1 considérant, 6 paragraphes, 4 recommandations, 6 éléments de liste"
    )
    if SHOTS:
        dialog.grab().save(str(Path(SHOTS) / "draft-import.png"))

    dialog.title.setText("Avis sur l'inclusion")
    with qtbot.waitSignal(dialog.status_message) as said:
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert said.args[0].startswith("Texte Word « brouillon.docx » importé : avis « Avis sur")
    (record,) = opinions.opinions()
    assert (record.title, record.paragraphs) == ("Avis sur l'inclusion", len(EXPECTED))
    assert structure(opinions.text(record.id).paragraphs) == EXPECTED
    assert page.current_opinion_id() == record.id
    assert page.workspace.session is not None
    assert page.workspace.session.opinion_id == record.id

    editor.undo_stack.undo()
    assert opinions.opinions() == []
    editor.undo_stack.redo()
    (again,) = opinions.opinions()
    assert again.id == record.id
    assert structure(opinions.text(record.id).paragraphs) == EXPECTED


def test_a_bad_file_says_why_and_nothing_can_be_imported(
    qtbot: QtBot,
    page: OpinionsPage,
    opinions: Opinions,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = tmp_path / "ancien.docx"
    path.write_text("pas un document")
    dialog = open_import(qtbot, page, path, monkeypatch)
    assert dialog.error.isVisible()
    assert dialog.error.text() == "Le fichier « ancien.docx » n'est pas un document Word (.docx)."
    assert not dialog.import_button.isEnabled()
    assert dialog.summary.text() == "Rien ne sera importé."
    dialog.import_draft()
    assert opinions.opinions() == []


def test_an_empty_title_is_refused_and_nothing_is_written(
    qtbot: QtBot,
    page: OpinionsPage,
    opinions: Opinions,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = tmp_path / "brouillon.docx"
    path.write_bytes(word_draft())
    dialog = open_import(qtbot, page, path, monkeypatch)
    dialog.title.setText("   ")
    dialog.import_draft()
    assert dialog.isVisible()
    assert dialog.error.text() == "Le titre est obligatoire."
    assert opinions.opinions() == []
