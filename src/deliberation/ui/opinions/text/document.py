"""An opinion's text as a QTextDocument: each block carries its paragraph's identity and kind.

A paragraph is a run of consecutive blocks with the same identity (a block property, so that
Qt's own undo brings it back): its lines, list items included. Every structural operation here
is one edit block, hence one step of the document's undo.
"""

from __future__ import annotations

import uuid as uuid_module
from collections.abc import Sequence
from typing import Protocol
from uuid import UUID

from PySide6.QtCore import QObject
from PySide6.QtGui import (
    QColor,
    QFont,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextList,
    QTextListFormat,
)

from deliberation.records.opinions import Line, Paragraph, Run, TextChange

PARA_ID = QTextFormat.Property.UserProperty + 1
KIND = QTextFormat.Property.UserProperty + 2
LEVEL = QTextFormat.Property.UserProperty + 3
SOFT_BREAK = "\u2028"
OBJECT = "\ufffc"
HEADING_SIZE_STEPS = {1: 2, 2: 1, 3: 0}
"""Each heading level's size, in Qt's relative steps above the text's font (+2: 1.5×, +1: 1.2×):
relative, so that zooming the document's default font keeps headings in proportion."""
RECOMMENDATION_BACKGROUND = QColor("#eef3fa")
_LIST_STYLES = {
    "bullet": QTextListFormat.Style.ListDisc,
    "number": QTextListFormat.Style.ListDecimal,
}


def new_document(parent: QObject | None = None) -> QTextDocument:
    document = QTextDocument(parent)
    document.setDocumentMargin(12)
    document.setUndoRedoEnabled(True)
    return document


# -- formats ------------------------------------------------------------------------------------


