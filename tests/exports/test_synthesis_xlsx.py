"""The synthesis as an .xlsx workbook, read back as a secretariat that filters and sorts would."""

from __future__ import annotations

import getpass
import re
import shutil
import subprocess
from datetime import datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from openpyxl.worksheet.worksheet import Worksheet

from deliberation.errors import ExportError
from deliberation.exports.synthesis_xlsx import sheet_title
from deliberation.records.positions import (
    CONSENSUS_STATUSES,
    NO_ANSWER,
    POSITION_SOURCES,
    STANCES,
    SUBJECT_KINDS,
)
from deliberation.services.positions import Positions
from deliberation.services.root import Root
from deliberation.services.synthesis_export import export_synthesis

from .conftest import (
    AMENDMENT,
    CONSULTATION,
    DIRTY,
    FORMULA,
    REASONS,
    RECORDER,
    RESERVATION,
    SUBJECTS,
    build_consultation,
)

COMMITTEE = "Comité des partenaires du numérique pour l'éducation"
COLUMNS = [
    "N°", "Sujet", "Statut du sujet", "Sigle", "Organisation", "Position", "Réserve", "Motifs",
    "Amendement proposé", "Source", "Reçue le", "Saisie par",
]  # fmt: skip
SHEET = "Avis sur les espaces numériques"  # the title cut to 31 characters


@pytest.fixture
def exported(positions: Positions, consultation_id: int, tmp_path: Path) -> Path:
    return export_synthesis(Root(positions.store), [consultation_id], tmp_path / "synthèse.xlsx")


def heading_row(sheet: Worksheet, first: str) -> int:
    return next(row for row in range(1, 20) if sheet.cell(row, 1).value == first)


def table(sheet: Worksheet, first: str) -> tuple[int, list[dict[str, Any]]]:
    """The heading row's number and the rows under it as dicts (column title → value)."""
    header = heading_row(sheet, first)
    titles = [c.value for c in sheet[header]]
    found = [
        dict(zip(titles, (c.value for c in row), strict=True))
        for row in sheet.iter_rows(min_row=header + 1)
    ]
    return header, found


def test_one_sheet_per_consultation_filtered_and_frozen_under_its_headings(
    exported: Path,
) -> None:
    workbook = openpyxl.load_workbook(exported)
    assert workbook.sheetnames == [SHEET, "Par sujet", "Relances"]
    assert workbook.active is not None and workbook.active.title == SHEET
    sheet = workbook[SHEET]
    header, rows = table(sheet, "N°")
    assert [c.value for c in sheet[header]] == COLUMNS
    assert len(rows) == 2 * 6
    assert sheet.freeze_panes == f"A{header + 1}"
    assert sheet.auto_filter.ref == f"A{header}:L{header + 12}"
    assert sheet.print_title_rows == f"${header}:${header}"
    assert sheet.page_setup.orientation == "landscape"
    for name in ("Par sujet", "Relances"):
        other = workbook[name]
        first = "Consultation"
        assert other.freeze_panes == f"A{heading_row(other, first) + 1}"
        assert other.auto_filter.ref and other.auto_filter.ref.startswith(
            f"A{heading_row(other, first)}:"
        )
    assert workbook.properties.creator == COMMITTEE != getpass.getuser()
    assert workbook.properties.lastModifiedBy == COMMITTEE

    facts = {sheet.cell(row, 1).value: sheet.cell(row, 3) for row in range(2, header)}
    assert facts["Question"].value == (
        "Approuvez-vous le projet d'avis ?\nPrécisez vos réserves éventuelles."
    )
    assert facts["Ouverture"].value == datetime(2026, 3, 2)
    assert facts["Date limite"].value == datetime(2026, 3, 31)
    assert "mmmm" in facts["Ouverture"].number_format
    assert facts["Règle appliquée"].value.startswith("Consensus : aucun avis défavorable")
    assert facts["Consultées"].value == "6 organisations, dont 5 ont répondu (4 sur chaque sujet)"
    assert sheet["A1"].value == CONSULTATION


