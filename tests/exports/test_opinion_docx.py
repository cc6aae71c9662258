"""An opinion exported to Word, read back as a participant's Word would: with python-docx, with
raw XML (zipfile + lxml), and, when LibreOffice is installed, as the PDF it prints."""

from __future__ import annotations

import errno
import getpass
import os
import re
import shutil
import subprocess
import uuid
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.shared import RGBColor
from lxml import etree

from deliberation.errors import ExportError
from deliberation.exports.opinion_docx import (
    MemberRow,
    OpinionDocument,
    PositionRow,
    Reservation,
    write_opinion_docx,
)
from deliberation.records.opinions import (
    ExportRecord,
    Line,
    OpinionInput,
    Paragraph,
    Run,
    plain_lines,
)
from deliberation.records.positions import ConsultationInput, PositionInput, Subject
from deliberation.rules.word_exchange import paragraph_bookmark
from deliberation.services.opinion_export import ExportOptions, export_opinion
from deliberation.services.opinions import Opinions
from deliberation.services.root import Root, open_root
from deliberation.store import opinion_reviews as qr
from deliberation.store import opinions as q

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W = f"{{{W_NS}}}"
CUSTOM = "{http://schemas.openxmlformats.org/officeDocument/2006/custom-properties}"
VT = "{http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes}"
TODAY = date(2026, 3, 10)  # the demo's opinions: a draft, one in consultation, one published
OS_USER = "zq-compte-du-poste"  # the operating-system user while exporting: must never show
SECRETARIAT = "Secrétariat général du comité"
STYLES = {
    "paragraph": "Paragraphenumerote",
    "recommendation": "Recommandation",
    "recital": "Considerant",
}
NBSPS = "\u00a0\u202f"


# -- reading a package ----------------------------------------------------------------------------


class Package:
    """A .docx read as a zip of XML parts, without python-docx."""

    def __init__(self, path: Path) -> None:
        with zipfile.ZipFile(path) as archive:
            self.parts = {name: archive.read(name) for name in archive.namelist()}

    def xml(self, name: str) -> Any:
        return etree.fromstring(self.parts[name])

    @property
    def document(self) -> Any:
        return self.xml("word/document.xml")

    def texts(self) -> dict[str, str]:
        """Every XML part's text content, normalised as a reader compares it."""
        result = {}
        for name, data in self.parts.items():
            if name.endswith((".xml", ".rels")):
                root = etree.fromstring(data)
                result[name] = normal(" ".join(root.itertext()))
        return result

    def custom_properties(self) -> dict[str, str]:
        root = self.xml("docProps/custom.xml")
        return {
            prop.get("name"): prop.find(f"{VT}lpwstr").text or ""
            for prop in root.findall(f"{CUSTOM}property")
        }


def normal(text: str) -> str:
    """Text as a reader compares it: no-break spaces are spaces, apostrophes are straight."""
    for space in NBSPS:
        text = text.replace(space, " ")
    return " ".join(text.replace("’", "'").split())


def groups(document: Any) -> dict[str, list[Any]]:
    """The body's Word paragraphs by the paragraph bookmark (dlb_…) that spans them (its
    line bookmarks, dlb_…_2, dlb_…_3…, count as the paragraph's)."""
    opened: dict[str, str] = {}
    result: dict[str, list[Any]] = {}
    for p in document.find(f"{W}body").iter(f"{W}p"):
        for start in p.iter(f"{W}bookmarkStart"):
            name = start.get(f"{W}name")
            if name.startswith("dlb_") and name != "dlb_annexes":
                opened[start.get(f"{W}id")] = paragraph_bookmark(name)
        for name in opened.values():
            result.setdefault(name, []).append(p)
        for end in p.iter(f"{W}bookmarkEnd"):
            opened.pop(end.get(f"{W}id"), None)
    return result


def name_of(paragraph: Paragraph) -> str:
    return f"dlb_{paragraph.uuid.hex}"


def text_of(ps: list[Any], accept: bool = True) -> str:
    """The text of Word paragraphs with every tracked change accepted (or rejected)."""
    lines = []
    for p in ps:
        parts = []
        for el in p.iter(f"{W}t", f"{W}delText", f"{W}br", f"{W}tab"):
            inserted = any(True for _ in el.iterancestors(f"{W}ins"))
            skipped = el.tag == f"{W}delText" if accept else inserted
            if skipped:
                continue
            parts.append({f"{W}br": "\n", f"{W}tab": "\t"}.get(el.tag, el.text or ""))
        lines.append("".join(parts))
    return "\n".join(lines)


def style_of(p: Any) -> str:
    style = p.find(f"{W}pPr/{W}pStyle")
    return style.get(f"{W}val") if style is not None else ""


