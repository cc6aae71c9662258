"""Running the `deliberation` command in this process, and reading what it left on disk."""

from __future__ import annotations

import io
import logging
import sqlite3
import sys
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from deliberation.cli import main


@dataclass(frozen=True)
class Result:
    returncode: int
    stdout: str
    stderr: str
    raw_stdout: bytes


Run = Callable[..., Result]


@pytest.fixture
def run_cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Run:
    """Run `deliberation ARGS` in this process (`main([...])`) from tmp_path, as a child process
    would: UTF-8 standard output and error of their own, no display, `store=` setting
    DELIBERATION_STORE, `env=` other variables. Much cheaper than a Python process per call.
    """

    def run(
        *args: str, store: Path | str | None = None, env: dict[str, str] | None = None
    ) -> Result:
        out, err = io.BytesIO(), io.BytesIO()
        stdout = io.TextIOWrapper(out, encoding="utf-8", write_through=True)
        stderr = io.TextIOWrapper(err, encoding="utf-8", write_through=True)
        root = logging.getLogger()
        handlers, level = root.handlers[:], root.level
        with monkeypatch.context() as patch:
            patch.chdir(tmp_path)
            for name in ("DELIBERATION_STORE", "DISPLAY", "WAYLAND_DISPLAY"):
                patch.delenv(name, raising=False)
            if store is not None:
                patch.setenv("DELIBERATION_STORE", str(store))
            for name, value in (env or {}).items():
                patch.setenv(name, value)
            patch.setattr(sys, "stdout", stdout)
            patch.setattr(sys, "stderr", stderr)
            root.handlers = []  # so that --verbose logs to this run's error output
            try:
                status = main(list(args))
            except SystemExit as exc:  # main turns usage errors into a status; just in case
                status = exc.code if isinstance(exc.code, int) else 1
            finally:
                root.handlers, root.level = handlers, level
        return Result(status, out.getvalue().decode("utf-8"), err.getvalue().decode("utf-8"),
                      out.getvalue())  # fmt: skip

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
