"""Importing a returned Word file from the opinion's workspace: preview, import, undo, re-import."""

from __future__ import annotations

import os
import uuid
from datetime import date
from pathlib import Path

import pytest
from lxml import etree
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from tests.review.reviewer import Reviewer
from tests.ui.conftest import RecordingMessages

from deliberation.records.opinions import OpinionInput, Paragraph, plain_lines
from deliberation.services.opinion_export import export_opinion
from deliberation.services.opinions import Opinions
from deliberation.services.root import Root
from deliberation.ui.opinions import review_import_dialog
from deliberation.ui.opinions.opinion_workspace import OpinionWorkspace
from deliberation.ui.opinions.return_items import ReturnItemsModel
from deliberation.ui.opinions.review_import_dialog import ReviewImportDialog

SHOTS = os.environ.get("DELIBERATION_SHOTS")  # a folder: save screenshots there
WORD_DATE = "2026-11-18T09:30:00Z"


def para(text: str, kind: str = "paragraph", level: int = 1) -> Paragraph:
    return Paragraph(uuid.uuid4(), kind, plain_lines(text), level)


@pytest.fixture
def opinion_id(opinions: Opinions) -> int:
    snap = opinions.apply_opinion(
        opinions.new_opinion(OpinionInput("avis", "Avis sur les espaces numériques de travail"))
    )
    opinions.save_text(
        snap.id,
        [
            para("Constats", "heading"),
            para("Les ENT sont utiles aux familles."),
            para("Ils coûtent cher aux communes rurales."),
            para("Leur accessibilité reste inégale."),
            para("Financer durablement les ENT.", "recommendation"),
        ],
        0,
    )
    return snap.id


def body(opinions: Opinions, opinion_id: int) -> list[Paragraph]:
    return [p for p in opinions.text(opinion_id).paragraphs if p.kind == "paragraph"]


@pytest.fixture
def returned(opened: Root, opinions: Opinions, opinion_id: int, tmp_path: Path) -> Path:
    """The opinion exported, then edited by Jeanne Martin in Word: a tracked change, a direct
    edit and a comment on three paragraphs."""
    exported = tmp_path / "avis.docx"
    export_opinion(opened, opinion_id, exported)
    first, second, third = body(opinions, opinion_id)
    reviewer = Reviewer(date=WORD_DATE)

    def edit(tree: etree._Element) -> None:
        reviewer.track_replace(reviewer.paragraph(tree, first.uuid), "familles", "parents")
        reviewer.direct_replace(reviewer.paragraph(tree, second.uuid), "cher", "très cher")
        reviewer.comment(reviewer.paragraph(tree, third.uuid), "inégale", "Selon quelle étude ?")
        reviewer.word_noise(tree)

    return reviewer.save(exported, tmp_path / "retour AMF.docx", edit)


def open_import(
    qtbot: QtBot, workspace: OpinionWorkspace, path: Path, monkeypatch: pytest.MonkeyPatch
) -> ReviewImportDialog:
    """« Importer un retour… » with `path` chosen; waits until the file has been read."""
    monkeypatch.setattr(review_import_dialog, "choose_return_file", lambda parent: path)
    before = set(workspace.findChildren(ReviewImportDialog))
    workspace.import_action.trigger()
    (dialog,) = set(workspace.findChildren(ReviewImportDialog)) - before
    qtbot.waitExposed(dialog)
    wait_read(qtbot, dialog)
    return dialog


def wait_read(qtbot: QtBot, dialog: ReviewImportDialog) -> None:
    qtbot.waitUntil(lambda: dialog.task is None, timeout=15000)


def rows(dialog: ReviewImportDialog) -> list[tuple[str, ...]]:
    model = dialog.model
    return [
        tuple(model.index(row, column).data() for column in range(model.columnCount()))
        for row in range(model.rowCount())
    ]


def choose_organisation(qtbot: QtBot, dialog: ReviewImportDialog, acronym: str | None) -> None:
    combo = dialog.organisation
    index = 0 if acronym is None else combo.findText(f"{acronym} — ", Qt.MatchFlag.MatchStartsWith)
    assert index >= 0
    with qtbot.waitSignal(dialog.previewed, timeout=15000):
        combo.setCurrentIndex(index)
    wait_read(qtbot, dialog)


