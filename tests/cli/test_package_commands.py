"""`export package`, `import package`, `import text` and `sync` on real stores, as a user types."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.cli.conftest import Dump, Run

from deliberation.services.root import open_root

OPINION = "3"  # the demo's contribution


@pytest.fixture
def store(demo_copy: Path) -> Path:
    return demo_copy


def one_sentence(result: object, *fragments: str) -> None:
    assert result.returncode == 1, result.stdout  # type: ignore[attr-defined]
    lines = result.stderr.splitlines()  # type: ignore[attr-defined]
    assert len(lines) == 1 and lines[0].startswith("deliberation : "), lines
    for fragment in fragments:
        assert fragment in lines[0]


def texts(store: Path | str, opinion_id: int = 3) -> list[str]:
    with open_root(str(store)) as root:
        return [p.text for p in root.opinions.text(opinion_id).paragraphs]


def test_a_package_goes_out_and_comes_back_once(
    run_cli: Run, store: Path, tmp_path: Path, dump_tables: Dump
) -> None:
    package = tmp_path / "avis.deliberation"
    result = run_cli("export", "package", OPINION, "-o", str(package), store=store)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(package.resolve())
    shown = run_cli("show", "opinion", OPINION, "--json", store=package)
    assert shown.returncode == 0, shown.stderr
    document = json.loads(shown.stdout)
    first = next(p for p in document["paragraphs"] if p["kind"] == "paragraph")
    first["text"] = "Réécrit hors ligne."
    edited = tmp_path / "texte.json"
    edited.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    applied = run_cli("import", "text", OPINION, str(edited), store=package)
    assert applied.returncode == 0, applied.stderr
    assert "fusionné : paragraphe 1" in applied.stdout

    before = dump_tables(store)
    dry = run_cli("import", "package", str(package), "--dry-run", "--json", store=store)
    assert dry.returncode == 0, dry.stderr
    assert dump_tables(store) == before
    preview = json.loads(dry.stdout)
    assert preview["merged"] == ["paragraphe 1"] and preview["written"] is None

    done = run_cli("import", "package", str(package), store=store)
    assert done.returncode == 0, done.stderr
    assert "Réécrit hors ligne." in texts(store)
    after = dump_tables(store)
    again = run_cli("import", "package", str(package), store=store)
    assert "Rien de nouveau" in again.stdout
    assert dump_tables(store) == after


def test_a_script_text_imported_twice_adds_its_new_paragraph_once(
    run_cli: Run, store: Path, tmp_path: Path
) -> None:
    document = json.loads(run_cli("show", "opinion", OPINION, "--json", store=store).stdout)
    document["paragraphs"].insert(3, {"kind": "paragraph", "text": "Ajouté par un script."})
    edited = tmp_path / "texte.json"
    edited.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    assert run_cli("import", "text", OPINION, str(edited), store=store).returncode == 0
    assert run_cli("import", "text", OPINION, str(edited), store=store).returncode == 0
    assert texts(store).count("Ajouté par un script.") == 1


def test_refusals_are_one_sentence(run_cli: Run, store: Path, tmp_path: Path) -> None:
    package = tmp_path / "avis.deliberation"
    run_cli("export", "package", OPINION, "-o", str(package), store=store)
    half = tmp_path / "moitié.deliberation"
    half.write_bytes(package.read_bytes()[:4096])
    one_sentence(run_cli("import", "package", str(half), store=store), "pas un paquet lisible")
    one_sentence(
        run_cli("import", "package", str(package), "--opinion", "1", store=store),
        "porte sur un autre avis",
    )
    one_sentence(run_cli("import", "package", str(store), store=store), "pas un paquet d'avis")
    bad = tmp_path / "texte.json"
    bad.write_text("{}", encoding="utf-8")
    one_sentence(run_cli("import", "text", OPINION, str(bad), store=store), "text.base")
    one_sentence(run_cli("sync", OPINION, "--with", str(store), store=store), "n'est un paquet")


def test_both_sides_moving_and_joining_the_same_paragraphs_merge_once(
    run_cli: Run, store: Path, tmp_path: Path, dump_tables: Dump
) -> None:
    # The random run's case, through the commands, on four paragraphs in a row: offline, the
    # fourth is moved first and the second and third are joined; at the secretariat, the first
    # is rewritten and the third moved after the fourth. The second import writes nothing.
    package = tmp_path / "avis.deliberation"
    assert run_cli("export", "package", OPINION, "-o", str(package), store=store).returncode == 0

    def edit(where: Path, offline: bool) -> list[str]:
        document = json.loads(run_cli("show", "opinion", OPINION, "--json", store=where).stdout)
        paragraphs = document["paragraphs"]
        p0, p1, p2, p3 = paragraphs[1:5]
        original = [p["text"] for p in (p0, p1, p2, p3)]
        if offline:
            p1["text"] += " " + p2["text"]
            paragraphs.remove(p2)
            paragraphs.remove(p3)
            paragraphs.insert(paragraphs.index(p0), p3)
        else:
            p0["text"] = "Considérant réécrit au secrétariat."
            paragraphs.remove(p2)
            paragraphs.insert(paragraphs.index(p3) + 1, p2)
        edited = tmp_path / f"texte-{offline}.json"
        edited.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
        assert run_cli("import", "text", OPINION, str(edited), store=where).returncode == 0
        return original

    p0, p1, p2, p3 = edit(package, offline=True)
    edit(store, offline=False)
    done = run_cli("import", "package", str(package), store=store)
    assert done.returncode == 0, done.stderr
    merged = texts(store)
    start = merged.index(p3)
    assert merged[start : start + 3] == [p3, "Considérant réécrit au secrétariat.", f"{p1} {p2}"]
    assert p0 not in merged and p2 not in merged
    after = dump_tables(store)
    again = run_cli("import", "package", str(package), store=store)
    assert "Rien de nouveau" in again.stdout
    assert dump_tables(store) == after
