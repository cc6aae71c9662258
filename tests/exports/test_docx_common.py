"""Every Word export (opinion, agenda, record of decisions, synthesis, amendments' table,
response form) as independent readers see it: the namespaces Word declares on each part, nothing
left of python-docx's template, and the text read back by python-docx, docx2python and mammoth."""

from __future__ import annotations

import shutil
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import docx
import mammoth
import pytest
from docx2python import docx2python
from lxml import etree

from deliberation.exports.amendments_table import DOCUMENT as AMENDMENTS_TABLE
from deliberation.exports.meeting_docx import write_agenda, write_decisions
from deliberation.exports.response_form import form_title, response_form_docx
from deliberation.services.amendments_export import export_amendments
from deliberation.services.opinion_export import ExportOptions, export_opinion
from deliberation.services.root import open_root
from deliberation.services.synthesis_export import export_synthesis

from .test_response_form import FORM

TODAY = __import__("datetime").date(2026, 3, 10)  # the demo's day (tests/conftest.py DEMO_DAY)
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
# What Word declares on the root of the parts holding text (document, notes, headers, footers,
# numbering), as Word 2013 and later write them.
STORY = {
    "w": W,
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "wp14": "http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing",
    "mc": MC,
    "m": "http://schemas.openxmlformats.org/officeDocument/2006/math",
    "o": "urn:schemas-microsoft-com:office:office",
    "v": "urn:schemas-microsoft-com:vml",
    "w10": "urn:schemas-microsoft-com:office:word",
    "w14": "http://schemas.microsoft.com/office/word/2010/wordml",
    "w15": "http://schemas.microsoft.com/office/word/2012/wordml",
    "wpc": "http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas",
    "wpg": "http://schemas.microsoft.com/office/word/2010/wordprocessingGroup",
    "wpi": "http://schemas.microsoft.com/office/word/2010/wordprocessingInk",
    "wne": "http://schemas.microsoft.com/office/word/2006/wordml",
    "wps": "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
}
STYLES = {p: STORY[p] for p in ("mc", "r", "w", "w14", "w15")}
EXPECTED = {
    "document": STORY, "footnotes": STORY, "hdr": STORY, "ftr": STORY, "numbering": STORY,
    "styles": STYLES, "fonts": STYLES, "webSettings": STYLES,
    "settings": {**STYLES, **{p: STORY[p] for p in ("o", "m", "v", "w10")},
                 "sl": "http://schemas.openxmlformats.org/schemaLibrary/2006/main"},
}  # fmt: skip


@dataclass
class Export:
    path: Path
    title: str  # a line the file shows, to find in what each reader returns
    body: str  # a line of the body text
    notes: tuple[str, ...] = ()  # footnote texts (an opinion's reservations)


@pytest.fixture(scope="module")
def exports(
    tmp_path_factory: pytest.TempPathFactory, demo_file: Path
) -> Iterator[dict[str, Export]]:
    folder = tmp_path_factory.mktemp("docx-readers")
    shutil.copyfile(demo_file, folder / "store.sqlite3")
    opened = open_root(str(folder / "store.sqlite3"))
    try:
        root = opened.acting(today=TODAY)
        opinions = root.opinions
        ids = {o.status: o.id for o in opinions.opinions()}
        result: dict[str, Export] = {}
        # The opinion in consultation: reservations (footnotes) and a version to compare with.
        opinion_id = ids["consultation"]
        standing = opinions.standing(opinion_id)
        aliases = opinions.aliases(opinion_id)
        text = opinions.text(opinion_id).paragraphs
        notes = tuple(  # the reservations on the text's paragraphs, as the export notes them
            r.reservation
            for p in text
            for r in getattr(standing.get(aliases.get(p.uuid, p.uuid)), "reservations", ())
        )
        assert notes, "the demo has reservations on this opinion"
        body = next(p.text for p in text if p.kind == "paragraph")
        title = opinions.opinion(opinion_id).title
        for key, options in (("opinion", ExportOptions()),
                             ("tracked", ExportOptions(version=2, against=1))):  # fmt: skip
            path = folder / f"{key}.docx"
            export_opinion(root, opinion_id, path, options)
            result[key] = Export(path, title, body, notes if key == "opinion" else ())
        meeting = next(m for m in root.meetings.meetings() if m.status == "held")
        details = root.meetings.details(meeting.id)
        item = details.schedule[0].item.title
        result["agenda"] = Export(
            write_agenda(details, folder / "agenda.docx", today=TODAY), "Ordre du jour", item
        )
        result["decisions"] = Export(
            write_decisions(details, folder / "decisions.docx", today=TODAY),
            "Relevé de décisions",
            item,
        )
        consultation = next(c for c in root.positions.consultations() if c.answered_count)
        result["synthesis"] = Export(
            export_synthesis(root, [consultation.id], folder / "synthese.docx"),
            "Synthèse",
            consultation.title,
        )
        # The amendments' table of the same opinion (landscape, merged cells, treatments).
        amended = next(a for a in opinions.amendments(opinion_id) if a.justification)
        result["amendments"] = Export(
            export_amendments(opinions, root.referential, opinion_id, folder / "amendements.docx"),
            AMENDMENTS_TABLE,
            amended.justification,
        )
        form = folder / "formulaire.docx"
        form.write_bytes(response_form_docx(FORM))
        result["form"] = Export(form, form_title(FORM), FORM.subjects[1].label)
        yield result
    finally:
        opened.close()


