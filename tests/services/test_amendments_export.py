"""Exporting the amendments' table: the suffix chooses the format, bad requests are refused."""

from __future__ import annotations

from pathlib import Path

import docx
import openpyxl
import pytest
from tests.exports.amended_opinion import build_amended_opinion

from deliberation.errors import ExportError, NotFoundError
from deliberation.services.amendments_export import export_amendments
from deliberation.services.root import Root


def test_the_suffix_chooses_word_or_spreadsheet(opened: Root, tmp_path: Path) -> None:
    amended = build_amended_opinion(opened)
    word = export_amendments(
        opened.opinions, opened.referential, amended.opinion_id, tmp_path / "t.DOCX", "2"
    )
    (table,) = docx.Document(str(word)).tables
    assert [row.cells[2].text for row in table.rows[1:]] == ["AMF", "ADF"]
    sheet = export_amendments(
        opened.opinions, opened.referential, amended.opinion_id, tmp_path / "t.xlsx"
    )
    assert openpyxl.load_workbook(sheet).sheetnames == ["Amendements"]


def test_a_wrong_suffix_paragraph_or_opinion_writes_nothing(opened: Root, tmp_path: Path) -> None:
    amended = build_amended_opinion(opened)
    with pytest.raises(ExportError) as caught:
        export_amendments(
            opened.opinions, opened.referential, amended.opinion_id, tmp_path / "t.pdf"
        )
    assert "choisissez un fichier .docx ou .xlsx" in str(caught.value)
    with pytest.raises(ExportError):
        export_amendments(
            opened.opinions, opened.referential, amended.opinion_id, tmp_path / "t.docx", "9"
        )
    with pytest.raises(NotFoundError):
        export_amendments(opened.opinions, opened.referential, 999, tmp_path / "t.docx")
    assert not list(tmp_path.glob("t.*"))
