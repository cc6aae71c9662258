"""The amendments' table as a workbook, read back with openpyxl: text order, diff, colours."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from openpyxl.cell.rich_text import CellRichText
from tests.exports.amended_opinion import build_amended_opinion

from deliberation.exports.amendments_xlsx import COLUMNS, SHEET, write_amendments_xlsx
from deliberation.services.amendments_export import opinion_amendments
from deliberation.services.root import Root


def test_the_workbook_has_a_row_per_amendment_in_text_order(opened: Root, tmp_path: Path) -> None:
    amended = build_amended_opinion(opened)
    target = write_amendments_xlsx(
        opinion_amendments(opened.opinions, opened.referential, amended.opinion_id),
        tmp_path / "tableau.xlsx",
    )
    sheet = openpyxl.load_workbook(target)[SHEET]
    header = next(row[0].row for row in sheet.iter_rows() if row[0].value == "N°")
    titles = [c.value for c in sheet[header]]
    assert titles == [c.title for c in COLUMNS]
    rows = [
        dict(zip(titles, (c.value for c in row), strict=True))
        for row in sheet.iter_rows(min_row=header + 1)
    ]
    assert [(r["N°"], r["Organisation"]) for r in rows] == [
        ("1", "FU"), ("2", "AMF"), ("2", "ADF"), ("R1", "AMRF")
    ]  # fmt: skip
    assert rows[1]["Texte du paragraphe"] == "Les familles accèdent aux ENT."
    assert rows[1]["Concurrence"] == rows[2]["Concurrence"]
    assert "Amendements en concurrence (AMF et ADF)" in rows[1]["Concurrence"]
    assert rows[0]["Concurrence"] is None
    assert [r["Traitement proposé"] for r in rows] == [
        "À examiner", "Favorable", "Défavorable", "Satisfait"
    ]  # fmt: skip
    assert rows[3]["Note du rapporteur"] == "Déjà couvert par le paragraphe 1."
    assert rows[0]["Décision"].startswith("Rejeté le ") and rows[0]["Note de décision"] == (
        "Hors sujet."
    )
    assert sheet.auto_filter.ref.startswith(f"A{header}:")
    assert sheet.page_setup.orientation == "landscape"
    # the diff keeps its struck and underlined words
    rich = openpyxl.load_workbook(target, rich_text=True)[SHEET].cell(header + 2, 7).value
    assert isinstance(rich, CellRichText)
    assert str(rich) == "Les familles accèdent aux ENT depuis un téléphone."
    (added,) = [b for b in rich if not isinstance(b, str)]
    assert added.text == " depuis un téléphone" and added.font.u == "single"
