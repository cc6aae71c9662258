"""`deliberation export … -o FICHIER`: a name of another file type is refused in one sentence
and nothing is written; a name without a type gets the right one (rules.file_names)."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from tests.cli.conftest import Dump, Run

OPINION = "3"  # the demo's contribution, which every opinion export accepts

EXPORTS = [
    # (command and its arguments, a wrong name, the suffix added to a bare name)
    (["agenda", "1"], "x.pdf", ".docx"),
    (["decisions", "1"], "releve.odt", ".docx"),
    (["calendar"], "z.docx", ".ics"),
    (["synthesis", "{consultation}"], "synthese.csv", ".docx"),
    (["opinion", OPINION], "avis.pdf", ".docx"),
    (["amendments", OPINION], "amendements.ods", ".docx"),
    (["actions"], "actions.pdf", ".docx"),
    (["attendance"], "assiduite.ics", ".docx"),
    (["directory"], "annuaire.csv", ".docx"),
    (["package", OPINION], "paquet.zip", ".deliberation"),
]


def first_consultation(run_cli: Run, store: Path) -> str:
    listed = run_cli("list", "consultations", "--json", store=store)
    return str(json.loads(listed.stdout)[0]["id"])


def is_of_type(path: Path, suffix: str) -> bool:
    """Whether the file's content is of the type its suffix says."""
    data = path.read_bytes()
    if suffix == ".ics":
        return data.startswith(b"BEGIN:VCALENDAR")
    if suffix == ".docx":
        return "word/document.xml" in zipfile.ZipFile(path).namelist()
    return path.stat().st_size > 0


@pytest.mark.parametrize(("command", "wrong", "suffix"), EXPORTS, ids=[c[0] for c, _, _ in EXPORTS])
def test_a_wrong_file_type_is_refused_and_a_missing_one_added(
    run_cli: Run,
    demo_copy: Path,
    tmp_path: Path,
    dump_tables: Dump,
    command: list[str],
    wrong: str,
    suffix: str,
) -> None:
    args = [a.replace("{consultation}", first_consultation(run_cli, demo_copy)) for a in command]
    before = dump_tables(demo_copy)
    listing = sorted(p.name for p in tmp_path.iterdir())

    refused = run_cli("export", *args, "-o", wrong, store=demo_copy)
    assert refused.returncode == 1 and refused.stdout == ""
    assert refused.stderr.startswith(f"deliberation : « {wrong} » ne peut pas recevoir cet export")
    assert suffix in refused.stderr and refused.stderr.count("\n") == 1, refused.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == listing  # nothing written
    assert dump_tables(demo_copy) == before

    done = run_cli("export", *args, "-o", "sans-extension", store=demo_copy)
    assert done.returncode == 0, done.stderr
    written = tmp_path / f"sans-extension{suffix}"
    assert is_of_type(written, suffix)
    assert not (tmp_path / "sans-extension").exists()
