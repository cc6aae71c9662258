"""Reads a returned response form (.docx or .xlsx) into the answers it holds, per subject."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path
from uuid import UUID

from lxml import etree

from deliberation.errors import ReviewFileError
from deliberation.records.answers import FormAnswer, ReturnedForm
from deliberation.records.i18n import QT_TRANSLATE_NOOP, Sentence
from deliberation.review.docx_body import BodyWalker
from deliberation.review.docx_package import Package, W, not_word, read_file
from deliberation.review.docx_reader import custom_properties
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

_W = "{" + W + "}"
_NUMBER = re.compile(re.escape(FORM_SUBJECT) + r"\s*(\d+)", re.IGNORECASE)
_ROWS = {label.casefold(): name for label, name in FORM_ROWS.items()}
MAX_SUBJECTS = 2000


def read_answers(path: Path) -> ReturnedForm:
    """Read a returned form; ReviewFileError (one French sentence) when it cannot be read."""
    path = Path(path)
    name = path.name or str(path)
    suffix = path.suffix.lower()
    if suffix not in {".docx", ".xlsx"}:
        raise ReviewFileError(
            Sentence(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "« {name} » n'est pas un formulaire de réponse : choisissez le "
                    "fichier Word (.docx) ou tableur (.xlsx) renvoyé par "
                    "l'organisation.",
                ),
                name=name,
            )
        )
    data = read_file(path)
    return read_answers_bytes(data, name, suffix)


def read_answers_bytes(data: bytes, name: str, suffix: str) -> ReturnedForm:
    if suffix == ".xlsx":
        return _read_xlsx(data, name)
    return _read_docx(data, name)


def _not_a_form(name: str) -> ReviewFileError:
    return ReviewFileError(
        Sentence(
            QT_TRANSLATE_NOOP(
                "errors",
                "Le fichier « {name} » n'est pas un formulaire de réponse de "
                "Délibération : il ne porte ni la consultation ni les sujets "
                "auxquels il répond.",
            ),
            name=name,
        )
    )


def _uuid(text: object) -> UUID | None:
    try:
        return UUID(str(text).strip())
    except ValueError:
        return None


# -- Word ---------------------------------------------------------------------------------------


def _read_docx(data: bytes, name: str) -> ReturnedForm:
    package = Package(data, name)
    try:
        main = package.related("", "officeDocument")
        root = package.xml(main) if main else None
        if root is None or root.tag != _W + "document":
            raise not_word(name)
        properties = custom_properties(package)
        body = root.find(_W + "body")
        tables = list(body.iter(_W + "tbl")) if body is not None else []
        subjects = _subject_ids(properties.get(PROPERTY_SUBJECTS, ""))
        answers = []
        for table in tables:
            answer = _table_answer(table, subjects)
            if answer is not None:
                answers.append(answer)
    finally:
        package.close()
    consultation = _uuid(properties.get(PROPERTY_CONSULTATION, ""))
    if consultation is None or not answers:
        raise _not_a_form(name)
    return ReturnedForm(
        name, consultation, _uuid(properties.get(PROPERTY_ORGANISATION, "")), tuple(answers)
    )


def _subject_ids(text: str) -> dict[int, UUID]:
    found: dict[int, UUID] = {}
    for item in text.split(";"):
        number, _, value = item.partition("=")
        uuid = _uuid(value)
        if number.strip().isdigit() and uuid is not None:
            found[int(number)] = uuid
    return found


def _cell_text(cell: etree._Element) -> str:
    """A cell's final text: tracked insertions kept, deletions and placeholders dropped."""
    walker = BodyWalker(anchors=False)
    walker.walk(cell)
    lines = [p.text for p in walker.finish() if not p.deleted]
    return "\n".join(lines).strip()


def _table_answer(table: etree._Element, subjects: dict[int, UUID]) -> FormAnswer | None:
    fields: dict[str, str] = {}
    number = None
    for row in table.iterchildren(_W + "tr"):
        cells = list(row.iterchildren(_W + "tc"))
        if len(cells) < 2:
            continue
        label = _cell_text(cells[0])
        if number is None:
            match = _NUMBER.fullmatch(label.strip())
            if match is None:
                return None  # not a subject's table
            number = int(match.group(1))
            continue
        key = _ROWS.get(label.strip().rstrip(" :").casefold())
        if key is not None:
            fields[key] = _cell_text(cells[1])
    if number is None:
        return None
    stance = fields.get("stance", "")
    if stance.casefold() == FORM_PLACEHOLDER.casefold():
        stance = ""
    return FormAnswer(
        number=number,
        subject_uuid=subjects.get(number),
        stance=stance,
        reservation=fields.get("reservation", ""),
        reasons=fields.get("reasons", ""),
        amendment=fields.get("amendment", ""),
    )


# -- spreadsheet --------------------------------------------------------------------------------


def _read_xlsx(data: bytes, name: str) -> ReturnedForm:
    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, TypeError, IndexError, EOFError):
        raise ReviewFileError(
            Sentence(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Le fichier « {name} » est endommagé ou n'est pas un classeur "
                    "Excel (.xlsx) : demandez à l'organisation de le renvoyer.",
                ),
                name=name,
            )
        ) from None
    try:
        if FORM_ID_SHEET not in book.sheetnames or FORM_SHEET not in book.sheetnames:
            raise _not_a_form(name)
        ids = [
            (row[0] if row else None, row[1] if len(row) > 1 else None)
            for row in book[FORM_ID_SHEET].iter_rows(values_only=True)
        ]
        rows = list(book[FORM_SHEET].iter_rows(values_only=True))
    finally:
        book.close()
    identity = {str(k).strip(): v for k, v in ids if k is not None}
    subjects = {
        int(k): u for k, v in ids if isinstance(k, int | float) and (u := _uuid(v)) is not None
    }
    consultation = _uuid(identity.get("consultation", ""))
    header = next(
        (i for i, row in enumerate(rows) if row and str(row[0] or "").strip() == "N°"), None
    )
    if consultation is None or header is None:
        raise _not_a_form(name)
    titles = [str(v or "").strip().casefold() for v in rows[header]]
    where = {_ROWS[t]: i for i, t in enumerate(titles) if t in _ROWS}
    answers = []
    for row in rows[header + 1 : header + 1 + MAX_SUBJECTS]:
        if not row or not isinstance(row[0], int | float):
            continue
        number = int(row[0])

        def value(key: str, row: tuple[object, ...] = row) -> str:
            index = where.get(key)
            cell = row[index] if index is not None and index < len(row) else None
            return "" if cell is None else str(cell).strip()

        answers.append(
            FormAnswer(
                number=number,
                subject_uuid=subjects.get(number),
                stance=value("stance"),
                reservation=value("reservation"),
                reasons=value("reasons"),
                amendment=value("amendment"),
            )
        )
    if not answers:
        raise _not_a_form(name)
    return ReturnedForm(name, consultation, _uuid(identity.get("organisation", "")), tuple(answers))