def test_each_row_holds_the_stores_position_of_one_organisation_on_one_subject(
    positions: Positions, consultation_id: int, exported: Path
) -> None:
    synthesis = positions.synthesis(consultation_id)
    sheet = openpyxl.load_workbook(exported)[SHEET]
    _, rows = table(sheet, "N°")
    by_cell = {(row["N°"], row["Sigle"]): row for row in rows}
    assert len(by_cell) == len(rows)
    for number, result in enumerate(synthesis.results, start=1):
        for org, acronym, name in synthesis.organisations:
            row = by_cell[(number, acronym)]
            position = synthesis.position(result.subject.id, org)
            assert row["Sujet"] == result.subject.label
            assert row["Statut du sujet"] == CONSENSUS_STATUSES[result.status]
            assert row["Organisation"] == name
            if position is None:
                assert row["Position"] == NO_ANSWER
                assert [row[c] for c in COLUMNS[6:]] == [None] * 6
                continue
            assert row["Position"] == STANCES[position.stance]
            if position.reasons != DIRTY:  # the cleaned one is checked below
                assert row["Motifs"] == (position.reasons or None)
            assert row["Réserve"] == (position.reservation or None)
            assert row["Amendement proposé"] == (position.amendment or None)
            assert row["Source"] == POSITION_SOURCES[position.source]
            assert row["Reçue le"] == datetime.combine(position.received_on, datetime.min.time())
            assert row["Saisie par"] == position.recorded_by
    assert by_cell[(1, "AMF")]["Position"] == "Favorable sous réserve"
    assert by_cell[(1, "AMF")]["Réserve"] == RESERVATION
    assert by_cell[(1, "AMRF")]["Motifs"] == REASONS  # line breaks kept within the cell
    assert by_cell[(1, "ADF")]["Amendement proposé"] == AMENDMENT
    assert by_cell[(1, "ADF")]["Saisie par"] == RECORDER
    assert by_cell[(1, "FU")]["Position"] == by_cell[(2, "AMRF")]["Position"] == "Sans réponse"
    assert by_cell[(2, "RdF")]["Position"] == "Non exprimée"  # recorded: it takes no position
    assert by_cell[(1, "RdF")]["Statut du sujet"] == "Contesté"
    assert by_cell[(2, "RdF")]["Statut du sujet"] == "Consensus avec réserves"
    assert by_cell[(1, "MEN")]["Sujet"] == SUBJECTS[0]

    header = heading_row(sheet, "N°")
    received = next(c for c in sheet["K"][header:] if c.value is not None)
    assert received.is_date and received.number_format == "dd/mm/yyyy"
    reasons = sheet.cell(header + 1, COLUMNS.index("Motifs") + 1)
    assert reasons.alignment.wrap_text


def test_control_characters_go_and_a_leading_equals_sign_stays_text(exported: Path) -> None:
    sheet = openpyxl.load_workbook(exported)[SHEET]
    _, rows = table(sheet, "N°")
    men = next(row for row in rows if row["N°"] == 2 and row["Sigle"] == "MEN")
    assert men["Motifs"] == "Accord total ; voir « annexe »."
    assert men["Amendement proposé"] == FORMULA
    header = heading_row(sheet, "N°")
    cell = next(c for c in sheet["I"][header:] if c.value == FORMULA)  # I: « Amendement proposé »
    assert cell.data_type == "s"


def test_the_summary_and_the_reminders_agree_with_the_store(
    positions: Positions, consultation_id: int, tmp_path: Path
) -> None:
    # The secretariat's own copy, with the addresses (the default copy has none: see below).
    secretariat = export_synthesis(
        Root(positions.store), [consultation_id], tmp_path / "relances.xlsx", addresses=True
    )
    synthesis = positions.synthesis(consultation_id)
    workbook = openpyxl.load_workbook(secretariat)
    _, summary = table(workbook["Par sujet"], "Consultation")
    assert [(r["Consultation"], r["N°"], r["Sujet"]) for r in summary] == [
        (CONSULTATION, 1, SUBJECTS[0]),
        (CONSULTATION, 2, SUBJECTS[1]),
    ]
    for row, result in zip(summary, synthesis.results, strict=True):
        assert row["Statut"] == CONSENSUS_STATUSES[result.status]
        assert row["Nature du sujet"] == SUBJECT_KINDS[result.subject.kind]
        assert [row[label] for label in STANCES.values()] == [
            result.counts[code] for code in STANCES
        ]
        assert row["Date limite"] == datetime(2026, 3, 31)
        assert row["Règle appliquée"] == synthesis.rule_text
    _, reminders = table(workbook["Relances"], "Consultation")
    # AMRF still owes the second subject, FU both; RdF's « non exprimée » is an answer.
    assert reminders == [
        {
            "Consultation": CONSULTATION,
            "Date limite": datetime(2026, 3, 31),
            "Sigle": "AMRF",
            "Organisation": "Association des Maires Ruraux de France",
            "Sujets sans réponse": "2",
            "Courriels des délégués": None,
        },
        {
            "Consultation": CONSULTATION,
            "Date limite": datetime(2026, 3, 31),
            "Sigle": "FU",
            "Organisation": "France Urbaine",
            "Sujets sans réponse": "tous",
            "Courriels des délégués": "l.petit@fu.example",
        },
    ]


