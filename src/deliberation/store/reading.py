"""The command line's read path: a SQLite store read with the standard library's sqlite3, in
plain SQL, into the same records the ORM queries return (no SQLAlchemy, no models).

Each function mirrors the query of the same name in store/referential.py, store/meetings.py,
store/positions.py, store/opinions.py or store/outbox.py: the same rows in the same order, so
that the command line prints exactly what the ORM path prints (tests/services/test_reading.py
compares both on the demo store). A change to one of those queries is made here too.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from contextlib import closing, contextmanager
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import TYPE_CHECKING, Any
from uuid import UUID

from deliberation.errors import NotFoundError, StoreCorruptError
from deliberation.records.i18n import QT_TRANSLATE_NOOP, Sentence
from deliberation.records.meetings import (
    ATTENDED_STATUSES,
    CLOSED_ACTION_STATUSES,
    MEETING_KINDS,
    ActionRecord,
    AgendaItem,
    AgendaLink,
    Attendance,
    MeetingRecord,
    MeetingSnapshot,
)
from deliberation.rules.meetings import meeting_label
from deliberation.rules.wording import numeric_date
from deliberation.store.sqlite_file import BUSY_TIMEOUT_MS, read_only, sqlite_error

if TYPE_CHECKING:  # the records of each query are imported by it: the first page needs few
    from deliberation.records.home import (
        ChangeGroup,
        OpenAction,
        OpenConsultation,
        OpinionInProgress,
        UpcomingMeeting,
    )
    from deliberation.records.mail import OutboxEntry
    from deliberation.records.opinions import OpinionRecord
    from deliberation.records.positions import ConsultationRecord, ConsultationSnapshot
    from deliberation.records.referential import (
        BodyRecord,
        DelegateRecord,
        FormerName,
        GroupRecord,
        OrganisationRecord,
        ThemeRecord,
    )

Connection = sqlite3.Connection


@contextmanager
def reading(path: Path) -> Iterator[Connection]:
    """One transaction reading the SQLite store at `path` (whose revision the caller checked):
    one consistent view, no write lock, and no write possible (`query_only`).

    A store file that may be written is opened as the store's engine opens it, so that SQLite
    removes its -wal and -shm files on closing as it does after the window; one that may not is
    opened read-only (immutable without a pending write-ahead log), as the engine does too.
    """
    try:
        if read_only(path):
            flags = "mode=ro" if Path(f"{path}-wal").exists() else "mode=ro&immutable=1"
            connection = sqlite3.connect(f"{path.resolve().as_uri()}?{flags}", uri=True)
        else:
            connection = sqlite3.connect(path)
    except sqlite3.OperationalError as exc:
        raise sqlite_error(exc, str(path)) from exc
    with closing(connection):
        connection.isolation_level = None  # the BEGIN below opens the one transaction
        try:
            connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            connection.execute("PRAGMA query_only = ON")
            connection.execute("BEGIN")
            yield connection
            connection.execute("COMMIT")
        except sqlite3.OperationalError as exc:
            raise sqlite_error(exc, str(path)) from exc
        except sqlite3.DatabaseError as exc:
            raise StoreCorruptError(
                Sentence(QT_TRANSLATE_NOOP("errors", "La base {path} est endommagée."), path=path)
            ) from exc


# -- values as SQLAlchemy writes them on SQLite -------------------------------------------------


def _uuid(value: str | None) -> UUID | None:
    return None if value is None else UUID(hex=value)


def _day(value: str | None) -> date | None:
    return None if value is None else date.fromisoformat(value)


def _clock(value: str) -> time:
    return time.fromisoformat(value)


def _moment(value: str | None) -> datetime | None:
    """A timestamp (stored naive, in UTC) as an aware UTC datetime."""
    return None if value is None else datetime.fromisoformat(value).replace(tzinfo=UTC)


def _marks(values: Iterable[Any]) -> str:
    return ", ".join("?" for _ in values)


# -- referential --------------------------------------------------------------------------------


def body(db: Connection) -> BodyRecord | None:
    from deliberation.records.referential import BodyRecord

    row = db.execute("SELECT name, short_name, secretariat FROM body ORDER BY id").fetchone()
    return BodyRecord(*row) if row else None


def themes(db: Connection) -> list[ThemeRecord]:
    from deliberation.records.referential import ThemeRecord

    rows = db.execute("SELECT id, uuid, number, title, description FROM theme ORDER BY number")
    return [ThemeRecord(i, UUID(hex=u), n, t, d) for i, u, n, t, d in rows]


def organisations(db: Connection, today: date) -> list[OrganisationRecord]:
    """Every organisation, former members included, sorted by acronym."""
    from deliberation.records.referential import MembershipPeriod, OrganisationRecord

    periods: dict[int, list[MembershipPeriod]] = defaultdict(list)
    for org_id, start, end, note in db.execute(
        "SELECT organisation_id, start_date, end_date, note FROM membership ORDER BY start_date"
    ):
        periods[org_id].append(MembershipPeriod(date.fromisoformat(start), _day(end), note))
    former: dict[int, list[str]] = defaultdict(list)
    for org_id, acronym in db.execute(
        "SELECT organisation_id, acronym FROM organisation_name ORDER BY valid_from"
    ):
        former[org_id].append(acronym)
    counts = dict(
        db.execute(
            "SELECT organisation_id, count(id) FROM delegate WHERE active = 1 "
            "GROUP BY organisation_id"
        ).fetchall()
    )
    rows = db.execute(
        "SELECT o.id, o.uuid, o.acronym, o.name, k.key, k.label FROM organisation AS o "
        "JOIN organisation_kind AS k ON k.id = o.kind_id ORDER BY lower(o.acronym)"
    )
    result = []
    for org_id, uuid, acronym, name, kind_key, kind_label in rows:
        own = periods.get(org_id, [])
        result.append(
            OrganisationRecord(
                id=org_id,
                uuid=UUID(hex=uuid),
                acronym=acronym,
                name=name,
                kind_key=kind_key,
                kind_label=kind_label,
                is_member=any(p.covers(today) for p in own),
                member_since=own[0].start if own else None,
                member_until=own[-1].end if own else None,
                former_acronyms=tuple(
                    dict.fromkeys(a for a in former.get(org_id, []) if a != acronym)
                ),
                delegate_count=counts.get(org_id, 0),
            )
        )
    return result


def former_name_history(db: Connection) -> dict[int, tuple[FormerName, ...]]:
    """Every organisation's former names, oldest first, keyed by organisation id."""
    from deliberation.records.referential import FormerName

    result: dict[int, list[FormerName]] = defaultdict(list)
    for org_id, acronym, name, valid_from, valid_until, note, uuid in db.execute(
        "SELECT organisation_id, acronym, name, valid_from, valid_until, note, uuid "
        "FROM organisation_name ORDER BY organisation_id, valid_from, id"
    ):
        result[org_id].append(
            FormerName(acronym, name, _day(valid_from), _day(valid_until), note, _uuid(uuid))
        )
    return {org_id: tuple(names) for org_id, names in result.items()}


