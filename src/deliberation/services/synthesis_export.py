"""Exporting consultations' synthesis to Word or to a spreadsheet, chosen by the file's suffix."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from deliberation.errors import ExportError, NotFoundError
from deliberation.exports.synthesis_docx import write_synthesis_docx
from deliberation.exports.synthesis_xlsx import write_synthesis_xlsx
from deliberation.exports.text import clean_line, french_date
from deliberation.records.i18n import QT_TRANSLATE_NOOP, Sentence
from deliberation.rules.meetings import default_title

if TYPE_CHECKING:
    from deliberation.services.root import Root

SYNTHESIS_SUFFIXES = (".docx", ".xlsx")


def export_synthesis(
    root: Root,
    consultation_ids: Sequence[int],
    target: Path,
    *,
    addresses: bool = False,
    author: str = "",
) -> Path:
    """Write the synthesis of each consultation to `target` (.docx or .xlsx) and return its path.

    By default the file is a copy to send out: no delegate's e-mail address. With `addresses`,
    the workbook's reminder sheet gives the addresses of the delegates to chase (the
    secretariat's own copy; the Word table never carries any). `author` is the documents'
    author in their properties (Préférences; empty: the committee).

    A suffix other than .docx or .xlsx raises ExportError before anything is read or written; an
    unknown consultation raises the store's NotFoundError; both are one French sentence.
    """
    positions = root.positions
    target = Path(target).expanduser()
    suffix = target.suffix.lower()
    if suffix not in SYNTHESIS_SUFFIXES:
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
    if not consultation_ids:
        raise ExportError(
            QT_TRANSLATE_NOOP(
                "errors", "Aucune consultation à exporter : choisissez-en au moins une."
            )
        )
    syntheses = [positions.synthesis(consultation_id) for consultation_id in consultation_ids]
    body = root.referential.body()
    committee = (body.name if body else "") or "Comité"
    meetings = root.meetings
    labels: dict[int, str] = {}
    for synthesis in syntheses:
        meeting_id = synthesis.consultation.meeting_id
        if meeting_id is None or meeting_id in labels:
            continue
        try:
            details = meetings.details(meeting_id)
        except NotFoundError:  # the meeting was deleted: the synthesis stands without it
            continue
        meeting = details.meeting
        title = clean_line(meeting.title) or default_title(meeting.kind, details.group_name)
        labels[meeting_id] = f"{title} du {french_date(meeting.day)}"
    if suffix == ".docx":
        return write_synthesis_docx(
            syntheses,
            target,
            committee=committee,
            meetings=labels,
            today=positions.today,
            author=author,
        )
    return write_synthesis_xlsx(
        syntheses,
        target,
        committee=committee,
        meetings=labels,
        today=positions.today,
        addresses=addresses,
        author=author,
    )


__all__ = ["SYNTHESIS_SUFFIXES", "export_synthesis"]
