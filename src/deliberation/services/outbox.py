"""The outbox: queueing messages, sending them once each through SMTP, drafts, resending.

The guarantee. A message is recorded (state « pending ») before anything is sent. A run claims
it (a conditional update: two runs never both take it), hands it to the server, and records
« delivering » just before the final « . » of the message goes out; the server's « 250 » is
then recorded at once as « sent ». So:

- a crash, a cancel or a lost connection before that final « . »: the server discarded the
  transaction; the message is still pending and the next run sends it (never lost);
- the server's refusal: « failed » with its reason (a 4xx one stays pending, for a later run);
- a crash or a lost answer after the final « . » and before « sent » is recorded (the time for
  the server to answer plus one small commit): the server may have taken the message. It is
  never sent again by itself: the next run marks it « failed » saying so, and the user resends
  it after checking (never twice). Its Message-ID is stable, so even a resend of a message that
  did arrive is recognised as the same message by clients that drop duplicates.

A claim is stale (its run is dead) when its process no longer exists on this computer, or when
it is older than CLAIM_LEASE.
"""

from __future__ import annotations

import os
import re
import socket
import ssl
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from deliberation.errors import (
    MailConnectionError,
    MailError,
    MailRefusedError,
    MailUncertainError,
    ValidationError,
)
from deliberation.mail import secrets
from deliberation.mail.message import build_message, draft_bytes
from deliberation.mail.transport import TIMEOUT_S, connect
from deliberation.records.i18n import QT_TRANSLATE_NOOP, Sentence
from deliberation.records.mail import (
    MAIL_KINDS,
    SMTP_SECURITIES,
    Mail,
    MailSettings,
    OutboxEntry,
    Recipient,
)
from deliberation.rules.validation import is_valid_email
from deliberation.store import outbox as rows

if TYPE_CHECKING:
    from deliberation.store.database import Store

CLAIM_LEASE = timedelta(hours=1)
UNCERTAIN = (
    "L'envoi a été interrompu juste après que le message a atteint le serveur : il a peut-être "
    "été reçu ; vérifiez auprès des destinataires avant de le renvoyer."
)
DEFAULT_PORTS = {"none": 25, "starttls": 587, "tls": 465}

Progress = Callable[[int, int, OutboxEntry], None]


@dataclass
class SendReport:
    """What a run did: the messages sent, those that failed (with their reasons), those left
    pending, and why it stopped early (a lost connection, a cancel), if it did."""

    sent: list[OutboxEntry] = field(default_factory=list)
    failed: list[OutboxEntry] = field(default_factory=list)
    left: list[OutboxEntry] = field(default_factory=list)
    stopped: str = ""
    cancelled: bool = False


