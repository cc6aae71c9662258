"""The OpenDocument export of an opinion: the Word export's document, read by odfdo and LO."""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from odfdo import Document

from deliberation.errors import ExportError
from deliberation.records.opinions import ExportRecord, Paragraph
from deliberation.review.matching import document_body
from deliberation.review.odt_reader import read_odt_review
from deliberation.review.returned import ReturnedDocument, ReturnedParagraph
from deliberation.rules.typography import plain
from deliberation.rules.word_exchange import (
    ANNEX_BOOKMARK,
    BOOKMARK_PREFIX,
    PROPERTY_EXPORT,
    PROPERTY_OPINION,
)
from deliberation.services.opinion_export import ExportOptions, export_opinion
from deliberation.services.root import Root, open_root

TITLE_BLOCK = {"Surtitre", "Mention", "Title", "Subtitle", "Statut du document", "Statut adopté",
               "Information"}  # fmt: skip
SECRETARIAT = "Secrétariat du comité"


@dataclass
class Exported:
    opened: Root
    files: dict[str, tuple[Path, ExportRecord]]
    previous: tuple[Paragraph, ...]


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory, demo_file: Path) -> Iterator[Exported]:
    folder = tmp_path_factory.mktemp("opinion-odt")
    shutil.copyfile(demo_file, folder / "store.sqlite3")
    opened = open_root(str(folder / "store.sqlite3"))
    try:
        ids = {o.status: o.id for o in opened.opinions.opinions()}
        last = max(v.number for v in opened.opinions.versions(ids["published"]))
        plans = {
            "consultation": (ids["consultation"], ExportOptions()),
            "tracked": (
                ids["published"],
                ExportOptions(version=last, against=1, author=SECRETARIAT),
            ),
            "lines": (ids["draft"], ExportOptions(line_numbers=True, annexes=False)),
        }
        files = {}
        for key, (opinion_id, options) in plans.items():
            target = folder / f"{key}.odt"
            files[key] = (target, export_opinion(opened, opinion_id, target, options))
        previous = opened.opinions.version(ids["published"], 1).paragraphs
        yield Exported(opened, files, previous)
    finally:
        opened.close()


def by_bookmark(document: ReturnedDocument) -> dict[str, list[ReturnedParagraph]]:
    found: dict[str, list[ReturnedParagraph]] = {}
    for paragraph in document_body(document):
        for name in paragraph.bookmarks:
            found.setdefault(name, []).append(paragraph)
    return found


def words(texts: list[str]) -> list[str]:
    return plain(" ".join(texts)).split()


def test_every_paragraph_comes_back_in_order_under_its_own_bookmark(exported: Exported) -> None:
    path, record = exported.files["consultation"]
    document = read_odt_review(path)
    found = by_bookmark(document)

    assert list(found) == [BOOKMARK_PREFIX + p.uuid.hex for p in record.paragraphs]
    for paragraph in record.paragraphs:
        back = found[BOOKMARK_PREFIX + paragraph.uuid.hex]
        assert plain("\n".join(p.text for p in back)) == plain(paragraph.text)
        lines = [line for p in back for line in p.lines]
        assert [line.list for line in lines] == [line.list for line in paragraph.lines]
    assert any(line.list == "bullet" for p in record.paragraphs for line in p.lines)
    annex = [p for p in document.paragraphs if ANNEX_BOOKMARK in p.bookmarks]
    assert [p.text for p in annex] == ["Annexe 1 – Positions des membres"]


def test_the_title_block_properties_and_package_say_what_the_word_export_says(
    exported: Exported,
) -> None:
    path, record = exported.files["consultation"]
    odf = Document(path)
    meta = odf.meta
    assert meta.get_user_defined_metadata_of_name(PROPERTY_EXPORT)["value"] == str(record.uuid)
    snap = exported.opened.opinions.opinion(record.opinion_id)
    assert meta.get_user_defined_metadata_of_name(PROPERTY_OPINION)["value"] == str(snap.uuid)
    assert meta.get_title() == snap.title
    assert meta.get_initial_creator() == record.author
    assert meta.get_generator() == "Délibération"  # not the library's template's LibreOffice
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
    assert names[0] == "mimetype" and not any(n.startswith("Thumbnails/") for n in names)
    texts = [p.text for p in read_odt_review(path).paragraphs[:6]]
    assert snap.title in texts
    assert "Projet – document de travail" in texts


def test_reservations_are_footnotes_of_their_paragraph(exported: Exported) -> None:
    path, _record = exported.files["consultation"]
    notes = Document(path).body.get_notes(note_class="footnote")
    texts = [str(note.get_element("text:note-body").text_recursive) for note in notes]
    assert texts and all("Réserve de l'organisation" in plain(t) for t in texts)
    # the note is not part of the paragraph's text a return is compared with
    document = read_odt_review(path)
    assert not any("Réserve de l" in p.text for p in document_body(document))


