"""Who is connected to a shared store (PostgreSQL's current_user) and the names given to logins."""

from __future__ import annotations

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from deliberation.errors import ValidationError
from deliberation.records.connection import Identity
from deliberation.records.i18n import QT_TRANSLATE_NOOP, Sentence
from deliberation.store.models import Organisation, StoreUser

LOGIN_MAX = 63  # PostgreSQL's longest name
NAME_MAX = 200


def current_login(session: Session) -> str | None:
    """The database login of this connection; None on SQLite (a store with no logins)."""
    if session.get_bind().dialect.name == "sqlite":
        return None
    return str(session.execute(text("SELECT current_user")).scalar_one())


def identity(session: Session) -> Identity | None:
    """The person behind this connection's login (None on SQLite); a login nobody has named
    yet stands for itself."""
    login = current_login(session)
    if login is None:
        return None
    row = session.scalars(select(StoreUser).where(StoreUser.login == login)).first()
    if row is None:
        return Identity(login, login)
    return _identity(row)


def users(session: Session) -> list[Identity]:
    """The logins the secretariat has named, by login."""
    rows = session.scalars(select(StoreUser).order_by(StoreUser.login))
    return [_identity(row) for row in rows]


def set_user(session: Session, login: str, name: str, organisation: str | None) -> Identity:
    """Name a login (and give its organisation by acronym; '' removes it, None keeps it)."""
    login, name = login.strip(), " ".join(name.split())
    errors: dict[str, str] = {}
    if not login or len(login) > LOGIN_MAX:
        errors["login"] = Sentence(
            QT_TRANSLATE_NOOP("errors", "L'identifiant est un nom de 1 à {LOGIN_MAX} caractères."),
            LOGIN_MAX=LOGIN_MAX,
        )
    if not name or len(name) > NAME_MAX:
        errors["name"] = Sentence(
            QT_TRANSLATE_NOOP("errors", "Le nom est un texte de 1 à {NAME_MAX} caractères."),
            NAME_MAX=NAME_MAX,
        )
    found: Organisation | None = None
    if organisation:
        found = session.scalars(
            select(Organisation).where(Organisation.acronym.ilike(organisation.strip()))
        ).first()
        if found is None:
            errors["organisation"] = Sentence(
                QT_TRANSLATE_NOOP("errors", "Aucune organisation n'a le sigle « {organisation} »."),
                organisation=organisation,
            )
    if errors:
        raise ValidationError(errors)
    row = session.scalars(select(StoreUser).where(StoreUser.login == login)).first()
    if row is None:
        row = StoreUser(login=login, display_name=name)
        session.add(row)
    row.display_name = name
    if organisation is not None:
        row.organisation = found
    session.flush()
    return _identity(row)


def _identity(row: StoreUser) -> Identity:
    acronym = row.organisation.acronym if row.organisation is not None else ""
    return Identity(row.login, row.display_name, acronym, mapped=True)