def num_of(p: Any) -> tuple[str, str] | None:
    num = p.find(f"{W}pPr/{W}numPr")
    if num is None:
        return None
    return num.find(f"{W}numId").get(f"{W}val"), num.find(f"{W}ilvl").get(f"{W}val")


# -- the demo, exported once ----------------------------------------------------------------------


@dataclass(frozen=True)
class Demo:
    opened: Root
    root: Root  # as the rapporteur who exports
    opinions: Opinions
    ids: dict[str, int]  # status → opinion id
    committee: str
    folder: Path
    files: dict[str, tuple[Path, ExportRecord]]

    def text(self, key: str) -> tuple[Paragraph, ...]:
        record = self.files[key][1]
        return record.paragraphs

    def package(self, key: str) -> Package:
        return Package(self.files[key][0])

    def exports(self) -> int:
        with self.opened.store.session() as s:
            return len(qr.exports(s))


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory, demo_file: Path) -> Iterator[Demo]:
    folder = tmp_path_factory.mktemp("opinion-docx")
    shutil.copyfile(demo_file, folder / "store.sqlite3")  # the demo generated on TODAY
    opened = open_root(str(folder / "store.sqlite3"))
    try:
        acting = opened.acting(user="Hélène Marty", today=TODAY)
        opinions = acting.opinions
        ids = {o.status: o.id for o in opinions.opinions()}
        assert set(ids) == {"draft", "consultation", "published"}
        body = opened.referential.body()
        assert body is not None
        last = max(v.number for v in opinions.versions(ids["published"]))
        assert last >= 3
        plans = {
            "draft": (ids["draft"], ExportOptions()),
            "consultation": (ids["consultation"], ExportOptions()),
            "published": (ids["published"], ExportOptions()),
            "tracked": (ids["published"], ExportOptions(version=last, against=1)),
            "secretariat": (
                ids["consultation"],
                ExportOptions(version=2, against=1, author=SECRETARIAT, annexes=False),
            ),
            "lines": (ids["consultation"], ExportOptions(line_numbers=True)),
        }
        files = {}
        with pytest.MonkeyPatch.context() as env:  # the session of someone on a shared computer
            for variable in ("USER", "LOGNAME", "USERNAME", "LNAME"):
                env.setenv(variable, OS_USER)
            assert getpass.getuser() == OS_USER
            for key, (opinion_id, options) in plans.items():
                target = folder / f"{key}.docx"
                files[key] = (target, export_opinion(acting, opinion_id, target, options))
        yield Demo(opened, acting, opinions, ids, body.name, folder, files)
    finally:
        opened.close()


# -- text, order and styles -----------------------------------------------------------------------


@pytest.mark.parametrize("key", ["draft", "consultation", "published"])
def test_python_docx_reads_the_title_then_every_paragraph_in_order_in_its_style(
    demo: Demo, key: str
) -> None:
    document = docx.Document(str(demo.files[key][0]))
    snap = demo.opinions.opinion(demo.ids[key])
    (title,) = [p for p in document.paragraphs if p.style.name == "Title"]
    assert normal(title.text) == normal(snap.title)
    owner = {p: name for name, ps in groups(document.element).items() for p in ps}
    order: list[str] = []
    word: dict[str, list[Any]] = {}
    for p in document.paragraphs:
        if p._p in owner:
            if owner[p._p] not in word:
                order.append(owner[p._p])
            word.setdefault(owner[p._p], []).append(p)
    text = demo.text(key)
    assert order == [name_of(p) for p in text], "every paragraph once, in the text's order"
    used = set()
    for paragraph in text:
        found = word[name_of(paragraph)]
        first = found[0].style
        expected = (
            f"Heading{paragraph.level}" if paragraph.kind == "heading" else STYLES[paragraph.kind]
        )
        assert first.style_id == expected, paragraph.text
        used.add(first.name)
        assert normal("\n".join(p.text for p in found)) == normal(paragraph.text)
        bullets = [line for line in paragraph.lines if line.list == "bullet"]
        assert len([p for p in found if p.style.name == "Liste à tirets"]) == len(bullets)
    assert {"Heading 1", "Paragraphe numéroté", "Recommandation", "Considérant"} <= used


def test_an_independent_reader_finds_the_same_text_styles_and_emphasis(demo: Demo) -> None:
    package = demo.package("consultation")
    found = groups(package.document)
    text = demo.text("consultation")
    assert len(found) == len(text)
    for paragraph in text:
        ps = found[name_of(paragraph)]
        assert normal(text_of(ps)) == normal(paragraph.text)
        if paragraph.kind != "heading":
            assert style_of(ps[0]) == STYLES[paragraph.kind]
        bold = [normal(r.text) for line in paragraph.lines for r in line.runs if r.bold]
        for words in bold:  # the emphasis of the text survives, on the same words
            runs = [r for p in ps for r in p.iter(f"{W}r") if r.find(f"{W}rPr/{W}b") is not None]
            assert words in normal(" ".join("".join(r.itertext()) for r in runs))
    assert any(r.bold for p in text for line in p.lines for r in line.runs), "demo has emphasis"


