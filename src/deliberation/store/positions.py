"""Queries and writes for consultations, positions and the positions' history."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from datetime import date
from typing import Any
from uuid import UUID

from sqlalchemy import func, select, true, update
from sqlalchemy.orm import Session, selectinload

from deliberation.errors import NotFoundError
from deliberation.records.copying import record_from
from deliberation.records.i18n import QT_TRANSLATE_NOOP, Sentence
from deliberation.records.positions import (
    ConsultationRecord,
    ConsultationSnapshot,
    PositionRecord,
    PositionRevisionRecord,
    RevisionRow,
    Subject,
)
from deliberation.store.models import (
    Consultation,
    ConsultationSubject,
    ConsultedOrganisation,
    Delegate,
    Meeting,
    Membership,
    Organisation,
    Position,
    PositionRevision,
)
from deliberation.store.rows import delete_by_uuid, replace_children, replace_links, tracked_row

# -- consultations ------------------------------------------------------------------------------


def consultations(session: Session, complete: int | None = None) -> list[ConsultationRecord]:
    """Consultations, the most recent first, with their counts.

    With `complete`, only the first `complete` consultations come with their answers counted
    over the positions and their subjects' labels; the others say `answers_known` false, for
    `completed` to fill in (a list opens on its first screen before years of positions are
    counted). Columns, not ORM objects.
    """
    subjects = (
        select(ConsultationSubject.consultation_id, func.count().label("n"))
        .group_by(ConsultationSubject.consultation_id)
        .subquery()
    )
    consulted = (
        select(ConsultedOrganisation.consultation_id, func.count().label("n"))
        .group_by(ConsultedOrganisation.consultation_id)
        .subquery()
    )
    query = (
        select(
            Consultation.id, Consultation.uuid, Consultation.title, Consultation.opened_on,
            Consultation.deadline, subjects.c.n, consulted.c.n, Meeting.title, Meeting.day,
        )
        .outerjoin(subjects, subjects.c.consultation_id == Consultation.id)
        .outerjoin(consulted, consulted.c.consultation_id == Consultation.id)
        .outerjoin(Meeting, Meeting.id == Consultation.meeting_id)
        .order_by(Consultation.opened_on.desc(), Consultation.id.desc())
    )  # fmt: skip
    records = [
        ConsultationRecord(
            c_id, uuid, title, opened_on, deadline, s or 0, o or 0, 0, 0, (),
            meeting_title or "", meeting_day, answers_known=False,
        )
        for c_id, uuid, title, opened_on, deadline, s, o, meeting_title, meeting_day
        in session.execute(query)
    ]  # fmt: skip
    if complete is None:
        return completed(session, records, every=True)
    return completed(session, records[:complete]) + records[complete:]


def completed(
    session: Session, records: list[ConsultationRecord], every: bool = False
) -> list[ConsultationRecord]:
    """These consultations with their answers counted and their subjects' labels (those of
    every consultation read at once with `every`)."""
    todo = [r.id for r in records if not r.answers_known]
    if not todo:
        return records

    def of(column: Any) -> Any:
        return true() if every else column.in_(todo)

    per_organisation = (
        select(
            ConsultationSubject.consultation_id,
            Position.organisation_id,
            func.count().label("n"),
        )
        .join(Position, Position.subject_id == ConsultationSubject.id)
        .where(of(ConsultationSubject.consultation_id))
        .group_by(ConsultationSubject.consultation_id, Position.organisation_id)
    )
    labels: dict[int, list[str]] = defaultdict(list)
    for consultation_id, label in session.execute(
        select(ConsultationSubject.consultation_id, ConsultationSubject.label)
        .where(of(ConsultationSubject.consultation_id))
        .order_by(ConsultationSubject.consultation_id, ConsultationSubject.position)
    ):
        labels[consultation_id].append(label)
    answered: dict[int, int] = defaultdict(int)  # with a position (any stance) on every subject
    responded: dict[int, int] = defaultdict(int)  # with a position on at least one subject
    for consultation_id, _organisation, n in session.execute(per_organisation):
        responded[consultation_id] += 1
        answered[consultation_id] += n == len(labels[consultation_id])
    return [
        r
        if r.answers_known
        else replace(
            r,
            answered_count=answered[r.id],
            responded_count=responded[r.id],
            subject_labels=tuple(labels[r.id]),
            answers_known=True,
        )
        for r in records
    ]


_PARTS = (selectinload(Consultation.subjects), selectinload(Consultation.consulted))


def consultation_snapshot(session: Session, consultation_id: int) -> ConsultationSnapshot:
    row = session.scalar(
        select(Consultation).where(Consultation.id == consultation_id).options(*_PARTS)
    )
    if row is None:
        raise NotFoundError(
            Sentence(
                QT_TRANSLATE_NOOP(
                    "errors", "Aucune consultation n'a l'identifiant {consultation_id}."
                ),
                consultation_id=consultation_id,
            )
        )
    return record_from(
        ConsultationSnapshot,
        row,
        subjects=tuple(Subject(s.kind, s.label, s.ref, s.uuid, s.id) for s in row.subjects),
        consulted=tuple(sorted(c.organisation_id for c in row.consulted)),
    )


def save_consultation(session: Session, snap: ConsultationSnapshot) -> int:
    row = tracked_row(
        session,
        Consultation,
        snap.uuid,
        snap.id,
        *_PARTS,
    )
    row.title, row.question, row.meeting_id = snap.title, snap.question, snap.meeting_id
    row.opened_on, row.deadline = snap.opened_on, snap.deadline
    row.min_answers, row.max_unfavorable = snap.min_answers, snap.max_unfavorable
    row.abstentions_count = snap.abstentions_count
    replace_children(
        row.subjects,
        ConsultationSubject,
        [
            (
                s.uuid,
                {"position": n, "kind": s.kind, "ref": s.ref, "label": s.label}
                | ({"id": s.id} if s.id else {}),
            )
            for n, s in enumerate(snap.subjects, start=1)
        ],
    )
    wanted = set(snap.consulted)
    replace_links(
        row.consulted,
        wanted,
        "organisation_id",
        lambda org: ConsultedOrganisation(organisation_id=org),
    )
    session.flush()
    return row.id


def delete_consultation(session: Session, uuid: UUID) -> None:
    delete_by_uuid(session, Consultation, uuid)


def meeting_consultations(session: Session, meeting_id: int) -> list[int]:
    """The consultations opened for a meeting."""
    query = select(Consultation.id).where(Consultation.meeting_id == meeting_id)
    return list(session.scalars(query.order_by(Consultation.id)))


def link_meeting(session: Session, consultation_ids: list[int], meeting_id: int) -> None:
    """Attach consultations (those that still exist) to a meeting again."""
    if consultation_ids:
        session.execute(
            update(Consultation)
            .where(Consultation.id.in_(consultation_ids))
            .values(meeting_id=meeting_id)
        )


def subject_ids(session: Session, consultation_id: int) -> set[int]:
    """The ids of a consultation's subjects (none if it does not exist)."""
    query = select(ConsultationSubject.id).where(
        ConsultationSubject.consultation_id == consultation_id
    )
    return set(session.scalars(query))


