"""The people of a shared store: who this login is, and the names the secretariat gives logins."""

from __future__ import annotations

from deliberation.records.connection import Identity
from deliberation.store import users as q
from deliberation.store.database import Store


class Users:
    """A shared store's logins mapped to names and organisations (nothing on SQLite)."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def me(self) -> Identity | None:
        """Who this connection's login is (None on SQLite, where Préférences names the user)."""
        if self.store.engine.dialect.name == "sqlite":
            return None
        with self.store.reading() as session:
            return q.identity(session)

    def users(self) -> list[Identity]:
        """The logins named so far, by login."""
        with self.store.reading() as session:
            return q.users(session)

    def set_user(self, login: str, name: str, organisation: str | None = None) -> Identity:
        """Name a login (organisation by acronym: '' removes it, None keeps it).

        Raises ValidationError, keyed by field, for an empty login or name or an unknown
        acronym."""
        with self.store.writing("login", "Cet identifiant existe déjà.") as session:
            return q.set_user(session, login, name, organisation)
