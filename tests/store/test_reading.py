"""The read path's connection: one read-only transaction that writes nothing and leaves nothing
beside the store, and SQLite's failures in one sentence."""

from __future__ import annotations

import os
import sqlite3
import stat
from contextlib import closing
from pathlib import Path

import pytest

from deliberation.errors import StoreCorruptError
from deliberation.store import reading as q


def test_a_reading_cannot_write_and_leaves_no_side_files(demo_copy: Path) -> None:
    before = demo_copy.read_bytes()
    with q.reading(demo_copy) as db:
        assert [o.acronym for o in q.organisations(db, q.date(2026, 3, 10))][:1] != []
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            db.execute("DELETE FROM theme")
    assert demo_copy.read_bytes() == before
    assert sorted(p.name for p in demo_copy.parent.iterdir()) == [demo_copy.name]


def test_a_read_only_file_is_read_without_side_files(demo_copy: Path) -> None:
    os.chmod(demo_copy, stat.S_IRUSR)
    try:
        with q.reading(demo_copy) as db:
            assert len(q.themes(db)) > 0
    finally:
        os.chmod(demo_copy, stat.S_IRUSR | stat.S_IWUSR)
    assert sorted(p.name for p in demo_copy.parent.iterdir()) == [demo_copy.name]


def test_a_store_locked_by_a_writer_is_still_read(demo_copy: Path) -> None:
    """WAL mode: a writer's open transaction does not stop a reader, who sees the last commit."""
    writer = sqlite3.connect(demo_copy, isolation_level=None)
    try:
        writer.execute("BEGIN IMMEDIATE")
        writer.execute("UPDATE theme SET title = 'changé' WHERE number = 1")
        with q.reading(demo_copy) as db:
            assert all(t.title != "changé" for t in q.themes(db))
    finally:
        writer.execute("ROLLBACK")
        writer.close()


def test_a_damaged_store_is_said_damaged(demo_copy: Path) -> None:
    with closing(sqlite3.connect(demo_copy)) as db:
        (root_page,) = db.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'meeting'"
        ).fetchone()
        (page_size,) = db.execute("PRAGMA page_size").fetchone()
    data = bytearray(demo_copy.read_bytes())
    start = (root_page - 1) * page_size
    data[start : start + page_size] = b"\xff" * page_size  # the meetings' table, destroyed
    demo_copy.write_bytes(bytes(data))
    with pytest.raises(StoreCorruptError) as caught, q.reading(demo_copy) as db:
        q.meetings(db)
    assert str(caught.value) == f"La base {demo_copy} est endommagée."
