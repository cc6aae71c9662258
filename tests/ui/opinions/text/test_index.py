"""The text index follows a document's changes: only the touched paragraphs are read again."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextBlockFormat, QTextCursor, QTextDocument
from tests.ui.conftest import para

from deliberation.records.opinions import Paragraph
from deliberation.ui.opinions.text import document as doc
from deliberation.ui.opinions.text.index import TextIndex

Loaded = tuple[QTextDocument, TextIndex, list[Paragraph]]


@pytest.fixture
def loaded(qapp: object) -> Loaded:
    document = doc.new_document()
    index = TextIndex(document)
    paragraphs = [para("Constats", "heading")] + [para(f"Paragraphe {n}.") for n in range(1, 7)]
    doc.load(document, paragraphs)
    index.rebuild(paragraphs)
    return document, index, paragraphs


def at_end_of(document: QTextDocument, index: TextIndex, paragraph: Paragraph) -> QTextCursor:
    cursor = QTextCursor(index.blocks(paragraph.uuid)[-1])
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    return cursor


def test_a_loaded_text_is_known_without_reading_and_all_saved(loaded: Loaded) -> None:
    document, index, paragraphs = loaded
    assert index.paragraphs() == paragraphs == doc.read(document)
    assert index.unsaved == set()
    assert index.words(paragraphs[2].uuid) == 2


def test_typing_touches_one_paragraph_and_not_the_structure(loaded: Loaded) -> None:
    document, index, paragraphs = loaded
    structure = index.structure
    at_end_of(document, index, paragraphs[3]).insertText(" Complété")
    assert index.unsaved == {paragraphs[3].uuid}
    assert index.structure == structure
    assert index.paragraph(paragraphs[3].uuid).text == "Paragraphe 3. Complété"  # type: ignore[union-attr]
    assert index.words(paragraphs[3].uuid) == 3
    assert index.paragraphs() == doc.read(document)
    index.mark_saved({paragraphs[3].uuid})
    assert index.unsaved == set()


def test_a_split_a_merge_and_their_undo_are_followed(loaded: Loaded) -> None:
    document, index, paragraphs = loaded
    cursor = at_end_of(document, index, paragraphs[2])
    cursor.movePosition(QTextCursor.MoveOperation.Left, n=len(" 2."))
    new = doc.split(cursor)
    assert [p.text for p in index.paragraphs()][2:4] == ["Paragraphe", " 2."]
    assert index.order()[3] == new
    assert {paragraphs[2].uuid, new} <= index.unsaved
    assert index.paragraphs() == doc.read(document)
    assert doc.merge(document, paragraphs[4].uuid, paragraphs[5].uuid, index)
    assert paragraphs[5].uuid not in index
    assert index.paragraphs() == doc.read(document)
    document.undo()
    assert paragraphs[5].uuid in index
    assert index.paragraphs() == doc.read(document)
    document.undo()
    assert index.paragraphs() == paragraphs == doc.read(document)
    document.redo()
    assert index.order()[3] == new
    assert index.paragraphs() == doc.read(document)


def test_a_selection_deleted_across_paragraphs_removes_them(loaded: Loaded) -> None:
    document, index, paragraphs = loaded
    cursor = QTextCursor(index.blocks(paragraphs[1].uuid)[0])
    cursor.setPosition(index.blocks(paragraphs[4].uuid)[0].position() + 3,
                       QTextCursor.MoveMode.KeepAnchor)  # fmt: skip
    cursor.removeSelectedText()
    # what is left is the end of the fourth, with its identity (Qt keeps the last block's)
    assert index.order() == [p.uuid for p in paragraphs if p not in paragraphs[1:4]]
    assert index.paragraph(paragraphs[4].uuid).text == "agraphe 4."  # type: ignore[union-attr]
    assert {p.uuid for p in paragraphs[1:5]} <= index.unsaved
    assert index.paragraphs() == doc.read(document)


def test_a_block_without_identity_is_given_one(loaded: Loaded) -> None:
    document, index, paragraphs = loaded
    cursor = at_end_of(document, index, paragraphs[6])
    cursor.insertBlock(QTextBlockFormat())  # no identity, as Qt itself might make
    cursor.insertText("Sans identité.")
    order = index.order()
    assert len(order) == len(paragraphs) + 1 and len(set(order)) == len(order)
    assert index.paragraphs() == doc.read(document)
    assert index.paragraphs()[-1].text == "Sans identité."


def test_the_numbers_follow_a_kind_change(loaded: Loaded) -> None:
    document, index, paragraphs = loaded
    assert index.numbers()[paragraphs[3].uuid].number == "3"
    doc.set_kind(document, paragraphs[2].uuid, "recommendation", finder=index)
    assert index.numbers()[paragraphs[3].uuid].number == "2"
    assert index.numbers()[paragraphs[2].uuid].number == "1"
