"""Registers (actions, attendance, the directory) as a Word table or an .xlsx workbook."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from deliberation.exports.docx_common import Cell, Column, Run, para
from deliberation.exports.docx_styles import NOTE, TABLE_TEXT
from deliberation.exports.files import write_atomically
from deliberation.exports.text import NBSP, clean_line, french_date, text_lines
from deliberation.exports.xlsx_common import (
    GREY,
    RULE,
    SHORT_DATE,
    Col,
    alignment,
    clean,
    filter_and_freeze,
    font,
    heading_row,
    one_sheet_workbook,
    print_setup,
    put,
    row_height,
    title_and_facts,
)
from deliberation.rules.wording import numeric_date

if TYPE_CHECKING:  # openpyxl and python-docx are imported only when a file is made
    from docx.table import Table
    from openpyxl import Workbook

Value = str | date | int | float | None
Kind = Literal["text", "date", "number", "rate"]


@dataclass(frozen=True)
class RegisterColumn:
    """A column: its heading, its width in a Word table (cm) and in a worksheet (characters)."""

    title: str
    width_cm: float
    width_chars: float
    kind: Kind = "text"

    @property
    def align(self) -> str | None:
        return None if self.kind == "text" else "center"


@dataclass(frozen=True)
class RegisterGroup:
    """Rows under a heading (an organisation and its delegates); no heading: rows only."""

    heading: str
    rows: tuple[tuple[Value, ...], ...]


@dataclass(frozen=True)
class Register:
    """A table to hand out: what it is, facts about it (period, body…) and its rows.

    In a workbook the groups' headings become a first column (`group_column`) repeated on
    every row, so that a filter keeps whole rows.
    """

    document: str  # « Actions en cours », « Assiduité », « Annuaire des membres »
    committee: str
    today: date
    facts: tuple[tuple[str, str], ...]
    columns: tuple[RegisterColumn, ...]
    groups: tuple[RegisterGroup, ...]
    empty: str  # the sentence shown when there is no row
    group_column: RegisterColumn | None = None
    landscape: bool = False
    keywords: str = ""

    @property
    def row_count(self) -> int:
        return sum(len(g.rows) for g in self.groups)


def shown(value: Value, kind: Kind) -> str:
    """A value as a document prints it: « 06/04/2027 », « 85 % », « 3 »; empty for None."""
    if value is None:
        return ""
    if isinstance(value, date):
        return numeric_date(value)
    if kind == "rate" and isinstance(value, float):
        return f"{round(value * 100)}{NBSP}%"
    return str(value)


# -- Word ----------------------------------------------------------------------------------------


def write_register_docx(register: Register, target: Path) -> Path:
    """A Word document: the title, its facts, then one table (a merged heading row per group).

    Raises ExportError (one French sentence) when the file cannot be written there.
    """
    from deliberation.exports.docx_common import DocxWriter

    writer = DocxWriter(landscape=register.landscape)
    writer.properties(
        title=register.document,
        subject=register.document,
        author=register.committee,
        keywords=register.keywords or register.document,
        category=register.document,
    )
    writer.header([(register.committee, register.document)])
    writer.footer(f"{register.document} · établi le {french_date(register.today, False)}")
    writer.paragraph(register.committee, style="Surtitre")
    writer.paragraph(register.document, style="Title")
    for label, value in register.facts:
        writer.field_line(label, value)
    writer.field_line("Établi le", french_date(register.today))
    if not register.row_count:
        writer.paragraph(register.empty, style=NOTE)
        return writer.save(target)
    scale = writer.text_width_cm / sum(c.width_cm for c in register.columns)
    columns = [Column(c.title, c.width_cm * scale, align=c.align) for c in register.columns]
    rows: list[list[Cell]] = []
    headings: list[int] = []
    for group in register.groups:
        if group.heading:
            heading: list[Cell] = [
                [para(Run(clean_line(group.heading), bold=True), style=TABLE_TEXT)]
            ]
            rows.append(heading + [""] * (len(columns) - 1))
            headings.append(len(rows))  # row 0 is the table's heading
        for values in group.rows:
            rows.append(
                [
                    [para(line, style=TABLE_TEXT) for line in text_lines(shown(v, c.kind))] or ""
                    for v, c in zip(values, register.columns, strict=True)
                ]
            )
    table = writer.table(columns, rows, split_over_lines=12)
    _merge_headings(table, headings, len(columns))
    return writer.save(target)


def _merge_headings(table: Table, rows: Sequence[int], width: int) -> None:
    """A group's heading spans the whole row, on the heading fill."""
    from deliberation.exports.docx_styles import FILL
    from deliberation.exports.docx_xml import parse

    for row in rows:
        merged = table.cell(row, 0).merge(table.cell(row, width - 1))
        tc_pr = merged._tc.get_or_add_tcPr()
        tc_pr.append(parse(f'<w:shd w:val="clear" w:color="auto" w:fill="{FILL}"/>'))


# -- Workbook ------------------------------------------------------------------------------------


def write_register_xlsx(register: Register, target: Path) -> Path:
    """An .xlsx workbook: the title and facts above one filterable table, heading frozen.

    Raises ExportError (one French sentence) when the file cannot be written there.
    """
    workbook = _workbook(register)
    return write_atomically(target, lambda path: workbook.save(str(path)))


def _workbook(register: Register) -> Workbook:
    from openpyxl.styles import Border, Side

    workbook, sheet = one_sheet_workbook(
        sheet_title=register.document[:31],
        title=register.document,
        subject=register.document,
        committee=register.committee,
    )
    facts = [*register.facts, ("Établi le", numeric_date(register.today))]
    header = title_and_facts(sheet, register.document, facts)
    columns = [*([register.group_column] if register.group_column else []), *register.columns]
    heading_row(
        sheet,
        header,
        [
            Col(c.title, c.width_chars, wrap=c.kind == "text", align=c.align,
                number_format=SHORT_DATE if c.kind == "date" else None)
            for c in columns
        ],
    )  # fmt: skip
    rule = Border(bottom=Side(style="thin", color=RULE))
    line = header
    for group in register.groups:
        for values in group.rows:
            line += 1
            cells: list[Value] = [*([group.heading] if register.group_column else []), *values]
            texts: list[tuple[str, float]] = []
            for index, (raw, column) in enumerate(zip(cells, columns, strict=True), start=1):
                written = clean(raw) if isinstance(raw, str) else raw
                cell = put(sheet, line, index, written,
                           number_format=SHORT_DATE if column.kind == "date" else None)  # fmt: skip
                if column.kind == "rate" and isinstance(raw, float):
                    cell.number_format = "0 %"
                cell.alignment = alignment(wrap=column.kind == "text", horizontal=column.align)
                cell.border = rule
                if isinstance(written, str):  # proportional letters: fewer than zeros fit
                    texts.append((written, column.width_chars * 0.85))
            sheet.row_dimensions[line].height = row_height(texts)
    if line == header:
        put(sheet, header + 1, 1, register.empty, font=font(colour=GREY))
    filter_and_freeze(sheet, header, len(columns), line)
    print_setup(sheet, header, register.committee, register.document, register.document)
    return workbook
