"""Alembic migrations: they build the models' schema, upgrade old stores after a backup."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.operations import Operations
from alembic.script import ScriptDirectory
from sqlalchemy import text

from deliberation.errors import StoreLockedError
from deliberation.store import database
from deliberation.store.database import (
    _alembic_config,
    migration_connection,
    open_store,
    sqlite_engine,
    upgrade_to,
)
from deliberation.store.models import Base
from deliberation.store.schema import HEAD, REVISIONS, is_search_table


def test_known_revisions_match_the_shipped_scripts() -> None:
    script = ScriptDirectory.from_config(_alembic_config(None))
    chain = [rev.revision for rev in script.walk_revisions()][::-1]
    assert tuple(chain) == REVISIONS
    assert script.get_current_head() == HEAD


def test_migrated_schema_matches_the_models(store_path: Path) -> None:
    open_store(str(store_path)).close()
    engine = sqlite_engine(store_path)
    with engine.connect() as connection:
        # The search index (0010) is kept by triggers, outside the models.
        context = MigrationContext.configure(
            connection,
            opts={
                "compare_type": True,
                "include_name": lambda name, kind, _parent: not is_search_table(name),
            },
        )
        differences = compare_metadata(context, Base.metadata)
    engine.dispose()
    assert differences == []


def test_upgrade_from_first_revision_keeps_data_and_makes_a_backup(store_path: Path) -> None:
    engine = sqlite_engine(store_path)
    upgrade_to(engine, REVISIONS[0])
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO organisation_kind (uuid, created_at, updated_at, key, label) "
                "VALUES ('0b6f1f8e4e1f4f0e9a55b8f00a5c2d11', '2016-01-01', '2016-01-01', "
                "'elected_officials', 'Association d''élus')"
            )
        )
        connection.execute(
            text(
                "INSERT INTO organisation (uuid, created_at, updated_at, acronym, name, kind_id, "
                "notes) VALUES ('5f0b2a4c9d8e4f7a8b6c5d4e3f2a1b0c', '2016-01-01', '2016-01-01', "
                "'ARF', 'Association des Régions de France', 1, '')"
            )
        )
        original_rows = connection.execute(text("SELECT * FROM organisation")).fetchall()
    engine.dispose()
    old_bytes = store_path.read_bytes()

    store = open_store(str(store_path))
    with store.engine.connect() as connection:
        assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == HEAD
        assert connection.execute(text("SELECT name FROM organisation")).scalar() == (
            "Association des Régions de France"
        )
        assert connection.execute(text("SELECT count(*) FROM working_group")).scalar() == 0
    store.close()

    assert store.backup_path is not None and store.backup_path.exists()
    assert "avant-migration-0001" in store.backup_path.name
    with closing(sqlite3.connect(store.backup_path)) as backup:
        assert backup.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert backup.execute("SELECT * FROM organisation").fetchall() == original_rows
    assert len(old_bytes) > 0


def test_batch_rebuild_of_a_parent_table_keeps_its_children(opened, store_path: Path) -> None:
    """A future migration rebuilding a table must not cascade-delete the rows referring to it."""
    opened.close()
    engine = sqlite_engine(store_path)
    count = "SELECT count(*) FROM membership"
    with engine.connect() as connection:
        memberships = connection.exec_driver_sql(count).scalar()
    assert memberships >= 16
    with migration_connection(engine) as connection:
        context = MigrationContext.configure(connection, opts={"render_as_batch": True})
        with Operations(context).batch_alter_table("organisation", recreate="always") as batch:
            batch.add_column(sa.Column("website", sa.String(200)))
    with engine.connect() as connection:
        assert connection.exec_driver_sql(count).scalar() == memberships
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    engine.dispose()


def test_a_migration_that_cannot_run_leaves_the_store_as_it_was(
    store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine = sqlite_engine(store_path)
    upgrade_to(engine, REVISIONS[0])
    engine.dispose()
    before = store_path.read_bytes()
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 50)
    with closing(sqlite3.connect(store_path, isolation_level=None)) as holder:
        holder.execute("BEGIN IMMEDIATE")  # another program is writing
        with pytest.raises(StoreLockedError) as caught:
            open_store(str(store_path))
        holder.execute("ROLLBACK")
    assert "\n" not in str(caught.value) and "CREATE TABLE" not in str(caught.value)
    assert store_path.read_bytes() == before
    assert [p.name for p in store_path.parent.iterdir() if "avant-migration" in p.name] == []
