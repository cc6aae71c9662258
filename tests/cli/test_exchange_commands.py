"""`deliberation export opinion` and `import review`, run as the secretariat does from a terminal:
send a draft out in Word, take back what a member's reviewer wrote on it."""

from __future__ import annotations

import json
import re
import sqlite3
import zipfile
from contextlib import closing
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any
from uuid import UUID

import pytest
from lxml import etree
from tests.cli.conftest import Dump, Run
from tests.review.reviewer import Reviewer

from deliberation.records.opinions import Paragraph
from deliberation.services.opinions import Opinions
from deliberation.services.positions import Positions
from deliberation.services.root import open_root

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TODAY = date(2026, 3, 10)
REVIEWER = "Jeanne Martin"
PREVIEW_FIELDS = {
    "kind", "paragraph_uuid", "paragraph_label", "action", "text", "original", "anchor",
    "author", "written_at", "origin", "status", "changed_since_export", "note",
}  # fmt: skip


@dataclass(frozen=True)
class Demo:
    store: Path
    opinion: int  # the opinion in consultation: reservations, two versions
    other: int  # another opinion
    title: str
    text: tuple[Paragraph, ...]


@pytest.fixture(scope="module")
def demo_facts(demo_file: Path) -> Demo:
    """What the tests need to know of the shared demo store (read, never written)."""
    opened = open_root(str(demo_file))
    try:
        opinions = Opinions(opened.store, Positions(opened.store, today=TODAY))
        ids = {o.status: o.id for o in opinions.opinions()}
        opinion = ids["consultation"]
        snap = opinions.opinion(opinion)
        text = opinions.text(opinion).paragraphs
    finally:
        opened.close()
    return Demo(demo_file, opinion, ids["draft"], snap.title, text)


@pytest.fixture
def demo(demo_facts: Demo, demo_copy: Path) -> Demo:
    """A copy of the demo store for one test (imports write to it)."""
    return Demo(demo_copy, demo_facts.opinion, demo_facts.other, demo_facts.title, demo_facts.text)


def export(run_cli: Run, demo: Demo, target: Path, *options: str) -> tuple[Path, str]:
    """Export the opinion through the command; the file and the export's id."""
    result = run_cli("export", "opinion", str(demo.opinion), "-o", str(target), *options,
                     store=demo.store)  # fmt: skip
    assert result.returncode == 0, result.stderr
    found = re.search(r"identifiant ([0-9a-f-]{36})", result.stderr)
    assert found, result.stderr
    return Path(result.stdout.strip()), found.group(1)


def custom_properties(path: Path) -> dict[str, str]:
    with zipfile.ZipFile(path) as archive:
        root = etree.fromstring(archive.read("docProps/custom.xml"))
    return {p.get("name"): "".join(p.itertext()) for p in root}


def document_xml(path: Path) -> Any:
    with zipfile.ZipFile(path) as archive:
        return etree.fromstring(archive.read("word/document.xml"))


def one_sentence(result: Any, *fragments: str, status: int = 1) -> None:
    assert result.returncode == status, result.stdout
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("deliberation : "), result.stderr
    assert lines[0].endswith("."), lines[0]
    for fragment in fragments:
        assert fragment in lines[0]


def rows(store: Path, table: str) -> list[tuple[Any, ...]]:
    with closing(sqlite3.connect(store)) as db:
        return db.execute(f'SELECT * FROM "{table}"').fetchall()


# -- export opinion -------------------------------------------------------------------------------


def test_export_writes_the_file_says_where_and_records_the_export(
    run_cli: Run, demo: Demo, tmp_path: Path
) -> None:
    before = rows(demo.store, "opinion_export")
    result = run_cli(
        "export", "opinion", str(demo.opinion), "-o", "relecture.docx", store=demo.store
    )
    assert result.returncode == 0, result.stderr
    written = tmp_path / "relecture.docx"
    assert result.stdout == f"{written}\n", "the path alone, for scripts"
    (line,) = result.stderr.splitlines()
    assert f"« {demo.title} »" in line and "texte actuel" in line
    assert "relecture.docx" in line
    export_id = re.search(r"identifiant ([0-9a-f-]{36})", line)
    assert export_id is not None
    props = custom_properties(written)
    assert props["DeliberationExport"] == export_id.group(1)
    assert props["DeliberationVersion"] == ""
    after = rows(demo.store, "opinion_export")
    assert len(after) == len(before) + 1
    assert any(export_id.group(1).replace("-", "") in str(row).replace("-", "") for row in after)
    names = {b.get(f"{W}name") for b in document_xml(written).iter(f"{W}bookmarkStart")}
    assert {f"dlb_{p.uuid.hex}" for p in demo.text} <= names


