"""The synthesis of consultations as an .xlsx workbook: one sheet per consultation, to filter."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from deliberation.exports import synthesis_common as common
from deliberation.exports.files import write_atomically
from deliberation.exports.synthesis_common import DOCUMENT, SynthesisExport
from deliberation.exports.xlsx_common import (
    GREY,
    LONG_DATE,
    RULE,
    SHORT_DATE,
    Col,
    alignment,
    clean,
    filter_and_freeze,
    font,
    heading_row,
    print_setup,
    put,
    row_height,
)
from deliberation.records.positions import (
    CONSENSUS_STATUSES,
    NO_ANSWER,
    POSITION_SOURCES,
    STANCES,
    SUBJECT_KINDS,
    Synthesis,
)

if TYPE_CHECKING:  # openpyxl is imported only when a workbook is made
    from openpyxl import Workbook
    from openpyxl.worksheet.worksheet import Worksheet

SUMMARY_SHEET = "Par sujet"
REMINDER_SHEET = "Relances"
_BAD_TITLE = re.compile(r"[\[\]:*?/\\]")
_TITLE_MAX = 31

STANCE_FILLS = {
    "favorable": "DFF0E3",
    "reserved": "FFF1CC",
    "unfavorable": "F9D9DD",
    "abstention": "E4E8F0",
    "not_expressed": "F2F2F2",
}
STATUS_COLOURS = {
    "consensus": "1E6B34",
    "consensus_with_reservations": "8A5A00",
    "disputed": "B00020",
    "not_enough_answers": GREY,
}


POSITION_COLUMNS = (
    Col("N°", 6, align="center"),
    Col("Sujet", 34, wrap=True),
    Col("Statut du sujet", 17, wrap=True),
    Col("Sigle", 10),
    Col("Organisation", 32, wrap=True),
    Col("Position", 15, wrap=True),
    Col("Réserve", 38, wrap=True),
    Col("Motifs", 46, wrap=True),
    Col("Amendement proposé", 40, wrap=True),
    Col("Source", 16, wrap=True),
    Col("Reçue le", 12, number_format=SHORT_DATE, align="center"),
    Col("Saisie par", 16, wrap=True),
)
SUMMARY_COLUMNS = (
    Col("Consultation", 36, wrap=True),
    Col("N°", 6, align="center"),
    Col("Sujet", 40, wrap=True),
    Col("Nature du sujet", 18, wrap=True),
    Col("Statut", 17, wrap=True),
    *(Col(label, 12, align="center") for label in STANCES.values()),
    Col(NO_ANSWER, 12, align="center"),
    Col("Date limite", 12, number_format=SHORT_DATE, align="center"),
    Col("Règle appliquée", 48, wrap=True),
)
REMINDER_COLUMNS = (
    Col("Consultation", 36, wrap=True),
    Col("Date limite", 12, number_format=SHORT_DATE, align="center"),
    Col("Sigle", 10),
    Col("Organisation", 36, wrap=True),
    Col("Sujets sans réponse", 12, wrap=True, align="center"),
    Col("Courriels des délégués", 60, wrap=True),
)


def write_synthesis_xlsx(
    syntheses: Sequence[Synthesis],
    target: Path,
    *,
    committee: str = "",
    meetings: Mapping[int, str] | None = None,
    today: date | None = None,
    addresses: bool = False,
    author: str = "",
) -> Path:
    """Write the syntheses as an .xlsx workbook at `target`: a sheet per consultation (one row
    per organisation and subject), then the status per subject and the answers to chase.

    The delegates' e-mail addresses (to chase the answers) are written only with `addresses`,
    for the secretariat's own copy; by default the workbook is a copy fit to send out.

    `committee` names the author (never the computer's user) unless `author` is given
    (Préférences); `meetings` gives, by meeting id, how to name the meeting a consultation was
    opened for. Raises ExportError (one French sentence) when there is nothing to write or the
    file cannot be written there.
    """
    export = SynthesisExport.of(syntheses, committee, meetings, today, clean)
    workbook = _workbook(export, addresses)
    if clean(author):
        workbook.properties.creator = workbook.properties.lastModifiedBy = clean(author)
    return write_atomically(target, lambda path: workbook.save(str(path)))


def sheet_title(text: str, taken: set[str]) -> str:
    """A valid, unused sheet title from `text` (≤ 31 characters, none of []:*?/\\); adds it to
    `taken` (compared without case, as spreadsheets do)."""
    base = " ".join(_BAD_TITLE.sub(" ", clean(text)).split()).strip("'") or "Consultation"
    number = 1
    while True:
        suffix = f" ({number})" if number > 1 else ""
        title = base[: _TITLE_MAX - len(suffix)].rstrip(" '") + suffix
        if title.casefold() not in taken and title.casefold() != "history":
            taken.add(title.casefold())
            return title
        number += 1


# -- The workbook ----------------------------------------------------------------------------------


def _workbook(export: SynthesisExport, addresses: bool) -> Workbook:
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.remove(workbook.active)  # type: ignore[arg-type]
    taken = {SUMMARY_SHEET.casefold(), REMINDER_SHEET.casefold()}
    syntheses, committee, today = export.syntheses, export.committee, export.today
    for synthesis in syntheses:
        sheet = workbook.create_sheet(sheet_title(synthesis.consultation.title, taken))
        _consultation_sheet(sheet, synthesis, committee, export.meeting(synthesis), today)
    _summary_sheet(workbook.create_sheet(SUMMARY_SHEET), syntheses, committee, today)
    reminders = workbook.create_sheet(REMINDER_SHEET)
    _reminder_sheet(reminders, syntheses, committee, today, addresses)
    workbook.active = 0
    props = workbook.properties
    props.title = export.title
    props.subject = DOCUMENT
    props.creator = props.lastModifiedBy = committee
    props.keywords = common.KEYWORDS
    props.category = DOCUMENT
    props.language = "fr-FR"
    props.description = None
    props.created = props.modified = datetime.now(UTC).replace(microsecond=0, tzinfo=None)
    return workbook


def _consultation_sheet(
    sheet: Worksheet, synthesis: Synthesis, committee: str, meeting: str, today: date
) -> None:
    snap = synthesis.consultation
    put(sheet, 1, 1, clean(snap.title) or "Consultation", font=font(size=14, bold=True))
    facts: list[tuple[str, Any, str | None]] = [
        ("Question", clean(snap.question) or "—", None),
        ("Ouverture", snap.opened_on, LONG_DATE),
        ("Date limite", snap.deadline or "Aucune", LONG_DATE),
    ]
    if meeting:
        facts.append(("Séance", clean(meeting), None))
    facts += [
        ("Consultées", common.consulted(synthesis), None),
        ("Règle appliquée", clean(synthesis.rule_text), None),
        ("État au", today, LONG_DATE),
    ]  # fmt: skip
    header = _facts(sheet, facts, POSITION_COLUMNS, 3)
    rows: list[list[Any]] = []
    for number, result in enumerate(synthesis.results, start=1):
        subject = result.subject
        status = CONSENSUS_STATUSES.get(result.status, result.status)
        for organisation_id, acronym, name in synthesis.organisations:
            position = synthesis.position(subject.id, organisation_id)
            stance = (NO_ANSWER, "not_expressed")  # filled like « non exprimée » (no stance)
            if position:
                stance = (STANCES.get(position.stance, position.stance), position.stance)
            rows.append([
                number,
                common.subject_label(subject, clean),
                (status, result.status),
                clean(acronym),
                clean(name),
                stance,
                clean(position.reservation) if position else "",
                clean(position.reasons) if position else "",
                clean(position.amendment) if position else "",
                POSITION_SOURCES.get(position.source, position.source) if position else "",
                position.received_on if position else None,
                clean(position.recorded_by) if position else "",
            ])  # fmt: skip
    _table(sheet, header, POSITION_COLUMNS, rows)
    print_setup(sheet, header, committee, clean(snap.title), DOCUMENT)


def _summary_sheet(
    sheet: Worksheet, syntheses: Sequence[Synthesis], committee: str, today: date
) -> None:
    put(sheet, 1, 1, "Statut et décompte des positions par sujet", font=font(size=14, bold=True))
    header = _facts(sheet, [("État au", today, LONG_DATE)], SUMMARY_COLUMNS, 2)
    rows: list[list[Any]] = []
    for synthesis in syntheses:
        snap = synthesis.consultation
        for number, result in enumerate(synthesis.results, start=1):
            subject = result.subject
            rows.append([
                clean(snap.title),
                number,
                common.subject_label(subject, clean),
                SUBJECT_KINDS.get(subject.kind, subject.kind),
                (CONSENSUS_STATUSES.get(result.status, result.status), result.status),
                *(result.counts.get(code, 0) for code in STANCES),
                result.unanswered,
                snap.deadline,
                clean(synthesis.rule_text),
            ])  # fmt: skip
    _table(sheet, header, SUMMARY_COLUMNS, rows)
    print_setup(sheet, header, committee, "Statut par sujet", DOCUMENT)


def _reminder_sheet(
    sheet: Worksheet,
    syntheses: Sequence[Synthesis],
    committee: str,
    today: date,
    addresses: bool,
) -> None:
    """Who owes an answer; with `addresses`, their delegates' e-mail addresses as well."""
    columns = REMINDER_COLUMNS if addresses else REMINDER_COLUMNS[:-1]
    put(sheet, 1, 1, "Organisations sans réponse", font=font(size=14, bold=True))
    header = _facts(sheet, [("État au", today, LONG_DATE)], columns, 2)
    rows: list[list[Any]] = []
    for synthesis in syntheses:
        names = {org: name for org, _, name in synthesis.organisations}
        for org, acronym, emails in synthesis.missing:
            rows.append([
                clean(synthesis.consultation.title),
                synthesis.consultation.deadline,
                clean(acronym),
                clean(names.get(org, "")),
                common.owed_subjects(synthesis, org),
                *(["; ".join(clean(e) for e in emails if clean(e))] if addresses else []),
            ])  # fmt: skip
    _table(sheet, header, columns, rows)
    print_setup(sheet, header, committee, "Organisations sans réponse", DOCUMENT)


# -- Cells and tables ------------------------------------------------------------------------------


def _facts(
    sheet: Worksheet,
    facts: Sequence[tuple[str, Any, str | None]],
    columns: Sequence[Col],
    first: int,
) -> int:
    """« Label  value » rows from row 2, each value merged from column `first` to the table's
    last column; returns the row of the table's heading (a blank row further down)."""
    span = sum(c.width for c in columns[first - 1 :])
    for row, (label, value, number_format) in enumerate(facts, start=2):
        put(sheet, row, 1, label, font=font(bold=True, colour=GREY))
        sheet.cell(row=row, column=1).alignment = alignment()
        cell = put(sheet, row, first, value, number_format=number_format)
        cell.alignment = alignment(wrap=True, horizontal="left")
        sheet.merge_cells(start_row=row, start_column=first, end_row=row, end_column=len(columns))
        if isinstance(value, str):  # spreadsheets do not size merged cells' rows themselves
            sheet.row_dimensions[row].height = row_height([(value, span)])
    return len(facts) + 3


def _table(sheet: Worksheet, header: int, columns: Sequence[Col], rows: list[list[Any]]) -> None:
    """A heading row at `header`, the rows under it, a filter over all and the heading frozen.

    A cell given as (label, code) shows the label, filled or coloured after the code.
    """
    from openpyxl.styles import Border, PatternFill, Side

    rule = Side(style="thin", color=RULE)
    heading_row(sheet, header, columns)
    for offset, values in enumerate(rows, start=1):
        texts = []
        for index, (value, column) in enumerate(zip(values, columns, strict=True), start=1):
            code = None
            if isinstance(value, tuple):
                value, code = value
            cell = put(sheet, header + offset, index, value, number_format=column.number_format)
            cell.alignment = alignment(wrap=column.wrap, horizontal=column.align)
            cell.border = Border(bottom=rule)
            if code in STANCE_FILLS:
                cell.fill = PatternFill("solid", fgColor=STANCE_FILLS[code])
            elif code in STATUS_COLOURS:
                cell.font = font(bold=True, colour=STATUS_COLOURS[code])
                texts.append((str(value), column.width * 0.9))
                continue
            if column.wrap and isinstance(value, str):
                texts.append((value, column.width))
        sheet.row_dimensions[header + offset].height = row_height(texts)
    filter_and_freeze(sheet, header, len(columns), header + len(rows))
