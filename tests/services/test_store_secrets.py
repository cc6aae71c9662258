"""A shared store's password in the keyring only; without a keyring, one sentence."""

from __future__ import annotations

import keyring
import pytest
from keyring.backends.fail import Keyring as NoKeyring
from tests.mail.server import memory_keyring

from deliberation.services.store_secrets import (
    SERVICE,
    NoKeyringError,
    forget_password,
    store_password,
    stored_password,
)

URL = "postgresql+psycopg://c.martin@db.exemple.fr:5432/comite?sslmode=require"


def test_the_password_is_kept_under_the_login_and_forgotten() -> None:
    with memory_keyring() as backend:
        assert stored_password(URL) is None
        store_password(URL, "s3cret")
        assert backend.passwords == {(SERVICE, "c.martin@db.exemple.fr:5432/comite"): "s3cret"}
        assert stored_password(URL.replace("require", "disable")) == "s3cret"
        forget_password(URL)
        forget_password(URL)  # nothing left to forget: no error
        assert backend.passwords == {}


def test_without_a_keyring_each_use_says_so() -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(NoKeyring())
    try:
        with pytest.raises(NoKeyringError, match="demandé à chaque connexion"):
            stored_password(URL)
        with pytest.raises(NoKeyringError):
            store_password(URL, "s3cret")
        forget_password(URL)
    finally:
        keyring.set_keyring(previous)
