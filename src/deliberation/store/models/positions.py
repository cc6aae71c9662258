"""Models of the consultations: subjects, organisations consulted, positions, their history."""

from __future__ import annotations

import uuid as uuid_module
from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    Integer,
    String,
    Text,
    UniqueConstraint,
    Uuid,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from deliberation.store.models.base import Base, Tracked, UTCDateTime, owned_by, reference, utcnow


class Consultation(Tracked, Base):
    """A question put to a set of organisations on one or more subjects, with a deadline."""

    __tablename__ = "consultation"
    __table_args__ = (
        CheckConstraint("deadline IS NULL OR deadline >= opened_on", name="period"),
        CheckConstraint("min_answers >= 0 AND max_unfavorable >= 0", name="rule"),
    )

    title: Mapped[str] = mapped_column(String(300))
    question: Mapped[str] = mapped_column(Text, default="")
    meeting_id: Mapped[int | None] = reference("meeting", ondelete="SET NULL", index=True)
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

    consultation_id: Mapped[int] = owned_by("consultation")
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(20))
    ref: Mapped[uuid_module.UUID | None] = mapped_column(Uuid, index=True)
    label: Mapped[str] = mapped_column(String(500))


class ConsultedOrganisation(Base):
    """An organisation a consultation is put to."""

    __tablename__ = "consulted_organisation"

    consultation_id: Mapped[int] = reference("consultation", ondelete="CASCADE", primary_key=True)
    organisation_id: Mapped[int] = reference("organisation", primary_key=True)


class PositionValues:
    """What an organisation answered on a subject: columns a position and its revisions share."""

    stance: Mapped[str] = mapped_column(String(20))
    reservation: Mapped[str] = mapped_column(Text, default="")
    reasons: Mapped[str] = mapped_column(Text, default="")
    amendment: Mapped[str] = mapped_column(Text, default="")
    received_on: Mapped[date] = mapped_column(Date)
    recorded_by: Mapped[str] = mapped_column(String(200), default="")
    # `source` is declared by each table: a position's defaults to "email", a revision's copies.


class Position(PositionValues, Tracked, Base):
    """An organisation's current position on one subject (one per organisation and subject)."""

    __tablename__ = "position"
    __table_args__ = (
        UniqueConstraint("subject_id", "organisation_id", name="uq_position"),
        CheckConstraint(
            "stance IN ('favorable', 'reserved', 'unfavorable', 'abstention', 'not_expressed')",
            name="stance",
        ),
        CheckConstraint(
            "source IN ('meeting', 'email', 'written', 'word_return', 'form', 'phone', 'other')",
            name="source",
        ),
        CheckConstraint("stance <> 'reserved' OR reservation <> ''", name="reservation"),
    )

    subject_id: Mapped[int] = reference("consultation_subject", ondelete="CASCADE")
    organisation_id: Mapped[int] = reference("organisation", index=True)
    source: Mapped[str] = mapped_column(String(20), default="email")


class PositionRevision(PositionValues, Base):
    """A position's values before a change, with who changed it and when (the audit trail)."""

    __tablename__ = "position_revision"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    position_uuid: Mapped[uuid_module.UUID] = mapped_column(Uuid, index=True)
    subject_id: Mapped[int] = owned_by("consultation_subject")
    organisation_id: Mapped[int] = reference("organisation")
    source: Mapped[str] = mapped_column(String(20))
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    changed_by: Mapped[str] = mapped_column(String(200), default="")
