"""A shared store's URL from the fields typed, read back, and named « utilisateur@hôte/base »."""

from __future__ import annotations

import pytest

from deliberation.errors import ValidationError
from deliberation.records.connection import SharedConnection
from deliberation.rules.connection import (
    has_password,
    is_shared_url,
    keyring_account,
    parse_shared_url,
    shared_name,
    shared_url,
)


def test_a_server_by_name_and_its_url_round_trip() -> None:
    typed = SharedConnection("db.exemple.fr", "comité", "c.martin", 5433, "verify-full")
    url = shared_url(typed)
    assert url == (
        "postgresql+psycopg://c.martin@db.exemple.fr:5433/comit%C3%A9?sslmode=verify-full"
    )
    assert parse_shared_url(url) == typed
    assert shared_name(url) == "c.martin@db.exemple.fr/comité"
    assert keyring_account(url) == "c.martin@db.exemple.fr:5433/comité"
    assert is_shared_url(url) and not has_password(url)


def test_a_unix_socket_folder_goes_as_parameters() -> None:
    typed = SharedConnection("/tmp/pg-shared", "postgres", "deliberation", 54330, "disable")
    url = shared_url(typed)
    assert url == (
        "postgresql+psycopg://deliberation@/postgres?host=%2Ftmp%2Fpg-shared&port=54330"
        "&sslmode=disable"
    )
    assert parse_shared_url(url) == typed
    assert shared_name(url) == "deliberation@/tmp/pg-shared/postgres"


def test_missing_fields_are_named() -> None:
    with pytest.raises(ValidationError) as refused:
        shared_url(SharedConnection(" ", "", "", 0, "sometimes"))
    assert set(refused.value.messages) == {"host", "database", "user", "port", "sslmode"}


def test_a_password_in_a_url_is_seen() -> None:
    assert has_password("postgresql+psycopg://u:p@h/b")
    assert has_password("postgresql+psycopg://u@h/b?password=p")
    assert not has_password("postgresql+psycopg://u@h/b")
    assert parse_shared_url("/home/c/deliberation.sqlite3") is None
    assert not is_shared_url("sqlite:///x.sqlite3")


def test_a_socket_folder_keeps_its_case_in_the_keyring_account() -> None:
    # mktemp names such folders with capitals: lowering them named another keyring entry
    socket = shared_url(SharedConnection("/tmp/pg.Rmt8FR", "comite", "delegue", 5432, "disable"))
    assert keyring_account(socket) == "delegue@/tmp/pg.Rmt8FR:5432/comite"
    host = shared_url(SharedConnection("DB.Exemple.FR", "comite", "delegue", 5432, "disable"))
    assert keyring_account(host) == "delegue@db.exemple.fr:5432/comite"


def test_with_password_puts_it_after_the_user_and_hides_nothing_else() -> None:
    from deliberation.rules.connection import has_password, with_password

    socket = "postgresql+psycopg://c.martin@/comite?host=/run/postgresql&port=5432"
    given = with_password(socket, "p@ss:/?#")
    assert has_password(given) and parse_shared_url(given) == parse_shared_url(socket)
    assert given == (
        "postgresql+psycopg://c.martin:p%40ss%3A%2F%3F%23@/comite?host=/run/postgresql&port=5432"
    )
    host = "postgresql+psycopg://c.martin:ancien@db.exemple.fr:5433/comite?sslmode=require"
    assert with_password(host, "neuf") == (
        "postgresql+psycopg://c.martin:neuf@db.exemple.fr:5433/comite?sslmode=require"
    )