def delegates(db: Connection) -> list[DelegateRecord]:
    from deliberation.records.referential import DelegateRecord

    rows = db.execute(
        "SELECT d.id, d.uuid, d.organisation_id, o.acronym, d.first_name, d.last_name, d.role, "
        "d.email, d.function, d.active FROM delegate AS d "
        "JOIN organisation AS o ON o.id = d.organisation_id "
        "ORDER BY o.acronym, d.role DESC, d.last_name"
    )
    return [
        DelegateRecord(i, UUID(hex=u), org, acronym, first, last, role, email, function, bool(a))
        for i, u, org, acronym, first, last, role, email, function, a in rows
    ]


def groups(db: Connection, group_id: int | None = None) -> list[GroupRecord]:
    """Working groups by name, or only the one with `group_id`."""
    from deliberation.records.referential import GroupRecord

    only = "" if group_id is None else " WHERE {} = ?"
    arguments = () if group_id is None else (group_id,)
    members: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for member_group, org_id, acronym in db.execute(
        "SELECT m.group_id, o.id, o.acronym FROM working_group_member AS m "
        "JOIN organisation AS o ON o.id = m.organisation_id"
        + only.format("m.group_id")
        + " ORDER BY o.acronym",
        arguments,
    ):
        members[member_group].append((org_id, acronym))
    rapporteurs: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for rapporteur_group, d_id, first, last in db.execute(
        "SELECT r.group_id, d.id, d.first_name, d.last_name FROM working_group_rapporteur AS r "
        "JOIN delegate AS d ON d.id = r.delegate_id"
        + only.format("r.group_id")
        + " ORDER BY d.last_name",
        arguments,
    ):
        rapporteurs[rapporteur_group].append((d_id, f"{first} {last}"))
    rows = db.execute(
        "SELECT g.id, g.uuid, g.name, g.theme_id, g.mandate, g.status, g.start_date, g.end_date, "
        "g.chair_id, t.number, t.title, c.first_name, c.last_name FROM working_group AS g "
        "LEFT OUTER JOIN theme AS t ON g.theme_id = t.id "
        "LEFT OUTER JOIN delegate AS c ON g.chair_id = c.id"
        + only.format("g.id")
        + " ORDER BY lower(g.name)",
        arguments,
    )
    return [
        GroupRecord(
            id=g_id,
            uuid=UUID(hex=uuid),
            name=name,
            theme_id=theme_id,
            theme_label=f"{number}. {title}" if number is not None else "",
            mandate=mandate,
            status=status,
            start_date=_day(start),
            end_date=_day(end),
            chair_id=chair_id,
            chair_name=f"{first} {last}" if chair_id else "",
            member_ids=tuple(i for i, _ in members[g_id]),
            member_acronyms=tuple(a for _, a in members[g_id]),
            rapporteur_ids=tuple(i for i, _ in rapporteurs[g_id]),
            rapporteur_names=tuple(n for _, n in rapporteurs[g_id]),
        )
        for (g_id, uuid, name, theme_id, mandate, status, start, end, chair_id, number, title,
             first, last) in rows
    ]  # fmt: skip


def group(db: Connection, group_id: int) -> GroupRecord:
    for record in groups(db, group_id):
        return record
    raise NotFoundError(
        Sentence(
            QT_TRANSLATE_NOOP("errors", "Aucun groupe de travail n'a l'identifiant {group_id}."),
            group_id=group_id,
        )
    )


# -- meetings and actions -----------------------------------------------------------------------

_MEETING = (
    "m.id, m.uuid, m.kind, m.group_id, m.title, m.day, m.start_time, m.end_time, m.place, "
    "m.video_link, m.status, m.series_uuid"
)


