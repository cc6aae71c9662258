"""Records made from another object's attributes of the same names: a row, an input, a record."""

from __future__ import annotations

from dataclasses import MISSING, fields
from typing import Any, TypeVar

Record = TypeVar("Record")


def field_values(record: Any) -> dict[str, Any]:
    """A dataclass's fields as keyword arguments (not copied deeply, unlike `asdict`)."""
    return {f.name: getattr(record, f.name) for f in fields(record)}


def record_from(record_type: type[Record], source: Any, **values: Any) -> Record:
    """A `record_type` whose fields are `values`, else the attributes of `source` of the same
    names; a field `source` lacks keeps its default (one without a default is an error)."""
    for f in fields(record_type):  # type: ignore[arg-type]
        if f.name in values:
            continue
        if hasattr(source, f.name):
            values[f.name] = getattr(source, f.name)
        elif f.default is MISSING and f.default_factory is MISSING:
            raise TypeError(f"{type(source).__name__} has no {f.name} for {record_type.__name__}")
    return record_type(**values)
