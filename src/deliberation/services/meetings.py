"""Use cases of meetings: plan (one or a series), agenda, attendance, decisions and actions."""

from __future__ import annotations

import uuid as uuid_module
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

from deliberation.errors import ValidationError
from deliberation.records.copying import field_values, record_from
from deliberation.records.i18n import QT_TRANSLATE_NOOP, Sentence
from deliberation.records.meetings import (
    CLOSED_ACTION_STATUSES,
    ActionInput,
    ActionRecord,
    AgendaItem,
    AgendaLink,
    Attendance,
    AttendanceTally,
    MeetingDetails,
    MeetingInput,
    MeetingRecord,
    MeetingSnapshot,
)
from deliberation.rules.meetings import (
    validate_action,
    validate_attendance,
    validate_item,
    validate_meeting,
)
from deliberation.rules.validation import clean_line, clean_text
from deliberation.rules.wording import numeric_date
from deliberation.store import meetings as q
from deliberation.store import referential as rq
from deliberation.store.database import Store, refused_as
from deliberation.store.models import Delegate, Organisation


class Meetings:
    """Meetings' operations over one open store.

    As in `Referential`, every method runs in its own transaction and returns plain records;
    `new_…`/`edited_…`/`with_…` validate and return the snapshot to apply (nothing written),
    `apply_…` writes a snapshot, `remove_…` deletes (the undo of a creation).
    """

    def __init__(self, store: Store, today: date | None = None) -> None:
        self.store = store
        self._today = today

    @property
    def today(self) -> date:
        return self._today or date.today()

    # -- reading --------------------------------------------------------------------------------

    def meetings(
        self,
        start: date | None = None,
        end: date | None = None,
        group_id: int | None = None,
        plenary_only: bool = False,
    ) -> list[MeetingRecord]:
        with self.store.reading() as s:
            return q.meetings(s, start, end, group_id, plenary_only)

    def has_meeting_before(self, day: date) -> bool:
        """Whether any meeting is dated before `day` (lists read older ones on demand)."""
        with self.store.reading() as s:
            return q.has_meeting_before(s, day)

    def meeting(self, meeting_id: int) -> MeetingSnapshot:
        with self.store.reading() as s:
            return q.meeting_snapshot(s, meeting_id)

    def details(self, meeting_id: int) -> MeetingDetails:
        """The meeting with every name it mentions resolved, its timed agenda and its actions."""
        from deliberation.services.reading import meeting_details

        with self.store.reading() as s:
            snap = q.meeting_snapshot(s, meeting_id)
            return meeting_details(
                snap,
                rq.body(s),
                q.group_info(s, snap.group_id) if snap.group_id is not None else None,
                q.actions(s, meeting_id=meeting_id),
                lambda ids: q.delegate_names(s, ids),
                lambda ids: q.organisation_names(s, ids),
            )

    def convenable(self, day: date, group_id: int | None) -> list[int]:
        """Organisations convened by default: the group's members, or the body's that day."""
        with self.store.reading() as s:
            return q.members_on(s, day, group_id)

    def attendance_tallies(
        self,
        start: date | None = None,
        end: date | None = None,
        group_id: int | None = None,
        plenary_only: bool = False,
    ) -> list[AttendanceTally]:
        """Per organisation, how it attended the meetings of [start, end] (of one body)."""
        with self.store.reading() as s:
            return q.attendance_tallies(s, start, end, group_id, plenary_only)

    # -- planning -------------------------------------------------------------------------------

    def new_meeting(
        self, data: MeetingInput, series_uuid: uuid_module.UUID | None = None
    ) -> MeetingSnapshot:
        """Validate a new meeting, convening the body's members by default (nothing written)."""
        data = self._check_meeting(data, None)
        assert data.day and data.start and data.end
        convened = tuple(Attendance(org) for org in self.convenable(data.day, data.group_id))
        return record_from(
            MeetingSnapshot,
            data,
            id=0,
            uuid=uuid_module.uuid4(),
            series_uuid=series_uuid,
            convened=convened,
        )

    def new_series(self, data: MeetingInput, days: Sequence[date]) -> list[MeetingSnapshot]:
        """One meeting per day, sharing a series UUID (apply them with `apply_meetings`)."""
        if not days:
            raise ValidationError(
                {"series": QT_TRANSLATE_NOOP("errors", "La règle choisie ne donne aucune date.")}
            )
        series = uuid_module.uuid4()
        return [self.new_meeting(replace(data, day=day), series) for day in days]

    def edited_meeting(self, before: MeetingSnapshot, data: MeetingInput) -> MeetingSnapshot:
        """Validate a change of the meeting's details; the agenda and attendance are kept."""
        data = self._check_meeting(data, before)
        assert data.day and data.start and data.end
        convened = before.convened
        if data.group_id != before.group_id and not any(
            a.status != "pending" for a in before.convened
        ):
            convened = tuple(Attendance(org) for org in self.convenable(data.day, data.group_id))
        return replace(before, **field_values(data), convened=convened)

    def _check_meeting(self, data: MeetingInput, before: MeetingSnapshot | None) -> MeetingInput:
        data = replace(
            data,
            title=clean_line(data.title),
            place=clean_line(data.place),
            video_link=data.video_link.strip(),
            notes=data.notes.strip(),
        )
        errors = validate_meeting(data, self.today)
        if data.group_id is not None and "group" not in errors:
            with self.store.reading() as s:
                group = q.group_info(s, data.group_id)
            if group is None:
                errors["group"] = QT_TRANSLATE_NOOP("errors", "Ce groupe de travail n'existe pas.")
            elif (
                group[1] == "closed"
                and data.status == "planned"
                and (
                    before is None or before.group_id != data.group_id or before.status != "planned"
                )
            ):
                errors["group"] = Sentence(
                    QT_TRANSLATE_NOOP(
                        "errors", "Le groupe « {group} » est clos : il ne peut plus se réunir."
                    ),
                    group=group[0],
                )
        if errors:
            raise ValidationError(errors)
        return data

    # -- agenda, attendance, decisions ----------------------------------------------------------

    def new_item(
        self, kind: str, title: str, duration_minutes: int, **values: object
    ) -> AgendaItem:
        """A validated new agenda item with a fresh UUID."""
        item = AgendaItem(uuid_module.uuid4(), kind, title, duration_minutes, **values)  # type: ignore[arg-type]
        return self._check_item(item)

    def with_items(self, before: MeetingSnapshot, items: Sequence[AgendaItem]) -> MeetingSnapshot:
        """The meeting with this agenda (order as given); every item validated."""
        items = [self._check_item(item) for item in items]
        if len({i.uuid for i in items}) != len(items):
            raise ValidationError(
                {
                    "items": QT_TRANSLATE_NOOP(
                        "errors", "Un même point figure deux fois à l'ordre du jour."
                    )
                }
            )
        self._check_people(
            {i.presenter_organisation_id for i in items if i.presenter_organisation_id},
            {i.presenter_delegate_id for i in items if i.presenter_delegate_id},
        )
        return replace(before, items=tuple(items))

    def with_attendance(
        self, before: MeetingSnapshot, convened: Sequence[Attendance]
    ) -> MeetingSnapshot:
        """The meeting with this attendance sheet (one entry per convened organisation)."""
        entries = sorted(
            (replace(a, note=a.note.strip(), delegate_ids=tuple(sorted(set(a.delegate_ids))))
             for a in convened),
            key=lambda a: a.organisation_id,
        )  # fmt: skip
        if len({a.organisation_id for a in entries}) != len(entries):
            raise ValidationError(
                {"attendance": QT_TRANSLATE_NOOP("errors", "Une organisation figure deux fois.")}
            )
        for entry in entries:
            errors = validate_attendance(entry)
            if errors:
                raise ValidationError(errors)
        orgs = {a.organisation_id for a in entries}
        self._check_people(
            orgs | {a.represented_by_id for a in entries if a.represented_by_id},
            {d for a in entries for d in a.delegate_ids},
        )
        with self.store.reading() as s:
            owners = rq.delegate_organisations(s, {d for a in entries for d in a.delegate_ids})
        for entry in entries:
            allowed = {entry.organisation_id}
            if entry.status == "represented" and entry.represented_by_id:
                allowed.add(entry.represented_by_id)
            if any(owners.get(d) not in allowed for d in entry.delegate_ids):
                raise ValidationError(
                    {
                        "attendance": QT_TRANSLATE_NOOP(
                            "errors",
                            "Un délégué présent doit appartenir à l'organisation qu'il représente.",
                        )
                    }
                )  # fmt: skip
        return replace(before, convened=tuple(entries))

    def with_status(self, before: MeetingSnapshot, status: str) -> MeetingSnapshot:
        data = MeetingInput(
            kind=before.kind, day=before.day, start=before.start, end=before.end,
            group_id=before.group_id, title=before.title, place=before.place,
            video_link=before.video_link, status=status, notes=before.notes,
        )  # fmt: skip
        return self.edited_meeting(before, data)

    def copied_agenda(self, source: MeetingSnapshot, target: MeetingSnapshot) -> MeetingSnapshot:
        """The target meeting with the source's agenda appended: new items, no outcomes."""
        copies = [
            replace(
                item,
                uuid=uuid_module.uuid4(),
                outcome="",
                decision="",
                links=tuple(replace(link, uuid=None) for link in item.links),
            )
            for item in source.items
        ]
        return self.with_items(target, [*target.items, *copies])

    def _check_item(self, item: AgendaItem) -> AgendaItem:
        item = replace(
            item,
            title=clean_line(item.title),
            description=clean_text(item.description),
            outcome=clean_text(item.outcome),
            decision=clean_text(item.decision),
            links=tuple(
                replace(link, target=link.target.strip(), label=clean_line(link.label))
                for link in item.links
            ),
        )
        errors = validate_item(item)
        if errors:
            raise ValidationError(errors)
        return item

    def _check_people(self, organisation_ids: set[int], delegate_ids: set[int]) -> None:
        with self.store.reading() as s:
            missing_orgs = organisation_ids - rq.existing_ids(s, Organisation, organisation_ids)
            missing_people = delegate_ids - rq.existing_ids(s, Delegate, delegate_ids)
        if missing_orgs:
            raise ValidationError(
                {
                    "organisation": QT_TRANSLATE_NOOP(
                        "errors", "Une des organisations choisies n'existe plus."
                    )
                }
            )
        if missing_people:
            raise ValidationError(
                {"delegate": QT_TRANSLATE_NOOP("errors", "Un des délégués choisis n'existe plus.")}
            )

    # -- writing --------------------------------------------------------------------------------

    def apply_meeting(self, snap: MeetingSnapshot) -> MeetingSnapshot:
        """Write a snapshot (create or overwrite); returns it as stored."""
        return self.apply_meetings([snap])[0]

    def apply_meetings(self, snaps: Sequence[MeetingSnapshot]) -> list[MeetingSnapshot]:
        """Write several meetings in one transaction (a series): all of them or none."""
        with self.store.writing("meeting") as s:
            return [q.meeting_snapshot(s, q.save_meeting(s, snap)) for snap in snaps]

    def remove_meeting(self, snap: MeetingSnapshot) -> None:
        with self.store.session() as s:
            q.delete_meeting(s, snap.uuid)

    def restore_meeting(self, snap: MeetingSnapshot, actions: Sequence[ActionRecord]) -> None:
        """Recreate a deleted meeting and link its actions back to it, in one transaction.

        Refused with one sentence (nothing written) when something it names is gone, such as a
        delegate deleted since by another user of a shared store.
        """
        refused = (
            f"La séance du {numeric_date(snap.day)} ne peut pas être rétablie : "
            "une organisation ou un délégué qu'elle mentionne a été supprimé."
        )
        with refused_as("meeting", refused):
            self.apply_with_actions([(snap, actions)])

    def apply_with_actions(
        self, planned: Sequence[tuple[MeetingSnapshot, Sequence[ActionRecord]]]
    ) -> None:
        """Write meetings and the actions agreed in them, linked to them, in one transaction."""
        with self.store.session() as s:
            for snap, actions in planned:
                meeting_id = q.save_meeting(s, snap)
                for action in actions:
                    q.save_action(s, replace(action, meeting_id=meeting_id))

    def remove_meetings(self, snaps: Sequence[MeetingSnapshot]) -> None:
        with self.store.session() as s:
            for snap in snaps:
                q.delete_meeting(s, snap.uuid)

    # -- actions --------------------------------------------------------------------------------

    def actions(self, meeting_id: int | None = None, open_only: bool = False) -> list[ActionRecord]:
        with self.store.reading() as s:
            return q.actions(s, meeting_id, open_only)

    def overdue_actions(self) -> list[ActionRecord]:
        return [a for a in self.actions(open_only=True) if a.is_overdue(self.today)]

    def overdue_count(self) -> int:
        """How many actions are overdue (as `overdue_actions`, counted by the store)."""
        with self.store.reading() as s:
            return q.overdue_action_count(s, self.today)

    def action(self, action_id: int) -> ActionRecord:
        with self.store.reading() as s:
            return q.action(s, action_id)

    def new_action(self, data: ActionInput) -> ActionRecord:
        return self._action_record(data, 0, uuid_module.uuid4(), None)

    def edited_action(self, before: ActionRecord, data: ActionInput) -> ActionRecord:
        return self._action_record(data, before.id, before.uuid, before)

    def _action_record(
        self,
        data: ActionInput,
        id_: int,
        uuid: uuid_module.UUID,
        before: ActionRecord | None,
    ) -> ActionRecord:
        data = replace(data, title=clean_line(data.title), note=clean_text(data.note))
        errors = validate_action(data)
        if errors:
            raise ValidationError(errors)
        self._check_people(
            {data.organisation_id} if data.organisation_id else set(),
            {data.delegate_id} if data.delegate_id else set(),
        )
        closed_on = None
        if data.status in CLOSED_ACTION_STATUSES:  # closed today, or on the day it first was
            closed_on = (before.closed_on if before else None) or self.today
        return record_from(ActionRecord, data, id=id_, uuid=uuid, closed_on=closed_on)

    def apply_action(self, record: ActionRecord) -> ActionRecord:
        with self.store.writing("action") as s:
            return q.action(s, q.save_action(s, record))

    def remove_action(self, record: ActionRecord) -> None:
        with self.store.session() as s:
            q.delete_action(s, record.uuid)

    # -- change times ---------------------------------------------------------------------------

    def change_times(self, meeting_ids: Sequence[int]) -> dict[int, tuple[datetime, datetime]]:
        """Meeting id → (created, last changed), in UTC, for the meetings that exist.

        "Last changed" follows the meeting's own fields (day, times, place, status, title…),
        which is what calendar files need to number their revisions.
        """
        with self.store.reading() as s:
            return q.meeting_change_times(s, list(meeting_ids))


def export_calendar(
    meetings: Meetings, meeting_ids: Sequence[int], target: Path, *, now: datetime | None = None
) -> Path:
    """Load these meetings and write them to `target` (what the CLI and the window call)."""
    from deliberation.exports.calendar import write_calendar  # icalendar: only when asked

    details = [meetings.details(meeting_id) for meeting_id in meeting_ids]
    return write_calendar(details, target, now=now, changes=meetings.change_times(meeting_ids))


__all__ = ["AgendaLink", "Meetings", "export_calendar"]