# -- numbering ------------------------------------------------------------------------------------


def _levels(package: Package) -> dict[tuple[str, str], tuple[str, str]]:
    """(numId, ilvl) → (numFmt, lvlText) as numbering.xml defines them."""
    numbering = package.xml("word/numbering.xml")
    abstracts = {a.get(f"{W}abstractNumId"): a for a in numbering.findall(f"{W}abstractNum")}
    result = {}
    for num in numbering.findall(f"{W}num"):
        abstract = abstracts[num.find(f"{W}abstractNumId").get(f"{W}val")]
        for lvl in abstract.findall(f"{W}lvl"):
            key = (num.get(f"{W}numId"), lvl.get(f"{W}ilvl"))
            result[key] = (
                lvl.find(f"{W}numFmt").get(f"{W}val"),
                lvl.find(f"{W}lvlText").get(f"{W}val"),
            )
    return result


@pytest.mark.parametrize("key", ["consultation", "published"])
def test_numbers_come_from_word_numbering_never_typed_in_the_text(demo: Demo, key: str) -> None:
    package = demo.package(key)
    levels = _levels(package)
    found = groups(package.document)
    nums: dict[str, set[str]] = {}
    for paragraph in demo.text(key):
        first = found[name_of(paragraph)][0]
        num = num_of(first)
        if paragraph.kind == "recital":
            assert num is None
            continue
        assert num is not None, paragraph.text
        fmt, text = levels[num]
        nums.setdefault(paragraph.kind, set()).add(num[0])
        if paragraph.kind == "heading":
            assert num[1] == str(paragraph.level - 1)
            assert fmt == ("upperRoman", "upperLetter", "decimal")[paragraph.level - 1]
        elif paragraph.kind == "paragraph":
            assert (fmt, text) == ("decimal", "%1.")
        else:
            assert fmt == "decimal" and normal(text) == "Recommandation n° %1 :"
        typed = text_of([first]).lstrip()
        assert not re.match(r"(?:[IVXLC]+|[A-H]|\d+)[.°)]\s", typed), typed
        assert "Recommandation n°" not in normal(typed)
    # one list per kind, so that paragraphs and recommendations count on across the headings
    assert all(len(ids) == 1 for ids in nums.values()), nums
    assert len({next(iter(ids)) for ids in nums.values()}) == len(nums)
    abstract_ids = {
        a.get(f"{W}abstractNumId")
        for a in package.xml("word/numbering.xml").findall(f"{W}abstractNum")
    }
    assert {"901", "902", "903"} <= abstract_ids


# -- identities and properties --------------------------------------------------------------------


@pytest.mark.parametrize("key", ["draft", "consultation", "published", "tracked"])
def test_each_word_paragraph_carries_its_paragraphs_id_in_a_well_formed_bookmark(
    demo: Demo, key: str
) -> None:
    # Issue 18: one bookmark inside each Word paragraph (LibreOffice loses a bookmark spanning
    # several when it saves twice): the first named after the paragraph, the next ones _2, _3…
    document = demo.package(key).document
    starts = document.findall(f".//{W}bookmarkStart")
    ends = document.findall(f".//{W}bookmarkEnd")
    names = [s.get(f"{W}name") for s in starts]
    text = demo.text(key)
    assert {paragraph_bookmark(n) for n in names if n != "dlb_annexes"} == {
        name_of(p) for p in text
    }
    assert all(s.getparent() is e.getparent() for s, e in zip(starts, ends, strict=True))
    lines = [n for n in names if n != paragraph_bookmark(n)]
    assert lines and all(n.rsplit("_", 1)[1] in {"2", "3", "4", "5", "6"} for n in lines)
    assert all(len(name) <= 40 for name in names), "Word drops longer bookmark names"
    assert len(set(names)) == len(names)
    start_ids = [s.get(f"{W}id") for s in starts]
    assert sorted(start_ids) == sorted(e.get(f"{W}id") for e in ends)
    assert len(set(start_ids)) == len(start_ids)
    position = {el: index for index, el in enumerate(document.iter())}
    end_at = {e.get(f"{W}id"): position[e] for e in ends}
    assert all(position[s] < end_at[s.get(f"{W}id")] for s in starts)


