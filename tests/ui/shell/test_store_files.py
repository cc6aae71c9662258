"""The bases' names and the recent list kept in the settings."""

from __future__ import annotations

from pathlib import Path

from deliberation.ui.kit.settings import RECENT_STORES
from deliberation.ui.shell.store_files import (
    RECENT_LIMIT,
    forget_store,
    recent_stores,
    remember_store,
    store_name,
)


def test_store_name_of_a_file_and_of_a_server() -> None:
    assert store_name("/home/anne/comité.sqlite3") == "comité.sqlite3"
    assert store_name("postgresql+psycopg://anne:secret@serveur/comite?sslmode=require") == "comite"


def test_recent_bases_most_recent_first_without_duplicates(qapp, tmp_path: Path) -> None:
    RECENT_STORES.remove()
    for number in range(RECENT_LIMIT + 2):
        remember_store(str(tmp_path / f"base-{number}.sqlite3"))
    remember_store(str(tmp_path / "base-3.sqlite3"))
    recent = recent_stores()
    assert len(recent) == RECENT_LIMIT
    assert recent[0] == str(tmp_path / "base-3.sqlite3") and recent.count(recent[0]) == 1
    forget_store(recent[0])
    assert str(tmp_path / "base-3.sqlite3") not in recent_stores()


def test_a_url_with_a_password_is_never_written_down(qapp) -> None:
    RECENT_STORES.remove()
    remember_store("postgresql+psycopg://anne:secret@serveur/comite")
    remember_store("postgresql+psycopg://anne@serveur/comite")
    assert recent_stores() == ["postgresql+psycopg://anne@serveur/comite"]


def test_the_data_file_is_called_base_everywhere_the_user_reads() -> None:
    package = Path(__file__).parents[3] / "src" / "deliberation"
    resources = Path(__file__).parents[3] / "resources"
    files = [*package.rglob("*.py"), *resources.rglob("*.toml")]
    said = [str(f) for f in files if "magasin" in f.read_text(encoding="utf-8").lower()]
    assert said == []
