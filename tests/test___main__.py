"""The real entry point, `python -m deliberation`, in child processes: the version, exit
statuses, the encoding of what it prints, and that commands import neither Qt nor the database
code they do not need. Everything else about the command line runs in-process (tests/cli)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from tests.cli.conftest import Result, Run

from deliberation import __version__

if TYPE_CHECKING:
    from tests.conftest import QtFreeRun


@pytest.fixture
def run_process(tmp_path: Path) -> Run:
    """Run the real `python -m deliberation ARGS` in tmp_path; `store=` sets DELIBERATION_STORE."""

    def run(
        *args: str, store: Path | str | None = None, env: dict[str, str] | None = None
    ) -> Result:
        child_env = {k: v for k, v in os.environ.items() if k != "DELIBERATION_STORE"}
        child_env.pop("DISPLAY", None)
        child_env.pop("WAYLAND_DISPLAY", None)
        if store is not None:
            child_env["DELIBERATION_STORE"] = str(store)
        child_env.update(env or {})
        done = subprocess.run(
            [sys.executable, "-m", "deliberation", *args],
            cwd=tmp_path,
            env=child_env,
            capture_output=True,
            timeout=120,
            check=False,
        )
        return Result(
            done.returncode,
            done.stdout.decode("utf-8"),
            done.stderr.decode("utf-8"),
            done.stdout,
        )

    return run


def test_version(run_process: Run) -> None:
    result = run_process("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"deliberation {__version__}"


def test_version_and_help_load_no_database_code() -> None:
    """--version must stay instant: no SQLAlchemy, no Alembic, no Qt."""
    code = (
        "import sys\n"
        "from deliberation.cli import main\n"
        "assert main(['--version']) == 0\n"
        "assert main(['--help']) == 0\n"
        "heavy = [m for m in ('sqlalchemy', 'alembic', 'PySide6') if m in sys.modules]\n"
        "assert not heavy, heavy\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


# What a command may not load unless it needs it: the database code, the migrations, the file
# libraries, Qt, and the application's layers above the records and rules.
HEAVY = (
    "sqlalchemy",
    "alembic",
    "docx",
    "openpyxl",
    "odfdo",
    "lxml",
    "icalendar",
    "docx2python",
    "mammoth",
    "keyring",
    "PySide6",
    "deliberation.store",
    "deliberation.services",
    "deliberation.exports",
    "deliberation.review",
    "deliberation.mail",
    "deliberation.demo",
    "deliberation.ui",
)


def loaded_after(
    commands: list[list[str]], cwd: Path | None = None, names: Sequence[str] = HEAVY
) -> list[str]:
    """Which of `names` (packages or modules) one fresh interpreter has loaded after running
    these command lines, each of which must succeed."""
    code = (
        "import contextlib, io, json, sys\n"
        "from deliberation.cli import main\n"
        f"for args in {commands!r}:\n"
        "    with contextlib.redirect_stdout(io.StringIO()):\n"
        "        assert main(args) == 0, args\n"
        "print(json.dumps(sorted(sys.modules)))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=cwd, timeout=120
    )
    assert done.returncode == 0, done.stderr
    modules = json.loads(done.stdout.splitlines()[-1])
    return [n for n in names if any(m == n or m.startswith(f"{n}.") for m in modules)]


def test_the_parser_version_and_help_load_only_the_command_line() -> None:
    """Building the parser imports argparse and the cli modules, not what the commands use:
    --version, --help and a command's --help start without the store, the use cases or any
    file library (each command imports those when it runs)."""
    helps = [["--version"], ["--help"], ["list", "--help"], ["export", "opinion", "--help"]]
    assert loaded_after(helps) == []
    views = ["listing", "meeting_view", "opinions_view", "positions_view"]
    records = ["meetings", "opinions", "referential"]
    assert loaded_after(helps, names=[f"deliberation.cli.{v}" for v in views]) == []
    assert loaded_after(helps, names=[f"deliberation.records.{r}" for r in records]) == []


def test_the_version_alone_is_answered_before_the_command_line_loads() -> None:
    """`deliberation --version`, the commonest question, loads not even argparse; any other form
    of it goes through the parser and says the same."""
    names = ["argparse", "deliberation.cli.commands"]
    assert loaded_after([["--version"]], names=names) == []
    assert loaded_after([["-v", "--version"]], names=names) == names


def test_a_read_of_the_orm_path_loads_neither_migrations_nor_file_libraries(
    demo_copy: Path,
) -> None:
    """A read-only command the fast path does not cover opens the store (SQLAlchemy, the
    models) and reads: no Alembic (the schema check reads the revision itself), no Word,
    spreadsheet or calendar library."""
    store = ["--store", str(demo_copy)]
    loaded = loaded_after([[*store, "show", "opinion", "1"]])
    assert "sqlalchemy" in loaded and "deliberation.store" in loaded  # it did read the store
    assert [
        m for m in loaded if m not in ("sqlalchemy", "deliberation.store", "deliberation.services")
    ] == []


# The store's and use cases' modules a fast read may load: the file check, the SQL, the thin use
# case (services/reading.py) and the leftovers' cleaning every opening does first.
FAST_MODULES = {
    "deliberation.store",
    "deliberation.store.leftovers",
    "deliberation.store.reading",
    "deliberation.store.schema",
    "deliberation.store.sqlite_file",
    "deliberation.services",
    "deliberation.services.reading",
}


def test_a_read_only_command_loads_no_database_library(demo_copy: Path) -> None:
    """`list …` (but positions) and `show meeting` read a SQLite store with the standard
    library's sqlite3 alone: no SQLAlchemy, no models, no Qt, no file library."""
    store = ["--store", str(demo_copy)]
    reads = [
        [*store, "list", kind, "--json"]
        for kind in (
            "organisations", "delegates", "themes", "groups", "meetings", "actions",
            "consultations", "opinions", "outbox",
        )
    ]  # fmt: skip
    reads += [[*store, "list", "meetings"], [*store, "show", "meeting", "1"]]
    code = (
        "import contextlib, io, json, sys\n"
        "from deliberation.cli import main\n"
        f"for args in {reads!r}:\n"
        "    with contextlib.redirect_stdout(io.StringIO()) as out:\n"
        "        assert main(args) == 0, args\n"
        "    assert out.getvalue(), args\n"
        "print(json.dumps(sorted(sys.modules)))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    modules = set(json.loads(done.stdout.splitlines()[-1]))
    heavy = [n for n in HEAVY if any(m == n or m.startswith(f"{n}.") for m in modules)]
    assert set(heavy) <= {"deliberation.store", "deliberation.services"}, heavy
    ours = {m for m in modules if m.startswith(("deliberation.store", "deliberation.services"))}
    assert ours == FAST_MODULES


def test_an_export_loads_only_its_own_file_library(demo_copy: Path, tmp_path: Path) -> None:
    """Writing a Word file loads python-docx, not the OpenDocument, spreadsheet or calendar
    libraries, nor Alembic; writing a calendar loads no Word library."""
    store = ["--store", str(demo_copy)]
    word = loaded_after([[*store, "export", "opinion", "1", "-o", "a.docx"]], cwd=tmp_path)
    assert (tmp_path / "a.docx").is_file() and "docx" in word
    assert not {"alembic", "odfdo", "openpyxl", "icalendar", "PySide6"} & set(word), word
    ics = loaded_after([[*store, "export", "calendar", "-o", "c.ics"]], cwd=tmp_path)
    assert (tmp_path / "c.ics").is_file() and "icalendar" in ics
    assert not {"alembic", "docx", "odfdo", "openpyxl", "lxml", "PySide6"} & set(ics), ics


def test_the_package_reads_no_installed_metadata() -> None:
    """The version is written in the package: importing it, the command line's --version
    included, looks nothing up in the installed metadata (importlib.metadata costs ~5 MiB and
    a hundred modules in every process, the editor's included)."""
    code = (
        "import sys\n"
        "import deliberation\n"
        "from deliberation.cli import main\n"
        "assert main(['--version']) == 0\n"
        "assert 'importlib.metadata' not in sys.modules\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"deliberation {__version__}"


def test_json_is_utf8_whatever_the_output_encoding(run_process: Run) -> None:
    assert run_process("init", store="s.sqlite3").returncode == 0
    result = run_process(
        "list", "themes", "--json", store="s.sqlite3", env={"PYTHONIOENCODING": "ascii"}
    )
    assert result.returncode == 0, result.stderr
    assert "équipements".encode() in result.raw_stdout
    assert b"\\u00e9" not in result.raw_stdout


def test_without_a_display_the_gui_is_refused_in_one_sentence(run_process: Run) -> None:
    result = run_process(store="s.sqlite3", env={"QT_QPA_PLATFORM": ""})
    assert result.returncode == 1
    assert result.stderr.startswith("deliberation : aucun affichage graphique")
    assert result.stderr.count("\n") == 1


def test_commands_never_import_qt_widgets(run_without_qt: QtFreeRun, tmp_path: Path) -> None:
    commands = [["init"], ["demo"], ["list", "themes", "--json"], ["list", "groups"]]
    done = run_without_qt(str(tmp_path / "s.sqlite3"), commands, tmp_path)
    assert done.returncode == 0, done.stderr


def test_exit_statuses_of_the_process(run_process: Run, tmp_path: Path, demo_copy: Path) -> None:
    """2 on a usage error, 1 on a refusal, 0 and the file for an export: `sys.exit(main())`."""
    usage = run_process("list", "people", store="s.sqlite3")
    assert usage.returncode == 2 and usage.stderr.startswith("utilisation : deliberation")
    missing = run_process("list", "themes", store=tmp_path / "missing.sqlite3")
    assert missing.returncode == 1 and missing.stderr.startswith("deliberation : ")
    exported = run_process("export", "calendar", "-o", "c.ics", store=demo_copy)
    assert exported.returncode == 0, exported.stderr
    assert (tmp_path / "c.ics").read_bytes().startswith(b"BEGIN:VCALENDAR")
