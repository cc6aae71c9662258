"""Queries and writes for the referential: body, organisations, delegates, themes, groups."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Any
from uuid import UUID

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from deliberation.errors import NotFoundError
from deliberation.records.copying import record_from
from deliberation.records.i18n import QT_TRANSLATE_NOOP, Sentence
from deliberation.records.referential import (
    BodyRecord,
    DelegateRecord,
    FormerName,
    GroupRecord,
    KindRecord,
    MembershipPeriod,
    OrganisationRecord,
    OrganisationSnapshot,
    ThemeRecord,
)
from deliberation.store.models import (
    Body,
    Delegate,
    GroupMember,
    GroupRapporteur,
    Membership,
    Organisation,
    OrganisationKind,
    OrganisationName,
    Theme,
    WorkingGroup,
)
from deliberation.store.rows import delete_row, replace_children, row_by_id, tracked_row

# -- body, kinds, themes ------------------------------------------------------------------------


def body(session: Session) -> BodyRecord | None:
    row = session.scalars(select(Body).order_by(Body.id)).first()
    return BodyRecord(row.name, row.short_name, row.secretariat) if row else None


def kinds(session: Session) -> list[KindRecord]:
    rows = session.scalars(select(OrganisationKind).order_by(OrganisationKind.id))
    return [KindRecord(row.key, row.label) for row in rows]


def themes(session: Session) -> list[ThemeRecord]:
    rows = session.scalars(select(Theme).order_by(Theme.number))
    return [ThemeRecord(r.id, r.uuid, r.number, r.title, r.description) for r in rows]


# -- organisations ------------------------------------------------------------------------------


def organisations(session: Session, today: date) -> list[OrganisationRecord]:
    """Every organisation, former members included, sorted by acronym."""
    periods: dict[int, list[MembershipPeriod]] = defaultdict(list)
    for m in session.scalars(select(Membership).order_by(Membership.start_date)):
        periods[m.organisation_id].append(MembershipPeriod(m.start_date, m.end_date, m.note))
    former: dict[int, list[str]] = defaultdict(list)
    for org_id, acronym in session.execute(
        select(OrganisationName.organisation_id, OrganisationName.acronym).order_by(
            OrganisationName.valid_from
        )
    ):
        former[org_id].append(acronym)
    counts = dict(
        session.execute(
            select(Delegate.organisation_id, func.count(Delegate.id))
            .where(Delegate.active.is_(True))
            .group_by(Delegate.organisation_id)
        ).all()
    )
    rows = session.execute(
        select(Organisation, OrganisationKind.key, OrganisationKind.label)
        .join(OrganisationKind)
        .order_by(func.lower(Organisation.acronym))
    )
    result = []
    for org, kind_key, kind_label in rows:
        own = periods.get(org.id, [])
        result.append(
            OrganisationRecord(
                id=org.id,
                uuid=org.uuid,
                acronym=org.acronym,
                name=org.name,
                kind_key=kind_key,
                kind_label=kind_label,
                is_member=any(p.covers(today) for p in own),
                member_since=own[0].start if own else None,
                member_until=own[-1].end if own else None,
                former_acronyms=tuple(
                    dict.fromkeys(a for a in former.get(org.id, []) if a != org.acronym)
                ),
                delegate_count=counts.get(org.id, 0),
            )
        )
    return result


def former_name_history(session: Session) -> dict[int, tuple[FormerName, ...]]:
    """Every organisation's former names, oldest first, keyed by organisation id (one query)."""
    result: dict[int, list[FormerName]] = defaultdict(list)
    for n in session.scalars(
        select(OrganisationName).order_by(
            OrganisationName.organisation_id, OrganisationName.valid_from, OrganisationName.id
        )
    ):
        result[n.organisation_id].append(
            FormerName(n.acronym, n.name, n.valid_from, n.valid_until, n.note, n.uuid)
        )
    return {org_id: tuple(names) for org_id, names in result.items()}