def meetings(
    db: Connection,
    start: date | None = None,
    end: date | None = None,
    group_id: int | None = None,
    plenary_only: bool = False,
) -> list[MeetingRecord]:
    """Meetings by date and time, optionally within [start, end] and of one body."""
    attended = ", ".join(f"'{s}'" for s in sorted(ATTENDED_STATUSES))
    where: list[str] = []
    arguments: list[Any] = []
    if start is not None:
        where.append("m.day >= ?")
        arguments.append(start.isoformat())
    if end is not None:
        where.append("m.day <= ?")
        arguments.append(end.isoformat())
    if group_id is not None:
        where.append("m.group_id = ?")
        arguments.append(group_id)
    elif plenary_only:
        where.append("m.group_id IS NULL")
    rows = db.execute(
        f"SELECT {_MEETING}, g.name, i.n, a.n, a.attended FROM meeting AS m "
        "LEFT OUTER JOIN working_group AS g ON m.group_id = g.id "
        "LEFT OUTER JOIN (SELECT meeting_id, count(id) AS n FROM agenda_item "
        "GROUP BY meeting_id) AS i ON i.meeting_id = m.id "
        "LEFT OUTER JOIN (SELECT meeting_id, count(id) AS n, "
        f"count(id) FILTER (WHERE status IN ({attended})) AS attended FROM attendance "
        "GROUP BY meeting_id) AS a ON a.meeting_id = m.id"
        + (" WHERE " + " AND ".join(where) if where else "")
        + " ORDER BY m.day, m.start_time, m.id",
        arguments,
    )
    return [
        MeetingRecord(
            id=m_id,
            uuid=UUID(hex=uuid),
            kind=kind,
            group_id=m_group,
            body_label=group_name or "",
            title=title,
            day=date.fromisoformat(day),
            start=_clock(start_time),
            end=_clock(end_time),
            place=place,
            video_link=video_link,
            status=status,
            series_uuid=_uuid(series),
            item_count=n_items or 0,
            convened_count=n_convened or 0,
            attended_count=n_attended or 0,
        )
        for (m_id, uuid, kind, m_group, title, day, start_time, end_time, place, video_link,
             status, series, group_name, n_items, n_convened, n_attended) in rows
    ]  # fmt: skip


def meeting_snapshot(db: Connection, meeting_id: int) -> MeetingSnapshot:
    row = db.execute(
        f"SELECT {_MEETING}, m.notes FROM meeting AS m WHERE m.id = ?", (meeting_id,)
    ).fetchone()
    if row is None:
        raise NotFoundError(
            Sentence(
                QT_TRANSLATE_NOOP("errors", "Aucune séance n'a l'identifiant {meeting_id}."),
                meeting_id=meeting_id,
            )
        )
    links: dict[int, list[AgendaLink]] = defaultdict(list)
    for item_id, kind, target, label, uuid in db.execute(
        "SELECT l.item_id, l.kind, l.target, l.label, l.uuid FROM agenda_link AS l "
        "JOIN agenda_item AS i ON i.id = l.item_id WHERE i.meeting_id = ? ORDER BY l.position",
        (meeting_id,),
    ):
        links[item_id].append(AgendaLink(kind, target, label, UUID(hex=uuid)))
    items = tuple(
        AgendaItem(
            uuid=UUID(hex=uuid),
            kind=kind,
            title=title,
            duration_minutes=duration,
            description=description,
            presenter_organisation_id=presenter_org,
            presenter_delegate_id=presenter_delegate,
            outcome=outcome,
            decision=decision,
            links=tuple(links[item_id]),
        )
        for (item_id, uuid, kind, title, duration, description, presenter_org,
             presenter_delegate, outcome, decision) in db.execute(
            "SELECT id, uuid, kind, title, duration_minutes, description, "
            "presenter_organisation_id, presenter_delegate_id, outcome, decision "
            "FROM agenda_item WHERE meeting_id = ? ORDER BY position",
            (meeting_id,),
        )
    )  # fmt: skip
    came: dict[int, list[int]] = defaultdict(list)
    for attendance_id, delegate_id in db.execute(
        "SELECT d.attendance_id, d.delegate_id FROM attendance_delegate AS d "
        "JOIN attendance AS a ON a.id = d.attendance_id WHERE a.meeting_id = ?",
        (meeting_id,),
    ):
        came[attendance_id].append(delegate_id)
    convened = tuple(
        sorted(
            (
                Attendance(
                    organisation_id=org_id,
                    status=status,
                    represented_by_id=represented_by,
                    delegate_ids=tuple(sorted(came[attendance_id])),
                    note=note,
                    uuid=UUID(hex=uuid),
                )
                for attendance_id, org_id, status, represented_by, note, uuid in db.execute(
                    "SELECT id, organisation_id, status, represented_by_id, note, uuid "
                    "FROM attendance WHERE meeting_id = ?",
                    (meeting_id,),
                )
            ),
            key=lambda a: a.organisation_id,
        )
    )
    (m_id, uuid, kind, group_id, title, day, start, end, place, video, status, series, notes) = row
    return MeetingSnapshot(
        id=m_id,
        uuid=UUID(hex=uuid),
        kind=kind,
        group_id=group_id,
        title=title,
        day=date.fromisoformat(day),
        start=_clock(start),
        end=_clock(end),
        place=place,
        video_link=video,
        status=status,
        series_uuid=_uuid(series),
        notes=notes,
        items=items,
        convened=convened,
    )