def test_custom_properties_name_the_opinion_export_and_versions(demo: Demo) -> None:
    for key, version, against in (("consultation", "", ""), ("tracked", "3", "1")):
        path, record = demo.files[key]
        props = demo.package(key).custom_properties()
        snap = demo.opinions.opinion(record.opinion_id)
        assert props == {
            "DeliberationOpinion": str(snap.uuid),
            "DeliberationExport": str(record.uuid),
            "DeliberationVersion": version,
            "DeliberationAgainst": against,
        }
        with demo.opened.store.session() as s:
            stored = qr.export_by_uuid(s, record.uuid)
        assert stored is not None and stored.file_name == path.name
        assert stored.paragraphs == record.paragraphs, "the text sent is kept to read returns"


# -- reservations ---------------------------------------------------------------------------------


def test_reservations_are_footnotes_of_their_paragraph(demo: Demo) -> None:
    opinion_id = demo.ids["consultation"]
    standing = demo.opinions.standing(opinion_id)
    text = demo.text("consultation")
    expected = {p.uuid: standing[p.uuid].reservations for p in text if p.uuid in standing}
    expected = {k: v for k, v in expected.items() if v}
    assert expected, "the demo has reservations on paragraphs"
    package = demo.package("consultation")
    notes = {
        n.get(f"{W}id"): normal(" ".join(n.itertext()))
        for n in package.xml("word/footnotes.xml").findall(f"{W}footnote")
        if n.get(f"{W}type") is None
    }
    assert len(notes) == len(expected)
    found = groups(package.document)
    for paragraph in text:
        refs = [
            r.get(f"{W}id")
            for p in found[name_of(paragraph)]
            for r in p.iter(f"{W}footnoteReference")
        ]
        if paragraph.uuid not in expected:
            assert refs == []
            continue
        (ref,) = refs
        for reservation in expected[paragraph.uuid]:
            assert reservation.acronym in notes[ref]
            assert normal(reservation.reservation) in notes[ref]
    references = package.document.findall(f".//{W}footnoteReference")
    assert len(references) == len(notes), "no note outside the text"


# -- tracked changes ------------------------------------------------------------------------------


def _changes(document: Any) -> list[Any]:
    return [*document.iter(f"{W}ins"), *document.iter(f"{W}del")]


@pytest.mark.parametrize("key", ["tracked", "secretariat"])
def test_version_against_an_older_one_shows_word_tracked_changes(demo: Demo, key: str) -> None:
    record = demo.files[key][1]
    old = demo.opinions.version(record.opinion_id, record.against or 0).paragraphs
    new = demo.opinions.version(record.opinion_id, record.version or 0).paragraphs
    before = {p.uuid: p for p in old}
    document = demo.package(key).document
    found = groups(document)
    changed = added = 0
    for paragraph in new:
        ps = found[name_of(paragraph)]
        assert normal(text_of(ps, accept=True)) == normal(paragraph.text)
        if paragraph.uuid not in before:
            added += 1
            assert all(any(True for _ in t.iterancestors(f"{W}ins")) for p in ps
                       for t in p.iter(f"{W}t")), "an added paragraph is all inserted"  # fmt: skip
            assert all(p.find(f"{W}pPr/{W}rPr/{W}ins") is not None for p in ps)
            continue
        assert normal(text_of(ps, accept=False)) == normal(before[paragraph.uuid].text)
        marks = [c for p in ps for c in _changes(p)]
        if normal(paragraph.text) != normal(before[paragraph.uuid].text):
            changed += 1
            assert marks, paragraph.text
            kept = [t for p in ps for t in p.iter(f"{W}t")
                    if not any(True for _ in t.iterancestors(f"{W}ins"))]  # fmt: skip
            assert kept, "only the words that changed are marked"
        else:
            assert not marks, paragraph.text
    removed = [p for p in old if p.uuid not in {n.uuid for n in new}]
    marked = [p for p in document.iter(f"{W}p") if p.find(f"{W}pPr/{W}rPr/{W}del") is not None]
    gone = normal(" ".join(text_of([p], accept=False) for p in marked))
    for paragraph in removed:
        assert normal(paragraph.text) in gone, "a removed paragraph is deleted, mark included"
    assert all(not list(p.iter(f"{W}t")) for p in marked), "nothing of it is left when accepted"
    assert changed and (added or removed), "the demo's versions differ"
    author = SECRETARIAT if key == "secretariat" else demo.committee
    assert {c.get(f"{W}author") for c in _changes(document)} == {author}
    assert all(
        re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", c.get(f"{W}date"))
        for c in _changes(document)
    )


def test_a_copy_for_circulation_has_no_tracked_changes(demo: Demo) -> None:
    for key in ("draft", "consultation", "published", "lines"):
        assert not _changes(demo.package(key).document), key


# -- French typography ----------------------------------------------------------------------------


