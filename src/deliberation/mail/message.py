"""Building the MIME message of a Mail: French subject, UTF-8 body, attachments, invitation."""

from __future__ import annotations

import hashlib
from datetime import datetime
from email import policy
from email.header import Header
from email.headerregistry import Address
from email.message import EmailMessage
from email.parser import BytesParser
from email.policy import EmailPolicy
from email.utils import format_datetime
from typing import Any

from deliberation.errors import MailError
from deliberation.records.i18n import QT_TRANSLATE_NOOP, Sentence
from deliberation.records.mail import Mail, MailSettings, Recipient

KEY_HEADER = "X-Deliberation-Key"


class _Policy(EmailPolicy):
    """SMTP's policy, but a non-ASCII subject is written as encoded words covering all of it.

    The standard library's folder (3.11 to 3.13) encodes only the accented words of a long
    subject and folds between them: the space before a fold is then doubled when the line is
    unfolded, and the space between two adjacent encoded words is dropped (RFC 2047 says to
    ignore it), so « ENT — réponse » arrives as « ENT  —réponse ». Encoded words that carry
    their spaces inside come back exactly as written.
    """

    def _fold(self, name: str, value: Any, refold_binary: bool = False) -> str:
        text = str(value)
        if name.lower() != "subject" or text.isascii():
            return str(super()._fold(name, value, refold_binary))  # type: ignore[misc]
        encoded = Header(text, "utf-8", self.max_line_length, header_name=name)
        return f"{name}: {encoded.encode(linesep=self.linesep)}{self.linesep}"


# Lines of at most 78 characters, CRLF endings, RFC 2047 encoded words for non-ASCII headers:
# what every server and client reads.
POLICY = _Policy(linesep="\r\n", max_line_length=78)


def message_id(key: str, sender: str) -> str:
    """A Message-ID derived from the message's key: the same message built twice (or sent again
    after a lost answer) keeps it, so that clients which drop duplicates drop it."""
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]
    domain = sender.rpartition("@")[2] or "deliberation.invalid"
    return f"<{digest}.deliberation@{domain}>"


def build_message(mail: Mail, settings: MailSettings, when: datetime) -> bytes:
    """The message `mail` as sent from `settings`' sender on `when` (an aware datetime): its
    bytes, CRLF line endings, ready for SMTP or a draft file.

    The text, then the invitation as a text/calendar alternative with its `method` (what
    Outlook and Thunderbird need to offer « Accepter / Refuser »), then the attachments.
    """
    if not settings.sender:
        raise MailError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Indiquez l'adresse d'expéditeur du secrétariat dans les "
                "réglages d'envoi avant de préparer des messages.",
            )
        )
    if not mail.to:
        raise MailError(
            Sentence(
                QT_TRANSLATE_NOOP("errors", "Le message « {subject} » n'a aucun destinataire."),
                subject=mail.subject,
            )
        )
    message = EmailMessage(policy=POLICY)
    try:
        message["From"] = _address(Recipient(settings.sender, settings.sender_name))
        message["To"] = [_address(recipient) for recipient in mail.to]
    except (ValueError, IndexError) as exc:
        raise MailError(
            Sentence(
                QT_TRANSLATE_NOOP(
                    "errors", "Une adresse du message « {subject} » n'est pas valide ({exc})."
                ),
                subject=mail.subject,
                exc=exc,
            )
        ) from exc
    message["Subject"] = mail.subject
    message["Date"] = format_datetime(when)
    message["Message-ID"] = message_id(mail.key, settings.sender)
    message["Content-Language"] = "fr"
    message[KEY_HEADER] = mail.key
    message.set_content(mail.body, charset="utf-8", cte="quoted-printable")
    if mail.invitation is not None:
        method = mail.invitation.method.upper()
        if method not in ("REQUEST", "CANCEL"):
            raise MailError(
                Sentence(
                    QT_TRANSLATE_NOOP("errors", "Méthode d'invitation inconnue : « {method} »."),
                    method=mail.invitation.method,
                )
            )
        message.add_alternative(
            mail.invitation.data.decode("utf-8"),
            subtype="calendar",
            charset="utf-8",
            cte="quoted-printable",
            params={"method": method},
        )
    for attachment in mail.attachments:
        maintype, _, subtype = attachment.mime_type.partition("/")
        message.add_attachment(
            attachment.data,
            maintype=maintype or "application",
            subtype=subtype or "octet-stream",
            filename=attachment.file_name,
        )
    return message.as_bytes(policy=POLICY)


def parse_message(data: bytes) -> EmailMessage:
    """A stored message read back (its headers decoded)."""
    parsed = BytesParser(policy=policy.default).parsebytes(data)
    assert isinstance(parsed, EmailMessage)
    return parsed


def envelope(data: bytes) -> tuple[str, list[str]]:
    """The sender and the recipients' addresses of a stored message, for the SMTP envelope."""
    parsed = parse_message(data)
    sender = parsed["From"].addresses[0].addr_spec
    recipients = [address.addr_spec for address in parsed["To"].addresses]
    return sender, recipients


def draft_bytes(data: bytes) -> bytes:
    """A stored message as a draft file: `X-Unsent: 1` first, so that Outlook opens it as a
    message to send (Thunderbird opens it with « Modifier comme nouveau »), attachments in place."""
    return b"X-Unsent: 1\r\n" + data


def _address(recipient: Recipient) -> Address:
    address = recipient.address.strip()
    if address.count("@") != 1:
        raise ValueError(f"« {address} »")
    username, domain = address.split("@")
    if not username or not domain:
        raise ValueError(f"« {address} »")
    return Address(display_name=recipient.name, username=username, domain=domain)
