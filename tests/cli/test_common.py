"""Files that are not a usable store: one sentence, exit status 1, the file left byte for byte."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest

from deliberation.services.root import open_root


def random_bytes(path: Path) -> None:
    path.write_bytes(os.urandom(8192))


def text_file(path: Path) -> None:
    path.write_text("Ordre du jour de la séance plénière\n1. Approbation du relevé\n", "utf-8")


def other_application_database(path: Path) -> None:
    with closing(sqlite3.connect(path)) as db:
        db.execute("CREATE TABLE contacts (name TEXT, phone TEXT)")
        db.execute("INSERT INTO contacts VALUES ('Camille', '01 23 45 67 89')")
        db.commit()


def newer_store(path: Path) -> None:
    open_root(str(path)).close()
    with closing(sqlite3.connect(path)) as db:
        db.execute("UPDATE alembic_version SET version_num = '9999'")
        db.commit()
    # Every connection is closed: the write-ahead log has been folded back into the file.
    assert not Path(f"{path}-wal").exists()


FILES: dict[str, tuple[Callable[[Path], None], str]] = {
    "random bytes": (random_bytes, "n'est pas une base Délibération"),
    "text file": (text_file, "n'est pas une base Délibération"),
    "another application's SQLite": (other_application_database, "d'une autre application"),
    "newer store": (newer_store, "version plus récente"),
}
COMMANDS = [["init"], ["list", "organisations", "--json"], ["list", "groups"], ["demo"]]


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c))
@pytest.mark.parametrize("kind", list(FILES))
def test_refused_file_is_left_untouched(run_cli, tmp_path: Path, kind: str, command) -> None:
    make, expected = FILES[kind]
    path = tmp_path / "given.sqlite3"
    make(path)
    before = path.read_bytes()
    listing = sorted(p.name for p in tmp_path.iterdir())

    result = run_cli(*command, "--store", str(path))

    assert result.returncode == 1
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    assert result.stderr.count("\n") == 1, result.stderr
    assert result.stderr.startswith("deliberation : ")
    assert expected in result.stderr
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == listing, "no backup, journal or copy"


def test_a_folder_given_as_the_store(run_cli, tmp_path: Path) -> None:
    result = run_cli("init", store=tmp_path)
    assert result.returncode == 1
    assert result.stderr == f"deliberation : {tmp_path} est un dossier, pas un fichier de base.\n"
