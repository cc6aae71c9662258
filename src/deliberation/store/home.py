"""Queries of the home page: the next meetings, open actions, open consultations, opinions in
progress and the rows changed since a moment, each counted in SQL and read a few rows at a time."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from deliberation.records.home import (
    MEETINGS_AHEAD,
    OPINIONS_IN_PROGRESS,
    ChangedItem,
    ChangeGroup,
    OpenAction,
    OpenConsultation,
    OpinionInProgress,
    UpcomingMeeting,
)
from deliberation.records.meetings import CLOSED_ACTION_STATUSES
from deliberation.records.opinions import content_lines
from deliberation.records.places import Place
from deliberation.rules.meetings import meeting_label
from deliberation.rules.wording import numeric_date
from deliberation.store.meetings import delegate_names, organisation_names
from deliberation.store.models import (
    Action,
    AgendaItem,
    Amendment,
    Attendance,
    Consultation,
    ConsultationSubject,
    ConsultedOrganisation,
    Delegate,
    Meeting,
    Opinion,
    OpinionComment,
    OpinionParagraph,
    Organisation,
    OutboxMessage,
    Position,
    WorkingGroup,
)


def _meeting_label(kind: str, group_name: str | None, title: str, day: date) -> str:
    """« Réunion plénière du 06/04/2027 »: the title, else the group's name, else the kind."""
    return meeting_label(kind, group_name, title, day)


# -- the next meetings --------------------------------------------------------------------------


def upcoming_meetings(
    session: Session, start: date, end: date, limit: int
) -> tuple[UpcomingMeeting, ...]:
    """The first `limit` meetings still to be held within [start, end], by date and time."""
    items = (
        select(AgendaItem.meeting_id, func.count(AgendaItem.id).label("n"))
        .group_by(AgendaItem.meeting_id)
        .subquery()
    )
    convened = (
        select(
            Attendance.meeting_id,
            func.count(Attendance.id).label("n"),
        )
        .group_by(Attendance.meeting_id)
        .subquery()
    )
    query = (
        select(Meeting, WorkingGroup.name, items.c.n, convened.c.n)
        .outerjoin(WorkingGroup, Meeting.group_id == WorkingGroup.id)
        .outerjoin(items, items.c.meeting_id == Meeting.id)
        .outerjoin(convened, convened.c.meeting_id == Meeting.id)
        .where(Meeting.day >= start, Meeting.day <= end, Meeting.status.in_(MEETINGS_AHEAD))
        .order_by(Meeting.day, Meeting.start_time, Meeting.id)
        .limit(limit)
    )
    rows = session.execute(query).all()
    if not rows:
        return ()
    ids = [m.id for m, *_ in rows]
    unconfirmed: dict[int, list[str]] = defaultdict(list)
    pending = (
        select(Attendance.meeting_id, Organisation.acronym)
        .join(Organisation, Attendance.organisation_id == Organisation.id)
        .where(Attendance.meeting_id.in_(ids), Attendance.status == "pending")
        .order_by(Organisation.acronym)
    )
    for meeting_id, acronym in session.execute(pending):
        unconfirmed[meeting_id].append(acronym)
    # A convocation's key is « convocation:<meeting uuid>:<revision>:<organisation uuid> ».
    prefixes = {m.id: f"convocation:{m.uuid}:" for m, *_ in rows}
    sent_keys = session.scalars(
        select(OutboxMessage.key).where(
            OutboxMessage.kind == "convocation",
            OutboxMessage.state == "sent",
            or_(*(OutboxMessage.key.startswith(p, autoescape=True) for p in prefixes.values())),
        )
    ).all()
    sent = {id_ for id_, prefix in prefixes.items() if any(k.startswith(prefix) for k in sent_keys)}
    result = []
    for m, group_name, n_items, n_convened in rows:
        state = "sent" if m.id in sent else "preparing" if n_items else "empty"
        result.append(
            UpcomingMeeting(
                id=m.id,
                kind=m.kind,
                body_label=group_name or "",
                title=m.title,
                day=m.day,
                start=m.start_time,
                status=m.status,
                item_count=n_items or 0,
                agenda_state=state,
                convened_count=n_convened or 0,
                unconfirmed=tuple(unconfirmed[m.id]),
            )
        )
    return tuple(result)


