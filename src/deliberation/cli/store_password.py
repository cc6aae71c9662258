"""A command's shared store password: the keyring's, else asked on a terminal, else said how."""

from __future__ import annotations

import getpass
import os
import sys

from deliberation.errors import LoginRefusedError
from deliberation.rules.connection import (
    has_password,
    is_shared_url,
    parse_shared_url,
    with_password,
)

TRIES = 3
"""How many times a terminal is asked for a password the server refuses."""


def with_kept_password(location: str) -> str:
    """`location` with the keyring's password of its login, when it is a PostgreSQL URL without
    one and PGPASSWORD is not set (libpq reads that variable itself); else `location` as is.
    No keyring, or none kept: as is (the server may need none)."""
    if not is_shared_url(location) or has_password(location) or os.environ.get("PGPASSWORD"):
        return location
    from deliberation.services.store_secrets import NoKeyringError, stored_password

    try:
        kept = stored_password(location)
    except NoKeyringError:
        return location
    return with_password(location, kept) if kept else location


def asked_again(location: str, given: str, refused: LoginRefusedError) -> str:
    """After the server refused the login of `given` (the URL tried): the URL with a password
    typed on the terminal, hidden (getpass); without a terminal, LoginRefusedError saying in one
    sentence how to give the password. Never written anywhere."""
    if not is_shared_url(location) or has_password(location):
        raise refused  # the URL given carried its own password: nothing to ask
    if not sys.stdin.isatty():
        raise LoginRefusedError(
            f"{str(refused).rstrip('.')} ; sans terminal pour le demander, gardez-le dans le "
            "trousseau du système (dans l'application : Fichier › Se connecter à une base "
            "partagée…, « Mémoriser le mot de passe ») ou donnez-le dans la "
            "variable d'environnement PGPASSWORD, que le pilote PostgreSQL lit lui-même."
        )
    fields = parse_shared_url(location)
    assert fields is not None
    if given != location:  # a password was tried and refused: say so before asking again
        print(refused, file=sys.stderr)
    typed = getpass.getpass(
        f"Mot de passe de « {fields.user} » pour la base {fields.database} du serveur "
        f"{fields.host} : "
    )
    return with_password(location, typed)
