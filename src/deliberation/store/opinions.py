"""Queries and writes for opinions: description, current text, versions, subjects on the text."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any
from uuid import UUID

from sqlalchemy import Select, String, Update, func, select, true, type_coerce, update
from sqlalchemy.orm import Session, aliased, selectinload

from deliberation.errors import ConflictError, NotFoundError
from deliberation.records.i18n import QT_TRANSLATE_NOOP, Sentence
from deliberation.records.opinions import (
    AgendaRef,
    OpinionRecord,
    OpinionSnapshot,
    OpinionText,
    Paragraph,
    StatusChange,
    VersionRecord,
    content_json,
    content_lines,
    text_from_json,
    text_json,
)
from deliberation.rules.validation import is_identifier
from deliberation.store.models import (
    AgendaItem,
    Amendment,
    ConsultationSubject,
    Delegate,
    Meeting,
    Opinion,
    OpinionAgendaLink,
    OpinionParagraph,
    OpinionRapporteur,
    OpinionStatusChange,
    OpinionVersion,
    WorkingGroup,
    utcnow,
)
from deliberation.store.rows import delete_by_uuid, replace_links, tracked_row

# -- opinions -----------------------------------------------------------------------------------


def opinions(session: Session, only: int | None = None) -> list[OpinionRecord]:
    """Every opinion (or only the one with id `only`), the most recently changed first, with
    what the list shows."""

    def of(column: Any) -> Any:  # the rows of every opinion, or of the one asked for
        return column == only if only is not None else true()

    paragraphs = (  # one pass over the paragraphs: those in the text, and the last change
        select(
            OpinionParagraph.opinion_id,
            func.count().filter(OpinionParagraph.removed.is_(False)).label("n"),
            func.max(OpinionParagraph.updated_at).label("at"),
        )
        .where(of(OpinionParagraph.opinion_id))
        .group_by(OpinionParagraph.opinion_id)
        .subquery()
    )
    versions = (
        select(OpinionVersion.opinion_id, func.count().label("n"))
        .where(of(OpinionVersion.opinion_id))
        .group_by(OpinionVersion.opinion_id)
        .subquery()
    )
    open_amendments = (
        select(Amendment.opinion_id, func.count().label("n"))
        .where(Amendment.status == "proposed", of(Amendment.opinion_id))
        .group_by(Amendment.opinion_id)
        .subquery()
    )
    last_status = (
        select(OpinionStatusChange.opinion_id, func.max(OpinionStatusChange.id).label("id"))
        .where(of(OpinionStatusChange.opinion_id))
        .group_by(OpinionStatusChange.opinion_id)
        .subquery()
    )
    status_change = aliased(OpinionStatusChange)
    # Columns, not ORM objects: years of opinions are read as plain rows, in one query.
    query = (
        select(
            Opinion.id,
            Opinion.uuid,
            Opinion.kind,
            Opinion.title,
            Opinion.group_id,
            Opinion.status,
            Opinion.updated_at,
            WorkingGroup.name,
            status_change.changed_on,
            paragraphs.c.n,
            versions.c.n,
            open_amendments.c.n,
            paragraphs.c.at,
        )
        .outerjoin(WorkingGroup, WorkingGroup.id == Opinion.group_id)
        .outerjoin(paragraphs, paragraphs.c.opinion_id == Opinion.id)
        .outerjoin(versions, versions.c.opinion_id == Opinion.id)
        .outerjoin(open_amendments, open_amendments.c.opinion_id == Opinion.id)
        .outerjoin(last_status, last_status.c.opinion_id == Opinion.id)
        .outerjoin(status_change, status_change.id == last_status.c.id)
        .where(of(Opinion.id))
    )
    rows = session.execute(query).all()
    names = _rapporteur_names(session, only)
    result = []
    for (
        opinion_id, uuid, kind, title, group_id, status, updated_at, group, since,
        n_paragraphs, n_versions, n_open, text_at,
    ) in rows:  # fmt: skip
        result.append(
            OpinionRecord(
                id=opinion_id,
                uuid=uuid,
                kind=kind,
                title=title,
                group_id=group_id,
                group_name=group or "",
                status=status,
                status_since=since,
                rapporteurs=tuple(names.get(opinion_id, ())),
                paragraphs=n_paragraphs or 0,
                versions=n_versions or 0,
                open_amendments=n_open or 0,
                updated_at=max(updated_at, aware(text_at) or updated_at),
            )
        )
    result.sort(key=lambda r: (r.updated_at, r.id), reverse=True)
    return result


def aware(value: datetime | None) -> datetime | None:
    """A timestamp SQLite reads back naive (or, through an aggregate, as text) made aware."""
    if value is None:
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _rapporteur_names(session: Session, only: int | None) -> dict[int, list[str]]:
    """The rapporteurs' names of every opinion (or of the one with id `only`), in order."""
    query = (
        select(OpinionRapporteur.opinion_id, Delegate.first_name, Delegate.last_name)
        .join(Delegate, Delegate.id == OpinionRapporteur.delegate_id)
        .order_by(OpinionRapporteur.position)
    )
    if only is not None:
        query = query.where(OpinionRapporteur.opinion_id == only)
    names: dict[int, list[str]] = {}
    for opinion_id, first, last in session.execute(query):
        names.setdefault(opinion_id, []).append(f"{first} {last}")
    return names