class Outbox:
    """Use cases of e-mail: SMTP settings, the outbox and its runs."""

    def __init__(self, store: Store, clock: Callable[[], datetime] | None = None) -> None:
        self.store = store
        self._clock = clock or (lambda: datetime.now(UTC))
        host = socket.gethostname()
        self._claimant = f"{host}:{os.getpid()}:{uuid.uuid4().hex[:12]}"

    # -- settings -------------------------------------------------------------------------------

    def settings(self) -> MailSettings:
        with self.store.reading() as session:
            return rows.settings(session)

    def save_settings(self, values: MailSettings) -> MailSettings:
        """Check and keep the SMTP settings (never a password): ValidationError, worded."""
        cleaned = replace(
            values,
            host=values.host.strip(),
            user=values.user.strip(),
            sender=values.sender.strip(),
            sender_name=" ".join(values.sender_name.split()),
        )
        errors: dict[str, str] = {}
        if cleaned.security not in SMTP_SECURITIES:
            choices = ", ".join(SMTP_SECURITIES)
            errors["security"] = Sentence(
                QT_TRANSLATE_NOOP(
                    "errors", "Sécurité inconnue : « {security} » (attendu : {choices})."
                ),
                security=cleaned.security,
                choices=choices,
            )
        if not 0 < cleaned.port < 65536:
            errors["port"] = Sentence(
                QT_TRANSLATE_NOOP("errors", "Le port {port} n'existe pas (de 1 à 65535)."),
                port=cleaned.port,
            )
        if cleaned.host and not re.fullmatch(r"[A-Za-z0-9.\-:\[\]]{1,255}", cleaned.host):
            errors["host"] = Sentence(
                QT_TRANSLATE_NOOP("errors", "Le nom de serveur « {host} » n'est pas valide."),
                host=cleaned.host,
            )
        if cleaned.sender and not is_valid_email(cleaned.sender):
            errors["sender"] = Sentence(
                QT_TRANSLATE_NOOP(
                    "errors", "L'adresse d'expéditeur « {sender} » n'est pas valide."
                ),
                sender=cleaned.sender,
            )
        if errors:
            raise ValidationError(errors)
        with self.store.writing("settings") as session:
            rows.save_settings(session, cleaned)
        return cleaned

    # -- the outbox -----------------------------------------------------------------------------

    def queue(self, mails: Sequence[Mail]) -> list[OutboxEntry]:
        """Record messages as pending; a key already in the outbox is not queued again.

        The messages are built (from the current sender) before anything is written: a bad
        address refuses the whole lot in one sentence. Returns the entries added."""
        settings = self.settings()
        now = self._clock()
        built: list[tuple[Mail, bytes]] = []
        seen: set[str] = set()
        for mail in mails:
            if mail.kind not in MAIL_KINDS:
                raise MailError(
                    Sentence(
                        QT_TRANSLATE_NOOP("errors", "Sorte de message inconnue : « {kind} »."),
                        kind=mail.kind,
                    )
                )
            if mail.key in seen:
                continue
            seen.add(mail.key)
            built.append((mail, build_message(mail, settings, now)))
        added: list[OutboxEntry] = []
        with self.store.session() as session:
            known = rows.existing_keys(session, [mail.key for mail, _ in built])
            for mail, data in built:
                if mail.key in known:
                    continue
                entry = OutboxEntry(
                    id=0,
                    kind=mail.kind,
                    key=mail.key,
                    organisation_id=mail.organisation_id,
                    organisation_name=mail.organisation_name,
                    recipients=", ".join(r.address for r in mail.to),
                    subject=mail.subject,
                    state="pending",
                    created_at=now,
                    sent_at=None,
                    error="",
                    attempts=0,
                )
                added.append(rows.add(session, entry, data))
        return added

    def known(self, keys: Sequence[str]) -> set[str]:
        """Those of `keys` already in the outbox (queued before, whatever became of them)."""
        with self.store.reading() as session:
            return rows.existing_keys(session, list(keys))

    def entries(
        self, states: Sequence[str] | None = None, keys: Sequence[str] | None = None
    ) -> list[OutboxEntry]:
        """The outbox's messages, oldest first; only those in `states` or of `keys` if given
        (a sending's own messages, without reading the outbox's whole history)."""
        with self.store.reading() as session:
            return rows.entries(session, states=states, keys=keys)

    def entry(self, entry_id: int) -> OutboxEntry:
        with self.store.reading() as session:
            return rows.entry(session, entry_id)

    def message(self, entry_id: int) -> bytes:
        """The stored bytes of a message, as sent."""
        with self.store.reading() as session:
            return rows.message(session, entry_id)

    def resend(self, entry_id: int) -> OutboxEntry:
        """Put a message back in the queue (sent, failed or written as a draft): the next run
        sends it. A message being sent right now is refused."""
        with self.store.session() as session:
            entry = rows.entry(session, entry_id)
            if entry.state == "pending":
                if any(i == entry_id for i, *_ in rows.claims(session)):
                    raise MailError(
                        Sentence(
                            QT_TRANSLATE_NOOP(
                                "errors",
                                "Le message n° {entry_id} est en cours d'envoi ; attendez la fin "
                                "de l'envoi.",
                            ),
                            entry_id=entry_id,
                        )
                    )
                return entry
            rows.settle(session, entry_id, "pending")
            return rows.entry(session, entry_id)

    def recover(self) -> list[OutboxEntry]:
        """Release the claims of runs that died: a message whose end had not reached the server
        goes back to pending; one whose end had is marked failed, as uncertain. Returns the
        latter."""
        now = self._clock()
        uncertain: list[int] = []
        with self.store.session() as session:
            for entry_id, claimant, since, delivering in rows.claims(session):
                if not _stale(claimant, since, now):
                    continue
                if delivering:
                    rows.settle(session, entry_id, "failed", error=UNCERTAIN, claimant=claimant)
                    uncertain.append(entry_id)
                else:
                    rows.settle(session, entry_id, "pending", claimant=claimant)
            return rows.entries(session, ids=uncertain) if uncertain else []

    # -- runs -----------------------------------------------------------------------------------

    def password(self, settings: MailSettings) -> str | None:
        """The login's password kept in the keyring (None: none kept, or no login); raises
        KeyringUnavailableError when there is no keyring (the caller asks the user)."""
        return secrets.stored_password(settings)

    def keyring_note(self) -> str:
        """ "" when the system has a keyring, else the sentence saying the password will be
        asked at each send."""
        return "" if secrets.available() else secrets.NO_KEYRING

    def keep_password(self, settings: MailSettings, password: str) -> None:
        """Keep the login's password in the system keyring, never elsewhere (an empty one
        forgets it); raises KeyringUnavailableError when there is no keyring."""
        if not settings.user:
            return
        if password:
            secrets.store_password(settings, password)
        else:
            secrets.forget_password(settings)

    def send_test(
        self,
        settings: MailSettings,
        password: str | None,
        *,
        timeout: float = TIMEOUT_S,
        context: ssl.SSLContext | None = None,
    ) -> str:
        """Send a short message to the sender itself with `settings` (saved or not), outside
        the outbox; returns the address it went to. Errors are one sentence (MailError)."""
        if not settings.sender or not is_valid_email(settings.sender):
            raise MailError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Indiquez d'abord une adresse d'expéditeur valide : l'essai lui est envoyé.",
                )
            )
        now = self._clock()
        me = Recipient(settings.sender, settings.sender_name)
        mail = Mail(
            kind="test",
            key=f"test:{uuid.uuid4()}",
            organisation_id=None,
            organisation_name="",
            to=(me,),
            subject="Délibération : message d'essai",
            body=(
                "Ce message d'essai a été envoyé par Délibération le "
                f"{now.astimezone().strftime('%d/%m/%Y à %H:%M')} : les réglages d'envoi "
                "fonctionnent.\n"
            ),
        )
        data = build_message(mail, settings, now)
        connection = connect(settings, password, timeout=timeout, context=context)
        try:
            connection.send(data, lambda: None)
        finally:
            connection.close()
        return settings.sender

    def send_pending(
        self,
        password: str | None,
        *,
        only: Sequence[int] | None = None,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
        timeout: float = TIMEOUT_S,
        context: ssl.SSLContext | None = None,
    ) -> SendReport:
        """Send the pending messages (those of `only`, if given), oldest first, through the
        secretariat's server; safe to run after a crash, beside another run, and again.

        `progress(done, total, entry)` is called after each message; `cancelled()` is asked
        before each one (the one being sent is finished first). A server that cannot be reached
        raises MailConnectionError (nothing changed); a connection lost during the run stops
        it, reported in `stopped`, the rest left pending.
        """
        self.recover()
        todo = self._pending(only)
        report = SendReport()
        if not todo:
            return report
        settings = self.settings()
        connection = connect(settings, password, timeout=timeout, context=context)
        try:
            for done, entry in enumerate(todo, start=1):
                if cancelled is not None and cancelled():
                    report.cancelled = True
                    report.stopped = "Envoi interrompu à la demande."
                    break
                outcome = self._send_one(connection.send, entry.id)
                if outcome is None:  # another run took it
                    continue
                state, error, stop = outcome
                current = replace(entry, state=state, error=error)
                if state == "sent":
                    report.sent.append(self.entry(entry.id))
                elif state == "failed":
                    report.failed.append(self.entry(entry.id))
                if progress is not None:
                    progress(done, len(todo), current)
                if stop:
                    report.stopped = error
                    break
        finally:
            connection.close()
        report.left = self._pending(only)
        return report

    def _send_one(
        self, send: Callable[[bytes, Callable[[], None]], None], entry_id: int
    ) -> tuple[str, str, bool] | None:
        """Claim, send and settle one message: its new state, the error and whether the run
        must stop (the connection is lost); None if another run has it."""
        claimant = self._claimant
        with self.store.session() as session:
            if not rows.claim(session, entry_id, claimant, self._clock()):
                return None
            data = rows.message(session, entry_id)
        delivering = False

        def before_end() -> None:
            nonlocal delivering
            with self.store.session() as session:
                rows.mark_delivering(session, entry_id, claimant)
            delivering = True

        try:
            send(data, before_end)
        except MailRefusedError as exc:
            state = "failed" if exc.permanent else "pending"
            self._settle(entry_id, state, str(exc))
            return state, str(exc), False
        except MailUncertainError as exc:
            self._settle(entry_id, "failed", str(exc))
            return "failed", str(exc), True
        except MailConnectionError as exc:
            self._settle(entry_id, "pending", str(exc))
            return "pending", str(exc), True
        except BaseException:
            # A bug or an interrupt: before the end of the message, nothing was taken.
            if delivering:
                self._settle(entry_id, "failed", UNCERTAIN)
            else:
                self._settle(entry_id, "pending", "")
            raise
        self._settle(entry_id, "sent", "", sent_at=self._clock())
        return "sent", "", False

    def _settle(
        self, entry_id: int, state: str, error: str, sent_at: datetime | None = None
    ) -> None:
        with self.store.session() as session:
            rows.settle(
                session, entry_id, state, error=error, sent_at=sent_at, claimant=self._claimant
            )

    def _pending(self, only: Sequence[int] | None) -> list[OutboxEntry]:
        with self.store.reading() as session:
            return rows.entries(session, states=["pending"], ids=only)

    def write_drafts(self, folder: Path, only: Sequence[int] | None = None) -> list[Path]:
        """Write the pending messages as draft files (.eml) in `folder` instead of sending them:
        each is then « drafted » (the next run does not send it). Returns the files written."""
        from deliberation.exports.files import write_atomically

        self.recover()
        folder = Path(folder).expanduser()
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            from deliberation.errors import ExportError, os_reason

            raise ExportError(
                Sentence(
                    QT_TRANSLATE_NOOP(
                        "errors", "Impossible de créer le dossier « {folder} » : {reason}."
                    ),
                    folder=folder,
                    reason=os_reason(exc),
                )
            ) from exc
        written: list[Path] = []
        for entry in self._pending(only):
            with self.store.session() as session:
                if not rows.claim(session, entry.id, self._claimant, self._clock()):
                    continue
                data = rows.message(session, entry.id)
            target = folder / draft_name(entry)
            try:
                write_atomically(target, _writer(draft_bytes(data)))
            except BaseException:
                self._settle(entry.id, "pending", "")
                raise
            self._settle(entry.id, "drafted", "")
            written.append(target)
        return written