def _bad_typography(text: str) -> list[str]:
    problems = []
    for match in re.finditer(r"(?:\w'|'\w| [;:!?»]|« |\S[;!?»])", text):
        window = text[max(0, match.start() - 15) : match.end() + 15]
        if match.group().endswith("»") and match.group()[0] in NBSPS:
            continue
        problems.append(window)
    return problems


def _paragraph_strings(root: Any) -> list[str]:
    return [text_of([p]) for p in root.iter(f"{W}p")]


def test_the_text_and_notes_are_set_the_french_way(demo: Demo) -> None:
    package = demo.package("consultation")
    found = groups(package.document)
    strings = [text_of(ps) for ps in found.values()]
    strings += _paragraph_strings(package.xml("word/footnotes.xml"))
    strings += [text_of([p]) for p in package.document.iter(f"{W}p") if style_of(p) == "Title"]
    joined = "\n".join(strings)
    assert "\u00a0:" in joined or "\u00a0;" in joined, "the demo has high punctuation"
    assert "’" in joined, "the demo has apostrophes"
    assert [s for s in strings if _bad_typography(s)] == []


def test_the_title_block_header_and_annexes_are_set_the_french_way(demo: Demo) -> None:
    package = demo.package("consultation")
    strings = _paragraph_strings(package.document)
    strings += [s for name in package.parts if name.startswith("word/header")
                for s in _paragraph_strings(package.xml(name))]  # fmt: skip
    assert [s for s in strings if _bad_typography(s)] == []


def test_the_document_is_in_french_and_titles_stay_with_their_text(demo: Demo) -> None:
    package = demo.package("consultation")
    styles = package.xml("word/styles.xml")
    lang = styles.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}lang")
    assert lang is not None and lang.get(f"{W}val") == "fr-FR"
    document = docx.Document(str(demo.files["consultation"][0]))
    for name in ("Heading 1", "Heading 2", "Heading 3", "Titre d'annexe"):
        assert document.styles[name].paragraph_format.keep_with_next, name
    assert document.styles["Recommandation"].paragraph_format.keep_together


def test_no_part_declares_another_language(demo: Demo) -> None:
    package = demo.package("consultation")
    langs = {
        el.get(f"{W}val")
        for name in package.parts
        if name.startswith("word/") and name.endswith(".xml")
        for el in package.xml(name).iter(f"{W}lang")
    }
    assert langs == {"fr-FR"}


# -- metadata and what must not leave the secretariat ---------------------------------------------


@pytest.mark.parametrize("key", ["consultation", "secretariat"])
def test_metadata_name_the_committee_never_the_computers_user(demo: Demo, key: str) -> None:
    path, record = demo.files[key]
    snap = demo.opinions.opinion(record.opinion_id)
    props = docx.Document(str(path)).core_properties
    author = SECRETARIAT if key == "secretariat" else demo.committee
    assert props.title == snap.title
    assert props.subject.startswith("Recommandation") and props.subject
    assert props.author == author and props.last_modified_by == author
    assert props.language == "fr-FR"
    package = Package(path)
    texts = package.texts()
    assert not [name for name, text in texts.items() if OS_USER in text]
    assert not [name for name, data in package.parts.items() if OS_USER.encode() in data]
    real_user = os.environ.get("USER", "")
    if len(real_user) >= 4:
        assert not [n for n in texts if n.startswith("docProps/") and real_user in texts[n]]
    assert not [n for n, data in package.parts.items()
                if n.startswith("docProps/") and b"python-docx" in data.lower()]  # fmt: skip
    app = etree.fromstring(package.parts["docProps/app.xml"])
    application = app.find("{*}Application")
    assert application is not None and application.text == "Délibération"
    assert not [n for n in package.parts if "thumbnail" in n.lower()]
    assert b"thumbnail" not in package.parts["_rels/.rels"]


def test_nothing_internal_reaches_the_file(demo: Demo) -> None:
    """Secretariat notes (versions, status changes, amendment decisions) and the comments
    exchanged on the draft stay in the application."""
    internal: set[str] = set()
    for opinion_id in demo.ids.values():
        snap = demo.opinions.opinion(opinion_id)
        internal |= {c.note for c in snap.history}
        internal |= {v.note for v in demo.opinions.versions(opinion_id)}
        internal |= {a.decision_note for a in demo.opinions.amendments(opinion_id)}
        for thread in demo.opinions.threads(opinion_id):
            internal |= {c.text for c in (thread.first, *thread.replies)}
    internal = {normal(note) for note in internal if len(note.strip()) >= 15}
    assert len(internal) >= 10, "the demo writes such notes"
    for key in ("draft", "consultation", "published", "tracked"):
        texts = demo.package(key).texts()
        leaks = [(name, note) for name, text in texts.items() for note in internal if note in text]
        assert leaks == [], key


# -- options --------------------------------------------------------------------------------------