_DESCRIPTION = (  # what an opinion's description holds beyond its own row
    selectinload(Opinion.rapporteurs),
    selectinload(Opinion.agenda_links),
    selectinload(Opinion.status_changes),
)


def _opinion_row(session: Session, opinion_id: int) -> Opinion:
    row = session.scalar(select(Opinion).where(Opinion.id == opinion_id).options(*_DESCRIPTION))
    if row is None:
        raise NotFoundError(
            Sentence(
                QT_TRANSLATE_NOOP("errors", "Aucun avis n'a l'identifiant {opinion_id}."),
                opinion_id=opinion_id,
            )
        )
    return row


def opinion_snapshot(session: Session, opinion_id: int) -> OpinionSnapshot:
    row = _opinion_row(session, opinion_id)
    return OpinionSnapshot(
        id=row.id,
        uuid=row.uuid,
        kind=row.kind,
        title=row.title,
        group_id=row.group_id,
        status=row.status,
        rapporteur_ids=tuple(r.delegate_id for r in row.rapporteurs),
        agenda_item_ids=tuple(sorted(link.agenda_item_id for link in row.agenda_links)),
        history=tuple(
            StatusChange(c.status, c.changed_on, c.changed_by, c.note) for c in row.status_changes
        ),
    )


def save_opinion(session: Session, snap: OpinionSnapshot) -> int:
    """Create or update an opinion's description (not its text) from its snapshot."""
    row = tracked_row(
        session,
        Opinion,
        snap.uuid,
        snap.id,
        *_DESCRIPTION,
        text_revision=0,
    )
    row.kind, row.title, row.group_id = snap.kind, snap.title, snap.group_id
    row.status = snap.status
    by_delegate = {r.delegate_id: r for r in row.rapporteurs}
    row.rapporteurs[:] = [
        _rapporteur(by_delegate.get(delegate_id), delegate_id, index)
        for index, delegate_id in enumerate(dict.fromkeys(snap.rapporteur_ids))
    ]
    replace_links(
        row.agenda_links,
        set(snap.agenda_item_ids),
        "agenda_item_id",
        lambda item_id: OpinionAgendaLink(agenda_item_id=item_id),
    )
    stored = [(c.status, c.changed_on, c.changed_by, c.note) for c in row.status_changes]
    wanted = [(c.status, c.changed_on, c.changed_by, c.note) for c in snap.history]
    if stored != wanted:
        row.status_changes[:] = [
            OpinionStatusChange(status=s, changed_on=d, changed_by=b, note=n)
            for s, d, b, n in wanted
        ]
    session.flush()
    return row.id


def _rapporteur(row: OpinionRapporteur | None, delegate_id: int, index: int) -> OpinionRapporteur:
    row = row or OpinionRapporteur(delegate_id=delegate_id)
    row.position = index
    return row


def delete_opinion(session: Session, uuid: UUID) -> None:
    delete_by_uuid(session, Opinion, uuid)


