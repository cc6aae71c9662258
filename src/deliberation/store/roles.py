"""The three PostgreSQL roles of a shared store, their grants, and what the connected login may do.

The grants are computed from the models' metadata: running `admin roles` again after a migration
covers the new tables. The secretariat may change everything; the rapporteur reads everything and
writes the opinions and what belongs to them (every table that goes away with an opinion, found by
following the ON DELETE CASCADE references from `opinion`), the search index their triggers keep,
and the sequences of those tables; the lecture role only reads.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection, MetaData, inspect, text
from sqlalchemy.exc import DBAPIError

from deliberation.errors import AccessRefusedError, StoreError
from deliberation.records.access import (
    EVERYTHING,
    LECTURE,
    RAPPORTEUR,
    ROLES,
    SECRETARIAT,
    Capabilities,
)
from deliberation.records.i18n import QT_TRANSLATE_NOOP, Sentence
from deliberation.store.database import Store
from deliberation.store.models import Base
from deliberation.store.packages import store_uuid
from deliberation.store.refusals import is_refused
from deliberation.store.schema import SEARCH_TABLE

ROLE_NAMES = {role: f"deliberation_{role}" for role in ROLES}
"""The PostgreSQL role of each of the application's roles (cluster-wide names)."""

VERSION_TABLE = "alembic_version"

# What each part of the window writes first: the table whose INSERT right says it may.
_PROBES = {
    "referential": "organisation",
    "meetings": "meeting",
    "positions": "position",
    "opinions": "amendment",
    "mail": "outbox_message",
}


def rapporteur_tables(metadata: MetaData = Base.metadata) -> frozenset[str]:
    """The opinion's table and every table that goes away with it (ON DELETE CASCADE)."""
    owned = {"opinion"}
    grew = True
    while grew:
        grew = False
        for table in metadata.sorted_tables:
            if table.name in owned:
                continue
            for key in table.foreign_keys:
                if key.ondelete == "CASCADE" and key.column.table.name in owned:
                    owned.add(table.name)
                    grew = True
                    break
    return frozenset(owned)


def _shared(store: Store) -> None:
    if store.engine.dialect.name != "postgresql":
        raise StoreError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Les rôles n'existent que sur une base partagée (PostgreSQL) : "
                "une base locale est celle d'une seule personne, qui peut tout y "
                "faire.",
            )
        )


def create_roles(store: Store) -> dict[str, int]:
    """Create (if missing) the three roles and set their grants on every table of the store.

    Running it again changes nothing but covers tables added since. Returns, per role, the
    number of tables it may write."""
    _shared(store)
    try:
        with store.engine.begin() as connection:
            statements, written = _role_statements(connection)
            for statement in statements:
                connection.exec_driver_sql(statement)
        with store.session() as session:
            store_uuid(session)  # a rapporteur taking a package offline must not have to write it
    except DBAPIError as exc:
        if is_refused(exc):
            raise AccessRefusedError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Vous n'avez pas le droit de créer des rôles ni de donner des "
                    "droits sur cette base : lancez la commande avec l'identifiant "
                    "de son propriétaire.",
                )
            ) from exc
        raise
    return written


def _role_statements(connection: Connection) -> tuple[list[str], dict[str, int]]:
    present = set(inspect(connection).get_table_names())
    tables = sorted(
        name for name in [*Base.metadata.tables, SEARCH_TABLE, VERSION_TABLE] if name in present
    )
    writable = {
        SECRETARIAT: set(tables),
        RAPPORTEUR: (set(rapporteur_tables()) | {SEARCH_TABLE}) & present,
        LECTURE: set(),
    }
    quote = connection.dialect.identifier_preparer.quote
    roles = {role: quote(name) for role, name in ROLE_NAMES.items()}
    everyone = ", ".join(roles.values())
    schema = connection.exec_driver_sql("SELECT current_schema()").scalar_one()
    statements = [
        f"DO $$ BEGIN CREATE ROLE {name} NOLOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$"
        for name in roles.values()
    ]
    statements.append(f"GRANT USAGE ON SCHEMA {quote(schema)} TO {everyone}")
    for table in tables:
        statements.append(f"REVOKE ALL ON TABLE {quote(table)} FROM {everyone}")
        statements.append(f"GRANT SELECT ON TABLE {quote(table)} TO {everyone}")
    for role, names in writable.items():
        rights = "ALL PRIVILEGES" if role == SECRETARIAT else "INSERT, UPDATE, DELETE"
        for table in sorted(names):
            statements.append(f"GRANT {rights} ON TABLE {quote(table)} TO {roles[role]}")
    for table, sequence in _sequences(connection, tables):
        statements.append(f"REVOKE ALL ON SEQUENCE {sequence} FROM {everyone}")
        statements.append(f"GRANT SELECT ON SEQUENCE {sequence} TO {everyone}")
        for role, names in writable.items():
            if table in names:
                statements.append(f"GRANT USAGE, SELECT ON SEQUENCE {sequence} TO {roles[role]}")
    return statements, {role: len(names) for role, names in writable.items()}


