"""Dates, times and durations as the window shows them, in the interface's language.

French (the source) is written by rules.wording, as the command line and the exports write it;
English goes through QLocale (British: « Tuesday 6 January 2026 », « 14:30 »). Numeric dates
(« 06/01/2026 ») read the same in both languages and stay rules.wording's.
"""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from deliberation.rules import wording
from deliberation.rules.wording import numeric_date, numeric_hours, numeric_time
from deliberation.ui.kit.language import ENGLISH, LOCALES, current_language, plural

__all__ = [
    "abbreviated_date",
    "clock",
    "days_from_now",
    "duration",
    "hours",
    "long_date",
    "moment",
    "moment_with_clock",
    "month_name",
    "numeric_date",
    "numeric_hours",
    "numeric_moment",
    "numeric_time",
    "short_date",
    "short_month_name",
    "weekday_name",
]


def _english() -> bool:
    return current_language() == ENGLISH


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _locale() -> QLocale:
    return LOCALES[ENGLISH]


def long_date(day: date, weekday: bool = True) -> str:
    """« mardi 6 janvier 2026 » / « Tuesday 6 January 2026 » (without the weekday if asked)."""
    if not _english():
        return wording.long_date(day, weekday)
    return _locale().toString(_qdate(day), "dddd d MMMM yyyy" if weekday else "d MMMM yyyy")


def short_date(day: date) -> str:
    """« 3 mars 2026 » / « 3 March 2026 »."""
    if not _english():
        return wording.short_date(day)
    return _locale().toString(_qdate(day), "d MMMM yyyy")


def abbreviated_date(day: date, weekday: bool = True, year: bool = True) -> str:
    """« mar. 6 janv. 2026 » / « Tue 6 Jan 2026 »; without the weekday or the year if asked."""
    if not _english():
        return wording.abbreviated_date(day, weekday, year)
    form = ("ddd " if weekday else "") + "d MMM" + (" yyyy" if year else "")
    return _locale().toString(_qdate(day), form)


def weekday_name(number: int) -> str:
    """The weekday counted from Monday (0): « mardi » / « Tuesday »."""
    if not _english():
        return wording.WEEKDAYS[number]
    return _locale().dayName(number + 1, QLocale.FormatType.LongFormat)


def month_name(month: int) -> str:
    """« août » / « August » (month 1 to 12)."""
    if not _english():
        return wording.MONTHS[month - 1]
    return _locale().monthName(month, QLocale.FormatType.LongFormat)


def short_month_name(month: int) -> str:
    """« août », « déc. » / « Aug », « Dec » (month 1 to 12)."""
    if not _english():
        return wording.SHORT_MONTHS[month - 1]
    return _locale().monthName(month, QLocale.FormatType.ShortFormat)


def clock(moment: time, space: str = " ") -> str:
    """« 14 h 00 » / « 14:00 »."""
    return numeric_time(moment) if _english() else wording.clock(moment, space)


def hours(start: time, end: time, space: str = " ") -> str:
    """« 14 h 00 – 17 h 00 » / « 14:00 – 17:00 »."""
    return f"{clock(start, space)} – {clock(end, space)}"


def duration(minutes: int, space: str = " ") -> str:
    """« 45 min », « 1 h », « 1 h 30 » / « 45 min », « 1 h », « 1 h 30 min »."""
    text = wording.duration(minutes, space)
    if _english() and minutes % 60 and minutes >= 60:
        text += f"{space}min"
    return text


def _local(when: datetime) -> datetime:
    """The moment in local time (the store keeps UTC); a naive moment is taken as local."""
    return when.astimezone() if when.tzinfo is not None else when


def _at(day: str, when: str, gap: str = " ") -> str:
    """« 06/01/2026 à 14:30 »; `gap` (a new line) instead of the space before « à »."""
    text = QCoreApplication.translate("Dates", "%1 à %2").replace("%1", day).replace("%2", when)
    return text.replace(f"{day} ", f"{day}{gap}", 1)


def moment(when: datetime) -> str:
    """« 06/01/2026 à 14:30 » / « 06/01/2026 at 14:30 », in local time."""
    local = _local(when)
    return _at(numeric_date(local), numeric_time(local.time()))


def moment_with_clock(when: datetime, gap: str = " ") -> str:
    """« 06/01/2026 à 14 h 30 » / « 06/01/2026 at 14:30 », in local time (`gap`: a new line
    before « à » for narrow columns)."""
    local = _local(when)
    return _at(numeric_date(local), clock(local.time()), gap)


def numeric_moment(when: datetime) -> str:
    """« 06/01/2026 14:30 », in local time, for table cells (the same in both languages)."""
    return wording.numeric_moment(when)


def days_from_now(days: int) -> str:
    """« dans 16 jours » / « in 16 days »; « il y a 3 jours » / « 3 days ago »; today's name."""
    if days == 0:
        return QCoreApplication.translate("Dates", "aujourd'hui")
    if days > 0:
        one = QCoreApplication.translate("Dates", "dans %n jour")
        return plural(days, one, QCoreApplication.translate("Dates", "dans %n jours"))
    one = QCoreApplication.translate("Dates", "il y a %n jour")
    return plural(-days, one, QCoreApplication.translate("Dates", "il y a %n jours"))
