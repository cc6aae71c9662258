"""Queries and writes for what an opinion's text receives: amendments, comments, Word exports."""

from __future__ import annotations

from collections.abc import Sequence
from uuid import UUID

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from deliberation.errors import NotFoundError
from deliberation.records.copying import record_from
from deliberation.records.i18n import QT_TRANSLATE_NOOP, Sentence
from deliberation.records.opinions import (
    AmendmentRecord,
    CommentRecord,
    ExportRecord,
    content_json,
    content_lines,
    text_from_json,
    text_json,
)
from deliberation.store.models import (
    Amendment,
    Opinion,
    OpinionComment,
    OpinionExport,
    OpinionParagraph,
    Organisation,
)
from deliberation.store.opinions import aware
from deliberation.store.rows import AnySelect, delete_by_uuid, tracked_row


def _on_paragraphs(
    query: AnySelect,
    model: type[Amendment] | type[OpinionComment],
    opinion_id: int,
    paragraph_uuids: Sequence[UUID] | None,
) -> AnySelect:
    """`query` kept to an opinion's amendments or comments, on some paragraphs if given."""
    query = query.where(model.opinion_id == opinion_id)
    if paragraph_uuids is not None:
        query = query.where(model.paragraph_uuid.in_(list(paragraph_uuids)))
    return query


# -- amendments ---------------------------------------------------------------------------------


def amendments(
    session: Session, opinion_id: int, paragraph_uuids: Sequence[UUID] | None = None
) -> list[AmendmentRecord]:
    query = _on_paragraphs(
        select(Amendment, Organisation.acronym)
        .join(Organisation, Organisation.id == Amendment.organisation_id)
        .order_by(Amendment.proposed_on, Amendment.id),
        Amendment,
        opinion_id,
        paragraph_uuids,
    )
    return [_amendment(row, acronym) for row, acronym in session.execute(query)]


def open_counts(session: Session, opinion_id: int) -> tuple[int, int]:
    """How many of an opinion's amendments are still proposed, and how many of its comment
    threads are still open (two counts, no rows read)."""
    amendments = session.scalar(
        select(func.count(Amendment.id))
        .join(Organisation, Organisation.id == Amendment.organisation_id)
        .where(Amendment.opinion_id == opinion_id, Amendment.status == "proposed")
    )
    threads = session.scalar(
        select(func.count(OpinionComment.id)).where(
            OpinionComment.opinion_id == opinion_id,
            OpinionComment.reply_to_id.is_(None),
            OpinionComment.resolved.is_(False),
        )
    )
    return int(amendments or 0), int(threads or 0)


def amendment(session: Session, amendment_id: int) -> AmendmentRecord:
    found = session.execute(
        select(Amendment, Organisation.acronym)
        .join(Organisation, Organisation.id == Amendment.organisation_id)
        .where(Amendment.id == amendment_id)
    ).first()
    if found is None:
        raise NotFoundError(
            Sentence(
                QT_TRANSLATE_NOOP("errors", "Aucun amendement n'a l'identifiant {amendment_id}."),
                amendment_id=amendment_id,
            )
        )
    return _amendment(*found)


def _amendment(row: Amendment, acronym: str) -> AmendmentRecord:
    return record_from(
        AmendmentRecord,
        row,
        organisation_acronym=acronym,
        lines=content_lines(row.content),
        applied=content_lines(row.applied) if row.applied != "[]" else (),
        source_key=row.source_key or "",
    )


def save_amendment(session: Session, record: AmendmentRecord) -> int:
    row = tracked_row(session, Amendment, record.uuid, record.id)
    _fill_amendment(row, record, new=row in session.new)
    session.flush()
    return row.id


def add_amendments(session: Session, records: Sequence[AmendmentRecord]) -> list[AmendmentRecord]:
    """Write amendments that are not stored yet (new identities, or removed by an undo) in one
    flush; the records as stored, in the same order."""
    rows = []
    for record in records:
        row = Amendment(uuid=record.uuid)
        if record.id:
            row.id = record.id
        _fill_amendment(row, record, new=True)
        rows.append(row)
    session.add_all(rows)
    session.flush()
    acronyms = _acronyms(session, {row.organisation_id for row in rows})
    return [_amendment(row, acronyms.get(row.organisation_id, "")) for row in rows]


