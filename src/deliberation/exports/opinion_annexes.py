"""The annexes of an opinion's Word copy: the members' positions and the members themselves."""

from __future__ import annotations

from typing import TYPE_CHECKING

from deliberation.exports.docx_common import Column, DocxWriter, Run, para
from deliberation.exports.docx_styles import NOTE, TABLE_TEXT
from deliberation.exports.docx_xml import NS, W, parse
from deliberation.exports.opinion_body import BodyWriter, run_xml
from deliberation.exports.text import xml_safe
from deliberation.records.opinions import Run as TextRun
from deliberation.rules.typography import typeset
from deliberation.rules.word_exchange import ANNEX_BOOKMARK

if TYPE_CHECKING:
    from deliberation.exports.opinion_document import OpinionDocument


def write_annexes(doc: OpinionDocument, w: DocxWriter, body: BodyWriter) -> None:
    """A new section after the text: the positions annex, then the members one, if any."""
    w.new_section()
    if doc.line_numbers:  # the paragraph ending the text's section gets no number
        breaker = w.document.sections[0]._sectPr.getparent()
        breaker.insert(0, parse(f"<w:suppressLineNumbers {NS}/>"))
    section = w.document.sections[-1]._sectPr
    for old in section.findall(f"{W}lnNumType"):
        section.remove(old)
    number = 0
    if doc.positions:
        number += 1
        _annex_heading(body, f"Annexe {number} – Positions des membres", first=True)
        w.paragraph(
            typeset(
                "Positions exprimées par les organisations membres lors de la dernière "
                "consultation sur ce texte ; les paragraphes sans objection n'y figurent pas."
            ),
            style=NOTE,
        )
        rows = [
            [
                typeset(row.subject),
                [para(Run(typeset(row.organisation), bold=True), style=TABLE_TEXT)],
                typeset(row.stance),
                typeset(row.reservation) or "—",
                typeset(row.observations) or "—",
            ]
            for row in doc.positions
        ]
        width = w.text_width_cm
        w.table(
            [
                Column("Objet", 2.6),
                Column("Organisation", 2.6),
                Column("Position", 2.6),
                Column("Réserves", (width - 7.8) / 2),
                Column("Observations", (width - 7.8) / 2),
            ],
            rows,  # type: ignore[arg-type]
            split_over_lines=14,
        )
    if doc.members:
        number += 1
        _annex_heading(body, f"Annexe {number} – Membres et participants", first=number == 1)
        if doc.group:
            w.paragraph(
                typeset(f"GT ✓ : organisation participant au {doc.group[:1].lower()}"
                        f"{doc.group[1:]}."),
                style=NOTE,
            )  # fmt: skip
        width = w.text_width_cm
        w.table(
            [
                Column("Organisation", 6.0),
                Column("Catégorie", 3.2),
                Column("Représentants", width - 9.2 - (1.4 if doc.group else 0)),
                *([Column("GT", 1.4, align="center")] if doc.group else []),
            ],
            [
                [
                    [
                        para(Run(xml_safe(m.acronym), bold=True), style=TABLE_TEXT),
                        para(typeset(m.organisation), style=TABLE_TEXT),
                    ],
                    typeset(m.category),
                    typeset(m.delegates) or "—",
                    *(["✓" if m.in_group else ""] if doc.group else []),
                ]
                for m in doc.members
            ],  # type: ignore[arg-type]
        )


def _annex_heading(body: BodyWriter, text: str, first: bool) -> None:
    if not first:
        body.append(f'<w:p {NS}><w:r><w:br w:type="page"/></w:r></w:p>')
    bookmark = ""
    if first:
        bookmark_id = body.new_bookmark_id()
        bookmark = (
            f'<w:bookmarkStart w:id="{bookmark_id}" w:name="{ANNEX_BOOKMARK}"/>'
            f'<w:bookmarkEnd w:id="{bookmark_id}"/>'
        )
    body.append(
        f'<w:p {NS}><w:pPr><w:pStyle w:val="Titredannexe"/></w:pPr>{bookmark}'
        f"{run_xml(TextRun(text))}</w:p>"
    )
