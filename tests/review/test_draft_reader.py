"""Reading a Word draft into paragraphs: our own export, Word's, LibreOffice's, bad files."""

from __future__ import annotations

import io
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from deliberation.errors import ReviewFileError
from deliberation.review.draft_reader import read_draft, read_draft_bytes
from deliberation.services.opinion_export import ExportOptions, export_opinion
from deliberation.services.root import Root

from .word_draft import EXPECTED, TITLE, structure, word_draft
from .wordxml import build_docx, footnote_ref, ole_file, paragraph, run, table


def test_our_own_export_comes_back_to_the_same_structure(demo_root: Root, tmp_path: Path) -> None:
    opinions = demo_root.opinions
    records = opinions.opinions()
    assert len(records) >= 3
    for record in records:
        target = tmp_path / f"avis-{record.id}.docx"
        export_opinion(demo_root, record.id, target)
        draft = read_draft(target)
        text = opinions.text(record.id).paragraphs
        assert structure(draft.paragraphs) == structure(text), record.title
        assert draft.title == record.title
        assert draft.own_export
        assert draft.warnings == ()  # footnotes of reservations and annexes are the app's own
        assert draft.skipped > 0  # the title page and the annexes


def test_an_export_without_annexes_and_with_line_numbers_reads_the_same(
    demo_root: Root, tmp_path: Path
) -> None:
    record = demo_root.opinions.opinions()[0]
    target = tmp_path / "relecture.docx"
    export_opinion(demo_root, record.id, target, ExportOptions(line_numbers=True, annexes=False))
    draft = read_draft(target)
    assert structure(draft.paragraphs) == structure(demo_root.opinions.text(record.id).paragraphs)


def test_a_draft_written_in_word_comes_in_with_its_structure() -> None:
    draft = read_draft_bytes(word_draft(), "brouillon.docx")
    assert structure(draft.paragraphs) == EXPECTED
    assert draft.title == TITLE  # from the « Titre » paragraph, which is not in the text
    assert not draft.own_export
    assert (draft.comments, draft.insertions, draft.deletions) == (1, 1, 1)
    comment, tracked = draft.warnings
    assert (
        comment
        == "1 commentaire du fichier n'est pas repris (paragraphe 3) : relisez-le dans Word."
    )
    assert tracked.startswith("Le fichier contient des modifications suivies (paragraphe 4), lues")
    assert "1 insertion reprise" in tracked and "1 suppression appliquée" in tracked
    # « I. », « 1. », « A. », « a) » twice, « 1.2 », « Recommandation n° 1 : », « R2 »,
    # « Recommandation n° 3 »
    assert draft.numbers_dropped == 10


def test_every_paragraph_gets_a_new_identity() -> None:
    first = read_draft_bytes(word_draft(), "brouillon.docx")
    second = read_draft_bytes(word_draft(), "brouillon.docx")
    ids = {p.uuid for p in first.paragraphs}
    assert len(ids) == len(first.paragraphs)
    assert not ids & {p.uuid for p in second.paragraphs}


def test_without_a_title_paragraph_the_first_heading_names_the_draft() -> None:
    data = build_docx([paragraph("1. Usages", style="Titre1"), paragraph("Texte.")], title="")
    draft = read_draft_bytes(data, "sans titre.docx")
    assert draft.title == "Usages"
    assert [(p.kind, p.text) for p in draft.paragraphs] == [
        ("heading", "Usages"), ("paragraph", "Texte.")
    ]  # fmt: skip


def test_footnotes_tables_and_deep_headings_are_reported() -> None:
    styles = (
        '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        '<w:style w:type="paragraph" w:styleId="Heading5"><w:name w:val="heading 5"/></w:style>'
        "</w:styles>"
    )
    data = build_docx(
        [
            paragraph("Un constat", footnote_ref(1), "."),
            table([[paragraph("Cellule A"), paragraph("Cellule B")]]),
            paragraph(run("Détail"), style="Heading5"),
        ],
        footnotes=["Source : enquête 2025."],
        extra={"word/styles.xml": styles.encode()},
    )
    draft = read_draft_bytes(data, "notes.docx")
    assert [(p.kind, p.level, p.text) for p in draft.paragraphs] == [
        ("paragraph", 1, "Un constat."),
        ("paragraph", 1, "Cellule A"),
        ("paragraph", 1, "Cellule B"),
        ("heading", 3, "Détail"),
    ]
    assert draft.warnings == (
        "1 note de bas de page n'est pas reprise (paragraphe 1).",
        "Le texte du tableau est repris en paragraphes, une cellule par paragraphe : vérifiez-le.",
        "1 titre de niveau 4 ou plus est ramené au niveau 3.",
    )


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_the_word_draft_saved_again_by_libreoffice_comes_in_the_same(
    tmp_path: Path, libreoffice_profile: str
) -> None:
    source = tmp_path / "brouillon.docx"
    source.write_bytes(word_draft())
    out = tmp_path / "out"
    subprocess.run(
        ["soffice", "--headless", libreoffice_profile,
         "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(out), str(source)],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    saved = out / "brouillon.docx"
    assert saved.read_bytes() != source.read_bytes()
    draft = read_draft(saved)
    assert structure(draft.paragraphs) == EXPECTED
    assert draft.title == TITLE
    assert (draft.comments, draft.insertions, draft.deletions) == (1, 1, 1)


def _truncated() -> bytes:
    data = word_draft()
    return data[: len(data) // 2]


def _not_word() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("notes.txt", "ceci n'est pas un document Word")
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("data", "fragment"),
    [
        (b"", "n'est pas un document Word"),
        (b"du texte", "n'est pas un document Word"),
        (_not_word(), "n'est pas un document Word"),
        (_truncated(), "n'est pas un document Word"),
        (ole_file("EncryptionInfo", "EncryptedPackage"), "protégé par un mot de passe"),
        (ole_file("WordDocument", "1Table"), "Word 97-2003 (.doc)"),
    ],
    ids=["empty", "text", "zip", "damaged", "encrypted", "doc"],
)
def test_a_bad_file_is_refused_in_one_sentence(data: bytes, fragment: str) -> None:
    with pytest.raises(ReviewFileError) as caught:
        read_draft_bytes(data, "projet.docx")
    message = str(caught.value)
    assert fragment in message and "« projet.docx »" in message
    assert message.endswith(".") and "\n" not in message