def group_info(db: Connection, group_id: int) -> tuple[str, str] | None:
    """A working group's (name, status), or None."""
    row = db.execute("SELECT name, status FROM working_group WHERE id = ?", (group_id,)).fetchone()
    return (row[0], row[1]) if row else None


def organisation_names(db: Connection, ids: set[int]) -> dict[int, tuple[str, str]]:
    rows = db.execute(
        f"SELECT id, acronym, name FROM organisation WHERE id IN ({_marks(ids)})", tuple(ids)
    )
    return {id_: (acronym, name) for id_, acronym, name in rows}


def delegate_names(db: Connection, ids: set[int]) -> dict[int, tuple[str, int]]:
    rows = db.execute(
        "SELECT id, first_name, last_name, organisation_id FROM delegate "
        f"WHERE id IN ({_marks(ids)})",
        tuple(ids),
    )
    return {id_: (f"{first} {last}".strip(), org) for id_, first, last, org in rows}


def actions(
    db: Connection, meeting_id: int | None = None, open_only: bool = False
) -> list[ActionRecord]:
    """Actions by due date (none last), optionally of one meeting or still open."""
    where: list[str] = []
    arguments: list[Any] = []
    if meeting_id is not None:
        where.append("a.meeting_id = ?")
        arguments.append(meeting_id)
    if open_only:
        closed = sorted(CLOSED_ACTION_STATUSES)
        where.append(f"a.status NOT IN ({_marks(closed)})")
        arguments.extend(closed)
    rows = db.execute(
        "SELECT a.id, a.uuid, a.title, a.meeting_id, a.item_uuid, a.organisation_id, "
        "a.delegate_id, a.due_date, a.status, a.note, a.closed_on, m.day, m.kind, g.name "
        "FROM action AS a LEFT OUTER JOIN meeting AS m ON a.meeting_id = m.id "
        "LEFT OUTER JOIN working_group AS g ON m.group_id = g.id"
        + (" WHERE " + " AND ".join(where) if where else "")
        + " ORDER BY a.due_date IS NULL, a.due_date, a.id",
        arguments,
    ).fetchall()
    people = delegate_names(db, {row[6] for row in rows if row[6]})
    orgs = organisation_names(
        db, {row[5] for row in rows if row[5]} | {org for _, org in people.values()}
    )
    result = []
    for (a_id, uuid, title, a_meeting, item_uuid, org_id, delegate_id, due, status, note,
         closed_on, day, kind, group_name) in rows:  # fmt: skip
        if delegate_id is not None and delegate_id in people:
            name, org = people[delegate_id]
            owner = f"{name} ({orgs[org][0]})"
        else:
            owner = orgs.get(org_id or 0, ("", ""))[0]
        label = ""
        if day is not None:
            label = (
                f"{group_name or MEETING_KINDS[kind]} du {numeric_date(date.fromisoformat(day))}"
            )
        result.append(
            ActionRecord(
                id=a_id,
                uuid=UUID(hex=uuid),
                title=title,
                meeting_id=a_meeting,
                item_uuid=_uuid(item_uuid),
                organisation_id=org_id,
                delegate_id=delegate_id,
                due_date=_day(due),
                status=status,
                note=note,
                closed_on=_day(closed_on),
                meeting_label=label,
                owner_label=owner,
            )
        )
    return result


# -- consultations ------------------------------------------------------------------------------


def consultations(db: Connection) -> list[ConsultationRecord]:
    """Consultations, the most recent first, with their counts, subjects' labels and meeting."""
    from deliberation.records.positions import ConsultationRecord

    rows = db.execute(
        "WITH subjects AS (SELECT consultation_id, count(*) AS n FROM consultation_subject "
        "GROUP BY consultation_id), "
        "consulted AS (SELECT consultation_id, count(*) AS n FROM consulted_organisation "
        "GROUP BY consultation_id), "
        "per_organisation AS (SELECT s.consultation_id, p.organisation_id, count(*) AS n "
        "FROM consultation_subject AS s JOIN position AS p ON p.subject_id = s.id "
        "GROUP BY s.consultation_id, p.organisation_id), "
        "answered AS (SELECT o.consultation_id, count(*) AS n FROM per_organisation AS o "
        "JOIN subjects ON subjects.consultation_id = o.consultation_id "
        "WHERE o.n = subjects.n GROUP BY o.consultation_id), "
        "responded AS (SELECT consultation_id, count(*) AS n FROM per_organisation "
        "GROUP BY consultation_id) "
        "SELECT c.id, c.uuid, c.title, c.opened_on, c.deadline, subjects.n, consulted.n, "
        "answered.n, responded.n, m.title, m.day FROM consultation AS c "
        "LEFT OUTER JOIN subjects ON subjects.consultation_id = c.id "
        "LEFT OUTER JOIN consulted ON consulted.consultation_id = c.id "
        "LEFT OUTER JOIN answered ON answered.consultation_id = c.id "
        "LEFT OUTER JOIN responded ON responded.consultation_id = c.id "
        "LEFT OUTER JOIN meeting AS m ON m.id = c.meeting_id "
        "ORDER BY c.opened_on DESC, c.id DESC"
    ).fetchall()
    labels: dict[int, list[str]] = {}
    for consultation_id, label in db.execute(
        "SELECT consultation_id, label FROM consultation_subject ORDER BY consultation_id, position"
    ):
        labels.setdefault(consultation_id, []).append(label)
    return [
        ConsultationRecord(
            c_id, UUID(hex=uuid), title, date.fromisoformat(opened), _day(deadline),
            s or 0, o or 0, a or 0, r or 0, tuple(labels.get(c_id, ())), m_title or "",
            _day(m_day),
        )
        for c_id, uuid, title, opened, deadline, s, o, a, r, m_title, m_day in rows
    ]  # fmt: skip


