"""Records of draft opinions: their structured text, versions, amendments and comments."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from uuid import UUID

from deliberation.records.i18n import QT_TRANSLATE_NOOP
from deliberation.records.opinion_labels import OPINION_KINDS as OPINION_KINDS  # re-exported
from deliberation.records.opinion_labels import OPINION_STATUSES as OPINION_STATUSES

PARAGRAPH_KINDS = {
    "heading": QT_TRANSLATE_NOOP("labels", "Titre"),
    "recital": QT_TRANSLATE_NOOP("labels", "Considérant"),
    "paragraph": QT_TRANSLATE_NOOP("labels", "Paragraphe"),
    "recommendation": QT_TRANSLATE_NOOP("labels", "Recommandation"),
}
HEADING_LEVELS = (1, 2, 3)
LIST_STYLES = {
    "": QT_TRANSLATE_NOOP("labels", "Texte"),
    "bullet": QT_TRANSLATE_NOOP("labels", "Liste à puces"),
    "number": QT_TRANSLATE_NOOP("labels", "Liste numérotée"),
}
AMENDMENT_ACTIONS = {
    "replace": QT_TRANSLATE_NOOP("labels", "Remplacer le paragraphe"),
    "insert_after": QT_TRANSLATE_NOOP("labels", "Insérer après le paragraphe"),
    "delete": QT_TRANSLATE_NOOP("labels", "Supprimer le paragraphe"),
}
AMENDMENT_STATUSES = {
    "proposed": QT_TRANSLATE_NOOP("labels", "Proposé"),
    "accepted": QT_TRANSLATE_NOOP("labels", "Accepté"),
    "accepted_modified": QT_TRANSLATE_NOOP("labels", "Accepté modifié"),
    "rejected": QT_TRANSLATE_NOOP("labels", "Rejeté"),
    "withdrawn": QT_TRANSLATE_NOOP("labels", "Retiré"),
}
AMENDMENT_TREATMENTS = {  # what the rapporteur proposes the committee decides
    "favorable": QT_TRANSLATE_NOOP("labels", "Favorable"),
    "unfavorable": QT_TRANSLATE_NOOP("labels", "Défavorable"),
    "withdrawal_requested": QT_TRANSLATE_NOOP("labels", "Retrait demandé"),
    "satisfied": QT_TRANSLATE_NOOP("labels", "Satisfait"),
}
# how an amendment without a proposed treatment is named
NO_TREATMENT = QT_TRANSLATE_NOOP("labels", "À examiner")
AMENDMENT_DECIDED = frozenset({"accepted", "accepted_modified", "rejected", "withdrawn"})
AMENDMENT_APPLIED = frozenset({"accepted", "accepted_modified"})
TITLE_MAX = 500
PARAGRAPH_MAX = 50_000  # characters of one paragraph's text


@dataclass(frozen=True)
class Run:
    """A stretch of text with one emphasis."""

    text: str
    bold: bool = False
    italic: bool = False


@dataclass(frozen=True)
class Line:
    """One line of a paragraph: plain text (`list` "") or an item of a bulleted/numbered list."""

    runs: tuple[Run, ...] = ()
    list: str = ""

    @property
    def text(self) -> str:
        return "".join(run.text for run in self.runs)


@dataclass(frozen=True)
class Paragraph:
    """A unit of a draft with a stable identity: positions, amendments and comments attach to it.

    `kind` is one of PARAGRAPH_KINDS; `level` (1–3) is a heading's depth (1 for other kinds).
    """

    uuid: UUID
    kind: str
    lines: tuple[Line, ...]
    level: int = 1

    @property
    def text(self) -> str:
        """The plain text, lines separated by line breaks."""
        return "\n".join(line.text for line in self.lines)


def plain_lines(text: str, list_style: str = "") -> tuple[Line, ...]:
    """Lines of unformatted text, one per line break."""
    return tuple(Line((Run(part),) if part else (), list_style) for part in text.split("\n")) or (
        Line(),
    )


# -- the stored form of a paragraph's content (JSON, stable and compact) ------------------------


def content_json(lines: tuple[Line, ...]) -> str:
    """`[{"list": "", "runs": [["text", "bi"], …]}, …]` — the stored form of a paragraph."""
    data = [
        {
            "list": line.list,
            "runs": [[r.text, "b" * r.bold + "i" * r.italic] for r in line.runs],
        }
        for line in lines
    ]
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def content_lines(data: str | list[Any]) -> tuple[Line, ...]:
    """Lines back from their stored form (a JSON string or its parsed list)."""
    items = json.loads(data) if isinstance(data, str) else data
    lines = []
    for item in items:
        runs = tuple(
            Run(str(text), "b" in flags, "i" in flags) for text, flags in item.get("runs", ())
        )
        style = item.get("list", "")
        lines.append(Line(runs, style if style in LIST_STYLES else ""))
    return tuple(lines) or (Line(),)


def paragraph_dict(paragraph: Paragraph) -> dict[str, Any]:
    return {
        "uuid": str(paragraph.uuid),
        "kind": paragraph.kind,
        "level": paragraph.level,
        "content": json.loads(content_json(paragraph.lines)),
    }


def paragraph_from_dict(data: dict[str, Any]) -> Paragraph:
    return Paragraph(
        UUID(data["uuid"]), data["kind"], content_lines(data["content"]), int(data["level"])
    )


def text_json(paragraphs: tuple[Paragraph, ...] | list[Paragraph]) -> str:
    """A whole text in its stored form (versions are kept this way)."""
    return json.dumps(
        [paragraph_dict(p) for p in paragraphs], ensure_ascii=False, separators=(",", ":")
    )


def text_from_json(data: str) -> tuple[Paragraph, ...]:
    return tuple(paragraph_from_dict(item) for item in json.loads(data))


# -- opinions -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class StatusChange:
    """An opinion's move to a status on a date, with who recorded it."""

    status: str
    changed_on: date
    changed_by: str = ""
    note: str = ""


