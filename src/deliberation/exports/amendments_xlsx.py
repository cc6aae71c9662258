"""The amendments' table as an .xlsx workbook: one row per amendment in text order, to filter."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from deliberation.exports.amendments_table import DOCUMENT, AmendmentRow, AmendmentsTable
from deliberation.exports.files import write_atomically
from deliberation.exports.synthesis_xlsx import STANCE_FILLS
from deliberation.exports.xlsx_common import (
    GREY,
    NAVY,
    NOT_CELL,
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

if TYPE_CHECKING:  # openpyxl is imported only when a workbook is made
    from openpyxl import Workbook
    from openpyxl.worksheet.worksheet import Worksheet

SHEET = "Amendements"
TREATMENT_FILLS = {  # the synthesis' stance colours, for the same meanings
    "favorable": STANCE_FILLS["favorable"],
    "unfavorable": STANCE_FILLS["unfavorable"],
    "withdrawal_requested": STANCE_FILLS["reserved"],
    "satisfied": STANCE_FILLS["abstention"],
}
INSERTED_COLOUR, DELETED_COLOUR, CONFLICT_COLOUR = "1D5E2C", "B00020", "B00020"
COLUMNS = (
    Col("N°", 6, align="center"),
    Col("Paragraphe", 18, wrap=True),
    Col("Texte du paragraphe", 48, wrap=True),
    Col("Concurrence", 30, wrap=True),
    Col("Organisation", 13, wrap=True),
    Col("Action", 14, wrap=True),
    Col("Amendement (supprimé barré, ajouté souligné)", 56, wrap=True),
    Col("Justification", 36, wrap=True),
    Col("Reçu le", 12, number_format=SHORT_DATE, align="center"),
    Col("Traitement proposé", 17, wrap=True),
    Col("Note du rapporteur", 30, wrap=True),
    Col("Décision", 22, wrap=True),
    Col("Note de décision", 30, wrap=True),
)
DIFF_COLUMN = 7
TREATMENT_COLUMN = 10


def write_amendments_xlsx(table: AmendmentsTable, target: Path) -> Path:
    """Write the amendments' table as an .xlsx workbook at `target`: one sheet, one row per
    amendment; each row repeats its paragraph so that a filter keeps whole rows.

    Raises ExportError (one French sentence) when the file cannot be written there.
    """
    workbook = _workbook(table)
    return write_atomically(target, lambda path: workbook.save(str(path)))


def _workbook(table: AmendmentsTable) -> Workbook:
    title = clean(table.title) or "Avis"
    workbook, sheet = one_sheet_workbook(
        sheet_title=SHEET,
        title=f"{DOCUMENT} – {title}"[:250],
        subject=DOCUMENT,
        committee=table.committee,
    )
    facts = [("Texte", f"{table.kind} « {title} »"), ("État", table.summary())]
    if table.partial:
        facts.append(("Paragraphes", ", ".join(g.label for g in table.groups if g.uuid) or "—"))
    header = title_and_facts(sheet, f"{DOCUMENT} – {title}", facts)
    _table(sheet, header, table)
    print_setup(sheet, header, table.committee, title, DOCUMENT)
    return workbook


def _table(sheet: Worksheet, header: int, table: AmendmentsTable) -> None:
    """The heading row, a row per amendment, a filter over all and the heading frozen."""
    from openpyxl.styles import Border, PatternFill, Side

    rule = Side(style="thin", color=RULE)
    group_rule = Side(style="medium", color=NAVY)
    heading_row(sheet, header, COLUMNS)
    line = header
    for group in table.groups:
        for index, row in enumerate(group.rows):
            line += 1
            values = _values(group.number, group.label, group.text, group.conflict, row)
            texts = []
            for column_index, (value, column) in enumerate(
                zip(values, COLUMNS, strict=True), start=1
            ):
                cell = put(sheet, line, column_index, value, number_format=column.number_format)
                cell.alignment = alignment(wrap=column.wrap, horizontal=column.align)
                last = index == len(group.rows) - 1
                cell.border = Border(bottom=group_rule if last else rule)
                if column.wrap and isinstance(value, str):
                    texts.append((value, column.width))
            diff = sheet.cell(row=line, column=DIFF_COLUMN)
            diff.value = _rich_diff(row)
            texts.append((row.diff_text, COLUMNS[DIFF_COLUMN - 1].width))
            treatment = sheet.cell(row=line, column=TREATMENT_COLUMN)
            fill = TREATMENT_FILLS.get(row.amendment.treatment)
            if fill:
                treatment.fill = PatternFill("solid", fgColor=fill)
            else:
                treatment.font = font(colour=GREY)
            if group.conflict:
                sheet.cell(row=line, column=4).font = font(bold=True, colour=CONFLICT_COLOUR)
            sheet.row_dimensions[line].height = row_height(texts)
    filter_and_freeze(sheet, header, len(COLUMNS), line, first_scrolled="C")


def _values(number: str, label: str, text: str, conflict: str, row: AmendmentRow) -> list[Any]:
    record = row.amendment
    return [
        number,
        label,
        clean(text),
        clean(conflict),
        row.organisation,
        row.action,
        clean(row.diff_text),  # replaced by the rich text below; kept for the height
        clean(record.justification),
        record.proposed_on,
        row.treatment,
        clean(record.treatment_note),
        row.decision,
        clean(record.decision_note),
    ]


def _rich_diff(row: AmendmentRow) -> Any:
    """The word diff as rich text: removed words struck through in red, added ones underlined
    in green; plain text when nothing changed."""
    from openpyxl.cell.rich_text import CellRichText, TextBlock
    from openpyxl.cell.text import InlineFont

    inserted = InlineFont(rFont="Calibri", sz=11, color=INSERTED_COLOUR, u="single")
    deleted = InlineFont(rFont="Calibri", sz=11, color=DELETED_COLOUR, strike=True)
    parts: list[Any] = []
    for piece in row.pieces:
        text = NOT_CELL.sub("", piece.text)  # not stripped: the spaces between words count
        if not text:
            continue
        if piece.op == "inserted":
            parts.append(TextBlock(inserted, text))
        elif piece.op == "deleted":
            parts.append(TextBlock(deleted, text))
        else:
            parts.append(text)
    if not any(isinstance(p, TextBlock) for p in parts):
        return "".join(str(p) for p in parts) or None
    return CellRichText(parts)
