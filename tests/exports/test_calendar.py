"""The .ics export read back with icalendar: local Paris times, stable UIDs, statuses, periods."""

from __future__ import annotations

import time as clock
from dataclasses import replace
from datetime import UTC, date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar, Event

from deliberation.errors import ExportError
from deliberation.exports.calendar import write_calendar
from deliberation.records.meetings import MeetingInput, MeetingSnapshot
from deliberation.records.referential import GroupInput
from deliberation.services.meetings import Meetings, export_calendar
from deliberation.services.referential import Referential

PARIS = ZoneInfo("Europe/Paris")
NOW = datetime(2026, 5, 4, 8, 30, 15, tzinfo=UTC)


def plan(meetings: Meetings, day: date, **changes: object) -> MeetingSnapshot:
    data = MeetingInput("plenary", day, time(14, 0), time(17, 0), place="DNE, Paris")
    return meetings.apply_meeting(meetings.new_meeting(replace(data, **changes)))


def read(path: Path) -> Calendar:
    return Calendar.from_ical(path.read_bytes())


def by_summary(calendar: Calendar) -> dict[str, Event]:
    return {str(e["SUMMARY"]): e for e in calendar.events}


def test_times_are_local_to_paris_with_their_vtimezone(meetings: Meetings, tmp_path: Path) -> None:
    winter = plan(meetings, date(2026, 1, 6), title="Plénière de janvier")
    summer = plan(meetings, date(2026, 6, 2), title="Plénière de juin", start=time(9, 30))
    path = export_calendar(meetings, [winter.id, summer.id], tmp_path / "séances.ics", now=NOW)

    text = path.read_text("utf-8")
    assert "DTSTART;TZID=Europe/Paris:20260106T140000" in text
    assert "DTEND;TZID=Europe/Paris:20260602T170000" in text
    calendar = read(path)
    assert [str(tz["TZID"]) for tz in calendar.timezones] == ["Europe/Paris"]
    assert calendar.get_missing_tzids() == set()
    events = by_summary(calendar)
    january, june = events["Plénière de janvier"], events["Plénière de juin"]
    assert january["DTSTART"].params["TZID"] == "Europe/Paris"
    assert january.start == datetime(2026, 1, 6, 14, 0, tzinfo=PARIS)
    assert january.start.astimezone(UTC) == datetime(2026, 1, 6, 13, 0, tzinfo=UTC)
    assert june.start.astimezone(UTC) == datetime(2026, 6, 2, 7, 30, tzinfo=UTC)  # summer time
    assert june.end.astimezone(UTC) == datetime(2026, 6, 2, 15, 0, tzinfo=UTC)
    assert january["DTSTAMP"].dt == NOW  # in UTC: written with a Z
    assert "DTSTAMP:20260504T083015Z" in text
    for name in ("PRODID", "VERSION", "CALSCALE", "METHOD", "X-WR-CALNAME"):
        assert name in calendar, name
    assert str(calendar["METHOD"]) == "PUBLISH" and str(calendar["VERSION"]) == "2.0"
    assert "Comité des partenaires" in str(calendar["X-WR-CALNAME"])


def test_the_vtimezone_itself_gives_the_right_offsets(meetings: Meetings, tmp_path: Path) -> None:
    """Read without the time-zone database (as Outlook does), the VTIMEZONE still says Paris."""
    snap = plan(meetings, date(2026, 3, 31))
    zone = read(write_calendar([meetings.details(snap.id)], tmp_path / "a.ics")).timezones[0]
    written = zone.to_tz(lookup_tzid=False)
    assert "RRULE" in zone.walk("DAYLIGHT")[0]  # yearly rules: what Outlook understands
    moments = [
        datetime(2026, 1, 6, 14),
        datetime(2026, 3, 29, 1, 59),  # the night summer time starts
        datetime(2026, 3, 29, 3, 0),
        datetime(2026, 10, 25, 1, 0),  # the night it ends
        datetime(2026, 10, 25, 4, 0),
        datetime(2031, 7, 1, 12, 0),
    ]
    for moment in moments:
        assert moment.replace(tzinfo=written).utcoffset() == (
            moment.replace(tzinfo=PARIS).utcoffset()
        ), moment


