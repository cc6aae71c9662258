"""Plain records of meetings, agendas, attendance and actions, with their codes' French wording."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time
from uuid import UUID

from deliberation.records.i18n import QT_TRANSLATE_NOOP

# Codes stored in the database, with their French wording (the one place both are written).
MEETING_KINDS = {
    "plenary": QT_TRANSLATE_NOOP("labels", "Réunion plénière"),
    "group_session": QT_TRANSLATE_NOOP("labels", "Séance de groupe de travail"),
    "sharing_day": QT_TRANSLATE_NOOP("labels", "Journée de partage"),
    "consensus_conference": QT_TRANSLATE_NOOP("labels", "Conférence de consensus"),
}
MEETING_STATUSES = {
    "planned": QT_TRANSLATE_NOOP("labels", "Prévue"),
    "held": QT_TRANSLATE_NOOP("labels", "Tenue"),
    "cancelled": QT_TRANSLATE_NOOP("labels", "Annulée"),
    "postponed": QT_TRANSLATE_NOOP("labels", "Reportée"),
}
ITEM_KINDS = {
    "information": QT_TRANSLATE_NOOP("labels", "Information"),
    "discussion": QT_TRANSLATE_NOOP("labels", "Discussion"),
    "decision": QT_TRANSLATE_NOOP("labels", "Décision"),
}
ATTENDANCE_STATUSES = {
    "pending": QT_TRANSLATE_NOOP("labels", "Non renseignée"),
    "present": QT_TRANSLATE_NOOP("labels", "Présente"),
    "excused": QT_TRANSLATE_NOOP("labels", "Excusée"),
    "absent": QT_TRANSLATE_NOOP("labels", "Absente"),
    "represented": QT_TRANSLATE_NOOP("labels", "Représentée"),
}
ACTION_STATUSES = {
    "open": QT_TRANSLATE_NOOP("labels", "À faire"),
    "in_progress": QT_TRANSLATE_NOOP("labels", "En cours"),
    "done": QT_TRANSLATE_NOOP("labels", "Faite"),
    "dropped": QT_TRANSLATE_NOOP("labels", "Abandonnée"),
}
ATTENDANCE_COUNTED = {  # how a count of each status reads (« 2 excusées »), in summary order
    "present": (QT_TRANSLATE_NOOP("labels", "présente"), QT_TRANSLATE_NOOP("labels", "présentes")),
    "represented": (
        QT_TRANSLATE_NOOP("labels", "représentée"),
        QT_TRANSLATE_NOOP("labels", "représentées"),
    ),
    "excused": (QT_TRANSLATE_NOOP("labels", "excusée"), QT_TRANSLATE_NOOP("labels", "excusées")),
    "absent": (QT_TRANSLATE_NOOP("labels", "absente"), QT_TRANSLATE_NOOP("labels", "absentes")),
    "pending": (
        QT_TRANSLATE_NOOP("labels", "non renseignée"),
        QT_TRANSLATE_NOOP("labels", "non renseignées"),
    ),
}
LINK_KINDS = {
    "file": QT_TRANSLATE_NOOP("labels", "Fichier"),
    "url": QT_TRANSLATE_NOOP("labels", "Adresse web"),
    "record": QT_TRANSLATE_NOOP("labels", "Fiche"),
}
CLOSED_ACTION_STATUSES = frozenset({"done", "dropped"})
ATTENDED_STATUSES = frozenset({"present", "represented"})


@dataclass(frozen=True)
class AgendaLink:
    """A link from an agenda item: a file path, a web address, or a record (`kind:uuid`)."""

    kind: str
    target: str
    label: str = ""
    uuid: UUID | None = None


@dataclass(frozen=True)
class AgendaItem:
    """One point of the agenda with what was said (`outcome`) and decided (`decision`)."""

    uuid: UUID
    kind: str
    title: str
    duration_minutes: int
    description: str = ""
    presenter_organisation_id: int | None = None
    presenter_delegate_id: int | None = None
    outcome: str = ""
    decision: str = ""
    links: tuple[AgendaLink, ...] = ()


@dataclass(frozen=True)
class Attendance:
    """A convened organisation and how it attended; `delegate_ids` are who came for it."""

    organisation_id: int
    status: str = "pending"
    represented_by_id: int | None = None
    delegate_ids: tuple[int, ...] = ()
    note: str = ""
    uuid: UUID | None = None


@dataclass(frozen=True)
class MeetingSnapshot:
    """Everything about one meeting (undo, redo, exports): `group_id` None is the plenary."""

    id: int
    uuid: UUID
    kind: str
    group_id: int | None
    title: str
    day: date
    start: time
    end: time
    place: str = ""
    video_link: str = ""
    status: str = "planned"
    series_uuid: UUID | None = None
    notes: str = ""
    items: tuple[AgendaItem, ...] = ()
    convened: tuple[Attendance, ...] = ()

    @property
    def duration_minutes(self) -> int:
        return (self.end.hour * 60 + self.end.minute) - (self.start.hour * 60 + self.start.minute)


@dataclass(frozen=True)
class MeetingInput:
    """What a user types to plan a meeting; the title defaults to the kind and the body."""

    kind: str
    day: date | None
    start: time | None
    end: time | None
    group_id: int | None = None
    title: str = ""
    place: str = ""
    video_link: str = ""
    status: str = "planned"
    notes: str = ""


@dataclass(frozen=True)
class MeetingRecord:
    """A meeting as lists show it."""

    id: int
    uuid: UUID
    kind: str
    group_id: int | None
    body_label: str
    title: str
    day: date
    start: time
    end: time
    place: str
    video_link: str
    status: str
    series_uuid: UUID | None
    item_count: int
    convened_count: int
    attended_count: int


@dataclass(frozen=True)
class ActionRecord:
    """An action agreed in a meeting; also its own undo snapshot."""

    id: int
    uuid: UUID
    title: str
    meeting_id: int | None = None
    item_uuid: UUID | None = None
    organisation_id: int | None = None
    delegate_id: int | None = None
    due_date: date | None = None
    status: str = "open"
    note: str = ""
    closed_on: date | None = None
    # Resolved for display (not written back).
    meeting_label: str = field(default="", compare=False)
    owner_label: str = field(default="", compare=False)

    @property
    def is_open(self) -> bool:
        return self.status not in CLOSED_ACTION_STATUSES

    def is_overdue(self, today: date) -> bool:
        return self.is_open and self.due_date is not None and self.due_date < today


@dataclass(frozen=True)
class ActionInput:
    title: str
    meeting_id: int | None = None
    item_uuid: UUID | None = None
    organisation_id: int | None = None
    delegate_id: int | None = None
    due_date: date | None = None
    status: str = "open"
    note: str = ""


@dataclass(frozen=True)
class ScheduledItem:
    """An agenda item with its computed start and end times."""

    item: AgendaItem
    number: int
    start: time
    end: time
    overruns: bool


@dataclass(frozen=True)
class MeetingDetails:
    """A meeting with every name resolved: what exports, the CLI and the meeting page show."""

    meeting: MeetingSnapshot
    body_name: str
    body_short_name: str
    group_name: str
    organisations: dict[int, tuple[str, str]]  # id → (acronym, name)
    delegates: dict[int, tuple[str, int]]  # id → (full name, organisation id)
    schedule: tuple[ScheduledItem, ...]
    overrun_minutes: int
    actions: tuple[ActionRecord, ...]

    @property
    def body_label(self) -> str:
        return self.group_name or self.body_short_name or self.body_name

    def organisation_label(self, organisation_id: int | None) -> str:
        if organisation_id is None:
            return ""
        return self.organisations.get(organisation_id, ("?", ""))[0]

    def delegate_label(self, delegate_id: int | None) -> str:
        if delegate_id is None:
            return ""
        name, org = self.delegates.get(delegate_id, ("?", 0))
        acronym = self.organisation_label(org)
        return f"{name} ({acronym})" if acronym else name

    def presenter_label(self, item: AgendaItem) -> str:
        if item.presenter_delegate_id is not None:
            return self.delegate_label(item.presenter_delegate_id)
        return self.organisation_label(item.presenter_organisation_id)


@dataclass(frozen=True)
class AttendanceTally:
    """How often an organisation was convened and how it attended over a period."""

    organisation_id: int
    acronym: str
    convened: int
    present: int
    represented: int
    excused: int
    absent: int
    pending: int

    @property
    def rate(self) -> float | None:
        """Share of recorded meetings attended (present or represented); None if none recorded."""
        recorded = self.convened - self.pending
        return (self.present + self.represented) / recorded if recorded else None
