"""Running the real `deliberation` command in a child process, and reading what it left on disk."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest


@dataclass(frozen=True)
class Result:
    returncode: int
    stdout: str
    stderr: str
    raw_stdout: bytes


Run = Callable[..., Result]


@pytest.fixture
def run_cli(tmp_path: Path) -> Run:
    """Run `python -m deliberation ARGS` from tmp_path; `store=` sets DELIBERATION_STORE."""

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


Dump = Callable[[Path], dict[str, list[tuple[Any, ...]]]]


@pytest.fixture
def dump_tables() -> Dump:
    return _dump_tables


def _dump_tables(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table (timestamps included), in a stable order.

    A read-write connection, because a read-only one leaves the -wal and -shm files behind.
    """
    with closing(sqlite3.connect(path)) as db:
        tables = [
            name
            for (name,) in db.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        return {
            table: sorted(db.execute(f'SELECT * FROM "{table}"').fetchall(), key=repr)
            for table in tables
        }
