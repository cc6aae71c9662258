"""The agenda items an opinion may be linked to, and the links read back with their meetings."""

from __future__ import annotations

from datetime import date, time

from deliberation.records.meetings import MeetingInput
from deliberation.records.opinions import OpinionInput
from deliberation.services.meetings import Meetings
from deliberation.services.opinions import Opinions


def test_every_meetings_items_are_offered_in_meeting_order(
    meetings: Meetings, opinions: Opinions
) -> None:
    assert opinions.agenda_choices() == []
    for day, title, points in (
        (date(2026, 3, 10), "Plénière de printemps", ("ENT", "Budget")),
        (date(2026, 1, 20), "", ("Vœux",)),
    ):
        snap = meetings.apply_meeting(
            meetings.new_meeting(MeetingInput("plenary", day, time(14), time(17), title=title))
        )
        items = [meetings.new_item("decision", point, 30) for point in points]
        meetings.apply_meeting(meetings.with_items(snap, items))
    choices = opinions.agenda_choices()
    assert [(c.meeting_day, c.title) for c in choices] == [
        (date(2026, 1, 20), "Vœux"),
        (date(2026, 3, 10), "ENT"),
        (date(2026, 3, 10), "Budget"),
    ]
    assert choices[0].meeting_title  # a meeting without a title is named after its kind
    linked = opinions.apply_opinion(
        opinions.new_opinion(
            OpinionInput("avis", "Avis sur les ENT", agenda_item_ids=(choices[1].item_id,))
        )
    )
    assert [r.title for r in opinions.agenda_refs(linked.agenda_item_ids)] == ["ENT"]
