"""An opinion document's paragraphs, kept current from its changes rather than read again.

The document tells each change as (position, removed, added); the blocks in that range are the
only ones whose paragraph may differ. The index keeps, per block, its paragraph's identity and
kind, and per paragraph its last reading and word count; a change drops the readings of the
paragraphs it touched and marks them unsaved. A long text is thus never read whole while it
is typed: the outline, the word count, the margin and the autosave ask the index.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from uuid import UUID

from PySide6.QtCore import QObject
from PySide6.QtGui import QTextBlock, QTextDocument

from deliberation.records.opinions import Paragraph, ParagraphNumber
from deliberation.rules.opinion_text import numbering, word_count
from deliberation.ui.opinions.text import document as doc

Key = tuple[UUID | None, str, int]  # a block's paragraph identity, kind and level


class TextIndex(QObject):
    """The paragraphs of `document`, read lazily and only where it changed.

    Attributes:
        unsaved: the paragraphs touched since `mark_saved()` (or the load).
        generation: goes up at each change of the document (for caches built on the index).
        structure: goes up at each change of the paragraphs' order or kinds.
    """

    def __init__(self, document: QTextDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.unsaved: set[UUID] = set()
        self.generation = 0
        self.structure = 0  # goes up when paragraphs come, go, move or change kind
        self._listed: tuple[int, list[Paragraph]] = (-1, [])
        self._numbers: tuple[int, dict[UUID, ParagraphNumber]] = (-1, {})
        self._keys: list[Key] = []
        self._cache: dict[UUID, Paragraph] = {}
        self._words: dict[UUID, tuple[int, int]] = {}  # words, characters
        self._order: list[UUID] | None = None
        self._starts: dict[UUID, int] = {}  # the first block of each paragraph
        self._ids: dict[str, UUID] = {}
        self._rebuilding = False
        document.contentsChange.connect(self._changed)

    # -- keeping up -----------------------------------------------------------------------------

    def rebuild(self, loaded: Sequence[Paragraph] | None = None) -> None:
        """Start afresh from the whole document, all of it saved. `loaded`: the paragraphs
        `document.load` just wrote (one block per line), kept as the readings, the blocks'
        keys taken from them rather than read back."""
        # Qt tells contentsChange only once the document has a layout: made after the load,
        # which is several times slower into a laid out document. Making it tells the whole
        # document as changed, which the keys below replace: not read block by block first.
        self._rebuilding = True
        try:
            self.document.documentLayout()
        finally:
            self._rebuilding = False
        keys: list[Key] = []
        if loaded:
            for p in loaded:
                keys.extend([(p.uuid, p.kind, p.level if p.kind == "heading" else 1)]
                            * max(len(p.lines), 1))  # fmt: skip
        if len(keys) != self.document.blockCount():  # not a plain load: read the blocks
            keys = [self._key(block) for block in _blocks(self.document)]
            loaded = None
        self._keys = keys
        self._cache = {p.uuid: p for p in loaded or ()}
        self._words = {}
        self._order = None
        self.unsaved = set()
        self.generation += 1
        self.structure += 1

    def _key(self, block: QTextBlock) -> Key:
        fmt = block.blockFormat()
        value = fmt.property(doc.PARA_ID)
        uuid = None
        if value:
            text = str(value)
            uuid = self._ids.get(text)
            if uuid is None:
                try:
                    uuid = UUID(text)
                except ValueError:
                    uuid = None
                else:
                    self._ids[text] = uuid
        kind = str(fmt.property(doc.KIND) or "paragraph")
        level = fmt.property(doc.LEVEL)
        return uuid, kind, int(level) if level else 1

    def _changed(self, position: int, _removed: int, added: int) -> None:
        document = self.document
        if self._rebuilding or not document.isUndoRedoEnabled():  # a load: rebuild() follows
            return
        first = document.findBlock(position)
        if not first.isValid():
            first = document.firstBlock()
        last = document.findBlock(position + added)
        if not last.isValid():
            last = document.lastBlock()
        start, end = first.blockNumber(), last.blockNumber()
        stop = end + 1 - (document.blockCount() - len(self._keys))  # the old range's end
        if stop <= start or stop > len(self._keys):  # not a range we can follow: read again
            self._full_change()
            return
        new = []
        block = first
        while block.isValid() and block.blockNumber() <= end:
            new.append(self._key(block))
            block = block.next()
        old = self._keys[start:stop]
        touched = {key[0] for key in old} | {key[0] for key in new}
        touched.discard(None)
        if old != new:
            self._keys[start:stop] = new
            self._order = None
            self.structure += 1
        self._forget(touched)  # type: ignore[arg-type]

    def _full_change(self) -> None:
        before = {key[0] for key in self._keys}
        self._keys = [self._key(block) for block in _blocks(self.document)]
        self._order = None
        self.structure += 1
        touched = before | {key[0] for key in self._keys}
        touched.discard(None)
        self._forget(touched)  # type: ignore[arg-type]

    def _forget(self, touched: set[UUID]) -> None:
        for uuid in touched:
            self._cache.pop(uuid, None)
            self._words.pop(uuid, None)
        self.unsaved |= touched
        self.generation += 1

    def mark_saved(self, saved: Iterable[UUID]) -> None:
        self.unsaved -= set(saved)

    # -- reading --------------------------------------------------------------------------------

    def order(self) -> list[UUID]:
        """The paragraphs' identities in order (blocks without a proper identity get one)."""
        if self._order is None:
            order, starts = self._scan()
            if order is None:
                doc.ensure_identities(self.document)  # told back through _changed
                order, starts = self._scan()
                if order is None:  # not expected: read everything again
                    self._full_change()
                    order, starts = self._scan()
            assert order is not None
            self._order, self._starts = order, starts
        return self._order

    def _scan(self) -> tuple[list[UUID] | None, dict[UUID, int]]:
        order: list[UUID] = []
        starts: dict[UUID, int] = {}
        previous = None
        for number, (uuid, _kind, _level) in enumerate(self._keys):
            if uuid == previous:
                continue
            if uuid is None or uuid in starts:
                return None, {}
            starts[uuid] = number
            order.append(uuid)
            previous = uuid
        return order, starts

    def __contains__(self, uuid: object) -> bool:
        self.order()
        return uuid in self._starts

    def blocks(self, uuid: UUID) -> list[QTextBlock]:
        """The paragraph's blocks ([] if it is not in the text)."""
        self.order()
        start = self._starts.get(uuid)
        if start is None:
            return []
        result = []
        block = self.document.findBlockByNumber(start)
        number = start
        while block.isValid() and number < len(self._keys) and self._keys[number][0] == uuid:
            result.append(block)
            block = block.next()
            number += 1
        return result

    def paragraph(self, uuid: UUID) -> Paragraph | None:
        """The paragraph as the document holds it now (None if it is not in the text)."""
        found = self._cache.get(uuid)
        if found is not None:
            return found
        blocks = self.blocks(uuid)
        if not blocks:
            return None
        _uuid, kind, level = self._keys[self._starts[uuid]]
        lines = []
        for block in blocks:
            lines.extend(doc.block_lines(block, kind))
        found = Paragraph(uuid, kind, tuple(lines), level)
        self._cache[uuid] = found
        return found

    def paragraphs(self) -> list[Paragraph]:
        """The whole text, each unchanged paragraph from its last reading (a new list)."""
        generation, listed = self._listed
        if generation != self.generation or self._order is None:
            listed = []
            for uuid in self.order():
                paragraph = self.paragraph(uuid)
                assert paragraph is not None
                listed.append(paragraph)
            self._listed = (self.generation, listed)
        return list(listed)

    def numbers(self) -> dict[UUID, ParagraphNumber]:
        """Every paragraph's number (computed again only when the structure changed); not to
        be changed by the caller."""
        structure, numbers = self._numbers
        if structure != self.structure or self._order is None:
            numbers = numbering(self.paragraphs())
            self._numbers = (self.structure, numbers)
        return numbers

    def words(self, uuid: UUID) -> int:
        """The paragraph's word count (0 if it is not in the text)."""
        return self._counts(uuid)[0]

    def characters(self, uuid: UUID) -> int:
        """The paragraph's characters, spaces included (0 if it is not in the text)."""
        return self._counts(uuid)[1]

    def _counts(self, uuid: UUID) -> tuple[int, int]:
        counts = self._words.get(uuid)
        if counts is None:
            paragraph = self.paragraph(uuid)
            text = paragraph.text if paragraph is not None else ""
            counts = (word_count(text), len(text))
            self._words[uuid] = counts
        return counts


def _blocks(document: QTextDocument) -> Iterable[QTextBlock]:
    block = document.begin()
    while block.isValid():
        yield block
        block = block.next()
