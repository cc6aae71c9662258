"""Models of the meetings: agenda items and their links, attendance, follow-up actions."""

from __future__ import annotations

import uuid as uuid_module
from datetime import date, time

from sqlalchemy import (
    CheckConstraint,
    Date,
    Integer,
    String,
    Text,
    Time,
    UniqueConstraint,
    Uuid,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from deliberation.store.models.base import Base, Tracked, owned_by, reference
from deliberation.store.models.referential import WorkingGroup


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
    group_id: Mapped[int | None] = reference("working_group", index=True)
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

    meeting_id: Mapped[int] = owned_by("meeting")
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    presenter_organisation_id: Mapped[int | None] = reference("organisation")
    presenter_delegate_id: Mapped[int | None] = reference("delegate")
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

    item_id: Mapped[int] = owned_by("agenda_item")
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

    meeting_id: Mapped[int] = reference("meeting", ondelete="CASCADE")
    organisation_id: Mapped[int] = reference("organisation", index=True)
    status: Mapped[str] = mapped_column(String(20), default="pending")
    represented_by_id: Mapped[int | None] = reference("organisation")
    note: Mapped[str] = mapped_column(Text, default="")

    delegates: Mapped[list[AttendanceDelegate]] = relationship(cascade="all, delete-orphan")


class AttendanceDelegate(Base):
    """A delegate who attended for a convened organisation."""

    __tablename__ = "attendance_delegate"

    attendance_id: Mapped[int] = reference("attendance", ondelete="CASCADE", primary_key=True)
    delegate_id: Mapped[int] = reference("delegate", primary_key=True)


class Action(Tracked, Base):
    """Something a meeting asked an organisation or a delegate to do, followed until closed."""

    __tablename__ = "action"
    __table_args__ = (
        CheckConstraint("status IN ('open', 'in_progress', 'done', 'dropped')", name="status"),
    )

    meeting_id: Mapped[int | None] = reference("meeting", ondelete="SET NULL", index=True)
    item_uuid: Mapped[uuid_module.UUID | None] = mapped_column(Uuid)
    title: Mapped[str] = mapped_column(Text)
    organisation_id: Mapped[int | None] = reference("organisation")
    delegate_id: Mapped[int | None] = reference("delegate")
    due_date: Mapped[date | None] = mapped_column(Date, index=True)
    status: Mapped[str] = mapped_column(String(20), default="open", index=True)
    note: Mapped[str] = mapped_column(Text, default="")
    closed_on: Mapped[date | None] = mapped_column(Date)
