"""French wording of days, times of day, durations and counts: one place for screens, documents
and the command line."""

from __future__ import annotations

from datetime import date, time

NBSP = "\u00a0"
"""A no-break space: documents keep « 14 h 00 » on one line by passing it as `space`."""
WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
MONTHS = (
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
)  # fmt: skip


def long_date(day: date, weekday: bool = True) -> str:
    """« mardi 6 janvier 2026 », « jeudi 1er octobre 2026 » (without the weekday if asked)."""
    number = "1er" if day.day == 1 else str(day.day)
    text = f"{number} {MONTHS[day.month - 1]} {day.year}"
    return f"{WEEKDAYS[day.weekday()]} {text}" if weekday else text


def clock(moment: time, space: str = " ") -> str:
    """« 14 h 00 », as French typography writes a time of day."""
    return f"{moment.hour}{space}h{space}{moment.minute:02d}"


def hours(start: time, end: time, space: str = " ") -> str:
    """« 14 h 00 – 17 h 00 »."""
    return f"{clock(start, space)} – {clock(end, space)}"


def duration(minutes: int, space: str = " ") -> str:
    """« 45 min », « 1 h », « 1 h 30 »."""
    whole, rest = divmod(max(0, minutes), 60)
    if not whole:
        return f"{rest}{space}min"
    return f"{whole}{space}h{space}{rest:02d}" if rest else f"{whole}{space}h"


def count(number: int, singular: str, plural: str | None = None) -> str:
    """« 0 thème », « 1 thème », « 6 thèmes » (French keeps the singular below 2)."""
    return f"{number} {singular if number < 2 else plural or singular + 's'}"
