"""Offline packages in the store: its identity, and copying one opinion's rows to a package."""

from __future__ import annotations

import uuid as uuid_module
from collections.abc import Iterable, Mapping, Sequence
from typing import Any
from uuid import UUID

from sqlalchemy import Table, insert, select, update
from sqlalchemy.orm import Session

from deliberation.errors import NotFoundError
from deliberation.records.i18n import QT_TRANSLATE_NOOP, Sentence
from deliberation.records.opinions import Paragraph, text_from_json, text_json
from deliberation.records.packages import PackageInfo
from deliberation.store.models import Base, Body, Organisation, PackageRow, StoreIdentity
from deliberation.store.opinions import subjects_of_opinion

_OWNED = (  # the opinion's own rows, copied whole (a reply after the comment it answers)
    "opinion_paragraph",
    "opinion_version",
    "opinion_status_change",
    "opinion_rapporteur",
    "amendment",
    "opinion_comment",
    "opinion_export",
)


def store_uuid(session: Session) -> UUID:
    """The store's identity (written by its first write if it has none yet)."""
    found = session.scalar(select(StoreIdentity.uuid).order_by(StoreIdentity.id))
    if found is None:
        found = uuid_module.uuid4()
        session.add(StoreIdentity(uuid=found))
        session.flush()
    return found


def body_uuid(session: Session) -> UUID | None:
    return session.scalar(select(Body.uuid).order_by(Body.id))


def body_name(session: Session) -> str:
    """The body's name ("" when the store has none), how two stores tell they serve one body."""
    return session.scalar(select(Body.name).order_by(Body.id)) or ""


def organisation_ids(session: Session, uuids: Iterable[UUID]) -> dict[UUID, int]:
    """Organisation id by UUID, for those of `uuids` the store has."""
    wanted = list(set(uuids))
    if not wanted:
        return {}
    query = select(Organisation.uuid, Organisation.id).where(Organisation.uuid.in_(wanted))
    return {a: b for a, b in session.execute(query)}


def organisation_named(session: Session, acronym: str) -> tuple[int, UUID, str] | None:
    """The organisation (id, UUID, acronym) whose acronym is `acronym`, whatever its case."""
    wanted = acronym.strip().casefold()
    query = select(Organisation.id, Organisation.uuid, Organisation.acronym)
    for row in session.execute(query):
        found = (row[0], row[1], row[2])
        if found[2].casefold() == wanted:
            return found
    return None


def organisation_acronym(session: Session, organisation_id: int) -> str:
    query = select(Organisation.acronym).where(Organisation.id == organisation_id)
    return session.scalar(query) or ""


def organisation_acronyms(session: Session) -> dict[int, str]:
    return {i: a for i, a in session.execute(select(Organisation.id, Organisation.acronym))}


def organisation_uuids(session: Session) -> dict[int, UUID]:
    return {i: u for u, i in session.execute(select(Organisation.uuid, Organisation.id))}


def _table(name: str) -> Table:
    return Base.metadata.tables[name]


def _rows(session: Session, name: str, column: str, values: Iterable[Any]) -> list[dict[str, Any]]:
    wanted = list(set(values) - {None})
    if not wanted:
        return []
    table = _table(name)
    query = select(table).where(table.c[column].in_(wanted))
    if "id" in table.c:
        query = query.order_by(table.c.id)
    return [dict(row) for row in session.execute(query).mappings()]


def copy_opinion(source: Session, target: Session, opinion_id: int) -> None:
    """Copy into `target` (a new, empty store) the opinion with its text, versions, amendments,
    comments and exports, the consultations on it with their positions, and the part of the
    referential they name (organisations, delegates, working group). Ids are kept."""
    opinions = _rows(source, "opinion", "id", [opinion_id])
    if not opinions:
        raise NotFoundError(
            Sentence(
                QT_TRANSLATE_NOOP("errors", "Aucun avis n'a l'identifiant {opinion_id}."),
                opinion_id=opinion_id,
            )
        )
    opinion = opinions[0]
    owned = {name: _rows(source, name, "opinion_id", [opinion_id]) for name in _OWNED}
    subjects = subjects_of_opinion(source, opinion_id, opinion["uuid"])
    subject_ids = [s for s, _c, _r in subjects]
    consultation_ids = {c for _s, c, _r in subjects}
    consultations = [
        {**row, "meeting_id": None}  # meetings stay home
        for row in _rows(source, "consultation", "id", consultation_ids)
    ]
    picked = {
        "consultation_subject": _rows(source, "consultation_subject", "id", subject_ids),
        "consulted_organisation": _rows(
            source, "consulted_organisation", "consultation_id", consultation_ids
        ),
        "position": _rows(source, "position", "subject_id", subject_ids),
        "position_revision": _rows(source, "position_revision", "subject_id", subject_ids),
    }
    groups = _rows(source, "working_group", "id", [opinion["group_id"]])
    delegate_ids = {row["delegate_id"] for row in owned["opinion_rapporteur"]}
    delegate_ids |= {row["chair_id"] for row in groups}
    delegates = _rows(source, "delegate", "id", delegate_ids)
    named = {row["organisation_id"] for row in delegates}
    for rows in (owned["amendment"], owned["opinion_comment"], *picked.values()):
        named |= {row.get("organisation_id") for row in rows}
    organisations = _rows(source, "organisation", "id", named)
    _put(target, "body", _rows(source, "body", "id", _all_ids(source, "body")))
    kinds = [o["kind_id"] for o in organisations]
    _put(target, "organisation_kind", _rows(source, "organisation_kind", "id", kinds))
    _put(target, "theme", _rows(source, "theme", "id", [g["theme_id"] for g in groups]))
    _put(target, "organisation", organisations)
    for name in ("membership", "organisation_name"):  # who is a member when, former names
        _put(target, name, _rows(source, name, "organisation_id", named))
    _put(target, "delegate", delegates)
    _put(target, "working_group", groups)
    _put(target, "opinion", opinions)
    for name in _OWNED:
        _put(target, name, owned[name])
    _put(target, "consultation", consultations)
    for name, rows in picked.items():
        _put(target, name, rows)