def consultation_snapshot(db: Connection, consultation_id: int) -> ConsultationSnapshot:
    from deliberation.records.positions import ConsultationSnapshot, Subject

    row = db.execute(
        "SELECT id, uuid, title, opened_on, deadline, question, meeting_id, min_answers, "
        "max_unfavorable, abstentions_count FROM consultation WHERE id = ?",
        (consultation_id,),
    ).fetchone()
    if row is None:
        raise NotFoundError(
            Sentence(
                QT_TRANSLATE_NOOP(
                    "errors", "Aucune consultation n'a l'identifiant {consultation_id}."
                ),
                consultation_id=consultation_id,
            )
        )
    c_id, uuid, title, opened, deadline, question, meeting, least, most, abstentions = row
    subjects = tuple(
        Subject(kind, label, _uuid(ref), UUID(hex=s_uuid), s_id)
        for kind, label, ref, s_uuid, s_id in db.execute(
            "SELECT kind, label, ref, uuid, id FROM consultation_subject "
            "WHERE consultation_id = ? ORDER BY position",
            (consultation_id,),
        )
    )
    consulted = sorted(
        org
        for (org,) in db.execute(
            "SELECT organisation_id FROM consulted_organisation WHERE consultation_id = ?",
            (consultation_id,),
        )
    )
    return ConsultationSnapshot(
        id=c_id,
        uuid=UUID(hex=uuid),
        title=title,
        opened_on=date.fromisoformat(opened),
        deadline=_day(deadline),
        question=question,
        meeting_id=meeting,
        min_answers=least,
        max_unfavorable=most,
        abstentions_count=bool(abstentions),
        subjects=subjects,
        consulted=tuple(consulted),
    )


# -- opinions -----------------------------------------------------------------------------------


def opinions(db: Connection) -> list[OpinionRecord]:
    """Every opinion, the most recently changed first, with what the list shows."""
    from deliberation.records.opinions import OpinionRecord  # only here: many dataclasses

    since: dict[int, str] = {}
    for opinion_id, changed_on in db.execute(
        "SELECT opinion_id, changed_on FROM opinion_status_change ORDER BY id"
    ):
        since[opinion_id] = changed_on  # the last one wins
    names: dict[int, list[str]] = defaultdict(list)
    for opinion_id, first, last in db.execute(
        "SELECT r.opinion_id, d.first_name, d.last_name FROM opinion_rapporteur AS r "
        "JOIN delegate AS d ON d.id = r.delegate_id ORDER BY r.position"
    ):
        names[opinion_id].append(f"{first} {last}")
    rows = db.execute(
        "SELECT o.id, o.uuid, o.kind, o.title, o.group_id, o.status, o.updated_at, g.name, "
        "p.n, v.n, a.n, c.at FROM opinion AS o "
        "LEFT OUTER JOIN working_group AS g ON g.id = o.group_id "
        "LEFT OUTER JOIN (SELECT opinion_id, count(*) AS n FROM opinion_paragraph "
        "WHERE removed = 0 GROUP BY opinion_id) AS p ON p.opinion_id = o.id "
        "LEFT OUTER JOIN (SELECT opinion_id, count(*) AS n FROM opinion_version "
        "GROUP BY opinion_id) AS v ON v.opinion_id = o.id "
        "LEFT OUTER JOIN (SELECT opinion_id, count(*) AS n FROM amendment "
        "WHERE status = 'proposed' GROUP BY opinion_id) AS a ON a.opinion_id = o.id "
        "LEFT OUTER JOIN (SELECT opinion_id, max(updated_at) AS at FROM opinion_paragraph "
        "GROUP BY opinion_id) AS c ON c.opinion_id = o.id"
    )
    result = []
    for (o_id, uuid, kind, title, group_id, status, updated_at, group_name, n_paragraphs,
         n_versions, n_open, text_at) in rows:  # fmt: skip
        own = datetime.fromisoformat(updated_at).replace(tzinfo=UTC)
        text = _moment(text_at)
        result.append(
            OpinionRecord(
                id=o_id,
                uuid=UUID(hex=uuid),
                kind=kind,
                title=title,
                group_id=group_id,
                group_name=group_name or "",
                status=status,
                status_since=_day(since.get(o_id)),
                rapporteurs=tuple(names.get(o_id, ())),
                paragraphs=n_paragraphs or 0,
                versions=n_versions or 0,
                open_amendments=n_open or 0,
                updated_at=max(own, text or own),
            )
        )
    result.sort(key=lambda r: (r.updated_at, r.id), reverse=True)
    return result


# -- outbox -------------------------------------------------------------------------------------


