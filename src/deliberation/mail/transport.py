"""The SMTP connection: none, STARTTLS or TLS, an optional login, and French sentences for failures.

One message is handed over in two steps, so that the caller can record, between them, that the
end of the message is about to reach the server (see `Connection.send`): before the final
« . », a broken connection means the server did not take the message; after it, only the
server's answer tells, and a lost answer leaves the message's fate uncertain.
"""

from __future__ import annotations

import base64
import smtplib
import socket
import ssl
from collections.abc import Callable
from types import TracebackType

from deliberation.errors import (
    MailConnectionError,
    MailError,
    MailRefusedError,
    MailUncertainError,
)
from deliberation.mail.message import envelope
from deliberation.records.i18n import QT_TRANSLATE_NOOP, Sentence
from deliberation.records.mail import SMTP_SECURITIES, MailSettings

TIMEOUT_S = 30.0  # per network operation: a server that stops answering ends the run


def _reason(code: int | None, text: bytes | str | None) -> str:
    """The server's answer as the user reads it: « 550 5.1.1 Utilisateur inconnu »."""
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    words = " ".join((text or "").split())
    return f"{code} {words}".strip() if code else words


class Connection:
    """An open, logged-in SMTP session; `send` one message after another, then `close`."""

    def __init__(self, settings: MailSettings, smtp: smtplib.SMTP) -> None:
        self.settings = settings
        self._smtp = smtp

    def send(self, data: bytes, before_end: Callable[[], None]) -> None:
        """Hand one stored message over; `before_end()` is called just before its final « . ».

        Raises MailRefusedError when the server refuses it (nothing was taken: a later run may
        retry it unless `permanent`), MailConnectionError when the connection broke before the
        end of the message (nothing was taken either), MailUncertainError when it broke after
        (the server may have taken it).
        """
        sender, recipients = envelope(data)
        smtp = self._smtp
        try:
            code, text = smtp.mail(sender)
            if code != 250:
                raise _refused(
                    code,
                    text,
                    Sentence(
                        QT_TRANSLATE_NOOP("errors", "l'expéditeur {sender} a été refusé"),
                        sender=sender,
                    ),
                )
            refused: list[str] = []
            last: tuple[int, bytes] = (0, b"")
            for address in recipients:
                code, text = smtp.rcpt(address)
                if code not in (250, 251):
                    refused.append(f"{address} ({_reason(code, text)})")
                    last = (code, text)
            if refused:
                smtp.rset()
                what = (
                    Sentence(QT_TRANSLATE_NOOP("errors", "le destinataire {refused} refusé(s)"),
                             refused=refused[0])
                    if len(refused) == 1
                    else Sentence(
                        QT_TRANSLATE_NOOP("errors", "les destinataires {refused} refusé(s)"),
                        refused=", ".join(refused),
                    )
                )  # fmt: skip
                raise _refused(*last, what, reason=False)
            code, text = smtp.docmd("DATA")
            if code != 354:
                raise _refused(
                    code, text, QT_TRANSLATE_NOOP("errors", "le contenu du message a été refusé")
                )
            smtp.send(_dot_stuffed(data))
        except smtplib.SMTPServerDisconnected as exc:
            raise self._broken(exc) from exc
        except (OSError, smtplib.SMTPResponseException) as exc:
            raise self._broken(exc) from exc
        before_end()
        try:
            smtp.send(b".\r\n")
            code, text = smtp.getreply()
        except (OSError, smtplib.SMTPServerDisconnected, smtplib.SMTPResponseException) as exc:
            raise MailUncertainError(
                Sentence(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "La connexion au serveur {host} a été perdue juste après l'envoi "
                        "du message : le serveur l'a peut-être reçu ; vérifiez avant de "
                        "le renvoyer.",
                    ),
                    host=self.settings.host,
                )
            ) from exc
        if code != 250:
            raise _refused(code, text, QT_TRANSLATE_NOOP("errors", "le message a été refusé"))

    def _broken(self, exc: BaseException) -> MailConnectionError:
        if isinstance(exc, smtplib.SMTPResponseException):
            return MailConnectionError(
                Sentence(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "La connexion au serveur {host} a été perdue ({reason}) ; les "
                        "messages non envoyés partiront au prochain envoi.",
                    ),
                    host=self.settings.host,
                    reason=_reason(exc.smtp_code, exc.smtp_error),
                )
            )
        return MailConnectionError(
            Sentence(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "La connexion au serveur {host} a été perdue ; les messages non envoyés "
                    "partiront au prochain envoi.",
                ),
                host=self.settings.host,
            )
        )

    def close(self) -> None:
        try:
            self._smtp.quit()
        except (OSError, smtplib.SMTPException):
            self._smtp.close()

    def __enter__(self) -> Connection:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def connect(
    settings: MailSettings,
    password: str | None,
    *,
    timeout: float = TIMEOUT_S,
    context: ssl.SSLContext | None = None,
) -> Connection:
    """Open a session with the secretariat's server (its certificate checked against the
    system's authorities, or `context`'s), logged in when a user is set.

    Raises MailConnectionError (unreachable, TLS refused) or MailError (login refused), worded.
    """
    host = settings.host.strip()
    if not host:
        raise MailError(
            QT_TRANSLATE_NOOP(
                "errors", "Indiquez le serveur d'envoi (SMTP) dans les réglages d'envoi."
            )
        )
    if settings.security not in SMTP_SECURITIES:
        raise MailError(
            Sentence(
                QT_TRANSLATE_NOOP("errors", "Sécurité de connexion inconnue : « {security} »."),
                security=settings.security,
            )
        )
    context = context or ssl.create_default_context()
    where = f"{host}:{settings.port}"
    smtp: smtplib.SMTP | None = None
    try:
        if settings.security == "tls":
            smtp = smtplib.SMTP_SSL(host, settings.port, timeout=timeout, context=context)
        else:
            smtp = smtplib.SMTP(host, settings.port, timeout=timeout)
        smtp.ehlo()
        if settings.security == "starttls":
            if not smtp.has_extn("starttls"):
                raise MailConnectionError(
                    Sentence(
                        QT_TRANSLATE_NOOP(
                            "errors",
                            "Le serveur {where} ne propose pas STARTTLS ; choisissez une "
                            "autre sécurité de connexion.",
                        ),
                        where=where,
                    )
                )
            smtp.starttls(context=context)
            smtp.ehlo()
        if settings.user:
            if password is None:
                raise MailError(
                    Sentence(
                        QT_TRANSLATE_NOOP(
                            "errors", "Le mot de passe de {user} sur {host} est nécessaire."
                        ),
                        user=settings.user,
                        host=host,
                    )
                )
            _login(smtp, settings.user, password)
    except smtplib.SMTPAuthenticationError as exc:
        _close(smtp)
        raise MailError(
            Sentence(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Le serveur {where} a refusé l'identifiant ou le mot de passe de "
                    "{user} ({reason}).",
                ),
                where=where,
                user=settings.user,
                reason=_reason(exc.smtp_code, exc.smtp_error),
            )
        ) from None  # the exception's context may hold the password's encoding: not chained
    except smtplib.SMTPNotSupportedError:
        _close(smtp)
        raise MailError(
            Sentence(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Le serveur {where} n'accepte pas d'identification ; videz "
                    "l'identifiant dans les réglages d'envoi.",
                ),
                where=where,
            )
        ) from None
    except ssl.SSLError as exc:
        _close(smtp)
        raise MailConnectionError(
            Sentence(
                QT_TRANSLATE_NOOP(
                    "errors", "La connexion sécurisée au serveur {where} a échoué ({reason})."
                ),
                where=where,
                reason=exc.reason or exc,
            )
        ) from exc
    except (socket.gaierror, ConnectionRefusedError, TimeoutError) as exc:
        _close(smtp)
        what = {
            socket.gaierror: QT_TRANSLATE_NOOP("errors", "ce nom de serveur est inconnu"),
            ConnectionRefusedError: QT_TRANSLATE_NOOP("errors", "connexion refusée"),
        }.get(type(exc), QT_TRANSLATE_NOOP("errors", "le serveur ne répond pas"))
        raise MailConnectionError(
            Sentence(
                QT_TRANSLATE_NOOP("errors", "Impossible de joindre le serveur {where} : {what}."),
                where=where,
                what=what,
            )
        ) from exc
    except (OSError, smtplib.SMTPException) as exc:
        _close(smtp)
        detail = (
            _reason(exc.smtp_code, exc.smtp_error)
            if isinstance(exc, smtplib.SMTPResponseException)
            else str(exc) or type(exc).__name__
        )
        raise MailConnectionError(
            Sentence(
                QT_TRANSLATE_NOOP(
                    "errors", "Impossible d'ouvrir une session avec le serveur {where} ({detail})."
                ),
                where=where,
                detail=detail,
            )
        ) from exc
    return Connection(settings, smtp)