def _all_ids(session: Session, name: str) -> list[int]:
    return list(session.scalars(select(_table(name).c.id)))


def _put(session: Session, name: str, rows: Sequence[Mapping[str, Any]]) -> None:
    if rows:
        session.execute(insert(_table(name)), [dict(row) for row in rows])


def save_package(session: Session, info: PackageInfo) -> None:
    session.add(
        PackageRow(
            uuid=info.uuid,
            source_store=info.source_store,
            body_uuid=info.body_uuid,
            opinion_uuid=info.opinion_uuid,
            organisation_uuid=info.organisation_uuid,
            base_revision=info.base_revision,
            base_text=text_json(info.base_text),
            made_at=info.made_at,
            made_by=info.made_by,
        )
    )
    session.flush()


def rebase_package(session: Session, base: Sequence[Paragraph], revision: int) -> None:
    """Make `base` the text the package merges from (after a sync brought it up to date)."""
    session.execute(
        update(PackageRow).values(base_text=text_json(tuple(base)), base_revision=revision)
    )


def package(session: Session) -> PackageInfo | None:
    """What the store says of itself as a package (None: it is not a package)."""
    row = session.scalar(select(PackageRow).order_by(PackageRow.id))
    if row is None:
        return None
    return PackageInfo(
        uuid=row.uuid,
        source_store=row.source_store,
        body_uuid=row.body_uuid,
        opinion_uuid=row.opinion_uuid,
        organisation_uuid=row.organisation_uuid,
        base_revision=row.base_revision,
        base_text=text_from_json(row.base_text),
        made_at=row.made_at,
        made_by=row.made_by,
    )


def splits(session: Session, opinion_id: int) -> dict[UUID, UUID]:
    """The opinion's paragraphs made by a split: UUID → the paragraph split."""
    table = _table("opinion_paragraph")
    query = select(table.c.uuid, table.c.split_from).where(
        table.c.opinion_id == opinion_id, table.c.split_from.is_not(None)
    )
    return {a: b for a, b in session.execute(query)}


def merges(session: Session, opinion_id: int) -> dict[UUID, UUID]:
    """The opinion's paragraphs merged into another: UUID → the paragraph that absorbed it."""
    table = _table("opinion_paragraph")
    query = select(table.c.uuid, table.c.merged_into).where(
        table.c.opinion_id == opinion_id, table.c.merged_into.is_not(None)
    )
    return {a: b for a, b in session.execute(query)}


def take_decision(session: Session, uuid: UUID, values: Mapping[str, Any]) -> None:
    """Write a decision (status, date, who, note, applied text) taken elsewhere on an amendment."""
    table = _table("amendment")
    session.execute(update(table).where(table.c.uuid == uuid).values(**values))


def rows_by_uuid(session: Session, name: str, uuids: Iterable[UUID]) -> dict[UUID, dict[str, Any]]:
    return {row["uuid"]: row for row in _rows(session, name, "uuid", uuids)}


def opinion_rows(session: Session, name: str, opinion_id: int) -> list[dict[str, Any]]:
    return _rows(session, name, "opinion_id", [opinion_id])


def subject_rows(session: Session, opinion_id: int, opinion_uuid: UUID) -> list[dict[str, Any]]:
    """The consultation subjects on the opinion or its paragraphs, with their positions'
    rows under "positions"."""
    subject_ids = [s for s, _c, _r in subjects_of_opinion(session, opinion_id, opinion_uuid)]
    positions = _rows(session, "position", "subject_id", subject_ids)
    subjects = _rows(session, "consultation_subject", "id", subject_ids)
    for subject in subjects:
        subject["positions"] = [p for p in positions if p["subject_id"] == subject["id"]]
    return subjects


def add_rows(session: Session, name: str, rows: Sequence[Mapping[str, Any]]) -> None:
    """Insert rows (without their ids: the store numbers them)."""
    _put(session, name, [{k: v for k, v in row.items() if k != "id"} for row in rows])
