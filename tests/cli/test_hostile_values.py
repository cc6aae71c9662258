"""Values and files a hostile or unlucky user gives the commands (issue 20, points 4 to 6): each
gets one French sentence naming it, or is read as well as it can be, and nothing else changes."""

from __future__ import annotations

import re
import shutil
import sqlite3
import zipfile
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest
from tests.cli.conftest import Dump, Run
from tests.review.reviewer import Reviewer, W
from tests.review.zips import DEFLATE64, ENCRYPTED, many_members, patch_member

from deliberation.review.docx_package import MAX_MEMBERS
from deliberation.rules.validation import ID_MAX

HUGE = "99999999999999999999"  # larger than SQLite's integer
ENGLISH = re.compile(r"\b(Error|error|invalid|integer|Python|codec|Is a|string indices)\b")


def one_sentence(result: object, *fragments: str, status: int = 1) -> str:
    """The command failed with one French line on its error output naming `fragments`."""
    assert result.returncode == status, (result.stdout, result.stderr)  # type: ignore[attr-defined]
    lines = result.stderr.splitlines()  # type: ignore[attr-defined]
    if status == 2:  # argparse's usage first, then its error
        assert lines[0].startswith("utilisation : ")
        lines = [line for line in lines if " : erreur : " in line]
    assert len(lines) == 1, result.stderr  # type: ignore[attr-defined]
    line = lines[0]
    assert "erreur inattendue" not in line and "Traceback" not in line
    assert not ENGLISH.search(line.replace("deliberation", "")), line
    for fragment in fragments:
        assert fragment in line, line
    return line


# -- identifiers and version numbers (point 4) ----------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ("show", "meeting", HUGE),
        ("show", "opinion", HUGE),
        ("show", "position", HUGE),
        ("show", "consultation", HUGE),
        ("export", "agenda", HUGE, "-o", "ordre.docx"),
        ("export", "decisions", HUGE, "-o", "releve.docx"),
        ("export", "opinion", "1", "--version", HUGE, "-o", "avis.docx"),
        ("export", "opinion", "1", "--against", HUGE, "-o", "avis.docx"),
        ("show", "opinion", "1", "--version", HUGE),
        ("list", "positions", "--consultation", HUGE),
        ("show", "meeting", "²"),
        ("show", "opinion", "1", "--version", "³"),
        ("show", "meeting", "9" * 5000),
    ],
    ids=lambda args: " ".join(a[:12] for a in args[:4]),
)
def test_an_identifier_too_large_or_not_ascii_is_a_usage_error_in_french(
    run_cli: Run, demo_copy: Path, dump_tables: Dump, tmp_path: Path, args: tuple[str, ...]
) -> None:
    before = dump_tables(demo_copy)
    result = run_cli(*args, store=demo_copy)
    line = one_sentence(result, status=2)
    assert "invalide" in line
    if args[-1] == HUGE or HUGE in args:
        assert f"au plus {ID_MAX}" in line and HUGE in line
    assert dump_tables(demo_copy) == before
    assert not list(tmp_path.glob("*.docx"))


def test_the_largest_identifier_is_just_not_found(run_cli: Run, demo_copy: Path) -> None:
    one_sentence(run_cli("show", "meeting", str(ID_MAX), store=demo_copy), str(ID_MAX))


# -- returned files (points 4 and 5) --------------------------------------------------------


@pytest.fixture
def sent(run_cli: Run, demo_copy: Path, tmp_path: Path) -> tuple[Path, int]:
    """The opinion in consultation exported for review: the file and the opinion's id."""
    listing = run_cli("list", "opinions", "--json", store=demo_copy)
    import json

    opinion = next(o["id"] for o in json.loads(listing.stdout) if o["status"] == "consultation")
    result = run_cli("export", "opinion", str(opinion), "-o", "envoi.docx", store=demo_copy)
    assert result.returncode == 0, result.stderr
    return tmp_path / "envoi.docx", opinion


def rewritten(source: Path, target: Path, change: Callable[[dict[str, bytes]], None]) -> Path:
    with zipfile.ZipFile(source) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    change(parts)
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return target


def forget_exports(store: Path) -> None:
    """The store no longer knows the export: the file is read against its version property."""
    with closing(sqlite3.connect(store)) as db:
        db.execute("DELETE FROM opinion_export")
        db.commit()


