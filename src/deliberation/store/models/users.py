"""Model of a shared store's users: a database login, the name and organisation behind it."""

from __future__ import annotations

from sqlalchemy import Integer, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from deliberation.store.models.base import Base, reference
from deliberation.store.models.referential import Organisation


class StoreUser(Base):
    """A database login (PostgreSQL's current_user) and whom it stands for."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    login: Mapped[str] = mapped_column(String(63), unique=True)
    display_name: Mapped[str] = mapped_column(String(200))
    organisation_id: Mapped[int | None] = reference(
        "organisation", ondelete="SET NULL", nullable=True
    )

    organisation: Mapped[Organisation | None] = relationship()
