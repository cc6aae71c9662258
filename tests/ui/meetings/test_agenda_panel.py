"""Copying the agenda of an earlier meeting of a working group: what the choice shows."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from deliberation.records.meetings import MeetingInput, MeetingSnapshot
from deliberation.records.referential import GroupInput
from deliberation.rules.meetings import default_title
from deliberation.services.meetings import Meetings
from deliberation.services.referential import Referential
from deliberation.ui.kit.editor import Editor
from deliberation.ui.meetings.agenda_panel import CopyAgendaDialog
from deliberation.ui.meetings.meeting_page import MeetingPage

LONG_NAME = "Achat public mutualisé de ressources numériques pour les écoles"


def session(meetings: Meetings, group_id: int, day: date, *titles: str) -> MeetingSnapshot:
    title = default_title("group_session", LONG_NAME)
    data = MeetingInput("group_session", day, time(10, 0), time(12, 30), group_id, title)
    snap = meetings.apply_meeting(meetings.new_meeting(data))
    items = [meetings.new_item("discussion", title, 20) for title in titles]
    return meetings.apply_meeting(meetings.with_items(snap, items)) if items else snap


def test_the_earlier_sessions_are_offered_whole(
    qtbot: QtBot,
    editor: Editor,
    messages,
    meetings: Meetings,
    referential: Referential,
    org_id,
) -> None:
    theme = referential.themes()[0].id
    data = GroupInput(LONG_NAME, theme, member_ids=(org_id("AMF"), org_id("CDC")))
    group = referential.apply_group(referential.new_group(data)).id
    first = session(meetings, group, date(2026, 3, 10))
    page = MeetingPage(editor, messages)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)

    page.show_meeting(first.id)
    page.agenda.copy_action.trigger()
    assert messages.abouts == [
        "Aucune séance précédente de cette instance n'a d'ordre du jour à copier."
    ]

    session(meetings, group, date(2026, 1, 13), "Cadre de référence", "Calendrier")
    page.agenda.copy_action.trigger()
    dialog = page.agenda.dialog
    assert isinstance(dialog, CopyAgendaDialog)
    qtbot.waitExposed(dialog)
    labels = [label.text() for label in dialog.findChildren(QLabel)]
    assert "Séances précédentes de la même instance :" in labels
    item = dialog.list.item(0)
    assert item.text() == f"13/01/2026 — Séance du groupe « {LONG_NAME} » (2 points)"
    # The whole line is seen: no need to scroll sideways to read how many points it has.
    width = dialog.list.fontMetrics().horizontalAdvance(item.text())
    assert width < dialog.list.viewport().width()
    assert not dialog.list.horizontalScrollBar().isVisible()
    dialog.reject()
