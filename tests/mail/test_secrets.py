"""The SMTP password in the keyring: kept there, and one sentence when there is no keyring."""

from __future__ import annotations

import keyring
import pytest
from keyring.backends import fail
from tests.mail.server import PASSWORD, memory_keyring

from deliberation.errors import KeyringUnavailableError
from deliberation.mail.secrets import (
    NO_KEYRING,
    SERVICE,
    account,
    forget_password,
    store_password,
    stored_password,
)
from deliberation.records.mail import MailSettings

SETTINGS = MailSettings(host="SMTP.Example.org", user="secretariat")


def test_the_password_is_kept_in_the_keyring_and_forgotten() -> None:
    with memory_keyring() as backend:
        assert stored_password(SETTINGS) is None
        store_password(SETTINGS, PASSWORD)
        assert backend.passwords == {(SERVICE, "secretariat@smtp.example.org"): PASSWORD}
        assert stored_password(SETTINGS) == PASSWORD
        forget_password(SETTINGS)
        assert stored_password(SETTINGS) is None
        forget_password(SETTINGS)  # nothing to forget: no error


def test_no_login_needs_no_password() -> None:
    with memory_keyring():
        assert stored_password(MailSettings(host="smtp.example.org")) is None


def test_without_a_keyring_one_sentence_is_said() -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        with pytest.raises(KeyringUnavailableError) as caught:
            stored_password(SETTINGS)
        assert str(caught.value) == NO_KEYRING
        with pytest.raises(KeyringUnavailableError):
            store_password(SETTINGS, PASSWORD)
        forget_password(SETTINGS)
    finally:
        keyring.set_keyring(previous)
    assert account(SETTINGS) == "secretariat@smtp.example.org"


def test_whether_a_keyring_is_there_is_known_without_a_login() -> None:
    from deliberation.mail.secrets import available

    with memory_keyring():
        assert available()
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        assert not available()
    finally:
        keyring.set_keyring(previous)