def outbox_entries(db: Connection) -> list[OutboxEntry]:
    """The outbox's messages, oldest first (without their MIME bytes)."""
    from deliberation.records.mail import OutboxEntry

    rows = db.execute(
        "SELECT id, kind, key, organisation_id, organisation_name, recipients, subject, state, "
        "created_at, sent_at, error, attempts FROM outbox_message ORDER BY created_at, id"
    )
    return [
        OutboxEntry(
            id=e_id,
            kind=kind,
            key=key,
            organisation_id=org_id,
            organisation_name=org_name,
            recipients=recipients,
            subject=subject,
            state=state,
            created_at=datetime.fromisoformat(created).replace(tzinfo=UTC),
            sent_at=_moment(sent),
            error=error,
            attempts=attempts,
        )
        for (e_id, kind, key, org_id, org_name, recipients, subject, state, created, sent,
             error, attempts) in rows
    ]  # fmt: skip


# -- the home page ------------------------------------------------------------------------------
# Mirrors store/home.py, query for query: the window's first page is filled from these before
# the ORM store is open (ui/app.py), and replaced by nothing: both must give the same records.


def _meeting_label(kind: str, group_name: str | None, title: str, day: date) -> str:
    return meeting_label(kind, group_name, title, day)


def _stamp(moment: datetime) -> str:
    """An aware moment as SQLAlchemy writes a timestamp on SQLite (naive UTC)."""
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def upcoming_meetings(
    db: Connection, start: date, end: date, limit: int
) -> tuple[UpcomingMeeting, ...]:
    """The first `limit` meetings still to be held within [start, end], by date and time."""
    from deliberation.records.home import MEETINGS_AHEAD, UpcomingMeeting

    ahead = sorted(MEETINGS_AHEAD)
    rows = db.execute(
        "SELECT m.id, m.uuid, m.kind, m.title, m.day, m.start_time, m.status, g.name, i.n, c.n "
        "FROM meeting AS m LEFT OUTER JOIN working_group AS g ON m.group_id = g.id "
        "LEFT OUTER JOIN (SELECT meeting_id, count(id) AS n FROM agenda_item "
        "GROUP BY meeting_id) AS i ON i.meeting_id = m.id "
        "LEFT OUTER JOIN (SELECT meeting_id, count(id) AS n FROM attendance "
        "GROUP BY meeting_id) AS c ON c.meeting_id = m.id "
        f"WHERE m.day >= ? AND m.day <= ? AND m.status IN ({_marks(ahead)}) "
        "ORDER BY m.day, m.start_time, m.id LIMIT ?",
        (start.isoformat(), end.isoformat(), *ahead, limit),
    ).fetchall()
    if not rows:
        return ()
    ids = [row[0] for row in rows]
    unconfirmed: dict[int, list[str]] = defaultdict(list)
    for meeting_id, acronym in db.execute(
        "SELECT a.meeting_id, o.acronym FROM attendance AS a "
        "JOIN organisation AS o ON a.organisation_id = o.id "
        f"WHERE a.meeting_id IN ({_marks(ids)}) AND a.status = 'pending' ORDER BY o.acronym",
        ids,
    ):
        unconfirmed[meeting_id].append(acronym)
    # A convocation's key is « convocation:<meeting uuid>:<revision>:<organisation uuid> ».
    prefixes = {row[0]: f"convocation:{UUID(hex=row[1])}:" for row in rows}
    sent_keys = [
        key
        for (key,) in db.execute(
            "SELECT key FROM outbox_message WHERE kind = 'convocation' AND state = 'sent' AND ("
            + " OR ".join("substr(key, 1, ?) = ?" for _ in prefixes)
            + ")",
            [value for p in prefixes.values() for value in (len(p), p)],
        )
    ]
    sent = {id_ for id_, prefix in prefixes.items() if any(k.startswith(prefix) for k in sent_keys)}
    result = []
    for m_id, _uuid_hex, kind, title, day, start_time, status, group, n_items, n_convened in rows:
        state = "sent" if m_id in sent else "preparing" if n_items else "empty"
        result.append(
            UpcomingMeeting(
                id=m_id,
                kind=kind,
                body_label=group or "",
                title=title,
                day=date.fromisoformat(day),
                start=_clock(start_time),
                status=status,
                item_count=n_items or 0,
                agenda_state=state,
                convened_count=n_convened or 0,
                unconfirmed=tuple(unconfirmed[m_id]),
            )
        )
    return tuple(result)


def action_counts(db: Connection, today: date) -> tuple[int, int]:
    """How many actions are open, and how many of those are overdue (due before `today`)."""
    closed = sorted(CLOSED_ACTION_STATUSES)
    row = db.execute(
        "SELECT count(*), count(*) FILTER (WHERE due_date < ?) FROM action "
        f"WHERE status NOT IN ({_marks(closed)})",
        (today.isoformat(), *closed),
    ).fetchone()
    return int(row[0]), int(row[1])


