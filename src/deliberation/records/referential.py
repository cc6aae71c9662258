"""Plain, immutable records exchanged between the store, the use cases and the screens."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from uuid import UUID

from deliberation.records.i18n import QT_TRANSLATE_NOOP

# Codes stored in the database, with their French wording (the one place both are written).
DELEGATE_ROLES = {
    "titular": QT_TRANSLATE_NOOP("labels", "Titulaire"),
    "alternate": QT_TRANSLATE_NOOP("labels", "Suppléant"),
}
GROUP_STATUSES = {
    "preparing": QT_TRANSLATE_NOOP("labels", "En préparation"),
    "active": QT_TRANSLATE_NOOP("labels", "Actif"),
    "closed": QT_TRANSLATE_NOOP("labels", "Clos"),
}


@dataclass(frozen=True)
class KindRecord:
    key: str
    label: str


@dataclass(frozen=True)
class FormerName:
    """A name an organisation was known by before; `uuid` keeps it stable across undo."""

    acronym: str
    name: str
    valid_from: date | None = None
    valid_until: date | None = None
    note: str = ""
    uuid: UUID | None = None


@dataclass(frozen=True)
class MembershipPeriod:
    """A membership period; `end` is the day the organisation left (no longer a member)."""

    start: date
    end: date | None = None
    note: str = ""
    uuid: UUID | None = None

    def covers(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day < self.end)


@dataclass(frozen=True)
class OrganisationRecord:
    """An organisation as lists show it."""

    id: int
    uuid: UUID
    acronym: str
    name: str
    kind_key: str
    kind_label: str
    is_member: bool
    member_since: date | None
    member_until: date | None
    former_acronyms: tuple[str, ...]
    delegate_count: int


@dataclass(frozen=True)
class OrganisationSnapshot:
    """Everything needed to recreate an organisation exactly (undo, redo)."""

    id: int
    uuid: UUID
    acronym: str
    name: str
    kind_key: str
    notes: str = ""
    former_names: tuple[FormerName, ...] = ()
    memberships: tuple[MembershipPeriod, ...] = ()


@dataclass(frozen=True)
class OrganisationInput:
    """What a user types to create or edit an organisation."""

    acronym: str
    name: str
    kind_key: str
    member_since: date | None = None
    notes: str = ""


@dataclass(frozen=True)
class DelegateRecord:
    """A delegate, with the organisation it represents; also its own undo snapshot."""

    id: int
    uuid: UUID
    organisation_id: int
    organisation_acronym: str
    first_name: str
    last_name: str
    role: str
    email: str
    function: str
    active: bool

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


@dataclass(frozen=True)
class DelegateInput:
    organisation_id: int
    first_name: str
    last_name: str
    role: str = "titular"
    email: str = ""
    function: str = ""
    active: bool = True


@dataclass(frozen=True)
class ThemeRecord:
    id: int
    uuid: UUID
    number: int
    title: str
    description: str


@dataclass(frozen=True)
class GroupRecord:
    """A working group, with names resolved for display; also its own undo snapshot."""

    id: int
    uuid: UUID
    name: str
    theme_id: int | None
    theme_label: str
    mandate: str
    status: str
    start_date: date | None
    end_date: date | None
    chair_id: int | None
    chair_name: str
    member_ids: tuple[int, ...] = field(default=())
    member_acronyms: tuple[str, ...] = field(default=())
    rapporteur_ids: tuple[int, ...] = field(default=())
    rapporteur_names: tuple[str, ...] = field(default=())


@dataclass(frozen=True)
class GroupInput:
    name: str
    theme_id: int | None
    mandate: str = ""
    status: str = "preparing"
    start_date: date | None = None
    end_date: date | None = None
    member_ids: tuple[int, ...] = ()
    chair_id: int | None = None
    rapporteur_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class BodyRecord:
    name: str
    short_name: str
    secretariat: str


@dataclass(frozen=True)
class SeedReport:
    """What one seeding run added."""

    added: tuple[str, ...]

    @property
    def changed(self) -> bool:
        return bool(self.added)