@dataclass(frozen=True)
class OpinionInput:
    """What a user types to create or describe an opinion."""

    kind: str
    title: str
    group_id: int | None = None
    rapporteur_ids: tuple[int, ...] = ()  # delegates
    agenda_item_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class OpinionSnapshot:
    """An opinion's description (not its text); also its own undo snapshot."""

    id: int
    uuid: UUID
    kind: str
    title: str
    group_id: int | None
    status: str
    rapporteur_ids: tuple[int, ...] = ()
    agenda_item_ids: tuple[int, ...] = ()
    history: tuple[StatusChange, ...] = ()


@dataclass(frozen=True)
class OpinionRecord:
    """A row of the opinions list, with names resolved for display."""

    id: int
    uuid: UUID
    kind: str
    title: str
    group_id: int | None
    group_name: str
    status: str
    status_since: date | None
    rapporteurs: tuple[str, ...]
    paragraphs: int
    versions: int
    open_amendments: int
    updated_at: datetime


@dataclass(frozen=True)
class AgendaRef:
    """An agenda item an opinion is linked to, with its meeting for display."""

    item_id: int
    item_uuid: UUID
    title: str
    meeting_id: int
    meeting_title: str
    meeting_day: date


@dataclass(frozen=True)
class OpinionText:
    """The current text of an opinion and the revision it was read at (for conflict checks)."""

    opinion_id: int
    paragraphs: tuple[Paragraph, ...]
    revision: int


@dataclass(frozen=True)
class VersionRecord:
    """A frozen, numbered version of an opinion's text."""

    id: int
    opinion_id: int
    number: int
    note: str
    frozen_at: datetime
    frozen_by: str
    paragraphs: tuple[Paragraph, ...] = ()


# -- amendments and comments --------------------------------------------------------------------


@dataclass(frozen=True)
class AmendmentInput:
    """An amendment as proposed: `lines` is the proposed text (empty for a deletion)."""

    paragraph_uuid: UUID
    organisation_id: int
    action: str
    lines: tuple[Line, ...] = ()
    justification: str = ""
    proposed_on: date | None = None
    author: str = ""  # the person who wrote it (a Word author name on import)


