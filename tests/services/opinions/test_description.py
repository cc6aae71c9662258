"""Describing a draft opinion: title, people, status history, removal, agenda items."""

from __future__ import annotations

from datetime import date, time

import pytest
from tests.services.opinions.conftest import org, para

from deliberation.errors import ValidationError
from deliberation.records.meetings import MeetingInput
from deliberation.records.opinions import AmendmentInput, OpinionInput
from deliberation.services.meetings import Meetings
from deliberation.services.opinions import Opinions
from deliberation.services.root import Root


def test_an_opinion_starts_as_a_draft_and_records_each_status_change(
    opinions: Opinions, opinion_id: int
) -> None:
    snap = opinions.opinion(opinion_id)
    assert snap.status == "draft"
    assert [c.status for c in snap.history] == ["draft"]
    today = opinions.today
    moved = opinions.apply_opinion(opinions.with_status(snap, "consultation", today, "Envoi"))
    assert [(c.status, c.changed_on, c.note) for c in moved.history][-1] == (
        "consultation",
        today,
        "Envoi",
    )
    with pytest.raises(ValidationError) as caught:
        opinions.with_status(moved, "consultation")
    assert caught.value.messages["status"] == "L'avis est déjà « en consultation »."
    with pytest.raises(ValidationError) as caught:
        opinions.with_status(moved, "adopted", date(today.year + 1, 1, 1))
    assert "à venir" in caught.value.messages["changed_on"]
    record = next(r for r in opinions.opinions() if r.id == opinion_id)
    assert (record.status, record.status_since) == ("consultation", today)


def test_a_title_is_required_and_unknown_people_are_refused(opinions: Opinions) -> None:
    with pytest.raises(ValidationError) as caught:
        opinions.new_opinion(OpinionInput("avis", "  ", rapporteur_ids=(99999,)))
    assert caught.value.messages["title"] == "Le titre est obligatoire."
    assert caught.value.messages["rapporteurs"] == "Un des rapporteurs choisis n'existe plus."


def test_a_deleted_opinion_comes_back_whole(
    opened: Root, opinions: Opinions, opinion_id: int
) -> None:
    paragraph = para("Texte.")
    opinions.save_text(opinion_id, [paragraph], 0)
    opinions.freeze(opinion_id, "v1")
    opinions.apply_amendment(
        opinions.new_amendment(
            opinion_id, AmendmentInput(paragraph.uuid, org(opened, "AMF"), "delete")
        )
    )
    opinions.apply_comment(opinions.new_comment(opinion_id, paragraph.uuid, "Bien."))
    archive = opinions.archive(opinion_id)
    opinions.remove_opinion(archive.snapshot)
    assert opinions.opinions() == []
    restored = opinions.restore(archive)
    assert restored.id == opinion_id
    assert opinions.text(opinion_id).paragraphs[0].text == "Texte."
    assert [v.number for v in opinions.versions(opinion_id)] == [1]
    assert len(opinions.amendments(opinion_id)) == 1
    assert opinions.threads(opinion_id)[0].first.text == "Bien."


# -- agenda items an opinion may be linked to ---------------------------------------------------


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
