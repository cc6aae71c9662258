"""A shared store's URL: built from the fields typed, read back, and named for the user."""

from __future__ import annotations

from urllib.parse import parse_qs, quote, unquote, urlencode, urlsplit

from deliberation.errors import ValidationError
from deliberation.records.connection import (
    DEFAULT_PORT,
    DEFAULT_SSL_MODE,
    SSL_MODES,
    SharedConnection,
)
from deliberation.records.i18n import QT_TRANSLATE_NOOP

SCHEME = "postgresql+psycopg"
_SCHEMES = ("postgresql", "postgresql+psycopg", "postgres")


def shared_url(connection: SharedConnection) -> str:
    """The SQLAlchemy URL of a PostgreSQL store (no password: it is given apart).

    Raises ValidationError (keyed by field) for a missing host, database or user, a port out
    of range or an unknown TLS mode."""
    host = connection.host.strip()
    database = connection.database.strip()
    user = connection.user.strip()
    errors: dict[str, str] = {}
    if not host:
        errors["host"] = QT_TRANSLATE_NOOP(
            "errors", "Indiquez le serveur (nom, adresse ou dossier de son socket)."
        )
    if not database:
        errors["database"] = QT_TRANSLATE_NOOP(
            "errors", "Indiquez le nom de la base sur ce serveur."
        )
    if not user:
        errors["user"] = QT_TRANSLATE_NOOP("errors", "Indiquez votre identifiant sur le serveur.")
    if not 1 <= connection.port <= 65535:
        errors["port"] = QT_TRANSLATE_NOOP("errors", "Le port est un nombre entre 1 et 65535.")
    if connection.sslmode not in SSL_MODES:
        errors["sslmode"] = QT_TRANSLATE_NOOP(
            "errors", "Choisissez un mode de chiffrement de la liste."
        )
    if any(c in host for c in "?#@ ") and not host.startswith("/"):
        errors["host"] = QT_TRANSLATE_NOOP(
            "errors", "Le nom du serveur ne peut contenir ni espace ni « ? # @ »."
        )
    if errors:
        raise ValidationError(errors)
    query: dict[str, str] = {}
    if host.startswith("/"):  # a Unix socket's folder: libpq takes it as a parameter
        authority = f"{quote(user, safe='')}@"
        query = {"host": host, "port": str(connection.port)}
    else:
        name = f"[{host}]" if ":" in host else host
        authority = f"{quote(user, safe='')}@{name}:{connection.port}"
    query["sslmode"] = connection.sslmode
    return f"{SCHEME}://{authority}/{quote(database, safe='')}?{urlencode(query)}"


def is_shared_url(location: str) -> bool:
    """Whether a store location is a PostgreSQL URL."""
    return location.partition("://")[0].lower() in _SCHEMES


def parse_shared_url(location: str) -> SharedConnection | None:
    """The fields of a PostgreSQL URL (None for anything else, or a URL that cannot be read)."""
    if not is_shared_url(location):
        return None
    try:
        parts = urlsplit(location)
        query = {k: v[-1] for k, v in parse_qs(parts.query).items()}
        port = parts.port or int(query.get("port", DEFAULT_PORT))
    except ValueError:
        return None
    return SharedConnection(
        host=parts.hostname or query.get("host", "localhost"),
        database=unquote(parts.path.lstrip("/")),
        user=unquote(parts.username or ""),
        port=port,
        sslmode=query.get("sslmode", DEFAULT_SSL_MODE),
    )


def has_password(location: str) -> bool:
    """Whether a PostgreSQL URL carries its password (after the user, or as a parameter)."""
    try:
        parts = urlsplit(location)
    except ValueError:
        return False
    return bool(parts.password) or "password" in parse_qs(parts.query)


def shared_name(location: str) -> str:
    """How the user reads a shared store: « utilisateur@hôte/base »."""
    connection = parse_shared_url(location)
    if connection is None:
        return location
    return f"{connection.user}@{connection.host}/{connection.database}"


def keyring_account(location: str) -> str:
    """The keyring's user name for a shared store's login: « utilisateur@hôte:port/base »."""
    connection = parse_shared_url(location)
    if connection is None:
        return location
    # A host name is case-blind; a socket folder (« /run/postgresql ») is a path and keeps its case.
    host = connection.host if connection.host.startswith("/") else connection.host.lower()
    return f"{connection.user}@{host}:{connection.port}/{connection.database}"


def with_password(location: str, password: str) -> str:
    """A PostgreSQL URL carrying `password` after its user (in place of any it had)."""
    parts = urlsplit(location)
    userinfo, at, hostport = parts.netloc.rpartition("@")
    user = userinfo.partition(":")[0] if at else ""
    netloc = f"{user}:{quote(password, safe='')}@{hostport}"
    return parts._replace(netloc=netloc).geturl()
