"""One pass over a Word body: final and original text, tracked changes, bookmarks, comments."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, tzinfo

from lxml import etree

from deliberation.records.opinions import Line, Run
from deliberation.review.docx_package import W
from deliberation.review.returned import ReturnedParagraph, TrackedChange, parse_date
from deliberation.rules.word_exchange import ANNEX_BOOKMARK, BOOKMARK_PREFIX, paragraph_bookmark

# (style id, numbering id or None, level) → "bullet", "number" or "" (see docx_reader)
ListKind = Callable[[str, str | None, str], str]
# Run properties by tag, each with its attributes (sorted): how a run looks.
Look = dict[str, tuple[tuple[str, str], ...]]
# (paragraph style id, character style id) → the run properties a run gets from its styles
StyleLook = Callable[[str, str], Look]

_W = "{" + W + "}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_W14 = "{http://schemas.microsoft.com/office/word/2010/wordml}"
_W15 = "{http://schemas.microsoft.com/office/word/2012/wordml}"
_VAL = _W + "val"
_HEX = re.compile(r"[0-9A-Fa-f]{1,8}")
_ID = _W + "id"
_FALSE = frozenset({"0", "false", "off", "none"})
_MARK_INSERTED = frozenset({_W + "ins", _W + "moveTo"})
_MARK_DELETED = frozenset({_W + "del", _W + "moveFrom"})
# Branches of mc:AlternateContent a reader of this module understands (the rest: mc:Fallback).
_UNDERSTOOD = frozenset({
    W,
    _W14[1:-1],
    _W15[1:-1],
    "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
    "http://schemas.microsoft.com/office/word/2010/wordprocessingGroup",
    "http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing",
    "http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas",
})  # fmt: skip
# Elements whose content is never document text: properties, drawings, text boxes, field codes.
_SKIPPED = frozenset(
    _W + name
    for name in (
        "pPr", "rPr", "sectPr", "tblPr", "tblPrEx", "tblGrid", "trPr", "tcPr", "sdtPr",
        "sdtEndPr", "smartTagPr", "customXmlPr", "instrText", "delInstrText", "drawing", "pict",
        "object", "txbxContent", "rt", "rubyPr", "footnoteReference", "endnoteReference",
        "annotationRef", "footnoteRef", "endnoteRef", "separator", "continuationSeparator",
    )
)  # fmt: skip
# Run properties that do not change how the text looks, or that the runs carry (bold, italic):
# left out of a tracked format change's list of what changed.
_NOT_LOOK = frozenset(
    _W + name
    for name in ("b", "bCs", "i", "iCs", "szCs", "cs", "lang", "noProof", "kern", "rPrChange",
                 "webHidden", "specVanish", "snapToGrid")
)  # fmt: skip


@dataclass(eq=False)
class _Bookmark:
    name: str
    paragraphs: list[int] = field(default_factory=list)
    first: int = -1  # the paragraph where it starts, or the next one if it starts between two
    closed: bool = False


@dataclass
class TextPiece:
    """Final text of one emphasis, built from adjacent runs."""

    bold: bool
    italic: bool
    parts: list[str]


@dataclass
class PendingChange:
    """A tracked change being read: its kind, author, date, text and (for a format change)
    the properties it changed; the .docx and .odt readers both build them."""

    kind: str
    author: str
    date: str
    parts: list[str]
    properties: tuple[str, ...] = ()  # a format change's changed properties (Word's names)


@dataclass(eq=False)
class _Paragraph:
    index: int
    style: str
    inserted: bool
    deleted: bool
    in_table: bool
    carried: list[_Bookmark]  # open when the paragraph started
    mark_author: str = ""  # who inserted or deleted the paragraph mark, when tracked
    numbering: tuple[str | None, str] = (None, "0")  # direct w:numPr: (w:numId, w:ilvl)
    # a tracked change of the paragraph's own format (w:pPrChange): author, date, properties
    layout: tuple[str, str, tuple[str, ...]] | None = None
    started: list[tuple[_Bookmark, int]] = field(default_factory=list)  # with the text before
    ended_early: list[_Bookmark] = field(default_factory=list)  # ended before any text
    text_count: int = 0
    lines: list[list[TextPiece]] = field(default_factory=lambda: [[]])
    original: list[str] = field(default_factory=list)
    changes: list[PendingChange] = field(default_factory=list)
    last_change: tuple[str, str, str, tuple[str, ...]] | None = None
    covered: list[_Bookmark] = field(default_factory=list)  # filled once the walk is over


class BodyWalker:
    """One pass over the body (or a comment): paragraphs, tracked changes, fields, bookmarks,
    comment ranges. Text is emitted only outside field codes and placeholders."""

    def __init__(
        self, anchors: bool, local_z: tzinfo | None = None, styles: StyleLook | None = None
    ) -> None:
        self.local_z = local_z  # the zone of dates written as local time marked "Z"
        self.styles = styles  # what runs get from their styles, to tell real format changes
        self.paragraphs: list[_Paragraph] = []
        self.para: _Paragraph | None = None
        self.bold = self.italic = False
        self.hidden = 0  # open field codes and placeholders: their text is not document text
        self.fields: list[bool] = []  # per open field: True once past its separator
        self.inserts: list[tuple[str, str]] = []  # (author, date) of enclosing insertions
        self.deletes: list[tuple[str, str]] = []
        # tracked formatting changes (w:rPrChange): author, date, the properties changed
        self.formats: list[tuple[str, str, tuple[str, ...]]] = []
        self.tables = 0
        self.open: dict[str, _Bookmark] = {}  # by w:id
        self.by_name: dict[str, str] = {}  # open bookmark's id by name
        self.bookmarks: list[_Bookmark] = []
        self.anchors = anchors
        self.pieces: list[str] = []  # the final text of the whole body, for comment anchors
        self.range_start: dict[str, int] = {}
        self.range_end: dict[str, int] = {}
        self.place: dict[str, int] = {}  # comment id -> paragraph of its range start
        self.reference: dict[str, int] = {}  # comment id -> paragraph of its reference
        self.footnote_places: dict[str, int] = {}  # footnote id -> paragraph of its reference
        self.pending: list[str] = []  # comment ranges started between paragraphs
        self.dates: dict[str, datetime | None] = {}
        self.handlers = {
            _W + "p": self._paragraph,
            _W + "tbl": self._table,
            _W + "r": self._run,
            _W + "t": self._t,
            _W + "delText": self._t,
            _W + "tab": self._tab,
            _W + "ptab": self._tab,
            _W + "br": self._br,
            _W + "cr": self._newline,
            _W + "noBreakHyphen": self._hyphen,
            _W + "sym": self._sym,
            _W + "fldChar": self._field_char,
            _W + "ins": self._insert,
            _W + "moveTo": self._insert,
            _W + "del": self._delete,
            _W + "moveFrom": self._delete,
            _W + "bookmarkStart": self._bookmark_start,
            _W + "bookmarkEnd": self._bookmark_end,
            _W + "commentRangeStart": self._comment_start,
            _W + "commentRangeEnd": self._comment_end,
            _W + "commentReference": self._comment_reference,
            _W + "footnoteReference": self._footnote_reference,
            _W + "sdt": self._sdt,
            _MC + "AlternateContent": self._alternate,
        }

    # walking

    def walk(self, element: etree._Element) -> None:
        handlers = self.handlers
        for child in element:
            tag = child.tag
            handler = handlers.get(tag)
            if handler is not None:
                handler(child)
            elif tag not in _SKIPPED and isinstance(tag, str) and len(child):
                self.walk(child)  # a container: hyperlink, smartTag, customXml, fldSimple…

    def _paragraph(self, element: etree._Element) -> None:
        if self.para is not None:
            return  # a paragraph inside a paragraph (a text box): not body text
        style, inserted, deleted, mark_author = "", False, False, ""
        numbering: tuple[str | None, str] = (None, "0")
        props = element.find(_W + "pPr")
        if props is not None:
            style_element = props.find(_W + "pStyle")
            style = style_element.get(_VAL, "") if style_element is not None else ""
            num_pr = props.find(_W + "numPr")
            if num_pr is not None:
                num_id, level = num_pr.find(_W + "numId"), num_pr.find(_W + "ilvl")
                numbering = (
                    num_id.get(_VAL, "") if num_id is not None else None,
                    level.get(_VAL, "0") if level is not None else "0",
                )
            mark = props.find(_W + "rPr")
            if mark is not None:
                for child in mark:
                    if child.tag in _MARK_INSERTED or child.tag in _MARK_DELETED:
                        inserted = inserted or child.tag in _MARK_INSERTED
                        deleted = deleted or child.tag in _MARK_DELETED
                        mark_author = mark_author or child.get(_W + "author", "")
        para = _Paragraph(len(self.paragraphs), style, inserted, deleted, self.tables > 0,
                          list(self.open.values()), mark_author, numbering)  # fmt: skip
        change = props.find(_W + "pPrChange") if props is not None else None
        if change is not None and props is not None:
            changed = _changed_layout(props, change.find(_W + "pPr"))
            if changed:
                para.layout = (change.get(_W + "author", ""), change.get(_W + "date", ""), changed)
        for bookmark in para.carried:
            if bookmark.first < 0:
                bookmark.first = para.index
        for comment_id in self.pending:
            self.place[comment_id] = para.index
        self.pending.clear()
        self.para = para
        self.walk(element)
        self.para = None
        self.paragraphs.append(para)
        if self.anchors:
            self.pieces.append("\n")
        covered = [b for b in para.carried if b not in para.ended_early]
        # A bookmark starting after the paragraph's last text and still open belongs to the
        # next paragraphs (LibreOffice moves starts so).
        covered += [
            b for b, before in para.started
            if b.closed or not before or before < para.text_count
        ]  # fmt: skip
        for bookmark in covered:
            if not bookmark.paragraphs or bookmark.paragraphs[-1] != para.index:
                bookmark.paragraphs.append(para.index)

    def _table(self, element: etree._Element) -> None:
        self.tables += 1
        self.walk(element)
        self.tables -= 1

    def _run(self, element: etree._Element) -> None:
        bold, italic = self.bold, self.italic
        props = element.find(_W + "rPr")
        self.bold = self.italic = False
        formatted = False
        if props is not None:
            for prop in props:
                if prop.tag == _W + "b":
                    self.bold = prop.get(_VAL, "true").lower() not in _FALSE
                elif prop.tag == _W + "i":
                    self.italic = prop.get(_VAL, "true").lower() not in _FALSE
                elif prop.tag == _W + "rPrChange":  # a tracked change of the run's format
                    formatted = True
                    changed = _changed_look(props, prop.find(_W + "rPr"), self._inherited())
                    self.formats.append(
                        (prop.get(_W + "author", ""), prop.get(_W + "date", ""), changed)
                    )
        self.walk(element)
        if formatted:
            self.formats.pop()
        self.bold, self.italic = bold, italic

    def _inherited(self) -> Callable[[str], Look] | None:
        styles, para = self.styles, self.para
        if styles is None:
            return None
        paragraph_style = para.style if para is not None else ""
        return lambda character_style: styles(paragraph_style, character_style)

    def _sdt(self, element: etree._Element) -> None:
        props = element.find(_W + "sdtPr")
        placeholder = props is not None and props.find(_W + "showingPlcHdr") is not None
        self.hidden += placeholder
        for content in element.iterchildren(_W + "sdtContent"):
            self.walk(content)
        self.hidden -= placeholder

    def _alternate(self, element: etree._Element) -> None:
        for choice in element.iterchildren(_MC + "Choice"):
            prefixes = (choice.get("Requires") or "").split()
            if all(choice.nsmap.get(prefix) in _UNDERSTOOD for prefix in prefixes):
                self.walk(choice)
                return
        for fallback in element.iterchildren(_MC + "Fallback"):
            self.walk(fallback)
            return

    # text

    def _t(self, element: etree._Element) -> None:
        if element.text:
            self._emit(element.text)

    def _tab(self, element: etree._Element) -> None:
        self._emit("\t")

    def _br(self, element: etree._Element) -> None:
        if element.get(_W + "type", "textWrapping") == "textWrapping":
            self._emit("\n")

    def _newline(self, element: etree._Element) -> None:
        self._emit("\n")

    def _hyphen(self, element: etree._Element) -> None:
        self._emit("-")

    def _sym(self, element: etree._Element) -> None:
        value = element.get(_W + "char", "")
        if not _HEX.fullmatch(value):
            return
        code = int(value, 16)
        if code < 0x20 or code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
            return  # a control code, a surrogate or beyond Unicode: no character to keep
        self._emit(chr(code))

    def _emit(self, text: str) -> None:
        para = self.para
        if para is None or self.hidden:
            return
        para.text_count += len(text)
        inserted, deleted = bool(self.inserts), bool(self.deletes)
        if inserted and deleted:
            return  # inserted then deleted during the review: in neither text
        if not deleted:
            if text == "\n":
                para.lines.append([])
            else:
                line = para.lines[-1]
                if line and line[-1].bold == self.bold and line[-1].italic == self.italic:
                    line[-1].parts.append(text)
                else:
                    line.append(TextPiece(self.bold, self.italic, [text]))
            if self.anchors:
                self.pieces.append(text)
        if not inserted:
            para.original.append(text)
        if not (inserted or deleted or self.formats):
            para.last_change = None
            return
        properties: tuple[str, ...] = ()
        if inserted:
            kind, (author, date) = "insert", self.inserts[-1]
        elif deleted:
            kind, (author, date) = "delete", self.deletes[-1]
        else:
            kind, (author, date, properties) = "format", self.formats[-1]
        key = (kind, author, date, properties)
        if para.last_change == key:
            para.changes[-1].parts.append(text)
        else:
            para.changes.append(PendingChange(kind, author, date, [text], properties))
            para.last_change = key

    # tracked changes and fields

    def _insert(self, element: etree._Element) -> None:
        self.inserts.append((element.get(_W + "author", ""), element.get(_W + "date", "")))
        self.walk(element)
        self.inserts.pop()

    def _delete(self, element: etree._Element) -> None:
        self.deletes.append((element.get(_W + "author", ""), element.get(_W + "date", "")))
        self.walk(element)
        self.deletes.pop()

    def _field_char(self, element: etree._Element) -> None:
        kind = element.get(_W + "fldCharType")
        if kind == "begin":
            self.fields.append(False)
            self.hidden += 1
        elif kind == "separate" and self.fields and not self.fields[-1]:
            self.fields[-1] = True
            self.hidden -= 1
        elif kind == "end" and self.fields and not self.fields.pop():
            self.hidden -= 1  # a field without result: its code was hidden until here

    # bookmarks

    def _bookmark_start(self, element: etree._Element) -> None:
        name = element.get(_W + "name", "")
        if not name.startswith(BOOKMARK_PREFIX):
            return
        earlier = self.by_name.get(name)
        if earlier is not None:  # LibreOffice restarts a bookmark it never ended
            self._end(earlier)
        bookmark_id = element.get(_ID, "")
        bookmark = _Bookmark(name)
        self.bookmarks.append(bookmark)
        self.open[bookmark_id] = bookmark
        self.by_name[name] = bookmark_id
        if self.para is not None:
            bookmark.first = self.para.index
            self.para.started.append((bookmark, self.para.text_count))

    def _bookmark_end(self, element: etree._Element) -> None:
        self._end(element.get(_ID, ""))

    def _end(self, bookmark_id: str) -> None:
        bookmark = self.open.pop(bookmark_id, None)
        if bookmark is None:
            return
        bookmark.closed = True
        if self.by_name.get(bookmark.name) == bookmark_id:
            del self.by_name[bookmark.name]
        para = self.para
        if para is not None and para.text_count == 0 and bookmark in para.carried:
            para.ended_early.append(bookmark)

    # comments

    def _comment_start(self, element: etree._Element) -> None:
        comment_id = element.get(_ID, "")
        self.range_start[comment_id] = len(self.pieces)
        if self.para is not None:
            self.place[comment_id] = self.para.index
        else:
            self.pending.append(comment_id)

    def _comment_end(self, element: etree._Element) -> None:
        self.range_end[element.get(_ID, "")] = len(self.pieces)

    def _comment_reference(self, element: etree._Element) -> None:
        if self.para is not None:
            self.reference.setdefault(element.get(_ID, ""), self.para.index)

    def _footnote_reference(self, element: etree._Element) -> None:
        if self.para is not None:
            self.footnote_places.setdefault(element.get(_ID, ""), self.para.index)

    def comment_place(self, comment_id: str) -> tuple[int | None, int | None, int | None]:
        """Where a comment's range starts and ends in the body text, and its paragraph."""
        paragraph = self.place.get(comment_id, self.reference.get(comment_id))
        return self.range_start.get(comment_id), self.range_end.get(comment_id), paragraph

    def anchor(self, start: int | None, end: int | None) -> str:
        if start is None or end is None or end < start:
            return ""
        return "".join(self.pieces[start:end]).strip("\n")

    # the records

    def _date(self, value: str) -> datetime | None:
        if value not in self.dates:
            self.dates[value] = parse_date(value, self.local_z)
        return self.dates[value]

    def finish(self, lists: ListKind | None = None) -> tuple[ReturnedParagraph, ...]:
        """The paragraphs, once the walk is over (a bookmark never ended stops where the next
        bookmark of another name begins); `lists` tells which Word paragraphs are list items.

        A paragraph's line bookmarks count as its own bookmark, and Word paragraphs without
        one lying between two Word paragraphs of the same paragraph, or list items right after
        its last list line (list items added by the reviewer), belong to it too."""
        firsts: dict[int, set[str]] = {}
        for bookmark in self.bookmarks:
            if bookmark.first >= 0:
                firsts.setdefault(bookmark.first, set()).add(bookmark.name)
        for bookmark in self.open.values():
            kept = []
            for index in bookmark.paragraphs:
                if index != bookmark.first and firsts.get(index, set()) - {bookmark.name}:
                    break
                kept.append(index)
            bookmark.paragraphs = kept
        for bookmark in self.bookmarks:
            for index in bookmark.paragraphs:
                self.paragraphs[index].covered.append(bookmark)
        names = [
            tuple(dict.fromkeys(paragraph_bookmark(b.name) for b in para.covered))
            for para in self.paragraphs
        ]
        fill_gaps(names)
        kinds = [lists(para.style, *para.numbering) if lists else "" for para in self.paragraphs]
        join_list_items(names, kinds)
        return tuple(
            self._record(para, names[para.index], kinds[para.index]) for para in self.paragraphs
        )

    def _record(
        self, para: _Paragraph, names: tuple[str, ...], list_kind: str
    ) -> ReturnedParagraph:
        lines = tuple(
            Line(
                tuple(Run("".join(piece.parts), piece.bold, piece.italic) for piece in line),
                list_kind if index == 0 else "",
            )
            for index, line in enumerate(para.lines)
        )
        changes = tuple(
            TrackedChange(c.kind, "".join(c.parts), c.author, self._date(c.date), c.properties)
            for c in para.changes
        )
        if para.layout is not None:
            author, date, properties = para.layout
            changes += (TrackedChange("layout", "", author, self._date(date), properties),)
        return ReturnedParagraph(
            index=para.index,
            bookmarks=names,
            lines=lines,
            original="".join(para.original),
            changes=changes,
            inserted=para.inserted,
            deleted=para.deleted,
            mark_author=para.mark_author,
            style=para.style,
            in_table=para.in_table,
        )


