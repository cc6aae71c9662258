"""Text tables of the command line: aligned columns, narrowed to a terminal only when asked."""

from __future__ import annotations

from deliberation.cli.table import Column, format_table

COLUMNS = [
    Column("Sigle", lambda r: r["acronym"]),
    Column("Nom", lambda r: r["name"], min_width=10),
    Column("Note", lambda r: r["note"], min_width=6),
]
ROWS = [
    {"acronym": "AVICCA", "name": "Association des villes et collectivités", "note": "—"},
    {"acronym": "RdF", "name": "Régions de France", "note": "anciennement ARF"},
]


def test_cells_are_whole_and_aligned_without_a_width() -> None:
    lines = format_table(COLUMNS, ROWS).splitlines()
    assert lines[0] == "Sigle   Nom                                      Note"
    assert lines[1] == "──────  ───────────────────────────────────────  ────────────────"
    assert lines[2] == "AVICCA  Association des villes et collectivités  —"
    assert lines[3] == "RdF     Régions de France                        anciennement ARF"


def test_a_narrow_terminal_cuts_the_columns_with_most_to_spare() -> None:
    lines = format_table(COLUMNS, ROWS, width=40).splitlines()
    assert all(len(line) <= 40 for line in lines)
    assert lines[2].startswith("AVICCA  Association des")
    assert lines[2].split("  ")[1].endswith("…")
    assert lines[0].startswith("Sigle   Nom")


def test_fixed_columns_and_minimums_are_never_cut() -> None:
    lines = format_table(COLUMNS, ROWS, width=10).splitlines()
    assert lines[2].startswith("AVICCA  ")
    assert len(lines[2].split("  ")[1]) == 10


def test_an_empty_table_has_its_headings() -> None:
    assert format_table(COLUMNS, []).splitlines()[0] == "Sigle  Nom  Note"