def test_line_numbers_are_set_on_the_text_only(demo: Demo) -> None:
    def sections(key: str) -> list[Any]:
        return list(demo.package(key).document.iter(f"{W}sectPr"))

    numbered = sections("lines")
    assert len(numbered) >= 2, "the annexes are a section of their own"
    assert numbered[0].find(f"{W}lnNumType") is not None
    assert all(s.find(f"{W}lnNumType") is None for s in numbered[1:])
    assert all(s.find(f"{W}lnNumType") is None for s in sections("consultation"))


def test_without_annexes_the_document_ends_with_the_text(demo: Demo) -> None:
    document = demo.package("secretariat").document
    names = {s.get(f"{W}name") for s in document.iter(f"{W}bookmarkStart")}
    assert "dlb_annexes" not in names
    assert not list(document.iter(f"{W}tbl"))
    assert "dlb_annexes" in {
        s.get(f"{W}name") for s in demo.package("consultation").document.iter(f"{W}bookmarkStart")
    }


def _template(folder: Path) -> Path:
    made = docx.Document()
    heading = made.styles["Heading 1"]
    heading.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
    heading.font.name = "Courier New"
    made.add_paragraph("Texte propre au modèle, à ne pas reprendre.")
    path = folder / "charte.docx"
    made.save(str(path))
    return path


def test_a_template_gives_its_styles_to_the_document(demo: Demo, tmp_path: Path) -> None:
    template = _template(tmp_path)
    target = tmp_path / "avis-charte.docx"
    export_opinion(demo.root, demo.ids["consultation"], target, ExportOptions(template=template))
    document = docx.Document(str(target))
    heading = document.styles["Heading 1"]
    assert heading.font.color.rgb == RGBColor(0xC0, 0x00, 0x00)
    assert heading.font.name == "Courier New"
    used = [p for p in document.paragraphs if p.style.name == "Heading 1"]
    assert used, "the opinion's headings use that style"
    assert "Texte propre au modèle" not in normal(" ".join(p.text for p in document.paragraphs))
    levels = _levels(Package(target))
    assert levels[("903", "0")][0] == "decimal", "our numbering is kept"


@pytest.mark.parametrize(
    "content", [b"ceci n'est pas un document", b"PK\x03\x04 tronque"], ids=["text", "zip"]
)
def test_a_template_that_is_not_word_is_refused_before_writing(
    demo: Demo, tmp_path: Path, content: bytes
) -> None:
    template = tmp_path / "charte.docx"
    template.write_bytes(content)
    target = tmp_path / "avis.docx"
    before = demo.exports()
    with pytest.raises(ExportError) as caught:
        export_opinion(
            demo.root, demo.ids["consultation"], target, ExportOptions(template=template)
        )
    message = str(caught.value)
    assert "charte.docx" in message and message.endswith(".") and "\n" not in message
    assert sorted(os.listdir(tmp_path)) == ["charte.docx"]
    assert demo.exports() == before


