"""Reads a returned Word file (.docx) into plain records: paragraphs, tracked changes, comments."""

from __future__ import annotations

from datetime import tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo

from lxml import etree

from deliberation.errors import ReviewFileError
from deliberation.records.i18n import QT_TRANSLATE_NOOP, Sentence
from deliberation.review.docx_body import _FALSE, _ID, _VAL, BOOKMARK_PREFIX, BodyWalker, ListKind
from deliberation.review.docx_package import (
    MAX_FILE_BYTES,
    MAX_UNPACKED_BYTES,
    W_STRICT,
    Package,
    W,
    not_word,
    read_file,
)
from deliberation.review.docx_styles import Styles, styles_of
from deliberation.review.returned import (
    ReturnedComment,
    ReturnedDocument,
    ReturnedNote,
    ReturnedParagraph,
    TrackedChange,
    parse_date,
)
from deliberation.rules.word_exchange import (
    LIBREOFFICE_APPLICATION,
    LIST_PARAGRAPH_NAMES,
    LIST_STYLE_NAMES,
    REVIEWERS_ZONE,
)

__all__ = [
    "BOOKMARK_PREFIX",
    "MAX_FILE_BYTES",
    "MAX_UNPACKED_BYTES",
    "ReturnedComment",
    "ReturnedDocument",
    "ReturnedParagraph",
    "TrackedChange",
    "parse_date",
    "read_review",
    "read_review_bytes",
]

_W = "{" + W + "}"
_W14 = "{http://schemas.microsoft.com/office/word/2010/wordml}"
_W15 = "{http://schemas.microsoft.com/office/word/2012/wordml}"
_W16CID = "{http://schemas.microsoft.com/office/word/2016/wordml/cid}"
_W16CEX = "{http://schemas.microsoft.com/office/word/2018/wordml/cex}"
_CUSTOM = "{http://schemas.openxmlformats.org/officeDocument/2006/custom-properties}"
_CP = "{http://schemas.openxmlformats.org/package/2006/metadata/core-properties}"
_DC = "{http://purl.org/dc/elements/1.1/}"
_DCTERMS = "{http://purl.org/dc/terms/}"
_EXTENDED = "{http://schemas.openxmlformats.org/officeDocument/2006/extended-properties}"


def read_review(path: Path) -> ReturnedDocument:
    """Read a returned Word file; ReviewFileError (one French sentence) if it cannot be."""
    return read_review_bytes(read_file(path), path.name or str(path))


def read_review_bytes(data: bytes, name: str) -> ReturnedDocument:
    """Read a returned Word file from its bytes; `name` is how messages call the file."""
    package = Package(data, name)
    try:
        return _read(package)
    finally:
        package.close()


# -- the parts ----------------------------------------------------------------------------------


def _read(package: Package) -> ReturnedDocument:
    main = package.related("", "officeDocument")
    if main is None:
        raise not_word(package.name)
    root = package.xml(main)
    if root is None:
        raise not_word(package.name)
    if root.tag == "{" + W_STRICT + "}document":
        raise ReviewFileError(
            Sentence(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Le fichier « {name} » est au format « Document Open XML strict "
                    "», que l'import ne lit pas : enregistrez-le au format « "
                    "Document Word (.docx) » puis importez-le à nouveau.",
                ),
                name=package.name,
            )
        )
    if root.tag != _W + "document":
        raise not_word(package.name)
    local_z = _local_z(package)
    styles = styles_of(package, main)
    walker = BodyWalker(anchors=True, local_z=local_z, styles=styles.run_look)
    body = root.find(_W + "body")
    if body is not None:
        walker.walk(body)
    paragraphs = walker.finish(_list_kind(styles))
    core = _core(package)
    settings_part = package.related(main, "settings")
    settings = package.xml(settings_part) if settings_part else None
    track = settings is not None and any(
        e.get(_VAL, "true").lower() not in _FALSE
        for e in settings.iterchildren(_W + "trackRevisions")
    )
    return ReturnedDocument(
        properties=custom_properties(package),
        title=core.get("title", ""),
        author=core.get("creator", ""),
        last_modified_by=core.get("lastModifiedBy", ""),
        modified=parse_date(core.get("modified")),
        paragraphs=paragraphs,
        comments=_comments(package, main, walker, local_z),
        track_revisions=track,
        notes=_footnotes(package, main, walker, local_z),
    )


def custom_properties(package: Package) -> dict[str, str]:
    """The custom document properties by name (the marks a returned file carries)."""
    part = package.related("", "custom-properties", "docProps/custom.xml")
    root = package.xml(part) if part else None
    properties: dict[str, str] = {}
    if root is None:
        return properties
    for prop in root.iterchildren(_CUSTOM + "property"):
        name = prop.get("name")
        if name:
            value = next((child for child in prop if isinstance(child.tag, str)), None)
            properties[name] = "".join(value.itertext()).strip() if value is not None else ""
    return properties


def _core(package: Package) -> dict[str, str]:
    part = package.related("", "core-properties", "docProps/core.xml")
    root = package.xml(part) if part else None
    if root is None:
        return {}
    wanted = {
        _DC + "title": "title",
        _DC + "creator": "creator",
        _CP + "lastModifiedBy": "lastModifiedBy",
        _DCTERMS + "modified": "modified",
    }
    return {
        wanted[child.tag]: "".join(child.itertext()).strip()
        for child in root
        if child.tag in wanted
    }


