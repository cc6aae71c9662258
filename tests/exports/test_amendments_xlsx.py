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


def test_dirty_text_and_formulas_stay_plain_text_in_both_formats(tmp_path: Path) -> None:
    """Text stored before validation existed (control characters), or typed like a formula,
    is written as text the readers open."""
    import uuid
    from datetime import date

    import docx

    from deliberation.exports.amendments_docx import write_amendments_docx
    from deliberation.exports.amendments_table import amendments_table
    from deliberation.records.opinions import AmendmentRecord, Paragraph, plain_lines

    paragraph = Paragraph(uuid.uuid4(), "paragraph", plain_lines("Texte\x07 sale\x00."), 1)
    record = AmendmentRecord(
        1, uuid.uuid4(), 1, paragraph.uuid, 1, "MEN", "replace",
        plain_lines("Autre\x1f texte."), "=1+1 n'est pas une formule\x07.", "proposed",
        date(2026, 3, 2), original=paragraph.text,
    )  # fmt: skip
    table = amendments_table(
        [paragraph], [record], title="Avis\x07", kind="Avis", committee="Comité",
        today=date(2026, 3, 3),
    )  # fmt: skip
    sheet = openpyxl.load_workbook(write_amendments_xlsx(table, tmp_path / "t.xlsx"))[SHEET]
    values = [c.value for row in sheet.iter_rows() for c in row if isinstance(c.value, str)]
    assert "=1+1 n'est pas une formule." in values
    assert not any(ch in v for v in values for ch in "\x00\x07\x1f")
    formula = next(
        c for row in sheet.iter_rows() for c in row if c.value == "=1+1 n'est pas une formule."
    )
    assert formula.data_type == "s"
    document = docx.Document(str(write_amendments_docx(table, tmp_path / "t.docx")))
    (word,) = document.tables
    assert "Justification\u00a0: =1+1 n'est pas une formule." in word.rows[1].cells[3].text
    assert "Texte sale." in word.rows[1].cells[1].text
