"""Opening stores: creation, pragmas, and refusal of files that are not (or not yet) ours."""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import text

from deliberation.errors import (
    NotAStoreError,
    StoreCorruptError,
    StoreLockedError,
    StoreTooNewError,
    StoreUnavailableError,
)
from deliberation.store import database
from deliberation.store.database import open_store
from deliberation.store.schema import APPLICATION_ID, HEAD


def make_store(path: Path) -> None:
    open_store(str(path)).close()


def test_new_store_is_created_at_head_with_wal_and_foreign_keys(store_path: Path) -> None:
    store = open_store(str(store_path))
    with store.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == HEAD
    store.close()
    with closing(sqlite3.connect(store_path)) as db:
        assert db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert not list(store_path.parent.glob(".*creating*")), "temporary file left behind"


def test_missing_parent_folders_are_created(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "store.sqlite3"
    make_store(path)
    assert path.is_file()


def test_empty_file_becomes_a_store(store_path: Path) -> None:
    store_path.touch()
    make_store(store_path)
    assert store_path.stat().st_size > 0


def test_reopening_an_up_to_date_store_makes_no_backup(store_path: Path) -> None:
    make_store(store_path)
    store = open_store(str(store_path))
    assert store.backup_path is None
    store.close()
    assert [p.name for p in store_path.parent.iterdir() if "avant-migration" in p.name] == []


def _refused(path: Path, error: type[Exception]) -> str:
    before = path.read_bytes()
    with pytest.raises(error) as caught:
        open_store(str(path))
    assert path.read_bytes() == before, "a refused file must be left byte-for-byte unchanged"
    siblings = sorted(p.name for p in path.parent.iterdir())
    assert siblings == [path.name], f"files appeared beside the refused one: {siblings}"
    message = str(caught.value)
    assert str(path) in message
    assert "\n" not in message
    return message


def test_random_bytes_are_refused(store_path: Path) -> None:
    store_path.write_bytes(os.urandom(8192))
    assert "n'est pas une base" in _refused(store_path, NotAStoreError)


def test_text_file_is_refused(store_path: Path) -> None:
    store_path.write_text("Ordre du jour de la séance plénière\n" * 50, encoding="utf-8")
    assert "n'est pas une base" in _refused(store_path, NotAStoreError)


def test_another_applications_sqlite_database_is_refused(store_path: Path) -> None:
    with closing(sqlite3.connect(store_path)) as db:
        db.execute("CREATE TABLE contacts (name TEXT)")
        db.execute("INSERT INTO contacts VALUES ('x')")
        db.commit()
    assert "autre application" in _refused(store_path, NotAStoreError)


def test_store_written_by_a_newer_version_is_refused(store_path: Path) -> None:
    make_store(store_path)
    with closing(sqlite3.connect(store_path)) as db:
        db.execute("UPDATE alembic_version SET version_num = '9999'")
        db.commit()
    message = _refused(store_path, StoreTooNewError)
    assert "plus récente" in message


def test_truncated_store_is_reported_as_damaged(store_path: Path) -> None:
    make_store(store_path)
    data = store_path.read_bytes()
    store_path.write_bytes(data[:100] + b"\x00" * 50 + os.urandom(len(data) - 150))
    message = _refused(store_path, StoreCorruptError)
    assert "endommagé" in message


def test_a_folder_is_not_a_store(tmp_path: Path) -> None:
    with pytest.raises(StoreUnavailableError):
        open_store(str(tmp_path))


def test_locked_store_is_reported(store_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    make_store(store_path)
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 50)
    with closing(sqlite3.connect(store_path, isolation_level=None)) as holder:
        holder.execute("PRAGMA locking_mode = EXCLUSIVE")
        holder.execute("BEGIN EXCLUSIVE")
        holder.execute("UPDATE body SET name = name")
        with pytest.raises(StoreLockedError) as caught:
            open_store(str(store_path))
        holder.execute("ROLLBACK")
    assert "verrouillé" in str(caught.value)