def block_format(uuid: UUID, kind: str, level: int = 1) -> QTextBlockFormat:
    fmt = QTextBlockFormat()
    fmt.setProperty(PARA_ID, str(uuid))
    fmt.setProperty(KIND, kind)
    fmt.setProperty(LEVEL, level if kind == "heading" else 1)
    fmt.setLineHeight(115, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    if kind == "heading":
        fmt.setTopMargin(14 if level == 1 else 10)
        fmt.setBottomMargin(6)
    else:
        fmt.setBottomMargin(6)
    if kind == "recommendation":
        fmt.setBackground(RECOMMENDATION_BACKGROUND)
    if kind == "recital":
        fmt.setLeftMargin(18)
    return fmt


def char_format(
    document: QTextDocument, kind: str, level: int, bold: bool = False, italic: bool = False
) -> QTextCharFormat:
    fmt = QTextCharFormat()
    if kind == "heading":
        fmt.setFontWeight(QFont.Weight.Bold)
        fmt.setProperty(QTextFormat.Property.FontSizeAdjustment, HEADING_SIZE_STEPS.get(level, 0))
    else:
        fmt.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
    fmt.setFontItalic(italic)
    return fmt


# -- reading ------------------------------------------------------------------------------------


def block_id(block: QTextBlock) -> UUID | None:
    value = block.blockFormat().property(PARA_ID)
    try:
        return UUID(str(value)) if value else None
    except ValueError:
        return None


def block_kind(block: QTextBlock) -> tuple[str, int]:
    fmt = block.blockFormat()
    kind = str(fmt.property(KIND) or "paragraph")
    level = fmt.property(LEVEL)
    return kind, int(level) if level else 1


def _blocks(document: QTextDocument) -> list[QTextBlock]:
    result = []
    block = document.begin()
    while block.isValid():
        result.append(block)
        block = block.next()
    return result


def read(document: QTextDocument) -> list[Paragraph]:
    """The paragraphs the document holds now.

    A block without an identity (or repeating one met earlier, apart from its own paragraph)
    is given a new one, written into the document as part of the last undo step.
    """
    ensure_identities(document)
    paragraphs: list[Paragraph] = []
    current: UUID | None = None
    lines: list[Line] = []
    kind, level = "paragraph", 1
    for block in _blocks(document):
        uuid = block_id(block)
        assert uuid is not None
        if uuid != current:
            if current is not None:
                paragraphs.append(Paragraph(current, kind, tuple(lines), level))
            current, lines = uuid, []
            kind, level = block_kind(block)
        lines.extend(block_lines(block, kind))
    if current is not None:
        paragraphs.append(Paragraph(current, kind, tuple(lines), level))
    return paragraphs


def block_lines(block: QTextBlock, kind: str) -> list[Line]:
    style = ""
    text_list = block.textList()
    if text_list is not None:
        listed = text_list.format().style()
        style = "number" if listed == QTextListFormat.Style.ListDecimal else "bullet"
    lines: list[list[Run]] = [[]]
    iterator = block.begin()
    while not iterator.atEnd():
        fragment = iterator.fragment()
        if fragment.isValid():
            fmt = fragment.charFormat()
            bold = kind != "heading" and fmt.fontWeight() >= QFont.Weight.DemiBold.value
            italic = fmt.fontItalic()
            parts = fragment.text().replace(OBJECT, "").split(SOFT_BREAK)
            for index, part in enumerate(parts):
                if index:
                    lines.append([])
                if part:
                    runs = lines[-1]
                    if runs and (runs[-1].bold, runs[-1].italic) == (bold, italic):
                        runs[-1] = Run(runs[-1].text + part, bold, italic)
                    else:
                        runs.append(Run(part, bold, italic))
        iterator += 1
    return [Line(tuple(runs), style if index == 0 else "") for index, runs in enumerate(lines)]


def ensure_identities(document: QTextDocument) -> None:
    """Give an identity to blocks that lack one or repeat an earlier paragraph's."""
    seen: set[UUID] = set()
    previous: UUID | None = None
    fixes: list[QTextBlock] = []
    for block in _blocks(document):
        uuid = block_id(block)
        if uuid is None or (uuid != previous and uuid in seen):
            fixes.append(block)
            previous = None
            continue
        seen.add(uuid)
        previous = uuid
    if not fixes:
        return
    cursor = QTextCursor(document)
    if document.availableUndoSteps() > 0:
        cursor.joinPreviousEditBlock()
    else:
        cursor.beginEditBlock()
    for block in fixes:
        kind, level = block_kind(block)
        fmt = block_format(uuid_module.uuid4(), kind, level)
        cursor.setPosition(block.position())
        cursor.mergeBlockFormat(fmt)
    cursor.endEditBlock()


class Finder(Protocol):
    """Finds paragraphs without reading the whole document (the session's TextIndex)."""

    def order(self) -> list[UUID]: ...
    def blocks(self, uuid: UUID) -> list[QTextBlock]: ...
    def paragraph(self, uuid: UUID) -> Paragraph | None: ...


class WholeDocument:
    """A Finder that reads the whole document each time (no index at hand)."""

    def __init__(self, document: QTextDocument) -> None:
        self.document = document

    def order(self) -> list[UUID]:
        return order(self.document)

    def blocks(self, uuid: UUID) -> list[QTextBlock]:
        return paragraph_blocks(self.document, uuid)

    def paragraph(self, uuid: UUID) -> Paragraph | None:
        return current(self.document, uuid)


def local_blocks(block: QTextBlock) -> list[QTextBlock]:
    """The blocks of the paragraph holding `block`, found around it (not in the whole text)."""
    uuid = block_id(block)
    if uuid is None:
        return [block]
    first = block
    while (previous := first.previous()).isValid() and block_id(previous) == uuid:
        first = previous
    result = [first]
    following = first.next()
    while following.isValid() and block_id(following) == uuid:
        result.append(following)
        following = following.next()
    return result


def paragraph_at(document: QTextDocument, position: int) -> UUID | None:
    return block_id(document.findBlock(position))


def paragraph_blocks(document: QTextDocument, uuid: UUID) -> list[QTextBlock]:
    return [block for block in _blocks(document) if block_id(block) == uuid]


def order(document: QTextDocument) -> list[UUID]:
    """The paragraphs' identities in order."""
    result: list[UUID] = []
    for block in _blocks(document):
        uuid = block_id(block)
        if uuid is not None and (not result or result[-1] != uuid):
            result.append(uuid)
    return result


# -- writing ------------------------------------------------------------------------------------


def load(document: QTextDocument, paragraphs: Sequence[Paragraph]) -> None:
    """Replace the whole content, outside the undo history (which is cleared)."""
    begin_load(document, paragraphs)
    end_load(document)


def begin_load(document: QTextDocument, paragraphs: Sequence[Paragraph]) -> None:
    """Replace the whole content by `paragraphs` (the first ones of a text loaded in parts),
    outside the undo history, which stays off until `end_load`."""
    document.setUndoRedoEnabled(False)
    document.clear()
    cursor = QTextCursor(document)
    _write(cursor, paragraphs or [Paragraph(uuid_module.uuid4(), "paragraph", (Line(),))], True)


def load_more(document: QTextDocument, paragraphs: Sequence[Paragraph]) -> None:
    """Add the next part of a text being loaded at its end (between begin_load and end_load)."""
    cursor = QTextCursor(document)
    cursor.movePosition(QTextCursor.MoveOperation.End)
    cursor.beginEditBlock()  # the layout follows the part once, not each line of it
    try:
        _write(cursor, paragraphs, False)
    finally:
        cursor.endEditBlock()


def end_load(document: QTextDocument) -> None:
    """The text is loaded: its undo history starts (empty) from here."""
    document.setUndoRedoEnabled(True)
    document.setModified(False)


def _write(cursor: QTextCursor, paragraphs: Sequence[Paragraph], first: bool) -> None:
    """Write paragraphs at the cursor: the first into the cursor's (empty) block if `first`."""
    document = cursor.document()
    formats: dict[tuple[str, int, bool, bool], QTextCharFormat] = {}  # made once per look

    def look(kind: str, level: int, bold: bool = False, italic: bool = False) -> QTextCharFormat:
        key = (kind, level, bold, italic)
        found = formats.get(key)
        if found is None:
            found = formats[key] = char_format(document, kind, level, bold, italic)
        return found

    for paragraph in paragraphs:
        fmt = block_format(paragraph.uuid, paragraph.kind, paragraph.level)
        current_list: QTextList | None = None
        current_style = ""
        for line in paragraph.lines or (Line(),):
            plain = look(paragraph.kind, paragraph.level)
            if first:
                cursor.setBlockFormat(fmt)
                cursor.setBlockCharFormat(plain)
                first = False
            else:
                cursor.insertBlock(fmt, plain)
            if line.list in _LIST_STYLES:
                if current_list is not None and current_style == line.list:
                    current_list.add(cursor.block())
                else:
                    list_format = QTextListFormat()
                    list_format.setStyle(_LIST_STYLES[line.list])
                    list_format.setIndent(1)
                    current_list = cursor.createList(list_format)
                    current_style = line.list
            else:
                current_list, current_style = None, ""
            for run in line.runs:
                cursor.insertText(run.text, look(paragraph.kind, paragraph.level, run.bold,
                                                 run.italic))  # fmt: skip


def _select(document: QTextDocument, blocks: Sequence[QTextBlock]) -> QTextCursor:
    """A cursor selecting the blocks' text (without the last block's end)."""
    cursor = QTextCursor(document)
    cursor.setPosition(blocks[0].position())
    last = blocks[-1]
    cursor.setPosition(last.position() + last.length() - 1, QTextCursor.MoveMode.KeepAnchor)
    return cursor


def replace_paragraphs(
    document: QTextDocument,
    old: Sequence[UUID],
    new: Sequence[Paragraph],
    finder: Finder | None = None,
) -> None:
    """Replace the consecutive paragraphs `old` by `new`, in one undo step.

    With `old` empty, `new` is appended at the end; with `new` empty the paragraphs are deleted.
    """
    if finder is not None:
        blocks = [b for uuid in old for b in finder.blocks(uuid)]
        blocks.sort(key=lambda b: b.position())
    else:
        wanted = set(old)
        blocks = [b for b in _blocks(document) if block_id(b) in wanted]
    cursor = QTextCursor(document)
    cursor.beginEditBlock()
    try:
        if not blocks:
            cursor.movePosition(QTextCursor.MoveOperation.End)
            _write(cursor, new, False)
        elif new:
            cursor = _select(document, blocks)
            cursor.beginEditBlock()
            cursor.removeSelectedText()
            _write(cursor, new, True)
            cursor.endEditBlock()
        else:
            start = blocks[0].position()
            end = blocks[-1].position() + blocks[-1].length()
            whole = document.characterCount()
            cursor.setPosition(start)
            if end >= whole:  # the last paragraph: take the separator before it instead
                cursor.setPosition(max(start - 1, 0))
                cursor.setPosition(end - 1, QTextCursor.MoveMode.KeepAnchor)
            else:
                cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()
            if document.isEmpty() and not order(document):
                _write(cursor, [Paragraph(uuid_module.uuid4(), "paragraph", (Line(),))], True)
    finally:
        cursor.endEditBlock()


def replace_all(document: QTextDocument, paragraphs: Sequence[Paragraph]) -> None:
    """Replace the whole text (restoring a version), in one undo step."""
    cursor = QTextCursor(document)
    cursor.beginEditBlock()
    cursor.select(QTextCursor.SelectionType.Document)
    cursor.removeSelectedText()
    _write(cursor, paragraphs or [Paragraph(uuid_module.uuid4(), "paragraph", (Line(),))], True)
    cursor.endEditBlock()


def current(document: QTextDocument, uuid: UUID) -> Paragraph | None:
    return next((p for p in read(document) if p.uuid == uuid), None)


def apply_change(document: QTextDocument, change: TextChange, finder: Finder | None = None) -> None:
    """Apply an amendment's change (replace, insert after, delete), in one undo step."""
    finder = finder or WholeDocument(document)
    paragraph = finder.paragraph(change.target)
    if paragraph is None:
        raise LookupError(change.target)
    if change.action == "replace":
        replace_paragraphs(
            document, [paragraph.uuid], [_with_lines(paragraph, change.lines)], finder
        )
    elif change.action == "insert_after":
        added = Paragraph(change.new_uuid or uuid_module.uuid4(), change.kind or "paragraph",
                          change.lines)  # fmt: skip
        replace_paragraphs(document, [paragraph.uuid], [paragraph, added], finder)
    else:
        replace_paragraphs(document, [paragraph.uuid], [], finder)


def _with_lines(paragraph: Paragraph, lines: tuple[Line, ...]) -> Paragraph:
    return Paragraph(paragraph.uuid, paragraph.kind, lines, paragraph.level)


def set_kind(
    document: QTextDocument, uuid: UUID, kind: str, level: int = 1, finder: Finder | None = None
) -> None:
    finder = finder or WholeDocument(document)
    paragraph = finder.paragraph(uuid)
    if paragraph is not None:
        replace_paragraphs(
            document, [uuid], [Paragraph(uuid, kind, paragraph.lines, level)], finder
        )


def move(document: QTextDocument, uuid: UUID, delta: int, finder: Finder | None = None) -> bool:
    """Move a paragraph one place up (-1) or down (+1); False at either end."""
    finder = finder or WholeDocument(document)
    sequence = finder.order()
    index = next((i for i, u in enumerate(sequence) if u == uuid), None)
    if index is None or not 0 <= index + delta < len(sequence):
        return False
    moving, other = finder.paragraph(uuid), finder.paragraph(sequence[index + delta])
    assert moving is not None and other is not None
    pair = [moving, other] if delta < 0 else [other, moving]
    old = sequence[min(index, index + delta) : max(index, index + delta) + 1]
    replace_paragraphs(document, old, pair, finder)
    return True


def split(cursor: QTextCursor) -> UUID:
    """Start a new paragraph at the cursor; its identity.

    The part before the cursor keeps the paragraph's identity, the part after gets the new
    one — except at the very start of a paragraph, where an empty paragraph is opened before
    it and the text keeps its identity. After a heading, the new paragraph is a body one.
    """
    document = cursor.document()
    block = cursor.block()
    uuid = block_id(block) or uuid_module.uuid4()
    kind, level = block_kind(block)
    new = uuid_module.uuid4()
    blocks = local_blocks(block) if block_id(block) is not None else []
    at_start = bool(blocks) and block == blocks[0] and cursor.atBlockStart() and block.length() > 1
    cursor.beginEditBlock()
    if cursor.hasSelection():
        cursor.removeSelectedText()
    if at_start:
        cursor.setBlockFormat(block_format(new, kind, level))
        cursor.insertBlock(block_format(uuid, kind, level), char_format(document, kind, level))
        cursor.endEditBlock()
        return new
    at_end = cursor.atBlockEnd() and block == (blocks[-1] if blocks else block)
    new_kind = "paragraph" if kind == "heading" and at_end else kind
    new_level = level if new_kind == "heading" else 1
    cursor.insertBlock(block_format(new, new_kind, new_level))
    if new_kind != kind:
        cursor.setBlockCharFormat(char_format(document, new_kind, new_level))
        cursor.setCharFormat(char_format(document, new_kind, new_level))
    following = cursor.block().next()
    while following.isValid() and block_id(following) == uuid:  # the rest of its lines
        mover = QTextCursor(following)
        mover.setBlockFormat(_same_list(following, block_format(new, new_kind, new_level)))
        following = following.next()
    cursor.endEditBlock()
    return new


def _same_list(block: QTextBlock, fmt: QTextBlockFormat) -> QTextBlockFormat:
    """`fmt` keeping the block in its list, if any."""
    old = block.blockFormat()
    if block.textList() is not None:
        fmt.setObjectIndex(old.objectIndex())
        fmt.setIndent(old.indent())
    return fmt


def merge(document: QTextDocument, first: UUID, second: UUID, finder: Finder | None = None) -> bool:
    """Merge paragraph `second` into `first`, which precedes it: one paragraph with the
    first's identity and kind. False if they are not neighbours."""
    finder = finder or WholeDocument(document)
    blocks = finder.blocks(second)
    before = finder.blocks(first)
    if not blocks or not before or before[-1].next() != blocks[0]:
        return False
    keep = before[-1]
    kind, level = block_kind(keep)
    cursor = QTextCursor(document)
    cursor.beginEditBlock()
    for block in blocks[1:]:
        QTextCursor(block).setBlockFormat(_same_list(block, block_format(first, kind, level)))
    cursor.setPosition(blocks[0].position())
    joined = keep.text().endswith(" ") or blocks[0].text().startswith(" ")
    if blocks[0].length() > 1 and keep.length() > 1 and not joined:
        cursor.insertText(" ")
        cursor.setPosition(blocks[0].position())
    cursor.deletePreviousChar()
    cursor.endEditBlock()
    return True


def insert_pasted(cursor: QTextCursor, pasted: Sequence[Sequence[str]]) -> list[UUID]:
    """Insert cleaned pasted paragraphs at the cursor (one undo step): the first one's lines
    go into the current paragraph, each further one becomes a new paragraph. The new
    paragraphs' identities."""
    document = cursor.document()
    created: list[UUID] = []
    cursor.beginEditBlock()
    if cursor.hasSelection():
        cursor.removeSelectedText()
    kind, level = block_kind(cursor.block())
    plain = cursor.charFormat()
    for index, lines in enumerate(pasted):
        if index:
            new = uuid_module.uuid4()
            new_kind = "paragraph" if kind == "heading" else kind
            cursor.insertBlock(
                block_format(new, new_kind, level), char_format(document, new_kind, level)
            )
            plain = char_format(document, new_kind, level)
            created.append(new)
        cursor.insertText(SOFT_BREAK.join(lines), plain)
    cursor.endEditBlock()
    return created