def test_a_date_the_yearly_rules_get_wrong_gets_the_exact_transitions(
    meetings: Meetings, tmp_path: Path
) -> None:
    """In 1995 summer time ended in September: the rules since 1996 would be an hour off."""
    details = meetings.details(plan(meetings, date(2026, 1, 6)).id)
    old = replace(details, meeting=replace(details.meeting, day=date(1995, 10, 10)))
    calendar = read(write_calendar([old], tmp_path / "1995.ics"))
    written = calendar.timezones[0].to_tz(lookup_tzid=False)
    assert datetime(1995, 10, 10, 14).replace(tzinfo=written).utcoffset() == (
        datetime(1995, 10, 10, 14).replace(tzinfo=PARIS).utcoffset()
    )
    assert calendar.events[0].start.astimezone(UTC) == datetime(1995, 10, 10, 13, tzinfo=UTC)


def test_uids_stay_the_same_across_exports_and_sequence_grows_with_changes(
    meetings: Meetings, tmp_path: Path
) -> None:
    first = plan(meetings, date(2026, 1, 6))
    second = plan(meetings, date(2026, 2, 3))
    ids = [first.id, second.id]

    before = read(export_calendar(meetings, ids, tmp_path / "avant.ics", now=NOW)).events
    clock.sleep(1.1)  # SEQUENCE counts seconds between the creation and the last change
    meetings.apply_meeting(meetings.with_items(first, [meetings.new_item("decision", "Avis", 30)]))
    agenda_only = read(export_calendar(meetings, ids, tmp_path / "ordre.ics")).events
    moved = meetings.edited_meeting(
        meetings.meeting(first.id),
        MeetingInput("plenary", date(2026, 1, 13), time(14), time(17), place="DNE, Paris"),
    )
    meetings.apply_meeting(moved)
    after = read(export_calendar(meetings, ids, tmp_path / "après.ics")).events

    assert [str(e["UID"]) for e in before] == [f"{first.uuid}@deliberation",
                                               f"{second.uuid}@deliberation"]  # fmt: skip
    assert [e["UID"] for e in after] == [e["UID"] for e in before]
    assert before[0]["UID"] != before[1]["UID"]
    assert agenda_only[0].sequence == before[0].sequence  # the agenda is not a revision
    assert after[0].sequence > before[0].sequence  # moved to another day: a revision
    assert after[1].sequence == before[1].sequence
    assert after[0].start == datetime(2026, 1, 13, 14, tzinfo=PARIS)
    assert after[0].last_modified > before[0].last_modified


def test_statuses_cancelled_postponed_and_confirmed(meetings: Meetings, tmp_path: Path) -> None:
    snaps = [
        plan(meetings, date(2026, 1, 6), title="Prévue"),
        plan(meetings, date(2026, 2, 3), title="Tenue", status="held"),
        plan(meetings, date(2026, 3, 3), title="Annulée", status="cancelled"),
        plan(meetings, date(2026, 4, 7), title="Reportée", status="postponed"),
    ]
    path = export_calendar(meetings, [s.id for s in snaps], tmp_path / "statuts.ics")
    events = {str(e["SUMMARY"]): e for e in read(path).events}
    assert set(events) == {"Prévue", "Tenue", "Annulée : Annulée", "Reportée : Reportée"}
    assert str(events["Prévue"]["STATUS"]) == "CONFIRMED"
    assert str(events["Tenue"]["STATUS"]) == "CONFIRMED"
    assert str(events["Annulée : Annulée"]["STATUS"]) == "CANCELLED"
    assert str(events["Reportée : Reportée"]["STATUS"]) == "CANCELLED"
    assert str(events["Annulée : Annulée"]["TRANSP"]) == "TRANSPARENT"
    assert events["Reportée : Reportée"]["DESCRIPTION"].startswith("Séance reportée")