def run_look(props: etree._Element | None) -> Look:
    """The run properties that change how text looks, besides bold and italic, by tag."""
    if props is None:
        return {}
    return {
        child.tag: tuple(sorted((str(k), str(v)) for k, v in child.attrib.items()))
        for child in props
        if isinstance(child.tag, str) and child.tag not in _NOT_LOOK
    }


def _changed_look(
    new: etree._Element, old: etree._Element | None, inherited: Callable[[str], Look] | None = None
) -> tuple[str, ...]:
    """The run properties (Word's local names) a tracked format change changed, besides bold and
    italic: those whose effective value differs between the run's properties and the old ones.
    `inherited` gives what a run of the paragraph gets from its styles, for a character style id
    (LibreOffice writes the style's own size in the old properties, its colour in the new)."""

    def effective(props: etree._Element | None) -> Look:
        own = run_look(props)
        if inherited is None:
            return own
        style = props.find(_W + "rStyle") if props is not None else None
        return {**inherited(style.get(_VAL, "") if style is not None else ""), **own}

    now, before = effective(new), effective(old)
    changed = {tag for tag in now.keys() | before.keys() if now.get(tag) != before.get(tag)}
    return tuple(sorted(etree.QName(tag).localname for tag in changed))


# Paragraph properties that are no part of its look (the mark's run format, the section, the
# change itself, editing marks): left out of a tracked paragraph format change.
_NOT_LAYOUT = frozenset(
    _W + name for name in ("rPr", "sectPr", "pPrChange", "snapToGrid", "autoSpaceDE",
                           "autoSpaceDN", "kinsoku", "wordWrap", "overflowPunct")
)  # fmt: skip


