"""A shared base's password (keyring, else asked; no keyring said once) and the backup question."""

from __future__ import annotations

import keyring
import pytest
from keyring.backends.fail import Keyring as NoKeyring
from tests.mail.server import memory_keyring

from deliberation.records.connection import SharedBackup
from deliberation.services.store_secrets import store_password
from deliberation.ui.shell import shared_store
from deliberation.ui.shell.shared_store import ask_backup, backup_folder, password_for

URL = "postgresql+psycopg://c.martin@db.exemple.fr:5432/comite?sslmode=require"


def test_the_keyrings_password_is_used_without_asking(qapp, messages) -> None:
    with memory_keyring():
        store_password(URL, "s3cret")
        assert password_for(URL, None, messages) == (True, "s3cret")
    assert messages.password_requests == []


def test_a_file_or_a_url_with_its_password_needs_none(qapp, messages) -> None:
    assert password_for("/tmp/b.sqlite3", None, messages) == (True, None)
    assert password_for("postgresql+psycopg://u:p@h/b", None, messages) == (True, None)
    assert messages.password_requests == []


def test_without_a_keyring_the_password_is_asked_each_time_and_that_is_said_once(
    qapp, messages, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(shared_store, "_keyring_note_said", False)
    previous = keyring.get_keyring()
    keyring.set_keyring(NoKeyring())
    try:
        messages.password = "tapé"
        assert password_for(URL, None, messages) == (True, "tapé")
        messages.password = None
        assert password_for(URL, None, messages) == (False, None)
    finally:
        keyring.set_keyring(previous)
    first, second = messages.password_requests
    assert first.startswith("Aucun trousseau du système n'est disponible")
    assert second == "Mot de passe de « c.martin » pour la base comite du serveur db.exemple.fr :"


def test_the_backup_question_offers_pg_dump_only_where_it_is_installed(
    qapp, messages, monkeypatch: pytest.MonkeyPatch
) -> None:
    messages.choice = 0
    chosen = ask_backup(None, messages, URL, "0009")
    assert chosen is not None and chosen.dump_to is not None
    assert chosen.dump_to.parent == backup_folder()
    assert chosen.dump_to.name.startswith("comite-schema-0009-")
    monkeypatch.setattr("deliberation.store.pg_backup.shutil.which", lambda _name: None)
    assert ask_backup(None, messages, URL, "0009") == SharedBackup(confirmed=True)
    text, choices = messages.choices[-1]
    assert choices == ["J'ai une sauvegarde, mettre à jour"]
    assert "pg_dump n'est pas installé sur ce poste" in text
    messages.choice = None
    assert ask_backup(None, messages, URL, "0009") is None