def test_tracked_changes_accepted_give_the_new_text_and_rejected_the_old(
    exported: Exported,
) -> None:
    path, record = exported.files["tracked"]
    document = read_odt_review(path)
    body = [p for p in document_body(document) if p.style not in TITLE_BLOCK]
    assert document.track_revisions is False  # changes shown, not recorded from now on
    changes = [c for p in body for c in p.changes]
    assert {c.kind for c in changes} == {"insert", "delete"}
    assert {c.author for c in changes} == {SECRETARIAT}

    assert words([p.text for p in body]) == words([p.text for p in record.paragraphs])
    assert words([p.original for p in body]) == words([p.text for p in exported.previous])


def test_line_numbers_are_asked_of_the_reader(exported: Exported) -> None:
    path, _record = exported.files["lines"]
    styles = Document(path).get_part("styles.xml")
    config = styles.get_element("//text:linenumbering-configuration")  # type: ignore[union-attr]
    assert config is not None and config.get_attribute("text:number-lines") in (True, "true")


def test_a_template_or_another_suffix_is_refused_before_anything_is_written(
    exported: Exported, tmp_path: Path
) -> None:
    _path, record = exported.files["consultation"]
    template = tmp_path / "modele.docx"
    template.write_bytes(b"")
    with pytest.raises(ExportError, match=r"ne s'applique qu'à un export \.docx"):
        export_opinion(
            exported.opened, record.opinion_id, tmp_path / "a.odt", ExportOptions(template=template)
        )
    with pytest.raises(ExportError, match=r"choisissez un fichier \.docx ou \.odt"):
        export_opinion(exported.opened, record.opinion_id, tmp_path / "a.ods")
    assert list(tmp_path.iterdir()) == [template]


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_shows_the_numbers_notes_and_annexes(
    exported: Exported, tmp_path: Path, libreoffice_profile: str
) -> None:
    path, record = exported.files["consultation"]
    subprocess.run(
        ["soffice", "--headless", libreoffice_profile, "--convert-to", "pdf",
         "--outdir", str(tmp_path), str(path)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    pdf = tmp_path / "consultation.pdf"
    shown = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    flat = plain(shown)
    recommendations = [p for p in record.paragraphs if p.kind == "recommendation"]
    body = [p for p in record.paragraphs if p.kind == "paragraph"]
    numbers = re.findall(r"Recommandation n°\s*(\d+)\s*:", shown)
    # numbering goes on across the lists between recommendations
    assert numbers == [str(n) for n in range(1, len(recommendations) + 1)]
    assert f"{len(body)}. " in flat and "I. " in flat
    assert "Réserve de l'organisation" in flat
    assert "Annexe 1 – Positions des membres" in flat
    assert "– " in shown  # the dashes of the bulleted items


def test_a_long_text_opens_with_a_table_of_contents_numbered_as_the_text(
    exported: Exported, tmp_path: Path
) -> None:
    from deliberation.records.opinions import OpinionInput
    from deliberation.services.review_import import ReviewImport

    from .test_opinion_docx import _long_text

    opinions = exported.opened.opinions
    text = _long_text(4, 1900)
    levels = iter((2, 3))
    for index, paragraph in enumerate(text):  # the 2nd and 3rd headings one level down each
        if paragraph.kind == "heading" and index:
            level = next(levels, 1)
            text[index] = Paragraph(paragraph.uuid, "heading", paragraph.lines, level)
    snap = opinions.apply_opinion(opinions.new_opinion(OpinionInput("avis", "Avis long")))
    opinions.save_text(snap.id, text, 0)
    target = tmp_path / "long.odt"
    export_opinion(exported.opened, snap.id, target)

    document = Document(str(target))
    (toc,) = document.body.get_elements("text:table-of-content")
    assert toc.get_element("text:index-body/text:index-title").text_recursive.strip() == "Sommaire"
    entries = toc.get_elements("text:index-body/text:p")
    assert [e.get_element("text:a").text for e in entries] == [
        "I.\u00a0Partie 1", "A.\u00a0Partie 2", "1°\u00a0Partie 3", "II.\u00a0Partie 4"
    ]  # fmt: skip
    links = [e.get_element("text:a").get_attribute("xlink:href") for e in entries]
    bookmarks = {b.name for b in document.body.get_elements("//text:bookmark-start")}
    headings = [p for p in text if p.kind == "heading"]
    assert links == [f"#dlb_{h.uuid.hex}" for h in headings]
    assert {link[1:] for link in links} <= bookmarks, "each entry jumps to its heading"
    # the table of contents is no text of the opinion: a dry-run import finds nothing
    preview = ReviewImport(exported.opened).preview(target, "AMF", opinion_id=snap.id)
    assert preview.items == ()
    short = tmp_path / "court.odt"
    short_text = _long_text(4, 300)
    snap_short = opinions.apply_opinion(opinions.new_opinion(OpinionInput("avis", "Avis court")))
    opinions.save_text(snap_short.id, short_text, 0)
    export_opinion(exported.opened, snap_short.id, short)
    assert Document(str(short)).body.get_elements("text:table-of-content") == []
