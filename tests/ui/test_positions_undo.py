"""Undo and redo across consultations, positions and meetings lose nothing a user recorded."""

from __future__ import annotations

from datetime import date, time

from deliberation.bootstrap import Opened
from deliberation.meeting_records import MeetingInput
from deliberation.position_records import ConsultationInput, Subject
from deliberation.ui.editor import CONSULTATIONS, Editor


def orgs(opened: Opened) -> dict[str, int]:
    return {o.acronym: o.id for o in opened.referential.organisations()}


def test_undoing_a_meeting_deletion_links_its_consultations_back(
    editor: Editor, opened: Opened
) -> None:
    m, p = editor.meetings, editor.positions
    meeting = editor.create_meeting(
        m.new_meeting(MeetingInput("plenary", date(2026, 3, 10), time(14, 0), time(17, 0)))
    )
    snap = editor.create_consultation(
        p.new_consultation(
            ConsultationInput(
                "Charte des ENT",
                date(2026, 3, 1),
                meeting_id=meeting.id,
                subjects=(Subject("other", "Charte"),),
                consulted=(orgs(opened)["AMF"],),
            )
        )
    )
    news: list[frozenset[str]] = []
    editor.changed.connect(news.append)

    editor.delete_meeting(m.meeting(meeting.id))
    assert p.consultation(snap.id).meeting_id is None
    assert CONSULTATIONS in news[-1]  # the Positions area names the meeting: it reloads
    editor.undo_stack.undo()
    assert p.consultation(snap.id).meeting_id == meeting.id
    assert CONSULTATIONS in news[-1]
    editor.undo_stack.redo()
    assert p.consultation(snap.id).meeting_id is None
    editor.undo_stack.undo()
    assert p.consultation(snap.id).meeting_id == meeting.id
