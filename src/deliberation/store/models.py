"""SQLAlchemy models of the store (portable to SQLite and PostgreSQL)."""

from __future__ import annotations

import uuid as uuid_module
from datetime import UTC, date, datetime, time

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Text,
    Time,
    TypeDecorator,
    UniqueConstraint,
    Uuid,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    """Timestamps are stored in UTC."""
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """A timestamp that always reads back as an aware UTC datetime, on SQLite as on PostgreSQL.

    SQLite has no time zones: values are written there as naive UTC.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("timestamps must carry a time zone")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    """Declarative base with a constraint naming convention shared with the migrations."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Tracked:
    """Columns every record carries: a surrogate key, a stable UUID and timestamps."""

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[uuid_module.UUID] = mapped_column(
        Uuid, unique=True, default=uuid_module.uuid4, nullable=False
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


class Body(Tracked, Base):
    """The deliberating body the store is about (the committee, or a sister body)."""

    __tablename__ = "body"

    name: Mapped[str] = mapped_column(String(300))
    short_name: Mapped[str] = mapped_column(String(120))
    secretariat: Mapped[str] = mapped_column(Text, default="")


class OrganisationKind(Tracked, Base):
    """A category of member organisation (State, association of elected officials…)."""

    __tablename__ = "organisation_kind"

    key: Mapped[str] = mapped_column(String(60), unique=True)
    label: Mapped[str] = mapped_column(String(120))


class Organisation(Tracked, Base):
    """A member organisation under its current acronym and name."""

    __tablename__ = "organisation"

    acronym: Mapped[str] = mapped_column(String(30), unique=True)
    name: Mapped[str] = mapped_column(String(300))
    kind_id: Mapped[int] = mapped_column(ForeignKey("organisation_kind.id"))
    notes: Mapped[str] = mapped_column(Text, default="")

    kind: Mapped[OrganisationKind] = relationship()
    former_names: Mapped[list[OrganisationName]] = relationship(
        back_populates="organisation",
        cascade="all, delete-orphan",
        order_by="OrganisationName.valid_from",
    )
    memberships: Mapped[list[Membership]] = relationship(
        back_populates="organisation",
        cascade="all, delete-orphan",
        order_by="Membership.start_date",
    )
    delegates: Mapped[list[Delegate]] = relationship(back_populates="organisation")


class OrganisationName(Tracked, Base):
    """A name an organisation was known by before (ARF before Régions de France)."""

    __tablename__ = "organisation_name"

    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"), index=True
    )
    acronym: Mapped[str] = mapped_column(String(30))
    name: Mapped[str] = mapped_column(String(300))
    valid_from: Mapped[date | None] = mapped_column(Date)
    valid_until: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")

    organisation: Mapped[Organisation] = relationship(back_populates="former_names")


class Membership(Tracked, Base):
    """A period during which an organisation is a member of the body."""

    __tablename__ = "membership"
    __table_args__ = (CheckConstraint("end_date IS NULL OR end_date >= start_date", name="period"),)

    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"), index=True
    )
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")

    organisation: Mapped[Organisation] = relationship(back_populates="memberships")


class Delegate(Tracked, Base):
    """A person an organisation sends to the body, as titular or alternate."""

    __tablename__ = "delegate"
    __table_args__ = (CheckConstraint("role IN ('titular', 'alternate')", name="role"),)

    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"), index=True)
    first_name: Mapped[str] = mapped_column(String(120))
    last_name: Mapped[str] = mapped_column(String(120))
    role: Mapped[str] = mapped_column(String(20), default="titular")
    email: Mapped[str] = mapped_column(String(254), default="")
    function: Mapped[str] = mapped_column(String(300), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    organisation: Mapped[Organisation] = relationship(back_populates="delegates")


class Theme(Tracked, Base):
    """One of the body's work themes (axes de travail)."""

    __tablename__ = "theme"

    number: Mapped[int] = mapped_column(Integer, unique=True)
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")


class SeedRecord(Base):
    """A seed entry already applied, so that seeding never re-creates what a user changed."""

    __tablename__ = "seed_record"

    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    applied_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class WorkingGroup(Tracked, Base):
    """A working group on a theme, with its member organisations, chair and rapporteurs."""

    __tablename__ = "working_group"
    __table_args__ = (
        CheckConstraint("status IN ('preparing', 'active', 'closed')", name="status"),
        CheckConstraint("end_date IS NULL OR end_date >= start_date", name="period"),
    )

    name: Mapped[str] = mapped_column(String(300), unique=True)
    theme_id: Mapped[int | None] = mapped_column(ForeignKey("theme.id"))
    mandate: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default="preparing")
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    chair_id: Mapped[int | None] = mapped_column(ForeignKey("delegate.id"))

    theme: Mapped[Theme | None] = relationship()
    chair: Mapped[Delegate | None] = relationship()
    members: Mapped[list[GroupMember]] = relationship(cascade="all, delete-orphan")
    rapporteurs: Mapped[list[GroupRapporteur]] = relationship(cascade="all, delete-orphan")


