"""Importing a Word draft as a new opinion: the preview writes nothing, the import writes it all."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from tests.review.word_draft import EXPECTED, TITLE, structure, word_draft
from tests.review.wordxml import build_docx, paragraph

from deliberation.errors import NotFoundError, ReviewFileError, ValidationError
from deliberation.records.referential import GroupInput
from deliberation.services.opinion_import import OpinionImport
from deliberation.services.root import Root


def counts(store: Path) -> tuple[int, int]:
    with closing(sqlite3.connect(store)) as db:
        opinions = db.execute("SELECT count(*) FROM opinion").fetchone()[0]
        paragraphs = db.execute("SELECT count(*) FROM opinion_paragraph").fetchone()[0]
    return opinions, paragraphs


@pytest.fixture
def draft(tmp_path: Path) -> Path:
    path = tmp_path / "brouillon_inclusion.docx"
    path.write_bytes(word_draft())
    return path


def test_the_preview_shows_the_structure_and_writes_nothing(
    opened: Root, store_path: Path, draft: Path
) -> None:
    before = counts(store_path)
    preview = OpinionImport(opened).preview(draft)
    assert counts(store_path) == before
    assert (preview.file_name, preview.kind, preview.title) == (
        "brouillon_inclusion.docx",
        "avis",
        TITLE,
    )
    assert (preview.group_id, preview.group_name) == (None, "")
    assert structure(preview.paragraphs) == EXPECTED
    assert preview.counts() == {
        "heading": 4, "recital": 1, "paragraph": 6, "recommendation": 4, "list_items": 6,
        "words": preview.counts()["words"],
    }  # fmt: skip
    assert preview.counts()["words"] > 50
    assert len(preview.warnings) == 2


def test_the_import_creates_a_draft_opinion_with_its_text_and_group(
    opened: Root, draft: Path
) -> None:
    referential = opened.referential
    theme = referential.themes()[0].id
    group = referential.apply_group(referential.new_group(GroupInput("Inclusion", theme)))
    importer = OpinionImport(opened)
    preview = importer.preview(draft, title="  Avis   inclusion ", group_id=group.id)
    snap = importer.apply(preview)
    assert (snap.kind, snap.title, snap.group_id, snap.status) == (
        "avis", "Avis inclusion", group.id, "draft"
    )  # fmt: skip
    stored = opened.opinions.text(snap.id).paragraphs
    assert structure(stored) == EXPECTED
    assert [p.uuid for p in stored] == [p.uuid for p in preview.paragraphs]
    (record,) = [r for r in opened.opinions.opinions() if r.id == snap.id]
    assert (record.paragraphs, record.group_name) == (len(EXPECTED), "Inclusion")


def test_the_title_falls_back_to_the_file_name(opened: Root, tmp_path: Path) -> None:
    path = tmp_path / "note_du_groupe.docx"
    path.write_bytes(build_docx([paragraph("Un seul paragraphe.")], title=""))
    assert OpinionImport(opened).preview(path).title == "note du groupe"


def test_an_empty_document_is_refused(opened: Root, store_path: Path, tmp_path: Path) -> None:
    path = tmp_path / "vide.docx"
    path.write_bytes(build_docx([paragraph("")], title=""))
    before = counts(store_path)
    with pytest.raises(ReviewFileError, match=r"« vide\.docx » ne contient aucun texte"):
        OpinionImport(opened).preview(path)
    assert counts(store_path) == before


def test_an_unknown_group_is_refused(opened: Root, draft: Path) -> None:
    with pytest.raises(NotFoundError, match="Aucun groupe de travail n'a l'identifiant 999"):
        OpinionImport(opened).preview(draft, group_id=999)


def test_nothing_is_written_when_the_import_is_refused(
    opened: Root, store_path: Path, draft: Path
) -> None:
    importer = OpinionImport(opened)
    preview = importer.described(importer.preview(draft), title="x" * 501)
    before = counts(store_path)
    with pytest.raises(ValidationError, match="500 caract"):
        importer.apply(preview)
    assert counts(store_path) == before
