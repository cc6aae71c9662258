"""Text tables of the command line: columns, aligned rows narrowed to a terminal, dates."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from deliberation.rules.wording import numeric_date


@dataclass(frozen=True)
class Column:
    """A column of a text table: its heading, its cell text, how far it may be narrowed."""

    heading: str
    cell: Callable[[dict[str, Any]], str]
    min_width: int | None = None  # None: never narrowed


def format_table(
    columns: Sequence[Column], rows: Sequence[dict[str, Any]], width: int | None = None
) -> str:
    """Rows as left-aligned columns under their headings.

    With a `width` (a terminal's), columns with a `min_width` are narrowed, fairly, until
    the table fits, their cells cut with an ellipsis; without one, every cell is shown whole.
    """
    cells = [[c.cell(row) for c in columns] for row in rows]
    widths = [
        max([len(c.heading), *(len(line[i]) for line in cells)]) for i, c in enumerate(columns)
    ]
    if width is not None:
        _narrow(columns, widths, width - 2 * (len(columns) - 1))
        cells = [[_cut(text, w) for text, w in zip(line, widths, strict=True)] for line in cells]
    lines = [[c.heading for c in columns], ["─" * w for w in widths], *cells]
    return "\n".join(
        "  ".join(text.ljust(w) for text, w in zip(line, widths, strict=True)).rstrip()
        for line in lines
    )


def _narrow(columns: Sequence[Column], widths: list[int], room: int) -> None:
    """Take one character at a time from the column with the most to spare, until all fit."""
    while sum(widths) > room:
        spare = {
            i: widths[i] - max(c.min_width, len(c.heading))
            for i, c in enumerate(columns)
            if c.min_width is not None
        }
        widest = max(spare, key=lambda i: spare[i], default=None)
        if widest is None or spare[widest] <= 0:
            return
        widths[widest] -= 1


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


Listing = tuple[list[dict[str, Any]], list[Column], str]


def iso_date(day: date | None) -> str | None:
    return day.isoformat() if day else None


def french_date(iso: str | None) -> str:
    """An ISO date the French way, as the GUI shows it: 2015-10-01 → 01/10/2015."""
    return numeric_date(date.fromisoformat(iso)) if iso else ""


def in_sentence(label: str) -> str:
    """A label inside a sentence: its first letter lowered, the rest kept (« fichier Word »)."""
    return label[:1].lower() + label[1:]
