"""A consulted organisation's response form: a Word file and a spreadsheet it fills and returns."""

from __future__ import annotations

import io
from xml.sax.saxutils import escape, quoteattr

from deliberation.exports.docx_common import (
    Column,
    DocxWriter,
    Run,
    add_custom_properties,
    para,
)
from deliberation.exports.docx_styles import KICKER, NOTE, TABLE_TEXT
from deliberation.exports.docx_xml import NS, parse, twips
from deliberation.exports.text import xml_safe
from deliberation.records.answers import ResponseForm
from deliberation.records.positions import STANCES
from deliberation.rules.word_exchange import (
    FORM_ID_SHEET,
    FORM_PLACEHOLDER,
    FORM_ROWS,
    FORM_SHEET,
    FORM_SUBJECT,
    PROPERTY_CONSULTATION,
    PROPERTY_ORGANISATION,
    PROPERTY_SUBJECTS,
)
from deliberation.rules.wording import long_date

LABEL_CM = 4.0
TEXT_ROW_CM = 2.4  # the least height of a text row (reservation, reasons, amendment): 5 lines
XLSX_ROW_PT = 90.0  # a subject's row in the spreadsheet: several lines to type in
STANCE_TAG = "dlb_stance"
HOW_TO = (
    "Pour chaque sujet, choisissez la position de votre organisation dans la liste « Position » "
    "(ou écrivez-la : {stances}), puis complétez au besoin la réserve, les motifs et "
    "l'amendement proposé. Une position « Favorable sous réserve » énonce sa réserve. Renvoyez "
    "ce fichier au secrétariat sans changer sa structure ; un sujet laissé sans position n'est "
    "pas compté comme une réponse."
)


def form_title(form: ResponseForm) -> str:
    return f"Formulaire de réponse — {form.consultation_title}"


def deadline_text(form: ResponseForm) -> str:
    """The form's deadline as its mails and pages say it (« dès que possible » without one)."""
    return long_date(form.deadline, weekday=False) if form.deadline else "dès que possible"


def _stance_list() -> str:
    return ", ".join(f"« {label} »" for label in STANCES.values())


def response_form_docx(form: ResponseForm) -> bytes:
    """The Word form: one table per subject with a stance list and room for the texts.

    The form's identity (consultation, organisation, subjects by number) is in its custom
    properties, which Word and LibreOffice keep when the participant saves it.
    """
    writer = DocxWriter()
    writer.properties(
        title=form_title(form),
        subject=form.consultation_title,
        author=form.committee or "Comité",
        keywords="formulaire de réponse",
        category="Formulaire de réponse",
    )
    writer.paragraph(form.committee or "Comité", style=KICKER)
    writer.paragraph(form_title(form), style="Title")
    writer.field_line("Organisation", f"{form.organisation_name} ({form.organisation_acronym})")
    writer.field_line("Réponse attendue", deadline_text(form))
    if form.question:
        writer.lines(form.question)
    writer.paragraph(HOW_TO.format(stances=_stance_list()), style=NOTE)
    width = writer.text_width_cm - LABEL_CM
    for subject in form.subjects:
        heading = [para(Run(subject.label, bold=True), style=TABLE_TEXT)]
        if subject.text and subject.text != subject.label:
            heading += [para(line, style=TABLE_TEXT) for line in subject.text.split("\n")]
        table = writer.table(
            [Column(f"{FORM_SUBJECT} {subject.number}", LABEL_CM), Column("", width)],
            [[label, ""] for label in FORM_ROWS],
        )
        # The heading row holds the subject: its text in the second cell.
        cell = table.rows[0].cells[1]
        for paragraph in list(cell.paragraphs)[1:]:
            paragraph._p.getparent().remove(paragraph._p)
        first = cell.paragraphs[0]
        for run in list(first.runs):
            run._r.getparent().remove(run._r)
        writer._fill(cell, heading, width)
        for paragraph in cell.paragraphs[1:]:  # the text in roman, under its bold label
            for run in paragraph.runs:
                run.bold = False
        _stance_control(table.rows[1].cells[1].paragraphs[0]._p)
        for row in table.rows[2:]:  # the texts: room for several lines of writing
            row._tr.get_or_add_trPr().append(
                parse(f'<w:trHeight {NS} w:val="{twips(TEXT_ROW_CM)}" w:hRule="atLeast"/>')
            )
        writer.paragraph("")
    add_custom_properties(
        writer.document,
        {
            PROPERTY_CONSULTATION: str(form.consultation_uuid),
            PROPERTY_ORGANISATION: str(form.organisation_uuid),
            PROPERTY_SUBJECTS: ";".join(f"{s.number}={s.uuid}" for s in form.subjects),
        },
    )
    return writer.to_bytes()  # every part declaring the namespaces Word declares