@pytest.mark.parametrize("version", ["1" * 23, "²", "1e3", str(ID_MAX + 1)])
def test_an_export_version_no_record_can_have_is_read_against_the_current_text(
    run_cli: Run, demo_copy: Path, sent: tuple[Path, int], tmp_path: Path, version: str
) -> None:
    def change(parts: dict[str, bytes]) -> None:
        custom = parts["docProps/custom.xml"].decode()
        custom = re.sub(r'(name="DeliberationExport"><vt:lpwstr>)[^<]*', r"\g<1>", custom)
        custom = re.sub(
            r'(name="DeliberationVersion"><vt:lpwstr>)[^<]*', rf"\g<1>{version}", custom
        )
        parts["docProps/custom.xml"] = custom.encode()

    path = rewritten(sent[0], tmp_path / "retour.docx", change)
    forget_exports(demo_copy)
    result = run_cli("import", "review", str(path), "--org", "AMF", "--dry-run", store=demo_copy)
    assert result.returncode == 0, result.stderr
    assert "lu contre le texte actuel" in result.stdout


def test_a_symbol_that_is_no_character_is_left_out(
    run_cli: Run, demo_copy: Path, sent: tuple[Path, int], tmp_path: Path
) -> None:
    reviewer = Reviewer(author="Jeanne Martin")

    def edit(tree: object) -> None:
        for p in tree.iter(W + "p"):  # type: ignore[attr-defined]
            if p.find(f"{W}bookmarkStart") is not None and p.find(f"{W}r") is not None:
                run = p.find(f"{W}r")
                for code in ("D800", "DFFF", "110000", "0", "zz"):
                    symbol = run.makeelement(f"{W}sym", {f"{W}font": "Symbol", f"{W}char": code})
                    run.append(symbol)
                return

    path = reviewer.save(sent[0], tmp_path / "symboles.docx", edit)
    result = run_cli("import", "review", str(path), "--org", "AMF", store=demo_copy)
    assert result.returncode == 0, result.stderr
    assert "erreur" not in result.stderr


def test_a_comment_dated_before_utc_time_begins_is_imported_without_a_date(
    run_cli: Run, demo_copy: Path, sent: tuple[Path, int], tmp_path: Path
) -> None:
    reviewer = Reviewer(author="Jeanne Martin", date="0001-01-01T00:00:00+14:00")

    def edit(tree: object) -> None:
        for p in tree.iter(W + "p"):  # type: ignore[attr-defined]
            if p.find(f"{W}bookmarkStart") is None:
                continue
            for word in re.findall(r"[^\W\d_]{7,}", "".join(p.itertext())):
                try:
                    reviewer.comment(p, word, "Pourquoi ce mot ?")
                    return
                except AssertionError:
                    continue

    path = reviewer.save(sent[0], tmp_path / "date.docx", edit)
    preview = run_cli("import", "review", str(path), "--org", "AMF", "--dry-run", store=demo_copy)
    assert preview.returncode == 0, preview.stderr
    assert "« Pourquoi ce mot ? »" in preview.stdout
    result = run_cli("import", "review", str(path), "--org", "AMF", store=demo_copy)
    assert result.returncode == 0, result.stderr
    assert "1 élément importé" in result.stdout
    with closing(sqlite3.connect(demo_copy)) as db:
        (written_at,) = db.execute(
            "SELECT written_at FROM opinion_comment WHERE text = 'Pourquoi ce mot ?'"
        ).fetchone()
    assert written_at is None or not written_at.startswith("0001")


def test_a_zip_version_no_reader_knows_is_refused_by_name(
    run_cli: Run, demo_copy: Path, sent: tuple[Path, int], tmp_path: Path, dump_tables: Dump
) -> None:
    path = tmp_path / "version.docx"
    shutil.copyfile(sent[0], path)
    patch_member(path, "word/document.xml", version=99)
    before = dump_tables(demo_copy)
    result = run_cli("import", "review", str(path), "--org", "AMF", store=demo_copy)
    one_sentence(result, "« version.docx »", "compressé")
    assert dump_tables(demo_copy) == before