def agenda_refs(
    session: Session, item_ids: Sequence[int] | None, title: Callable[[str, str], str]
) -> list[AgendaRef]:
    """The agenda items `item_ids` (None: every meeting's) with their meetings;
    `title(kind, group name)` names a meeting that has no title of its own."""
    if item_ids is not None and not item_ids:
        return []
    query = (
        select(AgendaItem, Meeting, WorkingGroup.name)
        .join(Meeting, Meeting.id == AgendaItem.meeting_id)
        .outerjoin(WorkingGroup, WorkingGroup.id == Meeting.group_id)
        .order_by(Meeting.day, Meeting.start_time, AgendaItem.position)
    )
    if item_ids is not None:
        query = query.where(AgendaItem.id.in_(list(item_ids)))
    return [
        AgendaRef(i.id, i.uuid, i.title, m.id, m.title or title(m.kind, group or ""), m.day)
        for i, m, group in session.execute(query)
    ]


# -- the current text ---------------------------------------------------------------------------


def current_text(session: Session, opinion_id: int) -> OpinionText:
    revision = session.scalar(select(Opinion.text_revision).where(Opinion.id == opinion_id))
    if revision is None:
        raise NotFoundError(
            Sentence(
                QT_TRANSLATE_NOOP("errors", "Aucun avis n'a l'identifiant {opinion_id}."),
                opinion_id=opinion_id,
            )
        )
    rows = session.execute(  # columns, not ORM objects: a long text is read several times faster
        select(
            OpinionParagraph.uuid,
            OpinionParagraph.kind,
            OpinionParagraph.content,
            OpinionParagraph.level,
        )
        .where(OpinionParagraph.opinion_id == opinion_id, OpinionParagraph.removed.is_(False))
        .order_by(OpinionParagraph.position)
    )
    paragraphs = tuple(
        Paragraph(uuid, kind, content_lines(content), level) for uuid, kind, content, level in rows
    )
    return OpinionText(opinion_id, paragraphs, revision)


def live_paragraphs(
    session: Session, opinion_id: int | None, uuids: Sequence[UUID]
) -> dict[UUID, Paragraph]:
    """Those of `uuids` that are paragraphs of the opinion's current text (of any opinion's,
    with `opinion_id` None), by UUID (only their rows are read: a long text is not read whole
    for a few of its paragraphs)."""
    wanted = list(dict.fromkeys(uuids))
    if not wanted:
        return {}
    query = select(
        OpinionParagraph.uuid,
        OpinionParagraph.kind,
        OpinionParagraph.content,
        OpinionParagraph.level,
    ).where(
        OpinionParagraph.removed.is_(False),
        OpinionParagraph.uuid.in_(wanted),
    )
    if opinion_id is not None:
        query = query.where(OpinionParagraph.opinion_id == opinion_id)
    rows = session.execute(query)
    return {
        uuid: Paragraph(uuid, kind, content_lines(content), level)
        for uuid, kind, content, level in rows
    }


def _paragraph(row: OpinionParagraph) -> Paragraph:
    return Paragraph(row.uuid, row.kind, content_lines(row.content), row.level)


def _count_save(opinion: Opinion, user: str) -> None:
    """A save of the text: its revision moves on, with who saved it and when."""
    opinion.text_revision += 1
    opinion.updated_at = opinion.text_saved_at = utcnow()
    opinion.text_saved_by = user[:200]


def stale_text_message(opinion: Opinion) -> str:
    """Why a save from an outdated copy is refused: who saved the text meanwhile, and when."""
    saved_at = opinion.text_saved_at
    if saved_at is None:
        return (
            "Le texte a été modifié ailleurs (autre fenêtre ou autre poste) depuis son ouverture."
        )
    local = saved_at.astimezone()
    when = f"le {local:%d/%m/%Y} à {local:%H:%M}"
    who = opinion.text_saved_by or "quelqu'un d'autre"
    return (
        f"Le texte a été modifié ailleurs par {who} {when} (autre fenêtre ou autre poste) "
        "depuis son ouverture ici."
    )