# -- open actions -------------------------------------------------------------------------------


def action_counts(session: Session, today: date) -> tuple[int, int]:
    """How many actions are open, and how many of those are overdue (due before `today`)."""
    open_ = Action.status.not_in(CLOSED_ACTION_STATUSES)
    row = session.execute(
        select(func.count(), func.count().filter(Action.due_date < today)).where(open_)
    ).one()
    return int(row[0]), int(row[1])


def open_actions(session: Session, today: date, limit: int) -> tuple[OpenAction, ...]:
    """The first `limit` open actions by due date: the overdue first (the oldest first), then
    those due later, then those without a date."""
    query = (
        select(Action, Meeting.day, Meeting.kind, Meeting.title, WorkingGroup.name)
        .outerjoin(Meeting, Action.meeting_id == Meeting.id)
        .outerjoin(WorkingGroup, Meeting.group_id == WorkingGroup.id)
        .where(Action.status.not_in(CLOSED_ACTION_STATUSES))
        .order_by(Action.due_date.is_(None), Action.due_date, Action.id)
        .limit(limit)
    )
    rows = session.execute(query).all()
    people = delegate_names(session, {a.delegate_id for a, *_ in rows if a.delegate_id})
    orgs = organisation_names(
        session,
        {a.organisation_id for a, *_ in rows if a.organisation_id}
        | {org for _, org in people.values()},
    )
    result = []
    for a, day, kind, title, group_name in rows:
        if a.delegate_id is not None and a.delegate_id in people:
            name, org = people[a.delegate_id]
            owner = f"{name} ({orgs[org][0]})"
        else:
            owner = orgs.get(a.organisation_id or 0, ("", ""))[0]
        result.append(
            OpenAction(
                id=a.id,
                meeting_id=a.meeting_id,
                title=a.title,
                owner_label=owner,
                meeting_label=_meeting_label(kind, group_name, title, day) if day else "",
                due_date=a.due_date,
                status=a.status,
                overdue=a.due_date is not None and a.due_date < today,
            )
        )
    return tuple(result)


# -- open consultations -------------------------------------------------------------------------


def open_consultations(
    session: Session, today: date, soon: date, limit: int
) -> tuple[OpenConsultation, ...]:
    """The first `limit` consultations open on `today` (opened, deadline not passed), those
    closing first first; `closing_soon` when the deadline is on or before `soon`.

    An organisation has answered when it has a position (any stance) on every subject, and
    only the organisations consulted count."""
    found = session.execute(
        select(Consultation.id, Consultation.title, Consultation.opened_on, Consultation.deadline)
        .where(
            Consultation.opened_on <= today,
            or_(Consultation.deadline.is_(None), Consultation.deadline >= today),
        )
        .order_by(Consultation.deadline.is_(None), Consultation.deadline, Consultation.id)
        .limit(limit)
    ).all()
    if not found:
        return ()
    ids = [row.id for row in found]
    subjects = dict(
        session.execute(  # type: ignore[arg-type]
            select(ConsultationSubject.consultation_id, func.count())
            .where(ConsultationSubject.consultation_id.in_(ids))
            .group_by(ConsultationSubject.consultation_id)
        ).all()
    )
    consulted = dict(
        session.execute(  # type: ignore[arg-type]
            select(ConsultedOrganisation.consultation_id, func.count())
            .where(ConsultedOrganisation.consultation_id.in_(ids))
            .group_by(ConsultedOrganisation.consultation_id)
        ).all()
    )
    per_organisation = (
        select(
            ConsultationSubject.consultation_id.label("consultation_id"),
            func.count().label("n"),
        )
        .join(Position, Position.subject_id == ConsultationSubject.id)
        .join(
            ConsultedOrganisation,
            (ConsultedOrganisation.consultation_id == ConsultationSubject.consultation_id)
            & (ConsultedOrganisation.organisation_id == Position.organisation_id),
        )
        .where(ConsultationSubject.consultation_id.in_(ids))
        .group_by(ConsultationSubject.consultation_id, Position.organisation_id)
        .subquery()
    )
    answered: dict[int, int] = defaultdict(int)
    for consultation_id, n in session.execute(
        select(per_organisation.c.consultation_id, per_organisation.c.n)
    ):
        if n >= subjects.get(consultation_id, 0) > 0:
            answered[consultation_id] += 1
    return tuple(
        OpenConsultation(
            id=row.id,
            title=row.title,
            opened_on=row.opened_on,
            deadline=row.deadline,
            consulted_count=consulted.get(row.id, 0),
            answered_count=answered[row.id],
            closing_soon=row.deadline is not None and row.deadline <= soon,
        )
        for row in found
    )


