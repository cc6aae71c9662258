"""`deliberation admin roles` and `admin grant`: on a shared base, and refused on a local one."""

from __future__ import annotations

from pathlib import Path

from tests.cli.conftest import Run
from tests.store.conftest import login, needs_postgres, pg_url  # noqa: F401  (the fixtures)

from deliberation.services.root import open_root


def test_roles_on_a_local_store_are_one_sentence(run_cli: Run, tmp_path: Path) -> None:
    store = tmp_path / "base.sqlite"
    for args in (("admin", "roles"), ("admin", "grant", "marie", "lecture")):
        result = run_cli(*args, store=store)
        assert result.returncode == 1
        assert result.stderr.count("\n") == 1 and "n'existent que sur une base partagée" in (
            result.stderr
        )
    assert not store.exists()  # nothing written


def test_an_unknown_role_is_a_usage_error(run_cli: Run) -> None:
    result = run_cli("admin", "grant", "marie", "chef", store="postgresql+psycopg://x@/db")
    assert result.returncode == 2
    assert "rôle inconnu « chef » (secretariat, rapporteur ou lecture)" in result.stderr


@needs_postgres
def test_roles_twice_then_grant_with_the_french_spelling(
    run_cli: Run,
    pg_url: str,  # noqa: F811  (the fixture imported above)
    login: str,  # noqa: F811  (the fixture imported above)
) -> None:
    open_root(pg_url).close()
    for _ in range(2):
        result = run_cli("admin", "roles", store=pg_url)
        assert result.returncode == 0, result.stderr
        assert "Rôles prêts" in result.stdout and "rapporteur (écrit 10 tables)" in result.stdout
    result = run_cli("admin", "grant", login, "Secrétariat", store=pg_url)
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"{login} a maintenant le rôle secrétariat.\n"
    result = run_cli("admin", "grant", "personne_inconnue", "lecture", store=pg_url)
    assert result.returncode == 1
    assert "Aucun identifiant « personne_inconnue » n'existe sur ce serveur." in result.stderr
