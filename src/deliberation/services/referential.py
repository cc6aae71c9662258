"""Use cases of the referential: read lists, validate and apply edits, snapshots for undo."""

from __future__ import annotations

import uuid as uuid_module
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from deliberation.errors import ValidationError
from deliberation.records.copying import record_from
from deliberation.records.i18n import QT_TRANSLATE_NOOP, Sentence
from deliberation.records.referential import (
    BodyRecord,
    DelegateInput,
    DelegateRecord,
    FormerName,
    GroupInput,
    GroupRecord,
    KindRecord,
    MembershipPeriod,
    OrganisationInput,
    OrganisationRecord,
    OrganisationSnapshot,
    SeedReport,
    ThemeRecord,
)
from deliberation.rules.validation import (
    clean_line,
    validate_delegate,
    validate_group,
    validate_organisation,
)
from deliberation.store import referential as q
from deliberation.store.database import Store
from deliberation.store.models import Organisation, Theme


class Referential:
    """The referential's operations over one open store.

    Every method runs in its own transaction and returns plain records. Edits return the
    snapshot after the change; applying an older snapshot (or deleting by UUID) undoes it.
    """

    def __init__(self, store: Store, today: date | None = None) -> None:
        self.store = store
        self._today = today

    @property
    def today(self) -> date:
        return self._today or date.today()

    # -- reading --------------------------------------------------------------------------------

    def body(self) -> BodyRecord | None:
        with self.store.reading() as s:
            return q.body(s)

    def kinds(self) -> list[KindRecord]:
        with self.store.reading() as s:
            return q.kinds(s)

    def themes(self) -> list[ThemeRecord]:
        with self.store.reading() as s:
            return q.themes(s)

    def organisations(self) -> list[OrganisationRecord]:
        with self.store.reading() as s:
            return q.organisations(s, self.today)

    def organisation(self, organisation_id: int) -> OrganisationSnapshot:
        with self.store.reading() as s:
            return q.organisation_snapshot(s, organisation_id)

    def former_name_history(self) -> dict[int, tuple[FormerName, ...]]:
        """Former names of every organisation, keyed by organisation id, oldest first."""
        with self.store.reading() as s:
            return q.former_name_history(s)

    def delegates(self, organisation_id: int | None = None) -> list[DelegateRecord]:
        with self.store.reading() as s:
            return q.delegates(s, organisation_id)

    def groups(self) -> list[GroupRecord]:
        with self.store.reading() as s:
            return q.groups(s)

    def group(self, group_id: int) -> GroupRecord:
        with self.store.reading() as s:
            return q.group(s, group_id)

    # -- organisations --------------------------------------------------------------------------

    def new_organisation(self, data: OrganisationInput) -> OrganisationSnapshot:
        """Validate a new organisation; returns the snapshot to apply (nothing is written)."""
        data = self._check_organisation(data, None)
        start = data.member_since or self.today
        return record_from(
            OrganisationSnapshot,
            data,
            id=0,
            uuid=uuid_module.uuid4(),
            memberships=(MembershipPeriod(start, None, "", uuid_module.uuid4()),),
        )

    def edited_organisation(
        self,
        before: OrganisationSnapshot,
        data: OrganisationInput,
        *,
        keep_former_name: bool = False,
        renamed_on: date | None = None,
    ) -> OrganisationSnapshot:
        """Validate an edit; with keep_former_name, the old name goes into the history."""
        data = self._check_organisation(data, before.uuid)
        former = before.former_names
        renamed = (data.acronym, data.name) != (before.acronym, before.name)
        if renamed and keep_former_name:
            previous_end = before.former_names[-1].valid_until if before.former_names else None
            first_start = before.memberships[0].start if before.memberships else None
            former = (
                *former,
                FormerName(
                    acronym=before.acronym,
                    name=before.name,
                    valid_from=previous_end or first_start,
                    valid_until=renamed_on or self.today,
                    uuid=uuid_module.uuid4(),
                ),
            )
        return replace(
            before,
            acronym=data.acronym,
            name=data.name,
            kind_key=data.kind_key,
            notes=data.notes,
            former_names=former,
        )

    def with_membership(self, before: OrganisationSnapshot, member: bool) -> OrganisationSnapshot:
        """The organisation leaving (closing its open period) or rejoining the body today."""
        today = self.today
        periods = list(before.memberships)
        is_member = any(p.covers(today) for p in periods)
        if member == is_member:
            return before
        if member:
            last = periods[-1] if periods else None
            if last is not None and last.end == today:  # left today after all: reopen the period
                periods[-1] = replace(last, end=None)
            else:
                periods.append(MembershipPeriod(today, None, "", uuid_module.uuid4()))
        else:
            periods = [
                replace(p, end=max(today, p.start)) if p.covers(today) else p for p in periods
            ]
        return replace(before, memberships=tuple(periods))

    def apply_organisation(self, snap: OrganisationSnapshot) -> OrganisationSnapshot:
        """Write a snapshot (create or overwrite); returns it with its database id."""
        with self.store.writing("organisation") as s:
            if q.acronym_taken(s, snap.acronym, snap.uuid):
                raise ValidationError(
                    {
                        "acronym": Sentence(
                            QT_TRANSLATE_NOOP("errors", "Le sigle « {acronym} » est déjà utilisé."),
                            acronym=snap.acronym,
                        )
                    }
                )
            new_id = q.save_organisation(s, snap)
            return q.organisation_snapshot(s, new_id)

    def remove_organisation(self, snap: OrganisationSnapshot) -> None:
        """Delete an organisation created by mistake (undo of its creation)."""
        refused = f"{snap.acronym} a des délégués ou des groupes : impossible de la supprimer."
        with self.store.writing("organisation", refused) as s:
            q.delete_organisation(s, snap.uuid)

    def _check_organisation(
        self, data: OrganisationInput, own: uuid_module.UUID | None
    ) -> OrganisationInput:
        data = replace(data, acronym=clean_line(data.acronym), name=clean_line(data.name))
        with self.store.reading() as s:
            errors = validate_organisation(data, {k.key for k in q.kinds(s)})
            if "acronym" not in errors and q.acronym_taken(s, data.acronym, own):
                errors["acronym"] = Sentence(
                    QT_TRANSLATE_NOOP("errors", "Le sigle « {acronym} » est déjà utilisé."),
                    acronym=data.acronym,
                )
        if errors:
            raise ValidationError(errors)
        return data

    # -- delegates ------------------------------------------------------------------------------

    def new_delegate(self, data: DelegateInput) -> DelegateRecord:
        return self._delegate_record(data, 0, uuid_module.uuid4())

    def edited_delegate(self, before: DelegateRecord, data: DelegateInput) -> DelegateRecord:
        return self._delegate_record(data, before.id, before.uuid)

    def _delegate_record(
        self, data: DelegateInput, id_: int, uuid: uuid_module.UUID
    ) -> DelegateRecord:
        data = replace(
            data,
            first_name=clean_line(data.first_name),
            last_name=clean_line(data.last_name),
            email=data.email.strip(),
            function=clean_line(data.function),
        )
        errors = validate_delegate(data)
        with self.store.reading() as s:
            acronym = q.organisation_acronym(s, data.organisation_id)
        if acronym is None:
            errors["organisation"] = QT_TRANSLATE_NOOP(
                "errors", "Choisissez l'organisation que le délégué représente."
            )
        if errors:
            raise ValidationError(errors)
        return record_from(
            DelegateRecord, data, id=id_, uuid=uuid, organisation_acronym=acronym or ""
        )

    def apply_delegate(self, record: DelegateRecord) -> DelegateRecord:
        return self.apply_delegates([record])[0]

    def apply_delegates(self, records: Sequence[DelegateRecord]) -> list[DelegateRecord]:
        """Write several delegates in one transaction: all of them or none."""
        with self.store.writing("delegate") as s:
            return [q.delegate(s, q.save_delegate(s, record)) for record in records]

    def remove_delegate(self, record: DelegateRecord) -> None:
        refused = f"{record.full_name} préside ou rapporte un groupe : impossible de le supprimer."
        with self.store.writing("delegate", refused) as s:
            q.delete_delegate(s, record.uuid)

    # -- working groups -------------------------------------------------------------------------

    def new_group(self, data: GroupInput) -> GroupRecord:
        return self._group_record(data, 0, uuid_module.uuid4())

    def edited_group(self, before: GroupRecord, data: GroupInput) -> GroupRecord:
        return self._group_record(data, before.id, before.uuid)

    def _group_record(self, data: GroupInput, id_: int, uuid: uuid_module.UUID) -> GroupRecord:
        data = replace(data, name=clean_line(data.name), mandate=data.mandate.strip())
        errors = validate_group(data)
        with self.store.reading() as s:
            if "name" not in errors and q.group_name_taken(s, data.name, uuid if id_ else None):
                errors["name"] = Sentence(
                    QT_TRANSLATE_NOOP("errors", "Un groupe de travail s'appelle déjà « {name} »."),
                    name=data.name,
                )
            if data.theme_id is not None and not q.existing_ids(s, Theme, {data.theme_id}):
                errors["theme"] = QT_TRANSLATE_NOOP("errors", "Ce thème n'existe pas.")
            members = set(data.member_ids)
            if q.existing_ids(s, Organisation, members) != members:
                errors["members"] = QT_TRANSLATE_NOOP(
                    "errors", "Une des organisations choisies n'existe plus."
                )
            people = set(data.rapporteur_ids) | ({data.chair_id} if data.chair_id else set())
            owners = q.delegate_organisations(s, people)
        if data.chair_id is not None and owners.get(data.chair_id) not in members:
            errors["chair"] = QT_TRANSLATE_NOOP(
                "errors", "Le président doit être un délégué d'une organisation membre du groupe."
            )
        if any(owners.get(d) not in members for d in data.rapporteur_ids):
            errors["rapporteurs"] = QT_TRANSLATE_NOOP(
                "errors",
                "Les rapporteurs doivent être des délégués d'organisations membres du groupe.",
            )
        if errors:
            raise ValidationError(errors)
        return record_from(
            GroupRecord,
            data,
            id=id_,
            uuid=uuid,
            theme_label="",
            chair_name="",
            member_ids=tuple(data.member_ids),
            rapporteur_ids=tuple(data.rapporteur_ids),
        )

    def apply_group(self, record: GroupRecord) -> GroupRecord:
        return self.apply_groups([record])[0]

    def apply_groups(self, records: Sequence[GroupRecord]) -> list[GroupRecord]:
        """Write several working groups in one transaction: all of them or none."""
        with self.store.writing("group") as s:
            return [q.group(s, q.save_group(s, record)) for record in records]

    def remove_group(self, record: GroupRecord) -> None:
        with self.store.session() as s:
            q.delete_group(s, record.uuid)

    # -- seeding --------------------------------------------------------------------------------

    def seed(self, data: dict[str, Any] | None = None) -> SeedReport:
        """Add a body's composition (by default the committee's) to the store, once per entry."""
        from deliberation.store.seed import apply_seed

        if data is None:
            data = load_seed()
        with self.store.session() as s:
            return apply_seed(s, data)


def load_seed(data_file: Path | None = None) -> dict[str, Any]:
    """Read a body's composition: `data_file`, or the committee's shipped with the app."""
    from deliberation.resources import load_toml, resource_path
    from deliberation.rules.seed import check_seed

    path = data_file or resource_path("seed", "committee.toml")
    data = load_toml(path)
    check_seed(data, path.name)  # every entry checked before a store is opened or written
    return data
