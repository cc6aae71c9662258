"""The SMTP password in the system keyring, and nowhere else (no file, setting or log)."""

from __future__ import annotations

import contextlib

import keyring
from keyring.errors import KeyringError

from deliberation.errors import KeyringUnavailableError
from deliberation.records.mail import MailSettings

SERVICE = "deliberation-smtp"
NO_KEYRING = (
    "Aucun trousseau du système n'est disponible pour garder le mot de passe : il sera demandé "
    "à chaque envoi."
)


def account(settings: MailSettings) -> str:
    """The keyring's user name for a server's login: « user@host »."""
    return f"{settings.user}@{settings.host.strip().lower()}"


def stored_password(settings: MailSettings) -> str | None:
    """The password kept for the settings' login, or None (none kept, or no login to make).

    Raises KeyringUnavailableError when there is no keyring to ask."""
    if not settings.user:
        return None
    try:
        return keyring.get_password(SERVICE, account(settings))
    except KeyringError:
        # Not chained: a backend's message may quote what it was given.
        raise KeyringUnavailableError(NO_KEYRING) from None


def available() -> bool:
    """Whether the system has a keyring to ask (a look-up that finds nothing is fine)."""
    try:
        keyring.get_password(SERVICE, "?")
    except KeyringError:
        return False
    return True


def store_password(settings: MailSettings, password: str) -> None:
    """Keep the password in the keyring (KeyringUnavailableError when there is none)."""
    try:
        keyring.set_password(SERVICE, account(settings), password)
    except KeyringError:
        # Not chained: a backend's message may quote what it was given.
        raise KeyringUnavailableError(NO_KEYRING) from None


def forget_password(settings: MailSettings) -> None:
    """Remove the kept password, if any (no keyring: nothing to remove)."""
    with contextlib.suppress(KeyringError):
        keyring.delete_password(SERVICE, account(settings))
