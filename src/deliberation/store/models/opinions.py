"""Models of the opinions: text paragraphs, versions, amendments, comments and Word exports."""

from __future__ import annotations

import uuid as uuid_module
from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    Uuid,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from deliberation.store.models.base import Base, Tracked, UTCDateTime, owned_by, reference, utcnow


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
    group_id: Mapped[int | None] = reference("working_group", ondelete="SET NULL", index=True)
    status: Mapped[str] = mapped_column(String(20), default="draft")
    text_revision: Mapped[int] = mapped_column(Integer, default=0)
    text_saved_by: Mapped[str] = mapped_column(String(200), default="", server_default="")
    text_saved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

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

    opinion_id: Mapped[int] = reference("opinion", ondelete="CASCADE", primary_key=True)
    delegate_id: Mapped[int] = reference("delegate", ondelete="CASCADE", primary_key=True)
    position: Mapped[int] = mapped_column(Integer, default=0)


class OpinionAgendaLink(Base):
    """An agenda item where an opinion was discussed."""

    __tablename__ = "opinion_agenda_link"

    opinion_id: Mapped[int] = reference("opinion", ondelete="CASCADE", primary_key=True)
    agenda_item_id: Mapped[int] = reference(
        "agenda_item", ondelete="CASCADE", primary_key=True, index=True
    )


class OpinionStatusChange(Base):
    """An opinion's move to a status, on a date."""

    __tablename__ = "opinion_status_change"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    opinion_id: Mapped[int] = owned_by("opinion")
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
    opinion_id: Mapped[int] = owned_by("opinion")
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
    opinion_id: Mapped[int] = owned_by("opinion")
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
        CheckConstraint(
            "treatment IN ('', 'favorable', 'unfavorable', 'withdrawal_requested', 'satisfied')",
            name="treatment",
        ),
        # a returned file's item is imported once, even by two imports at the same moment
        Index("uq_amendment_source", "opinion_id", "source_key", unique=True),
    )

    opinion_id: Mapped[int] = owned_by("opinion")
    paragraph_uuid: Mapped[uuid_module.UUID] = mapped_column(Uuid, index=True)
    organisation_id: Mapped[int] = reference("organisation", index=True)
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
    treatment: Mapped[str] = mapped_column(String(30), default="")  # the rapporteur's proposal
    treatment_note: Mapped[str] = mapped_column(Text, default="")


class OpinionComment(Tracked, Base):
    """A comment on a paragraph; a reply points at its thread's first comment."""

    __tablename__ = "opinion_comment"
    __table_args__ = (Index("uq_opinion_comment_source", "opinion_id", "source_key", unique=True),)

    opinion_id: Mapped[int] = owned_by("opinion")
    paragraph_uuid: Mapped[uuid_module.UUID] = mapped_column(Uuid, index=True)
    reply_to_id: Mapped[int | None] = owned_by("opinion_comment")
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
    opinion_id: Mapped[int] = owned_by("opinion")
    version_number: Mapped[int | None] = mapped_column(Integer)
    against_number: Mapped[int | None] = mapped_column(Integer)
    content: Mapped[str] = mapped_column(Text)
    exported_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    exported_by: Mapped[str] = mapped_column(String(200), default="")
    author: Mapped[str] = mapped_column(String(200), default="")
    file_name: Mapped[str] = mapped_column(String(500), default="")