def _login(smtp: smtplib.SMTP, user: str, password: str) -> None:
    """AUTH PLAIN (else LOGIN) with the user and password in UTF-8, as RFC 4616 says: smtplib's
    own login encodes them in ASCII and fails on « é ». Other mechanisms: smtplib's login."""
    offered = (smtp.esmtp_features.get("auth") or "").upper().split()
    if "PLAIN" in offered:
        token = base64.b64encode(b"\0" + user.encode() + b"\0" + password.encode()).decode()
        code, text = smtp.docmd("AUTH", f"PLAIN {token}")
    elif "LOGIN" in offered:
        code, text = smtp.docmd("AUTH", "LOGIN")
        if code == 334:
            code, text = smtp.docmd(base64.b64encode(user.encode()).decode())
        if code == 334:
            code, text = smtp.docmd(base64.b64encode(password.encode()).decode())
    else:
        smtp.login(user, password)
        return
    if code == 503:  # already authenticated
        return
    if code != 235:
        raise smtplib.SMTPAuthenticationError(code, text)


def _close(smtp: smtplib.SMTP | None) -> None:
    if smtp is not None:
        smtp.close()


def _refused(code: int, text: bytes, what: str, *, reason: bool = True) -> MailRefusedError:
    """The server's refusal: what it refused, then its answer unless `reason` is False (the
    refused recipients already carry theirs)."""
    sentence = (
        Sentence(
            QT_TRANSLATE_NOOP("errors", "Le serveur a refusé le message : {what} : {reason}."),
            what=what,
            reason=_reason(code, text),
        )
        if reason
        else Sentence(
            QT_TRANSLATE_NOOP("errors", "Le serveur a refusé le message : {what}."), what=what
        )
    )
    return MailRefusedError(sentence, permanent=code >= 500)


def _dot_stuffed(data: bytes) -> bytes:
    """The message's lines as DATA carries them: CRLF endings, a leading « . » doubled, and a
    final CRLF (the « . » that ends the message is sent apart)."""
    lines = data.replace(b"\r\n", b"\n").replace(b"\r", b"\n").split(b"\n")
    if lines and lines[-1] == b"":
        lines.pop()
    return b"".join((b"." + line if line.startswith(b".") else line) + b"\r\n" for line in lines)