def _writer(data: bytes) -> Callable[[Path], None]:
    def write(path: Path) -> None:
        path.write_bytes(data)

    return write


def draft_name(entry: OutboxEntry) -> str:
    """« 0007 Convocation - Académie de Lyon.eml »: sorted as queued, safe on every system."""
    kind = MAIL_KINDS.get(entry.kind, entry.kind)
    name = f"{entry.id:04d} {kind} - {entry.organisation_name or 'sans organisation'}"
    name = re.sub(r'[<>:"/\\|?*\x00-\x1f]+', "-", name).strip(" .-")
    return name[:120] + ".eml"


def default_port(security: str) -> int:
    """The usual port of a security: 25, 587 (STARTTLS) or 465 (TLS)."""
    return DEFAULT_PORTS.get(security, 587)


def _stale(claimant: str, since: datetime | None, now: datetime) -> bool:
    """Whether a claim's run is dead: its process is gone from this computer, or it is old."""
    if since is None or now - since > CLAIM_LEASE:
        return True
    host, _, rest = claimant.partition(":")
    pid_text = rest.partition(":")[0]
    if host != socket.gethostname() or not pid_text.isdigit() or os.name != "posix":
        return False  # another computer's run, or no way to ask: only the lease tells
    pid = int(pid_text)
    if pid == os.getpid():
        return False  # a run of this process (the window's thread): alive
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False  # someone else's live process
    return False