def organisation_snapshot(session: Session, organisation_id: int) -> OrganisationSnapshot:
    org = row_by_id(
        session,
        Organisation,
        organisation_id,
        Sentence(
            QT_TRANSLATE_NOOP("errors", "Aucune organisation n'a l'identifiant {organisation_id}."),
            organisation_id=organisation_id,
        ),
    )
    return OrganisationSnapshot(
        id=org.id,
        uuid=org.uuid,
        acronym=org.acronym,
        name=org.name,
        kind_key=org.kind.key,
        notes=org.notes,
        former_names=tuple(
            FormerName(n.acronym, n.name, n.valid_from, n.valid_until, n.note, n.uuid)
            for n in org.former_names
        ),
        memberships=tuple(
            MembershipPeriod(m.start_date, m.end_date, m.note, m.uuid) for m in org.memberships
        ),
    )


def organisation_acronym(session: Session, organisation_id: int) -> str | None:
    return session.scalar(select(Organisation.acronym).where(Organisation.id == organisation_id))


def _name_taken(session: Session, column, uuid_column, value: str, exclude: UUID | None) -> bool:  # type: ignore[no-untyped-def]
    """Case-insensitive uniqueness, compared in Python: SQLite's lower() ignores accents' case."""
    wanted = value.casefold()
    query = select(column)
    if exclude is not None:
        query = query.where(uuid_column != exclude)
    return any(existing.casefold() == wanted for existing in session.scalars(query))


def acronym_taken(session: Session, acronym: str, exclude_uuid: UUID | None = None) -> bool:
    return _name_taken(session, Organisation.acronym, Organisation.uuid, acronym, exclude_uuid)


def save_organisation(session: Session, snap: OrganisationSnapshot) -> int:
    """Create or overwrite the organisation with the snapshot's UUID; returns its id."""
    kind = session.scalar(select(OrganisationKind).where(OrganisationKind.key == snap.kind_key))
    if kind is None:
        raise NotFoundError(
            Sentence(
                QT_TRANSLATE_NOOP("errors", "Type d'organisation inconnu : {kind_key}."),
                kind_key=snap.kind_key,
            )
        )
    org = tracked_row(session, Organisation, snap.uuid, snap.id)
    org.acronym, org.name, org.kind, org.notes = snap.acronym, snap.name, kind, snap.notes
    replace_children(
        org.former_names,
        OrganisationName,
        [
            (n.uuid, {"acronym": n.acronym, "name": n.name, "valid_from": n.valid_from,
                      "valid_until": n.valid_until, "note": n.note})
            for n in snap.former_names
        ],
    )  # fmt: skip
    replace_children(
        org.memberships,
        Membership,
        [
            (m.uuid, {"start_date": m.start, "end_date": m.end, "note": m.note})
            for m in snap.memberships
        ],
    )
    session.flush()
    return org.id


def delete_organisation(session: Session, uuid: UUID) -> None:
    delete_row(session, Organisation, uuid)


# -- delegates ----------------------------------------------------------------------------------


def delegates(session: Session, organisation_id: int | None = None) -> list[DelegateRecord]:
    query = (
        select(Delegate, Organisation.acronym)
        .join(Organisation)
        .order_by(Organisation.acronym, Delegate.role.desc(), Delegate.last_name)
    )
    if organisation_id is not None:
        query = query.where(Delegate.organisation_id == organisation_id)
    return [_delegate(d, acronym) for d, acronym in session.execute(query)]


def _delegate(d: Delegate, acronym: str) -> DelegateRecord:
    return record_from(DelegateRecord, d, organisation_acronym=acronym)


def delegate(session: Session, delegate_id: int) -> DelegateRecord:
    row = row_by_id(
        session,
        Delegate,
        delegate_id,
        Sentence(
            QT_TRANSLATE_NOOP("errors", "Aucun délégué n'a l'identifiant {delegate_id}."),
            delegate_id=delegate_id,
        ),
    )
    return _delegate(row, row.organisation.acronym)


def save_delegate(session: Session, record: DelegateRecord) -> int:
    row = tracked_row(session, Delegate, record.uuid, record.id)
    row.organisation_id = record.organisation_id
    row.first_name, row.last_name = record.first_name, record.last_name
    row.role, row.email, row.function = record.role, record.email, record.function
    row.active = record.active
    session.flush()
    return row.id


def delete_delegate(session: Session, uuid: UUID) -> None:
    delete_row(session, Delegate, uuid)


def existing_ids(session: Session, model: type, ids: set[int]) -> set[int]:
    if not ids:
        return set()
    return set(session.scalars(select(model.id).where(model.id.in_(ids))))  # type: ignore[attr-defined]


