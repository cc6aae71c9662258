"""The response form read back: Word's tables and list, document properties, the spreadsheet."""

from __future__ import annotations

import io
from datetime import date
from uuid import UUID

import docx
from openpyxl import load_workbook

from deliberation.exports.response_form import response_form_docx, response_form_xlsx
from deliberation.records.answers import FormSubject, ResponseForm
from deliberation.records.positions import STANCES
from deliberation.review.docx_reader import read_review_bytes

CONSULTATION, ORGANISATION = UUID(int=0xC0), UUID(int=0x0A)
SUBJECTS = (
    FormSubject(1, UUID(int=1), "Projet d'avis sur la sobriété numérique"),
    FormSubject(2, UUID(int=2), "Paragraphe 3 — Les communes désignent un délégué …"),
)
FORM = ResponseForm(
    consultation_uuid=CONSULTATION,
    consultation_title="Sobriété numérique",
    question="Quelle est votre position ?",
    deadline=date(2026, 3, 26),
    committee="Comité des partenaires",
    organisation_uuid=ORGANISATION,
    organisation_acronym="AMF",
    organisation_name="Association des maires de France",
    subjects=SUBJECTS,
)


def test_the_word_form_has_one_table_per_subject_with_a_stance_list() -> None:
    data = response_form_docx(FORM)
    document = docx.Document(io.BytesIO(data))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Formulaire de réponse — Sobriété numérique" in text
    assert "Association des maires de France (AMF)" in text
    assert "26 mars 2026" in text
    assert len(document.tables) == 2
    first = document.tables[0]
    assert [row.cells[0].text for row in first.rows] == [
        "Sujet n° 1", "Position", "Réserve", "Motifs", "Amendement proposé"
    ]  # fmt: skip
    assert first.rows[0].cells[1].text == "Projet d'avis sur la sobriété numérique"
    stance_cell = first.rows[1].cells[1]._tc
    items = stance_cell.xpath(".//w:dropDownList/w:listItem/@w:displayText")
    assert items == list(STANCES.values())
    properties = read_review_bytes(data, "form.docx").properties
    assert properties["DeliberationConsultation"] == str(CONSULTATION)
    assert properties["DeliberationOrganisation"] == str(ORGANISATION)
    assert properties["DeliberationSubjects"] == f"1={UUID(int=1)};2={UUID(int=2)}"


def test_the_spreadsheet_lists_the_subjects_with_a_hidden_identity_sheet() -> None:
    book = load_workbook(io.BytesIO(response_form_xlsx(FORM)))
    sheet = book["Réponses"]
    rows = [row for row in sheet.iter_rows(values_only=True) if row and row[0] is not None]
    header = rows.index(("N°", "Sujet", "Position", "Réserve", "Motifs", "Amendement proposé"))
    assert [r[:2] for r in rows[header + 1 :]] == [(1, SUBJECTS[0].label), (2, SUBJECTS[1].label)]
    (validation,) = sheet.data_validations.dataValidation
    assert validation.formula1 == '"' + ",".join(STANCES.values()) + '"'
    ids = book["Identification"]
    assert ids.sheet_state == "hidden"
    assert [tuple(r) for r in ids.iter_rows(values_only=True)] == [
        ("consultation", str(CONSULTATION)),
        ("organisation", str(ORGANISATION)),
        (1, str(UUID(int=1))),
        (2, str(UUID(int=2))),
    ]


def test_a_paragraph_s_full_text_is_shown_and_the_text_rows_leave_room_to_write() -> None:
    from dataclasses import replace

    from docx.shared import Cm

    text = "Les communes désignent un délégué au numérique éducatif.\nIl siège au comité."
    form = replace(FORM, subjects=(replace(SUBJECTS[1], text=text),))
    document = docx.Document(io.BytesIO(response_form_docx(form)))
    (table,) = document.tables
    assert [p.text for p in table.rows[0].cells[1].paragraphs] == [
        SUBJECTS[1].label,
        "Les communes désignent un délégué au numérique éducatif.",
        "Il siège au comité.",
    ]
    label, *lines = table.rows[0].cells[1].paragraphs
    assert all(r.bold for r in label.runs)
    assert all(r.bold is False for line in lines for r in line.runs)  # not the heading's bold
    assert table.rows[1].height is None  # the stance: one line
    for row in table.rows[2:]:  # reservation, reasons, amendment: several lines to write in
        assert row.height_rule is not None and row.height_rule.name == "AT_LEAST"
        assert row.height is not None and row.height >= Cm(2)
    sheet = load_workbook(io.BytesIO(response_form_xlsx(form)))["Réponses"]
    (row,) = [r for r in sheet.iter_rows() if r[0].value == 2]
    assert row[1].value == f"{SUBJECTS[1].label}\n{text}"
    assert sheet.row_dimensions[row[0].row].height >= 60
