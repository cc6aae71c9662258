"""A start cleans what killed runs left beside the store (half-made stores, backup pieces, the
backup of a migration that never finished, temporary exports) and nothing else."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

from deliberation.store.database import open_store, sqlite_engine, upgrade_to
from deliberation.store.schema import HEAD, REVISIONS

SRC = Path(__file__).resolve().parents[2] / "src"
HOUR = 3600


def dead_pid() -> int:
    """The id of a process that has ended."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def touch(path: Path, age: float = 0, content: bytes = b"x") -> Path:
    path.write_bytes(content)
    if age:
        moment = time.time() - age
        os.utime(path, (moment, moment))
    return path


def test_a_start_removes_what_killed_runs_left_and_nothing_else(store_path: Path) -> None:
    open_store(str(store_path)).close()
    folder = store_path.parent
    gone, alive = dead_pid(), os.getppid()  # the parent (pytest's runner) is alive
    left = [
        # a store being created by a process that is gone, with its side files
        *(touch(folder / f".store.sqlite3.creating-{gone}{s}") for s in ("", "-wal", "-shm")),
        # a backup piece whose copy was interrupted (this version's name, and an older one's)
        touch(folder / f"store.avant-migration-0005-20260101-101010.sqlite3.{gone}.partial"),
        touch(folder / "store.avant-migration-0004-20250101-101010.sqlite3.partial", 2 * HOUR),
        # temporary exports an interrupted atomic write left, over an hour old
        touch(folder / ".ordre-du-jour-a1b2c3d4.docx", 2 * HOUR),
        touch(folder / ".synthese-zz_09x7y.xlsx", 2 * HOUR),
    ]
    kept = [
        touch(folder / f".store.sqlite3.creating-{alive}"),  # its process still runs
        touch(folder / f"store.avant-migration-0005-20260101-101010.sqlite3.{alive}.partial"),
        touch(folder / "store.avant-migration-0004-20260101-101010.sqlite3.partial"),  # recent
        touch(folder / ".releve-e5f6g7h8.docx"),  # recent: an export may be writing it
        touch(folder / "store.avant-migration-0004-20250101-101010.sqlite3", 2 * HOUR),  # backup
        touch(folder / f".other.sqlite3.creating-{gone}", 2 * HOUR),  # another store's business
        touch(folder / ".notes-abc.docx", 2 * HOUR),  # not an atomic write's name
        touch(folder / "ordre-du-jour-a1b2c3d4.docx", 2 * HOUR),  # not hidden: a user's file
        touch(folder / "~$dre-du-jour.docx", 2 * HOUR),  # Word's lock file
        touch(folder / f"store.sqlite3.creating-{gone}", 2 * HOUR),  # not our name exactly
        touch(folder / f".store.sqlite3.migrating-{alive}", content=b"absent.sqlite3"),
    ]
    (folder / f".dossier-{gone}.docx").mkdir()  # a folder is never removed

    store = open_store(str(store_path))
    store.close()

    assert [p.name for p in left if p.exists()] == []
    assert [p.name for p in kept if not p.exists()] == []
    assert (folder / f".dossier-{gone}.docx").is_dir()


def test_the_command_line_cleans_too_even_a_read(store_path: Path, tmp_path: Path) -> None:
    open_store(str(store_path)).close()
    leftover = touch(tmp_path / f".store.sqlite3.creating-{dead_pid()}")
    done = subprocess.run(
        [sys.executable, "-m", "deliberation", "--store", str(store_path), "list", "themes"],
        env={**os.environ, "PYTHONPATH": str(SRC)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert not leftover.exists()


# Runs `deliberation init` on an old store and kills itself (SIGKILL) inside the migration,
# after the backup was made.
KILLED_INIT = """
import os, signal, sys
from deliberation.store import database
def killed(*args, **kwargs):
    os.kill(os.getpid(), signal.SIGKILL)
database._upgrade = killed
from deliberation.cli import main
sys.exit(main(["--store", sys.argv[1], "init"]))
"""


def old_store(path: Path) -> None:
    engine = sqlite_engine(path)
    upgrade_to(engine, REVISIONS[-2])
    engine.dispose()


def revision(path: Path) -> str:
    with closing(sqlite3.connect(path)) as db:
        return str(db.execute("SELECT version_num FROM alembic_version").fetchone()[0])


def backups(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if ".avant-migration-" in p.name)


def test_interrupted_inits_leave_one_backup_not_one_each(store_path: Path) -> None:
    old_store(store_path)
    for _ in range(3):
        done = subprocess.run(
            [sys.executable, "-c", KILLED_INIT, str(store_path)],
            env={**os.environ, "PYTHONPATH": str(SRC)},
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == -signal.SIGKILL, done.stderr
        assert revision(store_path) == REVISIONS[-2]  # the migration never committed
        assert len(backups(store_path.parent)) == 1  # each start dropped the previous one
        time.sleep(1.1)  # backups are named to the second

    store = open_store(str(store_path))
    store.close()
    assert revision(store_path) == HEAD
    assert [p.name for p in store_path.parent.iterdir() if ".migrating-" in p.name] == []
    [backup] = backups(store_path.parent)
    assert store.backup_path is not None and backup == store.backup_path.name
    assert revision(store.backup_path) == REVISIONS[-2]


def test_the_backup_of_a_migration_that_committed_is_kept(store_path: Path) -> None:
    old_store(store_path)
    store = open_store(str(store_path))  # migrated: its backup must stay for good
    store.close()
    assert store.backup_path is not None
    # As if the process had been killed after the commit, before removing its marker.
    marker = store_path.with_name(f".{store_path.name}.migrating-{dead_pid()}")
    marker.write_text(store.backup_path.name, encoding="utf-8")
    open_store(str(store_path)).close()
    assert store.backup_path.exists()
    assert not marker.exists()
