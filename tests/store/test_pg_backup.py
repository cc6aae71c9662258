"""A shared database older than the application: refused without a backup, dumped by pg_dump."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from tests.store.conftest import needs_postgres

from deliberation.errors import BackupRequiredError, StoreUnavailableError
from deliberation.records.connection import SharedBackup
from deliberation.store.database import open_store, upgrade_to
from deliberation.store.pg_backup import dump
from deliberation.store.schema import HEAD

pytestmark = needs_postgres


def _old_database(url: str) -> None:
    engine = create_engine(url)
    upgrade_to(engine, "0009")
    engine.dispose()


def _revision(url: str) -> str:
    engine = create_engine(url)
    with engine.connect() as connection:
        revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    engine.dispose()
    return str(revision)


def test_an_old_shared_database_is_not_migrated_without_a_backup(pg_url: str) -> None:
    _old_database(pg_url)
    with pytest.raises(BackupRequiredError) as refused:
        open_store(pg_url)
    assert refused.value.revision == "0009"
    assert "sauvegarde" in str(refused.value) and "\n" not in str(refused.value)
    assert _revision(pg_url) == "0009"  # nothing was changed


def test_the_users_word_that_a_backup_exists_lets_it_migrate(pg_url: str) -> None:
    _old_database(pg_url)
    store = open_store(pg_url, backup=SharedBackup(confirmed=True))
    store.close()
    assert store.backup_path is None
    assert _revision(pg_url) == HEAD


def test_pg_dump_backs_it_up_first_and_the_dump_restores(pg_url: str, tmp_path: Path) -> None:
    _old_database(pg_url)
    target = tmp_path / "sauvegardes" / "comite.dump"
    store = open_store(pg_url, backup=SharedBackup(dump_to=target))
    store.close()
    assert store.backup_path == target
    assert target.read_bytes()[:5] == b"PGDMP"
    assert target.stat().st_mode & 0o777 == 0o600
    assert list(target.parent.iterdir()) == [target]  # no partial file left
    listing = subprocess.run(
        ["pg_restore", "--list", str(target)], capture_output=True, text=True, check=True
    ).stdout
    assert "alembic_version" in listing and "TABLE public organisation" in listing
    assert _revision(pg_url) == HEAD


def test_a_failed_dump_is_one_sentence_and_leaves_no_file(pg_url: str, tmp_path: Path) -> None:
    missing = make_url(pg_url).set(database="aucune_base_de_ce_nom")
    target = tmp_path / "b.dump"
    with pytest.raises(StoreUnavailableError) as refused:
        dump(missing, None, target)
    assert str(refused.value).startswith("La sauvegarde par pg_dump a échoué")
    assert "aucune_base_de_ce_nom" in str(refused.value)
    assert list(tmp_path.iterdir()) == []


def test_a_failed_dump_leaves_the_database_as_it_was(pg_url: str, tmp_path: Path) -> None:
    _old_database(pg_url)
    folder = tmp_path / "lecture-seule"
    folder.mkdir()
    (folder / "comite.dump").mkdir()  # pg_dump cannot write over a folder
    with pytest.raises(StoreUnavailableError):
        open_store(pg_url, backup=SharedBackup(dump_to=folder / "comite.dump"))
    assert _revision(pg_url) == "0009"
