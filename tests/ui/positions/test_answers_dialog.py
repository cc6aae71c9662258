"""« Importer des réponses… »: a filled response form previewed, imported once as positions of
its organisation (source « Formulaire »), and refusals in one sentence."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from tests.review.formfill import fill_docx, fill_xlsx
from tests.ui.conftest import RecordingMessages

from deliberation.records.mail import Recipient
from deliberation.services.mailing import Mailing
from deliberation.services.root import Root
from deliberation.ui.kit.editor import Editor
from deliberation.ui.positions.answers_dialog import AnswersDialog
from deliberation.ui.positions.synthesis_area import SynthesisArea

ANSWERS = {
    1: {"stance": "Favorable sous réserve", "reservation": "Sous réserve d'un financement.",
        "reasons": "Les petites communes ne peuvent pas suivre."},
    2: {"stance": "Défavorable", "amendment": "Supprimer la dernière phrase."},
}  # fmt: skip


def unanswered(root: Root) -> tuple[int, int]:
    for record in root.positions.consultations():
        snap = root.positions.consultation(record.id)
        answered = {p.organisation_id for p in root.positions.positions(record.id)}
        for org_id in snap.consulted:
            if org_id not in answered and len(snap.subjects) >= 2:
                return record.id, org_id
    raise AssertionError("the demo has no unanswered consultation")


def filled_form(root: Root, folder: Path, kind: str) -> tuple[Path, int, int]:
    consultation_id, org_id = unanswered(root)
    mailing = Mailing(root, Recipient("s@comite.example"), templates=folder / "none.toml")
    mail = next(
        m for m in mailing.consultation_mails(consultation_id) if m.organisation_id == org_id
    )
    word, sheet = mail.attachments
    part = word if kind == "docx" else sheet
    path = folder / part.file_name
    path.write_bytes(
        fill_docx(part.data, ANSWERS) if kind == "docx" else fill_xlsx(part.data, ANSWERS)
    )
    return path, consultation_id, org_id


def statuses(dialog: AnswersDialog) -> list[tuple[str, str]]:
    return [
        (dialog.tree.topLevelItem(r).text(2), dialog.tree.topLevelItem(r).text(4))
        for r in range(dialog.tree.topLevelItemCount())
    ]


@pytest.mark.parametrize("kind", ["docx", "xlsx"])
def test_a_filled_form_is_previewed_then_imported_once(
    qtbot: QtBot, demo_root: Root, tmp_path: Path, messages: RecordingMessages, kind: str
) -> None:
    editor = Editor(demo_root)
    path, consultation_id, org_id = filled_form(demo_root, tmp_path, kind)
    area = SynthesisArea(editor, messages)
    qtbot.addWidget(area)
    area.show_consultation(consultation_id)
    assert area.missing_panel.import_button.text() == "Importer des réponses…"
    area.import_answers(path)
    dialog = area.dialog
    assert isinstance(dialog, AnswersDialog)
    acronym = next(o.acronym for o in demo_root.referential.organisations() if o.id == org_id)
    assert acronym in dialog.summary.text()
    assert statuses(dialog) == [("Favorable sous réserve", "Nouvelle"), ("Défavorable", "Nouvelle")]
    assert dialog.note.text().startswith("2 nouvelles réponses.")
    with qtbot.waitSignal(editor.changed):
        dialog.import_button.click()
    assert dialog.written == 2 and not dialog.isVisible()
    mine = [
        p for p in demo_root.positions.positions(consultation_id) if p.organisation_id == org_id
    ]
    assert sorted((p.stance, p.source) for p in mine) == [
        ("reserved", "form"),
        ("unfavorable", "form"),
    ]

    again = AnswersDialog(editor, path)
    qtbot.addWidget(again)
    assert [s for _stance, s in statuses(again)] == ["Déjà enregistrée"] * 2
    assert "Rien de nouveau à importer." in again.note.text()
    assert not again.import_button.isEnabled()


def test_a_damaged_file_is_one_sentence_and_imports_nothing(
    qtbot: QtBot, demo_root: Root, tmp_path: Path
) -> None:
    path = tmp_path / "Formulaire de réponse - abîmé.docx"
    path.write_bytes(b"PK\x03\x04 pas un document")
    before = len(demo_root.positions.positions(unanswered(demo_root)[0]))
    dialog = AnswersDialog(Editor(demo_root), path)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.import_button.isEnabled()
    assert dialog.note.isVisible() and "\n" not in dialog.note.text()
    assert dialog.note.text().endswith(".")
    assert not dialog.tree.isVisible()
    assert len(demo_root.positions.positions(unanswered(demo_root)[0])) == before


def test_an_unknown_stance_is_refused_in_one_sentence(
    qtbot: QtBot, demo_root: Root, tmp_path: Path
) -> None:
    consultation_id, org_id = unanswered(demo_root)
    mailing = Mailing(demo_root, Recipient("s@comite.example"), templates=tmp_path / "x.toml")
    mail = next(
        m for m in mailing.consultation_mails(consultation_id) if m.organisation_id == org_id
    )
    word = mail.attachments[0]
    path = tmp_path / word.file_name
    path.write_bytes(fill_docx(word.data, {1: {"stance": "Peut-être"}}))
    dialog = AnswersDialog(Editor(demo_root), path)
    qtbot.addWidget(dialog)
    assert "« Peut-être »" in dialog.note.text()
    assert dialog.note.text().endswith("rien n'a été importé.")
    assert not dialog.import_button.isEnabled()
