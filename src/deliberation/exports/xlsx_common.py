"""Shared pieces of the workbook exports: colours, columns, cells, row heights, print setup."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # openpyxl is imported only when a workbook is made
    from openpyxl import Workbook
    from openpyxl.worksheet.worksheet import Worksheet

SHORT_DATE = "dd/mm/yyyy"
LONG_DATE = "[$-40C]d mmmm yyyy"  # « 1 mars 2026 » in French whatever the reader's locale
LINE_POINTS = 15.0  # a line of Calibri 11 with its leading
NAVY, GREY, FILL, RULE = "1F3864", "5A6474", "E3E9F3", "B4C0D6"

# Characters a worksheet refuses (openpyxl raises IllegalCharacterError) or XML cannot hold.
NOT_CELL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


@dataclass(frozen=True)
class Col:
    """A table column: its heading, width (in characters) and how its cells are shown."""

    title: str
    width: float
    wrap: bool = False
    number_format: str | None = None
    align: str | None = None  # "center" for numbers and dates


def one_sheet_workbook(
    *, sheet_title: str, title: str, subject: str, committee: str
) -> tuple[Workbook, Worksheet]:
    """A workbook of one sheet, its properties filled: the committee as author, in French."""
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = sheet_title
    workbook.properties.title = title
    workbook.properties.creator = workbook.properties.lastModifiedBy = committee
    workbook.properties.subject = subject
    workbook.properties.language = "fr-FR"
    return workbook, sheet


def title_and_facts(sheet: Worksheet, title: str, facts: Sequence[tuple[str, Any]]) -> int:
    """The sheet's title in A1 (large, navy), then « label  value » rows from row 2; returns
    the row of the table's heading (a blank row further down)."""
    put(sheet, 1, 1, title, font=font(size=14, bold=True, colour=NAVY))
    for row, (label, value) in enumerate(facts, start=2):
        put(sheet, row, 1, label, font=font(bold=True, colour=GREY))
        put(sheet, row, 2, value)
    return len(facts) + 3


def filter_and_freeze(
    sheet: Worksheet, header: int, width: int, last_row: int, first_scrolled: str = "A"
) -> None:
    """A filter over the table from its heading row to `last_row` (at least one row below the
    heading), `width` columns wide; the heading frozen, and the columns before
    `first_scrolled` too."""
    from openpyxl.utils import get_column_letter

    last_cell = f"{get_column_letter(width)}{max(last_row, header + 1)}"
    sheet.auto_filter.ref = f"A{header}:{last_cell}"
    sheet.freeze_panes = f"{first_scrolled}{header + 1}"


def clean(text: str) -> str:
    """The text as a cell can hold it: control characters gone, line breaks as « \\n »."""
    return NOT_CELL.sub("", text.replace("\r\n", "\n").replace("\r", "\n")).strip()


def put(
    sheet: Worksheet,
    row: int,
    column: int,
    value: Any,
    *,
    font: Any = None,
    number_format: str | None = None,
    align: str | None = None,
) -> Any:
    """Write `value` in a cell (text always as text, never a formula); the cell."""
    cell = sheet.cell(row=row, column=column)
    cell.value = value if value != "" else None  # an empty cell, not an empty string
    if isinstance(value, str) and value:
        cell.data_type = "s"  # « =… » or « #N/A » typed by someone stays text, never a formula
    if font is not None:
        cell.font = font
    if number_format and isinstance(value, date):
        cell.number_format = number_format
    if align:
        cell.alignment = alignment(horizontal=align)
    return cell


def font(*, size: float = 11, bold: bool = False, colour: str | None = None) -> Any:
    """A Calibri font of that size, weight and colour."""
    from openpyxl.styles import Font

    return Font(name="Calibri", size=size, bold=bold, color=colour)


def alignment(*, wrap: bool = False, horizontal: str | None = None) -> Any:
    """Top-aligned, wrapped or not."""
    from openpyxl.styles import Alignment

    return Alignment(vertical="top", wrap_text=wrap, horizontal=horizontal)


def row_height(texts: Sequence[tuple[str, float]]) -> float:
    """Points for a row whose wrapped cells hold these (text, column width) pairs.

    Excel sizes such rows when it opens the file, but not merged cells, and LibreOffice keeps
    the default height: the row is given the height of its tallest cell, wrapped word by word.
    """
    return min(409.0, LINE_POINTS * max([1, *(wrapped_lines(t, w) for t, w in texts)]))


def wrapped_lines(text: str, width: float) -> int:
    """How many lines `text` takes wrapped word by word in a column `width` zeros wide."""
    room = max(4, int(width * 1.2))  # characters of a line in a column `width` zeros wide
    lines = 0
    for paragraph in text.split("\n"):
        lines += 1
        used = 0
        for word in paragraph.split():
            if used and used + 1 + len(word) > room:
                lines += 1
                used = 0
            used += (1 if used else 0) + len(word)
            while used > room:  # a word longer than the line
                lines += 1
                used -= room
    return lines


def heading_row(sheet: Worksheet, header: int, columns: Sequence[Col]) -> None:
    """A table's heading row at row `header`: the columns' widths, bold navy titles on the
    heading fill, wrapped, a navy rule below, and the row as high as its longest title."""
    from openpyxl.styles import Border, PatternFill, Side
    from openpyxl.utils import get_column_letter

    heading_fill = PatternFill("solid", fgColor=FILL)
    for index, column in enumerate(columns, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = column.width
        cell = put(sheet, header, index, column.title, font=font(bold=True, colour=NAVY))
        cell.fill = heading_fill
        cell.alignment = alignment(wrap=True, horizontal=column.align)
        cell.border = Border(bottom=Side(style="medium", color=NAVY))
    sheet.row_dimensions[header].height = row_height(
        [(c.title, c.width * 0.9) for c in columns]  # bold is wider
    )


def print_setup(sheet: Worksheet, header: int, committee: str, title: str, document: str) -> None:
    """Landscape A4, as wide as the page, the heading row on every page, the committee and the
    title in the header, the `document`'s name and page numbers in the footer."""
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = f"{header}:{header}"
    sheet.print_options.gridLines = False
    sheet.oddHeader.left.text = committee.replace("&", "&&")
    sheet.oddHeader.right.text = title.replace("&", "&&")[:120]
    sheet.oddFooter.left.text = document
    sheet.oddFooter.right.text = "Page &P / &N"
