"""Models of offline packages: the store's own identity, and what a package was made from."""

from __future__ import annotations

import uuid as uuid_module
from datetime import datetime

from sqlalchemy import Integer, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from deliberation.store.models.base import Base, UTCDateTime, utcnow


class StoreIdentity(Base):
    """The one row naming this store, so that a package says which store it was taken from."""

    __tablename__ = "store_identity"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[uuid_module.UUID] = mapped_column(Uuid, unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class PackageRow(Base):
    """In a package (a store holding one opinion taken offline), what it was made from.

    `base_text` is the opinion's text when the package was made (JSON of its paragraphs, as a
    version's), the base of the three-way merge that brings the package back; the sender is
    `made_by` of the organisation `organisation_uuid` (None: the first rapporteur's).
    """

    __tablename__ = "package"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[uuid_module.UUID] = mapped_column(Uuid, unique=True)
    source_store: Mapped[uuid_module.UUID] = mapped_column(Uuid)
    body_uuid: Mapped[uuid_module.UUID | None] = mapped_column(Uuid)
    opinion_uuid: Mapped[uuid_module.UUID] = mapped_column(Uuid)
    organisation_uuid: Mapped[uuid_module.UUID | None] = mapped_column(Uuid)
    base_revision: Mapped[int] = mapped_column(Integer)
    base_text: Mapped[str] = mapped_column(Text)
    made_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    made_by: Mapped[str] = mapped_column(String(200), default="")