def _comments(
    package: Package, main: str, body: BodyWalker, local_z: tzinfo | None = None
) -> tuple[ReturnedComment, ...]:
    part = package.related(main, "comments")
    root = package.xml(part) if part else None
    if root is None:
        return ()
    # Word 365 links a comment's last paragraph (w14:paraId) to its thread and "done" state
    # (commentsExtended) and, through a durable id (commentsIds), to its true UTC date
    # (commentsExtensible: comments.xml holds local time marked as UTC).
    extended: dict[str, tuple[str | None, bool]] = {}
    for item in _items(package, main, "commentsExtended", _W15 + "commentEx"):
        parent = item.get(_W15 + "paraIdParent")
        done = item.get(_W15 + "done", "0").lower() in ("1", "true", "on")
        para_id = item.get(_W15 + "paraId", "").upper()
        extended[para_id] = (parent.upper() if parent else None, done)
    durable = {
        item.get(_W16CID + "paraId", "").upper(): item.get(_W16CID + "durableId", "").upper()
        for item in _items(package, main, "commentsIds", _W16CID + "commentId")
    }
    utc = {
        item.get(_W16CEX + "durableId", "").upper(): item.get(_W16CEX + "dateUtc", "")
        for item in _items(package, main, "commentsExtensible", _W16CEX + "commentExtensible")
    }
    raw = []
    by_para: dict[str, str] = {}
    for element in root.iterchildren(_W + "comment"):
        comment_id = element.get(_ID, "")
        walker = BodyWalker(anchors=False)
        walker.walk(element)
        texts = [paragraph.text for paragraph in walker.finish()]
        para_ids = [p.get(_W14 + "paraId", "").upper() for p in element.iter(_W + "p")]
        last = para_ids[-1] if para_ids else ""
        if last:
            by_para[last] = comment_id
        raw.append((element, comment_id, "\n".join(texts), last))
    comments = []
    for element, comment_id, text, last in raw:
        parent_para, done = extended.get(last, (None, False)) if last else (None, False)
        date = parse_date(utc.get(durable.get(last, ""), "")) if last else None
        written = element.get(_W + "date")
        start, end, paragraph = body.comment_place(comment_id)
        comments.append(
            ReturnedComment(
                id=comment_id,
                author=element.get(_W + "author", ""),
                initials=element.get(_W + "initials", ""),
                date=date or parse_date(written, local_z),
                text=text,
                anchor=body.anchor(start, end),
                paragraph_index=paragraph,
                parent_id=by_para.get(parent_para) if parent_para else None,
                done=done,
                stamp=date or parse_date(written),
            )
        )
    return tuple(comments)


def _footnotes(
    package: Package, main: str, body: BodyWalker, local_z: tzinfo | None
) -> tuple[ReturnedNote, ...]:
    """The footnotes (not the separators), each with its reference's paragraph."""
    part = package.related(main, "footnotes")
    root = package.xml(part) if part else None
    if root is None:
        return ()
    notes = []
    for element in root.iterchildren(_W + "footnote"):
        if element.get(_W + "type", "normal") != "normal":
            continue
        note_id = element.get(_ID, "")
        walker = BodyWalker(anchors=False, local_z=local_z)
        walker.walk(element)
        paragraphs = walker.finish()
        notes.append(
            ReturnedNote(
                id=note_id,
                paragraph_index=body.footnote_places.get(note_id),
                text="\n".join(p.text for p in paragraphs).strip(),
                changes=tuple(c for p in paragraphs for c in p.changes),
                marks=tuple(p.mark_author for p in paragraphs if p.inserted or p.deleted),
            )
        )
    return tuple(notes)


def _items(package: Package, main: str, kind: str, tag: str) -> list[etree._Element]:
    part = package.related(main, kind)
    root = package.xml(part) if part else None
    return [] if root is None else list(root.iter(tag))


def _local_z(package: Package) -> tzinfo | None:
    """The zone whose local time the file's w:date marked « Z » are in: the reviewers' for
    LibreOffice (docProps/app.xml names the application), None (real UTC) for Word."""
    part = package.related("", "extended-properties", "docProps/app.xml")
    root = package.xml(part) if part else None
    if root is None:
        return None
    application = "".join(e.text or "" for e in root.iterchildren(_EXTENDED + "Application"))
    if application.strip().lower().startswith(LIBREOFFICE_APPLICATION):
        return ZoneInfo(REVIEWERS_ZONE)
    return None


def _list_kind(styles: Styles) -> ListKind:
    """Which Word paragraphs are list items: by their style's name (LibreOffice rewrites ids,
    keeps names), else by their numbering's format under a « List Paragraph » style."""

    def kind(style_id: str, num_id: str | None, level: str) -> str:
        names = styles.names(style_id)
        for name in names:
            if name in LIST_STYLE_NAMES:
                return LIST_STYLE_NAMES[name]
        number = (num_id, int(level) if level.isdigit() else 0) if num_id is not None else None
        number = number or styles.num(style_id)
        found = styles.list_kind(*number) if number is not None else ""
        if found == "bullet" or (found and names & LIST_PARAGRAPH_NAMES):
            return found
        return ""

    return kind
