"""French typography of exported texts: what a proofreader checks on the page."""

from __future__ import annotations

import re
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from deliberation.records.opinions import Run
from deliberation.rules.typography import DIGITS_NOT_DECIMAL, NBSP, plain, typeset, typeset_runs


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


# -- the fast typesetting sets exactly what the character-by-character one did --------------------


def _reference_runs(runs: tuple[Run, ...]) -> tuple[Run, ...]:
    """The first typesetting, one character at a time (slow on long texts, plain to read): the
    oracle the fast one must match."""
    from deliberation.rules.typography import _HIGH, _OPENERS, _SPACES, _ends_clause, _word_end

    chars = [(ch, index) for index, run in enumerate(runs) for ch in run.text]
    out: list[tuple[str, int]] = []
    quote_open = False
    i = 0
    while i < len(chars):
        ch, owner = chars[i]
        nxt = chars[i + 1][0] if i + 1 < len(chars) else ""
        prev = out[-1][0] if out else ""
        if ch in " \u202f\u2009\u00a0":
            j = i
            while j < len(chars) and chars[j][0] in " \u202f\u2009\u00a0":
                j += 1
            after = chars[j][0] if j < len(chars) else ""
            after2 = chars[j + 1][0] if j + 1 < len(chars) else ""
            digits = "".join(c for c, _ in chars[j : j + 4])
            group = len(digits) >= 3 and digits[:3].isdigit() and not digits[3:4].isdigit()
            if (
                after in _HIGH + "»%€"
                or (after == ":" and _ends_clause(after2))
                or (prev == "«")
                or (prev.isdigit() and after.isdigit() and group)
                or (prev == "°" and len(out) >= 2 and out[-2][0] in "nN")
            ):
                if prev != NBSP:
                    out.append((NBSP, owner))
                i = j
                continue
            out.append((ch, owner))
            i += 1
            continue
        if ch == "." and nxt == "." and i + 2 < len(chars) and chars[i + 2][0] == ".":
            out.append(("…", owner))
            i += 3
            continue
        if ch == "'" and prev and (prev.isalpha() or prev == "’"):
            out.append(("’", owner))
        elif ch == '"':
            if not quote_open and (not prev or prev in _OPENERS):
                quote_open = True
                out.append(("«", owner))
                if nxt not in _SPACES:
                    out.append((NBSP, owner))
            else:
                quote_open = False
                if prev and prev not in _SPACES:
                    out.append((NBSP, owner))
                out.append(("»", owner))
        elif ch == "«":
            out.append((ch, owner))
            if nxt and nxt not in _SPACES:
                out.append((NBSP, owner))
        elif ch in _HIGH + "»" or (ch == ":" and _ends_clause(nxt)):
            if prev and prev not in _SPACES + _HIGH + "«" and _word_end(prev):
                out.append((NBSP, owner))
            out.append((ch, owner))
        else:
            out.append((ch, owner))
        i += 1
    result: list[Run] = []
    for index, run in enumerate(runs):
        text = "".join(ch for ch, owner in out if owner == index)
        if text:
            result.append(Run(text, run.bold, run.italic))
    return tuple(result)


# Texts made of what typesetting looks at: every space, mark, quote and kind of digit.
_TRICKY = st.lists(
    st.sampled_from([*" \u00a0\u202f\u2009\t\n.'\"«»;:!?%€°nNa1é’(²①-/", "...", "n° ", "10 000"]),
    max_size=40,
).map("".join)
_RUNS = st.lists(
    st.builds(Run, st.one_of(_TRICKY, st.text(max_size=12)), st.booleans(), st.booleans()),
    max_size=5,
).map(tuple)


@settings(max_examples=400, deadline=None)
@given(_RUNS)
def test_typesetting_matches_the_character_by_character_reference(runs: tuple[Run, ...]) -> None:
    assert typeset_runs(runs) == _reference_runs(runs)


def test_the_digits_the_fast_typesetting_knows_are_all_the_digits() -> None:
    """str.isdigit() counts digits that \\d misses (« ² », « ① »): all of them are listed."""
    missing = {
        chr(code)
        for code in range(sys.maxunicode + 1)
        if chr(code).isdigit() and not re.match(r"\d", chr(code))
    }
    assert missing == set(DIGITS_NOT_DECIMAL)
    assert typeset("10 ²³⁴ et n° ² x") == _reference_runs((Run("10 ²³⁴ et n° ² x"),))[0].text