class GroupMember(Tracked, Base):
    """An organisation taking part in a working group."""

    __tablename__ = "working_group_member"
    __table_args__ = (UniqueConstraint("group_id", "organisation_id", name="uq_group_member"),)

    group_id: Mapped[int] = mapped_column(
        ForeignKey("working_group.id", ondelete="CASCADE"), index=True
    )
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"))

    organisation: Mapped[Organisation] = relationship()


class GroupRapporteur(Tracked, Base):
    """A delegate named rapporteur of a working group."""

    __tablename__ = "working_group_rapporteur"
    __table_args__ = (UniqueConstraint("group_id", "delegate_id", name="uq_group_rapporteur"),)

    group_id: Mapped[int] = mapped_column(
        ForeignKey("working_group.id", ondelete="CASCADE"), index=True
    )
    delegate_id: Mapped[int] = mapped_column(ForeignKey("delegate.id"))

    delegate: Mapped[Delegate] = relationship()


class Meeting(Tracked, Base):
    """A meeting of the plenary (no group) or of one working group, on a day, in local time."""

    __tablename__ = "meeting"
    __table_args__ = (
        CheckConstraint(
            "kind IN ('plenary', 'group_session', 'sharing_day', 'consensus_conference')",
            name="kind",
        ),
        CheckConstraint("status IN ('planned', 'held', 'cancelled', 'postponed')", name="status"),
        CheckConstraint("end_time > start_time", name="times"),
    )

    kind: Mapped[str] = mapped_column(String(30))
    group_id: Mapped[int | None] = mapped_column(ForeignKey("working_group.id"), index=True)
    title: Mapped[str] = mapped_column(String(300), default="")
    day: Mapped[date] = mapped_column(Date, index=True)
    start_time: Mapped[time] = mapped_column(Time)
    end_time: Mapped[time] = mapped_column(Time)
    place: Mapped[str] = mapped_column(String(300), default="")
    video_link: Mapped[str] = mapped_column(String(1000), default="")
    status: Mapped[str] = mapped_column(String(20), default="planned")
    series_uuid: Mapped[uuid_module.UUID | None] = mapped_column(Uuid, index=True)
    notes: Mapped[str] = mapped_column(Text, default="")

    group: Mapped[WorkingGroup | None] = relationship()
    items: Mapped[list[AgendaItem]] = relationship(
        cascade="all, delete-orphan", order_by="AgendaItem.position"
    )
    attendance: Mapped[list[Attendance]] = relationship(cascade="all, delete-orphan")


class AgendaItem(Tracked, Base):
    """One point of a meeting's agenda, with what was said and decided about it."""

    __tablename__ = "agenda_item"
    __table_args__ = (
        CheckConstraint("kind IN ('information', 'discussion', 'decision')", name="kind"),
        CheckConstraint("duration_minutes > 0", name="duration"),
    )

    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    presenter_organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id"))
    presenter_delegate_id: Mapped[int | None] = mapped_column(ForeignKey("delegate.id"))
    duration_minutes: Mapped[int] = mapped_column(Integer)
    outcome: Mapped[str] = mapped_column(Text, default="")
    decision: Mapped[str] = mapped_column(Text, default="")

    links: Mapped[list[AgendaLink]] = relationship(
        cascade="all, delete-orphan", order_by="AgendaLink.position"
    )


