"""The editor: undo and redo of consultations, positions and meetings lose nothing recorded."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

from tests.ui.conftest import settle

from deliberation.records.meetings import MeetingInput
from deliberation.records.positions import ConsultationInput, PositionInput, Subject
from deliberation.services.root import Root
from deliberation.ui.kit.editor import CONSULTATIONS, Editor
from deliberation.ui.kit.editor import POSITIONS as EDITOR_POSITIONS
from deliberation.ui.main_window import POSITIONS, MainWindow
from deliberation.ui.positions.positions_page import PositionsPage


def orgs(opened: Root) -> dict[str, int]:
    return {o.acronym: o.id for o in opened.referential.organisations()}


def test_undoing_a_meeting_deletion_links_its_consultations_back(
    editor: Editor, opened: Root
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


def test_undoing_a_subject_removal_brings_back_the_history_of_its_withdrawn_positions(
    editor: Editor, opened: Root
) -> None:
    p = editor.positions
    amf = orgs(opened)["AMF"]
    snap = editor.create_consultation(
        p.new_consultation(
            ConsultationInput(
                "Charte des ENT",
                date(2026, 3, 1),
                subjects=(Subject("other", "Charte"), Subject("other", "Annexe")),
                consulted=(amf,),
            )
        )
    )
    annex = snap.subjects[1].id
    first = editor.record_position(
        p.new_position(PositionInput(annex, amf, "favorable", received_on=date(2026, 3, 2)))
    )
    changed = editor.edit_position(
        first,
        p.edited_position(
            first, PositionInput(annex, amf, "unfavorable", received_on=date(2026, 3, 3))
        ),
    )
    editor.delete_position(changed)  # withdrawn: the subject has no position left
    before = p.consultation(snap.id)
    after = p.edited_consultation(
        before,
        ConsultationInput(
            before.title, before.opened_on, subjects=before.subjects[:1], consulted=(amf,)
        ),
    )
    editor.edit_consultation(before, after)
    assert [s.label for s in p.consultation(snap.id).subjects] == ["Charte"]

    editor.undo_stack.undo()  # the subject comes back…
    assert [s.label for s in p.consultation(snap.id).subjects] == ["Charte", "Annexe"]
    editor.undo_stack.undo()  # …and the withdrawn position with its history
    restored = p.position(first.id)
    assert restored.stance == "unfavorable"
    # Its trail: favourable, changed to unfavourable, withdrawn, then brought back by undo.
    assert [h.stance for h in p.history(restored)] == ["unfavorable", "favorable"]

    editor.undo_stack.redo()
    editor.undo_stack.redo()
    editor.undo_stack.undo()
    editor.undo_stack.undo()
    # Brought back again, not twice.
    assert [h.stance for h in p.history(p.position(first.id))] == ["unfavorable", "favorable"]


def test_the_positions_area_names_the_meeting_as_it_is_now(
    editor: Editor, opened: Root, window: MainWindow
) -> None:
    m, p = editor.meetings, editor.positions
    plenary = MeetingInput(
        "plenary", date(2026, 3, 10), time(14, 0), time(17, 0), title="Plénière de mars"
    )
    meeting = editor.create_meeting(m.new_meeting(plenary))
    editor.create_consultation(
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
    page = window.show_area(POSITIONS)
    assert isinstance(page, PositionsPage)
    settle(page)  # the synthesis beside the list follows on the next turn
    assert "Plénière de mars" in page.area.header.dates.text()

    editor.edit_meeting(
        meeting, m.edited_meeting(meeting, replace(plenary, title="Plénière du printemps"))
    )
    assert "Plénière du printemps" in page.area.header.dates.text()
    editor.delete_meeting(m.meeting(meeting.id))
    assert "Plénière" not in page.area.header.dates.text()


# -- consultations and positions through the editor alone -----------------------------------------


def test_positions_are_undone_and_redone_with_their_history(editor: Editor, opened: Root) -> None:
    p = editor.positions
    orgs = {o.acronym: o.id for o in opened.referential.organisations()}
    news: list[frozenset[str]] = []
    editor.changed.connect(news.append)
    snap = editor.create_consultation(
        p.new_consultation(
            ConsultationInput(
                "Point 3 : charte des ENT",
                date(2026, 3, 1),
                subjects=(Subject("other", "Charte"),),
                consulted=(orgs["AMF"], orgs["ADF"]),
            )
        )
    )
    assert CONSULTATIONS in news[-1]
    subject = snap.subjects[0].id
    first = editor.record_position(
        p.new_position(
            PositionInput(subject, orgs["AMF"], "favorable", received_on=date(2026, 3, 2))
        )
    )
    assert EDITOR_POSITIONS in news[-1]
    editor.edit_position(
        first,
        p.edited_position(
            first,
            PositionInput(subject, orgs["AMF"], "unfavorable", reasons="Trop cher",
                          received_on=date(2026, 3, 4)),
        ),
    )  # fmt: skip
    assert p.synthesis(snap.id).stance(subject, orgs["AMF"]) == "unfavorable"
    editor.undo_stack.undo()
    assert p.synthesis(snap.id).stance(subject, orgs["AMF"]) == "favorable"
    # The undo is itself a change the audit trail shows.
    assert [h.stance for h in p.history(p.position(first.id))] == ["unfavorable", "favorable"]
    editor.undo_stack.undo()
    assert p.positions(snap.id) == []
    editor.undo_stack.redo()
    assert p.position(first.id).stance == "favorable"
    # Undoing the creation withdrew the position: that too is in its trail.
    assert [h.stance for h in p.history(p.position(first.id))] == [
        "favorable",
        "unfavorable",
        "favorable",
    ]

    editor.delete_consultation(snap.id)
    assert p.consultations() == []
    editor.undo_stack.undo()
    assert p.consultation(snap.id).title == "Point 3 : charte des ENT"
    assert p.position(first.id).stance == "favorable"
    assert len(p.history(p.position(first.id))) == 3
