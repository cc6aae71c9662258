"""What the Word copy of an opinion shows, already chosen and worded: the document and its rows."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from uuid import UUID

from deliberation.records.opinions import Line, Paragraph
from deliberation.rules.opinion_text import Piece, compare_texts

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Reservation:
    """An organisation's reservation on a paragraph, shown in a footnote."""

    acronym: str
    text: str


@dataclass(frozen=True)
class PositionRow:
    """A row of the positions annex."""

    subject: str  # « Ensemble du texte », « Paragraphe 4 »…
    organisation: str
    stance: str
    reservation: str = ""
    observations: str = ""


@dataclass(frozen=True)
class MemberRow:
    """A row of the members annex."""

    organisation: str
    acronym: str
    category: str
    delegates: str
    in_group: bool = False


@dataclass(frozen=True)
class OpinionDocument:
    """Everything the Word copy of an opinion shows, already chosen and worded."""

    committee: str
    group: str
    kind: str  # « Avis »
    title: str
    version_line: str  # « Version 3 du 12 novembre 2026 »
    status_line: str  # « Projet – document de travail » or « Avis adopté le … »
    adopted: bool
    paragraphs: tuple[Paragraph, ...]
    author: str
    opinion_uuid: UUID
    export_uuid: UUID
    version: int | None = None
    previous: tuple[Paragraph, ...] | None = None  # shown as tracked changes against this
    against: int | None = None
    against_line: str = ""
    rapporteurs: tuple[str, ...] = ()
    reservations: Mapping[UUID, tuple[Reservation, ...]] = field(default_factory=dict)
    positions: tuple[PositionRow, ...] = ()
    members: tuple[MemberRow, ...] = ()
    line_numbers: bool = False
    template: Path | None = None
    exported_at: datetime = field(default_factory=lambda: datetime.now(UTC))


def text_entries(doc: OpinionDocument) -> list[tuple[Paragraph, tuple[Piece, ...] | None, str]]:
    """The paragraphs to write: with `previous`, each with its word diff and change (the Word
    and OpenDocument exports write the same)."""
    if doc.previous is None:
        return [(p, None, "same") for p in doc.paragraphs]
    result: list[tuple[Paragraph, tuple[Piece, ...] | None, str]] = []
    for diff in compare_texts(doc.previous, doc.paragraphs):
        paragraph = diff.new or diff.old
        assert paragraph is not None
        if diff.change in ("same", "moved") and not diff.kind_changed:
            result.append((paragraph, None, "same"))
        else:
            result.append((paragraph, diff.pieces, diff.change))
    return result


TOC_WORDS = 1800  # about four pages: a longer text opens with a table of contents
TOC_HEADINGS = 4


def line_groups(lines: Sequence[Line]) -> list[tuple[str, list[Line]]]:
    """A paragraph's lines as the paragraphs of a word processor: (list style, lines), a list
    item alone, plain lines together after the first one (joined with line breaks)."""
    groups: list[tuple[str, list[Line]]] = []
    for index, line in enumerate(lines):
        if index == 0 or line.list or groups[-1][0]:
            groups.append((line.list if index else "", [line]))
        else:
            groups[-1][1].append(line)
    return groups


def wants_toc(paragraphs: Sequence[Paragraph]) -> bool:
    """Whether the text is long enough, and has headings enough, to open with a table of
    contents (the Word and the OpenDocument exports alike)."""
    headings = sum(1 for p in paragraphs if p.kind == "heading")
    words = sum(len(p.text.split()) for p in paragraphs)
    return headings >= TOC_HEADINGS and words >= TOC_WORDS


def short(text: str, limit: int) -> str:
    """The text on one line, cut with « … » past `limit` characters (headers and footers)."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