def test_export_options_reach_the_document(run_cli: Run, demo: Demo, tmp_path: Path) -> None:
    target = tmp_path / "suivi.docx"
    author = "Secrétariat du comité"
    path, export_id = export(
        run_cli, demo, target, "--version", "2", "--against", "1", "--line-numbers",
        "--author", author, "--no-annexes",
    )  # fmt: skip
    assert path == target
    props = custom_properties(target)
    assert props["DeliberationExport"] == export_id
    assert (props["DeliberationVersion"], props["DeliberationAgainst"]) == ("2", "1")
    document = document_xml(target)
    changes = [*document.iter(f"{W}ins"), *document.iter(f"{W}del")]
    assert changes and {c.get(f"{W}author") for c in changes} == {author}
    assert document.find(f".//{W}sectPr/{W}lnNumType") is not None
    assert "dlb_annexes" not in {b.get(f"{W}name") for b in document.iter(f"{W}bookmarkStart")}
    with zipfile.ZipFile(target) as archive:
        core = archive.read("docProps/core.xml").decode()
    assert f"<dc:creator>{author}</dc:creator>" in core


def test_a_template_is_used(run_cli: Run, demo: Demo, tmp_path: Path) -> None:
    import docx
    from docx.shared import RGBColor

    made = docx.Document()
    made.styles["Heading 1"].font.color.rgb = RGBColor(0x00, 0x80, 0x00)
    made.save(str(tmp_path / "charte.docx"))
    export(run_cli, demo, tmp_path / "avis.docx", "--template", str(tmp_path / "charte.docx"))
    styles = docx.Document(str(tmp_path / "avis.docx")).styles
    assert styles["Heading 1"].font.color.rgb == RGBColor(0x00, 0x80, 0x00)


@pytest.mark.parametrize(
    ("options", "fragments"),
    [
        (("99", "-o", "avis.docx"), ("Aucun avis", "99")),
        (("{opinion}", "-o", "avis.pdf"), ("avis.pdf", ".docx")),
        (("{opinion}", "--version", "9", "-o", "avis.docx"), ("version 9",)),
        (("{opinion}", "--version", "2", "--against", "2", "-o", "avis.docx"), ("comparaison",)),
        (("{opinion}", "--template", "absent.docx", "-o", "avis.docx"), ("absent.docx",)),
        (("{opinion}", "--template", "notes.txt", "-o", "avis.docx"), ("notes.txt",)),
        (("{opinion}", "-o", "dossier/absent/avis.docx"), ("Impossible d'écrire",)),
    ],
    ids=["unknown", "not-docx", "no-version", "same-version", "no-template", "bad-template",
         "no-folder"],
)  # fmt: skip
def test_export_refusals_are_one_sentence_and_write_nothing(
    run_cli: Run,
    demo: Demo,
    tmp_path: Path,
    dump_tables: Dump,
    options: tuple[str, ...],
    fragments: tuple[str, ...],
) -> None:
    (tmp_path / "notes.txt").write_text("pas un modèle")
    before = dump_tables(demo.store)
    listing = sorted(p.name for p in tmp_path.iterdir())
    args = [o.replace("{opinion}", str(demo.opinion)) for o in options]
    one_sentence(run_cli("export", "opinion", *args, store=demo.store), *fragments)
    assert dump_tables(demo.store) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == listing


@pytest.mark.parametrize(
    ("options", "fragment"),
    [
        (("{opinion}", "--version", "0", "-o", "a.docx"), "numéro de version invalide"),
        (("{opinion}",), "argument obligatoire manquant : -o/--output"),
        (("x", "-o", "a.docx"), "identifiant invalide"),
    ],
)
def test_export_usage_errors(
    run_cli: Run, demo: Demo, options: tuple[str, ...], fragment: str
) -> None:
    args = [o.replace("{opinion}", str(demo.opinion)) for o in options]
    result = run_cli("export", "opinion", *args, store=demo.store)
    assert result.returncode == 2 and fragment in result.stderr


# -- import review --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Returned:
    path: Path
    replaced: Paragraph  # a tracked replacement
    commented: Paragraph
    edited: Paragraph  # a direct edit, without tracking
    anchor: str


def _word(paragraph: Paragraph, taken: set[str]) -> str:
    """A word of the paragraph that is safe to find in one run (letters only, once)."""
    words = re.findall(r"[^\W\d_]{7,}", paragraph.lines[0].text)
    found = next(w for w in words if paragraph.text.count(w) == 1 and w not in taken)
    taken.add(found)
    return found