def _sequences(connection: Connection, tables: Iterable[str]) -> list[tuple[str, str]]:
    """The sequences that number the tables' rows (their serial or identity key columns)."""
    found = []
    for table in tables:
        model = Base.metadata.tables.get(table)
        if model is None:
            continue
        for column in model.primary_key.columns:
            sequence = connection.execute(
                text("SELECT pg_get_serial_sequence(:table, :column)"),
                {"table": table, "column": column.name},
            ).scalar()
            if sequence:
                found.append((table, str(sequence)))
    return found


def grant_role(store: Store, login: str, role: str) -> None:
    """Give `login` one of the three roles, taking the other two from it."""
    _shared(store)
    with store.engine.connect() as connection:
        exists = connection.execute(
            text("SELECT 1 FROM pg_roles WHERE rolname = :login"), {"login": login}
        ).scalar()
        if not exists:
            raise StoreError(
                Sentence(
                    QT_TRANSLATE_NOOP(
                        "errors", "Aucun identifiant « {login} » n'existe sur ce serveur."
                    ),
                    login=login,
                )
            )
        missing = connection.execute(
            text("SELECT count(*) FROM pg_roles WHERE rolname = ANY(:names)"),
            {"names": list(ROLE_NAMES.values())},
        ).scalar_one()
        if missing != len(ROLE_NAMES):
            raise StoreError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Les rôles de Délibération n'existent pas encore sur ce serveur "
                    ": créez-les d'abord (commande « admin roles »).",
                )
            )
    quote = store.engine.dialect.identifier_preparer.quote
    try:
        with store.engine.begin() as connection:
            for other in ROLES:
                if other != role:
                    connection.exec_driver_sql(
                        f"REVOKE {quote(ROLE_NAMES[other])} FROM {quote(login)}"
                    )
            connection.exec_driver_sql(f"GRANT {quote(ROLE_NAMES[role])} TO {quote(login)}")
    except DBAPIError as exc:
        if is_refused(exc):
            raise AccessRefusedError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Vous n'avez pas le droit de donner des rôles sur ce serveur : "
                    "lancez la commande avec un identifiant qui administre les rôles.",
                )
            ) from exc
        raise


def capabilities(store: Store) -> Capabilities:
    """What the connected login may change: everything on a SQLite store; on PostgreSQL, what
    the server grants it (its role, and its INSERT right on each part's first table)."""
    if store.engine.dialect.name != "postgresql":
        return EVERYTHING
    with store.engine.connect() as connection:
        held = set(
            connection.execute(
                text(
                    "SELECT rolname FROM pg_roles WHERE rolname = ANY(:names) "
                    "AND pg_has_role(current_user, oid, 'MEMBER')"
                ),
                {"names": list(ROLE_NAMES.values())},
            ).scalars()
        )
        present = set(inspect(connection).get_table_names())
        allowed = {
            part: table not in present
            or bool(
                connection.execute(
                    text("SELECT has_table_privilege(current_user, :table, 'INSERT')"),
                    {"table": table},
                ).scalar()
            )
            for part, table in _PROBES.items()
        }
    role = next((r for r in ROLES if ROLE_NAMES[r] in held), None)
    return Capabilities(role, True, **allowed)