def test_a_failing_write_leaves_the_previous_file_and_records_nothing(
    demo: Demo, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "avis.docx"
    target.write_bytes(b"la version envoyee hier")
    before = demo.exports()

    def full_disk(self: Any, path: str) -> None:
        Path(path).write_bytes(b"PK\x03\x04 moitie")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(docx.document.Document, "save", full_disk)
    with pytest.raises(ExportError, match="Impossible d'écrire"):
        export_opinion(demo.root, demo.ids["consultation"], target)
    assert target.read_bytes() == b"la version envoyee hier"
    assert os.listdir(tmp_path) == ["avis.docx"]
    assert demo.exports() == before


# -- long texts and dirty data --------------------------------------------------------------------

PROSE = (
    "le comité recommande que les collectivités et l'État partagent les données des "
    "établissements scolaires afin d'améliorer la continuité pédagogique ; les familles doivent "
    "être informées des usages des services numériques et de leurs droits"
)
WORDS = PROSE.split()


def _sentence(seed: int, size: int) -> str:
    return " ".join(WORDS[(seed + i * 7) % len(WORDS)] for i in range(size)).capitalize() + "."


def _new_opinion(demo: Demo, title: str, paragraphs: list[Paragraph]) -> int:
    opinions = demo.opinions
    snap = opinions.apply_opinion(opinions.new_opinion(OpinionInput("avis", title)))
    opinions.save_text(snap.id, paragraphs, 0)
    return snap.id


def _long_text(headings: int, words: int) -> list[Paragraph]:
    text: list[Paragraph] = []
    per = words // (headings * 4) + 1
    for h in range(headings):
        text.append(Paragraph(uuid.uuid4(), "heading", plain_lines(f"Partie {h + 1}"), 1))
        for k in range(4):
            text.append(Paragraph(uuid.uuid4(), "paragraph", plain_lines(_sentence(h + k, per))))
    return text


def _toc(path: Path) -> list[str]:
    return [
        t.text or ""
        for t in Package(path).document.iter(f"{W}instrText")
        if (t.text or "").strip().startswith("TOC")
    ]


def test_a_long_text_opens_with_a_table_of_contents(demo: Demo, tmp_path: Path) -> None:
    text = _long_text(4, 1900)
    assert sum(len(p.text.split()) for p in text) >= 1800
    opinion_id = _new_opinion(demo, "Avis long sur le numérique éducatif", text)
    target = tmp_path / "long.docx"
    export_opinion(demo.root, opinion_id, target)
    assert len(_toc(target)) == 1
    document = Package(target).document
    links = {h.get(f"{W}anchor") for h in document.iter(f"{W}hyperlink")}
    assert links == {name_of(p) for p in text if p.kind == "heading"}, "entries jump to titles"
    settings = Package(target).xml("word/settings.xml")
    update = settings.find(f"{W}updateFields")
    assert update is not None and update.get(f"{W}val") == "true", "pages filled in on opening"
    short = tmp_path / "court.docx"
    export_opinion(demo.root, _new_opinion(demo, "Avis court", _long_text(4, 300)), short)
    assert _toc(short) == [] and _toc(demo.files["consultation"][0]) == []


DIRTY = "Accord\x07 total\x00 ; voir\x0b « annexe »\x1f\x0c fin\ufffe."


def test_control_characters_never_break_the_export(tmp_path: Path) -> None:
    """Text that reached the store before validation existed, or through an import."""
    dirty = Paragraph(uuid.uuid4(), "paragraph", (Line((Run(DIRTY, bold=True),)),))
    listed = Paragraph(
        uuid.uuid4(),
        "recommendation",
        (Line((Run("Liste\x08 :"),)), Line((Run("a\x01b"),), "bullet")),
    )
    heading = Paragraph(uuid.uuid4(), "heading", plain_lines("Titre\x07 un"), 1)
    document = OpinionDocument(
        committee="Comité\x07 test",
        group="Groupe\x0b « essai »",
        kind="Avis",
        title="Titre\x00 sale\x1b",
        version_line="Texte du 10 mars 2026",
        status_line="Projet – document de travail",
        adopted=False,
        paragraphs=(heading, dirty, listed),
        author="Auteur\x07 x",
        opinion_uuid=uuid.uuid4(),
        export_uuid=uuid.uuid4(),
        reservations={dirty.uuid: (Reservation("AMF\x07", "Réserve\x00 sale\x1f."),)},
        positions=(PositionRow("Paragraphe\x07 1", "AMF", "Favorable\x0b", "R\x00", "O\x1f"),),
        members=(MemberRow("Org\x07", "AMF", "Cat\x00", "Dél\x0bégué", True),),
        rapporteurs=("Nom\x07 (AMF)",),
    )  # fmt: skip
    target = tmp_path / "sale.docx"
    write_opinion_docx(document, target)
    package = Package(target)
    for name, data in package.parts.items():
        if name.endswith(".xml"):
            etree.fromstring(data)  # every part is well-formed XML
            assert not re.search(rb"[\x00-\x08\x0b\x0c\x0e-\x1f]", data), name
    text = " ".join(p.text for p in docx.Document(str(target)).paragraphs)
    assert "Accord total" in normal(text) and "annexe" in text and "Titre sale" in normal(text)


def test_control_characters_stored_in_a_text_are_dropped_from_the_export(
    demo: Demo, tmp_path: Path
) -> None:
    clean = Paragraph(uuid.uuid4(), "paragraph", plain_lines("Un paragraphe propre."))
    opinion_id = _new_opinion(demo, "Avis ancien", [clean])
    dirty = Paragraph(uuid.uuid4(), "paragraph", (Line((Run(DIRTY),)),))
    with demo.opened.store.session() as s:  # as an older version stored it, unchecked
        q.save_text(s, opinion_id, (clean, dirty), None, {}, {})
    positions = demo.opinions.positions
    amf = next(o.id for o in demo.opened.referential.organisations() if o.acronym == "AMF")
    consultation = positions.apply_consultation(
        positions.new_consultation(
            ConsultationInput(
                "Consultation sur l'avis ancien", date(2026, 3, 1), date(2026, 3, 20),
                subjects=(Subject("paragraph", "Paragraphe 2", dirty.uuid),), consulted=(amf,),
            )
        )
    )  # fmt: skip
    position = positions.new_position(
        PositionInput(consultation.subjects[0].id, amf, "reserved", reservation="Une réserve.")
    )
    positions.apply_position(replace(position, reservation="Réserve\x07 sale\x00."))
    target = tmp_path / "ancien.docx"
    export_opinion(demo.root, opinion_id, target)
    package = Package(target)
    notes = normal(" ".join(package.xml("word/footnotes.xml").itertext()))
    assert "AMF" in notes and "Réserve sale." in notes
    assert "Accord total" in normal(text_of(groups(package.document)[name_of(dirty)]))


# -- LibreOffice ----------------------------------------------------------------------------------

needs_office = pytest.mark.skipif(
    not all(shutil.which(tool) for tool in ("soffice", "pdfinfo", "pdftotext")),
    reason="LibreOffice (soffice) and poppler-utils (pdfinfo, pdftotext) are not installed",
)


@pytest.fixture(scope="module")
def pdfs(
    demo: Demo, tmp_path_factory: pytest.TempPathFactory, libreoffice_profile: str
) -> dict[str, tuple[str, str]]:
    """key → (pdfinfo output, pdftotext text) of the demo's exports printed by LibreOffice."""
    out = tmp_path_factory.mktemp("pdf")
    keys = ("consultation", "published", "tracked")
    subprocess.run(
        [
            "soffice",
            libreoffice_profile,
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out),
            *(str(demo.files[key][0]) for key in keys),
        ],
        check=True,
        capture_output=True,
        timeout=240,
    )
    result = {}
    for key in keys:
        pdf = out / f"{key}.pdf"
        info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True)
        text = subprocess.run(
            ["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True
        )
        result[key] = (info.stdout, text.stdout)
    return result


@needs_office
@pytest.mark.parametrize("key", ["consultation", "published", "tracked"])
def test_libreoffice_prints_a4_pages_with_title_status_and_numbers(
    demo: Demo, pdfs: dict[str, tuple[str, str]], key: str
) -> None:
    info, text = pdfs[key]
    pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))  # type: ignore[union-attr]
    assert pages >= 2, "the text, then the annexes"
    assert "A4" in info
    printed = normal(text)
    record = demo.files[key][1]
    snap = demo.opinions.opinion(record.opinion_id)
    assert normal(snap.title) in printed
    status = "Projet – document de travail" if key == "consultation" else "Contribution adoptée le"
    assert status in printed
    recommendations = [p for p in record.paragraphs if p.kind == "recommendation"]
    for number, paragraph in enumerate(recommendations, 1):
        first_words = " ".join(normal(paragraph.lines[0].text).split()[:4])
        assert f"Recommandation n° {number} : {first_words}" in printed
    if key != "tracked":  # LibreOffice shows list items holding tracked deletions as « [2.] »
        body = [p for p in record.paragraphs if p.kind == "paragraph"]
        for number, paragraph in enumerate(body, 1):
            first_words = " ".join(normal(paragraph.lines[0].text).split()[:4])
            assert f"{number}. {first_words}" in printed
    assert f"Page 1 / {pages}" in printed


