"""Queries and writes for meetings, their agenda and attendance, and actions."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime
from uuid import UUID

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from deliberation.errors import NotFoundError
from deliberation.records.copying import record_from
from deliberation.records.i18n import QT_TRANSLATE_NOOP, Sentence
from deliberation.records.meetings import (
    ATTENDED_STATUSES,
    CLOSED_ACTION_STATUSES,
    ActionRecord,
    AgendaItem,
    AgendaLink,
    Attendance,
    AttendanceTally,
    MeetingRecord,
    MeetingSnapshot,
)
from deliberation.rules.meetings import meeting_label
from deliberation.store.models import (
    Action,
    Delegate,
    GroupMember,
    Meeting,
    Membership,
    Organisation,
    WorkingGroup,
)
from deliberation.store.models import AgendaItem as AgendaItemRow
from deliberation.store.models import AgendaLink as AgendaLinkRow
from deliberation.store.models import Attendance as AttendanceRow
from deliberation.store.models import AttendanceDelegate as AttendanceDelegateRow
from deliberation.store.rows import (
    AnySelect,
    delete_by_uuid,
    delete_row,
    replace_children,
    replace_links,
    tracked_row,
)

# -- meetings -----------------------------------------------------------------------------------


def _of_period_and_body(
    query: AnySelect,
    start: date | None,
    end: date | None,
    group_id: int | None,
    plenary_only: bool,
) -> AnySelect:
    """`query` kept to the meetings within [start, end] (each end optional) of one body: a
    working group (`group_id`), the plenary (`plenary_only`) or any (neither)."""
    if start is not None:
        query = query.where(Meeting.day >= start)
    if end is not None:
        query = query.where(Meeting.day <= end)
    if group_id is not None:
        query = query.where(Meeting.group_id == group_id)
    elif plenary_only:
        query = query.where(Meeting.group_id.is_(None))
    return query


def meetings(
    session: Session,
    start: date | None = None,
    end: date | None = None,
    group_id: int | None = None,
    plenary_only: bool = False,
) -> list[MeetingRecord]:
    """Meetings by date and time, optionally within [start, end] and of one body."""
    items = (
        select(AgendaItemRow.meeting_id, func.count(AgendaItemRow.id).label("n"))
        .group_by(AgendaItemRow.meeting_id)
        .subquery()
    )
    convened = (
        select(
            AttendanceRow.meeting_id,
            func.count(AttendanceRow.id).label("n"),
            func.count(AttendanceRow.id)
            .filter(AttendanceRow.status.in_(ATTENDED_STATUSES))
            .label("attended"),
        )
        .group_by(AttendanceRow.meeting_id)
        .subquery()
    )
    # Columns, not ORM objects: years of meetings are read as plain rows, in one query.
    query = (
        select(
            Meeting.id,
            Meeting.uuid,
            Meeting.kind,
            Meeting.group_id,
            WorkingGroup.name,
            Meeting.title,
            Meeting.day,
            Meeting.start_time,
            Meeting.end_time,
            Meeting.place,
            Meeting.video_link,
            Meeting.status,
            Meeting.series_uuid,
            items.c.n,
            convened.c.n,
            convened.c.attended,
        )
        .outerjoin(WorkingGroup, Meeting.group_id == WorkingGroup.id)
        .outerjoin(items, items.c.meeting_id == Meeting.id)
        .outerjoin(convened, convened.c.meeting_id == Meeting.id)
        .order_by(Meeting.day, Meeting.start_time, Meeting.id)
    )
    query = _of_period_and_body(query, start, end, group_id, plenary_only)
    return [
        MeetingRecord(
            id_,
            uuid,
            kind,
            group,
            group_name or "",
            title,
            day,
            start_time,
            end_time,
            place,
            video,
            status,
            series,
            n_items or 0,
            n_convened or 0,
            n_attended or 0,
        )
        for (
            id_,
            uuid,
            kind,
            group,
            group_name,
            title,
            day,
            start_time,
            end_time,
            place,
            video,
            status,
            series,
            n_items,
            n_convened,
            n_attended,
        ) in session.execute(query)
    ]


def has_meeting_before(session: Session, day: date) -> bool:
    """Whether any meeting took place (or was planned) before `day`."""
    return session.scalar(select(Meeting.id).where(Meeting.day < day).limit(1)) is not None


_PARTS = (  # a meeting's agenda and attendance, loaded with it
    selectinload(Meeting.items).selectinload(AgendaItemRow.links),
    selectinload(Meeting.attendance).selectinload(AttendanceRow.delegates),
)


def meeting_snapshot(session: Session, meeting_id: int) -> MeetingSnapshot:
    row = session.scalar(select(Meeting).where(Meeting.id == meeting_id).options(*_PARTS))
    if row is None:
        raise NotFoundError(
            Sentence(
                QT_TRANSLATE_NOOP("errors", "Aucune séance n'a l'identifiant {meeting_id}."),
                meeting_id=meeting_id,
            )
        )
    return _snapshot(row)


def meeting_id_for_uuid(session: Session, uuid: UUID) -> int | None:
    return session.scalar(select(Meeting.id).where(Meeting.uuid == uuid))


def _snapshot(m: Meeting) -> MeetingSnapshot:
    return record_from(
        MeetingSnapshot,
        m,
        start=m.start_time,
        end=m.end_time,
        items=tuple(
            record_from(
                AgendaItem,
                i,
                links=tuple(AgendaLink(k.kind, k.target, k.label, k.uuid) for k in i.links),
            )
            for i in m.items
        ),
        convened=tuple(
            sorted(
                (
                    Attendance(
                        organisation_id=a.organisation_id,
                        status=a.status,
                        represented_by_id=a.represented_by_id,
                        delegate_ids=tuple(sorted(d.delegate_id for d in a.delegates)),
                        note=a.note,
                        uuid=a.uuid,
                    )
                    for a in m.attendance
                ),
                key=lambda a: a.organisation_id,
            )
        ),
    )


def save_meeting(session: Session, snap: MeetingSnapshot) -> int:
    """Create or overwrite the meeting with the snapshot's UUID, agenda and attendance included."""
    row = tracked_row(session, Meeting, snap.uuid, snap.id, *_PARTS)
    row.kind, row.group_id, row.title = snap.kind, snap.group_id, snap.title
    row.day, row.start_time, row.end_time = snap.day, snap.start, snap.end
    row.place, row.video_link, row.status = snap.place, snap.video_link, snap.status
    row.series_uuid, row.notes = snap.series_uuid, snap.notes
    replace_children(
        row.items,
        AgendaItemRow,
        [
            (
                item.uuid,
                {
                    "position": position,
                    "kind": item.kind,
                    "title": item.title,
                    "description": item.description,
                    "presenter_organisation_id": item.presenter_organisation_id,
                    "presenter_delegate_id": item.presenter_delegate_id,
                    "duration_minutes": item.duration_minutes,
                    "outcome": item.outcome,
                    "decision": item.decision,
                },
            )
            for position, item in enumerate(snap.items, start=1)
        ],
    )
    for item_row, item in zip(row.items, snap.items, strict=True):
        replace_children(
            item_row.links,
            AgendaLinkRow,
            [
                (
                    link.uuid,
                    {"position": p, "kind": link.kind, "target": link.target, "label": link.label},
                )
                for p, link in enumerate(item.links, start=1)
            ],
        )
    # Attendance rows are matched by organisation (one per meeting and organisation).
    by_org = {a.organisation_id: a for a in row.attendance}
    kept = []
    for entry in snap.convened:
        a = by_org.pop(entry.organisation_id, None)
        if a is None:
            a = AttendanceRow(organisation_id=entry.organisation_id)
            if entry.uuid:
                a.uuid = entry.uuid
        a.status, a.represented_by_id, a.note = entry.status, entry.represented_by_id, entry.note
        wanted = set(entry.delegate_ids)
        replace_links(
            a.delegates, wanted, "delegate_id", lambda d: AttendanceDelegateRow(delegate_id=d)
        )
        kept.append(a)
    row.attendance[:] = kept
    session.flush()
    return row.id


