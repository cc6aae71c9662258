"""The real entry point, `python -m deliberation`, in child processes: the version, exit
statuses, the encoding of what it prints, and that commands import neither Qt nor the database
code they do not need. Everything else about the command line runs in-process (tests/cli)."""

from __future__ import annotations

import os
import subprocess
import sys
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