@dataclass(frozen=True)
class AmendmentRecord:
    """An amendment with its decision; also its own undo snapshot.

    `original` is the paragraph's text when the amendment was proposed; `applied` the text
    that went into the draft when it was accepted (modified or not).
    """

    id: int
    uuid: UUID
    opinion_id: int
    paragraph_uuid: UUID
    organisation_id: int
    organisation_acronym: str
    action: str
    lines: tuple[Line, ...]
    justification: str
    status: str
    proposed_on: date
    author: str = ""
    original: str = ""
    applied: tuple[Line, ...] = ()
    inserted_uuid: UUID | None = None  # the paragraph an accepted insertion created
    decided_on: date | None = None
    decided_by: str = ""
    decision_note: str = ""
    source_key: str = ""  # set when it came from a returned Word file (re-import adds nothing)
    treatment: str = ""  # an AMENDMENT_TREATMENTS code, "" while the rapporteur has not said
    treatment_note: str = ""

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)

    @property
    def treatment_label(self) -> str:
        """« Favorable », « Retrait demandé »… or « À examiner »."""
        return AMENDMENT_TREATMENTS.get(self.treatment, NO_TREATMENT)


@dataclass(frozen=True)
class CommentRecord:
    """A comment on a paragraph; replies point at the thread's first comment."""

    id: int
    uuid: UUID
    opinion_id: int
    paragraph_uuid: UUID
    author: str
    text: str
    written_at: datetime
    reply_to: int | None = None
    resolved: bool = False
    anchor: str = ""  # the words the comment is about, if any
    organisation_id: int | None = None  # whose comment it is, when it came from a returned file
    organisation_acronym: str = ""
    source_key: str = ""  # set when it came from a returned Word file (re-import adds nothing)


@dataclass(frozen=True)
class CommentThread:
    """A comment and its replies, open or resolved."""

    first: CommentRecord
    replies: tuple[CommentRecord, ...] = ()

    @property
    def resolved(self) -> bool:
        return self.first.resolved


# -- Word exchange ------------------------------------------------------------------------------


@dataclass(frozen=True)
class ExportRecord:
    """A text as it was sent out in a Word file (`version` None: the current text then).

    `against` is the version the tracked changes were shown against; `author` the name the file
    carries (its author and the tracked changes' author).
    """

    id: int
    uuid: UUID
    opinion_id: int
    version: int | None
    against: int | None
    paragraphs: tuple[Paragraph, ...]
    exported_at: datetime
    exported_by: str = ""
    author: str = ""
    file_name: str = ""


# -- positions beside the text ------------------------------------------------------------------


@dataclass(frozen=True)
class OrganisationStance:
    """One organisation's recorded stance on a paragraph (or on the whole draft)."""

    organisation_id: int
    acronym: str
    stance: str
    reservation: str = ""
    reasons: str = ""
    amendment: str = ""


@dataclass(frozen=True)
class Standing:
    """Where the members stand on a paragraph: the latest consultation covering it.

    `status` is a CONSENSUS_STATUSES code; `missing` the consulted organisations that have not
    answered.
    """

    consultation_id: int
    consultation_title: str
    subject_id: int
    status: str
    stances: tuple[OrganisationStance, ...] = ()
    missing: tuple[str, ...] = ()

    @property
    def reservations(self) -> tuple[OrganisationStance, ...]:
        return tuple(s for s in self.stances if s.reservation)


@dataclass(frozen=True)
class ParagraphNumber:
    """The computed number of a paragraph: `number` ("I", "A", "12", "3"), `label` as shown."""

    number: str
    label: str


@dataclass(frozen=True)
class TextChange:
    """A change a decision makes to the text, applied by the editor as one undoable step.

    `action` is an AMENDMENT_ACTIONS code: replace `target`'s lines, insert a new paragraph
    (`new_uuid`, same kind as the target) after it, or delete it.
    """

    action: str
    target: UUID
    lines: tuple[Line, ...] = ()
    new_uuid: UUID | None = None
    kind: str = ""
