"""The wording of a meeting on screen: codes' labels, colours, attendance summary."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from deliberation.records.meetings import (
    ACTION_STATUSES,
    ATTENDANCE_COUNTED,
    ATTENDANCE_STATUSES,
    ITEM_KINDS,
    MEETING_KINDS,
    MEETING_STATUSES,
    Attendance,
)
from deliberation.ui.kit.language import plural
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


def _counted(number: int, one: str, many: str) -> str:
    """« 2 excusées »: a marked label pair, translated, after the number."""
    return plural(number, "%n " + label_text(one), "%n " + label_text(many))


def attendance_summary(entries: Iterable[Attendance]) -> str:
    """« 9 présentes, 2 représentées, 1 excusée, 2 absentes sur 14 convoquées »."""
    entries = list(entries)
    if not entries:
        return QCoreApplication.translate("MeetingLabels", "Aucune organisation convoquée.")
    counts = {status: 0 for status in ATTENDANCE_STATUSES}
    for entry in entries:
        counts[entry.status] = counts.get(entry.status, 0) + 1
    words = ATTENDANCE_COUNTED
    parts = [_counted(counts[s], *words[s]) for s in words if counts.get(s)]
    total = plural(
        len(entries),
        QCoreApplication.translate("MeetingLabels", "%n convoquée"),
        QCoreApplication.translate("MeetingLabels", "%n convoquées"),
    )
    if parts == [_counted(len(entries), *words["pending"])]:
        text = QCoreApplication.translate("MeetingLabels", "Présences non renseignées (%1).")
        return text.replace("%1", total)
    text = QCoreApplication.translate("MeetingLabels", "%1 sur %2.")
    return text.replace("%1", ", ".join(parts)).replace("%2", total)


def default_title(kind: str, group_name: str = "") -> str:
    """rules.meetings.default_title in the interface's language: « Réunion plénière », or
    « Séance du groupe « Usages » » when no title is typed."""
    if kind == "group_session" and group_name:
        text = QCoreApplication.translate("MeetingLabels", "Séance du groupe « %1 »")
        return text.replace("%1", group_name)
    if kind in MEETING_KINDS:
        return kind_label(kind)
    return QCoreApplication.translate("MeetingLabels", "Séance")
