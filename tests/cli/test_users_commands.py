"""`deliberation admin users` and `init` on a shared database older than the application."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import create_engine, text
from tests.store.conftest import needs_postgres, pg_url  # noqa: F401 (the fixture)

from deliberation.store.database import upgrade_to
from deliberation.store.schema import HEAD

from .conftest import Run


def _revision(url: str) -> str:
    engine = create_engine(url)
    with engine.connect() as connection:
        revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    engine.dispose()
    return str(revision)


@needs_postgres
def test_a_login_is_named_and_listed(run_cli: Run, pg_url: str) -> None:  # noqa: F811
    assert run_cli("init", store=pg_url).returncode == 0
    named = run_cli(
        "admin",
        "users",
        "set",
        "deliberation",
        "--name",
        "Anne Dubois",
        "--org",
        "MEN",
        store=pg_url,
    )
    assert named.returncode == 0, named.stderr
    assert named.stdout.strip() == "deliberation : Anne Dubois (MEN)"
    listed = run_cli("admin", "users", "list", store=pg_url)
    assert listed.stdout.splitlines()[2].split() == ["deliberation", "Anne", "Dubois", "MEN"]
    refused = run_cli(
        "admin", "users", "set", "deliberation", "--name", "X", "--org", "ZZZ", store=pg_url
    )
    assert refused.returncode == 1
    assert refused.stderr.strip() == "deliberation : Aucune organisation n'a le sigle « ZZZ »."
    assert (
        '"name": "Anne Dubois"' in run_cli("admin", "users", "list", "--json", store=pg_url).stdout
    )


@needs_postgres
def test_init_refuses_an_old_shared_database_without_a_backup(
    run_cli: Run,
    pg_url: str,  # noqa: F811
    tmp_path: Path,
) -> None:
    engine = create_engine(pg_url)
    upgrade_to(engine, "0009")
    engine.dispose()
    refused = run_cli("init", store=pg_url)
    assert refused.returncode == 1
    assert len(refused.stderr.strip().splitlines()) == 1
    assert "--backup FICHIER" in refused.stderr and "--i-have-a-backup" in refused.stderr
    assert _revision(pg_url) == "0009"
    dumped = run_cli("init", "--backup", str(tmp_path / "avant.dump"), store=pg_url)
    assert dumped.returncode == 0, dumped.stderr
    assert f"copie de l'ancienne version : {tmp_path / 'avant.dump'}" in dumped.stderr
    assert (tmp_path / "avant.dump").read_bytes()[:5] == b"PGDMP"
    assert _revision(pg_url) == HEAD


@needs_postgres
def test_init_migrates_on_the_users_word(run_cli: Run, pg_url: str) -> None:  # noqa: F811
    engine = create_engine(pg_url)
    upgrade_to(engine, "0009")
    engine.dispose()
    confirmed = run_cli("init", "--i-have-a-backup", store=pg_url)
    assert confirmed.returncode == 0, confirmed.stderr
    assert f"Base mise à jour (schéma {HEAD})" in confirmed.stderr
    assert _revision(pg_url) == HEAD


def test_admin_users_on_a_sqlite_store_lists_nobody(run_cli: Run, tmp_path: Path) -> None:
    store = tmp_path / "b.sqlite3"
    assert run_cli("init", store=store).returncode == 0
    listed = run_cli("admin", "users", "list", store=store)
    assert listed.returncode == 0 and listed.stdout == ""
    assert "Aucun identifiant n'est nommé" in listed.stderr