def open_actions(db: Connection, today: date, limit: int) -> tuple[OpenAction, ...]:
    """The first `limit` open actions: the overdue first (the oldest first), then those due
    later, then those without a date."""
    from deliberation.records.home import OpenAction

    closed = sorted(CLOSED_ACTION_STATUSES)
    rows = db.execute(
        "SELECT a.id, a.meeting_id, a.title, a.organisation_id, a.delegate_id, a.due_date, "
        "a.status, m.day, m.kind, m.title, g.name "
        "FROM action AS a LEFT OUTER JOIN meeting AS m ON a.meeting_id = m.id "
        "LEFT OUTER JOIN working_group AS g ON m.group_id = g.id "
        f"WHERE a.status NOT IN ({_marks(closed)}) "
        "ORDER BY a.due_date IS NULL, a.due_date, a.id LIMIT ?",
        (*closed, limit),
    ).fetchall()
    people = delegate_names(db, {row[4] for row in rows if row[4]})
    orgs = organisation_names(
        db, {row[3] for row in rows if row[3]} | {org for _, org in people.values()}
    )
    result = []
    for (
        a_id,
        meeting_id,
        title,
        org_id,
        delegate_id,
        due,
        status,
        day,
        kind,
        m_title,
        group,
    ) in rows:
        if delegate_id is not None and delegate_id in people:
            name, org = people[delegate_id]
            owner = f"{name} ({orgs[org][0]})"
        else:
            owner = orgs.get(org_id or 0, ("", ""))[0]
        due_date = _day(due)
        result.append(
            OpenAction(
                id=a_id,
                meeting_id=meeting_id,
                title=title,
                owner_label=owner,
                meeting_label=(
                    _meeting_label(kind, group, m_title, date.fromisoformat(day)) if day else ""
                ),
                due_date=due_date,
                status=status,
                overdue=due_date is not None and due_date < today,
            )
        )
    return tuple(result)


def open_consultations(
    db: Connection, today: date, soon: date, limit: int
) -> tuple[OpenConsultation, ...]:
    """The first `limit` consultations open on `today`, those closing first first; an
    organisation has answered when it has a position on every subject (consulted ones only)."""
    from deliberation.records.home import OpenConsultation

    found = db.execute(
        "SELECT id, title, opened_on, deadline FROM consultation "
        "WHERE opened_on <= ? AND (deadline IS NULL OR deadline >= ?) "
        "ORDER BY deadline IS NULL, deadline, id LIMIT ?",
        (today.isoformat(), today.isoformat(), limit),
    ).fetchall()
    if not found:
        return ()
    ids = [row[0] for row in found]
    subjects = dict(
        db.execute(
            "SELECT consultation_id, count(*) FROM consultation_subject "
            f"WHERE consultation_id IN ({_marks(ids)}) GROUP BY consultation_id",
            ids,
        ).fetchall()
    )
    consulted = dict(
        db.execute(
            "SELECT consultation_id, count(*) FROM consulted_organisation "
            f"WHERE consultation_id IN ({_marks(ids)}) GROUP BY consultation_id",
            ids,
        ).fetchall()
    )
    answered: dict[int, int] = defaultdict(int)
    for consultation_id, n in db.execute(
        "SELECT s.consultation_id, count(*) FROM consultation_subject AS s "
        "JOIN position AS p ON p.subject_id = s.id "
        "JOIN consulted_organisation AS c ON c.consultation_id = s.consultation_id "
        "AND c.organisation_id = p.organisation_id "
        f"WHERE s.consultation_id IN ({_marks(ids)}) "
        "GROUP BY s.consultation_id, p.organisation_id",
        ids,
    ):
        if n >= subjects.get(consultation_id, 0) > 0:
            answered[consultation_id] += 1
    result = []
    for c_id, title, opened_on, deadline in found:
        closes = _day(deadline)
        result.append(
            OpenConsultation(
                id=c_id,
                title=title,
                opened_on=date.fromisoformat(opened_on),
                deadline=closes,
                consulted_count=consulted.get(c_id, 0),
                answered_count=answered[c_id],
                closing_soon=closes is not None and closes <= soon,
            )
        )
    return tuple(result)


def opinions_in_progress(db: Connection, limit: int) -> tuple[OpinionInProgress, ...]:
    """The first `limit` opinions still being worked on, the most recently changed first."""
    from deliberation.records.home import OPINIONS_IN_PROGRESS, OpinionInProgress

    stages = list(OPINIONS_IN_PROGRESS)
    rows = db.execute(
        "SELECT o.id, o.kind, o.title, o.status, g.name, o.updated_at FROM opinion AS o "
        "LEFT OUTER JOIN working_group AS g ON o.group_id = g.id "
        f"WHERE o.status IN ({_marks(stages)}) "
        "ORDER BY o.updated_at DESC, o.id DESC LIMIT ?",
        (*stages, limit),
    )
    return tuple(
        OpinionInProgress(id_, kind, title, status, group or "", _moment(updated) or _NEVER)
        for id_, kind, title, status, group, updated in rows
    )


_NEVER = datetime.min.replace(tzinfo=UTC)


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _plain(content: str) -> str:
    """A paragraph's stored content (JSON lines of runs) as plain text."""
    from deliberation.records.opinions import content_lines

    return " ".join(line.text for line in content_lines(content))


