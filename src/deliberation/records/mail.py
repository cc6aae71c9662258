"""Records of e-mail: the messages the secretariat sends to members and their outbox states."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from deliberation.records.i18n import QT_TRANSLATE_NOOP

MAIL_KINDS = {
    "convocation": QT_TRANSLATE_NOOP("labels", "Convocation"),
    "consultation": QT_TRANSLATE_NOOP("labels", "Consultation"),
    "reminder": QT_TRANSLATE_NOOP("labels", "Relance"),
    "draft": QT_TRANSLATE_NOOP("labels", "Diffusion du projet"),
}
OUTBOX_STATES = {
    "pending": QT_TRANSLATE_NOOP("labels", "À envoyer"),
    "sent": QT_TRANSLATE_NOOP("labels", "Envoyé"),
    "failed": QT_TRANSLATE_NOOP("labels", "Échec"),
    "drafted": QT_TRANSLATE_NOOP(
        "labels", "Brouillon écrit"
    ),  # written as a .eml draft instead of sent
}
SMTP_SECURITIES = {
    "none": QT_TRANSLATE_NOOP("labels", "Aucune"),
    "starttls": QT_TRANSLATE_NOOP("labels", "STARTTLS"),
    "tls": QT_TRANSLATE_NOOP("labels", "TLS"),
}

DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@dataclass(frozen=True)
class Recipient:
    """One address a message goes to, with the person's name when known."""

    address: str
    name: str = ""


@dataclass(frozen=True)
class Attachment:
    """A file carried by a message (the agenda, a response form, a draft)."""

    file_name: str
    mime_type: str
    data: bytes


@dataclass(frozen=True)
class Invitation:
    """An iTIP calendar part (RFC 5546): `method` is "REQUEST" or "CANCEL"."""

    method: str
    data: bytes  # the iCalendar text, UTF-8


@dataclass(frozen=True)
class Mail:
    """A message to send, before it enters the outbox.

    `key` names what the message is for, stable across runs (for instance
    "convocation:<meeting uuid>:<sequence>:<organisation uuid>"): the outbox holds one message
    per key, so building the same messages twice queues nothing new.
    """

    kind: str  # a key of MAIL_KINDS
    key: str
    organisation_id: int | None
    organisation_name: str
    to: tuple[Recipient, ...]
    subject: str
    body: str  # plain text, French
    attachments: tuple[Attachment, ...] = ()
    invitation: Invitation | None = None


@dataclass(frozen=True)
class MailSettings:
    """How the secretariat sends: its SMTP server and sender (the password is in the keyring)."""

    host: str = ""
    port: int = 587
    security: str = "starttls"  # a key of SMTP_SECURITIES
    user: str = ""
    sender: str = ""  # the From address
    sender_name: str = ""


@dataclass(frozen=True)
class OutboxEntry:
    """A message of the outbox and what became of it."""

    id: int
    kind: str
    key: str
    organisation_id: int | None
    organisation_name: str
    recipients: str  # addresses, comma-separated
    subject: str
    state: str  # a key of OUTBOX_STATES
    created_at: datetime
    sent_at: datetime | None
    error: str  # the server's reason for a failure, "" otherwise
    attempts: int