@pytest.fixture
def returned(run_cli: Run, demo: Demo, tmp_path: Path) -> Returned:
    """The AMF's reviewer sends the export back with a tracked change, a comment and a direct
    edit on three different paragraphs, as their Word saves it."""
    sent, _ = export(run_cli, demo, tmp_path / "envoi.docx")
    body = [p for p in demo.text if p.kind in ("paragraph", "recommendation")]
    replaced, commented, edited = body[0], body[1], body[-1]
    taken: set[str] = set()
    old, anchor, direct = _word(replaced, taken), _word(commented, taken), _word(edited, taken)
    reviewer = Reviewer(author=REVIEWER)

    def edit(tree: Any) -> None:
        reviewer.track_replace(reviewer.paragraph(tree, replaced.uuid), old, "nouveauté")
        reviewer.comment(reviewer.paragraph(tree, commented.uuid), anchor, "Pourquoi ce mot ?")
        reviewer.direct_replace(reviewer.paragraph(tree, edited.uuid), direct, "autrement")
        reviewer.word_noise(tree)

    path = reviewer.save(sent, tmp_path / "retour AMF.docx", edit)
    _saved_by(path, REVIEWER, reviewer.date)
    return Returned(path, replaced, commented, edited, anchor)


def _saved_by(path: Path, name: str, when: str) -> None:
    """Word names whoever saved the file last, and when, in the core properties."""
    with zipfile.ZipFile(path) as archive:
        parts = {n: archive.read(n) for n in archive.namelist()}
    core = parts["docProps/core.xml"].decode()
    core = re.sub(r"<cp:lastModifiedBy>.*?</cp:lastModifiedBy>",
                  f"<cp:lastModifiedBy>{name}</cp:lastModifiedBy>", core)  # fmt: skip
    core = re.sub(r"(<dcterms:modified [^>]*>).*?(</dcterms:modified>)", rf"\g<1>{when}\2", core)
    parts["docProps/core.xml"] = core.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name_, data in parts.items():
            archive.writestr(name_, data)


def _label(demo: Demo, paragraph: Paragraph) -> str:
    same = [p.uuid for p in demo.text if p.kind == paragraph.kind]
    number = same.index(paragraph.uuid) + 1
    if paragraph.kind == "recommendation":
        return f"recommandation n° {number}"
    return f"paragraphe {number}"


def test_dry_run_shows_what_would_be_imported_and_writes_nothing(
    run_cli: Run, demo: Demo, returned: Returned, dump_tables: Dump
) -> None:
    before = dump_tables(demo.store)
    result = run_cli("import", "review", str(returned.path), "--org", "amf", "--dry-run",
                     store=demo.store)  # fmt: skip
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "Fichier : retour AMF.docx"
    assert lines[1].startswith(f"Avis n° {demo.opinion} : « {demo.title} »")
    assert lines[2] == "Organisation : AMF"
    items = [line.strip() for line in lines if line.startswith("  ")]
    assert len(items) == 3
    tracked = next(i for i in items if i.startswith(_label(demo, returned.replaced) + " · "))
    assert "amendement (remplacement, modification suivie)" in tracked
    assert f" · {REVIEWER} · 18/11/2026 · nouveau · " in tracked and "nouveauté" in tracked
    comment = next(i for i in items if i.startswith(_label(demo, returned.commented) + " · "))
    assert "commentaire" in comment and f"sur « {returned.anchor} »" in comment
    assert comment.endswith("« Pourquoi ce mot ? »")
    direct = next(i for i in items if i.startswith(_label(demo, returned.edited) + " · "))
    assert "modification directe" in direct and "autrement" in direct
    assert lines[-1] == "3 éléments nouveaux à importer (essai : rien n'a été écrit)."
    assert dump_tables(demo.store) == before


