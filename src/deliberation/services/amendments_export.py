"""Exporting an opinion's amendments' table to Word or to a spreadsheet, chosen by the suffix."""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path
from typing import TYPE_CHECKING
from uuid import UUID

from deliberation.errors import ExportError
from deliberation.exports.amendments_docx import write_amendments_docx
from deliberation.exports.amendments_table import (
    AmendmentsTable,
    amendments_table,
    chosen_paragraphs,
    paragraphs_named,
)
from deliberation.exports.amendments_xlsx import write_amendments_xlsx
from deliberation.records.i18n import QT_TRANSLATE_NOOP, Sentence
from deliberation.records.opinions import OPINION_KINDS

if TYPE_CHECKING:
    from deliberation.services.opinions import Opinions
    from deliberation.services.referential import Referential

AMENDMENTS_SUFFIXES = (".docx", ".xlsx")


def opinion_amendments(
    opinions: Opinions,
    referential: Referential,
    opinion_id: int,
    paragraphs: str | Collection[UUID] | None = None,
) -> AmendmentsTable:
    """The amendments' table of an opinion's current text.

    `paragraphs` keeps the amendments of some paragraphs: their identities, or their numbers
    as typed (« 3,4 », « 3-6 », « R2 »). An unknown opinion raises the store's NotFoundError,
    an unknown number ExportError; both are one French sentence.
    """
    snap = opinions.opinion(opinion_id)
    text = opinions.text(opinion_id).paragraphs
    chosen: Collection[UUID] | None = None
    if isinstance(paragraphs, str):
        chosen = chosen_paragraphs(text, paragraphs)
    elif paragraphs is not None:
        chosen = set(paragraphs)
    body = referential.body()
    return amendments_table(
        text,
        opinions.amendments(opinion_id),
        title=snap.title,
        kind=OPINION_KINDS.get(snap.kind, snap.kind.capitalize()),
        committee=(body.name if body else "") or "Comité",
        today=opinions.today,
        aliases=opinions.moved_aliases(opinion_id),
        chosen=chosen,
    )


def paragraph_choice(opinions: Opinions, opinion_id: int, wanted: str) -> list[UUID] | None:
    """The paragraphs typed in `wanted` (« 3-6, R2 ») of the opinion's current text, None when
    it is blank (the whole opinion); ExportError (one French sentence) on an unknown number."""
    if not wanted.strip():
        return None
    return chosen_paragraphs(opinions.text(opinion_id).paragraphs, wanted)


def paragraph_names(opinions: Opinions, opinion_id: int, chosen: Collection[UUID]) -> str:
    """How `paragraph_choice` would be typed for these paragraphs (« 3-6, R2 »); "" if none."""
    if not chosen:
        return ""
    return paragraphs_named(opinions.text(opinion_id).paragraphs, set(chosen))


def export_amendments(
    opinions: Opinions,
    referential: Referential,
    opinion_id: int,
    target: Path,
    paragraphs: str | Collection[UUID] | None = None,
) -> Path:
    """Write the amendments' table of an opinion to `target` (.docx or .xlsx); its path.

    A suffix other than .docx or .xlsx raises ExportError before anything is read or written.
    """
    checked_target(target)
    table = opinion_amendments(opinions, referential, opinion_id, paragraphs)
    return write_table(table, target)


def checked_target(target: Path) -> Path:
    """`target` with the user's folder expanded; ExportError unless it ends in .docx or .xlsx."""
    target = Path(target).expanduser()
    if target.suffix.lower() not in AMENDMENTS_SUFFIXES:
        raise ExportError(
            Sentence(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "« {name} » n'est ni un document Word ni un classeur : "
                    "choisissez un fichier .docx ou .xlsx.",
                ),
                name=target.name,
            )
        )
    return target


def write_table(table: AmendmentsTable, target: Path) -> Path:
    """Write an amendments' table already gathered, as Word or spreadsheet after the suffix."""
    target = checked_target(target)
    if target.suffix.lower() == ".docx":
        return write_amendments_docx(table, target)
    return write_amendments_xlsx(table, target)


__all__ = [
    "AMENDMENTS_SUFFIXES",
    "checked_target",
    "export_amendments",
    "opinion_amendments",
    "paragraph_choice",
    "paragraph_names",
    "write_table",
]