def test_a_copy_to_send_out_carries_no_address(exported: Path) -> None:
    workbook = openpyxl.load_workbook(exported)
    cells = [
        str(value)
        for sheet in workbook.worksheets
        for row in sheet.iter_rows(values_only=True)
        for value in row
        if value is not None
    ]
    assert not [cell for cell in cells if "@" in cell], "an address in the copy to send out"
    _, reminders = table(workbook["Relances"], "Consultation")
    assert all("Courriels des délégués" not in row for row in reminders)
    assert [r["Sigle"] for r in reminders] == ["AMRF", "FU"]  # who to chase is still there
    assert reminders[1]["Sujets sans réponse"] == "tous"


def test_sheet_titles_are_valid_and_unique(
    opened: Root, positions: Positions, consultation_id: int, tmp_path: Path
) -> None:
    twin = build_consultation(opened, positions)  # the same title again
    odd = build_consultation(opened, positions, title="Relances : ENT/lycées [2026] ?*")
    path = export_synthesis(
        Root(positions.store), [consultation_id, twin, odd], tmp_path / "trois.XLSX"
    )
    names = openpyxl.load_workbook(path).sheetnames
    assert names == [SHEET, "Avis sur les espaces numéri (2)", "Relances ENT lycées 2026",
                     "Par sujet", "Relances"]  # fmt: skip
    assert all(len(n) <= 31 and not re.search(r"[\[\]:*?/\\]", n) for n in names)
    taken: set[str] = set()
    assert [sheet_title(t, taken) for t in ("", "'Avis'", "history", "a" * 40)] == [
        "Consultation", "Avis", "history (2)", "a" * 31,
    ]  # fmt: skip


def test_a_wrong_suffix_writes_nothing(
    positions: Positions, consultation_id: int, tmp_path: Path
) -> None:
    out = tmp_path / "exports"
    out.mkdir()
    for name in ("synthèse.xls", "synthèse.csv", "synthèse.ods"):
        with pytest.raises(ExportError, match=r"^« synthèse\.\w+ » n'est ni un document Word"):
            export_synthesis(Root(positions.store), [consultation_id], out / name)
    assert list(out.iterdir()) == []


def test_an_existing_file_is_replaced_whole(
    positions: Positions, consultation_id: int, tmp_path: Path
) -> None:
    target = tmp_path / "synthèse.xlsx"
    target.write_bytes(b"an older export")
    export_synthesis(Root(positions.store), [consultation_id], target)
    assert openpyxl.load_workbook(target).sheetnames[0] == SHEET
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".xlsx"] == ["synthèse.xlsx"]


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_opens_and_prints_the_workbook(
    positions: Positions, consultation_id: int, tmp_path: Path, libreoffice_profile: str
) -> None:
    # The secretariat's copy: its reminder sheet is the widest, with the addresses.
    exported = export_synthesis(
        Root(positions.store), [consultation_id], tmp_path / "synthèse.xlsx", addresses=True
    )
    out = tmp_path / "pdf"
    done = subprocess.run(
        ["soffice", "--headless", libreoffice_profile,
         "--convert-to", "pdf", "--outdir", str(out), str(exported)],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    pdf = out / (exported.stem + ".pdf")
    if not pdf.exists() and "could not be loaded" in done.stdout + done.stderr:
        pytest.skip("LibreOffice Calc is not installed")
    info = subprocess.run(
        ["pdfinfo", str(pdf)], check=True, capture_output=True, text=True, timeout=30
    ).stdout
    size = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info)
    assert size and (round(float(size[1])), round(float(size[2]))) == (842, 595)
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True, timeout=30
    ).stdout
    flat = " ".join(text.split())
    for piece in (CONSULTATION, COMMITTEE, "Contesté", "Défavorable", "Non exprimée",
                  "France Urbaine", "12/03/2026", "2 mars 2026", "l.petit@fu.example"):  # fmt: skip
        assert piece in flat, piece
