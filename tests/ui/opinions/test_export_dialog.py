"""Exporting an opinion to Word from its workspace: the choices, the file written, the errors."""

from __future__ import annotations

import os
import threading
import uuid
import zipfile
from collections.abc import Iterator
from pathlib import Path

import docx
import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot
from tests.ui.conftest import RecordingMessages

from deliberation.records.opinions import OpinionInput, Paragraph, plain_lines
from deliberation.services.opinions import Opinions
from deliberation.store import opinion_reviews as q
from deliberation.ui.kit.editor import Editor
from deliberation.ui.kit.settings import OPINION_AUTHOR, OPINION_TEMPLATE
from deliberation.ui.opinions.export_dialog import (
    ExportDialog,
    OpinionExporter,
    file_name,
)
from deliberation.ui.opinions.opinion_workspace import OpinionWorkspace

SHOTS = os.environ.get("DELIBERATION_SHOTS")  # a folder: save screenshots there
TITLE = "Avis sur les espaces numériques de travail"
COMMITTEE = "Comité des partenaires du numérique pour l'éducation"


def para(text: str, kind: str = "paragraph", level: int = 1) -> Paragraph:
    return Paragraph(uuid.uuid4(), kind, plain_lines(text), level)


@pytest.fixture(autouse=True)
def _forget_choices() -> Iterator[None]:
    for setting in (OPINION_AUTHOR, OPINION_TEMPLATE):
        setting.remove()
    yield
    for setting in (OPINION_AUTHOR, OPINION_TEMPLATE):
        setting.remove()


@pytest.fixture
def opinion_id(opinions: Opinions) -> int:
    snap = opinions.apply_opinion(opinions.new_opinion(OpinionInput("avis", TITLE)))
    opinions.save_text(
        snap.id,
        [
            para("Constats", "heading"),
            para("Les ENT sont utiles aux familles."),
            para("Ils coûtent cher aux communes rurales."),
            para("Financer durablement les ENT.", "recommendation"),
        ],
        0,
    )
    return snap.id


def open_dialog(qtbot: QtBot, workspace: OpinionWorkspace) -> ExportDialog:
    workspace.export_action.trigger()
    exporter = workspace.exporter
    assert exporter is not None and exporter.dialog is not None
    qtbot.waitExposed(exporter.dialog)
    return exporter.dialog


def export(qtbot: QtBot, workspace: OpinionWorkspace, dialog: ExportDialog) -> None:
    """Click « Exporter… » and wait for the file to be written (or refused)."""
    exporter = workspace.exporter
    assert exporter is not None
    with qtbot.waitSignal(exporter.finished, timeout=15000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)


def document_xml(path: Path) -> str:
    with zipfile.ZipFile(path) as package:
        return package.read("word/document.xml").decode("utf-8")


def choose(combo_owner: ExportDialog, combo_name: str, number: int) -> None:
    combo = getattr(combo_owner, combo_name)
    index = combo.findData(number)
    assert index >= 0
    combo.setCurrentIndex(index)


def test_the_file_name_is_clean_and_names_the_version() -> None:
    assert file_name("avis", TITLE, None) == "avis-sur-les-espaces-numeriques-de-travail.docx"
    assert file_name("recommandation", "Protection des données : l'ENT", 2, 1) == (
        "recommandation-protection-des-donnees-l-ent-v2-modifications-depuis-v1.docx"
    )
    assert file_name("contribution", "Contribution au schéma", 3) == (
        "contribution-au-schema-v3.docx"
    )
    assert len(file_name("avis", "Avis " + "très long " * 40, 1)) < 100


def test_the_current_text_on_screen_is_exported_off_the_ui_thread(
    qtbot: QtBot,
    workspace: OpinionWorkspace,
    messages: RecordingMessages,
    opinions: Opinions,
    opinion_id: int,
    tmp_path: Path,
) -> None:
    session = workspace.session
    assert session is not None
    # Typed a moment ago, not saved yet: the export must carry it.
    workspace.text.go_to(session.paragraphs()[1].uuid)
    workspace.text.textCursor().insertText("Tout juste tapé. ")
    assert session.timer.isActive()

    dialog = open_dialog(qtbot, workspace)
    assert dialog.text_choice.currentText() == "Texte actuel"
    assert dialog.author.text() == COMMITTEE
    messages.save_to = tmp_path / "avis.docx"
    threads: list[threading.Thread] = []
    original = opinions.text

    def spy(opinion: int):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread())
        return original(opinion)

    opinions.text = spy  # type: ignore[method-assign]
    messages_seen: list[str] = []
    workspace.status_message.connect(messages_seen.append)
    export(qtbot, workspace, dialog)
    opinions.text = original  # type: ignore[method-assign]

    assert messages.errors == []
    assert messages.save_requests == ["avis-sur-les-espaces-numeriques-de-travail.docx"]
    assert threads and threads[-1] is not threading.main_thread()
    assert messages_seen[-1] == f"Document Word enregistré dans {tmp_path / 'avis.docx'}."
    document = docx.Document(str(tmp_path / "avis.docx"))
    texts = [p.text for p in document.paragraphs]
    assert any(TITLE in text for text in texts)
    assert document.core_properties.title == TITLE
    assert document.core_properties.author == COMMITTEE
    assert any("Tout juste tapé." in text for text in texts)
    assert opinions.text(opinion_id).paragraphs[1].text.startswith("Tout juste tapé.")


