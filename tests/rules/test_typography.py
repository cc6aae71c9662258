"""French typography of exported texts: what a proofreader checks on the page."""

from __future__ import annotations

import pytest

from deliberation.records.opinions import Run
from deliberation.rules.typography import NBSP, plain, typeset, typeset_runs


@pytest.mark.parametrize(
    ("typed", "set_"),
    [
        ("Pourquoi ? Parce que ; enfin !", f"Pourquoi{NBSP}? Parce que{NBSP}; enfin{NBSP}!"),
        ("Pourquoi? Parce que; enfin!", f"Pourquoi{NBSP}? Parce que{NBSP}; enfin{NBSP}!"),
        ("Décision : adoptée", f"Décision{NBSP}: adoptée"),
        ("Décision: adoptée", f"Décision{NBSP}: adoptée"),
        ("à 14:30 sur https://eduscol.fr", "à 14:30 sur https://eduscol.fr"),
        ("« gratuité »", f"«{NBSP}gratuité{NBSP}»"),
        ("«gratuité»", f"«{NBSP}gratuité{NBSP}»"),
        ('le mot "gratuité" reste', f"le mot «{NBSP}gratuité{NBSP}» reste"),
        ("l'école et aujourd'hui", "l’école et aujourd’hui"),
        ("Vraiment ?!", f"Vraiment{NBSP}?!"),
        ("et cetera...", "et cetera…"),
        ("la recommandation n° 3", f"la recommandation n°{NBSP}3"),
        ("10 000 élèves, 25 % et 30 €", f"10{NBSP}000 élèves, 25{NBSP}% et 30{NBSP}€"),
        ("en 2026 2027 élèves", "en 2026 2027 élèves"),
    ],
)
def test_typeset(typed: str, set_: str) -> None:
    assert typeset(typed) == set_


def test_typeset_across_runs_keeps_emphasis() -> None:
    runs = typeset_runs((Run("Objet", bold=True), Run(" : "), Run("l'ENT", italic=True)))
    assert runs == (Run("Objet", bold=True), Run(f"{NBSP}: "), Run("l’ENT", italic=True))
    assert typeset_runs((Run("Mot"), Run(":"), Run(" suite"))) == (
        Run("Mot"),
        Run(f"{NBSP}:"),
        Run(" suite"),
    )


def test_plain_undoes_typesetting() -> None:
    for typed in ('Le mot "gratuité" ; l\'école : oui !', "Pourquoi? Parce que...", "«x»"):
        assert plain(typeset(typed)) == plain(typed)
    assert plain("un  mot") == plain("un mot")
    assert plain("un mot") != plain("un autre mot")