class AgendaLink(Tracked, Base):
    """A file, a web address or another record (a draft opinion…) an agenda item points to."""

    __tablename__ = "agenda_link"
    __table_args__ = (CheckConstraint("kind IN ('file', 'url', 'record')", name="kind"),)

    item_id: Mapped[int] = mapped_column(
        ForeignKey("agenda_item.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(20))
    target: Mapped[str] = mapped_column(String(2000))
    label: Mapped[str] = mapped_column(String(300), default="")


class Attendance(Tracked, Base):
    """A convened organisation and whether it attended (present, excused, absent, represented)."""

    __tablename__ = "attendance"
    __table_args__ = (
        UniqueConstraint("meeting_id", "organisation_id", name="uq_attendance"),
        CheckConstraint(
            "status IN ('pending', 'present', 'excused', 'absent', 'represented')",
            name="status",
        ),
        CheckConstraint(
            "(status = 'represented') = (represented_by_id IS NOT NULL)", name="represented"
        ),
    )

    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"))
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"), index=True)
    status: Mapped[str] = mapped_column(String(20), default="pending")
    represented_by_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id"))
    note: Mapped[str] = mapped_column(Text, default="")

    delegates: Mapped[list[AttendanceDelegate]] = relationship(cascade="all, delete-orphan")


class AttendanceDelegate(Base):
    """A delegate who attended for a convened organisation."""

    __tablename__ = "attendance_delegate"

    attendance_id: Mapped[int] = mapped_column(
        ForeignKey("attendance.id", ondelete="CASCADE"), primary_key=True
    )
    delegate_id: Mapped[int] = mapped_column(ForeignKey("delegate.id"), primary_key=True)


class Action(Tracked, Base):
    """Something a meeting asked an organisation or a delegate to do, followed until closed."""

    __tablename__ = "action"
    __table_args__ = (
        CheckConstraint("status IN ('open', 'in_progress', 'done', 'dropped')", name="status"),
    )

    meeting_id: Mapped[int | None] = mapped_column(
        ForeignKey("meeting.id", ondelete="SET NULL"), index=True
    )
    item_uuid: Mapped[uuid_module.UUID | None] = mapped_column(Uuid)
    title: Mapped[str] = mapped_column(Text)
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id"))
    delegate_id: Mapped[int | None] = mapped_column(ForeignKey("delegate.id"))
    due_date: Mapped[date | None] = mapped_column(Date, index=True)
    status: Mapped[str] = mapped_column(String(20), default="open", index=True)
    note: Mapped[str] = mapped_column(Text, default="")
    closed_on: Mapped[date | None] = mapped_column(Date)


class Consultation(Tracked, Base):
    """A question put to a set of organisations on one or more subjects, with a deadline."""

    __tablename__ = "consultation"
    __table_args__ = (
        CheckConstraint("deadline IS NULL OR deadline >= opened_on", name="period"),
        CheckConstraint("min_answers >= 0 AND max_unfavorable >= 0", name="rule"),
    )

    title: Mapped[str] = mapped_column(String(300))
    question: Mapped[str] = mapped_column(Text, default="")
    meeting_id: Mapped[int | None] = mapped_column(
        ForeignKey("meeting.id", ondelete="SET NULL"), index=True
    )
    opened_on: Mapped[date] = mapped_column(Date)
    deadline: Mapped[date | None] = mapped_column(Date)
    min_answers: Mapped[int] = mapped_column(Integer, default=1)
    max_unfavorable: Mapped[int] = mapped_column(Integer, default=0)
    abstentions_count: Mapped[bool] = mapped_column(Boolean, default=False)

    subjects: Mapped[list[ConsultationSubject]] = relationship(
        cascade="all, delete-orphan", order_by="ConsultationSubject.position"
    )
    consulted: Mapped[list[ConsultedOrganisation]] = relationship(cascade="all, delete-orphan")


class ConsultationSubject(Tracked, Base):
    """What a consultation asks about: an agenda item, a draft opinion or one of its paragraphs.

    The subject is generic: `kind` and `ref` (the UUID of the record it designates, if any) with
    its label at the time, so that the opinions can attach positions without a schema change.
    """

    __tablename__ = "consultation_subject"
    __table_args__ = (
        CheckConstraint("kind IN ('agenda_item', 'opinion', 'paragraph', 'other')", name="kind"),
    )

    consultation_id: Mapped[int] = mapped_column(
        ForeignKey("consultation.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(20))
    ref: Mapped[uuid_module.UUID | None] = mapped_column(Uuid, index=True)
    label: Mapped[str] = mapped_column(String(500))


class ConsultedOrganisation(Base):
    """An organisation a consultation is put to."""

    __tablename__ = "consulted_organisation"

    consultation_id: Mapped[int] = mapped_column(
        ForeignKey("consultation.id", ondelete="CASCADE"), primary_key=True
    )
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"), primary_key=True)


class Position(Tracked, Base):
    """An organisation's current position on one subject (one per organisation and subject)."""

    __tablename__ = "position"
    __table_args__ = (
        UniqueConstraint("subject_id", "organisation_id", name="uq_position"),
        CheckConstraint(
            "stance IN ('favorable', 'reserved', 'unfavorable', 'abstention', 'not_expressed')",
            name="stance",
        ),
        CheckConstraint(
            "source IN ('meeting', 'email', 'written', 'word_return', 'phone', 'other')",
            name="source",
        ),
        CheckConstraint("stance <> 'reserved' OR reservation <> ''", name="reservation"),
    )

    subject_id: Mapped[int] = mapped_column(
        ForeignKey("consultation_subject.id", ondelete="CASCADE")
    )
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"), index=True)
    stance: Mapped[str] = mapped_column(String(20))
    reservation: Mapped[str] = mapped_column(Text, default="")
    reasons: Mapped[str] = mapped_column(Text, default="")
    amendment: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(String(20), default="email")
    received_on: Mapped[date] = mapped_column(Date)
    recorded_by: Mapped[str] = mapped_column(String(200), default="")


class PositionRevision(Base):
    """A position's values before a change, with who changed it and when (the audit trail)."""

    __tablename__ = "position_revision"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    position_uuid: Mapped[uuid_module.UUID] = mapped_column(Uuid, index=True)
    subject_id: Mapped[int] = mapped_column(
        ForeignKey("consultation_subject.id", ondelete="CASCADE"), index=True
    )
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"))
    stance: Mapped[str] = mapped_column(String(20))
    reservation: Mapped[str] = mapped_column(Text, default="")
    reasons: Mapped[str] = mapped_column(Text, default="")
    amendment: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(String(20))
    received_on: Mapped[date] = mapped_column(Date)
    recorded_by: Mapped[str] = mapped_column(String(200), default="")
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    changed_by: Mapped[str] = mapped_column(String(200), default="")


class Opinion(Tracked, Base):
    """A draft opinion, recommendation or contribution of the committee or of a working group.

    `text_revision` counts the saves of its text, so that a save made from an outdated copy
    (another window, another user) is refused rather than overwriting.
    """

    __tablename__ = "opinion"
    __table_args__ = (
        CheckConstraint("kind IN ('avis', 'recommandation', 'contribution')", name="kind"),
        CheckConstraint(
            "status IN ('draft', 'consultation', 'consolidated', 'adopted', 'published', "
            "'abandoned')",
            name="status",
        ),
    )

    kind: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(String(500))
    group_id: Mapped[int | None] = mapped_column(
        ForeignKey("working_group.id", ondelete="SET NULL"), index=True
    )
    status: Mapped[str] = mapped_column(String(20), default="draft")
    text_revision: Mapped[int] = mapped_column(Integer, default=0)

    rapporteurs: Mapped[list[OpinionRapporteur]] = relationship(
        cascade="all, delete-orphan", order_by="OpinionRapporteur.position"
    )
    agenda_links: Mapped[list[OpinionAgendaLink]] = relationship(cascade="all, delete-orphan")
    status_changes: Mapped[list[OpinionStatusChange]] = relationship(
        cascade="all, delete-orphan", order_by="OpinionStatusChange.id"
    )


class OpinionRapporteur(Base):
    """A delegate who drafts an opinion."""

    __tablename__ = "opinion_rapporteur"

    opinion_id: Mapped[int] = mapped_column(
        ForeignKey("opinion.id", ondelete="CASCADE"), primary_key=True
    )
    delegate_id: Mapped[int] = mapped_column(
        ForeignKey("delegate.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)


class OpinionAgendaLink(Base):
    """An agenda item where an opinion was discussed."""

    __tablename__ = "opinion_agenda_link"

    opinion_id: Mapped[int] = mapped_column(
        ForeignKey("opinion.id", ondelete="CASCADE"), primary_key=True
    )
    agenda_item_id: Mapped[int] = mapped_column(
        ForeignKey("agenda_item.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class OpinionStatusChange(Base):
    """An opinion's move to a status, on a date."""

    __tablename__ = "opinion_status_change"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    opinion_id: Mapped[int] = mapped_column(
        ForeignKey("opinion.id", ondelete="CASCADE"), index=True
    )
    status: Mapped[str] = mapped_column(String(20))
    changed_on: Mapped[date] = mapped_column(Date)
    changed_by: Mapped[str] = mapped_column(String(200), default="")
    note: Mapped[str] = mapped_column(Text, default="")


class OpinionParagraph(Base):
    """A paragraph of an opinion's current text, kept by its UUID across edits.

    A paragraph that leaves the text stays as a row with `removed` set (and `merged_into`, the
    paragraph that absorbed it, if it was merged): what was attached to it can still be found.
    `split_from` names the paragraph a split made it from.
    """

    __tablename__ = "opinion_paragraph"
    __table_args__ = (
        CheckConstraint(
            "kind IN ('heading', 'recital', 'paragraph', 'recommendation')", name="kind"
        ),
        CheckConstraint("level BETWEEN 1 AND 3", name="level"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[uuid_module.UUID] = mapped_column(Uuid, unique=True)
    opinion_id: Mapped[int] = mapped_column(
        ForeignKey("opinion.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(20))
    level: Mapped[int] = mapped_column(Integer, default=1)
    content: Mapped[str] = mapped_column(Text)
    removed: Mapped[bool] = mapped_column(Boolean, default=False)
    merged_into: Mapped[uuid_module.UUID | None] = mapped_column(Uuid)
    split_from: Mapped[uuid_module.UUID | None] = mapped_column(Uuid)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


class OpinionVersion(Base):
    """A frozen, numbered copy of an opinion's text (JSON of its paragraphs)."""

    __tablename__ = "opinion_version"
    __table_args__ = (UniqueConstraint("opinion_id", "number", name="uq_opinion_version"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    opinion_id: Mapped[int] = mapped_column(
        ForeignKey("opinion.id", ondelete="CASCADE"), index=True
    )
    number: Mapped[int] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")
    frozen_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    frozen_by: Mapped[str] = mapped_column(String(200), default="")
    content: Mapped[str] = mapped_column(Text)


class Amendment(Tracked, Base):
    """An organisation's proposed change to a paragraph, and what was decided."""

    __tablename__ = "amendment"
    __table_args__ = (
        CheckConstraint("action IN ('replace', 'insert_after', 'delete')", name="action"),
        CheckConstraint(
            "status IN ('proposed', 'accepted', 'accepted_modified', 'rejected', 'withdrawn')",
            name="status",
        ),
    )

    opinion_id: Mapped[int] = mapped_column(
        ForeignKey("opinion.id", ondelete="CASCADE"), index=True
    )
    paragraph_uuid: Mapped[uuid_module.UUID] = mapped_column(Uuid, index=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"), index=True)
    action: Mapped[str] = mapped_column(String(20))
    content: Mapped[str] = mapped_column(Text, default="[]")
    justification: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default="proposed")
    proposed_on: Mapped[date] = mapped_column(Date)
    author: Mapped[str] = mapped_column(String(200), default="")
    original: Mapped[str] = mapped_column(Text, default="")
    applied: Mapped[str] = mapped_column(Text, default="[]")
    inserted_uuid: Mapped[uuid_module.UUID | None] = mapped_column(Uuid)
    decided_on: Mapped[date | None] = mapped_column(Date)
    decided_by: Mapped[str] = mapped_column(String(200), default="")
    decision_note: Mapped[str] = mapped_column(Text, default="")
    source_key: Mapped[str | None] = mapped_column(String(64), index=True)  # imported from a file


class OpinionComment(Tracked, Base):
    """A comment on a paragraph; a reply points at its thread's first comment."""

    __tablename__ = "opinion_comment"

    opinion_id: Mapped[int] = mapped_column(
        ForeignKey("opinion.id", ondelete="CASCADE"), index=True
    )
    paragraph_uuid: Mapped[uuid_module.UUID] = mapped_column(Uuid, index=True)
    reply_to_id: Mapped[int | None] = mapped_column(
        ForeignKey("opinion_comment.id", ondelete="CASCADE"), index=True
    )
    author: Mapped[str] = mapped_column(String(200), default="")
    text: Mapped[str] = mapped_column(Text)
    anchor: Mapped[str] = mapped_column(Text, default="")
    written_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    resolved: Mapped[bool] = mapped_column(Boolean, default=False)
    source_key: Mapped[str | None] = mapped_column(String(64), index=True)  # imported from a file
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id", name="fk_opinion_comment_organisation", ondelete="SET NULL")
    )


class OpinionExport(Base):
    """A copy of an opinion's text as sent out in a Word file, to read the file back against."""

    __tablename__ = "opinion_export"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[uuid_module.UUID] = mapped_column(Uuid, unique=True)
    opinion_id: Mapped[int] = mapped_column(
        ForeignKey("opinion.id", ondelete="CASCADE"), index=True
    )
    version_number: Mapped[int | None] = mapped_column(Integer)
    against_number: Mapped[int | None] = mapped_column(Integer)
    content: Mapped[str] = mapped_column(Text)
    exported_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    exported_by: Mapped[str] = mapped_column(String(200), default="")
    author: Mapped[str] = mapped_column(String(200), default="")
    file_name: Mapped[str] = mapped_column(String(500), default="")