def save_text(
    session: Session,
    opinion_id: int,
    paragraphs: Sequence[Paragraph],
    expected_revision: int | None,
    merges: Mapping[UUID, UUID],
    splits: Mapping[UUID, UUID],
    user: str = "",
) -> int:
    """Make the stored text match `paragraphs`; the new text revision, saved by `user`.

    Rows are matched by UUID: a paragraph that left the text is marked removed (with the
    paragraph it was merged into, if `merges` says so); one that comes back is revived.
    `expected_revision` None skips the conflict check.
    """
    opinion = session.get(Opinion, opinion_id, with_for_update=True)
    if opinion is None:
        raise NotFoundError(
            Sentence(
                QT_TRANSLATE_NOOP("errors", "Aucun avis n'a l'identifiant {opinion_id}."),
                opinion_id=opinion_id,
            )
        )
    if expected_revision is not None and opinion.text_revision != expected_revision:
        raise ConflictError(stale_text_message(opinion))
    rows = {
        row.uuid: row
        for row in session.scalars(
            select(OpinionParagraph).where(OpinionParagraph.opinion_id == opinion_id)
        )
    }
    wanted = {p.uuid for p in paragraphs}
    foreign = session.scalars(
        select(OpinionParagraph.uuid).where(
            OpinionParagraph.uuid.in_(wanted - set(rows)),
            OpinionParagraph.opinion_id != opinion_id,
        )
    ).first()
    if foreign is not None:
        raise ConflictError(
            QT_TRANSLATE_NOOP(
                "errors", "Un paragraphe collé appartient à un autre avis : il a été recopié."
            )
        )
    changed = False
    for position, paragraph in enumerate(paragraphs):
        row = rows.get(paragraph.uuid)
        content = content_json(paragraph.lines)
        if row is None:
            row = OpinionParagraph(
                uuid=paragraph.uuid, opinion_id=opinion_id, split_from=splits.get(paragraph.uuid)
            )
            session.add(row)
            changed = True
        values = (position, paragraph.kind, paragraph.level, content, False, None)
        if (row.position, row.kind, row.level, row.content, row.removed, row.merged_into) != values:
            row.position, row.kind, row.level, row.content = values[:4]
            row.removed, row.merged_into = False, None
            changed = True
    for uuid, row in rows.items():
        if uuid not in wanted and not row.removed:
            row.removed = True
            row.merged_into = merges.get(uuid)
            changed = True
    if changed:
        _count_save(opinion, user)
    session.flush()
    return opinion.text_revision


def _rows_query(opinion_id: int, uuids: list[UUID]) -> Select[OpinionParagraph]:
    return select(OpinionParagraph).where(
        OpinionParagraph.opinion_id == opinion_id, OpinionParagraph.uuid.in_(uuids)
    )


def _foreign_query(opinion_id: int, uuids: list[UUID]) -> Select[UUID]:
    return select(OpinionParagraph.uuid).where(
        OpinionParagraph.uuid.in_(uuids), OpinionParagraph.opinion_id != opinion_id
    )


def _light_query(opinion_id: int) -> Select[int, str, int, bool]:
    """Every row's id, raw identity (no UUID built per row of a long text), place, removal."""
    return (
        select(
            OpinionParagraph.id,
            type_coerce(OpinionParagraph.uuid, String),
            OpinionParagraph.position,
            OpinionParagraph.removed,
        )
        .where(OpinionParagraph.opinion_id == opinion_id)
        .order_by(OpinionParagraph.position)
    )


def _shift(
    opinion_id: int, first: int, last: int, by: int, skipped: list[UUID], through_negative: bool
) -> Update:
    """Move the live rows placed first..last (but `skipped`) by `by`; through negative places
    (undone by `_unshift`) when several runs move in one save."""
    moved = OpinionParagraph.position + by
    return (
        update(OpinionParagraph)
        .where(
            OpinionParagraph.opinion_id == opinion_id,
            OpinionParagraph.removed.is_(False),
            OpinionParagraph.position.between(first, last),
            OpinionParagraph.uuid.not_in(skipped),
        )
        .values(position=-moved - 1 if through_negative else moved)
        .execution_options(synchronize_session=False)
    )


