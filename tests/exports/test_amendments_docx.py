"""The amendments' table in Word, read back with python-docx: landscape, text order, groups."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.enum.section import WD_ORIENT
from tests.exports.amended_opinion import TITLE, build_amended_opinion

from deliberation.exports.amendments_docx import DELETED, INSERTED, write_amendments_docx
from deliberation.services.amendments_export import opinion_amendments
from deliberation.services.root import Root

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def test_the_word_table_is_landscape_in_text_order_with_rivals_sharing_their_paragraph(
    opened: Root, tmp_path: Path
) -> None:
    amended = build_amended_opinion(opened)
    target = write_amendments_docx(
        opinion_amendments(opened.opinions, opened.referential, amended.opinion_id),
        tmp_path / "tableau.docx",
    )
    document = docx.Document(str(target))
    section = document.sections[0]
    assert section.orientation == WD_ORIENT.LANDSCAPE
    assert section.page_width > section.page_height
    assert document.core_properties.title == f"Tableau des amendements – {TITLE}"
    texts = [p.text for p in document.paragraphs]
    assert TITLE in texts and "Tableau des amendements" in texts
    (table,) = document.tables
    heading = [c.text for c in table.rows[0].cells]
    assert heading == [
        "N°", "Paragraphe", "Organisation", "Amendement", "Traitement proposé", "Décision"
    ]  # fmt: skip
    body = table.rows[1:]
    assert [row.cells[0].text for row in body] == ["1", "2", "2", "R1"]
    assert [row.cells[2].text for row in body] == ["FU", "AMF", "ADF", "AMRF"]
    # the two rivals on paragraph 2 share one merged paragraph cell, which tells the conflict
    assert body[1].cells[1]._tc is body[2].cells[1]._tc
    shared = body[1].cells[1].text
    assert shared.startswith("Paragraphe 2\nLes familles accèdent aux ENT.")
    assert "2 amendements sur ce paragraphe." in shared
    assert "Amendements en concurrence (AMF et ADF)" in shared
    assert body[0].cells[1]._tc is not body[1].cells[1]._tc
    # the amendment as a word diff: added words underlined, removed ones struck through
    amf = body[1].cells[3]
    runs = [r for p in amf.paragraphs for r in p.runs]
    assert [(r.text, r.style.name) for r in runs if r.style.name in (INSERTED, DELETED)] == [
        (" depuis un téléphone", INSERTED)
    ]
    deleted = document.styles[DELETED].element
    assert deleted.find(f"{W}rPr/{W}strike") is not None
    assert document.styles[INSERTED].font.underline
    assert "Justification\u00a0: Usage réel." in amf.text
    amrf = body[3].cells[3]
    assert [r.style.name for p in amrf.paragraphs for r in p.runs][-1] == DELETED
    # the rapporteur's proposed treatment with its note, then the decision
    assert body[1].cells[4].text == "Favorable\nPrécise utilement le texte."
    assert body[3].cells[4].text == "Satisfait\nDéjà couvert par le paragraphe 1."
    assert body[2].cells[4].text == "Défavorable"
    assert body[0].cells[5].text.startswith("Rejeté le ")
    assert body[0].cells[5].text.endswith("Hors sujet.")
    assert body[1].cells[5].text == "En attente de décision"


def test_an_opinion_without_amendments_gives_a_short_document(opened: Root, tmp_path: Path) -> None:
    amended = build_amended_opinion(opened)
    table = opinion_amendments(opened.opinions, opened.referential, amended.opinion_id, "R1")
    empty = type(table)(table.title, table.kind, table.committee, table.today, (), True)
    document = docx.Document(str(write_amendments_docx(empty, tmp_path / "vide.docx")))
    assert document.tables == []
    assert "Aucun amendement à examiner." in [p.text for p in document.paragraphs]