# -- opinions in progress -----------------------------------------------------------------------


def opinions_in_progress(session: Session, limit: int) -> tuple[OpinionInProgress, ...]:
    """The first `limit` opinions still being worked on, the most recently changed first."""
    query = (
        select(
            Opinion.id,
            Opinion.kind,
            Opinion.title,
            Opinion.status,
            WorkingGroup.name,
            Opinion.updated_at,
        )
        .outerjoin(WorkingGroup, Opinion.group_id == WorkingGroup.id)
        .where(Opinion.status.in_(OPINIONS_IN_PROGRESS))
        .order_by(Opinion.updated_at.desc(), Opinion.id.desc())
        .limit(limit)
    )
    return tuple(
        OpinionInProgress(id_, kind, title, status, group or "", updated)
        for id_, kind, title, status, group, updated in session.execute(query)
    )


# -- changes since a moment ---------------------------------------------------------------------


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _plain(content: str) -> str:
    """A paragraph's stored content (JSON lines of runs) as plain text."""
    return " ".join(line.text for line in content_lines(content))


_Item = Callable[[Any], tuple[str, Place]]
"""How one row read for a kind of change is worded and where it opens."""


def _change_queries(since: datetime) -> list[tuple[str, Any, Any, _Item]]:
    """For each kind of change: its key, the column that says when a row changed, the query of
    its rows changed since `since` (with what their line needs) and how a row is worded."""
    opinion_title = select(Opinion.title).where(Opinion.id == OpinionParagraph.opinion_id)
    return [
        (
            "organisation",
            Organisation.updated_at,
            select(Organisation.id, Organisation.acronym, Organisation.name),
            lambda r: (f"{r.acronym} — {r.name}", Place("organisation", r.id)),
        ),
        (
            "delegate",
            Delegate.updated_at,
            select(
                Delegate.id,
                Delegate.first_name,
                Delegate.last_name,
                Delegate.organisation_id,
                Organisation.acronym,
            ).join(Organisation, Delegate.organisation_id == Organisation.id),
            lambda r: (
                f"{r.first_name} {r.last_name} ({r.acronym})".strip(),
                Place("delegate", r.organisation_id, str(r.id)),
            ),
        ),
        (
            "group",
            WorkingGroup.updated_at,
            select(WorkingGroup.id, WorkingGroup.name),
            lambda r: (r.name, Place("group", r.id)),
        ),
        (
            "meeting",
            Meeting.updated_at,
            select(
                Meeting.id, Meeting.kind, Meeting.title, Meeting.day, WorkingGroup.name
            ).outerjoin(WorkingGroup, Meeting.group_id == WorkingGroup.id),
            lambda r: (_meeting_label(r.kind, r.name, r.title, r.day), Place("meeting", r.id)),
        ),
        (
            "agenda_item",
            AgendaItem.updated_at,
            select(AgendaItem.meeting_id, AgendaItem.uuid, AgendaItem.title, Meeting.day).join(
                Meeting, AgendaItem.meeting_id == Meeting.id
            ),
            lambda r: (
                f"{_short(r.title)} ({numeric_date(r.day)})",
                Place("agenda_item", r.meeting_id, str(r.uuid)),
            ),
        ),
        (
            "action",
            Action.updated_at,
            select(Action.id, Action.meeting_id, Action.title),
            lambda r: (_short(r.title), Place("action", r.meeting_id or 0, str(r.id))),
        ),
        (
            "consultation",
            Consultation.updated_at,
            select(Consultation.id, Consultation.title),
            lambda r: (_short(r.title), Place("consultation", r.id)),
        ),
        (
            "position",
            Position.updated_at,
            select(
                Position.organisation_id,
                Position.subject_id,
                Organisation.acronym,
                ConsultationSubject.consultation_id,
                ConsultationSubject.label,
                Consultation.title,
            )
            .join(Organisation, Position.organisation_id == Organisation.id)
            .join(ConsultationSubject, Position.subject_id == ConsultationSubject.id)
            .join(Consultation, ConsultationSubject.consultation_id == Consultation.id),
            lambda r: (
                f"{r.acronym} — {_short(r.label, 50)} · {_short(r.title, 50)}",
                Place("position", r.consultation_id, f"{r.organisation_id}:{r.subject_id}"),
            ),
        ),
        (
            "opinion",
            Opinion.updated_at,
            select(Opinion.id, Opinion.title),
            lambda r: (_short(r.title), Place("opinion", r.id)),
        ),
        (
            "paragraph",
            OpinionParagraph.updated_at,
            select(
                OpinionParagraph.opinion_id,
                OpinionParagraph.uuid,
                OpinionParagraph.content,
                opinion_title.scalar_subquery().label("opinion"),
            ).where(OpinionParagraph.removed.is_(False)),
            lambda r: (
                f"{_short(r.opinion, 40)} : « {_short(_plain(r.content), 50)} »",
                Place("paragraph", r.opinion_id, str(r.uuid)),
            ),
        ),
        (
            "amendment",
            Amendment.updated_at,
            select(
                Amendment.opinion_id,
                Amendment.paragraph_uuid,
                Organisation.acronym,
                Opinion.title,
            )
            .join(Organisation, Amendment.organisation_id == Organisation.id)
            .join(Opinion, Amendment.opinion_id == Opinion.id),
            lambda r: (
                f"{r.acronym} — {_short(r.title, 50)}",
                Place("paragraph", r.opinion_id, str(r.paragraph_uuid)),
            ),
        ),
        (
            "comment",
            OpinionComment.updated_at,
            select(
                OpinionComment.opinion_id,
                OpinionComment.paragraph_uuid,
                OpinionComment.author,
                OpinionComment.text,
            ),
            lambda r: (
                f"{r.author or 'Commentaire'} : « {_short(r.text, 50)} »",
                Place("paragraph", r.opinion_id, str(r.paragraph_uuid)),
            ),
        ),
    ]


def changes_since(session: Session, since: datetime, latest: int) -> tuple[ChangeGroup, ...]:
    """Per kind of row, how many changed after `since` and the `latest` most recent, kinds
    without a change left out."""
    groups = []
    for kind, changed_at, query, word in _change_queries(since):
        recent = query.where(changed_at > since)
        count = session.scalar(select(func.count()).select_from(recent.subquery())) or 0
        if not count:
            continue
        rows: Sequence[Any] = session.execute(
            recent.add_columns(changed_at.label("changed_at"))
            .order_by(changed_at.desc())
            .limit(latest)
        ).all()
        items = []
        for row in rows:
            label, place = word(row)
            items.append(ChangedItem(label, place, row.changed_at))
        groups.append(ChangeGroup(kind, count, tuple(items)))
    return tuple(groups)
