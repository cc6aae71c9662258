"""Text for documents: French dates, hours and durations; strings cleaned of what XML forbids."""

from __future__ import annotations

import re
from datetime import date, time

# -- French wording -------------------------------------------------------------------------------

NBSP = "\u00a0"  # keeps « 14 h 00 » and « Décision : » together
WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
MONTHS = (
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
)  # fmt: skip


def french_date(day: date, weekday: bool = True) -> str:
    """« mardi 6 janvier 2026 », « jeudi 1er octobre 2026 » (without the weekday if asked)."""
    number = "1er" if day.day == 1 else str(day.day)
    text = f"{number} {MONTHS[day.month - 1]} {day.year}"
    return f"{WEEKDAYS[day.weekday()]} {text}" if weekday else text


def numeric_date(day: date) -> str:
    """« 06/01/2026 », for narrow table columns."""
    return day.strftime("%d/%m/%Y")


def french_time(moment: time) -> str:
    """« 14 h 00 » (with no-break spaces)."""
    return f"{moment.hour}{NBSP}h{NBSP}{moment.minute:02d}"


def french_hours(start: time, end: time) -> str:
    """« 14 h 00 – 17 h 00 »."""
    return f"{french_time(start)} – {french_time(end)}"


def french_duration(minutes: int) -> str:
    """« 45 min », « 1 h 30 », « 2 h »."""
    hours, rest = divmod(max(0, minutes), 60)
    if not hours:
        return f"{rest}{NBSP}min"
    return f"{hours}{NBSP}h{NBSP}{rest:02d}" if rest else f"{hours}{NBSP}h"


def plural(count: int, singular: str, plural_form: str | None = None) -> str:
    """« 1 organisation », « 3 organisations »."""
    return f"{count} {singular if count == 1 else plural_form or singular + 's'}"


# -- Cleaning text before python-docx sees it ----------------------------------------------------

# Characters XML 1.0 forbids (python-docx raises ValueError on them) and C1 controls.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_LINE_BREAKS = re.compile("\r\n|[\r\x0b\x0c\x85\u2028\u2029]")
_BLANKS = re.compile("[ \t\n\r\x0b\x0c]+")


def xml_safe(text: str) -> str:
    """The text without the characters a Word document cannot hold."""
    return _NOT_XML.sub("", text)


def clean_line(text: str) -> str:
    """One line: line breaks and tabs become spaces, control characters go, spaces collapse."""
    return xml_safe(_BLANKS.sub(" ", text)).strip()


def text_lines(text: str) -> list[str]:
    """A multi-line text as its non-empty lines (each becomes a paragraph), cleaned."""
    lines = (xml_safe(line).strip() for line in _LINE_BREAKS.sub("\n", text).split("\n"))
    return [line for line in lines if line]
