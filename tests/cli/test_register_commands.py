"""`deliberation export actions|attendance|directory` on a copy of the demo store."""

from __future__ import annotations

from pathlib import Path

import docx
from openpyxl import load_workbook
from tests.cli.conftest import Run


def table_rows(path: Path) -> list[list[str]]:
    (table,) = docx.Document(str(path)).tables
    return [[c.text for c in row.cells] for row in table.rows]


def test_export_actions_open_or_all(run_cli: Run, demo_copy: Path, tmp_path: Path) -> None:
    done = run_cli("export", "actions", "-o", "actions.docx", store=demo_copy)
    assert done.returncode == 0, done.stderr
    assert done.stdout == f"{(tmp_path / 'actions.docx').resolve()}\n"
    assert done.stderr.startswith("Actions en cours écrites : ")
    rows = table_rows(tmp_path / "actions.docx")
    assert rows[0] == ["Action", "Séance", "Porteur", "Échéance", "Statut"]
    assert rows[1:]
    assert all(r[4].startswith(("À faire", "En cours")) for r in rows[1:])
    every = run_cli("export", "actions", "--all", "-o", "toutes.xlsx", store=demo_copy)
    assert every.returncode == 0, every.stderr
    sheet = load_workbook(tmp_path / "toutes.xlsx").active
    statuses = {row[4] for row in sheet.iter_rows(min_row=6, values_only=True)}
    assert "Faite" in statuses and len(list(sheet.iter_rows(min_row=6))) > len(rows) - 1


def test_export_attendance_of_a_period_and_a_body(
    run_cli: Run, demo_copy: Path, tmp_path: Path
) -> None:
    done = run_cli(
        "export", "attendance", "--from", "2025-09-01", "--to", "31/03/2026", "--plenary",
        "-o", "assiduite.xlsx", store=demo_copy,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stderr == "Assiduité du 1er septembre 2025 au 31 mars 2026 écrite.\n"
    sheet = load_workbook(tmp_path / "assiduite.xlsx").active
    assert sheet["B3"].value == "Plénière"
    heading = [c.value for c in sheet[7]]
    assert heading[:2] == ["Sigle", "Organisation"] and heading[-1] == "Taux de présence"
    men = next(r for r in sheet.iter_rows(min_row=8, values_only=True) if r[0] == "MEN")
    convened, present, represented, excused, absent, pending = men[2:8]
    assert convened == present + represented + excused + absent + pending > 0
    wrong = run_cli(
        "export", "attendance", "--from", "2026-04-01", "--to", "2026-03-01", "-o", "a.docx",
        store=demo_copy,
    )  # fmt: skip
    assert wrong.returncode == 2 and "postérieure" in wrong.stderr
    both = run_cli(
        "export", "attendance", "--group", "1", "--plenary", "-o", "a.docx", store=demo_copy
    )
    assert both.returncode == 2
    assert "argument --plenary : incompatible avec --group" in both.stderr
    assert not (tmp_path / "a.docx").exists()


def test_export_directory_and_a_wrong_extension(
    run_cli: Run, demo_copy: Path, tmp_path: Path
) -> None:
    done = run_cli("export", "directory", "-o", "annuaire.docx", store=demo_copy)
    assert done.returncode == 0, done.stderr
    assert done.stderr.startswith("Annuaire des membres écrit : 14 organisations, ")
    rows = table_rows(tmp_path / "annuaire.docx")
    assert rows[0] == ["Délégué", "Rôle", "Fonction", "Courriel"]
    assert any(r[0].startswith("MEN – ") for r in rows)
    assert any("@" in r[3] for r in rows)
    for command in ("actions", "attendance", "directory"):
        refused = run_cli("export", command, "-o", "liste.pdf", store=demo_copy)
        assert refused.returncode == 1
        assert refused.stderr == (
            "deliberation : « liste.pdf » ne peut pas recevoir cet export : son nom doit se "
            "terminer par .docx (document Word) ou .xlsx (classeur), pas par .pdf.\n"
        )
    assert not (tmp_path / "liste.pdf").exists()
