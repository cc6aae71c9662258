"""A shared store's password in the system keyring, and nowhere else (no file, setting or log)."""

from __future__ import annotations

import contextlib

import keyring
from keyring.errors import KeyringError

from deliberation.errors import StoreUnavailableError
from deliberation.rules.connection import keyring_account

SERVICE = "deliberation-store"
NO_KEYRING = (
    "Aucun trousseau du système n'est disponible pour garder le mot de passe de la base : il "
    "sera demandé à chaque connexion."
)


class NoKeyringError(StoreUnavailableError):
    """The system has no keyring to keep or give a password."""


def stored_password(location: str) -> str | None:
    """The password kept for a shared store's login, or None.

    Raises NoKeyringError when there is no keyring to ask."""
    try:
        return keyring.get_password(SERVICE, keyring_account(location))
    except KeyringError:
        # Not chained: a backend's message may quote what it was given.
        raise NoKeyringError(NO_KEYRING) from None


def store_password(location: str, password: str) -> None:
    """Keep the password in the keyring (NoKeyringError when there is none)."""
    try:
        keyring.set_password(SERVICE, keyring_account(location), password)
    except KeyringError:
        raise NoKeyringError(NO_KEYRING) from None


def forget_password(location: str) -> None:
    """Remove the kept password, if any (no keyring: nothing to remove)."""
    with contextlib.suppress(KeyringError):
        keyring.delete_password(SERVICE, keyring_account(location))
