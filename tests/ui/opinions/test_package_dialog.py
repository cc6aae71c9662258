"""Offline work from the workspace: the opinion taken away as a package, edited, brought back."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from tests.ui.conftest import RecordingMessages, para

from deliberation.records.opinions import OpinionInput, Paragraph, plain_lines
from deliberation.records.referential import DelegateRecord
from deliberation.services.opinions import Opinions
from deliberation.services.root import open_root
from deliberation.ui.opinions import package_dialog
from deliberation.ui.opinions.opinion_workspace import OpinionWorkspace
from deliberation.ui.opinions.package_dialog import PackageImportDialog


@pytest.fixture
def opinion_id(opinions: Opinions, delegates: dict[str, DelegateRecord]) -> int:
    data = OpinionInput("avis", "Avis sur les ENT", rapporteur_ids=(delegates["Martin"].id,))
    snap = opinions.apply_opinion(opinions.new_opinion(data))
    opinions.save_text(
        snap.id,
        [para("Constats", "heading"), para("Un."), para("Deux."), para("Trois.")],
        0,
    )
    return snap.id


def edited(paragraph: Paragraph, text: str) -> Paragraph:
    return Paragraph(paragraph.uuid, paragraph.kind, plain_lines(text), paragraph.level)


def take_away(
    qtbot: QtBot, workspace: OpinionWorkspace, path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(package_dialog, "choose_package_to_write", lambda parent, title: path)
    with qtbot.waitSignal(workspace.status_message, timeout=15000) as written:
        workspace.take_away_action.trigger()
    assert written.args == ["Écriture du paquet…"]
    qtbot.waitUntil(lambda: workspace.package_writer.task is None, timeout=15000)


def bring_back(
    qtbot: QtBot, workspace: OpinionWorkspace, path: Path, monkeypatch: pytest.MonkeyPatch
) -> PackageImportDialog:
    monkeypatch.setattr(package_dialog, "choose_package_to_read", lambda parent: path)
    before = set(workspace.findChildren(PackageImportDialog))
    workspace.bring_back_action.trigger()
    (dialog,) = set(workspace.findChildren(PackageImportDialog)) - before
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.task is None, timeout=15000)
    return dialog


def test_taken_away_edited_on_both_sides_and_brought_back(
    qtbot: QtBot,
    workspace: OpinionWorkspace,
    opinions: Opinions,
    opinion_id: int,
    messages: RecordingMessages,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = tmp_path / "Avis sur les ENT.deliberation"
    take_away(qtbot, workspace, path, monkeypatch)
    assert path.is_file() and not messages.errors
    heading, one, two, three = opinions.text(opinion_id).paragraphs
    with open_root(str(path)) as away:
        away_id = away.opinions.opinions()[0].id
        revision = away.opinions.text(away_id).revision
        away.opinions.save_text(
            away_id,
            [heading, edited(one, "Un, hors ligne."), edited(two, "Deux, hors ligne."), three],
            revision,
        )
    session = workspace.session
    assert session is not None
    session.replace_all(
        [heading, one, edited(two, "Deux, au secrétariat."), three], "Modifier le texte"
    )
    assert session.flush()

    dialog = bring_back(qtbot, workspace, path, monkeypatch)

    shown = dialog.summary.toPlainText()
    assert "Fusionnés (changés hors ligne seulement)\nparagraphe 1 : « Un, hors ligne. »" in shown
    assert "amendement de AMF\nparagraphe 2 : « Deux, hors ligne. »" in shown
    assert dialog.error.isHidden() and dialog.merge_button.isEnabled()
    dialog.merge_button.click()
    assert not dialog.isVisible()
    expected = ["Constats", "Un, hors ligne.", "Deux, au secrétariat.", "Trois."]
    assert [p.text for p in session.paragraphs()] == expected
    assert [p.text for p in opinions.text(opinion_id).paragraphs] == expected
    (proposal,) = opinions.amendments(opinion_id)
    assert (proposal.text, proposal.organisation_acronym) == ("Deux, hors ligne.", "AMF")

    again = bring_back(qtbot, workspace, path, monkeypatch)
    assert again.count.text() == "Rien de nouveau : ce travail est déjà fusionné."
    assert not again.merge_button.isEnabled()
    again.reject()


def test_a_file_that_is_not_a_package_is_refused_in_one_sentence(
    qtbot: QtBot,
    workspace: OpinionWorkspace,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = tmp_path / "abîmé.deliberation"
    path.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    dialog = bring_back(qtbot, workspace, path, monkeypatch)
    assert dialog.error.isVisible()
    assert dialog.error.text() == (
        "Le fichier « abîmé.deliberation » n'est pas un paquet lisible (inachevé, abîmé ou "
        "d'une autre application)."
    )
    assert not dialog.merge_button.isEnabled()
    dialog.reject()
