"""Personal data stays with its owner: stores, backups, exports and logs readable by their owner
only (without touching the process umask), passwords masked wherever a store URL is shown."""

from __future__ import annotations

import logging
import os
import stat
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from deliberation.exports.files import write_atomically
from deliberation.paths import safe_location
from deliberation.store.database import open_store, sqlite_engine, upgrade_to
from deliberation.store.schema import REVISIONS

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def loose_umask():
    """The usual umask (0022: files readable by everyone unless told otherwise)."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


@pytest.fixture
def umask_untouchable(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail if anything changes the process umask (other threads create files meanwhile)."""

    def refused(_mask: int) -> int:
        raise AssertionError("the process umask was changed")

    monkeypatch.setattr(os, "umask", refused)


def test_a_new_store_its_side_files_and_folders_are_private(
    tmp_path: Path, loose_umask: None, umask_untouchable: None
) -> None:
    tmp_path.chmod(0o755)
    path = tmp_path / "données" / "comité" / "magasin.sqlite3"
    store = open_store(str(path))
    with store.engine.begin() as connection:  # a write: the -wal and -shm files exist now
        connection.execute(text("UPDATE body SET name = name"))
        assert mode(path) == 0o600
        for side in ("-wal", "-shm"):
            assert mode(Path(f"{path}{side}")) == 0o600, side
    store.close()
    assert mode(path.parent) == 0o700 and mode(path.parent.parent) == 0o700
    assert mode(tmp_path) == 0o755  # a folder that existed is left as it was


def test_a_migration_backup_is_private(
    store_path: Path, loose_umask: None, umask_untouchable: None
) -> None:
    engine = sqlite_engine(store_path)
    upgrade_to(engine, REVISIONS[-2])
    engine.dispose()
    store = open_store(str(store_path))
    store.close()
    assert store.backup_path is not None and mode(store.backup_path) == 0o600


def test_an_export_is_private_and_the_umask_is_never_changed(
    tmp_path: Path, loose_umask: None, umask_untouchable: None
) -> None:
    target = tmp_path / "ordre-du-jour.docx"
    write_atomically(target, lambda path: path.write_bytes(b"PK new"))
    assert mode(target) == 0o600 and target.read_bytes() == b"PK new"

    shared = tmp_path / "partagé.docx"  # a file the user chose to share keeps its permissions
    shared.write_bytes(b"old")
    shared.chmod(0o644)
    write_atomically(shared, lambda path: path.write_bytes(b"PK newer"))
    assert mode(shared) == 0o644 and shared.read_bytes() == b"PK newer"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ordre-du-jour.docx", "partagé.docx"]


def test_an_export_removes_the_temporaries_a_killed_export_left(tmp_path: Path) -> None:
    target = tmp_path / "out.docx"
    old, recent, other = (tmp_path / n for n in (".out-ab12cd34.docx", ".out-zz99yy88.docx",
                                                 ".autre-ab12cd34.docx"))  # fmt: skip
    for path in (old, recent, other):
        path.write_bytes(b"half")
    two_hours_ago = time.time() - 7200
    for path in (old, other):
        os.utime(path, (two_hours_ago, two_hours_ago))
    write_atomically(target, lambda path: path.write_bytes(b"PK"))
    assert not old.exists()
    assert recent.exists() and other.exists()  # maybe being written; another target's


def test_the_log_file_is_private(tmp_path: Path, loose_umask: None) -> None:
    from deliberation.ui.app import _private_log_handler

    path = tmp_path / "journal" / "deliberation.log"
    handler = _private_log_handler(path)
    try:
        handler.emit(logging.LogRecord("t", logging.ERROR, __file__, 1, "première", (), None))
        assert mode(path) == 0o600 and mode(path.parent) == 0o700
        handler.doRollover()  # the next file is private too
        handler.emit(logging.LogRecord("t", logging.ERROR, __file__, 1, "seconde", (), None))
        assert mode(path) == 0o600 and mode(Path(f"{path}.1")) == 0o600
    finally:
        handler.close()

    older = tmp_path / "ancien.log"  # a log an older version left readable by all
    older.write_text("…\n", encoding="utf-8")
    older.chmod(0o644)
    _private_log_handler(older).close()
    assert mode(older) == 0o600


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("postgresql+psycopg://delib:s3cret@db.example:5432/comite",
         "postgresql+psycopg://delib:***@db.example:5432/comite"),
        ("postgresql+psycopg://delib@db.example/comite?password=s3cret&sslmode=require",
         "postgresql+psycopg://delib@db.example/comite?password=***&sslmode=require"),
        ("postgresql://delib:p%40ss@h/c?sslmode=require&PassWord=s3cret",
         "postgresql://delib:***@h/c?sslmode=require&PassWord=***"),
        ("/home/anne/magasin.sqlite3", "/home/anne/magasin.sqlite3"),
    ],
)  # fmt: skip
def test_safe_location_masks_every_password(url: str, shown: str) -> None:
    assert safe_location(url) == shown


def test_no_module_changes_the_process_umask() -> None:
    """The umask is process-wide: exports run on worker threads while the window writes other
    files, so no module of the application calls os.umask (private modes are given per file)."""
    import ast

    package = Path(__file__).resolve().parents[1] / "src" / "deliberation"
    callers = []
    for path in package.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            called = node.func if isinstance(node, ast.Call) else None
            name = (
                called.attr
                if isinstance(called, ast.Attribute)
                else called.id
                if isinstance(called, ast.Name)
                else ""
            )
            if name == "umask":
                callers.append(f"{path.relative_to(package)}:{node.lineno}")
    assert not callers, f"the process umask is changed at {callers}"
