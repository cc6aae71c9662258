"""Records of a returned file built in code, for the tests of matching and items (no Word file)."""

from __future__ import annotations

import uuid
from datetime import datetime

from deliberation.records.opinions import Line, Paragraph, Run, plain_lines
from deliberation.review.returned import (
    ReturnedComment,
    ReturnedDocument,
    ReturnedParagraph,
    TrackedChange,
)
from deliberation.rules.word_exchange import BOOKMARK_PREFIX


def sent(text: str) -> Paragraph:
    """A paragraph of the exported text, with a new identity."""
    return Paragraph(uuid.uuid4(), "paragraph", plain_lines(text))


def mark(paragraph: Paragraph) -> str:
    """The bookmark an export puts around a paragraph."""
    return BOOKMARK_PREFIX + paragraph.uuid.hex


def back(
    index: int,
    text: str,
    *bookmarks: str,
    changes: tuple[TrackedChange, ...] = (),
    runs: tuple[Run, ...] | None = None,
    inserted: bool = False,
    deleted: bool = False,
    in_table: bool = False,
) -> ReturnedParagraph:
    """A paragraph of the returned file (its final text, `runs` for emphasis)."""
    lines = (Line(runs),) if runs is not None else plain_lines(text)
    return ReturnedParagraph(
        index, bookmarks, lines, text, changes, inserted, deleted, "", in_table
    )


def comment(
    id: str, index: int | None, text: str, *, parent: str | None = None, done: bool = False
) -> ReturnedComment:
    return ReturnedComment(
        id, "Jeanne Martin", "JM", datetime(2026, 3, 2, 9, 30), text, "délégué", index, parent, done
    )


def document(
    *paragraphs: ReturnedParagraph,
    comments: tuple[ReturnedComment, ...] = (),
    last_modified_by: str = "",
    modified: datetime | None = None,
) -> ReturnedDocument:
    return ReturnedDocument(
        {}, "Avis", "Secrétariat", last_modified_by, modified, paragraphs, comments, False
    )