def subject_owner(session: Session, subject_id: int) -> int | None:
    """The consultation a subject belongs to."""
    return session.scalar(
        select(ConsultationSubject.consultation_id).where(ConsultationSubject.id == subject_id)
    )


def members_on(session: Session, organisation_ids: set[int], day: date) -> set[int]:
    """Those of `organisation_ids` that are members of the body on `day`."""
    if not organisation_ids:
        return set()
    query = (
        select(Membership.organisation_id)
        .where(Membership.organisation_id.in_(organisation_ids))
        .where(Membership.start_date <= day)
        .where((Membership.end_date.is_(None)) | (Membership.end_date > day))
    )
    return set(session.scalars(query))


def delegate_emails(session: Session, organisation_ids: set[int]) -> dict[int, tuple[str, ...]]:
    """Active delegates' e-mail addresses per organisation, titulars first."""
    result: dict[int, list[str]] = defaultdict(list)
    if not organisation_ids:
        return {}
    query = (
        select(Delegate.organisation_id, Delegate.email)
        .where(Delegate.organisation_id.in_(organisation_ids))
        .where(Delegate.active.is_(True))
        .where(Delegate.email != "")
        .order_by(Delegate.role.desc(), Delegate.last_name)
    )
    for org, email in session.execute(query):
        result[org].append(email)
    return {org: tuple(emails) for org, emails in result.items()}


def organisation_names(session: Session, ids: set[int]) -> dict[int, tuple[str, str]]:
    if not ids:
        return {}
    query = select(Organisation.id, Organisation.acronym, Organisation.name).where(
        Organisation.id.in_(ids)
    )
    return {id_: (acronym, name) for id_, acronym, name in session.execute(query)}


# -- positions ----------------------------------------------------------------------------------


def lock_consultation(session: Session, consultation_id: int) -> None:
    """Hold the consultation's row (FOR UPDATE) until the transaction ends: on PostgreSQL a
    concurrent writer that locks it too waits, then reads what this one committed (on SQLite
    the writing transaction already holds the store's write lock)."""
    session.execute(
        select(Consultation.id).where(Consultation.id == consultation_id).with_for_update()
    )


def positions(
    session: Session, consultation_id: int | None = None, subject_id: int | None = None
) -> list[PositionRecord]:
    query = (
        select(Position, Organisation.acronym)
        .join(Organisation, Position.organisation_id == Organisation.id)
        .join(ConsultationSubject, Position.subject_id == ConsultationSubject.id)
        .order_by(ConsultationSubject.position, Organisation.acronym)
    )
    if consultation_id is not None:
        query = query.where(ConsultationSubject.consultation_id == consultation_id)
    if subject_id is not None:
        query = query.where(Position.subject_id == subject_id)
    return [_position(p, acronym) for p, acronym in session.execute(query)]


