"""The models' declarative base: naming convention, UTC timestamps, tracked columns, references."""

from __future__ import annotations

import uuid as uuid_module
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import DateTime, ForeignKey, Integer, MetaData, TypeDecorator, Uuid
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

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


def reference(table: str, *, ondelete: str | None = None, **options: Any) -> Any:
    """A column holding the id of a row of `table` (its type is the referred id's)."""
    return mapped_column(ForeignKey(f"{table}.id", ondelete=ondelete), **options)


def owned_by(table: str) -> Any:
    """The indexed reference of a row to the row it belongs to and goes away with."""
    return reference(table, ondelete="CASCADE", index=True)