def test_the_preview_lists_what_the_file_brings_for_the_organisation_of_its_name(
    qtbot: QtBot,
    workspace: OpinionWorkspace,
    opinions: Opinions,
    opinion_id: int,
    returned: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    before = (len(opinions.amendments(opinion_id)), len(opinions.threads(opinion_id)))
    dialog = open_import(qtbot, workspace, returned, monkeypatch)

    assert dialog.organisation.currentText().startswith("AMF — ")  # from « retour AMF.docx »
    assert dialog.file_label.text() == "retour AMF.docx (export du texte courant)"
    assert dialog.error.isHidden() and dialog.warnings.isHidden()
    assert rows(dialog) == [
        ("Paragraphe 1", "Amendement : remplacer", "Jeanne Martin, 18/11/2026",
         "Les ENT sont utiles aux parents.", "nouveau"),
        # no name in the file: the organisation's (issue 18, failure 4)
        ("Paragraphe 2", "Amendement : remplacer (sans suivi)", f"AMF, {date.today():%d/%m/%Y}",
         "Ils coûtent très cher aux communes rurales.", "nouveau"),
        ("Paragraphe 3", "Commentaire", "Jeanne Martin, 18/11/2026",
         "« inégale » : Selon quelle étude ?", "nouveau"),
    ]  # fmt: skip
    assert dialog.count.text() == "3 élément(s) nouveau(x) sur 3 seront importés au nom de AMF."
    assert dialog.import_button.isEnabled() and dialog.import_button.isDefault()
    detail = dialog.detail.toPlainText()
    assert "Texte exporté :" in detail and "Les ENT sont utiles aux familles." in detail
    assert "Texte proposé :" in detail and "Les ENT sont utiles aux parents." in detail
    # a preview writes nothing
    assert (len(opinions.amendments(opinion_id)), len(opinions.threads(opinion_id))) == before

    choose_organisation(qtbot, dialog, "MEN")
    assert dialog.preview is not None and dialog.preview.organisation_acronym == "MEN"
    assert dialog.count.text().endswith("au nom de MEN.")
    # changed again while the file is being read: the last choice wins
    combo = dialog.organisation
    combo.setCurrentIndex(combo.findText("AMF — ", Qt.MatchFlag.MatchStartsWith))
    combo.setCurrentIndex(combo.findText("RdF — ", Qt.MatchFlag.MatchStartsWith))
    qtbot.waitUntil(lambda: dialog.task is None and dialog.preview is not None, timeout=15000)
    assert dialog.preview.organisation_acronym == "RdF"
    assert dialog.count.text().endswith("au nom de RdF.")
    choose_organisation(qtbot, dialog, None)
    assert rows(dialog) == [] and not dialog.import_button.isEnabled()
    assert dialog.count.text().startswith("Choisissez l'organisation")
    if SHOTS:
        choose_organisation(qtbot, dialog, "AMF")
        dialog.grab().save(str(Path(SHOTS) / "review_import_dialog.png"))


def test_importing_attributes_the_items_then_undo_redo_and_reimport(
    qtbot: QtBot,
    workspace: OpinionWorkspace,
    messages: RecordingMessages,
    opinions: Opinions,
    opinion_id: int,
    returned: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    session = workspace.session
    assert session is not None
    first, second, third = body(opinions, opinion_id)
    dialog = open_import(qtbot, workspace, returned, monkeypatch)
    said: list[str] = []
    workspace.status_message.connect(said.append)

    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    assert not dialog.isVisible()
    assert said == ["Retour AMF importé : 2 amendement(s) et 1 commentaire(s)."]
    amendments = {a.paragraph_uuid: a for a in opinions.amendments(opinion_id)}
    assert set(amendments) == {first.uuid, second.uuid}
    assert {a.organisation_acronym for a in amendments.values()} == {"AMF"}
    assert amendments[first.uuid].text == "Les ENT sont utiles aux parents."
    assert amendments[first.uuid].author == "Jeanne Martin"
    (thread,) = opinions.threads(opinion_id)
    assert thread.first.paragraph_uuid == third.uuid and thread.first.anchor == "inégale"
    assert thread.first.organisation_acronym == "AMF"
    # the tabs follow: counts in their titles, the comment names its organisation
    # (titles may be shortened to fit the panel; their tooltips are the whole titles)
    assert workspace.review.tabToolTip(1) == "Amendements (2)"
    assert workspace.review.tabToolTip(2) == "Commentaires (1)"
    assert workspace.review.tabText(1) in {"Amendements (2)", "Amend. (2)"}
    workspace.go_to(third.uuid)
    workspace.review.setCurrentWidget(workspace.comments)  # the « Commentaires » tab

    def comment_label() -> str:
        label = workspace.comments.findChild(QLabel, f"comment_{thread.first.id}")
        return label.text() if label is not None else ""

    qtbot.waitUntil(lambda: "<b>Jeanne Martin</b> (AMF)" in comment_label(), timeout=5000)

    # one undo step takes the whole import back, redo brings it again with the same identities
    assert session.undo_stack.undoText() == "l'import du retour AMF (retour AMF.docx)"
    session.undo_stack.undo()
    assert opinions.amendments(opinion_id) == [] and opinions.threads(opinion_id) == []
    assert workspace.review.tabToolTip(1) == "Amendements"
    session.undo_stack.redo()
    assert {a.uuid for a in opinions.amendments(opinion_id)} == {
        a.uuid for a in amendments.values()
    }
    assert [t.first.uuid for t in opinions.threads(opinion_id)] == [thread.first.uuid]
    assert workspace.review.tabToolTip(2) == "Commentaires (1)"

    # the same file again: everything is known, nothing to import
    again = open_import(qtbot, workspace, returned, monkeypatch)
    assert again.statuses() == ["déjà importé"] * 3
    assert not again.import_button.isEnabled()
    assert again.count.text() == (
        "Rien de nouveau à importer : chaque élément a déjà été importé ou porte sur un "
        "paragraphe supprimé."
    )
    qtbot.keyClick(again, Qt.Key.Key_Escape)
    assert not again.isVisible()
    assert messages.errors == []
    assert len(opinions.amendments(opinion_id)) == 2


def test_changed_and_deleted_paragraphs_are_flagged(
    qtbot: QtBot,
    workspace: OpinionWorkspace,
    opinions: Opinions,
    opinion_id: int,
    returned: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    session = workspace.session
    assert session is not None
    first, second, third = body(opinions, opinion_id)
    text = opinions.text(opinion_id)
    kept = []
    for paragraph in text.paragraphs:
        if paragraph.uuid == second.uuid:
            continue  # deleted since the export
        if paragraph.uuid == first.uuid:
            paragraph = Paragraph(paragraph.uuid, "paragraph", plain_lines("Les ENT servent."))
        kept.append(paragraph)
    opinions.save_text(opinion_id, kept, text.revision)
    session.reload()

    dialog = open_import(qtbot, workspace, returned, monkeypatch)
    assert dialog.statuses() == [
        "nouveau · modifié depuis l'export",
        "paragraphe supprimé depuis l'export",
        "nouveau",
    ]
    assert "2 paragraphe(s) ont changé dans l'application depuis l'export" in (
        dialog.warnings.text()
    )
    assert dialog.warnings.isVisible()
    if SHOTS:
        dialog.grab().save(str(Path(SHOTS) / "review_import_flagged.png"))
    assert dialog.count.text() == "2 élément(s) nouveau(x) sur 3 seront importés au nom de AMF."
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert [a.paragraph_uuid for a in opinions.amendments(opinion_id)] == [first.uuid]
    assert [t.first.paragraph_uuid for t in opinions.threads(opinion_id)] == [third.uuid]


@pytest.mark.parametrize(
    ("content", "sentence"),
    [
        (b"pas un document Word", "n'est pas"),
        (b"PK\x03\x04 tronque", "n'est pas"),
    ],
)
def test_a_bad_file_is_one_sentence_and_nothing_written(
    qtbot: QtBot,
    workspace: OpinionWorkspace,
    messages: RecordingMessages,
    opinions: Opinions,
    opinion_id: int,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    content: bytes,
    sentence: str,
) -> None:
    bad = tmp_path / "retour AMF.docx"
    bad.write_bytes(content)
    dialog = open_import(qtbot, workspace, bad, monkeypatch)
    assert dialog.error.isVisible()
    text = dialog.error.text()
    assert "« retour AMF.docx »" in text and sentence in text
    assert text.count(". ") <= 1 and "Traceback" not in text
    assert rows(dialog) == [] and not dialog.import_button.isEnabled()
    assert dialog.count.text() == "Rien ne sera importé."
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)  # disabled: nothing
    assert opinions.amendments(opinion_id) == [] and opinions.threads(opinion_id) == []
    assert messages.errors == []


def test_a_file_of_another_opinion_is_refused(
    qtbot: QtBot,
    workspace: OpinionWorkspace,
    opinions: Opinions,
    returned: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    other = opinions.apply_opinion(opinions.new_opinion(OpinionInput("avis", "Autre avis")))
    opinions.save_text(other.id, [para("Un texte sans rapport.")], 0)
    workspace.open_opinion(other.id)
    dialog = open_import(qtbot, workspace, returned, monkeypatch)
    assert dialog.error.text() == (
        "Le fichier « retour AMF.docx » est l'export d'un autre avis (« Avis sur les espaces "
        "numériques de travail ») : ouvrez cet avis pour l'importer."
    )
    assert not dialog.import_button.isEnabled()


def test_cancelling_the_file_choice_opens_nothing(
    workspace: OpinionWorkspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(review_import_dialog, "choose_return_file", lambda parent: None)
    workspace.import_action.trigger()
    assert workspace.findChildren(ReviewImportDialog) == []


def test_the_dialog_is_keyboard_friendly(
    qtbot: QtBot,
    workspace: OpinionWorkspace,
    returned: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    plain_name = returned.rename(tmp_path / "relu.docx")
    workspace.text.setFocus()
    monkeypatch.setattr(review_import_dialog, "choose_return_file", lambda parent: plain_name)
    qtbot.keyClick(
        workspace.text,
        Qt.Key.Key_I,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    (dialog,) = workspace.findChildren(ReviewImportDialog)
    wait_read(qtbot, dialog)
    assert dialog.organisation.currentIndex() == 0  # no acronym in the name: the user chooses
    assert dialog.focusWidget() is dialog.organisation
    buddies = {w.text(): w.buddy() for w in dialog.findChildren(QLabel)}
    assert buddies["&Organisation :"] is dialog.organisation
    assert not dialog.import_button.isEnabled()
    choose_organisation(qtbot, dialog, "AMF")
    assert dialog.import_button.isEnabled()


def test_the_items_model_is_a_proper_model(
    qtbot: QtBot,
    qtmodeltester,  # type: ignore[no-untyped-def]
    workspace: OpinionWorkspace,
    returned: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = open_import(qtbot, workspace, returned, monkeypatch)
    assert isinstance(dialog.model, ReturnItemsModel) and dialog.model.rowCount() == 3
    qtmodeltester.check(dialog.model)


def test_a_tracked_underline_is_a_warning_of_the_preview(
    qtbot: QtBot,
    workspace: OpinionWorkspace,
    opened: Root,
    opinions: Opinions,
    opinion_id: int,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    exported = tmp_path / "avis.docx"
    export_opinion(opened, opinion_id, exported)
    first = body(opinions, opinion_id)[0]
    reviewer = Reviewer(date=WORD_DATE)
    returned = reviewer.save(exported, tmp_path / "retour AMF.docx", lambda tree: (
        reviewer.track_format(reviewer.paragraph(tree, first.uuid), "familles")))  # fmt: skip

    dialog = open_import(qtbot, workspace, returned, monkeypatch)

    assert dialog.statuses() == []
    assert "Mise en forme modifiée au paragraphe 1 (soulignement) : non reprise." in (
        dialog.warnings.text()
    )
    assert dialog.warnings.isVisible()
