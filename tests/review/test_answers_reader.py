"""Returned response forms read back: as Word saves them, after LibreOffice, as a spreadsheet."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from uuid import UUID

import pytest

from deliberation.errors import ReviewFileError
from deliberation.exports.response_form import response_form_docx, response_form_xlsx
from deliberation.records.answers import FormAnswer
from deliberation.review.answers_reader import read_answers

from ..exports.test_response_form import CONSULTATION, FORM, ORGANISATION
from .formfill import fill_docx, fill_xlsx

ANSWERS = {
    1: {"stance": "Favorable sous réserve", "reservation": "Financement par l'État.",
        "reasons": "Les communes rurales\nn'ont pas les moyens."},
    2: {"stance": "Défavorable", "amendment": "Supprimer ce paragraphe."},
}  # fmt: skip
EXPECTED = (
    FormAnswer(1, UUID(int=1), "Favorable sous réserve", "Financement par l'État.",
               "Les communes rurales\nn'ont pas les moyens.", ""),
    FormAnswer(2, UUID(int=2), "Défavorable", "", "", "Supprimer ce paragraphe."),
)  # fmt: skip


def test_a_form_filled_in_word_reads_as_its_answers(tmp_path: Path) -> None:
    path = tmp_path / "Formulaire - AMF.docx"
    path.write_bytes(fill_docx(response_form_docx(FORM), ANSWERS))
    form = read_answers(path)
    assert (form.consultation_uuid, form.organisation_uuid) == (CONSULTATION, ORGANISATION)
    assert form.answers == EXPECTED


def test_an_untouched_list_is_no_answer(tmp_path: Path) -> None:
    path = tmp_path / "form.docx"
    path.write_bytes(fill_docx(response_form_docx(FORM), {2: ANSWERS[2]}))
    first, second = read_answers(path).answers
    assert first == FormAnswer(1, UUID(int=1), "", "", "", "")
    assert second == EXPECTED[1]


def test_a_filled_spreadsheet_reads_as_its_answers(tmp_path: Path) -> None:
    path = tmp_path / "form.xlsx"
    path.write_bytes(fill_xlsx(response_form_xlsx(FORM), ANSWERS))
    form = read_answers(path)
    assert (form.consultation_uuid, form.organisation_uuid) == (CONSULTATION, ORGANISATION)
    assert form.answers == EXPECTED


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
@pytest.mark.parametrize(
    ("suffix", "make", "fill", "convert"),
    [
        (".docx", response_form_docx, fill_docx, "docx:MS Word 2007 XML"),
        (".xlsx", response_form_xlsx, fill_xlsx, "xlsx:Calc MS Excel 2007 XML"),
    ],
)
def test_a_filled_form_saved_again_by_libreoffice_reads_the_same(
    tmp_path: Path, libreoffice_profile: str, suffix: str, make: object, fill: object,
    convert: str,
) -> None:  # fmt: skip
    source = tmp_path / f"form{suffix}"
    source.write_bytes(fill(make(FORM), ANSWERS))  # type: ignore[operator]
    out = tmp_path / "out"
    subprocess.run(
        ["soffice", "--headless", libreoffice_profile,
         "--convert-to", convert, "--outdir", str(out), str(source)],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    form = read_answers(out / source.name)
    assert (form.consultation_uuid, form.organisation_uuid) == (CONSULTATION, ORGANISATION)
    assert form.answers == EXPECTED


def test_refusals_are_one_sentence(tmp_path: Path) -> None:
    other = tmp_path / "notes.txt"
    other.write_text("Favorable")
    with pytest.raises(ReviewFileError, match="n'est pas un formulaire de réponse"):
        read_answers(other)
    damaged = tmp_path / "form.docx"
    damaged.write_bytes(response_form_docx(FORM)[:2000])
    with pytest.raises(ReviewFileError) as refused:
        read_answers(damaged)
    assert "\n" not in str(refused.value)
    broken = tmp_path / "form.xlsx"
    broken.write_bytes(b"PK\x03\x04 not a workbook")
    with pytest.raises(ReviewFileError, match="endommagé"):
        read_answers(broken)
    plain = tmp_path / "plain.docx"
    import docx

    document = docx.Document()
    document.add_paragraph("Nous sommes favorables.")
    document.save(str(plain))
    with pytest.raises(ReviewFileError, match="n'est pas un formulaire de réponse de Délibération"):
        read_answers(plain)


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_a_form_showing_a_paragraph_s_text_reads_the_same_from_word_libreoffice_and_calc(
    tmp_path: Path, libreoffice_profile: str
) -> None:
    from dataclasses import replace

    text = "Les communes désignent un délégué.\nIl siège au comité ; il rend compte."
    subjects = (FORM.subjects[0], replace(FORM.subjects[1], text=text))
    form = replace(FORM, subjects=subjects)
    word = tmp_path / "form.docx"
    word.write_bytes(fill_docx(response_form_docx(form), ANSWERS))
    sheet = tmp_path / "form.xlsx"
    sheet.write_bytes(fill_xlsx(response_form_xlsx(form), ANSWERS))
    assert read_answers(word).answers == EXPECTED
    assert read_answers(sheet).answers == EXPECTED
    out = tmp_path / "out"
    subprocess.run(
        ["soffice", "--headless", libreoffice_profile, "--convert-to", "docx:MS Word 2007 XML",
         "--outdir", str(out), str(word)],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    assert read_answers(out / word.name).answers == EXPECTED
