"""Meetings as an iCalendar (.ics) file that Outlook, Thunderbird and phone calendars import."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import (
    Calendar,
    Event,
    Timezone,
    TimezoneDaylight,
    TimezoneStandard,
    vCalAddress,
    vText,
)
from icalendar.enums import STATUS, TRANSP

from deliberation import __version__
from deliberation.errors import ExportError
from deliberation.exports.files import write_atomically
from deliberation.records.i18n import QT_TRANSLATE_NOOP
from deliberation.records.mail import Recipient
from deliberation.records.meetings import MEETING_KINDS, MeetingDetails
from deliberation.rules.schedule import nth_weekday
from deliberation.rules.wording import clock, long_date

TZID = "Europe/Paris"
PARIS = ZoneInfo(TZID)
UID_DOMAIN = "deliberation"
PRODID = f"-//Délibération//Délibération {__version__}//FR"

# What a calendar shows for each meeting status. A postponed meeting will not take place on
# its date: it is cancelled there, and comes back (same UID, higher SEQUENCE) once re-planned.
EVENT_STATUSES = {
    "planned": STATUS.CONFIRMED,
    "held": STATUS.CONFIRMED,
    "cancelled": STATUS.CANCELLED,
    "postponed": STATUS.CANCELLED,
}
SUMMARY_PREFIXES = {"cancelled": "Annulée : ", "postponed": "Reportée : "}
STATUS_NOTES = {
    "cancelled": "Séance annulée.",
    "postponed": "Séance reportée : une nouvelle date sera communiquée.",
}

Changes = Mapping[int, tuple[datetime, datetime]]  # meeting id → (created, last changed), UTC


def write_calendar(
    meetings: Sequence[MeetingDetails],
    target: Path,
    *,
    now: datetime | None = None,
    changes: Changes | None = None,
) -> Path:
    """Write one VEVENT per meeting to `target`, atomically; returns the path written.

    `now` is the export's time (DTSTAMP); `changes` gives each meeting's creation and last
    change (`Meetings.change_times`), from which CREATED, LAST-MODIFIED and SEQUENCE come, so
    that a calendar importing the file again updates the events it already holds.
    """
    if not meetings:
        raise ExportError(
            QT_TRANSLATE_NOOP("errors", "Aucune séance à exporter : aucun fichier n'a été écrit.")
        )
    data = calendar_bytes(meetings, now=now, changes=changes)

    def write(path: Path) -> None:
        path.write_bytes(data)

    return write_atomically(Path(target), write)


def calendar_bytes(
    meetings: Sequence[MeetingDetails],
    *,
    now: datetime | None = None,
    changes: Changes | None = None,
) -> bytes:
    """The iCalendar text (UTF-8, CRLF line ends) of these meetings."""
    stamp = (now or datetime.now(UTC)).astimezone(UTC)
    changes = changes or {}
    calendar = Calendar()
    calendar.add("PRODID", PRODID)
    calendar.add("VERSION", "2.0")
    calendar.add("CALSCALE", "GREGORIAN")
    calendar.add("METHOD", "PUBLISH")
    calendar.calendar_name = _calendar_name(meetings[0])
    calendar.add("X-WR-TIMEZONE", TZID)
    calendar.add_component(_timezone([_local_times(d) for d in meetings]))
    for details in meetings:
        calendar.add_component(_event(details, stamp, changes.get(details.meeting.id)))
    return calendar.to_ical()


def invitation_bytes(
    details: MeetingDetails,
    *,
    method: str,
    organizer: Recipient,
    attendees: Sequence[tuple[Recipient, bool]],
    now: datetime | None = None,
    change: tuple[datetime, datetime] | None = None,
) -> bytes:
    """An iTIP message (RFC 5546) for one meeting: METHOD:REQUEST invites, METHOD:CANCEL cancels.

    `attendees` are (recipient, required) pairs: a titular delegate is a required participant,
    an alternate an optional one. The event keeps the meeting's UID and the SEQUENCE derived
    from its change times (`change`, as in `calendar_bytes`), so that Outlook and Thunderbird
    update the event they already hold instead of adding a second one.
    """
    stamp = (now or datetime.now(UTC)).astimezone(UTC)
    calendar = Calendar()
    calendar.add("PRODID", PRODID)
    calendar.add("VERSION", "2.0")
    calendar.add("CALSCALE", "GREGORIAN")
    calendar.add("METHOD", method)
    calendar.add_component(_timezone([_local_times(details)]))
    event = _event(details, stamp, change)
    if method == "CANCEL":
        event["STATUS"] = STATUS.CANCELLED
    event.add("ORGANIZER", _address(organizer), encode=False)
    for recipient, required in attendees:
        attendee = _address(recipient)
        attendee.params["CUTYPE"] = vText("INDIVIDUAL")
        attendee.params["ROLE"] = vText("REQ-PARTICIPANT" if required else "OPT-PARTICIPANT")
        attendee.params["PARTSTAT"] = vText("NEEDS-ACTION")
        attendee.params["RSVP"] = vText("TRUE")
        event.add("ATTENDEE", attendee, encode=False)
    calendar.add_component(event)
    return calendar.to_ical()


def _address(recipient: Recipient) -> vCalAddress:
    address = vCalAddress(f"mailto:{recipient.address}")
    if recipient.name:
        address.params["CN"] = vText(recipient.name)
    return address


def event_uid(details: MeetingDetails) -> str:
    """The event's UID: the meeting's UUID, so that it stays the same from one export to another."""
    return f"{details.meeting.uuid}@{UID_DOMAIN}"


def summary(details: MeetingDetails) -> str:
    """The event's title: the meeting's, or its kind and its body."""
    meeting = details.meeting
    text = meeting.title
    if not text:
        text = MEETING_KINDS.get(meeting.kind, "Séance")
        if details.body_label:
            text = f"{text} — {details.body_label}"
    return SUMMARY_PREFIXES.get(meeting.status, "") + text


def sequence(created: datetime, changed: datetime) -> int:
    """SEQUENCE: whole seconds between a meeting's creation and its last change.

    It never decreases and grows with every change of the meeting's day, times, place or status
    (one more per second elapsed), which is what RFC 5545 asks of a revision number; it stays
    within 32 bits for 68 years.
    """
    return max(0, int((changed - created).total_seconds()))


# -- parts --------------------------------------------------------------------------------------


def _event(
    details: MeetingDetails, stamp: datetime, change: tuple[datetime, datetime] | None
) -> Event:
    meeting = details.meeting
    start, end = _local_times(details)
    status = EVENT_STATUSES.get(meeting.status, STATUS.CONFIRMED)
    event = Event.new(
        uid=event_uid(details),
        stamp=stamp,
        start=start,
        end=end,
        summary=summary(details),
        location=meeting.place or ("Visioconférence" if meeting.video_link else None),
        description=description(details),
        status=status,
        transparency=TRANSP.TRANSPARENT if status == STATUS.CANCELLED else TRANSP.OPAQUE,
        url=meeting.video_link or None,
        sequence=sequence(*change) if change else 0,
        created=change[0].astimezone(UTC) if change else None,
        last_modified=change[1].astimezone(UTC) if change else None,
        categories=[MEETING_KINDS.get(meeting.kind, "Séance")],
    )
    return event


def description(details: MeetingDetails) -> str:
    """The event's text: status, body, date, place, video link, then the timed agenda."""
    meeting = details.meeting
    lines = []
    if meeting.status in STATUS_NOTES:
        lines.append(STATUS_NOTES[meeting.status])
    kind = MEETING_KINDS.get(meeting.kind, "Séance")
    body = details.group_name or details.body_name
    lines.append(f"{kind} — {body}" if body else kind)
    lines.append(
        f"{long_date(meeting.day).capitalize()}, de {clock(meeting.start)} à {clock(meeting.end)}"
    )
    if meeting.place:
        lines.append(f"Lieu : {meeting.place}")
    if meeting.video_link:
        lines.append(f"Visioconférence : {meeting.video_link}")
    if details.schedule:
        lines += ["", "Ordre du jour :"]
        for timed in details.schedule:
            line = f"{timed.number}. {clock(timed.start)} — {timed.item.title}"
            presenter = details.presenter_label(timed.item)
            lines.append(f"{line} ({presenter})" if presenter else line)
    return "\n".join(lines)


