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


# Every command that reads a SQLite store without SQLAlchemy (services/reading.py).
FAST_READS = [
    ["list", "organisations"],
    ["list", "organisations", "--all", "--json"],
    ["list", "delegates", "--all"],
    ["list", "delegates", "--json"],
    ["list", "themes", "--json"],
    ["list", "groups"],
    ["list", "groups", "--json"],
    ["list", "meetings"],
    ["list", "meetings", "--json"],
    ["list", "meetings", "--group", "plenary", "--from", "2026-01-01"],
    ["list", "meetings", "--group", "2", "--to", "31/05/2026", "--json"],
    ["list", "actions"],
    ["list", "actions", "--all", "--json"],
    ["list", "consultations"],
    ["list", "consultations", "--json"],
    ["list", "opinions"],
    ["list", "opinions", "--json"],
    ["list", "outbox", "--json"],
    ["show", "meeting", "1"],
    ["show", "meeting", "5", "--json"],
    ["list", "meetings", "--group", "99"],  # an unknown group: the same sentence
    ["show", "meeting", "999"],  # an unknown meeting: the same sentence
]


@pytest.mark.parametrize("command", FAST_READS, ids=" ".join)
def test_the_fast_reads_print_what_the_usual_opening_prints(
    run_cli, demo_copy: Path, monkeypatch: pytest.MonkeyPatch, command: list[str]
) -> None:
    import deliberation.services.reading as reading

    opened: list[object] = []
    fast_opening = reading.open_reading_root

    def spy(location: str, today=None):  # type: ignore[no-untyped-def]
        opened.append(fast_opening(location, today))
        return opened[-1]

    monkeypatch.setattr(reading, "open_reading_root", spy)
    fast = run_cli(*command, store=demo_copy)
    assert len(opened) == 1 and isinstance(opened[0], reading.ReadingRoot), "the fast path read"
    monkeypatch.setattr(reading, "open_reading_root", lambda location, today=None: None)
    usual = run_cli(*command, store=demo_copy)
    assert fast == usual
    assert (fast.returncode, bool(fast.stdout)) in ((0, True), (1, False)), fast.stderr
    assert sorted(p.name for p in demo_copy.parent.iterdir()) == [demo_copy.name]


def test_a_read_of_a_store_to_upgrade_asks_for_init_and_migrates_nothing(
    run_cli, tmp_path: Path
) -> None:
    """The read path never migrates: an older store gets today's sentence, left byte for byte."""
    from deliberation.store.database import sqlite_engine, upgrade_to

    store = tmp_path / "old.sqlite3"
    engine = sqlite_engine(store)
    upgrade_to(engine, "0001")
    engine.dispose()
    before = store.read_bytes()
    for command in (["list", "organisations", "--json"], ["show", "meeting", "1"]):
        result = run_cli(*command, store=store)
        assert (result.returncode, result.stdout) == (1, "")
        assert result.stderr == (
            f"deliberation : La base {store} doit être mise à jour avant d'être utilisée ; "
            "lancez « deliberation init ».\n"
        )
    assert store.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.sqlite3"]