def _fill_amendment(row: Amendment, record: AmendmentRecord, new: bool) -> None:
    """Copy a record onto its row; a stored treatment changes only through `save_treatment`."""
    row.opinion_id, row.paragraph_uuid = record.opinion_id, record.paragraph_uuid
    row.organisation_id, row.action = record.organisation_id, record.action
    row.content = content_json(record.lines) if record.lines else "[]"
    row.justification, row.status = record.justification, record.status
    row.proposed_on, row.author, row.original = record.proposed_on, record.author, record.original
    row.applied = content_json(record.applied) if record.applied else "[]"
    row.inserted_uuid, row.decided_on = record.inserted_uuid, record.decided_on
    row.decided_by, row.decision_note = record.decided_by, record.decision_note
    row.source_key = record.source_key or None
    if new:
        row.treatment, row.treatment_note = record.treatment, record.treatment_note


def _acronyms(session: Session, organisation_ids: set[int]) -> dict[int, str]:
    """Organisation id → acronym, for the ids given (one query)."""
    if not organisation_ids:
        return {}
    query = select(Organisation.id, Organisation.acronym).where(
        Organisation.id.in_(organisation_ids)
    )
    return {organisation_id: acronym for organisation_id, acronym in session.execute(query)}


def treatment_of(session: Session, uuid: UUID) -> tuple[str, str] | None:
    """An amendment's stored treatment and note (None if it is gone), its row locked until the
    transaction ends."""
    found = session.execute(
        select(Amendment.treatment, Amendment.treatment_note)
        .where(Amendment.uuid == uuid)
        .with_for_update()
    ).first()
    return None if found is None else (found[0], found[1])


def save_treatment(session: Session, uuid: UUID, treatment: str, note: str) -> int:
    """Write an amendment's proposed treatment and note, nothing else of it; returns its id."""
    row = session.scalar(select(Amendment).where(Amendment.uuid == uuid))
    if row is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "Cet amendement n'existe plus."))
    row.treatment, row.treatment_note = treatment, note
    session.flush()
    return row.id


def delete_amendment(session: Session, uuid: UUID) -> None:
    delete_by_uuid(session, Amendment, uuid)


def delete_amendments(session: Session, uuids: Sequence[UUID]) -> None:
    """Delete amendments by UUID in one statement (an amendment has no children)."""
    if uuids:
        session.execute(delete(Amendment).where(Amendment.uuid.in_(list(uuids))))


# -- comments -----------------------------------------------------------------------------------


def comments(
    session: Session, opinion_id: int, paragraph_uuids: Sequence[UUID] | None = None
) -> list[CommentRecord]:
    query = _on_paragraphs(
        select(OpinionComment, Organisation.acronym)
        .outerjoin(Organisation, Organisation.id == OpinionComment.organisation_id)
        .order_by(OpinionComment.written_at, OpinionComment.id),
        OpinionComment,
        opinion_id,
        paragraph_uuids,
    )
    return [_comment(row, acronym or "") for row, acronym in session.execute(query)]


def _comment(row: OpinionComment, acronym: str = "") -> CommentRecord:
    return record_from(
        CommentRecord,
        row,
        reply_to=row.reply_to_id,
        organisation_acronym=acronym,
        source_key=row.source_key or "",
    )


def save_comment(session: Session, record: CommentRecord) -> CommentRecord:
    row = tracked_row(session, OpinionComment, record.uuid, record.id)
    _fill_comment(row, record)
    session.flush()
    acronym = (
        session.scalar(select(Organisation.acronym).where(Organisation.id == row.organisation_id))
        if row.organisation_id
        else None
    )
    return _comment(row, acronym or "")


def add_comments(
    session: Session, records: Sequence[CommentRecord], parents: Sequence[int | None]
) -> list[CommentRecord]:
    """Write comments that are not stored yet in as few flushes as their threads allow; the
    records as stored, in the same order.

    `parents[i]` is the position in `records` of the comment that `records[i]` answers (an
    earlier one), whose id it takes once written; None keeps the record's own `reply_to`.
    """
    rows: list[OpinionComment] = []
    for record, parent in zip(records, parents, strict=True):
        row = OpinionComment(uuid=record.uuid)
        if record.id:
            row.id = record.id
        _fill_comment(row, record)
        if parent is not None:
            if rows[parent].id is None:  # the comment answered gets its id
                session.flush()
            row.reply_to_id = rows[parent].id
        session.add(row)
        rows.append(row)
    session.flush()
    acronyms = _acronyms(session, {row.organisation_id for row in rows if row.organisation_id})
    return [_comment(row, acronyms.get(row.organisation_id or 0, "")) for row in rows]


