"""A shared store's logins: who current_user is, the names given to them, and on SQLite none."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from tests.store.conftest import SERVER, needs_postgres

from deliberation.errors import ValidationError
from deliberation.records.connection import Identity
from deliberation.records.positions import ConsultationInput, PositionInput, Subject
from deliberation.services.root import open_existing_root, open_root
from deliberation.store import users as q


@pytest.fixture
def other_login(pg_url: str) -> Iterator[str]:
    """A second login of the test server, allowed to work in the test's database."""
    name = f"rapporteur_{uuid.uuid4().hex[:8]}"
    engine = create_engine(pg_url, isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        connection.execute(text(f'CREATE ROLE "{name}" LOGIN'))
    engine.dispose()
    open_root(pg_url).close()  # the schema, then the rights on it
    engine = create_engine(pg_url, isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        connection.execute(text(f'GRANT ALL ON ALL TABLES IN SCHEMA public TO "{name}"'))
        connection.execute(text(f'GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO "{name}"'))
    engine.dispose()
    yield make_url(pg_url).set(username=name).render_as_string(hide_password=False)
    engine = create_engine(pg_url, isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        connection.execute(text(f'DROP OWNED BY "{name}"'))
    engine.dispose()
    assert SERVER
    admin = create_engine(SERVER, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'DROP ROLE IF EXISTS "{name}"'))
    admin.dispose()


@needs_postgres
def test_a_login_nobody_named_stands_for_itself(pg_url: str) -> None:
    with open_root(pg_url) as root:
        assert root.identity == Identity("deliberation", "deliberation")
        assert root.user == "deliberation"


@needs_postgres
def test_a_named_login_records_its_name_on_every_change(pg_url: str, other_login: str) -> None:
    login = make_url(other_login).username or ""
    with open_root(pg_url) as secretariat:
        named = secretariat.users.set_user(login, "Claire  Martin", "rdf")
        assert named == Identity(login, "Claire Martin", "RdF", mapped=True)
        assert secretariat.identity == Identity("deliberation", "deliberation")
    with open_root(other_login) as root:
        assert root.identity == named
        assert root.user == "Claire Martin"
        positions = root.positions
        orgs = {o.acronym: o.id for o in root.referential.organisations()}
        snap = positions.apply_consultation(
            positions.new_consultation(
                ConsultationInput(
                    "Avis sur les ENT",
                    date(2026, 3, 1),
                    date(2026, 3, 31),
                    subjects=(Subject("opinion", "Projet d'avis"),),
                    consulted=(orgs["AMF"],),
                    min_answers=1,
                )
            )
        )
        data = PositionInput(snap.subjects[0].id, orgs["AMF"], "unfavorable")
        first = positions.apply_position(positions.new_position(data))
        assert first.recorded_by == "Claire Martin"
        changed = positions.apply_position(
            positions.edited_position(
                first, PositionInput(data.subject_id, orgs["AMF"], "favorable")
            )
        )
        assert [h.changed_by for h in positions.history(changed)] == ["Claire Martin"]
    with open_existing_root(other_login) as reopened:  # the command line's way in
        assert reopened.user == "Claire Martin"


@needs_postgres
def test_naming_a_login_is_checked_and_can_be_changed(pg_url: str) -> None:
    with open_root(pg_url) as root:
        with pytest.raises(ValidationError) as refused:
            root.users.set_user("", "", "XYZ")
        assert set(refused.value.messages) == {"login", "name", "organisation"}
        assert "XYZ" in refused.value.messages["organisation"]
        root.users.set_user("deliberation", "Secrétariat général", "MEN")
        root.users.set_user("deliberation", "Anne Dubois", None)  # the organisation is kept
        assert root.users.users() == [Identity("deliberation", "Anne Dubois", "MEN", True)]
        root.users.set_user("deliberation", "Anne Dubois", "")
        assert root.users.me() == Identity("deliberation", "Anne Dubois", "", True)


def test_sqlite_has_no_login(tmp_path: Path) -> None:
    with open_root(str(tmp_path / "b.sqlite3")) as root:
        assert root.identity is None
        with root.store.reading() as session:
            assert q.current_login(session) is None
            assert q.identity(session) is None