def delete_meeting(session: Session, uuid: UUID) -> None:
    delete_by_uuid(session, Meeting, uuid)


def group_info(session: Session, group_id: int) -> tuple[str, str] | None:
    """A working group's (name, status), or None."""
    row = session.execute(
        select(WorkingGroup.name, WorkingGroup.status).where(WorkingGroup.id == group_id)
    ).first()
    return (row[0], row[1]) if row else None


def members_on(session: Session, day: date, group_id: int | None) -> list[int]:
    """Organisations convened by default: the group's members, or the body's members that day."""
    if group_id is not None:
        query = select(GroupMember.organisation_id).where(GroupMember.group_id == group_id)
    else:
        query = (
            select(Membership.organisation_id)
            .where(Membership.start_date <= day)
            .where((Membership.end_date.is_(None)) | (Membership.end_date > day))
            .distinct()
        )
    return sorted(set(session.scalars(query)))


def organisation_names(session: Session, ids: set[int] | None = None) -> dict[int, tuple[str, str]]:
    query = select(Organisation.id, Organisation.acronym, Organisation.name)
    if ids is not None:
        query = query.where(Organisation.id.in_(ids))
    return {id_: (acronym, name) for id_, acronym, name in session.execute(query)}


def delegate_names(session: Session, ids: set[int] | None = None) -> dict[int, tuple[str, int]]:
    query = select(Delegate.id, Delegate.first_name, Delegate.last_name, Delegate.organisation_id)
    if ids is not None:
        query = query.where(Delegate.id.in_(ids))
    return {
        id_: (f"{first} {last}".strip(), org) for id_, first, last, org in session.execute(query)
    }


