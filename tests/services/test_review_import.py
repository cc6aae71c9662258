"""Round trips: export an opinion, edit the file as a reviewer would, import it back."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from lxml import etree
from tests.review.reviewer import Reviewer

from deliberation.errors import ReviewFileError, ValidationError
from deliberation.records.opinions import Line, Paragraph, Run
from deliberation.services.opinion_export import ExportOptions, export_opinion
from deliberation.services.review_import import ReviewImport
from deliberation.services.root import Root, open_root

REVIEWED_ON = (datetime.now(UTC) - timedelta(days=3)).replace(microsecond=0)
WORD_DATE = REVIEWED_ON.strftime("%Y-%m-%dT%H:%M:%SZ")


@pytest.fixture
def demo(demo_copy: Path) -> Iterator[Root]:
    opened = open_root(str(demo_copy))
    yield opened
    opened.close()


def recommendation_id(opened: Root) -> int:
    return next(o.id for o in opened.opinions.opinions() if o.kind == "recommandation")


def body_paragraphs(paragraphs: tuple[Paragraph, ...]) -> list[Paragraph]:
    return [p for p in paragraphs if p.kind == "paragraph"]


def counts(opened: Root, opinion_id: int) -> tuple[int, int]:
    return (
        len(opened.opinions.amendments(opinion_id)),
        sum(1 + len(t.replies) for t in opened.opinions.threads(opinion_id)),
    )


def reviewed(opened: Root, tmp_path: Path) -> tuple[int, list[Paragraph], Path]:
    """An export of the recommendation with a tracked change, a direct edit, a comment and a new
    paragraph, written the way Word saves (rsids, paragraph ids, proofing marks)."""
    opinion_id = recommendation_id(opened)
    exported = tmp_path / "export.docx"
    record = export_opinion(opened, opinion_id, exported)
    body = body_paragraphs(record.paragraphs)
    reviewer = Reviewer(date=WORD_DATE)

    def edit(tree: etree._Element) -> None:
        first = reviewer.paragraph(tree, body[0].uuid)
        reviewer.track_replace(first, "responsable", "seul responsable")
        reviewer.direct_replace(
            reviewer.paragraph(tree, body[1].uuid), "registre", "registre unique"
        )
        third = reviewer.paragraph(tree, body[2].uuid)
        reviewer.comment(third, "délégué", "Un délégué par département ?")
        reviewer.insert_after(third, "Les petites communes sont accompagnées par l'État.")
        reviewer.word_noise(tree)

    returned = reviewer.save(exported, tmp_path / "retour AMF.docx", edit)
    return opinion_id, body, returned


def test_round_trip_finds_each_change_on_its_paragraph(demo: Root, tmp_path: Path) -> None:
    opinion_id, body, returned = reviewed(demo, tmp_path)
    before = counts(demo, opinion_id)
    importer = ReviewImport(demo)

    preview = importer.preview(returned, "amf", opinion_id=opinion_id)

    assert preview.organisation_acronym == "AMF" and not preview.matched_by_text
    assert counts(demo, opinion_id) == before  # a preview writes nothing
    found = {(i.kind, i.paragraph_label, i.action, i.origin) for i in preview.items}
    assert found == {
        ("amendment", "paragraphe 1", "replace", "tracked"),
        ("amendment", "paragraphe 2", "replace", "direct"),
        ("amendment", "après paragraphe 3", "insert_after", "direct"),
        ("comment", "paragraphe 3", "", "comment"),
    }
    result = importer.apply(preview)

    amendments = {a.paragraph_uuid: a for a in demo.opinions.amendments(opinion_id)}
    tracked = amendments[body[0].uuid]
    assert "seul responsable" in tracked.text and tracked.organisation_acronym == "AMF"
    assert tracked.author == "Jeanne Martin" and tracked.proposed_on == REVIEWED_ON.date()
    assert tracked.status == "proposed" and tracked.action == "replace"
    direct = amendments[body[1].uuid]
    assert "registre unique de traitement" in direct.text and direct.organisation_acronym == "AMF"
    inserted = next(a for a in result.amendments if a.action == "insert_after")
    assert inserted.paragraph_uuid == body[2].uuid
    assert inserted.text == "Les petites communes sont accompagnées par l'État."
    (thread,) = [t for t in demo.opinions.threads(opinion_id) if t.first.organisation_id]
    comment = thread.first
    assert comment.paragraph_uuid == body[2].uuid and comment.anchor == "délégué"
    assert comment.author == "Jeanne Martin" and comment.organisation_acronym == "AMF"
    assert comment.written_at == REVIEWED_ON
    assert counts(demo, opinion_id) == (before[0] + 3, before[1] + 1)


def test_importing_the_same_file_twice_adds_nothing(demo: Root, tmp_path: Path) -> None:
    opinion_id, _body, returned = reviewed(demo, tmp_path)
    importer = ReviewImport(demo)
    importer.apply(importer.preview(returned, "AMF"))
    after_first = counts(demo, opinion_id)

    again = importer.preview(returned, "AMF")

    assert {i.status for i in again.items} == {"already"} and not again.new_items
    assert importer.apply(again).amendments == ()
    assert counts(demo, opinion_id) == after_first
    # another organisation sending the same edits is another proposal
    assert len(importer.preview(returned, "ADF").new_items) == 4


def test_undo_and_redo_of_an_import(demo: Root, tmp_path: Path) -> None:
    opinion_id, _body, returned = reviewed(demo, tmp_path)
    importer = ReviewImport(demo)
    before = counts(demo, opinion_id)
    result = importer.apply(importer.preview(returned, "AMF"))

    importer.undo(result)
    assert counts(demo, opinion_id) == before
    assert len(importer.preview(returned, "AMF").new_items) == 4

    importer.redo(result)
    assert counts(demo, opinion_id) == (before[0] + 3, before[1] + 1)
    assert not importer.preview(returned, "AMF").new_items


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_a_copy_saved_by_libreoffice_gives_the_same_changes(
    demo: Root, tmp_path: Path, libreoffice_profile: str
) -> None:
    _opinion_id, _body, returned = reviewed(demo, tmp_path)
    out = tmp_path / "lo"
    subprocess.run(
        [
            "soffice", libreoffice_profile, "--headless",
            "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(out), str(returned),
        ],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    importer = ReviewImport(demo)

    direct = importer.preview(returned, "AMF")
    saved = importer.preview(out / returned.name, "AMF")

    def summary(items: tuple) -> set[tuple[str, str, str, str]]:
        return {(i.kind, i.paragraph_label, i.action, i.text) for i in items}

    assert not saved.matched_by_text
    assert summary(saved.items) == summary(direct.items)
    importer.apply(direct)
    assert not importer.preview(out / returned.name, "AMF").new_items  # same edits: known


def test_a_file_that_lost_its_ids_is_matched_by_text(demo: Root, tmp_path: Path) -> None:
    import docx

    opinion_id = recommendation_id(demo)
    record = export_opinion(demo, opinion_id, tmp_path / "export.docx")
    copy = docx.Document()  # the text pasted into a new document: no bookmarks, no properties
    copy.add_paragraph("Mes remarques sur le projet")
    for paragraph in record.paragraphs:
        text = paragraph.text.replace("\n", " ")
        if paragraph is body_paragraphs(record.paragraphs)[1]:
            text = text.replace("registre", "registre unique")
        copy.add_paragraph(text)
    copy.save(tmp_path / "copie.docx")

    preview = ReviewImport(demo).preview(tmp_path / "copie.docx", "AMF")

    assert preview.matched_by_text and preview.opinion_id == opinion_id
    assert "ressemblance" in preview.warnings[0]
    (item,) = preview.items
    assert item.paragraph_uuid == body_paragraphs(record.paragraphs)[1].uuid
    assert "registre unique" in item.text


def test_a_file_of_another_opinion_is_refused(demo: Root, tmp_path: Path) -> None:
    opinion_id, _body, returned = reviewed(demo, tmp_path)
    other = next(o.id for o in demo.opinions.opinions() if o.id != opinion_id)
    before = counts(demo, other)

    with pytest.raises(ReviewFileError, match="autre avis"):
        ReviewImport(demo).preview(returned, "AMF", opinion_id=other)
    assert counts(demo, other) == before


def test_paragraphs_changed_since_export_are_flagged(demo: Root, tmp_path: Path) -> None:
    opinion_id, body, returned = reviewed(demo, tmp_path)
    text = demo.opinions.text(opinion_id)
    edited = tuple(
        replace(p, lines=(Line((Run(p.text + " Modifié depuis."),)),)) if p.uuid == body[2].uuid
        else p
        for p in text.paragraphs
    )  # fmt: skip
    demo.opinions.save_text(opinion_id, edited, text.revision)

    preview = ReviewImport(demo).preview(returned, "AMF")

    comment = next(i for i in preview.items if i.kind == "comment")
    assert comment.changed_since_export and preview.changed_paragraphs == ("paragraphe 3",)
    assert any("depuis l'export" in w for w in preview.warnings)
    tracked = next(i for i in preview.items if i.paragraph_label == "paragraphe 1")
    assert not tracked.changed_since_export


def test_an_item_on_a_paragraph_deleted_since_is_not_imported(demo: Root, tmp_path: Path) -> None:
    opinion_id, body, returned = reviewed(demo, tmp_path)
    text = demo.opinions.text(opinion_id)
    kept = tuple(p for p in text.paragraphs if p.uuid != body[0].uuid)
    demo.opinions.save_text(opinion_id, kept, text.revision)
    importer = ReviewImport(demo)

    preview = importer.preview(returned, "AMF")

    orphan = next(i for i in preview.items if i.paragraph_label == "paragraphe 1")
    assert orphan.status == "orphan" and "supprimé" in orphan.note
    result = importer.apply(preview)
    assert len(result.amendments) == 2 and len(result.comments) == 1


def test_tracked_changes_of_the_secretariat_are_not_proposals(demo: Root, tmp_path: Path) -> None:
    opinion_id = recommendation_id(demo)
    versions = demo.opinions.versions(opinion_id)
    assert len(versions) >= 2
    target = tmp_path / "comparaison.docx"
    export_opinion(demo, opinion_id, target,
        ExportOptions(version=versions[-1].number, against=versions[0].number),
    )  # fmt: skip
    assert b"w:ins " in _document_xml(target)

    preview = ReviewImport(demo).preview(target, "AMF")

    assert preview.items == ()


def test_bad_files_write_nothing(demo: Root, tmp_path: Path) -> None:
    opinion_id = recommendation_id(demo)
    before = counts(demo, opinion_id)
    not_zip = tmp_path / "notes.docx"
    not_zip.write_text("Ceci n'est pas un document Word.")
    importer = ReviewImport(demo)

    with pytest.raises(ReviewFileError, match=r"« notes\.docx »"):
        importer.preview(not_zip, "AMF")
    with pytest.raises(ValidationError, match="XYZ"):
        importer.preview(not_zip, "XYZ")
    assert counts(demo, opinion_id) == before


def _document_xml(path: Path) -> bytes:
    import zipfile

    with zipfile.ZipFile(path) as archive:
        return archive.read("word/document.xml")


# -- OpenDocument returns -----------------------------------------------------------------------


def summary(preview: object) -> set[tuple[str, str, str, str, str, str]]:
    return {
        (i.kind, i.paragraph_label, i.action, i.origin, i.text, i.author)
        for i in preview.items  # type: ignore[attr-defined]
    }


def libreoffice_convert(source: Path, to: str, out: Path, profile: str) -> Path:
    subprocess.run(
        ["soffice", profile, "--headless", "--convert-to", to, "--outdir", str(out),
         str(source)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    return out / f"{source.stem}.{to.split(':')[0]}"


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_a_review_saved_as_odt_by_libreoffice_comes_back_as_the_docx_does(
    demo: Root, tmp_path: Path, libreoffice_profile: str
) -> None:
    # The Word reviewer's tracked change, direct edit, comment and new paragraph, the file
    # then opened in LibreOffice and saved in its own format.
    _opinion_id, _body, returned = reviewed(demo, tmp_path)
    odt = libreoffice_convert(returned, "odt", tmp_path / "lo", libreoffice_profile)
    importer = ReviewImport(demo)

    word = importer.preview(returned, "AMF")
    opendocument = importer.preview(odt, "AMF")

    assert not opendocument.matched_by_text and opendocument.export_uuid == word.export_uuid
    assert summary(opendocument) == summary(word) and len(summary(word)) == 4
    (comment,) = [i for i in opendocument.items if i.kind == "comment"]
    assert (comment.anchor, comment.author) == ("délégué", "Jeanne Martin")
    importer.apply(word)
    assert not importer.preview(odt, "AMF").new_items  # the same edits: already imported


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_an_odt_export_saved_again_by_libreoffice_as_odt_or_docx_proposes_nothing(
    demo: Root, tmp_path: Path, libreoffice_profile: str
) -> None:
    opinion_id = recommendation_id(demo)
    record = export_opinion(demo, opinion_id, tmp_path / "export.odt")
    importer = ReviewImport(demo)
    for to in ("odt", "docx:MS Word 2007 XML"):
        saved = libreoffice_convert(
            tmp_path / "export.odt", to, tmp_path / "lo", libreoffice_profile
        )
        preview = importer.preview(saved, "AMF", opinion_id=opinion_id)
        assert not preview.matched_by_text, to
        assert preview.export_uuid == record.uuid, to
        assert preview.items == () and preview.warnings == (), to


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_edits_made_in_libreoffice_on_the_odt_and_on_the_docx_give_the_same_amendments(
    demo: Root, tmp_path: Path, libreoffice_profile: str
) -> None:
    opinion_id = recommendation_id(demo)
    body = body_paragraphs(demo.opinions.text(opinion_id).paragraphs)
    importer = ReviewImport(demo)
    previews = {}
    editor = Path(__file__).parents[1] / "review" / "libreoffice_edit.py"
    profile = libreoffice_profile.partition("=")[2]
    for suffix in (".odt", ".docx"):
        exported = tmp_path / f"export{suffix}"
        export_opinion(demo, opinion_id, exported)
        returned = tmp_path / f"retour{suffix}"
        subprocess.run(
            ["/usr/bin/python3", str(editor), profile, str(exported), str(returned)],
            check=True, capture_output=True, timeout=300,
        )  # fmt: skip
        previews[suffix] = importer.preview(returned, "AMF")

    odt, word = previews[".odt"], previews[".docx"]
    found = {(i.paragraph_label, i.action, i.origin, i.text) for i in odt.items}
    assert found == {(i.paragraph_label, i.action, i.origin, i.text) for i in word.items}
    assert found == {
        ("paragraphe 1", "replace", "tracked", body[0].text.replace(
            "responsable des traitements", "seul responsable des traitements")),
        ("après paragraphe 3", "insert_after", "tracked",
         "Les petites communes sont accompagnées par l'État."),
    }  # fmt: skip
