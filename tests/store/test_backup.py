"""The copy of an open store: SQLite's online backup, consistent while another program writes."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from deliberation.errors import StoreUnavailableError
from deliberation.services.root import Root, open_root
from deliberation.store.backup import SHARED_COPY, save_copy, store_file


def _names(root: Root) -> list[str]:
    """The organisations' names, as the use cases read them."""
    return sorted(o.name for o in root.referential.organisations())


def test_the_copy_opens_as_a_store_with_the_same_rows(opened: Root, tmp_path: Path) -> None:
    with closing(sqlite3.connect(opened.store.location)) as db, db:
        db.execute(
            "UPDATE organisation SET name = 'Copiée' WHERE id = (SELECT min(id) FROM organisation)"
        )
    target = tmp_path / "copies" / "copie.sqlite3"
    target.parent.mkdir()

    assert opened.save_copy(target) == target

    with open_root(str(target)) as copy:
        assert _names(copy) == _names(opened)
        assert "Copiée" in _names(copy)
    assert target.stat().st_mode & 0o777 == 0o600
    assert not [p for p in target.parent.iterdir() if p.name.endswith(".partial")]


def test_a_write_in_progress_elsewhere_is_not_in_the_copy_and_is_not_blocked(
    opened: Root, tmp_path: Path
) -> None:
    before = _names(opened)
    other = sqlite3.connect(opened.store.location, isolation_level=None)
    with closing(other):
        other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
        other.execute("UPDATE organisation SET name = 'Pendant'")
        target = save_copy(opened.store.location, tmp_path / "pendant.sqlite3")
        other.execute("COMMIT")  # the writer was never blocked by the copy
    with open_root(str(target)) as copy:
        assert _names(copy) == before
    assert set(_names(opened)) == {"Pendant"}


def test_a_copy_replaces_an_older_copy(opened: Root, tmp_path: Path) -> None:
    target = tmp_path / "copie.sqlite3"
    target.write_text("ancienne copie", encoding="utf-8")
    save_copy(opened.store.location, target)
    with open_root(str(target)) as copy:
        assert _names(copy) == _names(opened)


def test_the_store_itself_is_not_a_target(opened: Root) -> None:
    with pytest.raises(StoreUnavailableError, match="ne peut pas remplacer la base elle-même"):
        opened.save_copy(Path(opened.store.location))


def test_an_unwritable_folder_is_one_sentence_and_leaves_nothing(
    opened: Root, tmp_path: Path
) -> None:
    with pytest.raises(StoreUnavailableError, match=r"^Impossible d'enregistrer la copie"):
        save_copy(opened.store.location, tmp_path / "absent" / "copie.sqlite3")
    assert not (tmp_path / "absent").exists()


def test_a_shared_store_is_copied_by_its_administrator() -> None:
    url = "postgresql+psycopg://comite@serveur/deliberation"
    assert store_file(url) is None
    with pytest.raises(StoreUnavailableError) as refused:
        save_copy(url, Path("copie.sqlite3"))
    assert str(refused.value) == SHARED_COPY and "pg_dump" in SHARED_COPY


def test_a_sqlite_url_names_its_file(tmp_path: Path) -> None:
    assert store_file(f"sqlite:///{tmp_path}/base.sqlite3") == tmp_path / "base.sqlite3"
    assert store_file(str(tmp_path / "base.sqlite3")) == tmp_path / "base.sqlite3"
