"""`deliberation import opinion`: a Word draft previewed, then created; bad files refused."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.cli.conftest import Dump, Run
from tests.review.word_draft import TITLE, word_draft

from deliberation.services.opinion_export import export_opinion
from deliberation.services.root import open_root


def one_sentence(result: object, *fragments: str) -> None:
    assert result.returncode == 1, result.stdout  # type: ignore[attr-defined]
    assert result.stdout == ""  # type: ignore[attr-defined]
    lines = result.stderr.splitlines()  # type: ignore[attr-defined]
    assert len(lines) == 1 and lines[0].startswith("deliberation : "), lines
    assert lines[0].endswith("."), lines[0]
    for fragment in fragments:
        assert fragment in lines[0]


@pytest.fixture
def store(demo_copy: Path) -> Path:
    return demo_copy


@pytest.fixture
def draft(tmp_path: Path) -> Path:
    path = tmp_path / "brouillon.docx"
    path.write_bytes(word_draft())
    return path


def test_a_dry_run_shows_the_structure_and_writes_nothing(
    run_cli: Run, store: Path, draft: Path, dump_tables: Dump
) -> None:
    before = dump_tables(store)
    result = run_cli("import", "opinion", str(draft), "--dry-run", store=store)
    assert result.returncode == 0, result.stderr
    assert dump_tables(store) == before
    out = result.stdout.splitlines()
    assert out[:2] == ["Fichier : brouillon.docx", f"Avis « {TITLE} » (sans groupe de travail)"]
    assert out[2].startswith("Attention : 1 commentaire du fichier n'est pas repris")
    assert out[3].startswith("Attention : Le fichier contient des modifications suivies")
    assert "  I. Constats généraux" in out
    assert "       – des écrans anciens ;" in out
    assert "         1) le financement ;" in out
    assert "    Recommandation n° 4" in out
    assert out[-2].startswith("Trouvé : 4 titres, 1 considérant, 6 paragraphes, 4 recommandations")
    assert out[-1] == "Essai : rien n'a été écrit."


def test_the_json_preview_has_every_field(run_cli: Run, store: Path, draft: Path) -> None:
    result = run_cli("import", "opinion", str(draft), "--dry-run", "--json", store=store)
    data = json.loads(result.raw_stdout)
    assert set(data) == {
        "file", "kind", "title", "group", "own_export", "counts", "dropped_numbers",
        "skipped_paragraphs", "comments", "tracked_insertions", "tracked_deletions", "warnings",
        "paragraphs", "dry_run", "imported",
    }  # fmt: skip
    assert (data["file"], data["kind"], data["title"], data["group"]) == (
        "brouillon.docx", "avis", TITLE, None
    )  # fmt: skip
    assert (data["dry_run"], data["imported"], data["own_export"]) == (True, None, False)
    assert (data["comments"], data["tracked_insertions"], data["tracked_deletions"]) == (1, 1, 1)
    first = data["paragraphs"][1]
    assert set(first) == {"number", "label", "kind", "kind_label", "level", "text", "content"}
    assert (first["kind"], first["content"][0]["runs"][1]) == (
        "recital", {"text": "les familles", "bold": True, "italic": False}
    )  # fmt: skip


def test_the_import_creates_the_opinion_shown_by_show_opinion(
    run_cli: Run, store: Path, draft: Path
) -> None:
    result = run_cli("import", "opinion", str(draft), "--title", "Inclusion numérique",
                     "--group", "1", "--json", store=store)  # fmt: skip
    assert result.returncode == 0, result.stderr
    data = json.loads(result.raw_stdout)
    number = data["imported"]["opinion"]
    assert data["dry_run"] is False and data["group"]["id"] == 1
    shown = run_cli("show", "opinion", str(number), "--json", store=store)
    opinion = json.loads(shown.raw_stdout)
    assert (opinion["title"], opinion["status"]) == ("Inclusion numérique", "draft")
    assert opinion["group"] == data["group"]["name"]
    assert [(p["kind"], p["text"]) for p in opinion["paragraphs"]] == [
        (p["kind"], p["text"]) for p in data["paragraphs"]
    ]
    text = run_cli("show", "opinion", str(number), store=store).stdout
    assert "Recommandation n° 2\n      Former les enseignants." in text


def test_our_export_imported_again_reads_the_same(
    run_cli: Run, store: Path, tmp_path: Path
) -> None:
    root = open_root(str(store))
    try:
        record = root.opinions.opinions()[1]
        export_opinion(root, record.id, tmp_path / "export.docx")
    finally:
        root.close()
    result = run_cli("import", "opinion", str(tmp_path / "export.docx"), "--json", store=store)
    data = json.loads(result.raw_stdout)
    assert data["own_export"] and data["title"] == record.title and data["warnings"] == []

    def paragraphs(number: int) -> list[tuple[str, int, str, object]]:
        shown = run_cli("show", "opinion", str(number), "--json", store=store)
        return [
            (p["kind"], p["level"], p["label"], p["content"])
            for p in json.loads(shown.raw_stdout)["paragraphs"]
        ]

    assert paragraphs(data["imported"]["opinion"]) == paragraphs(record.id)


@pytest.mark.parametrize(
    ("name", "make", "fragment"),
    [
        ("texte.docx", lambda p: p.write_text("pas un zip"), "n'est pas un document Word"),
        ("vide.docx", lambda p: p.write_bytes(b""), "vide.docx"),
        ("ancien.doc", lambda p: p.write_bytes(_doc()), "Word 97-2003 (.doc)"),
        ("absent.docx", lambda p: None, "absent.docx"),
        ("blanc.docx", lambda p: p.write_bytes(_blank()), "ne contient aucun texte"),
    ],
    ids=["text", "empty", "doc", "missing", "blank"],
)
def test_a_bad_file_is_refused_in_one_sentence_and_nothing_is_written(
    run_cli: Run, store: Path, tmp_path: Path, dump_tables: Dump, name: str, make: object,
    fragment: str,
) -> None:  # fmt: skip
    make(tmp_path / name)  # type: ignore[operator]
    before = dump_tables(store)
    result = run_cli("import", "opinion", str(tmp_path / name), store=store)
    one_sentence(result, fragment)
    assert dump_tables(store) == before


def test_an_unknown_group_says_where_to_find_groups(
    run_cli: Run, store: Path, draft: Path, dump_tables: Dump
) -> None:
    before = dump_tables(store)
    result = run_cli("import", "opinion", str(draft), "--group", "99", store=store)
    one_sentence(result, "identifiant 99", "deliberation list groups")
    assert dump_tables(store) == before


def _doc() -> bytes:
    from tests.review.wordxml import ole_file

    return ole_file("WordDocument", "1Table")


def _blank() -> bytes:
    from tests.review.wordxml import build_docx, paragraph

    return build_docx([paragraph("")])