def test_summary_place_link_and_agenda(
    meetings: Meetings, referential: Referential, tmp_path: Path
) -> None:
    men = next(o.id for o in referential.organisations() if o.acronym == "MEN")
    snap = plan(meetings, date(2026, 1, 6), video_link="https://visio.example/cpne")
    items = [
        meetings.new_item("information", "Accueil", 15, presenter_organisation_id=men),
        meetings.new_item("decision", "Avis sur les ENT", 90),
    ]
    meetings.apply_meeting(meetings.with_items(snap, items))
    group = referential.apply_group(
        referential.new_group(GroupInput("Usages", referential.themes()[0].id))
    )
    session = meetings.apply_meeting(
        meetings.new_meeting(
            MeetingInput("group_session", date(2026, 1, 20), time(10), time(12), group.id)
        )
    )

    calendar = read(export_calendar(meetings, [snap.id, session.id], tmp_path / "s.ics"))
    plenary, group_session = calendar.events
    assert str(plenary["SUMMARY"]) == "Réunion plénière — Comité des partenaires"
    assert str(group_session["SUMMARY"]) == "Séance de groupe de travail — Usages"
    assert str(plenary["LOCATION"]) == "DNE, Paris"
    assert str(plenary["URL"]) == "https://visio.example/cpne"
    text = str(plenary["DESCRIPTION"])
    assert "Mardi 6 janvier 2026, de 14 h 00 à 17 h 00" in text
    assert "Visioconférence : https://visio.example/cpne" in text
    agenda = text.split("Ordre du jour :\n")[1].splitlines()
    assert agenda == ["1. 14 h 00 — Accueil (MEN)", "2. 14 h 15 — Avis sur les ENT"]


def test_a_period_export_holds_the_meetings_of_that_period(
    meetings: Meetings, tmp_path: Path
) -> None:
    days = [date(2025, 12, 2), date(2026, 1, 6), date(2026, 2, 3), date(2026, 3, 3)]
    snaps = {day: plan(meetings, day) for day in days}
    in_period = meetings.meetings(date(2026, 1, 1), date(2026, 2, 28))
    path = export_calendar(meetings, [m.id for m in in_period], tmp_path / "hiver.ics")
    uids = {str(e["UID"]) for e in read(path).events}
    assert uids == {
        f"{snaps[date(2026, 1, 6)].uuid}@deliberation",
        f"{snaps[date(2026, 2, 3)].uuid}@deliberation",
    }


def test_nothing_is_written_when_it_cannot_be(meetings: Meetings, tmp_path: Path) -> None:
    details = meetings.details(plan(meetings, date(2026, 1, 6)).id)
    with pytest.raises(ExportError, match="dossier"):
        write_calendar([details], tmp_path / "absent" / "s.ics")
    with pytest.raises(ExportError, match="Aucune séance"):
        write_calendar([], tmp_path / "vide.ics")
    assert [p.name for p in tmp_path.iterdir() if not p.name.startswith("store.sqlite3")] == []


def test_an_invitation_names_its_organizer_and_attendees_and_a_cancel_cancels(
    meetings: Meetings,
) -> None:
    from deliberation.exports.calendar import invitation_bytes
    from deliberation.records.mail import Recipient

    snap = plan(meetings, date(2026, 6, 2), title="Plénière de juin")
    details = meetings.details(snap.id)
    people = [(Recipient("a@x.example", "Anne Dupont"), True), (Recipient("b@x.example"), False)]
    organizer = Recipient("secretariat@x.example", "Secrétariat")
    request = Calendar.from_ical(
        invitation_bytes(details, method="REQUEST", organizer=organizer, attendees=people, now=NOW)
    )
    assert str(request["METHOD"]) == "REQUEST"
    (event,) = request.events
    assert str(event["UID"]) == f"{snap.uuid}@deliberation"
    assert str(event["ORGANIZER"]) == "mailto:secretariat@x.example"
    assert event["ORGANIZER"].params["CN"] == "Secrétariat"
    first, second = event["ATTENDEE"]
    assert (str(first), first.params["CN"], first.params["ROLE"]) == (
        "mailto:a@x.example", "Anne Dupont", "REQ-PARTICIPANT"
    )  # fmt: skip
    assert (str(second), second.params["ROLE"], second.params["RSVP"]) == (
        "mailto:b@x.example", "OPT-PARTICIPANT", "TRUE"
    )  # fmt: skip
    assert event["DTSTART"].dt == datetime(2026, 6, 2, 14, 0, tzinfo=PARIS)
    cancel = Calendar.from_ical(
        invitation_bytes(details, method="CANCEL", organizer=organizer, attendees=people, now=NOW)
    )
    assert str(cancel["METHOD"]) == "CANCEL"
    assert str(cancel.events[0]["STATUS"]) == "CANCELLED"
