"""Records of consultations and positions, and their codes' French wording (written once here)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from uuid import UUID

from deliberation.records.i18n import QT_TRANSLATE_NOOP

# who changes positions when no name is set (stored in French; the window shows it translated)
DEFAULT_USER = QT_TRANSLATE_NOOP("labels", "Secrétariat")
USER_MAX = 200  # the length of a recorder's name the store keeps

STANCES = {
    "favorable": QT_TRANSLATE_NOOP("labels", "Favorable"),
    "reserved": QT_TRANSLATE_NOOP("labels", "Favorable sous réserve"),
    "unfavorable": QT_TRANSLATE_NOOP("labels", "Défavorable"),
    "abstention": QT_TRANSLATE_NOOP("labels", "Abstention"),
    "not_expressed": QT_TRANSLATE_NOOP("labels", "Non exprimée"),
}
# a cell where no position is recorded (not « non exprimée »)
NO_ANSWER = QT_TRANSLATE_NOOP("labels", "Sans réponse")
STANCE_COUNTED = {  # how a count of each stance reads (« 2 favorables »), singular and plural
    "favorable": (
        QT_TRANSLATE_NOOP("labels", "favorable"),
        QT_TRANSLATE_NOOP("labels", "favorables"),
    ),
    "reserved": (
        QT_TRANSLATE_NOOP("labels", "favorable sous réserve"),
        QT_TRANSLATE_NOOP("labels", "favorables sous réserve"),
    ),
    "unfavorable": (
        QT_TRANSLATE_NOOP("labels", "défavorable"),
        QT_TRANSLATE_NOOP("labels", "défavorables"),
    ),
    "abstention": (
        QT_TRANSLATE_NOOP("labels", "abstention"),
        QT_TRANSLATE_NOOP("labels", "abstentions"),
    ),
    "not_expressed": (
        QT_TRANSLATE_NOOP("labels", "non exprimée"),
        QT_TRANSLATE_NOOP("labels", "non exprimées"),
    ),
}
CONSENSUS_STATUSES = {
    "consensus": QT_TRANSLATE_NOOP("labels", "Consensus"),
    "consensus_with_reservations": QT_TRANSLATE_NOOP("labels", "Consensus avec réserves"),
    "disputed": QT_TRANSLATE_NOOP("labels", "Contesté"),
    "not_enough_answers": QT_TRANSLATE_NOOP("labels", "Réponses insuffisantes"),
}
POSITION_SOURCES = {
    "meeting": QT_TRANSLATE_NOOP("labels", "Séance"),
    "email": QT_TRANSLATE_NOOP("labels", "Courriel"),
    "written": QT_TRANSLATE_NOOP("labels", "Contribution écrite"),
    "word_return": QT_TRANSLATE_NOOP("labels", "Retour d'un fichier Word"),
    "form": QT_TRANSLATE_NOOP("labels", "Formulaire"),
    "phone": QT_TRANSLATE_NOOP("labels", "Téléphone"),
    "other": QT_TRANSLATE_NOOP("labels", "Autre"),
}
SUBJECT_KINDS = {
    "agenda_item": QT_TRANSLATE_NOOP("labels", "Point de l'ordre du jour"),
    "opinion": QT_TRANSLATE_NOOP("labels", "Projet d'avis"),
    "paragraph": QT_TRANSLATE_NOOP("labels", "Paragraphe d'un projet"),
    "other": QT_TRANSLATE_NOOP("labels", "Autre sujet"),
}


@dataclass(frozen=True)
class Subject:
    """What is asked about: `kind` and `ref` (the UUID of the record designated, if any)."""

    kind: str
    label: str
    ref: UUID | None = None
    uuid: UUID | None = None
    id: int = 0


@dataclass(frozen=True)
class ConsultationSnapshot:
    """A consultation with its subjects and the organisations consulted (undo, redo)."""

    id: int
    uuid: UUID
    title: str
    opened_on: date
    deadline: date | None = None
    question: str = ""
    meeting_id: int | None = None
    min_answers: int = 1
    max_unfavorable: int = 0
    abstentions_count: bool = False
    subjects: tuple[Subject, ...] = ()
    consulted: tuple[int, ...] = ()


@dataclass(frozen=True)
class ConsultationInput:
    title: str
    opened_on: date | None
    deadline: date | None = None
    question: str = ""
    meeting_id: int | None = None
    min_answers: int = 1
    max_unfavorable: int = 0
    abstentions_count: bool = False
    subjects: tuple[Subject, ...] = ()
    consulted: tuple[int, ...] = ()


@dataclass(frozen=True)
class ConsultationRecord:
    """A consultation as lists show it."""

    id: int
    uuid: UUID
    title: str
    opened_on: date
    deadline: date | None
    subject_count: int
    consulted_count: int
    answered_count: int  # organisations with a position (any stance) on every subject
    responded_count: int = 0  # organisations with a position on at least one subject
    subject_labels: tuple[str, ...] = ()  # what the list's search looks into, with the title
    meeting_title: str = ""  # the meeting it was opened for, if any
    meeting_day: date | None = None
    answers_known: bool = True  # false while the answers are still to be counted (lists)


@dataclass(frozen=True)
class PositionRecord:
    """An organisation's current position on one subject; also its own undo snapshot."""

    id: int
    uuid: UUID
    subject_id: int
    organisation_id: int
    stance: str
    received_on: date
    reservation: str = ""
    reasons: str = ""
    amendment: str = ""
    source: str = "email"
    recorded_by: str = ""
    organisation_acronym: str = field(default="", compare=False)


