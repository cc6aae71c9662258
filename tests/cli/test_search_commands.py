"""`deliberation search` on the demo store: kinds, where each hit opens, JSON, usage errors."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.conftest import Run

from deliberation.cli.search_commands import SEARCH_KINDS
from deliberation.services.search import KINDS


def test_the_done_when_queries_name_their_kind_and_where_they_open(
    run_cli: Run, demo_copy: Path
) -> None:
    cases = {
        ("etablissement",): ("Paragraphe", "[établissement]", "→ Avis › "),
        ("ENT", "--kind", "decision"): ("Décision", "[ENT]", "→ Séances › Séance du "),
        ("délégué mutualisé", "--kind", "position"): ("Position", "[mutualisé]", "→ Positions › "),
        ("ademe",): ("Commentaire", "[ADEME]", "→ Avis › "),
        ("ARF", "--kind", "former_name"): ("Ancien nom : [ARF]", "", "→ Référentiel › "),
    }
    for args, (kind, word, where) in cases.items():
        query = args[0]
        result = run_cli("search", *args, store=demo_copy)
        assert result.returncode == 0, result.stderr
        assert f"{kind}" in result.stdout and word in result.stdout, (query, result.stdout)
        assert where in result.stdout, (query, result.stdout)


def test_json_gives_the_same_hits_with_their_place(run_cli: Run, demo_copy: Path) -> None:
    result = run_cli("search", "ARF", "--json", "--limit", "5", store=demo_copy)
    assert result.returncode == 0, result.stderr
    hits = json.loads(result.raw_stdout.decode("utf-8"))
    former = next(h for h in hits if h["kind"] == "former_name")
    assert former["kind_label"] == "Ancien nom"
    assert former["title"] == "ARF — Association des Régions de France"
    assert former["matched"] == ["ARF"]
    assert former["place"]["kind"] == "organisation" and former["place"]["id"] > 0
    assert former["opens"].startswith("Référentiel › ")
    assert len(hits) <= 5


def test_nothing_found_and_bad_arguments_say_so_in_french(run_cli: Run, demo_copy: Path) -> None:
    result = run_cli("search", "zzzqxw", store=demo_copy)
    assert result.returncode == 0 and result.stdout.strip() == "Aucun résultat."
    result = run_cli("search", '"*', store=demo_copy)
    assert result.returncode == 0 and "Traceback" not in result.stderr
    result = run_cli("search", "ent", "--kind", "meteo", store=demo_copy)
    assert result.returncode == 2 and "choix invalide" in result.stderr
    result = run_cli("search", "ent", "--limit", "0", store=demo_copy)
    assert result.returncode == 2 and "Traceback" not in result.stderr


def test_the_kinds_the_parser_takes_are_the_use_case_s() -> None:
    assert tuple(KINDS) == SEARCH_KINDS
