"""Undo and redo of consultations and positions through the window's editor."""

from __future__ import annotations

from datetime import date

from deliberation.records.positions import ConsultationInput, PositionInput, Subject
from deliberation.services.root import Root
from deliberation.ui.kit.editor import CONSULTATIONS, POSITIONS, Editor


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
    assert POSITIONS in news[-1]
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