@dataclass(frozen=True)
class PositionInput:
    subject_id: int
    organisation_id: int
    stance: str
    reservation: str = ""
    reasons: str = ""
    amendment: str = ""
    source: str = "email"
    received_on: date | None = None
    recorded_by: str = ""


@dataclass(frozen=True)
class PositionRevisionRecord:
    """A position's values before one change, with who changed it and when."""

    stance: str
    reservation: str
    reasons: str
    amendment: str
    source: str
    received_on: date
    recorded_by: str
    changed_at: datetime
    changed_by: str


@dataclass(frozen=True)
class RevisionRow:
    """One revision with the position it belongs to (to archive and restore a consultation)."""

    position_uuid: UUID
    subject_id: int
    organisation_id: int
    revision: PositionRevisionRecord


@dataclass(frozen=True)
class ConsultationArchive:
    """Everything a deleted consultation held, so that undoing the deletion loses nothing."""

    consultation: ConsultationSnapshot
    positions: tuple[PositionRecord, ...] = ()
    revisions: tuple[RevisionRow, ...] = ()


@dataclass(frozen=True)
class SubjectResult:
    """One subject of a synthesis: the counts per stance and the status under the rule.

    `counts` holds the positions recorded (« non exprimée » only where recorded so);
    `unanswered` the organisations consulted that have no position on the subject yet.
    """

    subject: Subject
    counts: dict[str, int]
    status: str
    unanswered: int = 0


@dataclass(frozen=True)
class Synthesis:
    """Organisations × subjects of one consultation, with statuses and who has not answered.

    An organisation has answered a subject once a position is recorded, whatever its stance
    (« non exprimée » too: it said it would not take a position). `missing` lists the current
    members that still owe an answer on at least one subject (`owed` says which), to be
    reminded; a cell without a position is « sans réponse », never « non exprimée ».
    """

    consultation: ConsultationSnapshot
    rule_text: str
    organisations: tuple[tuple[int, str, str], ...]  # (id, acronym, name) of those consulted
    results: tuple[SubjectResult, ...]
    positions: dict[tuple[int, int], PositionRecord]  # (subject id, organisation id) → position
    missing: tuple[tuple[int, str, tuple[str, ...]], ...]  # (id, acronym, delegates' e-mails)
    owed: dict[int, tuple[int, ...]] = field(default_factory=dict)  # org id → unanswered subjects

    def position(self, subject_id: int, organisation_id: int) -> PositionRecord | None:
        return self.positions.get((subject_id, organisation_id))

    def stance(self, subject_id: int, organisation_id: int) -> str:
        found = self.position(subject_id, organisation_id)
        return found.stance if found else "not_expressed"

    def has_answered(self, organisation_id: int) -> bool:
        """Whether the organisation has a position (any stance) on every subject."""
        return all((r.subject.id, organisation_id) in self.positions for r in self.results)

    @property
    def answered_count(self) -> int:
        """How many organisations consulted have answered on every subject."""
        return sum(self.has_answered(org) for org, _, _ in self.organisations)

    @property
    def responded_count(self) -> int:
        """How many organisations consulted have answered at least one subject."""
        answered = {org for _, org in self.positions}
        return sum(org in answered for org, _, _ in self.organisations)

    def owed_numbers(self, organisation_id: int) -> tuple[int, ...]:
        """The numbers (1, 2…) of the subjects an organisation to remind still owes."""
        owed = set(self.owed.get(organisation_id, ()))
        return tuple(n for n, r in enumerate(self.results, start=1) if r.subject.id in owed)
