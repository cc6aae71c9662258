"""Row shapes every store module shares: a tracked row by UUID, child collections, deletes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar
from uuid import UUID

from sqlalchemy import Select, delete, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.interfaces import ORMOption

from deliberation.errors import NotFoundError
from deliberation.store.models import Tracked

TrackedRow = TypeVar("TrackedRow", bound=Tracked)
Row = TypeVar("Row")
AnySelect = TypeVar("AnySelect", bound=Select[*tuple[Any, ...]])  # a query, kept typed


def tracked_row(
    session: Session,
    model: type[TrackedRow],
    uuid: UUID,
    id_: int | None,
    *load: ORMOption,
    **new: Any,
) -> TrackedRow:
    """The row of `model` with that UUID, or a new one added to the session, for a save.

    `load` are loader options for the row's relations. A new row keeps `id_` when the record
    has one (a record written back, by an undo, keeps its id) and takes the `new` values.
    The row is locked until the transaction ends (SELECT … FOR UPDATE, on PostgreSQL; SQLite's
    writing transactions hold the whole store): another save of it waits, then reads what this
    one wrote, so that its children are diffed against the rows actually stored.
    """
    row = session.scalar(
        select(model).where(model.uuid == uuid).options(*load).with_for_update(of=model)
    )
    if row is None:
        row = model()
        row.uuid = uuid
        for name, value in new.items():
            setattr(row, name, value)
        if id_:
            row.id = id_
        session.add(row)
    return row


def row_by_id(session: Session, model: type[Row], id_: int, missing: str) -> Row:
    """The row of `model` with that id; NotFoundError saying `missing` if there is none."""
    row = session.get(model, id_)
    if row is None:
        raise NotFoundError(missing)
    return row


def replace_children(
    rows: list[Any], model: type[Any], wanted: list[tuple[UUID | None, dict[str, Any]]]
) -> None:
    """Make a child collection match `wanted` (uuid, values), keeping rows whose UUID remains."""
    by_uuid = {row.uuid: row for row in rows}
    kept = []
    for uuid, values in wanted:
        row = by_uuid.pop(uuid, None) if uuid else None
        if row is None:
            row = model(**values)
            if uuid:
                row.uuid = uuid
        else:
            for name, value in values.items():
                setattr(row, name, value)
        kept.append(row)
    rows[:] = kept


def replace_links(rows: list[Any], wanted: set[int], key: str, make: Callable[[int], Any]) -> None:
    """Make a collection of link rows match the ids `wanted` (rows kept, missing ones made)."""
    present = {getattr(row, key) for row in rows}
    rows[:] = [row for row in rows if getattr(row, key) in wanted] + [
        make(value) for value in sorted(wanted - present)
    ]


def delete_by_uuid(session: Session, model: type[Any], uuid: UUID) -> None:
    """Delete a record through the ORM, so that its children's cascades run."""
    row = session.scalar(select(model).where(model.uuid == uuid).with_for_update(of=model))
    if row is not None:
        session.delete(row)
        session.flush()


def delete_row(session: Session, model: type[Tracked], uuid: UUID) -> None:
    """Delete a record in SQL: the database's ON DELETE clauses take care of its children."""
    session.execute(delete(model).where(model.uuid == uuid))