def _unshift(opinion_id: int) -> Update:
    return (
        update(OpinionParagraph)
        .where(OpinionParagraph.opinion_id == opinion_id, OpinionParagraph.position < 0)
        .values(position=-OpinionParagraph.position - 1)
        .execution_options(synchronize_session=False)
    )


def prepare_saves(session: Session, opinion_id: int) -> None:
    """Run once, matching no row, the statements with which `save_changes` reads and moves the
    rows of a text: SQLAlchemy compiles each statement the first time it runs (several ms),
    which would otherwise land on the first autosave after an Entrée. Writes nothing."""
    nobody = 0  # no opinion has this id
    anyone = [UUID(int=0)]
    session.get(Opinion, opinion_id, with_for_update=True)
    session.scalars(_rows_query(nobody, anyone)).all()
    session.scalars(_foreign_query(opinion_id, anyone)).first()
    session.execute(_light_query(nobody)).all()
    for negative in (False, True):
        session.execute(_shift(nobody, 0, 0, 1, anyone, through_negative=negative))
    session.execute(_unshift(nobody))


def save_changes(
    session: Session,
    opinion_id: int,
    changed: Sequence[Paragraph],
    order: Sequence[UUID] | None,
    expected_revision: int | None,
    merges: Mapping[UUID, UUID],
    splits: Mapping[UUID, UUID],
    user: str = "",
) -> int:
    """What `save_text` does, touching only the rows that change; the new text revision.

    `changed` are the paragraphs whose content or kind may have changed (every new one among
    them); `order` is the whole text's identities in order, or None when it is the stored one.
    Rows of other paragraphs are only read (light columns) when `order` is given, and written
    only if their position moved or they left the text (marked removed, with the paragraph they
    were merged into). Raises ConflictError as `save_text` does.
    """
    opinion = session.get(Opinion, opinion_id, with_for_update=True)
    if opinion is None:
        raise NotFoundError(
            Sentence(
                QT_TRANSLATE_NOOP("errors", "Aucun avis n'a l'identifiant {opinion_id}."),
                opinion_id=opinion_id,
            )
        )
    if expected_revision is not None and opinion.text_revision != expected_revision:
        raise ConflictError(stale_text_message(opinion))
    by_uuid = {p.uuid: p for p in changed}
    rows = {
        row.uuid: row for row in session.scalars(_rows_query(opinion_id, list(by_uuid)))
    } if by_uuid else {}  # fmt: skip
    new = set(by_uuid) - set(rows)
    if new:
        foreign = session.scalars(_foreign_query(opinion_id, list(new))).first()
        if foreign is not None:
            raise ConflictError(
                QT_TRANSLATE_NOOP(
                    "errors", "Un paragraphe collé appartient à un autre avis : il a été recopié."
                )
            )
    positions: dict[UUID, int] = {}
    shifts: list[tuple[int, int, int]] = []  # (first, last, by): stored positions to shift
    gone: list[dict[str, object]] = []  # rows of paragraphs that left the text
    revived: list[dict[str, object]] = []  # rows of paragraphs that came back
    if order is not None:
        positions = {uuid: index for index, uuid in enumerate(order)}
        wanted_at = {uuid.hex: index for uuid, index in positions.items()}
        skip = {uuid.hex for uuid in by_uuid}
        light = session.execute(_light_query(opinion_id))
        running = False  # whether the previous live row extends the last run of shifts
        for row_id, raw, position, removed in light:
            key = raw.hex if isinstance(raw, UUID) else str(raw).replace("-", "").lower()
            wanted = wanted_at.get(key)
            if key in skip and wanted is not None:
                continue  # written below with its content (and out of the shifts' reach)
            if removed:
                if wanted is not None:
                    revived.append({"id": row_id, "position": wanted, "removed": False,
                                    "merged_into": None})  # fmt: skip
                continue  # removed rows are out of the shifts' reach
            if wanted is None:
                gone.append({"id": row_id, "removed": True, "merged_into": merges.get(UUID(key))})
                running = False
            elif wanted == position:
                running = False
            else:
                by = wanted - position
                if running and shifts[-1][2] == by:
                    shifts[-1] = (shifts[-1][0], position, by)
                else:
                    shifts.append((position, position, by))
                running = True
        if gone:  # first: rows leaving the text are not shifted
            session.execute(update(OpinionParagraph), gone)
        skipped = list(by_uuid)
        single = len(shifts) == 1
        if single:  # an Enter or a deletion: the rest of the text, in one statement
            session.execute(_shift(opinion_id, *shifts[0], skipped, through_negative=False))
        # Else one statement per run of rows shifted alike, through negative positions, so that
        # a run moved never falls in a later run.
        for first, last, by in [] if single else shifts:
            session.execute(_shift(opinion_id, first, last, by, skipped, through_negative=True))
        if shifts and not single:
            session.execute(_unshift(opinion_id))
        if revived:  # last: rows coming back are not shifted
            session.execute(update(OpinionParagraph), revived)
    changed_any = bool(shifts or gone or revived)
    for paragraph in changed:
        if order is not None and paragraph.uuid not in positions:
            continue  # no longer in the text: marked removed above
        row = rows.get(paragraph.uuid)
        if row is None:
            if paragraph.uuid not in positions:
                raise ConflictError(
                    QT_TRANSLATE_NOOP(
                        "errors", "Un nouveau paragraphe n'a pas de place dans le texte."
                    )
                )
            row = OpinionParagraph(
                uuid=paragraph.uuid, opinion_id=opinion_id, split_from=splits.get(paragraph.uuid)
            )
            session.add(row)
            changed_any = True
        position = positions.get(paragraph.uuid, row.position)
        values = (position, paragraph.kind, paragraph.level, content_json(paragraph.lines),
                  False, None)  # fmt: skip
        if (row.position, row.kind, row.level, row.content, row.removed, row.merged_into) != values:
            row.position, row.kind, row.level, row.content = values[:4]
            row.removed, row.merged_into = False, None
            changed_any = True
    if changed_any:
        _count_save(opinion, user)
    session.flush()
    return opinion.text_revision


