"""Filling a response form the way Word saves it: the list's choice, text typed in the cells."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Mapping

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_W = "{" + W + "}"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"

Answer = Mapping[str, str]  # "stance", "reservation", "reasons", "amendment"
ROWS = {"Position": "stance", "Réserve": "reservation", "Motifs": "reasons",
        "Amendement proposé": "amendment"}  # fmt: skip


def _text(element: etree._Element) -> str:
    return "".join(t.text or "" for t in element.iter(_W + "t")).strip()


def _run(text: str) -> etree._Element:
    run = etree.Element(_W + "r")
    props = etree.SubElement(run, _W + "rPr")
    etree.SubElement(props, _W + "lang").set(_W + "val", "fr-FR")
    t = etree.SubElement(run, _W + "t")
    t.text = text
    t.set(XML_SPACE, "preserve")
    return run


def fill_docx(data: bytes, answers: Mapping[int, Answer]) -> bytes:
    """The form with `answers` by subject number: the list entry chosen as Word writes it (the
    placeholder mark removed, the entry's text in the control), texts typed as runs, one
    paragraph per line."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info)
            if info.filename == "word/document.xml":
                content = _fill(content, answers)
            target.writestr(info, content)
    return out.getvalue()


def _fill(xml: bytes, answers: Mapping[int, Answer]) -> bytes:
    root = etree.fromstring(xml)
    for table in root.iter(_W + "tbl"):
        rows = list(table.iterchildren(_W + "tr"))
        heading = _text(rows[0].findall(_W + "tc")[0])
        number = int(heading.rsplit(" ", 1)[-1])
        answer = answers.get(number)
        if answer is None:
            continue
        for row in rows[1:]:
            label, cell = row.findall(_W + "tc")
            key = ROWS[_text(label)]
            value = answer.get(key, "")
            if not value:
                continue
            if key == "stance":
                sdt = cell.find(f".//{_W}sdt")
                assert sdt is not None
                props = sdt.find(_W + "sdtPr")
                props.remove(props.find(_W + "showingPlcHdr"))
                content = sdt.find(_W + "sdtContent")
                for child in list(content):
                    content.remove(child)
                content.append(_run(value))
                continue
            first = cell.find(_W + "p")
            for index, line in enumerate(value.split("\n")):
                paragraph = first if index == 0 else etree.SubElement(cell, _W + "p")
                paragraph.append(_run(line))
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def fill_xlsx(data: bytes, answers: Mapping[int, Answer]) -> bytes:
    """The spreadsheet form with `answers` typed in its rows (found by their number)."""
    from openpyxl import load_workbook

    book = load_workbook(io.BytesIO(data))
    sheet = book["Réponses"]
    columns = {"stance": 3, "reservation": 4, "reasons": 5, "amendment": 6}
    for row in sheet.iter_rows():
        number = row[0].value
        if isinstance(number, int) and number in answers:
            for key, value in answers[number].items():
                sheet.cell(row=row[0].row, column=columns[key], value=value)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
