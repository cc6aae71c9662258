"""Queries and writes of the outbox (messages and their states) and of the SMTP settings."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from deliberation.errors import NotFoundError
from deliberation.records.i18n import QT_TRANSLATE_NOOP, Sentence
from deliberation.records.mail import MailSettings, OutboxEntry
from deliberation.store.models import MailSettingsRow, OutboxMessage

SETTINGS_ID = 1


def settings(session: Session) -> MailSettings:
    row = session.get(MailSettingsRow, SETTINGS_ID)
    if row is None:
        return MailSettings()
    return MailSettings(
        host=row.host,
        port=row.port,
        security=row.security,
        user=row.user,
        sender=row.sender,
        sender_name=row.sender_name,
    )


def save_settings(session: Session, values: MailSettings) -> None:
    row = session.get(MailSettingsRow, SETTINGS_ID, with_for_update=True)
    if row is None:
        row = MailSettingsRow(id=SETTINGS_ID)
        session.add(row)
    row.host, row.port, row.security = values.host, values.port, values.security
    row.user, row.sender, row.sender_name = values.user, values.sender, values.sender_name
    session.flush()


def _entry(row: OutboxMessage) -> OutboxEntry:
    return OutboxEntry(
        id=row.id,
        kind=row.kind,
        key=row.key,
        organisation_id=row.organisation_id,
        organisation_name=row.organisation_name,
        recipients=row.recipients,
        subject=row.subject,
        state=row.state,
        created_at=row.created_at,
        sent_at=row.sent_at,
        error=row.error,
        attempts=row.attempts,
    )


def existing_keys(session: Session, keys: Sequence[str]) -> set[str]:
    if not keys:
        return set()
    return set(session.scalars(select(OutboxMessage.key).where(OutboxMessage.key.in_(keys))))


def add(session: Session, entry: OutboxEntry, message: bytes) -> OutboxEntry:
    """Record a message as pending; `entry.id` is ignored (the store gives one)."""
    row = OutboxMessage(
        key=entry.key,
        kind=entry.kind,
        organisation_id=entry.organisation_id,
        organisation_name=entry.organisation_name,
        recipients=entry.recipients,
        subject=entry.subject,
        message=message,
        state="pending",
        error="",
        attempts=0,
        created_at=entry.created_at,
        delivering=False,
    )
    session.add(row)
    session.flush()
    return _entry(row)


def entries(
    session: Session,
    *,
    states: Sequence[str] | None = None,
    ids: Sequence[int] | None = None,
    keys: Sequence[str] | None = None,
) -> list[OutboxEntry]:
    """The outbox's messages, oldest first; in some states, or some ids or keys, if given."""
    query = select(OutboxMessage).order_by(OutboxMessage.created_at, OutboxMessage.id)
    if states is not None:
        query = query.where(OutboxMessage.state.in_(list(states)))
    if ids is not None:
        query = query.where(OutboxMessage.id.in_(list(ids)))
    if keys is not None:
        query = query.where(OutboxMessage.key.in_(list(keys)))
    return [_entry(row) for row in session.scalars(query)]


def entry(session: Session, entry_id: int) -> OutboxEntry:
    row = session.get(OutboxMessage, entry_id)
    if row is None:
        raise NotFoundError(
            Sentence(
                QT_TRANSLATE_NOOP(
                    "errors", "Aucun message de la boîte d'envoi n'a l'identifiant {entry_id}."
                ),
                entry_id=entry_id,
            )
        )
    return _entry(row)


def message(session: Session, entry_id: int) -> bytes:
    row = session.get(OutboxMessage, entry_id)
    if row is None:
        raise NotFoundError(
            Sentence(
                QT_TRANSLATE_NOOP(
                    "errors", "Aucun message de la boîte d'envoi n'a l'identifiant {entry_id}."
                ),
                entry_id=entry_id,
            )
        )
    return row.message


def claims(session: Session) -> list[tuple[int, str, datetime | None, bool]]:
    """The pending messages some run has claimed: id, claimant, since when, and whether their
    end was about to reach the server."""
    query = select(
        OutboxMessage.id, OutboxMessage.claimed_by, OutboxMessage.claimed_at,
        OutboxMessage.delivering,
    ).where(OutboxMessage.state == "pending", OutboxMessage.claimed_by.is_not(None))  # fmt: skip
    return [(i, by or "", at, bool(d)) for i, by, at, d in session.execute(query)]


def claim(session: Session, entry_id: int, claimant: str, now: datetime) -> bool:
    """Take a pending, unclaimed message for a run; False if another run has it or it is no
    longer pending (the conditional update is the lock: two runs never both take one)."""
    result = session.execute(
        update(OutboxMessage)
        .where(
            OutboxMessage.id == entry_id,
            OutboxMessage.state == "pending",
            OutboxMessage.claimed_by.is_(None),
        )
        .values(claimed_by=claimant, claimed_at=now, attempts=OutboxMessage.attempts + 1)
        .execution_options(synchronize_session=False)
    )
    return bool(getattr(result, "rowcount", 0))


def mark_delivering(session: Session, entry_id: int, claimant: str) -> bool:
    result = session.execute(
        update(OutboxMessage)
        .where(OutboxMessage.id == entry_id, OutboxMessage.claimed_by == claimant)
        .values(delivering=True)
        .execution_options(synchronize_session=False)
    )
    return bool(getattr(result, "rowcount", 0))


def settle(
    session: Session,
    entry_id: int,
    state: str,
    *,
    error: str = "",
    sent_at: datetime | None = None,
    claimant: str | None = None,
) -> None:
    """Record what became of a message and release its claim (only the claimant's, if given)."""
    query = update(OutboxMessage).where(OutboxMessage.id == entry_id)
    if claimant is not None:
        query = query.where(OutboxMessage.claimed_by == claimant)
    values: dict[str, object] = {
        "state": state, "error": error, "claimed_by": None, "claimed_at": None,
        "delivering": False,
    }  # fmt: skip
    if sent_at is not None:
        values["sent_at"] = sent_at
    session.execute(query.values(**values).execution_options(synchronize_session=False))
