"""Seeding a store from a data file: each entry is added once, never overwritten."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from deliberation.errors import ResourceError
from deliberation.records.i18n import QT_TRANSLATE_NOOP, Sentence
from deliberation.records.referential import SeedReport
from deliberation.store.models import (
    Body,
    Membership,
    Organisation,
    OrganisationKind,
    OrganisationName,
    SeedRecord,
    Theme,
)


def apply_seed(session: Session, data: dict[str, Any]) -> SeedReport:
    """Add every seed entry whose key was never applied to this store.

    An entry already applied is skipped even if the user has since changed or removed what it
    created; an entry matching a record the user made by hand (same acronym, theme number) is
    recorded as applied without touching that record. A store already seeded for another body
    (another `body.key`) is left untouched.
    """
    applied = set(session.scalars(select(SeedRecord.key)))
    added: list[str] = []
    body_key = f"body:{data['body']['key']}" if data.get("body") else None
    seeded_bodies = {key for key in applied if key.startswith("body:")}
    if body_key and seeded_bodies and body_key not in seeded_bodies:
        return SeedReport(())  # the store belongs to another body: leave it alone

    def mark(key: str) -> None:
        session.add(SeedRecord(key=key))
        applied.add(key)

    try:
        body = data.get("body")
        if body and body_key and body_key not in applied:
            if session.scalar(select(Body.id)) is None:
                session.add(
                    Body(
                        name=body["name"],
                        short_name=body["short_name"],
                        secretariat=body.get("secretariat", ""),
                    )
                )
                added.append(body_key)
            mark(body_key)

        kinds = {kind.key: kind for kind in session.scalars(select(OrganisationKind))}
        for entry in data.get("kinds", []):
            key = f"kind:{entry['key']}"
            if key in applied:
                continue
            if entry["key"] not in kinds:
                kinds[entry["key"]] = OrganisationKind(key=entry["key"], label=entry["label"])
                session.add(kinds[entry["key"]])
                added.append(key)
            mark(key)

        numbers = set(session.scalars(select(Theme.number)))
        for entry in data.get("themes", []):
            key = f"theme:{entry['key']}"
            if key in applied:
                continue
            if entry["number"] not in numbers:
                session.add(
                    Theme(
                        number=int(entry["number"]),
                        title=entry["title"],
                        description=entry.get("description", ""),
                    )
                )
                numbers.add(entry["number"])
                added.append(key)
            mark(key)

        session.flush()
        acronyms = set(session.scalars(select(Organisation.acronym)))
        for entry in data.get("organisations", []):
            key = f"organisation:{entry['key']}"
            if key in applied:
                continue
            if entry["acronym"] not in acronyms:
                session.add(_organisation(entry, kinds))
                acronyms.add(entry["acronym"])
                added.append(key)
            mark(key)
        session.flush()
    except (KeyError, TypeError, ValueError) as exc:
        raise ResourceError(
            Sentence(
                QT_TRANSLATE_NOOP(
                    "errors", "Le fichier de données initiales est incomplet ({exc})."
                ),
                exc=exc,
            )
        ) from exc
    return SeedReport(tuple(added))


def _organisation(entry: dict[str, Any], kinds: dict[str, OrganisationKind]) -> Organisation:
    if entry["kind"] not in kinds:
        raise ValueError(f"type d'organisation inconnu : {entry['kind']}")
    organisation = Organisation(
        acronym=entry["acronym"],
        name=entry["name"],
        kind=kinds[entry["kind"]],
        notes=entry.get("notes", ""),
    )
    for period in entry.get("memberships", []):
        organisation.memberships.append(
            Membership(
                start_date=_date(period["start"]),
                end_date=_date(period.get("end")),
                note=period.get("note", ""),
            )
        )
    for former in entry.get("former_names", []):
        organisation.former_names.append(
            OrganisationName(
                acronym=former["acronym"],
                name=former["name"],
                valid_from=_date(former.get("from")),
                valid_until=_date(former.get("until")),
                note=former.get("note", ""),
            )
        )
    return organisation


def _date(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


# -- marks of unfinished work -----------------------------------------------------------------
# Kept in the same table as the applied seed entries (under their own prefix, which seeding
# never reads), so that no schema change is needed.


def marks(session: Session, prefix: str) -> set[str]:
    """The keys of the marks starting with `prefix`."""
    escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    found = session.scalars(select(SeedRecord.key).where(SeedRecord.key.like(f"{escaped}%", "\\")))
    return set(found)


def add_mark(session: Session, key: str) -> None:
    """Record the mark `key` (once)."""
    if session.get(SeedRecord, key) is None:
        session.add(SeedRecord(key=key))


def remove_mark(session: Session, key: str) -> None:
    """Forget the mark `key` (nothing if it is not there)."""
    found = session.get(SeedRecord, key)
    if found is not None:
        session.delete(found)
