"""The people of a store: nobody on SQLite (Préférences names the user there)."""

from __future__ import annotations

from pathlib import Path

from deliberation.services.root import open_root


def test_a_sqlite_store_has_no_login_and_keeps_the_name_given(tmp_path: Path) -> None:
    with open_root(str(tmp_path / "b.sqlite3")) as root:
        assert root.users.me() is None
        assert root.users.users() == []
        root.user = "Claire Martin"
        assert root.positions.user == "Claire Martin"
    # On PostgreSQL: tests/store/test_users.py (a real second login, its name on its changes).
