"""The workbook exports' shared pieces, on a real workbook saved and read back."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import Workbook, load_workbook

from deliberation.exports.text import shorten
from deliberation.exports.xlsx_common import (
    LINE_POINTS,
    NAVY,
    SHORT_DATE,
    clean,
    filter_and_freeze,
    font,
    one_sheet_workbook,
    print_setup,
    put,
    row_height,
    title_and_facts,
    wrapped_lines,
)


def test_cells_keep_typed_text_as_text_and_dates_in_their_format(tmp_path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    put(sheet, 1, 1, "=SUM(A2:A3)", font=font(bold=True, colour="1F3864"))
    put(sheet, 1, 2, clean("avant\x07\r\naprès"))
    put(sheet, 1, 3, date(2026, 3, 4), number_format=SHORT_DATE, align="center")
    put(sheet, 1, 4, "")
    print_setup(sheet, 1, "Comité & co", "Avis", "Tableau des amendements")
    path = tmp_path / "essai.xlsx"
    workbook.save(path)

    read = load_workbook(path).active
    assert read["A1"].value == "=SUM(A2:A3)" and read["A1"].data_type == "s"
    assert read["A1"].font.b
    assert read["B1"].value == "avant\naprès"
    assert read["C1"].number_format == SHORT_DATE and read["C1"].alignment.horizontal == "center"
    assert read["D1"].value is None
    assert read.page_setup.orientation == "landscape"
    assert read.oddHeader.left.text == "Comité && co"
    assert read.oddFooter.left.text == "Tableau des amendements"
    assert read.print_title_rows == "$1:$1"  # the heading row on every page


def test_row_heights_follow_the_tallest_wrapped_cell() -> None:
    assert wrapped_lines("un deux trois", 40) == 1
    assert wrapped_lines("ligne\nautre ligne", 40) == 2
    assert wrapped_lines("mot " * 30, 10) > 5
    assert row_height([]) == LINE_POINTS
    assert row_height([("court", 20), ("long " * 40, 20)]) == LINE_POINTS * wrapped_lines(
        "long " * 40, 20
    )
    assert row_height([("x " * 5000, 5)]) == 409.0  # a spreadsheet's tallest row


def test_shorten_cuts_at_a_word_with_an_ellipsis() -> None:
    assert shorten("Avis court", 20) == "Avis court"
    assert shorten("Avis sur les espaces numériques de travail", 20) == "Avis sur les…"
    assert len(shorten("Un titre, assez long pour être coupé", 12)) <= 12


def test_a_one_sheet_workbook_opens_with_its_title_facts_and_a_frozen_filtered_table(
    tmp_path: Path,
) -> None:
    workbook, sheet = one_sheet_workbook(
        sheet_title="Registre", title="Registre des actions", subject="Registre",
        committee="Comité de suivi",
    )  # fmt: skip
    header = title_and_facts(sheet, "Registre des actions", [("Séance", "4 mars"), ("N°", 3)])
    assert header == 5
    put(sheet, header, 1, "Action")
    filter_and_freeze(sheet, header, 3, header, first_scrolled="B")  # no row yet
    path = tmp_path / "registre.xlsx"
    workbook.save(path)

    book = load_workbook(path)
    read = book.active
    assert read.title == "Registre" and len(book.worksheets) == 1
    assert book.properties.title == "Registre des actions"
    assert book.properties.creator == "Comité de suivi" and book.properties.subject == "Registre"
    assert book.properties.language == "fr-FR"
    assert read["A1"].value == "Registre des actions" and read["A1"].font.sz == 14
    assert read["A1"].font.color.rgb.endswith(NAVY)
    assert [(read.cell(r, 1).value, read.cell(r, 2).value) for r in (2, 3)] == [
        ("Séance", "4 mars"),
        ("N°", 3),
    ]
    assert read["A2"].font.b and read["A4"].value is None
    assert read.auto_filter.ref == "A5:C6"  # one row below the heading, even when empty
    assert read.freeze_panes == "B6"
