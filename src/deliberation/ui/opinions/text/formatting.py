"""Formatting an opinion's text under a cursor: emphasis and lists, as document edits."""

from __future__ import annotations

from uuid import UUID

from PySide6.QtGui import (
    QFont,
    QTextBlock,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextListFormat,
)

from deliberation.ui.opinions.text import document as doc

LIST_STYLES = {
    "bullet": QTextListFormat.Style.ListDisc,
    "number": QTextListFormat.Style.ListDecimal,
}


def emphasis_format(cursor: QTextCursor, which: str) -> QTextCharFormat:
    """The format that toggles "bold" or "italic" on the selection (or for what is typed next)."""
    fmt = QTextCharFormat()
    if cursor.hasSelection():
        on = not all_emphasised(cursor, which)
    else:
        current = cursor.charFormat()
        bold = current.fontWeight() >= QFont.Weight.DemiBold.value
        on = not (bold if which == "bold" else current.fontItalic())
    if which == "bold":
        fmt.setFontWeight(QFont.Weight.Bold if on else QFont.Weight.Normal)
    else:
        fmt.setFontItalic(on)
    return fmt


def apply_emphasis(cursor: QTextCursor, which: str, fmt: QTextCharFormat) -> None:
    """Merge `fmt` into the selection (bold leaves headings alone), as one edit block."""
    cursor.beginEditBlock()
    for start, end, block in ranges(cursor):
        if which == "bold" and doc.block_kind(block)[0] == "heading":
            continue  # a heading is bold already
        part = QTextCursor(cursor.document())
        part.setPosition(start)
        part.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        part.mergeCharFormat(fmt)
    cursor.endEditBlock()


def listed_already(cursor: QTextCursor, style: str) -> bool:
    """Whether every line under the cursor is an item of a list of this style."""
    wanted = LIST_STYLES[style]
    lists = [block.textList() for _, _, block in ranges(cursor)]
    return all(lst is not None and lst.format().style() == wanted for lst in lists)


def toggle_list(cursor: QTextCursor, style: str) -> None:
    """Make the lines under the cursor items of a "bullet" or "number" list, or plain lines
    again if they already are; as one edit block. A list continues the one just above it in
    the same paragraph."""
    wanted = LIST_STYLES[style]
    remove = listed_already(cursor, style)
    cursor.beginEditBlock()
    if not remove:
        own_blocks(cursor)
    blocks = [block for _, _, block in ranges(cursor)]
    unlist([b for b in blocks if b.textList() is not None])
    if not remove:
        previous = blocks[0].previous()
        target = previous.textList() if previous.isValid() else None
        same = target is not None and doc.block_id(previous) == doc.block_id(blocks[0])
        if target is None or not same or target.format().style() != wanted:
            list_format = QTextListFormat()
            list_format.setStyle(wanted)
            list_format.setIndent(1)
            target = QTextCursor(blocks[0]).createList(list_format)
        for block in blocks:
            if block.textList() is None:
                target.add(block)
    cursor.endEditBlock()


def paragraph_text(document: QTextDocument, uuid: UUID) -> str:
    return "".join(block.text() for block in doc.paragraph_blocks(document, uuid)).strip()


def unlist(blocks: list[QTextBlock]) -> None:
    """Take blocks out of their lists, without the indent Qt leaves behind."""
    for block in blocks:
        text_list = block.textList()
        if text_list is not None:
            text_list.remove(block)
        cursor = QTextCursor(block)
        fmt = cursor.blockFormat()
        fmt.setIndent(0)
        cursor.setBlockFormat(fmt)


def own_blocks(cursor: QTextCursor) -> None:
    """Make the lines under the cursor blocks of their own (within their paragraph): a soft
    line break just before or after them becomes a block break, so that they can be listed."""
    document = cursor.document()
    start, end = sorted((cursor.anchor(), cursor.position()))
    for position, forward in ((end, True), (start, False)):
        block = document.findBlock(position)
        text, inside = block.text(), position - block.position()
        found = (
            text.find(doc.SOFT_BREAK, inside) if forward else text.rfind(doc.SOFT_BREAK, 0, inside)
        )
        if found < 0:
            continue
        fmt = block.blockFormat()
        fmt.setObjectIndex(-1)
        fmt.setIndent(0)
        breaker = QTextCursor(document)
        breaker.setPosition(block.position() + found)
        breaker.deleteChar()
        breaker.insertBlock(fmt)  # one character for one: positions hold


def ranges(cursor: QTextCursor) -> list[tuple[int, int, QTextBlock]]:
    """The (start, end, block) pieces of the selection (or the cursor's block), block by block."""
    document = cursor.document()
    start, end = sorted((cursor.anchor(), cursor.position()))
    result = []
    block = document.findBlock(start)
    while block.isValid() and block.position() <= end:
        first = max(start, block.position())
        last = min(end, block.position() + block.length() - 1)
        result.append((first, last, block))
        block = block.next()
    return result


def all_emphasised(cursor: QTextCursor, which: str) -> bool:
    """Whether every selected character (bold: outside headings) already has the emphasis."""
    for start, end, block in ranges(cursor):
        if which == "bold" and doc.block_kind(block)[0] == "heading":
            continue
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            inside = fragment.position() < end and fragment.position() + fragment.length() > start
            if fragment.isValid() and inside:
                fmt = fragment.charFormat()
                if which == "bold" and fmt.fontWeight() < QFont.Weight.DemiBold.value:
                    return False
                if which == "italic" and not fmt.fontItalic():
                    return False
            iterator += 1
    return True