def _fill_comment(row: OpinionComment, record: CommentRecord) -> None:
    row.opinion_id, row.paragraph_uuid = record.opinion_id, record.paragraph_uuid
    row.reply_to_id, row.author, row.text = record.reply_to, record.author, record.text
    row.written_at, row.resolved, row.anchor = record.written_at, record.resolved, record.anchor
    row.organisation_id, row.source_key = record.organisation_id, record.source_key or None


def delete_comment(session: Session, uuid: UUID) -> None:
    delete_by_uuid(session, OpinionComment, uuid)


def delete_comments(session: Session, uuids: Sequence[UUID]) -> None:
    """Delete comments by UUID in one statement (the database deletes replies with them)."""
    if uuids:
        session.execute(delete(OpinionComment).where(OpinionComment.uuid.in_(list(uuids))))


# -- Word exchange ------------------------------------------------------------------------------


def save_export(session: Session, record: ExportRecord) -> ExportRecord:
    row = OpinionExport(
        uuid=record.uuid,
        opinion_id=record.opinion_id,
        version_number=record.version,
        against_number=record.against,
        content=text_json(record.paragraphs),
        exported_at=record.exported_at,
        exported_by=record.exported_by,
        author=record.author,
        file_name=record.file_name,
    )
    session.add(row)
    session.flush()
    return _export(row)


def _export(row: OpinionExport) -> ExportRecord:
    return record_from(
        ExportRecord,
        row,
        version=row.version_number,
        against=row.against_number,
        paragraphs=text_from_json(row.content),
        exported_at=aware(row.exported_at) or row.exported_at,
    )


def export_by_uuid(session: Session, uuid: UUID) -> ExportRecord | None:
    row = session.scalar(select(OpinionExport).where(OpinionExport.uuid == uuid))
    return _export(row) if row is not None else None


def exports(session: Session, opinion_id: int | None = None) -> list[ExportRecord]:
    """Exports, newest first; of one opinion with `opinion_id`."""
    query = select(OpinionExport).order_by(
        OpinionExport.exported_at.desc(), OpinionExport.id.desc()
    )
    if opinion_id is not None:
        query = query.where(OpinionExport.opinion_id == opinion_id)
    return [_export(row) for row in session.scalars(query)]


def opinion_of_paragraphs(session: Session, uuids: Sequence[UUID]) -> dict[int, int]:
    """Opinion id → how many of `uuids` are its paragraphs."""
    if not uuids:
        return {}
    query = (
        select(OpinionParagraph.opinion_id, func.count())
        .where(OpinionParagraph.uuid.in_(list(uuids)))
        .group_by(OpinionParagraph.opinion_id)
    )
    return {opinion_id: count for opinion_id, count in session.execute(query)}


def decision_of(session: Session, uuid: UUID) -> str | None:
    """The stored status of an amendment (None if there is none), its row locked until the
    transaction ends, so that two decisions on it are made one after the other."""
    return session.scalar(select(Amendment.status).where(Amendment.uuid == uuid).with_for_update())


def source_keys(session: Session, opinion_id: int, *, lock: bool = False) -> set[str]:
    """The keys of the amendments and comments already imported into an opinion.

    `lock` locks the opinion first (until the transaction ends), for an import about to write:
    a concurrent import into the same opinion waits, then sees the keys this one wrote.
    """
    if lock:
        session.get(Opinion, opinion_id, with_for_update=True)
    found = set(
        session.scalars(
            select(Amendment.source_key).where(
                Amendment.opinion_id == opinion_id, Amendment.source_key.is_not(None)
            )
        )
    )
    found |= set(
        session.scalars(
            select(OpinionComment.source_key).where(
                OpinionComment.opinion_id == opinion_id, OpinionComment.source_key.is_not(None)
            )
        )
    )
    return {key for key in found if key}
