"""French wording of days, times of day, moments, durations and counts: one place for screens,
documents and the command line."""

from __future__ import annotations

import re
from datetime import date, datetime, time

NBSP = "\u00a0"
"""A no-break space: documents keep « 14 h 00 » on one line by passing it as `space`."""
THIN_NBSP = "\u202f"
"""A thin no-break space, the thousands separator of French typography."""
WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
MONTHS = (
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
)  # fmt: skip
SHORT_WEEKDAYS = ("lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim.")
SHORT_MONTHS = (
    "janv.", "févr.", "mars", "avr.", "mai", "juin",
    "juil.", "août", "sept.", "oct.", "nov.", "déc.",
)  # fmt: skip


def long_date(day: date, weekday: bool = True) -> str:
    """« mardi 6 janvier 2026 », « jeudi 1er octobre 2026 » (without the weekday if asked)."""
    number = "1er" if day.day == 1 else str(day.day)
    text = f"{number} {MONTHS[day.month - 1]} {day.year}"
    return f"{WEEKDAYS[day.weekday()]} {text}" if weekday else text


class LongDay(date):
    """A day that writes itself « mardi 6 janvier 2026 » (long_date) when formatted into a
    sentence; the window, seeing a date, writes it in its own language."""

    def __str__(self) -> str:
        return long_date(self)

    def __format__(self, spec: str) -> str:
        return long_date(self) if not spec else super().__format__(spec)


_LONG_DATE = re.compile(r"^(?:\w+ )?(\d{1,2})(?:er)? (\S+) (\d{4})$")


def read_long_date(text: str) -> LongDay | None:
    """The day « mercredi 10 février 2027 » (or « 1er octobre 2026 ») names; None if none."""
    found = _LONG_DATE.match(text.strip())
    if found is None or found[2] not in MONTHS:
        return None
    try:
        return LongDay(int(found[3]), MONTHS.index(found[2]) + 1, int(found[1]))
    except ValueError:
        return None


def short_date(day: date) -> str:
    """« 3 mars 2026 », « 1 octobre 2026 » (the day's number as is, no weekday)."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def abbreviated_date(day: date, weekday: bool = True, year: bool = True) -> str:
    """« mar. 6 janv. 2026 »; « 6 janv. 2026 » without the weekday, « 6 janv. » without the year."""
    text = f"{day.day} {SHORT_MONTHS[day.month - 1]}"
    if year:
        text += f" {day.year}"
    return f"{SHORT_WEEKDAYS[day.weekday()]} {text}" if weekday else text


def numeric_date(day: date | None) -> str:
    """« 06/01/2026 », for narrow columns and sentences; empty when the date is unknown."""
    return f"{day.day:02d}/{day.month:02d}/{day.year:04d}" if day else ""


def _local(moment: datetime) -> datetime:
    """The moment in local time (the store keeps UTC); a naive moment is taken as local."""
    return moment.astimezone() if moment.tzinfo is not None else moment


def moment(when: datetime) -> str:
    """« 06/01/2026 à 14:30 », in local time."""
    local = _local(when)
    return f"{numeric_date(local)} à {numeric_time(local.time())}"


def moment_with_clock(when: datetime) -> str:
    """« 06/01/2026 à 14 h 30 », in local time."""
    local = _local(when)
    return f"{numeric_date(local)} à {clock(local.time())}"


def numeric_moment(when: datetime) -> str:
    """« 06/01/2026 14:30 », in local time, for table cells."""
    local = _local(when)
    return f"{numeric_date(local)} {numeric_time(local.time())}"


def numeric_time(moment: time) -> str:
    """« 14:30 », for tables and machine-readable output."""
    return f"{moment.hour:02d}:{moment.minute:02d}"


def numeric_hours(start: time, end: time) -> str:
    """« 14:00–17:00 », for narrow columns."""
    return f"{numeric_time(start)}–{numeric_time(end)}"


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


def plural(number: int, one: str, many: str) -> str:
    """« 1 séance », « 3 séances »: `one` below two, else `many` (both hold %n for the number)."""
    return (one if number < 2 else many).replace("%n", str(number))


def thousands(number: int) -> str:
    """1234 → « 1 234 », with a thin no-break space as French typography writes it."""
    return f"{number:,}".replace(",", THIN_NBSP)


def quantity(number: int, singular: str, many: str) -> str:
    """« 0 mot », « 1 mot », « 1 234 mots »: thousands grouped, a no-break space before the noun."""
    return f"{thousands(number)}{NBSP}{singular if number < 2 else many}"