# -- actions ------------------------------------------------------------------------------------


def overdue_action_count(session: Session, today: date) -> int:
    """How many actions are still open past their due date (one count, no rows loaded)."""
    query = select(func.count(Action.id)).where(
        Action.status.not_in(CLOSED_ACTION_STATUSES),
        Action.due_date.is_not(None),
        Action.due_date < today,
    )
    return session.scalar(query) or 0


def actions(
    session: Session,
    meeting_id: int | None = None,
    open_only: bool = False,
    action_id: int | None = None,
) -> list[ActionRecord]:
    """Actions by due date (none last), optionally of one meeting, still open, or just one."""
    query = (
        select(Action, Meeting.day, Meeting.kind, WorkingGroup.name)
        .outerjoin(Meeting, Action.meeting_id == Meeting.id)
        .outerjoin(WorkingGroup, Meeting.group_id == WorkingGroup.id)
        .order_by(Action.due_date.is_(None), Action.due_date, Action.id)
    )
    if meeting_id is not None:
        query = query.where(Action.meeting_id == meeting_id)
    if open_only:
        query = query.where(Action.status.not_in(CLOSED_ACTION_STATUSES))
    if action_id is not None:
        query = query.where(Action.id == action_id)
    rows = session.execute(query).all()
    people = delegate_names(session, {a.delegate_id for a, *_ in rows if a.delegate_id})
    orgs = organisation_names(
        session,
        {a.organisation_id for a, *_ in rows if a.organisation_id}
        | {org for _, org in people.values()},
    )
    result = []
    for a, day, kind, group_name in rows:
        if a.delegate_id is not None and a.delegate_id in people:
            name, org = people[a.delegate_id]
            owner = f"{name} ({orgs[org][0]})"
        else:
            owner = orgs.get(a.organisation_id or 0, ("", ""))[0]
        label = ""
        if day is not None:
            label = meeting_label(kind, group_name, "", day)
        result.append(_action(a, label, owner))
    return result


def _action(a: Action, meeting_label: str = "", owner_label: str = "") -> ActionRecord:
    return record_from(ActionRecord, a, meeting_label=meeting_label, owner_label=owner_label)


def action(session: Session, action_id: int) -> ActionRecord:
    found = actions(session, action_id=action_id)
    if not found:
        raise NotFoundError(
            Sentence(
                QT_TRANSLATE_NOOP("errors", "Aucune action n'a l'identifiant {action_id}."),
                action_id=action_id,
            )
        )
    return found[0]


def save_action(session: Session, record: ActionRecord) -> int:
    row = tracked_row(session, Action, record.uuid, record.id)
    row.title, row.meeting_id, row.item_uuid = record.title, record.meeting_id, record.item_uuid
    row.organisation_id, row.delegate_id = record.organisation_id, record.delegate_id
    row.due_date, row.status, row.note = record.due_date, record.status, record.note
    row.closed_on = record.closed_on
    session.flush()
    return row.id


def delete_action(session: Session, uuid: UUID) -> None:
    delete_row(session, Action, uuid)


# -- attendance over a period -------------------------------------------------------------------


def attendance_tallies(
    session: Session,
    start: date | None,
    end: date | None,
    group_id: int | None = None,
    plenary_only: bool = False,
) -> list[AttendanceTally]:
    """Per organisation, how it attended the meetings held (not cancelled) in [start, end]."""
    query = (
        select(AttendanceRow.organisation_id, AttendanceRow.status, func.count())
        .join(Meeting, AttendanceRow.meeting_id == Meeting.id)
        .where(Meeting.status.not_in(("cancelled", "postponed")))
        .group_by(AttendanceRow.organisation_id, AttendanceRow.status)
    )
    query = _of_period_and_body(query, start, end, group_id, plenary_only)
    counts: dict[int, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for org, status, n in session.execute(query):
        counts[org][status] += n
    names = organisation_names(session, set(counts))
    return sorted(
        (
            AttendanceTally(
                organisation_id=org,
                acronym=names[org][0],
                convened=sum(c.values()),
                present=c["present"],
                represented=c["represented"],
                excused=c["excused"],
                absent=c["absent"],
                pending=c["pending"],
            )
            for org, c in counts.items()
        ),
        key=lambda t: t.acronym.casefold(),
    )


# -- change times -------------------------------------------------------------------------------


def meeting_change_times(
    session: Session, meeting_ids: set[int] | list[int]
) -> dict[int, tuple[datetime, datetime]]:
    """Each meeting's (created_at, updated_at), in UTC: when its own row last changed.

    The row changes when the meeting's own fields do (kind, body, title, day, times, place,
    link, status, notes), not when only its agenda or its attendance does.
    """
    query = select(Meeting.id, Meeting.created_at, Meeting.updated_at).where(
        Meeting.id.in_(set(meeting_ids))
    )
    return {id_: (created, updated) for id_, created, updated in session.execute(query)}
