"""Reads a returned OpenDocument text (.odt) into the same records as a returned Word file.

Paragraphs (a tracked deletion across paragraphs splits them as Word keeps them: each deleted
paragraph mark is a paragraph of its own), tracked insertions, deletions and format changes
(text:changed-region), comments (office:annotation) and the export's properties
(meta:user-defined). The package is opened with the .docx reader's limits and hardened parser."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from lxml import etree

from deliberation.errors import ReviewFileError
from deliberation.records.i18n import QT_TRANSLATE_NOOP, Sentence
from deliberation.records.opinions import Line, Run
from deliberation.review.docx_body import PendingChange, TextPiece, fill_gaps, join_list_items
from deliberation.review.docx_package import OLE_MAGIC, Package, read_file
from deliberation.review.docx_reader import read_review_bytes
from deliberation.review.returned import (
    ReturnedComment,
    ReturnedDocument,
    ReturnedParagraph,
    TrackedChange,
    parse_date,
)
from deliberation.rules.word_exchange import BOOKMARK_PREFIX, REVIEWERS_ZONE, paragraph_bookmark

ODT_MIMETYPE = "application/vnd.oasis.opendocument.text"
_ODF_MIMETYPE = "application/vnd.oasis.opendocument."
_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
_FO = "{urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0}"
_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_META = "{urn:oasis:names:tc:opendocument:xmlns:meta:1.0}"
_DC = "{http://purl.org/dc/elements/1.1/}"
_LOEXT = "{urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0}"
# Text properties that change how text looks, by the name Word gives them (as a tracked format
# change's warning names them); bold and italic come back with the text, language is no look.
_LOOK = {
    _FO + "color": "color", _FO + "font-size": "sz", _STYLE + "font-name": "rFonts",
    _FO + "font-family": "rFonts", _FO + "background-color": "highlight",
    _STYLE + "text-underline-style": "u", _STYLE + "text-underline-type": "u",
    _STYLE + "text-line-through-style": "strike", _STYLE + "text-line-through-type": "strike",
    _STYLE + "text-position": "vertAlign", _FO + "font-variant": "smallCaps",
    _FO + "text-transform": "caps", _STYLE + "text-outline": "outline",
    _FO + "text-shadow": "shadow", _STYLE + "font-relief": "emboss",
    _FO + "letter-spacing": "spacing", _STYLE + "text-scale": "w", _TEXT + "display": "vanish",
}  # fmt: skip
_FRACTION = re.compile(r"(\.\d{6})\d+")
_ESCAPE = re.compile(r"_([0-9A-Fa-f]{2})_")
# Paragraph styles (display names) of the export's own numbered paragraphs: not list items.
_NUMBERED = ("paragraphe numéroté", "recommandation", "heading", "titre")
_BULLET_STYLE, _LETTERED_STYLE = "liste à tirets", "liste à lettres"
# Elements whose content is never the document's text: notes, frames, generated indexes.
_SKIPPED = frozenset({
    _TEXT + "note", _TEXT + "tracked-changes", _TEXT + "sequence-decls",
    _TEXT + "variable-decls", _TEXT + "user-field-decls", _TEXT + "table-of-content",
    _TEXT + "alphabetical-index", _TEXT + "illustration-index", _TEXT + "table-index",
    _TEXT + "object-index", _TEXT + "user-index", _TEXT + "bibliography",
    _OFFICE + "forms", _TABLE + "table-columns", _TABLE + "table-column",
    _TABLE + "table-column-group", "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}frame",
    "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}custom-shape",
})  # fmt: skip


def is_opendocument(data: bytes) -> bool:
    """Whether the bytes are an OpenDocument package (its first member is « mimetype »)."""
    return data[:4] == b"PK\x03\x04" and data[30:38] == b"mimetype"


def read_returned(path: Path) -> ReturnedDocument:
    """Read a returned file, .odt or .docx by its content (not its name)."""
    data = read_file(path)
    name = path.name or str(path)
    if data[:8] == OLE_MAGIC and "WordDocument".encode("utf-16-le") in data:
        raise ReviewFileError(
            Sentence(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Le fichier « {name} » est au format Word 97-2003 (.doc) : "
                    "enregistrez-le au format « Document Word (.docx) » ou « Texte "
                    "OpenDocument (.odt) » puis importez-le à nouveau.",
                ),
                name=name,
            )
        )
    if is_opendocument(data):
        return read_odt_review_bytes(data, name)
    return read_review_bytes(data, name)


def read_odt_review(path: Path) -> ReturnedDocument:
    """Read a returned .odt; ReviewFileError (one French sentence) if it cannot be."""
    return read_odt_review_bytes(read_file(path), path.name or str(path))


def read_odt_review_bytes(data: bytes, name: str) -> ReturnedDocument:
    """Read a returned .odt from its bytes; `name` is how messages call the file."""
    package = Package(data, name)
    try:
        mimetype = (package.read("mimetype") or b"").decode("ascii", "replace").strip()
        if mimetype != ODT_MIMETYPE:
            raise _not_text(name, mimetype)
        content = package.xml("content.xml")
        if content is None:
            raise _not_text(name, mimetype)
        styles = package.xml("styles.xml")
        meta = package.xml("meta.xml")
    finally:
        package.close()
    office_text = content.find(f"{_OFFICE}body/{_OFFICE}text")
    if office_text is None:
        raise _not_text(name, mimetype)
    walker = _Walker(_Styles([content, *([styles] if styles is not None else [])]))
    walker.regions(office_text)
    walker.walk(office_text)
    tracked = office_text.find(_TEXT + "tracked-changes")
    core = _meta(meta)
    return ReturnedDocument(
        properties=_user_defined(meta),
        title=core.get("title", ""),
        author=core.get("initial-creator", ""),
        last_modified_by=core.get("creator", ""),
        modified=parse_local(core.get("date")),
        paragraphs=walker.finish(),
        comments=walker.comments(),
        track_revisions=tracked is not None
        and tracked.get(_TEXT + "track-changes", "true") != "false",
    )


def _not_text(name: str, mimetype: str) -> ReviewFileError:
    if mimetype.startswith(_ODF_MIMETYPE):
        return ReviewFileError(
            Sentence(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Le fichier « {name} » est un document OpenDocument mais pas un "
                    "texte (.odt) : importez le document texte renvoyé.",
                ),
                name=name,
            )
        )
    return ReviewFileError(
        Sentence(
            QT_TRANSLATE_NOOP(
                "errors", "Le fichier « {name} » n'est pas un document texte OpenDocument (.odt)."
            ),
            name=name,
        )
    )


def parse_local(value: str | None) -> datetime | None:
    """A date as LibreOffice writes it in OpenDocument: the writer's local time without offset,
    read as the reviewers' zone (Europe/Paris, as the .docx reader reads LibreOffice's local
    « Z » times) whatever this computer's zone; nanoseconds cut to microseconds. A date with
    an explicit offset (or « Z ») keeps it."""
    if not value:
        return None
    value = _FRACTION.sub(r"\1", value.strip())
    if "Z" in value or "z" in value or "+" in value[10:] or value[10:].count("-"):
        return parse_date(value)  # an explicit offset: kept
    return parse_date(value, ZoneInfo(REVIEWERS_ZONE))


def _meta(meta: etree._Element | None) -> dict[str, str]:
    if meta is None:
        return {}
    found: dict[str, str] = {}
    wanted = {
        _DC + "title": "title",
        _DC + "creator": "creator",
        _DC + "date": "date",
        _META + "initial-creator": "initial-creator",
    }
    for holder in meta.iter(_OFFICE + "meta"):
        for child in holder:
            if child.tag in wanted:
                found[wanted[child.tag]] = "".join(child.itertext()).strip()
    return found


def _user_defined(meta: etree._Element | None) -> dict[str, str]:
    if meta is None:
        return {}
    return {
        element.get(_META + "name", ""): "".join(element.itertext()).strip()
        for element in meta.iter(_META + "user-defined")
        if element.get(_META + "name")
    }


def _decoded(name: str) -> str:
    """« Liste_20_à_20_tirets » → « Liste à tirets » (ODF escapes characters of style names)."""
    return _ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), name)


class _Styles:
    """Paragraph and text styles (bold, italic, names up the parents) and list styles' kinds."""

    def __init__(self, roots: list[etree._Element]) -> None:
        self.styles: dict[tuple[str, str], etree._Element] = {}
        self.lists: dict[str, str] = {}
        for root in roots:
            for style in root.iter(_STYLE + "style"):
                key = (style.get(_STYLE + "family", ""), style.get(_STYLE + "name", ""))
                self.styles.setdefault(key, style)
            for list_style in root.iter(_TEXT + "list-style"):
                first = next((c for c in list_style if isinstance(c.tag, str)), None)
                kind = "bullet" if first is not None and first.tag.endswith("bullet") else "number"
                self.lists.setdefault(list_style.get(_STYLE + "name", ""), kind)
        self.cache: dict[tuple[str, str], tuple[bool | None, bool | None, tuple[str, ...]]] = {}

    def look(self, family: str, name: str) -> tuple[str, ...]:
        """What a style's own text properties set besides bold and italic, by Word's names."""
        style = self.styles.get((family, name))
        props = style.find(_STYLE + "text-properties") if style is not None else None
        if props is None:
            return ()
        return tuple(sorted({_LOOK[key] for key in props.attrib if key in _LOOK}))

    def resolve(self, family: str, name: str) -> tuple[bool | None, bool | None, tuple[str, ...]]:
        """(bold, italic, names from the style up to its first ancestor) — None: not set."""
        key = (family, name)
        if key in self.cache:
            return self.cache[key]
        self.cache[key] = (None, None, ())  # a loop of parents stops here
        style = self.styles.get(key)
        if style is None:
            result: tuple[bool | None, bool | None, tuple[str, ...]] = (None, None, (name,))
        else:
            bold: bool | None = None
            italic: bool | None = None
            props = style.find(_STYLE + "text-properties")
            if props is not None:
                weight = props.get(_FO + "font-weight")
                if weight is not None:
                    bold = weight == "bold" or (weight.isdigit() and int(weight) >= 600)
                slant = props.get(_FO + "font-style")
                if slant is not None:
                    italic = slant in ("italic", "oblique")
            parent = style.get(_STYLE + "parent-style-name")
            names: tuple[str, ...] = (style.get(_STYLE + "display-name") or _decoded(name),)
            if parent:
                parent_bold, parent_italic, parent_names = self.resolve(family, parent)
                bold = parent_bold if bold is None else bold
                italic = parent_italic if italic is None else italic
                names += parent_names
            result = (bold, italic, names)
        self.cache[key] = result
        return result