def test_import_adds_the_items_to_the_right_paragraphs_once(
    run_cli: Run, demo: Demo, returned: Returned, dump_tables: Dump
) -> None:
    result = run_cli("import", "review", str(returned.path), "--org", "AMF", store=demo.store)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == ("3 éléments importés : 2 amendements, 1 commentaire.")
    opened = open_root(str(demo.store))
    try:
        opinions = Opinions(opened.store, Positions(opened.store, today=TODAY))
        imported = [a for a in opinions.amendments(demo.opinion) if a.source_key]
        comments = [c for t in opinions.threads(demo.opinion) for c in (t.first, *t.replies)
                    if c.source_key]  # fmt: skip
    finally:
        opened.close()
    assert {(a.paragraph_uuid, a.organisation_acronym, a.action, a.status, a.author)
            for a in imported} == {
        (returned.replaced.uuid, "AMF", "replace", "proposed", REVIEWER),
        (returned.edited.uuid, "AMF", "replace", "proposed", REVIEWER),
    }  # fmt: skip
    replaced = next(a for a in imported if a.paragraph_uuid == returned.replaced.uuid)
    assert "nouveauté" in replaced.text
    assert replaced.proposed_on == min(date(2026, 11, 18), date.today()), "the Word date"
    (comment,) = comments
    assert (comment.paragraph_uuid, comment.text, comment.anchor, comment.author) == (
        returned.commented.uuid, "Pourquoi ce mot ?", returned.anchor, REVIEWER,
    )  # fmt: skip
    assert comment.organisation_acronym == "AMF"
    before = dump_tables(demo.store)
    again = run_cli("import", "review", str(returned.path), "--org", "AMF", store=demo.store)
    assert again.returncode == 0, again.stderr
    assert again.stdout.count(" · déjà importé · ") == 3
    assert again.stdout.splitlines()[-1] == "Aucun élément nouveau : rien n'a été écrit."
    assert dump_tables(demo.store) == before


def test_json_preview_has_every_field(
    run_cli: Run, demo: Demo, returned: Returned, dump_tables: Dump
) -> None:
    before = dump_tables(demo.store)
    result = run_cli("import", "review", str(returned.path), "--org", "AMF", "--dry-run",
                     "--json", store=demo.store)  # fmt: skip
    assert result.returncode == 0, result.stderr
    d = json.loads(result.stdout)
    assert d["opinion"] == {"id": demo.opinion, "title": demo.title}
    assert d["organisation"]["acronym"] == "AMF" and d["dry_run"] and d["imported"] is None
    assert d["matched_by_text"] is False and UUID(d["export"])
    assert len(d["items"]) == 3
    for item in d["items"]:
        assert set(item) >= PREVIEW_FIELDS
        assert datetime.fromisoformat(item["written_at"]).date() == date(2026, 11, 18)
        assert item["status"] == "new" and item["author"] == REVIEWER
    by_paragraph = {UUID(i["paragraph_uuid"]): i for i in d["items"]}
    assert set(by_paragraph) == {returned.replaced.uuid, returned.commented.uuid,
                                 returned.edited.uuid}  # fmt: skip
    assert by_paragraph[returned.commented.uuid]["anchor"] == returned.anchor
    assert by_paragraph[returned.replaced.uuid]["origin"] == "tracked"
    assert by_paragraph[returned.edited.uuid]["origin"] == "direct"
    assert dump_tables(demo.store) == before
    written = run_cli("import", "review", str(returned.path), "--org", "AMF", "--json",
                      store=demo.store)  # fmt: skip
    assert json.loads(written.stdout)["imported"] == {"amendments": 2, "comments": 1}


def test_an_unknown_organisation_says_where_to_find_acronyms(
    run_cli: Run, demo: Demo, returned: Returned, dump_tables: Dump
) -> None:
    before = dump_tables(demo.store)
    result = run_cli("import", "review", str(returned.path), "--org", "XYZ", store=demo.store)
    one_sentence(result, "« XYZ »", "deliberation list organisations")
    assert dump_tables(demo.store) == before


def _not_word_zip(path: Path) -> None:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("notes.txt", "ceci n'est pas un document Word")


@pytest.mark.parametrize(
    ("name", "make", "fragment"),
    [
        ("texte.docx", lambda p: p.write_text("pas un zip"), "n'est pas un document Word"),
        ("vide.docx", lambda p: p.write_bytes(b""), "vide.docx"),
        ("archive.docx", _not_word_zip, "n'est pas un document Word"),
        ("absent.docx", lambda p: None, "absent.docx"),
    ],
    ids=["text", "empty", "zip", "missing"],
)
def test_a_bad_file_is_refused_in_one_sentence_and_nothing_is_written(
    run_cli: Run,
    demo: Demo,
    tmp_path: Path,
    dump_tables: Dump,
    name: str,
    make: Any,
    fragment: str,
) -> None:
    make(tmp_path / name)
    before = dump_tables(demo.store)
    result = run_cli("import", "review", str(tmp_path / name), "--org", "AMF", store=demo.store)
    one_sentence(result, fragment)
    assert dump_tables(demo.store) == before


