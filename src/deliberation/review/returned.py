"""Records of a returned Word file as the reader gives them: paragraphs, changes, comments."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo

from deliberation.records.opinions import Line


@dataclass(frozen=True)
class TrackedChange:
    """A tracked insertion, deletion or change of format (moves count as deletion and
    insertion) in a paragraph."""

    kind: str  # "insert" | "delete" | "format" (w:rPrChange: the text kept, its format changed)
    # | "layout" (w:pPrChange: the paragraph's own format changed; no text)
    text: str
    author: str
    date: datetime | None  # timezone-aware (UTC when the file gives no offset)
    # A format change's properties changed besides bold and italic, by Word's names ("u",
    # "color", "rFonts", "highlight"…; a layout change's: "jc", "ind", "spacing"…): what the
    # import cannot take back.
    properties: tuple[str, ...] = ()


@dataclass(frozen=True)
class ReturnedParagraph:
    """One Word paragraph of the body (document order; includes paragraphs inside tables)."""

    index: int
    bookmarks: tuple[str, ...]  # names starting with "dlb_" covering this paragraph
    lines: tuple[Line, ...]  # final text (insertions kept, deletions dropped), bold/italic runs;
    # the first line's `list` says whether the Word paragraph is a bulleted or numbered item
    original: str  # the text with every tracked change rejected
    changes: tuple[TrackedChange, ...]  # in order; adjacent pieces of one change merged
    inserted: bool  # the paragraph mark itself is a tracked insertion
    deleted: bool  # the paragraph mark is a tracked deletion
    style: str  # w:pStyle value ("" if none)
    in_table: bool
    mark_author: str = ""  # who inserted or deleted the paragraph mark (tracked), if named

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)


@dataclass(frozen=True)
class ReturnedComment:
    """A comment of the returned file, with the final text it is anchored on."""

    id: str  # w:id in comments.xml
    author: str
    initials: str
    date: datetime | None
    text: str  # the comment's paragraphs joined by "\n"
    anchor: str  # the final document text between commentRangeStart and End
    paragraph_index: int | None  # body paragraph where the range starts (or its reference is)
    parent_id: str | None  # id of the comment it replies to, else None
    done: bool
    # The date as written, read as UTC whoever wrote it: what a copy saved again elsewhere keeps
    # (LibreOffice keeps a Word comment's « Z » date as it is), so what identifies the comment.
    stamp: datetime | None = None


@dataclass(frozen=True)
class ReturnedNote:
    """A footnote of the returned file (the export writes reservations so), with the changes
    tracked in it."""

    id: str
    paragraph_index: int | None  # body paragraph holding its reference
    text: str  # final text, its paragraphs joined by "\n"
    changes: tuple[TrackedChange, ...]
    marks: tuple[str, ...] = ()  # authors of its paragraph marks inserted or deleted (tracked)


@dataclass(frozen=True)
class ReturnedDocument:
    """What a returned .docx holds, as plain records."""

    properties: dict[str, str]  # custom properties by name
    title: str
    author: str  # core dc:creator
    last_modified_by: str  # core cp:lastModifiedBy
    modified: datetime | None  # core dcterms:modified
    paragraphs: tuple[ReturnedParagraph, ...]
    comments: tuple[ReturnedComment, ...]
    track_revisions: bool  # settings.xml w:trackRevisions present
    notes: tuple[ReturnedNote, ...] = ()  # footnotes


def parse_date(value: str | None, local_z: tzinfo | None = None) -> datetime | None:
    """An ISO 8601 date as Word and LibreOffice write it, made timezone-aware (UTC by default).

    `local_z`: the zone of a writer that marks its local time « Z » (LibreOffice writes the
    reviewer's wall-clock time so); such a date is read as that zone's local time."""
    if not value:
        return None
    value = value.strip()
    if local_z is not None and value[-1:] in ("Z", "z"):
        value = value[:-1]
    try:
        moment = datetime.fromisoformat(value)
        if local_z is not None and moment.tzinfo is None:
            moment = moment.replace(tzinfo=local_z).astimezone(UTC)
        moment = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
        moment.astimezone(UTC)  # 0001-01-01T00:00:00+14:00 has no UTC time: no date
    except (ValueError, OverflowError):
        return None
    return moment