KINDS = ["opinion", "tracked", "agenda", "decisions", "synthesis", "amendments", "form"]


def parts(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def normal(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'").split())


@pytest.mark.parametrize("kind", KINDS)
def test_every_part_declares_the_namespaces_word_declares(
    exports: dict[str, Export], kind: str
) -> None:
    seen = set()
    for name, data in parts(exports[kind].path).items():
        if not (name.startswith("word/") and name.endswith(".xml")):
            continue
        root = etree.fromstring(data)
        if not root.tag.startswith(f"{{{W}}}"):
            continue  # the theme: DrawingML, as Word writes it
        local = etree.QName(root).localname
        expected = EXPECTED[local]
        missing = {p for p, uri in expected.items() if root.nsmap.get(p) != uri}
        assert missing == set(), (name, missing)
        ignorable = root.get(f"{{{MC}}}Ignorable", "").split()
        assert {"w14", "w15"} <= set(ignorable), name
        assert set(ignorable) <= set(root.nsmap), name  # Word refuses an undeclared one
        if "wp14" in root.nsmap:
            assert "wp14" in ignorable, name
        seen.add(local)
    assert {"document", "styles", "settings", "numbering"} <= seen
    if kind != "form":  # the form has no header or footer: the participant fills it in
        assert {"hdr", "ftr"} <= seen
    if kind == "opinion":
        assert "footnotes" in seen


@pytest.mark.parametrize("kind", KINDS)
def test_nothing_is_left_of_python_docx_template(exports: dict[str, Export], kind: str) -> None:
    package = parts(exports[kind].path)
    assert not [n for n in package if "thumbnail" in n.lower() or "stylesWithEffects" in n]
    assert b"thumbnail" not in package["_rels/.rels"]
    assert b"stylesWithEffects" not in package["word/_rels/document.xml.rels"]
    assert b"stylesWithEffects" not in package["[Content_Types].xml"]
    app = etree.fromstring(package["docProps/app.xml"])
    assert app.findtext("{*}Application") == "Délibération"
    assert b"Macintosh" not in package["docProps/app.xml"]


@pytest.mark.parametrize("kind", KINDS)
def test_python_docx_reads_the_text(exports: dict[str, Export], kind: str) -> None:
    export = exports[kind]
    document = docx.Document(str(export.path))
    texts = [p.text for p in document.paragraphs]
    texts += [p.text for t in document.tables for c in t._cells for p in c.paragraphs]
    found = normal(" ".join(texts))
    assert normal(export.title) in found
    assert normal(export.body) in found


@pytest.mark.parametrize("kind", KINDS)
def test_docx2python_reads_the_text_and_the_notes(exports: dict[str, Export], kind: str) -> None:
    """It looked the `r` prefix up on footnotes.xml's root: KeyError 'r' on any reservation."""
    export = exports[kind]
    with docx2python(export.path) as read:
        body = normal(read.text)
        notes = normal(_flatten(read.footnotes))
    assert normal(export.title) in body
    assert normal(export.body) in body
    for note in export.notes:
        assert normal(note) in notes


@pytest.mark.parametrize("kind", KINDS)
def test_mammoth_reads_the_text_and_the_notes(exports: dict[str, Export], kind: str) -> None:
    export = exports[kind]
    with export.path.open("rb") as file:
        converted = mammoth.extract_raw_text(file)
    assert [m for m in converted.messages if m.type == "error"] == []
    text = normal(converted.value)
    assert normal(export.title) in text
    assert normal(export.body) in text
    with export.path.open("rb") as file:
        html = mammoth.convert_to_html(file)
    assert [m for m in html.messages if m.type == "error"] == []
    page = normal(
        " ".join(etree.fromstring(f"<div>{html.value}</div>", etree.HTMLParser()).itertext())
    )
    for note in export.notes:  # footnotes become an ordered list at the end of the page
        assert normal(note) in page


def _flatten(value: Any) -> str:
    if isinstance(value, str):
        return value
    return " ".join(_flatten(item) for item in value)
