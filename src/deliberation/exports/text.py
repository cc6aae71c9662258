"""Text for documents: French dates, hours and durations; strings cleaned of what XML forbids."""

from __future__ import annotations

import re
from datetime import time

from deliberation.rules.wording import NBSP, clock, duration, hours, long_date

# -- French wording (no-break spaces keep « 14 h 00 » and « Décision : » together) ----------------

french_date = long_date


def french_time(moment: time) -> str:
    """« 14 h 00 » (with no-break spaces)."""
    return clock(moment, NBSP)


def french_hours(start: time, end: time) -> str:
    """« 14 h 00 – 17 h 00 »."""
    return hours(start, end, NBSP)


def french_duration(minutes: int) -> str:
    """« 45 min », « 1 h 30 », « 2 h »."""
    return duration(minutes, NBSP)


# -- Cleaning text before python-docx sees it ----------------------------------------------------

# Characters XML 1.0 forbids (python-docx raises ValueError on them) and C1 controls.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_LINE_BREAKS = re.compile("\r\n|[\r\x0b\x0c\x85\u2028\u2029]")
_BLANKS = re.compile("[ \t\n\r\x0b\x0c]+")


_SPACE_BEFORE = re.compile(r" +(?=[;:!?»])")
_SPACE_AFTER = re.compile(r"(?<=«) +")


def french_spacing(text: str) -> str:
    """No-break spaces before ; : ! ? » and after «, so that they never start or end a line."""
    return _SPACE_AFTER.sub(NBSP, _SPACE_BEFORE.sub(NBSP, text))


def xml_safe(text: str) -> str:
    """The text without the characters a Word document cannot hold, with French spacing."""
    return french_spacing(_NOT_XML.sub("", text))


def clean_line(text: str) -> str:
    """One line: line breaks and tabs become spaces, control characters go, spaces collapse."""
    return xml_safe(_BLANKS.sub(" ", text)).strip()


def text_lines(text: str) -> list[str]:
    """A multi-line text as its non-empty lines (each becomes a paragraph), cleaned."""
    lines = (xml_safe(line).strip() for line in _LINE_BREAKS.sub("\n", text).split("\n"))
    return [line for line in lines if line]


def shorten(text: str, limit: int) -> str:
    """The text cut at a word before `limit` characters, ending in « … » (headers, titles)."""
    if len(text) <= limit:
        return text
    return text[: limit - 1].rsplit(" ", 1)[0].rstrip(" ,;:–-") + "…"