def _position(p: Position, acronym: str = "") -> PositionRecord:
    return record_from(PositionRecord, p, organisation_acronym=acronym)


def position(session: Session, position_id: int) -> PositionRecord:
    row = session.execute(
        select(Position, Organisation.acronym)
        .join(Organisation, Position.organisation_id == Organisation.id)
        .where(Position.id == position_id)
    ).first()
    if row is None:
        raise NotFoundError(
            Sentence(
                QT_TRANSLATE_NOOP("errors", "Aucune position n'a l'identifiant {position_id}."),
                position_id=position_id,
            )
        )
    return _position(row[0], row[1])


def current_position_uuid(session: Session, subject_id: int, organisation_id: int) -> UUID | None:
    return session.scalar(
        select(Position.uuid)
        .where(Position.subject_id == subject_id)
        .where(Position.organisation_id == organisation_id)
    )


_VALUES = ("stance", "reservation", "reasons", "amendment", "source", "received_on", "recorded_by")


def _revision_of(row: Position, changed_by: str) -> PositionRevision:
    """A position's current values, as the revision that keeps them in its history."""
    return PositionRevision(
        position_uuid=row.uuid,
        subject_id=row.subject_id,
        organisation_id=row.organisation_id,
        changed_by=changed_by,
        **{name: getattr(row, name) for name in _VALUES},
    )


def save_position(session: Session, record: PositionRecord, changed_by: str) -> int:
    """Write a position; if it existed with other values, its previous values join the history.

    The row is read with FOR UPDATE: on PostgreSQL a concurrent save of the same position
    waits until this one commits, then reads the values it wrote and keeps them in the history,
    so that no acknowledged value is overwritten unrecorded (on SQLite the writing transaction
    already holds the store's write lock from its start).
    """
    row = session.scalar(select(Position).where(Position.uuid == record.uuid).with_for_update())
    if row is None:
        row = Position(uuid=record.uuid)
        if record.id:
            row.id = record.id
        session.add(row)
    elif any(getattr(row, name) != getattr(record, name) for name in _VALUES) or (
        row.subject_id,
        row.organisation_id,
    ) != (record.subject_id, record.organisation_id):
        session.add(_revision_of(row, changed_by))
    row.subject_id, row.organisation_id = record.subject_id, record.organisation_id
    for name in _VALUES:
        setattr(row, name, getattr(record, name))
    session.flush()
    return row.id


def delete_position(session: Session, uuid: UUID, changed_by: str) -> None:
    """Withdraw a position; its last values join the history of its organisation and subject."""
    row = session.scalar(select(Position).where(Position.uuid == uuid).with_for_update())
    if row is None:
        return
    session.add(_revision_of(row, changed_by))
    session.delete(row)
    session.flush()


def answered(session: Session, consultation_id: int) -> dict[int, set[int]]:
    """Subject id → the organisations holding a position on it, in one consultation."""
    found: dict[int, set[int]] = defaultdict(set)
    query = (
        select(Position.subject_id, Position.organisation_id)
        .join(ConsultationSubject, Position.subject_id == ConsultationSubject.id)
        .where(ConsultationSubject.consultation_id == consultation_id)
    )
    for subject_id, organisation_id in session.execute(query):
        found[subject_id].add(organisation_id)
    return found


def revisions(session: Session, consultation_id: int) -> list[RevisionRow]:
    """Every revision of the positions of one consultation, oldest first (to archive them)."""
    query = (
        select(PositionRevision)
        .join(ConsultationSubject, PositionRevision.subject_id == ConsultationSubject.id)
        .where(ConsultationSubject.consultation_id == consultation_id)
        .order_by(PositionRevision.id)
    )
    return [
        RevisionRow(r.position_uuid, r.subject_id, r.organisation_id, _revision(r))
        for r in session.scalars(query)
    ]


def restore_revisions(session: Session, rows: list[RevisionRow]) -> None:
    """Write back archived revisions (after their consultation has been restored)."""
    for row in rows:
        rev = row.revision
        session.add(
            PositionRevision(
                position_uuid=row.position_uuid,
                subject_id=row.subject_id,
                organisation_id=row.organisation_id,
                changed_at=rev.changed_at,
                changed_by=rev.changed_by,
                **{name: getattr(rev, name) for name in _VALUES},
            )
        )
    session.flush()


def _revision(r: PositionRevision) -> PositionRevisionRecord:
    return record_from(PositionRevisionRecord, r)


def history(
    session: Session, subject_id: int, organisation_id: int
) -> list[PositionRevisionRecord]:
    """An organisation's earlier positions on a subject (withdrawn ones too), latest first."""
    query = (
        select(PositionRevision)
        .where(PositionRevision.subject_id == subject_id)
        .where(PositionRevision.organisation_id == organisation_id)
        .order_by(PositionRevision.changed_at.desc(), PositionRevision.id.desc())
    )
    return [_revision(r) for r in session.scalars(query)]
