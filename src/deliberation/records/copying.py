"""Records made from another object's attributes of the same names: a row, an input, a record."""

from __future__ import annotations

from dataclasses import MISSING, fields
from typing import Any, TypeVar

Record = TypeVar("Record")


_FIELDS: dict[type, tuple[tuple[str, bool], ...]] = {}


def _fields(record_type: type) -> tuple[tuple[str, bool], ...]:
    """Each field's name and whether it must be given (no default): read once per type, since
    the store builds thousands of records per list."""
    found = _FIELDS.get(record_type)
    if found is None:
        found = _FIELDS[record_type] = tuple(
            (f.name, f.default is MISSING and f.default_factory is MISSING)
            for f in fields(record_type)
        )
    return found


def field_values(record: Any) -> dict[str, Any]:
    """A dataclass's fields as keyword arguments (not copied deeply, unlike `asdict`)."""
    return {name: getattr(record, name) for name, _ in _fields(type(record))}


def record_from(record_type: type[Record], source: Any, **values: Any) -> Record:
    """A `record_type` whose fields are `values`, else the attributes of `source` of the same
    names; a field `source` lacks keeps its default (one without a default is an error)."""
    for name, required in _fields(record_type):
        if name in values:
            continue
        if hasattr(source, name):
            values[name] = getattr(source, name)
        elif required:
            raise TypeError(f"{type(source).__name__} has no {name} for {record_type.__name__}")
    return record_type(**values)