def test_a_version_against_an_older_one_carries_tracked_changes_and_line_numbers(
    qtbot: QtBot,
    workspace: OpinionWorkspace,
    messages: RecordingMessages,
    opinions: Opinions,
    opinion_id: int,
    tmp_path: Path,
) -> None:
    opinions.freeze(opinion_id, "Premier projet")
    session = workspace.session
    assert session is not None
    paragraphs = list(opinions.text(opinion_id).paragraphs)
    paragraphs[2] = Paragraph(
        paragraphs[2].uuid, "paragraph", plain_lines("Ils coûtent très cher aux petites communes.")
    )
    opinions.save_text(opinion_id, paragraphs, opinions.text(opinion_id).revision)
    opinions.freeze(opinion_id, "Après la consultation")
    session.reload()

    dialog = open_dialog(qtbot, workspace)
    assert dialog.text_choice.count() == 3
    assert dialog.text_choice.itemText(0) == "Texte actuel"
    assert dialog.text_choice.itemText(1).startswith("Version 2 du ")
    assert dialog.text_choice.itemText(1).endswith("— Après la consultation")
    choose(dialog, "text_choice", 2)
    choose(dialog, "against_choice", 1)
    dialog.line_numbers.setChecked(True)
    dialog.annexes.setChecked(False)
    messages.save_to = tmp_path / "v2.docx"
    export(qtbot, workspace, dialog)

    assert messages.errors == []
    assert messages.save_requests == [
        "avis-sur-les-espaces-numeriques-de-travail-v2-modifications-depuis-v1.docx"
    ]
    xml = document_xml(tmp_path / "v2.docx")
    assert "<w:ins " in xml and "<w:del " in xml
    assert "petites" in xml and "<w:lnNumType" in xml
    assert "Annexe" not in "".join(p.text for p in docx.Document(tmp_path / "v2.docx").paragraphs)
    with opinions.store.session() as s:  # recorded with its version, to read returns against
        records = q.exports(s, opinion_id)
    assert [(r.version, r.against, r.file_name) for r in records] == [(2, 1, "v2.docx")]


