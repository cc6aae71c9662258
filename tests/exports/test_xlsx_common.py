"""The workbook exports' shared pieces, on a real workbook saved and read back."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import Workbook, load_workbook

from deliberation.exports.text import shorten
from deliberation.exports.xlsx_common import (
    LINE_POINTS,
    SHORT_DATE,
    clean,
    font,
    print_setup,
    put,
    row_height,
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