@dataclass(eq=False)
class _Para:
    index: int
    style: str
    in_table: bool
    list_kind: str
    bookmarks: list[str]
    lines: list[list[TextPiece]] = field(default_factory=lambda: [[]])
    original: list[str] = field(default_factory=list)
    changes: list[PendingChange] = field(default_factory=list)
    inserted: bool = False
    deleted: bool = False


@dataclass
class _Comment:
    id: str
    author: str
    initials: str
    date: str
    text: str
    parent: str | None
    done: bool
    paragraph: int
    start: int
    end: int | None = None


class _Walker:
    """One pass over office:text in document order, as the Word reader walks a body."""

    def __init__(self, styles: _Styles) -> None:
        self.styles = styles
        self.paras: list[_Para] = []
        self.para: _Para | None = None
        self.bold = self.italic = False
        self.inserts: dict[str, tuple[str, str]] = {}  # open insertions by change id
        self.formats: dict[str, tuple[str, str]] = {}  # open format changes by change id
        # the current span's look properties, and whether it changed bold or italic
        self.look: tuple[str, ...] = ()
        self.emphasised = False
        self.deletes: list[tuple[str, str]] = []
        self.open: list[str] = []  # bookmarks open, by name
        self.tables = 0
        self.list_kinds: list[str] = []
        self.changed: dict[str, tuple[str, str, str, etree._Element]] = {}
        self.pieces: list[str] = []
        self.notes: dict[str, _Comment] = {}
        self.order: list[_Comment] = []
        self.dates: dict[str, datetime | None] = {}
        self.para_bold = self.para_italic = False

    # the tracked changes' regions

    def regions(self, office_text: etree._Element) -> None:
        tracked = office_text.find(_TEXT + "tracked-changes")
        if tracked is None:
            return
        for region in tracked.iterchildren(_TEXT + "changed-region"):
            region_id = region.get(_TEXT + "id") or region.get(
                "{http://www.w3.org/XML/1998/namespace}id", ""
            )
            for change in region:
                if not isinstance(change.tag, str):
                    continue
                kind = change.tag[len(_TEXT) :]
                info = change.find(_OFFICE + "change-info")
                author = date = ""
                if info is not None:
                    author = "".join(info.findtext(_DC + "creator") or "").strip()
                    date = (info.findtext(_DC + "date") or "").strip()
                self.changed[region_id] = (kind, author, date, change)
                break

    # blocks

    def walk(self, element: etree._Element) -> None:
        for child in element:
            tag = child.tag
            if not isinstance(tag, str) or tag in _SKIPPED:
                continue
            if tag in (_TEXT + "p", _TEXT + "h"):
                self._paragraph(child)
            elif tag == _TEXT + "list":
                self._list(child)
            elif tag == _TABLE + "table":
                self.tables += 1
                self.walk(child)
                self.tables -= 1
            elif len(child):
                self.walk(child)  # sections, list items, rows, cells, headers…

    def _list(self, element: etree._Element) -> None:
        name = element.get(_TEXT + "style-name")
        outer = self.list_kinds[-1] if self.list_kinds else "number"
        self.list_kinds.append(self.styles.lists.get(name, outer) if name else outer)
        self.walk(element)
        self.list_kinds.pop()

    def _paragraph(self, element: etree._Element) -> None:
        if self.para is not None:
            return  # a paragraph inside a paragraph (a text box): not body text
        self._open(element)
        self._inline(element)
        self._close()

    def _open(self, element: etree._Element) -> None:
        style_name = element.get(_TEXT + "style-name", "")
        bold, italic, names = self.styles.resolve("paragraph", style_name)
        folded = [n.casefold() for n in names]
        if any(n.startswith(_NUMBERED) for n in folded) or element.tag == _TEXT + "h":
            list_kind = ""
        elif any(n.startswith(_BULLET_STYLE) for n in folded):
            list_kind = "bullet"
        elif any(n.startswith(_LETTERED_STYLE) for n in folded):
            list_kind = "number"
        else:
            list_kind = self.list_kinds[-1] if self.list_kinds else ""
        self.para = _Para(
            index=len(self.paras),
            style=names[0] if names else style_name,
            in_table=self.tables > 0,
            list_kind=list_kind,
            bookmarks=list(self.open),
        )
        self.para_bold, self.para_italic = bool(bold), bool(italic)
        self.bold, self.italic = self.para_bold, self.para_italic

    def _close(self, deleted: bool = False) -> None:
        para = self.para
        assert para is not None
        para.deleted = deleted
        para.inserted = bool(self.inserts) and not deleted
        self.paras.append(para)
        self.pieces.append("\n")
        self.para = None

    # inline content

    def _inline(self, element: etree._Element) -> None:
        if element.text:
            self._emit(element.text)
        for child in element:
            tag = child.tag
            if isinstance(tag, str):
                self._child(child, tag)
            if child.tail:
                self._emit(child.tail)

    def _child(self, child: etree._Element, tag: str) -> None:
        if tag == _TEXT + "span":
            bold, italic, look, emphasised = self.bold, self.italic, self.look, self.emphasised
            style_name = child.get(_TEXT + "style-name", "")
            span_bold, span_italic, _names = self.styles.resolve("text", style_name)
            self.bold = bold if span_bold is None else span_bold
            self.italic = italic if span_italic is None else span_italic
            self.look = self.styles.look("text", style_name)
            self.emphasised = (self.bold, self.italic) != (bold, italic)
            self._inline(child)
            self.bold, self.italic, self.look, self.emphasised = bold, italic, look, emphasised
        elif tag == _TEXT + "s":
            count = child.get(_TEXT + "c", "1")
            self._emit(" " * (int(count) if count.isdigit() else 1))
        elif tag == _TEXT + "tab":
            self._emit("\t")
        elif tag == _TEXT + "line-break":
            self._emit("\n")
        elif tag == _TEXT + "bookmark-start":
            self._bookmark(child.get(_TEXT + "name", ""), start=True)
        elif tag == _TEXT + "bookmark-end":
            self._bookmark(child.get(_TEXT + "name", ""), start=False)
        elif tag == _TEXT + "bookmark":
            name = child.get(_TEXT + "name", "")
            if name.startswith(BOOKMARK_PREFIX) and self.para is not None:
                self.para.bookmarks.append(name)
        elif tag == _TEXT + "change-start":
            found = self.changed.get(child.get(_TEXT + "change-id", ""))
            if found is not None and found[0] == "insertion":
                self.inserts[child.get(_TEXT + "change-id", "")] = (found[1], found[2])
            elif found is not None and found[0] == "format-change":
                self.formats[child.get(_TEXT + "change-id", "")] = (found[1], found[2])
        elif tag == _TEXT + "change-end":
            self.inserts.pop(child.get(_TEXT + "change-id", ""), None)
            self.formats.pop(child.get(_TEXT + "change-id", ""), None)
        elif tag == _TEXT + "change":
            self._deletion(child.get(_TEXT + "change-id", ""))
        elif tag == _OFFICE + "annotation":
            self._annotation(child)
        elif tag == _OFFICE + "annotation-end":
            note = self.notes.get(child.get(_OFFICE + "name", ""))
            if note is not None:
                note.end = len(self.pieces)
        elif tag in _SKIPPED or tag == _TEXT + "soft-page-break":
            return
        elif len(child) or child.text:
            self._inline(child)  # links, fields, metadata: their shown text

    def _bookmark(self, name: str, start: bool) -> None:
        if not name.startswith(BOOKMARK_PREFIX):
            return
        if start:
            if name not in self.open:
                self.open.append(name)
            if self.para is not None and name not in self.para.bookmarks:
                self.para.bookmarks.append(name)
        elif name in self.open:
            self.open.remove(name)

    def _deletion(self, change_id: str) -> None:
        """A tracked deletion: its paragraphs' text, the first joined to the text before the
        change, the last to the text after it, each paragraph mark between them deleted."""
        found = self.changed.get(change_id)
        if found is None or found[0] != "deletion" or self.para is None:
            return
        _kind, author, date, change = found
        blocks = _blocks(change)
        self.deletes.append((author, date))
        bold, italic = self.bold, self.italic
        for number, block in enumerate(blocks):
            if number:
                carried = self.para
                self._close(deleted=True)
                self._open(block)
                if carried is not None and self.para is not None:
                    self.para.in_table = carried.in_table
            self._inline(block)
        self.deletes.pop()
        self.bold, self.italic = bold, italic

    def _annotation(self, element: etree._Element) -> None:
        if self.para is None:
            return
        name = element.get(_OFFICE + "name") or f"odt-{len(self.order)}"
        texts = [
            "".join(_plain_text(p))
            for p in element.iter(_TEXT + "p", _TEXT + "h")
        ]  # fmt: skip
        comment = _Comment(
            id=name,
            author=(element.findtext(_DC + "creator") or "").strip(),
            initials=(element.findtext(_META + "creator-initials") or "").strip(),
            date=(element.findtext(_DC + "date") or "").strip(),
            text="\n".join(texts).strip("\n"),
            parent=element.get(_LOEXT + "parent-name") or None,
            done=element.get(_LOEXT + "resolved", "false") == "true",
            paragraph=self.para.index,
            start=len(self.pieces),
        )
        self.notes[name] = comment
        self.order.append(comment)

    def _emit(self, text: str) -> None:
        para = self.para
        if para is None or not text:
            return
        inserted, deleted = bool(self.inserts), bool(self.deletes)
        if inserted and deleted:
            return
        if not deleted:
            for number, part in enumerate(text.split("\n")):
                if number:
                    para.lines.append([])
                if part:
                    line = para.lines[-1]
                    if line and line[-1].bold == self.bold and line[-1].italic == self.italic:
                        line[-1].parts.append(part)
                    else:
                        line.append(TextPiece(self.bold, self.italic, [part]))
            self.pieces.append(text)
        if not inserted:
            para.original.append(text)
        if not (inserted or deleted or self.formats):
            return
        properties: tuple[str, ...] = ()
        if inserted:
            kind, (author, date) = "insert", list(self.inserts.values())[-1]
        elif deleted:
            kind, (author, date) = "delete", self.deletes[-1]
        else:
            # OpenDocument keeps no old format: what the changed text's own style sets besides
            # emphasis; a change of neither that nor bold or italic is one the file cannot name.
            kind, (author, date) = "format", list(self.formats.values())[-1]
            properties = self.look or (() if self.emphasised else ("other",))
        last = para.changes[-1] if para.changes else None
        key = (kind, author, date, properties)
        if last is not None and (last.kind, last.author, last.date, last.properties) == key:
            last.parts.append(text)
        else:
            para.changes.append(PendingChange(kind, author, date, [text], properties))

    # the records

    def _date(self, value: str) -> datetime | None:
        if value not in self.dates:
            self.dates[value] = parse_local(value)
        return self.dates[value]

    def finish(self) -> tuple[ReturnedParagraph, ...]:
        # Line bookmarks (`dlb_<id>_2`…, one per Word paragraph of a .docx export converted by
        # LibreOffice) count as their paragraph's own, and gaps between two of them belong to it,
        # as do list items typed after its last list line.
        names = [
            tuple(dict.fromkeys(paragraph_bookmark(name) for name in para.bookmarks))
            for para in self.paras
        ]
        fill_gaps(names)
        join_list_items(names, [para.list_kind for para in self.paras])
        return tuple(
            self._record(para, found) for para, found in zip(self.paras, names, strict=True)
        )

    def _record(self, para: _Para, names: tuple[str, ...]) -> ReturnedParagraph:
        lines = tuple(
            Line(
                tuple(Run("".join(p.parts), p.bold, p.italic) for p in line),
                para.list_kind if number == 0 else "",
            )
            for number, line in enumerate(para.lines)
        )
        return ReturnedParagraph(
            index=para.index,
            bookmarks=names,
            lines=lines,
            original="".join(para.original),
            changes=tuple(
                TrackedChange(c.kind, "".join(c.parts), c.author, self._date(c.date), c.properties)
                for c in para.changes
            ),
            inserted=para.inserted,
            deleted=para.deleted,
            style=para.style,
            in_table=para.in_table,
        )

    def comments(self) -> tuple[ReturnedComment, ...]:
        result = []
        for comment in self.order:
            anchor = ""
            if comment.end is not None and comment.end >= comment.start:
                anchor = "".join(self.pieces[comment.start : comment.end]).strip("\n")
            result.append(
                ReturnedComment(
                    id=comment.id,
                    author=comment.author,
                    initials=comment.initials,
                    date=self._date(comment.date),
                    text=comment.text,
                    anchor=anchor,
                    paragraph_index=comment.paragraph,
                    parent_id=comment.parent if comment.parent in self.notes else None,
                    done=comment.done,
                    # the date as written, read as UTC: what identifies the comment in a copy
                    # saved again elsewhere (LibreOffice writes a .docx's « Z » date as it is)
                    stamp=parse_date(_FRACTION.sub(r"\1", comment.date.strip())),
                )
            )
        return tuple(result)


def _blocks(change: etree._Element) -> list[etree._Element]:
    """The paragraphs a deletion holds, in order (lists flattened)."""
    return [
        element
        for element in change.iter(_TEXT + "p", _TEXT + "h")
        if not any(
            a.tag in (_OFFICE + "annotation", _TEXT + "note") for a in element.iterancestors()
        )
    ]


def _plain_text(element: etree._Element) -> list[str]:
    parts = [element.text or ""]
    for child in element:
        if child.tag == _TEXT + "s":
            count = child.get(_TEXT + "c", "1")
            parts.append(" " * (int(count) if count.isdigit() else 1))
        elif child.tag == _TEXT + "tab":
            parts.append("\t")
        elif child.tag == _TEXT + "line-break":
            parts.append("\n")
        elif child.tag != _TEXT + "note":
            parts.extend(_plain_text(child))
        parts.append(child.tail or "")
    return parts


__all__ = [
    "ODT_MIMETYPE",
    "is_opendocument",
    "parse_local",
    "read_odt_review",
    "read_odt_review_bytes",
    "read_returned",
]