def _changed_layout(new: etree._Element, old: etree._Element | None) -> tuple[str, ...]:
    """The paragraph properties (Word's local names: "jc", "ind", "spacing"…) a tracked
    paragraph format change changed: those that differ, attributes and content, between the
    paragraph's properties and the old ones."""

    def signature(element: etree._Element) -> tuple[object, ...]:
        return (
            element.tag,
            tuple(sorted((str(k), str(v)) for k, v in element.attrib.items())),
            tuple(signature(c) for c in element if isinstance(c.tag, str)),
        )

    def layout(props: etree._Element | None) -> dict[str, tuple[object, ...]]:
        if props is None:
            return {}
        return {
            child.tag: signature(child)
            for child in props
            if isinstance(child.tag, str) and child.tag not in _NOT_LAYOUT
        }

    now, before = layout(new), layout(old)
    changed = {tag for tag in now.keys() | before.keys() if now.get(tag) != before.get(tag)}
    return tuple(sorted(etree.QName(tag).localname for tag in changed))


def fill_gaps(names: list[tuple[str, ...]]) -> None:
    """Give the paragraphs without a bookmark the paragraph bookmark both their neighbours with
    one share (Word paragraphs typed between two lines of one paragraph)."""
    previous: tuple[str, ...] = ()
    gap: list[int] = []
    for index, found in enumerate(names):
        if not found:
            gap.append(index)
            continue
        if gap and previous:
            shared = tuple(n for n in found if n in previous and n != ANNEX_BOOKMARK)
            if shared:
                for hole in gap:
                    names[hole] = shared
        gap.clear()
        previous = found


def join_list_items(names: list[tuple[str, ...]], kinds: Sequence[str]) -> None:
    """Give a paragraph without a bookmark that is a list item of the same kind as the list
    line right before it that line's paragraph bookmark (Enter at the end of a paragraph's last
    list line, then typing: the new Word paragraph has the list's numbering, no bookmark)."""
    for index in range(1, len(names)):
        kind, previous = kinds[index], names[index - 1]
        if names[index] or not kind or kinds[index - 1] != kind:
            continue
        shared = tuple(n for n in previous if n != ANNEX_BOOKMARK)
        if shared:
            names[index] = shared
