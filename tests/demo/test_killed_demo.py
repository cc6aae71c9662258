"""A `deliberation demo` killed (SIGKILL) in the middle of a step is completed by the next run:
the same records as a demo that was never interrupted, nothing half written left."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from deliberation.demo import run_demo
from deliberation.services.root import open_root

SRC = Path(__file__).resolve().parents[2] / "src"

# Runs `deliberation ARGS…` after wrapping one use case so that the process kills itself
# (SIGKILL: no cleanup, no `finally`) when the use case is called once more than `after` times.
KILLER = """
import importlib, os, signal, sys
module, owner, method, after = sys.argv[1:5]
cls = getattr(importlib.import_module(module), owner)
original = getattr(cls, method)
calls = 0
def dying(self, *args, **kwargs):
    global calls
    calls += 1
    if calls > int(after):
        os.kill(os.getpid(), signal.SIGKILL)
    return original(self, *args, **kwargs)
setattr(cls, method, dying)
from deliberation.cli import main
sys.exit(main(sys.argv[5:]))
"""

POSITIONS = ("deliberation.services.positions", "Positions")
OPINIONS = ("deliberation.services.opinions", "Opinions")


def killed_run(store: Path, module: str, owner: str, method: str, after: int) -> None:
    environment = {**os.environ, "PYTHONPATH": str(SRC), "DELIBERATION_STORE": str(store)}
    done = subprocess.run(
        [sys.executable, "-c", KILLER, module, owner, method, str(after), "demo"],
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == -signal.SIGKILL, (done.returncode, done.stderr)


def counts(store: Path) -> dict[str, int]:
    """How many rows each table holds (a read-write connection: no -wal/-shm left open).

    The search index counts as one table: its FTS5 shadow tables hold segments whose number
    depends on the history of the writes, not on what is indexed.
    """
    with closing(sqlite3.connect(store)) as db:
        tables = [
            name
            for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            if not name.startswith("search_index_")
        ]
        return {t: db.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


def titles(store: Path, table: str) -> list[str]:
    with closing(sqlite3.connect(store)) as db:
        return sorted(title for (title,) in db.execute(f"SELECT title FROM {table}"))


def demo(store: Path) -> None:
    with open_root(str(store)) as root:
        run_demo(root)


@pytest.fixture(scope="module")
def clean(tmp_path_factory: pytest.TempPathFactory) -> Path:
    store = tmp_path_factory.mktemp("clean") / "demo.sqlite3"
    demo(store)
    return store


@pytest.mark.parametrize(
    ("where", "method", "after"),
    [
        (POSITIONS, "apply_consultation", 0),  # the first consultation begun, nothing written
        (POSITIONS, "apply_position", 30),  # in the middle of the consultations' positions
        (OPINIONS, "apply_amendment", 8),  # 8 of the 10 amendments (the reported case)
        (OPINIONS, "apply_comment", 6),  # 6 of the 9 comments (the reported case)
        (POSITIONS, "apply_position", 75),  # answering an opinion's consultation
    ],
    ids=["before-consultations", "positions", "amendments", "comments", "opinion-consultation"],
)
def test_a_demo_killed_midway_is_completed_by_the_next_run(
    clean: Path, tmp_path: Path, where: tuple[str, str], method: str, after: int
) -> None:
    store = tmp_path / "demo.sqlite3"
    killed_run(store, *where, method, after)
    interrupted = counts(store)
    assert interrupted != counts(clean), "the kill left the demo incomplete"

    demo(store)

    assert counts(store) == counts(clean)
    assert titles(store, "opinion") == titles(clean, "opinion")
    assert titles(store, "consultation") == titles(clean, "consultation")
    with closing(sqlite3.connect(store)) as db:
        marks = db.execute("SELECT key FROM seed_record WHERE key LIKE 'unfinished:%'").fetchall()
    assert marks == []

    demo(store)  # and a third run adds nothing
    assert counts(store) == counts(clean)
