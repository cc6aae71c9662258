"""`deliberation` as a user runs it: version, init, list, demo, and where the store comes from."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

CURRENT_MEMBERS = {
    "MEN",
    "CDC",
    "AMF",
    "AMRF",
    "ADF",
    "RdF",
    "FU",
    "RFVE",
    "AVI",
    "VF",
    "AVICCA",
    "APVF",
    "FNCCR",
    "DECLIC",
}
FORMER_MEMBERS = {"MEIN", "AMVBF"}


def as_json(result: Any) -> Any:
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_init_creates_the_store_and_prints_its_path(run_cli, tmp_path: Path) -> None:
    store = tmp_path / "sub" / "s.sqlite3"
    result = run_cli("init", store=store)
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"{store.resolve()}\n"
    assert store.is_file()
    assert "Base créée" in result.stderr
    assert "6 thèmes" in result.stderr and "16 organisations" in result.stderr


def test_init_twice_changes_nothing(run_cli, dump_tables, tmp_path: Path) -> None:
    store = tmp_path / "s.sqlite3"
    assert run_cli("init", store=store).returncode == 0
    before = dump_tables(store)
    again = run_cli("init", store=store)
    assert again.returncode == 0, again.stderr
    assert again.stdout == f"{store.resolve()}\n"
    assert "déjà à jour" in again.stderr and "aucune donnée initiale" in again.stderr
    assert dump_tables(store) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["s.sqlite3"], "no backup, no leftovers"


def test_init_upgrades_an_older_store_after_a_backup(run_cli, dump_tables, tmp_path) -> None:
    from deliberation.store.database import sqlite_engine, upgrade_to

    store = tmp_path / "old.sqlite3"
    engine = sqlite_engine(store)
    upgrade_to(engine, "0001")
    engine.dispose()
    old = store.read_bytes()
    result = run_cli("init", "--store", str(store))
    assert result.returncode == 0, result.stderr
    assert "Base mise à jour" in result.stderr
    backups = list(tmp_path.glob("old.avant-migration-0001-*.sqlite3"))
    assert len(backups) == 1 and str(backups[0]) in result.stderr
    assert "working_group" not in dump_tables(backups[0]), "the backup is the old schema"
    assert "working_group" in dump_tables(store)
    assert old != store.read_bytes()


def test_list_organisations_gives_the_current_members_with_former_names(run_cli) -> None:
    assert run_cli("init", store="s.sqlite3").returncode == 0
    rows = as_json(run_cli("list", "organisations", "--json", store="s.sqlite3"))
    assert {r["acronym"] for r in rows} == CURRENT_MEMBERS
    assert len(rows) == 14
    by_acronym = {r["acronym"]: r for r in rows}
    assert list(by_acronym["RdF"]) == [
        "id",
        "uuid",
        "acronym",
        "name",
        "kind",
        "kind_label",
        "is_member",
        "member_since",
        "member_until",
        "delegate_count",
        "former_names",
    ]
    assert [n["acronym"] for n in by_acronym["RdF"]["former_names"]] == ["ARF"]
    assert by_acronym["RdF"]["former_names"][0] == {
        "acronym": "ARF",
        "name": "Association des Régions de France",
        "valid_from": "2015-10-01",
        "valid_until": None,
        "note": "Nom à la signature de la convention, devenu Régions de France",
    }
    assert [n["acronym"] for n in by_acronym["FU"]["former_names"]] == ["AMGVF"]
    assert [n["acronym"] for n in by_acronym["MEN"]["former_names"]] == ["MENESR"]
    assert by_acronym["MEN"]["kind"] == "state"
    assert by_acronym["MEN"]["member_since"] == "2015-10-01"
    assert all(r["is_member"] and r["member_until"] is None for r in rows)


def test_list_all_organisations_adds_the_former_members(run_cli) -> None:
    assert run_cli("init", store="s.sqlite3").returncode == 0
    rows = as_json(run_cli("list", "organisations", "--json", "--all", store="s.sqlite3"))
    assert {r["acronym"] for r in rows} == CURRENT_MEMBERS | FORMER_MEMBERS
    former = [r for r in rows if r["acronym"] in FORMER_MEMBERS]
    assert all(not r["is_member"] and r["member_until"] == "2025-05-01" for r in former)


def test_list_organisations_as_a_table(run_cli) -> None:
    assert run_cli("init", store="s.sqlite3").returncode == 0
    result = run_cli("list", "organisations", store="s.sqlite3")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["Sigle", "Nom", "Membre", "Délégués", "Anciens", "noms"]
    assert lines[-1] == "14 organisations membres."
    rdf = next(line for line in lines if line.startswith("RdF "))
    assert "Régions de France" in rdf and "depuis le 01/10/2015" in rdf and rdf.endswith("ARF")
    # Aligned: every row starts its second column where the heading does.
    column = lines[0].index("Nom")
    assert all(line[column - 2 : column] == "  " for line in lines[2:-1])


def test_list_themes(run_cli) -> None:
    assert run_cli("init", store="s.sqlite3").returncode == 0
    rows = as_json(run_cli("list", "themes", "--json", store="s.sqlite3"))
    assert [r["number"] for r in rows] == [1, 2, 3, 4, 5, 6]
    assert list(rows[0]) == ["id", "uuid", "number", "title", "description"]
    assert rows[4]["title"] == "Infrastructures et équipements"


def test_store_option_before_or_after_the_command(run_cli, tmp_path: Path) -> None:
    store = tmp_path / "option.sqlite3"
    assert run_cli("init", "--store", str(store)).returncode == 0
    elsewhere = tmp_path / "env.sqlite3"
    after = run_cli("list", "themes", "--json", "--store", str(store), store=elsewhere)
    before = run_cli("--store", str(store), "list", "themes", "--json", store=elsewhere)
    assert len(as_json(after)) == len(as_json(before)) == 6
    assert not elsewhere.exists(), "--store wins over DELIBERATION_STORE"


def test_list_does_not_create_a_store(run_cli, tmp_path: Path) -> None:
    result = run_cli("list", "themes", store=tmp_path / "missing.sqlite3")
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1
    assert "deliberation init" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_list_does_not_upgrade_an_older_store(run_cli, tmp_path: Path) -> None:
    from deliberation.store.database import sqlite_engine, upgrade_to

    store = tmp_path / "old.sqlite3"
    engine = sqlite_engine(store)
    upgrade_to(engine, "0001")
    engine.dispose()
    before = store.read_bytes()
    result = run_cli("list", "organisations", store=store)
    assert result.returncode == 1
    assert "deliberation init" in result.stderr and result.stderr.count("\n") == 1
    assert store.read_bytes() == before


def test_demo_then_list_delegates_and_groups(run_cli, dump_tables, tmp_path: Path) -> None:
    store = tmp_path / "demo.sqlite3"
    first = run_cli("demo", store=store)
    assert first.returncode == 0, first.stderr
    assert "créée avec une démonstration" in first.stdout
    assert "délégués" in first.stdout and "groupes de travail" in first.stdout

    delegates = as_json(run_cli("list", "delegates", "--json", store=store))
    assert {d["organisation"] for d in delegates} == CURRENT_MEMBERS
    assert all(d["active"] for d in delegates)
    assert list(delegates[0]) == [
        "id",
        "uuid",
        "organisation",
        "organisation_id",
        "first_name",
        "last_name",
        "role",
        "email",
        "function",
        "active",
    ]
    everyone = as_json(run_cli("list", "delegates", "--json", "--all", store=store))
    assert {d["organisation"] for d in everyone if not d["active"]} == FORMER_MEMBERS

    groups = as_json(run_cli("list", "groups", "--json", store=store))
    assert len(groups) >= 4
    for group in groups:
        assert group["theme"] and group["members"] and group["chair"] and group["rapporteurs"]
        assert group["status"] in {"preparing", "active", "closed"}
        assert group["mandate"]

    table = run_cli("list", "groups", store=store)
    assert table.returncode == 0
    assert table.stdout.splitlines()[-1] == f"{len(groups)} groupes de travail."
    assert "Présidence" in table.stdout and "Rapporteurs" in table.stdout

    before = dump_tables(store)
    second = run_cli("demo", store=store)
    assert second.returncode == 0, second.stderr
    assert "déjà" in second.stdout and "rien n'a été ajouté" in second.stdout
    assert dump_tables(store) == before


def test_empty_lists_say_so(run_cli) -> None:
    assert run_cli("init", store="s.sqlite3").returncode == 0
    assert as_json(run_cli("list", "groups", "--json", store="s.sqlite3")) == []
    result = run_cli("list", "delegates", store="s.sqlite3")
    assert result.returncode == 0
    assert result.stdout == "0 délégué.\n"


@pytest.mark.parametrize(
    "args",
    [
        ["frobnicate"],
        ["list"],
        ["list", "people"],
        ["list", "themes", "--colour"],
        ["--store"],
    ],
)
def test_usage_errors_exit_2_in_french(run_cli, args: list[str]) -> None:
    result = run_cli(*args, store="s.sqlite3")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("utilisation : deliberation")
    assert " : erreur : " in result.stderr
    assert result.stdout == ""


def test_init_with_another_bodys_seed_file(run_cli, tmp_path: Path) -> None:
    import json

    seed = Path(__file__).parents[1] / "fixtures" / "edtech.toml"
    store = tmp_path / "edtech.sqlite3"
    result = run_cli("init", "--seed", str(seed), store=store)
    assert result.returncode == 0, result.stderr
    listed = run_cli("list", "organisations", "--json", store=store)
    assert [o["acronym"] for o in json.loads(listed.stdout)] == ["AFINEF"]
    missing = run_cli("init", "--seed", str(tmp_path / "absent.toml"), store=tmp_path / "x.sqlite3")
    assert missing.returncode == 1
    assert missing.stderr.count("\n") == 1 and "introuvable" in missing.stderr
    assert not (tmp_path / "x.sqlite3").exists(), "a bad seed file must not leave a store behind"


def test_a_command_runs_without_the_cyclic_collector_and_gives_it_back(
    run_cli, demo_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A command turns the cyclic garbage collector off while it runs (a short process) and
    leaves it as it found it; an error on the way changes nothing."""
    import gc

    from deliberation.cli import meeting_view

    seen: list[bool] = []
    document = meeting_view.meeting_document

    def spy(*args: Any) -> Any:
        seen.append(gc.isenabled())
        return document(*args)

    monkeypatch.setattr(meeting_view, "meeting_document", spy)
    assert gc.isenabled()
    assert run_cli("show", "meeting", "1", "--json", store=demo_copy).returncode == 0
    assert seen == [False] and gc.isenabled()
    assert run_cli("show", "meeting", "999999", store=demo_copy).returncode == 1
    assert gc.isenabled()
    gc.disable()
    try:  # a caller that had turned it off keeps it off
        assert run_cli("list", "themes", store=demo_copy).returncode == 0
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_the_window_runs_with_the_cyclic_collector(
    run_cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The window is a long process: it starts with the collector on."""
    import gc

    import deliberation.ui.app

    seen: list[bool] = []
    monkeypatch.setattr(
        deliberation.ui.app, "run", lambda location, **_: seen.append(gc.isenabled()) or 0
    )
    result = run_cli(store=tmp_path / "s.sqlite3", env={"QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    assert seen == [True]


def _printed(argv: list[str], parser: Any) -> tuple[Any, str, str]:
    """What parsing `argv` with `parser` prints (out, err) and its exit code, if it exits."""
    import contextlib
    import io

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            parser.parse_args(argv)
            code: Any = None
        except SystemExit as exc:
            code = exc.code
    return code, out.getvalue(), err.getvalue()


@pytest.mark.parametrize(
    "argv",
    [
        ["--help"],
        ["-h", "list"],
        ["list", "-h"],
        ["list"],
        ["lst", "themes"],
        ["--store", "x.sqlite3", "-v", "show", "meeting", "-h"],
        ["--store=x.sqlite3", "show", "meeting", "abc"],
        ["--bogus", "list", "themes"],
        ["--sto", "x", "list", "-h"],
        ["--v", "list", "themes"],
        ["export", "agenda"],
        ["mail", "send", "-h"],
        ["import", "opinion", "-h"],
        ["search"],
        ["record", "-h"],
        ["list", "themes", "--store"],
    ],
)
def test_a_command_built_alone_prints_what_the_whole_line_prints(
    argv: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Only the command named is built in full (the others by name), and nothing printed —
    help, usage, errors — differs from the whole command line's."""
    from deliberation.cli.commands import build_parser

    monkeypatch.setenv("COLUMNS", "100")
    assert _printed(argv, build_parser(argv)) == _printed(argv, build_parser(None))


def test_every_command_is_known_by_name_in_the_order_of_the_help() -> None:
    from deliberation.cli.commands import COMMANDS, build_parser

    commands = next(
        action
        for action in build_parser(None)._actions
        if action.dest == "==SUPPRESS==" and hasattr(action, "choices") and action.choices
    )
    assert tuple(commands.choices) == COMMANDS
    alone = build_parser(["list", "themes"])
    listed = next(a for a in alone._actions if getattr(a, "choices", None) and a.choices)
    assert tuple(listed.choices) == COMMANDS
    assert listed.choices["list"].format_help() == commands.choices["list"].format_help()
    assert "--seed" not in listed.choices["init"].format_help()  # a name only