def delegate_organisations(session: Session, delegate_ids: set[int]) -> dict[int, int]:
    if not delegate_ids:
        return {}
    rows = session.execute(
        select(Delegate.id, Delegate.organisation_id).where(Delegate.id.in_(delegate_ids))
    ).all()
    return dict(rows)


# -- working groups -----------------------------------------------------------------------------


def groups(session: Session, group_id: int | None = None) -> list[GroupRecord]:
    """Working groups by name, or only the one with `group_id` (three queries either way)."""

    def only(query: Any, column: Any) -> Any:
        return query if group_id is None else query.where(column == group_id)

    members: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for member_group_id, org_id, acronym in session.execute(
        only(
            select(GroupMember.group_id, Organisation.id, Organisation.acronym)
            .join(Organisation)
            .order_by(Organisation.acronym),
            GroupMember.group_id,
        )
    ):
        members[member_group_id].append((org_id, acronym))
    rapporteurs: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for rapporteur_group_id, d_id, first, last in session.execute(
        only(
            select(GroupRapporteur.group_id, Delegate.id, Delegate.first_name, Delegate.last_name)
            .join(Delegate)
            .order_by(Delegate.last_name),
            GroupRapporteur.group_id,
        )
    ):
        rapporteurs[rapporteur_group_id].append((d_id, f"{first} {last}"))
    chair = aliased(Delegate)
    rows = session.execute(
        only(
            select(WorkingGroup, Theme.number, Theme.title, chair.first_name, chair.last_name)
            .outerjoin(Theme, WorkingGroup.theme_id == Theme.id)
            .outerjoin(chair, WorkingGroup.chair_id == chair.id)
            .order_by(func.lower(WorkingGroup.name)),
            WorkingGroup.id,
        )
    )
    return [
        GroupRecord(
            id=g.id,
            uuid=g.uuid,
            name=g.name,
            theme_id=g.theme_id,
            theme_label=f"{number}. {title}" if number is not None else "",
            mandate=g.mandate,
            status=g.status,
            start_date=g.start_date,
            end_date=g.end_date,
            chair_id=g.chair_id,
            chair_name=f"{first} {last}" if g.chair_id else "",
            member_ids=tuple(i for i, _ in members[g.id]),
            member_acronyms=tuple(a for _, a in members[g.id]),
            rapporteur_ids=tuple(i for i, _ in rapporteurs[g.id]),
            rapporteur_names=tuple(n for _, n in rapporteurs[g.id]),
        )
        for g, number, title, first, last in rows
    ]


def group(session: Session, group_id: int) -> GroupRecord:
    for record in groups(session, group_id):
        return record
    raise NotFoundError(
        Sentence(
            QT_TRANSLATE_NOOP("errors", "Aucun groupe de travail n'a l'identifiant {group_id}."),
            group_id=group_id,
        )
    )


def group_name_taken(session: Session, name: str, exclude_uuid: UUID | None = None) -> bool:
    return _name_taken(session, WorkingGroup.name, WorkingGroup.uuid, name, exclude_uuid)


def save_group(session: Session, record: GroupRecord) -> int:
    row = tracked_row(session, WorkingGroup, record.uuid, record.id)
    row.name, row.theme_id, row.mandate = record.name, record.theme_id, record.mandate
    row.status, row.start_date, row.end_date = record.status, record.start_date, record.end_date
    row.chair_id = record.chair_id
    wanted_members = list(dict.fromkeys(record.member_ids))
    current_members = {m.organisation_id: m for m in row.members}
    row.members[:] = [
        current_members.get(org_id) or GroupMember(organisation_id=org_id)
        for org_id in wanted_members
    ]
    wanted_rapporteurs = list(dict.fromkeys(record.rapporteur_ids))
    current_rapporteurs = {r.delegate_id: r for r in row.rapporteurs}
    row.rapporteurs[:] = [
        current_rapporteurs.get(d_id) or GroupRapporteur(delegate_id=d_id)
        for d_id in wanted_rapporteurs
    ]
    session.flush()
    return row.id


def delete_group(session: Session, uuid: UUID) -> None:
    delete_row(session, WorkingGroup, uuid)
