"""The amendments' table as a landscape Word document: a row per amendment, grouped by paragraph."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from deliberation.exports.amendments_table import (
    DOCUMENT,
    KEYWORDS,
    AmendmentRow,
    AmendmentsTable,
    ParagraphGroup,
)
from deliberation.exports.docx_common import Cell, Column, Para, Run, para
from deliberation.exports.docx_styles import GREY, NOTE, RED, TABLE_TEXT, StyleSpec
from deliberation.exports.text import NBSP, clean_line, french_date, shorten, text_lines

if TYPE_CHECKING:
    from docx.table import Table

INSERTED = "Texte ajouté"
DELETED = "Texte supprimé"
CONFLICT = "Concurrence"
DETAIL = "Détail d'amendement"
LONG_ROW_LINES = 14  # a taller row may break across pages (kept whole, it leaves a blank)

# A character style per treatment, so that the committee sees them at a glance and an editor
# can restyle them all at once (the colours echo those of the positions' synthesis).
TREATMENT_STYLES = {
    "favorable": ("Traitement favorable", "Traitementfavorable", "1E6B34", False),
    "unfavorable": ("Traitement défavorable", "Traitementdefavorable", RED, False),
    "withdrawal_requested": ("Traitement retrait demandé", "Traitementretraitdemande", "8A5A00",
                             False),
    "satisfied": ("Traitement satisfait", "Traitementsatisfait", "2E5597", False),
    "": ("Traitement à examiner", "Traitementaexaminer", GREY, True),
}  # fmt: skip


class _Struck(StyleSpec):
    """A character style whose text is struck through (StyleSpec has no strike of its own)."""

    def run_xml(self) -> str:
        return super().run_xml().replace("<w:rPr>", "<w:rPr><w:strike/>", 1)


AMENDMENT_STYLES = (
    StyleSpec(INSERTED, "Texteajoute", kind="character", based_on=None, color="1D5E2C",
              underline=True),
    _Struck(DELETED, "Textesupprime", kind="character", based_on=None, color=RED),
    StyleSpec(CONFLICT, "Concurrence", based_on="Textedetableau", bold=True, color=RED, before=4),
    StyleSpec(DETAIL, "Detaildamendement", based_on="Textedetableau", size=8, color=GREY,
              before=2),
    *(
        StyleSpec(name, style_id, kind="character", based_on=None, color=colour, italic=italic,
                  bold=not italic)
        for name, style_id, colour, italic in TREATMENT_STYLES.values()
    ),
)  # fmt: skip


def write_amendments_docx(table: AmendmentsTable, target: Path) -> Path:
    """Write the amendments' table as a landscape A4 Word file at `target`: one row per
    amendment in the order of the text, the rows of one paragraph sharing its cells.

    Raises ExportError (one French sentence) when the file cannot be written there.
    """
    from deliberation.exports.docx_common import DocxWriter

    writer = DocxWriter(AMENDMENT_STYLES, landscape=True)
    title = clean_line(table.title) or "Avis"
    writer.properties(
        title=f"{DOCUMENT} – {title}",
        subject=DOCUMENT,
        author=table.committee,
        keywords=KEYWORDS,
        category=DOCUMENT,
    )
    writer.header([(table.committee, DOCUMENT), (shorten(title, 110), table.kind)])
    writer.footer(f"{DOCUMENT} · établi le {french_date(table.today, False)}")
    writer.paragraph(table.kind, style="Surtitre")
    writer.paragraph(title, style="Title")
    writer.paragraph(DOCUMENT, style="Subtitle")
    writer.field_line("État", table.summary())
    if table.partial:
        chosen = ", ".join(g.label for g in table.groups if g.uuid is not None) or "aucun"
        writer.field_line("Paragraphes", chosen)
    writer.field_line("Établi le", french_date(table.today))
    if not table.rows:
        writer.paragraph("Aucun amendement à examiner.", style=NOTE)
        return writer.save(target)
    writer.paragraph(
        f"Dans la colonne « Amendement », le texte supprimé est barré{NBSP}; le texte ajouté "
        "est souligné. Les amendements d'un même paragraphe sont regroupés.",
        style=NOTE,
    )
    width = writer.text_width_cm
    fixed = 1.3 + 2.2 + 4.2 + 3.8
    columns = [
        Column("N°", 1.3, align="center"),
        Column("Paragraphe", (width - fixed) * 0.42),
        Column("Organisation", 2.2),
        Column("Amendement", (width - fixed) * 0.58),
        Column("Traitement proposé", 4.2),
        Column("Décision", 3.8),
    ]
    rows: list[list[Cell]] = []
    spans: list[tuple[int, int]] = []  # the table rows of each group of several amendments
    for group in table.groups:
        first = len(rows) + 1  # row 0 is the heading
        for index, row in enumerate(group.rows):
            rows.append(_row(group, row, index == 0))
        if len(group.rows) > 1:
            spans.append((first, len(rows)))
    made = writer.table(columns, rows, split_over_lines=LONG_ROW_LINES)
    _merge_groups(made, spans)
    return writer.save(target)


def _row(group: ParagraphGroup, row: AmendmentRow, first: bool) -> list[Cell]:
    """A table row; the paragraph's cells are filled on its group's first row only (the
    others are merged into them)."""
    record = row.amendment
    if first:
        number: Cell = [para(Run(group.number, bold=True), style=TABLE_TEXT)]
        paragraph: list[Para] = [para(Run(group.label, bold=True), style=TABLE_TEXT)]
        paragraph += [para(line, style=TABLE_TEXT) for line in text_lines(group.text)]
        if len(group.rows) > 1:
            paragraph.append(
                para(f"{len(group.rows)} amendements sur ce paragraphe.", style=DETAIL)
            )
        if group.conflict:
            paragraph.append(para(clean_line(group.conflict), style=CONFLICT))
    else:
        number, paragraph = "", []
    who = [para(Run(row.organisation, bold=True), style=TABLE_TEXT)]
    if record.author:
        who.append(para(clean_line(record.author), style=DETAIL))
    amendment = [para(Run(row.action, bold=True), style=DETAIL), *_diff(row)]
    if record.justification:
        amendment.append(para(f"Justification{NBSP}: {record.justification}", style=DETAIL))
    style = TREATMENT_STYLES.get(record.treatment, TREATMENT_STYLES[""])[0]
    treatment = [para(Run(row.treatment, style=style), style=TABLE_TEXT)]
    if record.treatment_note:
        treatment += [para(line, style=DETAIL) for line in text_lines(record.treatment_note)]
    decision = [para(row.decision, style=TABLE_TEXT)]
    if record.decision_note:
        decision += [para(line, style=DETAIL) for line in text_lines(record.decision_note)]
    if record.status == "accepted_modified" and record.applied:
        retained = "\n".join(line.text for line in record.applied)
        decision.append(para(f"Texte retenu{NBSP}: {retained}", style=DETAIL))
    return [number, paragraph or "", who, amendment, treatment, decision]


def _diff(row: AmendmentRow) -> list[Para]:
    """The word diff as paragraphs (one per line of the texts), struck and underlined runs."""
    lines: list[list[Run | str]] = [[]]
    for piece in row.pieces:
        style = INSERTED if piece.op == "inserted" else DELETED if piece.op == "deleted" else None
        for index, part in enumerate(piece.text.split("\n")):
            if index:
                lines.append([])
            if part:
                lines[-1].append(Run(part, style=style))
    return [para(*parts, style=TABLE_TEXT) for parts in lines if parts] or [
        para("", style=TABLE_TEXT)
    ]


def _merge_groups(table: Table, spans: list[tuple[int, int]]) -> None:
    """One number and paragraph cell for the rows of a group (a vertical merge)."""
    for first, last in spans:
        for column in (0, 1):
            table.cell(first, column).merge(table.cell(last, column))