def test_a_zip_of_too_many_members_is_refused_before_it_is_read(
    run_cli: Run,
    demo_copy: Path,
    tmp_path: Path,
    dump_tables: Dump,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = tmp_path / "membres.docx"
    many_members(path, MAX_MEMBERS + 1)
    read: list[int] = []
    original = zipfile.ZipFile._RealGetContents  # type: ignore[attr-defined]

    def spy(self: zipfile.ZipFile) -> None:
        read.append(1)
        original(self)

    monkeypatch.setattr(zipfile.ZipFile, "_RealGetContents", spy)
    before = dump_tables(demo_copy)
    result = run_cli("import", "review", str(path), "--org", "AMF", store=demo_copy)
    one_sentence(result, "« membres.docx »", f"plus de {MAX_MEMBERS} éléments")
    assert not read, "the central directory was parsed"
    assert dump_tables(demo_copy) == before


# -- templates (point 4) --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("change", "fragment"),
    [
        ({"flags": ENCRYPTED}, "mot de passe"),
        ({"method": DEFLATE64}, "compressé"),
        ({"version": 99}, "compressé"),
    ],
    ids=["encrypted", "deflate64", "zip-version"],
)
def test_a_template_whose_styles_cannot_be_unzipped_is_refused_by_name(
    run_cli: Run,
    demo_copy: Path,
    sent: tuple[Path, int],
    tmp_path: Path,
    dump_tables: Dump,
    change: dict[str, int],
    fragment: str,
) -> None:
    template = tmp_path / "charte.docx"
    shutil.copyfile(sent[0], template)
    patch_member(template, "word/styles.xml", **change)
    before = dump_tables(demo_copy)
    result = run_cli("export", "opinion", str(sent[1]), "--template", str(template),
                     "-o", "avis.docx", store=demo_copy)  # fmt: skip
    one_sentence(result, "« charte.docx »", fragment)
    assert not (tmp_path / "avis.docx").exists()
    assert dump_tables(demo_copy) == before


# -- seed files (point 4) -------------------------------------------------------------------

BODY = '[body]\nkey = "x"\nname = "Instance"\nshort_name = "X"\n'
THEME = '[[themes]]\nkey = "t"\ntitle = "Thème"\nnumber = '


@pytest.mark.parametrize(
    ("content", "fragments"),
    [
        (BODY + THEME + "inf\n", ("« number »", "« inf »")),
        (BODY + THEME + "nan\n", ("« number »", "« nan »")),
        (BODY + THEME + "100000000000000000000000\n", ("« number »", "24 chiffres")),
        (BODY + THEME + "1.5\n", ("« number »", "« 1.5 »")),
        ("x = " + "1" * 5000 + "\n", ("trop long",)),
        ("x = " + "[" * 50000 + "]" * 50000 + "\n", ("imbriqués",)),
        ('kinds = ["a"]\n', ("[[kinds]]", "table")),
        ("body = 3\n", ("[body]", "table")),
        (BODY + '[[kinds]]\nkey = "k"\n', ("« label »", "[[kinds]]")),
        (BODY + '[[kinds]]\nkey = 3\nlabel = "K"\n', ("« key »", "texte")),
        (
            BODY + '[[organisations]]\nkey = "o"\nacronym = "O"\nname = "O"\nkind = "k"\n'
            'memberships = [{start = "2020-13-01"}]\n',
            ("« start »", "« 2020-13-01 »"),
        ),
        ("a = \n", ("TOML", "ligne 1")),
    ],
    ids=[
        "inf", "nan", "huge", "float", "long", "deep", "strings", "body", "missing",
        "type", "date", "syntax",
    ],
)  # fmt: skip
def test_a_bad_seed_file_is_one_french_sentence_and_creates_no_store(
    run_cli: Run, tmp_path: Path, content: str, fragments: tuple[str, ...]
) -> None:
    seed = tmp_path / "instance.toml"
    seed.write_text(content, encoding="utf-8")
    store = tmp_path / "magasin.sqlite3"
    result = run_cli("init", "--seed", str(seed), store=store)
    one_sentence(result, "instance.toml", *fragments)
    assert not store.exists()


@pytest.mark.parametrize(
    ("make", "fragment"),
    [
        (lambda p: p.mkdir(), "c'est un dossier"),
        (lambda p: p.write_bytes(b"\xff\xfe[body]"), "UTF-8"),
    ],
    ids=["directory", "not-utf8"],
)
def test_an_unreadable_seed_file_is_said_in_french(
    run_cli: Run, tmp_path: Path, make: Callable[[Path], None], fragment: str
) -> None:
    seed = tmp_path / "instance.toml"
    make(seed)
    result = run_cli("init", "--seed", str(seed), store=tmp_path / "magasin.sqlite3")
    one_sentence(result, "instance.toml", fragment)
    assert not (tmp_path / "magasin.sqlite3").exists()


# -- the catch-all (point 4) ----------------------------------------------------------------


def test_a_real_bug_is_unexpected_and_its_traceback_is_logged(
    run_cli: Run, demo_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from deliberation.cli import meeting_view

    def broken(*_args: object) -> str:
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr(meeting_view, "meeting_text", broken)  # `show meeting` imports it there
    quiet = run_cli("show", "meeting", "1", store=demo_copy)
    assert quiet.returncode == 1
    assert "erreur inattendue" in quiet.stderr and "--verbose" in quiet.stderr
    assert len(quiet.stderr.splitlines()) == 1
    verbose = run_cli("show", "meeting", "1", "--verbose", store=demo_copy)
    assert "Traceback (most recent call last)" in verbose.stderr
    assert "ZeroDivisionError" in verbose.stderr
