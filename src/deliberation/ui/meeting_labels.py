"""French wording of a meeting on screen: long dates, hours, durations, attendance summary."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, time

from deliberation.meeting_records import (
    ACTION_STATUSES,
    ATTENDANCE_STATUSES,
    ITEM_KINDS,
    MEETING_KINDS,
    MEETING_STATUSES,
    Attendance,
)
from deliberation.rules.schedule import MONTHS, WEEKDAYS

WARNING_TEXT = "#9c2a00"
"""Text colour of what needs attention (an item past the end, an overdue action)."""
WARNING_BACKGROUND = "#fdeee6"
MUTED_TEXT = "#6b6b6b"
"""Secondary text that must stay readable (greyed-out widgets are too pale on white)."""


def long_date(day: date) -> str:
    """« mardi 6 janvier 2026 », « jeudi 1er octobre 2015 »."""
    number = "1er" if day.day == 1 else str(day.day)
    return f"{WEEKDAYS[day.weekday()]} {number} {MONTHS[day.month - 1]} {day.year}"


def format_time(moment: time) -> str:
    """« 14 h 00 »."""
    return f"{moment.hour} h {moment.minute:02d}"


def hours(start: time, end: time) -> str:
    """« 14 h 00 – 17 h 00 »."""
    return f"{format_time(start)} – {format_time(end)}"


def format_duration(minutes: int) -> str:
    """« 45 min », « 1 h », « 1 h 30 »."""
    if minutes < 60:
        return f"{minutes} min"
    whole, rest = divmod(minutes, 60)
    return f"{whole} h {rest:02d}" if rest else f"{whole} h"


def kind_label(kind: str) -> str:
    return MEETING_KINDS.get(kind, kind)


def meeting_status_label(status: str) -> str:
    return MEETING_STATUSES.get(status, status)


def item_kind_label(kind: str) -> str:
    return ITEM_KINDS.get(kind, kind)


def attendance_label(status: str) -> str:
    return ATTENDANCE_STATUSES.get(status, status)


def action_status_label(status: str) -> str:
    return ACTION_STATUSES.get(status, status)


def _count(number: int, singular: str, plural: str) -> str:
    return f"{number} {singular if number == 1 else plural}"


def attendance_summary(entries: Iterable[Attendance]) -> str:
    """« 9 présentes, 2 représentées, 1 excusée, 2 absentes sur 14 convoquées »."""
    entries = list(entries)
    if not entries:
        return "Aucune organisation convoquée."
    counts = {status: 0 for status in ATTENDANCE_STATUSES}
    for entry in entries:
        counts[entry.status] = counts.get(entry.status, 0) + 1
    words = {
        "present": ("présente", "présentes"),
        "represented": ("représentée", "représentées"),
        "excused": ("excusée", "excusées"),
        "absent": ("absente", "absentes"),
        "pending": ("non renseignée", "non renseignées"),
    }
    parts = [_count(counts[s], *words[s]) for s in words if counts.get(s)]
    total = _count(len(entries), "convoquée", "convoquées")
    if parts == [_count(len(entries), *words["pending"])]:
        return f"Présences non renseignées ({total})."
    return f"{', '.join(parts)} sur {total}."