@needs_office
def test_libreoffice_prints_the_reservations_beside_the_text(
    demo: Demo, pdfs: dict[str, tuple[str, str]]
) -> None:
    printed = normal(pdfs["consultation"][1])
    standing = demo.opinions.standing(demo.ids["consultation"])
    reservations = [
        r for p in demo.text("consultation") if p.uuid in standing
        for r in standing[p.uuid].reservations
    ]  # fmt: skip
    assert reservations
    for reservation in reservations:
        assert (
            normal(f"Réserve de l’organisation {reservation.acronym} — {reservation.reservation}")
            in printed
        )


def test_other_programs_can_write_to_the_store_while_the_file_is_written(
    demo: Demo, tmp_path: Path
) -> None:
    import sqlite3
    from contextlib import closing

    before = demo.exports()
    store = demo.folder / "store.sqlite3"
    other_writes: list[bool] = []

    def meanwhile(done: int, total: int) -> None:  # another program writes during the export
        with closing(sqlite3.connect(store, timeout=0, isolation_level=None)) as other:
            try:
                other.execute("BEGIN IMMEDIATE")
                other.execute("ROLLBACK")
                other_writes.append(True)
            except sqlite3.OperationalError:
                other_writes.append(False)

    export_opinion(demo.root, demo.ids["draft"], tmp_path / "avis.docx", progress=meanwhile)
    assert other_writes and all(other_writes)
    assert demo.exports() == before + 1


def test_a_file_whose_record_cannot_be_kept_is_not_left_behind(
    demo: Demo, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from deliberation.errors import StoreLockedError

    before = demo.exports()

    def locked(*_args: Any) -> None:
        raise StoreLockedError("La base est verrouillée par un autre programme.")

    monkeypatch.setattr(qr, "save_export", locked)
    with pytest.raises(StoreLockedError):
        export_opinion(demo.root, demo.ids["draft"], tmp_path / "avis.docx")
    assert os.listdir(tmp_path) == []
    assert demo.exports() == before