def paragraph_states(session: Session, opinion_id: int) -> dict[UUID, tuple[bool, UUID | None]]:
    """Every paragraph the opinion ever had: UUID → (removed, merged into)."""
    query = select(
        OpinionParagraph.uuid, OpinionParagraph.removed, OpinionParagraph.merged_into
    ).where(OpinionParagraph.opinion_id == opinion_id)
    return {uuid: (removed, into) for uuid, removed, into in session.execute(query)}


def gone_paragraph_states(
    session: Session, opinion_id: int
) -> dict[UUID, tuple[bool, UUID | None]]:
    """The paragraphs the opinion removed or merged away: UUID → (removed, merged into); every
    other paragraph of the opinion is live (a long text's live rows are not read)."""
    query = select(
        OpinionParagraph.uuid, OpinionParagraph.removed, OpinionParagraph.merged_into
    ).where(
        OpinionParagraph.opinion_id == opinion_id,
        OpinionParagraph.removed | OpinionParagraph.merged_into.is_not(None),
    )
    return {uuid: (removed, into) for uuid, removed, into in session.execute(query)}


# -- versions -----------------------------------------------------------------------------------


def versions(session: Session, opinion_id: int) -> list[VersionRecord]:
    query = (
        select(OpinionVersion)
        .where(OpinionVersion.opinion_id == opinion_id)
        .order_by(OpinionVersion.number)
    )
    return [_version(row, with_text=False) for row in session.scalars(query)]


def version(session: Session, opinion_id: int, number: int) -> VersionRecord:
    if not is_identifier(number):  # e.g. a number read from a returned file: too large for SQL
        raise NotFoundError(
            Sentence(
                QT_TRANSLATE_NOOP("errors", "Cet avis n'a pas de version {number}."), number=number
            )
        )
    row = session.scalar(
        select(OpinionVersion).where(
            OpinionVersion.opinion_id == opinion_id, OpinionVersion.number == number
        )
    )
    if row is None:
        raise NotFoundError(
            Sentence(
                QT_TRANSLATE_NOOP("errors", "Cet avis n'a pas de version {number}."), number=number
            )
        )
    return _version(row, with_text=True)