_CHANGES: tuple[tuple[str, str, str, Callable[[list[Any]], tuple[Any, ...]]], ...] = (
    (
        "organisation",
        "organisation.updated_at",
        "SELECT organisation.id, organisation.acronym, organisation.name FROM organisation",
        lambda r: (f"{r[1]} — {r[2]}", "organisation", r[0]),
    ),
    (
        "delegate",
        "delegate.updated_at",
        "SELECT delegate.id, delegate.first_name, delegate.last_name, delegate.organisation_id, "
        "organisation.acronym FROM delegate "
        "JOIN organisation ON delegate.organisation_id = organisation.id",
        lambda r: (
            f"{r[1]} {r[2]} ({r[4]})".strip(),
            "delegate",
            r[3],
            str(r[0]),
        ),
    ),
    (
        "group",
        "working_group.updated_at",
        "SELECT working_group.id, working_group.name FROM working_group",
        lambda r: (r[1], "group", r[0]),
    ),
    (
        "meeting",
        "meeting.updated_at",
        "SELECT meeting.id, meeting.kind, meeting.title, meeting.day, working_group.name "
        "FROM meeting LEFT OUTER JOIN working_group ON meeting.group_id = working_group.id",
        lambda r: (
            _meeting_label(r[1], r[4], r[2], date.fromisoformat(r[3])),
            "meeting",
            r[0],
        ),
    ),
    (
        "agenda_item",
        "agenda_item.updated_at",
        "SELECT agenda_item.meeting_id, agenda_item.uuid, agenda_item.title, meeting.day "
        "FROM agenda_item JOIN meeting ON agenda_item.meeting_id = meeting.id",
        lambda r: (
            f"{_short(r[2])} ({numeric_date(date.fromisoformat(r[3]))})",
            "agenda_item",
            r[0],
            str(UUID(hex=r[1])),
        ),
    ),
    (
        "action",
        "action.updated_at",
        "SELECT action.id, action.meeting_id, action.title FROM action",
        lambda r: (_short(r[2]), "action", r[1] or 0, str(r[0])),
    ),
    (
        "consultation",
        "consultation.updated_at",
        "SELECT consultation.id, consultation.title FROM consultation",
        lambda r: (_short(r[1]), "consultation", r[0]),
    ),
    (
        "position",
        "position.updated_at",
        "SELECT position.organisation_id, position.subject_id, organisation.acronym, "
        "consultation_subject.consultation_id, consultation_subject.label, consultation.title "
        "FROM position JOIN organisation ON position.organisation_id = organisation.id "
        "JOIN consultation_subject ON position.subject_id = consultation_subject.id "
        "JOIN consultation ON consultation_subject.consultation_id = consultation.id",
        lambda r: (
            f"{r[2]} — {_short(r[4], 50)} · {_short(r[5], 50)}",
            "position",
            r[3],
            f"{r[0]}:{r[1]}",
        ),
    ),
    (
        "opinion",
        "opinion.updated_at",
        "SELECT opinion.id, opinion.title FROM opinion",
        lambda r: (_short(r[1]), "opinion", r[0]),
    ),
    (
        "paragraph",
        "opinion_paragraph.updated_at",
        "SELECT opinion_paragraph.opinion_id, opinion_paragraph.uuid, opinion_paragraph.content, "
        "(SELECT opinion.title FROM opinion WHERE opinion.id = opinion_paragraph.opinion_id) "
        "FROM opinion_paragraph WHERE opinion_paragraph.removed = 0",
        lambda r: (
            f"{_short(r[3], 40)} : « {_short(_plain(r[2]), 50)} »",
            "paragraph",
            r[0],
            str(UUID(hex=r[1])),
        ),
    ),
    (
        "amendment",
        "amendment.updated_at",
        "SELECT amendment.opinion_id, amendment.paragraph_uuid, organisation.acronym, "
        "opinion.title FROM amendment "
        "JOIN organisation ON amendment.organisation_id = organisation.id "
        "JOIN opinion ON amendment.opinion_id = opinion.id",
        lambda r: (
            f"{r[2]} — {_short(r[3], 50)}",
            "paragraph",
            r[0],
            str(UUID(hex=r[1])),
        ),
    ),
    (
        "comment",
        "opinion_comment.updated_at",
        "SELECT opinion_comment.opinion_id, opinion_comment.paragraph_uuid, "
        "opinion_comment.author, opinion_comment.text FROM opinion_comment",
        lambda r: (
            f"{r[2] or 'Commentaire'} : « {_short(r[3], 50)} »",
            "paragraph",
            r[0],
            str(UUID(hex=r[1])),
        ),
    ),
)
"""For each kind of change (store/home.py's _change_queries): its key, the column that says
when a row changed, the query of its rows and how a row is worded and where it opens."""


def changes_since(db: Connection, since: datetime, latest: int) -> tuple[ChangeGroup, ...]:
    """Per kind of row, how many changed after `since` and the `latest` most recent, kinds
    without a change left out."""
    from deliberation.records.home import ChangedItem, ChangeGroup
    from deliberation.records.places import Place

    after = _stamp(since)
    groups = []
    for kind, changed_at, query, word in _CHANGES:
        where = " AND " if " WHERE " in query else " WHERE "
        recent = f"{query}{where}{changed_at} > ?"
        (count,) = db.execute(f"SELECT count(*) FROM ({recent})", (after,)).fetchone()
        if not count:
            continue
        stamped = f"SELECT {changed_at}, {recent.removeprefix('SELECT ')}"
        items = []
        for stamp, *row in db.execute(
            f"{stamped} ORDER BY {changed_at} DESC LIMIT ?", (after, latest)
        ):
            label, *place = word(row)
            items.append(ChangedItem(label, Place(*place), _moment(stamp) or _NEVER))
        groups.append(ChangeGroup(kind, count, tuple(items)))
    return tuple(groups)
