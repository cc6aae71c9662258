"""SQLAlchemy models of the store (portable to SQLite and PostgreSQL), one module per feature."""

from deliberation.store.models.base import NAMING_CONVENTION, Base, Tracked, UTCDateTime, utcnow
from deliberation.store.models.mail import MailSettingsRow, OutboxMessage
from deliberation.store.models.meetings import (
    Action,
    AgendaItem,
    AgendaLink,
    Attendance,
    AttendanceDelegate,
    Meeting,
)
from deliberation.store.models.opinions import (
    Amendment,
    Opinion,
    OpinionAgendaLink,
    OpinionComment,
    OpinionExport,
    OpinionParagraph,
    OpinionRapporteur,
    OpinionStatusChange,
    OpinionVersion,
)
from deliberation.store.models.packages import PackageRow, StoreIdentity
from deliberation.store.models.positions import (
    Consultation,
    ConsultationSubject,
    ConsultedOrganisation,
    Position,
    PositionRevision,
)
from deliberation.store.models.referential import (
    Body,
    Delegate,
    GroupMember,
    GroupRapporteur,
    Membership,
    Organisation,
    OrganisationKind,
    OrganisationName,
    SeedRecord,
    Theme,
    WorkingGroup,
)
from deliberation.store.models.users import StoreUser

__all__ = [
    "NAMING_CONVENTION",
    "Action",
    "AgendaItem",
    "AgendaLink",
    "Amendment",
    "Attendance",
    "AttendanceDelegate",
    "Base",
    "Body",
    "Consultation",
    "ConsultationSubject",
    "ConsultedOrganisation",
    "Delegate",
    "GroupMember",
    "GroupRapporteur",
    "MailSettingsRow",
    "Meeting",
    "Membership",
    "Opinion",
    "OpinionAgendaLink",
    "OpinionComment",
    "OpinionExport",
    "OpinionParagraph",
    "OpinionRapporteur",
    "OpinionStatusChange",
    "OpinionVersion",
    "Organisation",
    "OrganisationKind",
    "OrganisationName",
    "OutboxMessage",
    "PackageRow",
    "Position",
    "PositionRevision",
    "SeedRecord",
    "StoreIdentity",
    "StoreUser",
    "Theme",
    "Tracked",
    "UTCDateTime",
    "WorkingGroup",
    "utcnow",
]
