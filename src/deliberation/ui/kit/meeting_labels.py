"""French wording of a meeting on screen: codes' labels, colours, attendance summary."""

from __future__ import annotations

from collections.abc import Iterable

from deliberation.records.meetings import (
    ACTION_STATUSES,
    ATTENDANCE_COUNTED,
    ATTENDANCE_STATUSES,
    ITEM_KINDS,
    MEETING_KINDS,
    MEETING_STATUSES,
    Attendance,
)
from deliberation.rules.wording import count
from deliberation.ui.kit.localize import label_text


def kind_label(kind: str) -> str:
    return label_text(MEETING_KINDS.get(kind, kind))


def meeting_status_label(status: str) -> str:
    return label_text(MEETING_STATUSES.get(status, status))


def item_kind_label(kind: str) -> str:
    return label_text(ITEM_KINDS.get(kind, kind))


def attendance_label(status: str) -> str:
    return label_text(ATTENDANCE_STATUSES.get(status, status))


def action_status_label(status: str) -> str:
    return label_text(ACTION_STATUSES.get(status, status))


def attendance_summary(entries: Iterable[Attendance]) -> str:
    """« 9 présentes, 2 représentées, 1 excusée, 2 absentes sur 14 convoquées »."""
    entries = list(entries)
    if not entries:
        return "Aucune organisation convoquée."
    counts = {status: 0 for status in ATTENDANCE_STATUSES}
    for entry in entries:
        counts[entry.status] = counts.get(entry.status, 0) + 1
    words = ATTENDANCE_COUNTED
    parts = [count(counts[s], *map(label_text, words[s])) for s in words if counts.get(s)]
    total = count(len(entries), "convoquée", "convoquées")
    if parts == [count(len(entries), *map(label_text, words["pending"]))]:
        return f"Présences non renseignées ({total})."
    return f"{', '.join(parts)} sur {total}."
