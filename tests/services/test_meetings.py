"""Planning meetings and series, their agenda, attendance and actions, on a real SQLite store."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

import pytest

from deliberation.errors import ValidationError
from deliberation.records.meetings import ActionInput, AgendaLink, Attendance, MeetingInput
from deliberation.records.referential import DelegateInput, GroupInput
from deliberation.rules.schedule import MonthlyRule, monthly_dates
from deliberation.services.meetings import Meetings
from deliberation.services.root import Root


def plenary(day: date = date(2026, 1, 6), **changes: object) -> MeetingInput:
    return replace(
        MeetingInput("plenary", day, time(14, 0), time(17, 0), place="DNE, Paris"), **changes
    )


def org_id(opened: Root, acronym: str) -> int:
    return next(o.id for o in opened.referential.organisations() if o.acronym == acronym)


def test_a_plenary_convenes_the_members_of_that_day(opened: Root, meetings: Meetings) -> None:
    snap = meetings.apply_meeting(meetings.new_meeting(plenary()))
    convened = {opened.referential.organisation(a.organisation_id).acronym for a in snap.convened}
    assert {"MEN", "CDC", "AMF", "RdF", "FU", "DECLIC"} <= convened
    assert "MEIN" not in convened  # a 2015 signatory no longer a member
    assert all(a.status == "pending" for a in snap.convened)


def test_a_series_of_monthly_plenaries_is_written_at_once(meetings: Meetings) -> None:
    rule = MonthlyRule(1, 1, date(2026, 1, 1), date(2026, 12, 31), frozenset({8}))
    days = monthly_dates(rule)
    written = meetings.apply_meetings(meetings.new_series(plenary(), days))
    assert [m.day for m in written] == days
    assert len({m.series_uuid for m in written}) == 1
    assert [m.day for m in meetings.meetings()] == days


def test_times_and_durations_are_checked(meetings: Meetings) -> None:
    with pytest.raises(ValidationError) as caught:
        meetings.new_meeting(plenary(end=time(13, 0)))
    assert caught.value.messages["end"] == (
        "L'heure de fin doit être postérieure à l'heure de début."
    )
    with pytest.raises(ValidationError) as caught:
        meetings.new_item("decision", "Budget", -5)
    assert "entre 1 et 480 minutes" in caught.value.messages["duration"]
    with pytest.raises(ValidationError):
        meetings.new_item("decision", "Budget", 100_000)
    assert meetings.meetings() == []


def test_a_meeting_is_held_on_its_day_at_the_earliest(opened: Root) -> None:
    meetings = Meetings(opened.store, today=date(2027, 1, 4))
    ahead = meetings.apply_meeting(meetings.new_meeting(plenary(date(2027, 4, 6))))
    with pytest.raises(ValidationError) as caught:
        meetings.with_status(ahead, "held")
    assert caught.value.messages["status"] == (
        "Une séance ne peut être marquée « Tenue » qu'à partir de son jour."
    )
    with pytest.raises(ValidationError):
        meetings.new_meeting(plenary(date(2027, 1, 5), status="held"))
    assert meetings.meeting(ahead.id).status == "planned"
    today = meetings.apply_meeting(meetings.new_meeting(plenary(date(2027, 1, 4))))
    assert meetings.with_status(today, "held").status == "held"  # the day itself is allowed
    past = meetings.new_meeting(plenary(date(2026, 12, 1), status="held"))
    assert past.status == "held"


def test_a_closed_group_cannot_meet(opened: Root, meetings: Meetings) -> None:
    ref = opened.referential
    group = ref.apply_group(
        ref.new_group(GroupInput("Ancien groupe", ref.themes()[0].id, status="closed"))
    )
    with pytest.raises(ValidationError) as caught:
        meetings.new_meeting(
            MeetingInput("group_session", date(2026, 3, 3), time(10), time(12), group.id)
        )
    assert caught.value.messages["group"] == (
        "Le groupe « Ancien groupe » est clos : il ne peut plus se réunir."
    )


def test_agenda_items_keep_their_order_times_and_links(meetings: Meetings) -> None:
    snap = meetings.apply_meeting(meetings.new_meeting(plenary()))
    items = [
        meetings.new_item("information", "Accueil", 15),
        meetings.new_item(
            "decision",
            "Avis sur les ENT",
            90,
            links=(AgendaLink("url", "https://example.org/ent.pdf", "Note"),),
        ),
        meetings.new_item("discussion", "Questions diverses", 30),
    ]
    snap = meetings.apply_meeting(meetings.with_items(snap, [items[2], items[0], items[1]]))
    assert [i.title for i in snap.items] == ["Questions diverses", "Accueil", "Avis sur les ENT"]
    assert snap.items[2].links[0].target == "https://example.org/ent.pdf"
    details = meetings.details(snap.id)
    assert [(s.start, s.end) for s in details.schedule] == [
        (time(14, 0), time(14, 30)),
        (time(14, 30), time(14, 45)),
        (time(14, 45), time(16, 15)),
    ]
    assert details.overrun_minutes == 0
    longer = replace(snap.items[2], duration_minutes=200)
    snap = meetings.apply_meeting(meetings.with_items(snap, [*snap.items[:2], longer]))
    assert meetings.details(snap.id).overrun_minutes == 65


def test_undoing_by_snapshot_restores_the_agenda(meetings: Meetings) -> None:
    snap = meetings.apply_meeting(meetings.new_meeting(plenary()))
    first = meetings.apply_meeting(
        meetings.with_items(snap, [meetings.new_item("information", "Accueil", 10)])
    )
    meetings.apply_meeting(meetings.with_items(first, []))
    assert meetings.meeting(snap.id).items == ()
    assert meetings.apply_meeting(first).items == first.items


def test_attendance_with_representation_and_tallies(opened: Root, meetings: Meetings) -> None:
    snap = meetings.apply_meeting(meetings.new_meeting(plenary()))
    amf, amrf, men = org_id(opened, "AMF"), org_id(opened, "AMRF"), org_id(opened, "MEN")
    sheet = {a.organisation_id: a for a in snap.convened}
    sheet[amf] = Attendance(amf, "present")
    sheet[amrf] = Attendance(amrf, "represented", represented_by_id=amf)
    sheet[men] = Attendance(men, "excused")
    snap = meetings.apply_meeting(meetings.with_attendance(snap, list(sheet.values())))
    tallies = {t.acronym: t for t in meetings.attendance_tallies()}
    assert tallies["AMF"].present == 1 and tallies["AMRF"].represented == 1
    assert tallies["MEN"].excused == 1 and tallies["MEN"].rate == 0.0
    with pytest.raises(ValidationError) as caught:
        meetings.with_attendance(snap, [Attendance(amf, "represented")])
    assert "représente" in caught.value.messages["attendance"]


def test_actions_stay_open_across_meetings_until_closed(opened: Root, meetings: Meetings) -> None:
    meetings = Meetings(opened.store, today=date(2026, 3, 1))
    snap = meetings.apply_meeting(meetings.new_meeting(plenary()))
    amf = org_id(opened, "AMF")
    late = meetings.apply_action(
        meetings.new_action(ActionInput("Envoyer la note", snap.id, None, amf, None,
                                        date(2026, 2, 1)))
    )  # fmt: skip
    later = meetings.apply_action(
        meetings.new_action(ActionInput("Préparer la journée", snap.id, None, amf, None,
                                        date(2026, 6, 1)))
    )  # fmt: skip
    assert [a.title for a in meetings.overdue_actions()] == ["Envoyer la note"]
    assert meetings.overdue_count() == 1  # the same, counted by the store
    assert late.owner_label == "AMF" and "01/2026" in late.meeting_label
    done = meetings.apply_action(
        meetings.edited_action(late, ActionInput("Envoyer la note", snap.id, None, amf,
                                                 status="done"))
    )  # fmt: skip
    assert done.closed_on == date(2026, 3, 1)
    assert meetings.overdue_count() == 0
    assert [a.id for a in meetings.actions(open_only=True)] == [later.id]
    with pytest.raises(ValidationError) as caught:
        meetings.new_action(ActionInput("Sans porteur"))
    assert "qui mène l'action" in caught.value.messages["owner"]


def test_copying_an_agenda_leaves_outcomes_behind(meetings: Meetings) -> None:
    source = meetings.apply_meeting(meetings.new_meeting(plenary()))
    item = replace(meetings.new_item("decision", "Budget", 30), decision="Adopté.")
    source = meetings.apply_meeting(meetings.with_items(source, [item]))
    target = meetings.apply_meeting(meetings.new_meeting(plenary(date(2026, 2, 3))))
    target = meetings.apply_meeting(meetings.copied_agenda(source, target))
    assert [i.title for i in target.items] == ["Budget"]
    assert target.items[0].decision == "" and target.items[0].uuid != item.uuid


def test_control_characters_are_cleaned(meetings: Meetings) -> None:
    item = meetings.new_item("information", "Accueil\x0b des\x00 membres", 10,
                             description="Ligne 1\r\nLigne\x07 2")  # fmt: skip
    assert item.title == "Accueil des membres"
    assert item.description == "Ligne 1\nLigne 2"


def test_a_deleted_meeting_whose_delegate_is_gone_is_not_half_restored(
    opened: Root, meetings: Meetings
) -> None:
    """Undoing a deletion after someone else deleted a delegate who attended: one sentence,
    and neither the meeting nor its actions' links come back half-way."""
    ref = opened.referential
    amf = org_id(opened, "AMF")
    person = ref.apply_delegate(ref.new_delegate(DelegateInput(amf, "Claire", "Martin")))
    snap = meetings.apply_meeting(meetings.new_meeting(plenary()))
    sheet = [
        Attendance(amf, "present", delegate_ids=(person.id,)) if a.organisation_id == amf else a
        for a in snap.convened
    ]
    snap = meetings.apply_meeting(meetings.with_attendance(snap, sheet))
    action = meetings.apply_action(meetings.new_action(ActionInput("Note", snap.id, None, amf)))
    meetings.remove_meeting(snap)
    ref.remove_delegate(person)  # no longer named anywhere: the store lets it go
    unlinked = meetings.action(action.id)

    with pytest.raises(ValidationError) as caught:
        meetings.restore_meeting(snap, [action])
    assert caught.value.messages["meeting"] == (
        "La séance du 06/01/2026 ne peut pas être rétablie : une organisation ou un délégué "
        "qu'elle mentionne a été supprimé."
    )
    assert meetings.meetings() == []
    assert meetings.action(action.id) == unlinked and unlinked.meeting_id is None