def _stance_control(paragraph: object) -> None:
    """A drop-down content control listing the stances (Word's and LibreOffice's list box)."""
    items = "".join(
        f"<w:listItem w:displayText={quoteattr(label)} w:value={quoteattr(label)}/>"
        for label in STANCES.values()
    )
    control = parse(
        f'<w:sdt {NS}><w:sdtPr><w:alias w:val="Position"/><w:tag w:val="{STANCE_TAG}"/>'
        f"<w:showingPlcHdr/><w:dropDownList>{items}</w:dropDownList></w:sdtPr>"
        f'<w:sdtContent><w:r><w:rPr><w:color w:val="808080"/></w:rPr>'
        f"<w:t>{escape(FORM_PLACEHOLDER)}</w:t></w:r></w:sdtContent></w:sdt>"
    )
    paragraph.append(control)  # type: ignore[attr-defined]


def response_form_xlsx(form: ResponseForm) -> bytes:
    """The spreadsheet form: one row per subject, a stance list, and a hidden identity sheet."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.worksheet.datavalidation import DataValidation

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = FORM_SHEET
    sheet.append([xml_safe(form_title(form))])
    sheet["A1"].font = Font(bold=True, size=13)
    sheet.append([xml_safe(f"{form.organisation_name} ({form.organisation_acronym})")])
    sheet.append([f"Réponse attendue : {deadline_text(form)}"])
    sheet.append([HOW_TO.format(stances=_stance_list())])
    sheet.append([])
    header = ["N°", "Sujet", *FORM_ROWS]
    sheet.append(header)
    first_row = sheet.max_row + 1
    for cell in sheet[sheet.max_row]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="E3E9F3")
    wrap = Alignment(wrap_text=True, vertical="top")
    for subject in form.subjects:
        label = subject.label if not subject.text else f"{subject.label}\n{subject.text}"
        sheet.append([subject.number, xml_safe(label), "", "", "", ""])
        for cell in sheet[sheet.max_row]:
            cell.alignment = wrap
        sheet.row_dimensions[sheet.max_row].height = XLSX_ROW_PT
    last_row = sheet.max_row
    for column, width in zip("ABCDEF", (6, 60, 24, 40, 40, 40), strict=True):
        sheet.column_dimensions[column].width = width
    sheet.freeze_panes = f"C{first_row}"
    if form.subjects:
        stances = ",".join(STANCES.values())
        validation = DataValidation(
            type="list",
            formula1=f'"{stances}"',
            allow_blank=True,
            showErrorMessage=True,
            errorTitle="Position",
            error="Choisissez une position de la liste.",
        )
        validation.add(f"C{first_row}:C{last_row}")
        sheet.add_data_validation(validation)
    ids = book.create_sheet(FORM_ID_SHEET)
    ids.append(["consultation", str(form.consultation_uuid)])
    ids.append(["organisation", str(form.organisation_uuid)])
    for subject in form.subjects:
        ids.append([subject.number, str(subject.uuid)])
    ids.sheet_state = "hidden"
    book.properties.title = xml_safe(form_title(form))
    book.properties.creator = xml_safe(form.committee or "Comité")
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
