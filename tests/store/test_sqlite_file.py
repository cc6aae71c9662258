"""A store file checked without SQLAlchemy: its revision, or one sentence refusing it."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from deliberation.errors import NotAStoreError, StoreLockedError, StoreTooNewError
from deliberation.store.schema import HEAD
from deliberation.store.sqlite_file import has_content, inspect_sqlite, read_only, sqlite_error


def test_a_current_store_gives_its_revision(demo_copy: Path) -> None:
    assert has_content(demo_copy) and not read_only(demo_copy)
    assert inspect_sqlite(demo_copy) == HEAD
    assert sorted(p.name for p in demo_copy.parent.iterdir()) == [demo_copy.name]


def test_other_files_are_refused_in_one_sentence(tmp_path: Path, demo_copy: Path) -> None:
    empty = tmp_path / "empty.sqlite3"
    empty.touch()
    assert not has_content(empty) and not has_content(tmp_path / "absent")
    text = tmp_path / "notes.txt"
    text.write_text("Ordre du jour\n" * 20, "utf-8")
    with pytest.raises(NotAStoreError, match="n'est pas une base Délibération"):
        inspect_sqlite(text)
    foreign = tmp_path / "contacts.sqlite3"
    with closing(sqlite3.connect(foreign)) as db:
        db.execute("CREATE TABLE contacts (name TEXT)")
        db.commit()
    with pytest.raises(NotAStoreError, match="une base SQLite d'une autre application"):
        inspect_sqlite(foreign)
    with closing(sqlite3.connect(demo_copy)) as db:
        db.execute("UPDATE alembic_version SET version_num = '9999'")
        db.commit()
    with pytest.raises(StoreTooNewError, match=r"plus récente de Délibération \(schéma 9999\)"):
        inspect_sqlite(demo_copy)


def test_sqlite_failures_are_worded_in_french() -> None:
    locked = sqlite_error(sqlite3.OperationalError("database is locked"), "/a/b.sqlite3")
    assert isinstance(locked, StoreLockedError)
    assert str(locked) == (
        "La base /a/b.sqlite3 est verrouillée par un autre programme ; réessayez plus tard."
    )