def _calendar_name(first: MeetingDetails) -> str:
    body = first.body_short_name or first.body_name
    return f"Séances — {body}" if body else "Séances"


def _local_times(details: MeetingDetails) -> tuple[datetime, datetime]:
    meeting = details.meeting
    return (
        datetime.combine(meeting.day, meeting.start, tzinfo=PARIS),
        datetime.combine(meeting.day, meeting.end, tzinfo=PARIS),
    )


# -- the time zone ------------------------------------------------------------------------------


def _timezone(moments: Sequence[tuple[datetime, datetime]]) -> Timezone:
    """Europe/Paris as a VTIMEZONE, written the way Outlook reads it: two yearly rules.

    Outlook disregards a VTIMEZONE made of dated transitions (what icalendar's
    `add_missing_timezones` writes) and shifts summer events by an hour; it reads the classic
    yearly rules (last Sunday of March and of October, in force since 1996). Should the time-zone
    database disagree with those rules for one of the meetings (a date before 1996, or a future
    change of the rules), the exact transitions from the database are written instead.
    """
    every = [moment for pair in moments for moment in pair]
    if all(_rule_offset(m.replace(tzinfo=None)) == m.utcoffset() for m in every):
        return _yearly_rules()
    first = min(m.date() for m in every) - timedelta(days=366)
    last = max(m.date() for m in every) + timedelta(days=366)
    return Timezone.from_tzid(TZID, first_date=first, last_date=last)


def _yearly_rules() -> Timezone:
    zone = Timezone()
    zone.add("TZID", TZID)
    zone.add("X-LIC-LOCATION", TZID)
    summer = TimezoneDaylight()
    summer.add("TZNAME", "CEST")
    summer.add("TZOFFSETFROM", timedelta(hours=1))
    summer.add("TZOFFSETTO", timedelta(hours=2))
    summer.add("DTSTART", datetime(1970, 3, 29, 2, 0))
    summer.add("RRULE", {"FREQ": "YEARLY", "BYMONTH": 3, "BYDAY": "-1SU"})
    winter = TimezoneStandard()
    winter.add("TZNAME", "CET")
    winter.add("TZOFFSETFROM", timedelta(hours=2))
    winter.add("TZOFFSETTO", timedelta(hours=1))
    winter.add("DTSTART", datetime(1970, 10, 25, 3, 0))
    winter.add("RRULE", {"FREQ": "YEARLY", "BYMONTH": 10, "BYDAY": "-1SU"})
    zone.add_component(summer)
    zone.add_component(winter)
    return zone


def _rule_offset(local: datetime) -> timedelta:
    """The UTC offset the two yearly rules give a local time (summer: end of March to October)."""
    summer_from = datetime.combine(nth_weekday(local.year, 3, 6, -1), time(2, 0))
    summer_until = datetime.combine(nth_weekday(local.year, 10, 6, -1), time(3, 0))
    return timedelta(hours=2 if summer_from <= local < summer_until else 1)