def _version(row: OpinionVersion, with_text: bool) -> VersionRecord:
    return VersionRecord(
        row.id,
        row.opinion_id,
        row.number,
        row.note,
        row.frozen_at,
        row.frozen_by,
        text_from_json(row.content) if with_text else (),
    )


def freeze(
    session: Session,
    opinion_id: int,
    note: str,
    by: str,
    number: int | None = None,
) -> VersionRecord:
    """Freeze the current text as the next version, or as `number`.

    The opinion's row is locked first (as `save_text` does): on PostgreSQL a concurrent save or
    freeze waits, so the text frozen is one revision and two freezes do not take one number.
    """
    if session.get(Opinion, opinion_id, with_for_update=True) is None:
        raise NotFoundError(
            Sentence(
                QT_TRANSLATE_NOOP("errors", "Aucun avis n'a l'identifiant {opinion_id}."),
                opinion_id=opinion_id,
            )
        )
    paragraphs = current_text(session, opinion_id).paragraphs
    if number is None:
        last = session.scalar(
            select(func.max(OpinionVersion.number)).where(OpinionVersion.opinion_id == opinion_id)
        )
        number = (last or 0) + 1
    row = OpinionVersion(
        opinion_id=opinion_id,
        number=number,
        note=note,
        frozen_by=by,
        content=text_json(list(paragraphs)),
    )
    session.add(row)
    session.flush()
    return _version(row, with_text=True)


def restore_version(session: Session, opinion_id: int, record: VersionRecord) -> None:
    """Write a version back as it was, with its id, number and date."""
    row = OpinionVersion(
        opinion_id=opinion_id,
        number=record.number,
        note=record.note,
        frozen_at=record.frozen_at,
        frozen_by=record.frozen_by,
        content=text_json(list(record.paragraphs)),
    )
    if record.id:
        row.id = record.id
    session.add(row)
    session.flush()


def delete_version(session: Session, opinion_id: int, number: int) -> None:
    row = session.scalar(
        select(OpinionVersion).where(
            OpinionVersion.opinion_id == opinion_id, OpinionVersion.number == number
        )
    )
    if row is not None:
        session.delete(row)
        session.flush()


# -- positions on the text ----------------------------------------------------------------------


def subjects_of_opinion(
    session: Session, opinion_id: int, opinion_uuid: UUID
) -> list[tuple[int, int, UUID]]:
    """Consultation subjects designating the opinion or one of its paragraphs (removed ones
    included): (subject id, consultation id, ref). One query by opinion, whatever its length."""
    paragraphs = select(OpinionParagraph.uuid).where(OpinionParagraph.opinion_id == opinion_id)
    query = select(
        ConsultationSubject.id, ConsultationSubject.consultation_id, ConsultationSubject.ref
    ).where(
        ConsultationSubject.kind.in_(("opinion", "paragraph")),
        (ConsultationSubject.ref == opinion_uuid) | ConsultationSubject.ref.in_(paragraphs),
    )
    return [(s, c, ref) for s, c, ref in session.execute(query) if ref is not None]


def subjects_on(session: Session, refs: Sequence[UUID]) -> list[tuple[int, int, UUID]]:
    """Consultation subjects designating one of `refs`: (subject id, consultation id, ref)."""
    if not refs:
        return []
    query = select(
        ConsultationSubject.id, ConsultationSubject.consultation_id, ConsultationSubject.ref
    ).where(
        ConsultationSubject.kind.in_(("opinion", "paragraph")),
        ConsultationSubject.ref.in_(list(refs)),
    )
    return [(s, c, ref) for s, c, ref in session.execute(query) if ref is not None]


def text_revision(session: Session, opinion_id: int) -> int:
    """The stored text's revision (raised at each save), without reading the text."""
    revision = session.scalar(select(Opinion.text_revision).where(Opinion.id == opinion_id))
    if revision is None:
        raise NotFoundError(
            Sentence(
                QT_TRANSLATE_NOOP("errors", "Aucun avis n'a l'identifiant {opinion_id}."),
                opinion_id=opinion_id,
            )
        )
    return int(revision)