def test_a_file_of_another_opinion_is_refused_when_one_is_named(
    run_cli: Run, demo: Demo, returned: Returned, dump_tables: Dump
) -> None:
    before = dump_tables(demo.store)
    result = run_cli("import", "review", str(returned.path), "--org", "AMF",
                     "--opinion", str(demo.other), store=demo.store)  # fmt: skip
    one_sentence(result, "autre avis", demo.title)
    assert dump_tables(demo.store) == before


def test_export_to_odt_writes_an_opendocument_a_return_is_read_against(
    run_cli: Run, demo: Demo, tmp_path: Path
) -> None:
    from deliberation.review.odt_reader import read_odt_review

    result = run_cli(
        "export", "opinion", str(demo.opinion), "-o", "relecture.odt", store=demo.store
    )
    assert result.returncode == 0, result.stderr
    written = tmp_path / "relecture.odt"
    assert result.stdout == f"{written}\n"
    export_id = re.search(r"identifiant ([0-9a-f-]{36})", result.stderr)
    assert export_id is not None
    document = read_odt_review(written)
    assert document.properties["DeliberationExport"] == export_id.group(1)
    names = {name for p in document.paragraphs for name in p.bookmarks}
    assert {f"dlb_{p.uuid.hex}" for p in demo.text} <= names
    dry = run_cli("import", "review", str(written), "--org", "AMF", "--dry-run", store=demo.store)
    assert dry.returncode == 0, dry.stderr


def test_export_amendments_writes_the_table_of_the_paragraphs_asked_for(
    run_cli: Run, demo: Demo, tmp_path: Path
) -> None:
    import docx
    import openpyxl

    result = run_cli(
        "export", "amendments", str(demo.opinion), "--paragraphs", "2,R1", "-o", "t.docx",
        store=demo.store,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    written = tmp_path / "t.docx"
    assert result.stdout == f"{written}\n", "the path alone, for scripts"
    (line,) = result.stderr.splitlines()
    assert line.startswith("Tableau des amendements de ") and f"« {demo.title} »" in line
    document = docx.Document(str(written))
    assert document.sections[0].page_width > document.sections[0].page_height
    (table,) = document.tables
    numbers = [row.cells[0].text for row in table.rows[1:]]
    assert numbers and set(numbers) <= {"2", "R1", ""}
    assert numbers == sorted(numbers, key=lambda n: (n.startswith("R"), n))
    result = run_cli("export", "amendments", str(demo.opinion), "-o", "t.xlsx", store=demo.store)
    assert result.returncode == 0, result.stderr
    sheet = openpyxl.load_workbook(tmp_path / "t.xlsx").active
    assert sheet is not None and sheet.title == "Amendements"


def test_export_amendments_refuses_in_one_sentence_and_writes_nothing(
    run_cli: Run, demo: Demo, tmp_path: Path
) -> None:
    for options, expected in (
        (["--paragraphs", "99", "-o", "t.docx"], "L'avis n'a pas de paragraphe « 99 »"),
        (["-o", "t.pdf"], "« t.pdf » ne peut pas recevoir cet export"),
    ):
        result = run_cli("export", "amendments", str(demo.opinion), *options, store=demo.store)
        assert result.returncode != 0
        assert expected in result.stderr and "Traceback" not in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
    result = run_cli("export", "amendments", "999", "-o", "t.docx", store=demo.store)
    assert result.returncode != 0 and "Aucun avis n'a l'identifiant 999." in result.stderr
    assert not list(tmp_path.glob("t.*"))


def test_a_tracked_underline_is_a_warning_of_the_dry_run(
    run_cli: Run, demo: Demo, tmp_path: Path
) -> None:
    sent, _ = export(run_cli, demo, tmp_path / "envoi.docx")
    target = next(p for p in demo.text if p.kind == "paragraph")
    word = _word(target, set())
    reviewer = Reviewer(author=REVIEWER)
    path = reviewer.save(sent, tmp_path / "retour.docx", lambda tree: reviewer.track_format(
        reviewer.paragraph(tree, target.uuid), word))  # fmt: skip

    shown = run_cli("import", "review", str(path), "--org", "AMF", "--dry-run", store=demo.store)
    data = run_cli("import", "review", str(path), "--org", "AMF", "--dry-run", "--json",
                   store=demo.store)  # fmt: skip

    assert shown.returncode == 0 == data.returncode, shown.stderr + data.stderr
    (warning,) = [w for w in json.loads(data.stdout)["warnings"] if "Mise en forme" in w]
    wanted = r"Mise en forme modifiée au paragraphe \d+ \(soulignement\) : non reprise\."
    assert re.fullmatch(wanted, warning)
    assert warning in shown.stdout