def test_the_same_version_twice_is_refused_in_the_dialog(
    qtbot: QtBot, workspace: OpinionWorkspace, opinions: Opinions, opinion_id: int
) -> None:
    opinions.freeze(opinion_id, "Premier projet")
    workspace.session.reload()  # type: ignore[union-attr]
    dialog = open_dialog(qtbot, workspace)
    choose(dialog, "text_choice", 1)
    choose(dialog, "against_choice", 1)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.error.text() == (
        "Choisissez une version de comparaison différente du texte exporté."
    )
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_the_author_and_template_are_remembered(
    qtbot: QtBot,
    workspace: OpinionWorkspace,
    messages: RecordingMessages,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    template = tmp_path / "maison.docx"
    docx.Document().save(str(template))
    dialog = open_dialog(qtbot, workspace)
    dialog.author.setText("Secrétariat général")
    monkeypatch.setattr(ExportDialog, "choose_template", lambda self: template)
    qtbot.mouseClick(dialog.template_button, Qt.MouseButton.LeftButton)
    assert dialog.template.text() == str(template)
    messages.save_to = tmp_path / "avis.docx"
    export(qtbot, workspace, dialog)
    assert messages.errors == []
    assert docx.Document(str(tmp_path / "avis.docx")).core_properties.author == (
        "Secrétariat général"
    )

    again = open_dialog(qtbot, workspace)
    assert again is not dialog
    assert again.author.text() == "Secrétariat général"
    assert again.template.text() == str(template)
    qtbot.mouseClick(again.clear_button, Qt.MouseButton.LeftButton)
    again.author.setText(COMMITTEE)  # back to the committee: nothing particular remembered
    messages.save_to = tmp_path / "avis-2.docx"
    export(qtbot, workspace, again)
    assert QSettings().value(OPINION_AUTHOR.key) == ""
    assert QSettings().value(OPINION_TEMPLATE.key) == ""


def test_a_bad_template_is_one_sentence_and_no_file(
    qtbot: QtBot,
    workspace: OpinionWorkspace,
    messages: RecordingMessages,
    opinions: Opinions,
    opinion_id: int,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = tmp_path / "documents"
    folder.mkdir()
    template = folder / "faux.docx"
    template.write_text("pas un document Word")
    dialog = open_dialog(qtbot, workspace)
    monkeypatch.setattr(ExportDialog, "choose_template", lambda self: template)
    qtbot.mouseClick(dialog.template_button, Qt.MouseButton.LeftButton)
    messages.save_to = folder / "avis.docx"
    export(qtbot, workspace, dialog)
    assert messages.errors == [
        "Le modèle « faux.docx » n'est pas un document Word lisible : choisissez un fichier "
        ".docx ou .dotx."
    ]
    assert sorted(p.name for p in folder.iterdir()) == ["faux.docx"]  # no file, no leftover
    with opinions.store.session() as s:
        assert q.exports(s, opinion_id) == []  # nothing recorded either
    exporter = workspace.exporter
    assert exporter is not None and not exporter.busy and exporter.progress is None


def test_cancelling_the_file_choice_writes_nothing(
    qtbot: QtBot, workspace: OpinionWorkspace, messages: RecordingMessages, tmp_path: Path
) -> None:
    dialog = open_dialog(qtbot, workspace)
    messages.save_to = None
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    exporter = workspace.exporter
    assert exporter is not None and exporter.task is None
    assert messages.save_requests and messages.errors == []
    assert not list(tmp_path.glob("*.docx"))


def test_an_empty_opinion_is_refused_in_one_sentence(
    qtbot: QtBot,
    editor: Editor,
    messages: RecordingMessages,
    opinions: Opinions,
    tmp_path: Path,
) -> None:
    snap = opinions.apply_opinion(opinions.new_opinion(OpinionInput("avis", "Avis vide")))
    widget = OpinionWorkspace(editor, messages)
    qtbot.addWidget(widget)
    widget.show()
    widget.open_opinion(snap.id)
    dialog = open_dialog(qtbot, widget)
    messages.save_to = tmp_path / "vide.docx"
    export(qtbot, widget, dialog)
    assert messages.errors == ["Le texte de cet avis est vide : il n'y a rien à exporter."]
    assert not (tmp_path / "vide.docx").exists()


def test_the_dialog_is_keyboard_friendly(
    qtbot: QtBot, workspace: OpinionWorkspace, tmp_path: Path
) -> None:
    assert workspace.export_action in workspace.word_menu.actions()
    workspace.text.setFocus()
    qtbot.keyClick(workspace.text, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    exporter = workspace.exporter
    assert exporter is not None and exporter.dialog is not None
    dialog = exporter.dialog
    qtbot.waitExposed(dialog)
    assert dialog.export_button.isDefault()
    assert dialog.focusWidget() is dialog.text_choice
    labels = {label.text(): label.buddy() for label in dialog.findChildren(type(dialog.error))}
    assert labels["&Texte :"] is dialog.text_choice
    assert labels["Co&mparer avec :"] is dialog.against_choice
    assert labels["&Auteur :"] is dialog.author
    assert not dialog.against_choice.isEnabled()  # no version yet: nothing to compare with
    if SHOTS:
        dialog.grab().save(str(Path(SHOTS) / "export_dialog.png"))
        workspace.grab().save(str(Path(SHOTS) / "workspace_toolbar.png"))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_the_exporter_refuses_a_second_export_while_one_runs(
    qtbot: QtBot,
    workspace: OpinionWorkspace,
    editor: Editor,
    messages: RecordingMessages,
    opinion_id: int,
    tmp_path: Path,
) -> None:
    exporter = OpinionExporter(editor, messages, workspace)
    said: list[str] = []
    exporter.status_message.connect(said.append)
    from deliberation.services.opinion_export import ExportOptions

    with qtbot.waitSignal(exporter.finished, timeout=15000):
        exporter.run(opinion_id, tmp_path / "a.docx", ExportOptions(), TITLE)
        assert exporter.busy
        exporter.start(workspace.session)  # type: ignore[arg-type]
        assert said == ["Un export est déjà en cours."]
    assert (tmp_path / "a.docx").is_file()


def test_the_dialog_offers_opendocument_and_writes_an_odt(
    qtbot: QtBot, workspace: OpinionWorkspace, messages: RecordingMessages, tmp_path: Path
) -> None:
    from deliberation.review.odt_reader import read_odt_review

    dialog = open_dialog(qtbot, workspace)
    dialog.set_template(tmp_path / "modele.docx")
    choose(dialog, "format_choice", ".odt")  # type: ignore[arg-type]
    assert not dialog.template_button.isEnabled() and dialog.options().template is None
    messages.save_to = tmp_path / "avis.odt"
    seen: list[str] = []
    workspace.status_message.connect(seen.append)
    export(qtbot, workspace, dialog)

    assert messages.errors == []
    assert messages.save_requests == ["avis-sur-les-espaces-numeriques-de-travail.odt"]
    assert seen[-1] == f"Document OpenDocument enregistré dans {tmp_path / 'avis.odt'}."
    texts = [p.text for p in read_odt_review(tmp_path / "avis.odt").paragraphs]
    assert TITLE in texts and "Les ENT sont utiles aux familles." in texts
    assert OPINION_TEMPLATE.get() == ""  # the template is kept for .docx exports only
