"""Models of the referential: the body, organisations, delegates, themes and working groups."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from deliberation.store.models.base import Base, Tracked, UTCDateTime, owned_by, reference, utcnow


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
    kind_id: Mapped[int] = reference("organisation_kind")
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

    organisation_id: Mapped[int] = owned_by("organisation")
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

    organisation_id: Mapped[int] = owned_by("organisation")
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")

    organisation: Mapped[Organisation] = relationship(back_populates="memberships")


class Delegate(Tracked, Base):
    """A person an organisation sends to the body, as titular or alternate."""

    __tablename__ = "delegate"
    __table_args__ = (CheckConstraint("role IN ('titular', 'alternate')", name="role"),)

    organisation_id: Mapped[int] = reference("organisation", index=True)
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
    theme_id: Mapped[int | None] = reference("theme")
    mandate: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default="preparing")
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    chair_id: Mapped[int | None] = reference("delegate")

    theme: Mapped[Theme | None] = relationship()
    chair: Mapped[Delegate | None] = relationship()
    members: Mapped[list[GroupMember]] = relationship(cascade="all, delete-orphan")
    rapporteurs: Mapped[list[GroupRapporteur]] = relationship(cascade="all, delete-orphan")


class GroupMember(Tracked, Base):
    """An organisation taking part in a working group."""

    __tablename__ = "working_group_member"
    __table_args__ = (UniqueConstraint("group_id", "organisation_id", name="uq_group_member"),)

    group_id: Mapped[int] = owned_by("working_group")
    organisation_id: Mapped[int] = reference("organisation")

    organisation: Mapped[Organisation] = relationship()


class GroupRapporteur(Tracked, Base):
    """A delegate named rapporteur of a working group."""

    __tablename__ = "working_group_rapporteur"
    __table_args__ = (UniqueConstraint("group_id", "delegate_id", name="uq_group_rapporteur"),)

    group_id: Mapped[int] = owned_by("working_group")
    delegate_id: Mapped[int] = reference("delegate")

    delegate: Mapped[Delegate] = relationship()
