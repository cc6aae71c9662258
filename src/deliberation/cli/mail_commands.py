"""The e-mail commands: SMTP settings, sending the outbox or writing drafts, resending, listing."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from deliberation.cli.arguments import PROG, add_id, command_group, subcommand, whole_number
from deliberation.cli.common import open_existing
from deliberation.cli.table import Column, Listing
from deliberation.errors import KeyringUnavailableError, MailError
from deliberation.records.mail import MAIL_KINDS, OUTBOX_STATES, SMTP_SECURITIES, MailSettings
from deliberation.rules.wording import count, numeric_moment

if TYPE_CHECKING:
    from deliberation.records.mail import OutboxEntry
    from deliberation.services.outbox import Outbox, SendReport
    from deliberation.services.reading import AnyOutbox
    from deliberation.services.root import Root


# -- arguments ----------------------------------------------------------------------------------


def add_mail(commands: Any, after: argparse.ArgumentParser) -> None:
    mail = command_group(
        commands,
        "mail",
        after,
        ("opérations", "OPÉRATION"),
        help="régler l'envoi des courriels, envoyer la boîte d'envoi, renvoyer un message",
        description="Envoi des courriels aux membres par le serveur SMTP du secrétariat. "
        f"La boîte d'envoi se consulte avec « {PROG} list outbox ».",
    )
    settings = subcommand(
        mail,
        "mail settings",
        after,
        help="régler le serveur d'envoi (SMTP) et l'expéditeur",
        description="Enregistre dans la base le serveur d'envoi, sa sécurité, l'identifiant "
        "et l'adresse d'expéditeur (communs à l'application et à la ligne de commande). Le mot "
        "de passe n'est gardé que dans le trousseau du système : il est demandé quand un "
        "identifiant est donné, ou lu sur l'entrée standard avec --password-stdin.",
    )
    settings.add_argument("--host", metavar="SERVEUR", help="nom du serveur SMTP")
    settings.add_argument("--port", metavar="PORT", type=_port, help="port (25, 465, 587…)")
    settings.add_argument(
        "--security",
        choices=tuple(SMTP_SECURITIES),
        help="none (aucune), starttls ou tls (port 587 ou 465 par défaut)",
    )
    settings.add_argument(
        "--user", metavar="IDENTIFIANT", help="identifiant de connexion (vide : sans connexion)"
    )
    settings.add_argument(
        "--from", dest="sender", metavar="ADRESSE", help="adresse d'expéditeur des messages"
    )
    settings.add_argument("--from-name", dest="sender_name", metavar="NOM", help="nom affiché")
    settings.add_argument("--show", action="store_true", help="afficher les réglages")
    add_password_stdin(settings)
    settings.set_defaults(run=_settings)
    send = subcommand(
        mail,
        "mail send-pending",
        after,
        help="envoyer les messages en attente de la boîte d'envoi",
        description="Envoie, un par un, les messages « à envoyer » de la boîte d'envoi. Un envoi "
        "interrompu (connexion perdue, programme arrêté) se reprend en relançant la commande : "
        "aucun message n'est envoyé deux fois. Avec --eml, écrit des brouillons (.eml) à "
        "ouvrir dans Outlook ou Thunderbird au lieu d'envoyer.",
    )
    send.add_argument(
        "--eml", metavar="DOSSIER", type=Path, help="écrire des brouillons .eml dans ce dossier"
    )
    add_password_stdin(send)
    send.set_defaults(run=_send_pending)
    resend = subcommand(
        mail,
        "mail resend",
        after,
        help="renvoyer un message de la boîte d'envoi",
        description="Remet un message (envoyé, en échec ou écrit en brouillon) dans la boîte "
        "d'envoi et l'envoie.",
    )
    add_id(resend, "entry", f"numéro du message (voir « {PROG} list outbox »)")
    add_password_stdin(resend)
    resend.set_defaults(run=_resend)


def add_password_stdin(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--password-stdin",
        action="store_true",
        help="lire le mot de passe sur l'entrée standard (une ligne)",
    )


def _port(text: str) -> int:
    number = whole_number(text, "port")
    if number > 65535:
        raise argparse.ArgumentTypeError(f"port invalide : « {text} » (de 1 à 65535)")
    return number


# -- commands -----------------------------------------------------------------------------------


def _settings(args: argparse.Namespace, location: str) -> int:
    from deliberation.mail import secrets
    from deliberation.services.outbox import default_port

    with open_existing(location) as root:
        outbox = root.outbox
        current = outbox.settings()
        changes = {
            name: value
            for name in ("host", "security", "user", "sender", "sender_name", "port")
            if (value := getattr(args, name)) is not None
        }
        if "security" in changes and "port" not in changes:
            changes["port"] = default_port(changes["security"])
        updated = current
        if changes:
            updated = outbox.save_settings(MailSettings(**{**current.__dict__, **changes}))
            print("Réglages d'envoi enregistrés.", file=sys.stderr)
        asked = args.password_stdin or ("user" in changes and updated.user and _interactive())
        if asked and updated.user:
            password = _read_password(args, updated, "à garder dans le trousseau")
            if password:
                try:
                    secrets.store_password(updated, password)
                    print("Mot de passe gardé dans le trousseau du système.", file=sys.stderr)
                except KeyringUnavailableError as exc:
                    print(str(exc), file=sys.stderr)
        elif args.password_stdin:
            print("Aucun identifiant n'est réglé : le mot de passe est ignoré.", file=sys.stderr)
        if args.show or not changes:
            print(settings_text(updated))
    return 0


def settings_text(settings: MailSettings) -> str:
    """The settings as `mail settings --show` prints them (never a password)."""
    security = SMTP_SECURITIES.get(settings.security, settings.security)
    sender = settings.sender or "(non réglée)"
    if settings.sender and settings.sender_name:
        sender = f"{settings.sender_name} <{settings.sender}>"
    lines = [
        f"Serveur : {settings.host or '(non réglé)'}",
        f"Port : {settings.port}",
        f"Sécurité : {security}",
        f"Identifiant : {settings.user or '(sans connexion)'}",
        f"Expéditeur : {sender}",
    ]
    return "\n".join(lines)


def _send_pending(args: argparse.Namespace, location: str) -> int:
    with open_existing(location) as root:
        outbox = root.outbox
        if args.eml is not None:
            written = outbox.write_drafts(args.eml)
            for path in written:
                print(path.resolve())
            what = count(len(written), "brouillon écrit", "brouillons écrits")
            print(
                f"{what[0].upper()}{what[1:]} ; ouvrez-les dans votre messagerie.", file=sys.stderr
            )
            return 0
        return _run(args, root, outbox, None)


def _resend(args: argparse.Namespace, location: str) -> int:
    with open_existing(location) as root:
        outbox = root.outbox
        outbox.resend(args.entry)
        return _run(args, root, outbox, [args.entry])


def _run(args: argparse.Namespace, root: Root, outbox: Outbox, only: list[int] | None) -> int:
    pending = [e for e in outbox.entries(["pending"]) if only is None or e.id in only]
    if not pending:
        outbox.recover()
        print("Aucun message à envoyer.", file=sys.stderr)
        return 0
    settings = outbox.settings()
    password = ask_password(args, outbox, settings)
    report = outbox.send_pending(password, only=only, progress=print_progress)
    print(report_text(report), file=sys.stderr)
    return 1 if report.failed or report.stopped else 0


def print_progress(done: int, total: int, entry: OutboxEntry) -> None:
    """One line per message of a run, on the error output: « [3/14] Envoyé — AMF — objet »."""
    state = OUTBOX_STATES.get(entry.state, entry.state)
    reason = f" : {entry.error}" if entry.error else ""
    who = entry.organisation_name or entry.recipients
    print(f"[{done}/{total}] {state} — {who} — {entry.subject}{reason}", file=sys.stderr)


def report_text(report: SendReport) -> str:
    """One line: how many messages were sent, failed, left; why the run stopped."""
    parts = [count(len(report.sent), "message envoyé", "messages envoyés")]
    if report.failed:
        parts.append(count(len(report.failed), "échec", "échecs"))
    if report.left:
        parts.append(count(len(report.left), "message en attente", "messages en attente"))
    line = ", ".join(parts) + "."
    return f"{line} {report.stopped}" if report.stopped else line


def ask_password(args: argparse.Namespace, outbox: Outbox, settings: MailSettings) -> str | None:
    """The login's password: read on the standard input if asked, else the keyring's, else
    asked on the terminal (the keyring being absent is said once)."""
    if not settings.user:
        return None
    if args.password_stdin:
        return _read_password(args, settings, "")
    try:
        password = outbox.password(settings)
    except KeyringUnavailableError as exc:
        print(str(exc), file=sys.stderr)
        password = None
    if password is None:
        if not _interactive():
            raise MailError(
                f"Aucun mot de passe n'est gardé pour {settings.user} sur {settings.host} ; "
                "donnez-le avec --password-stdin."
            )
        password = _read_password(args, settings, "")
    return password


def _read_password(args: argparse.Namespace, settings: MailSettings, purpose: str) -> str:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    suffix = f" ({purpose})" if purpose else ""
    return getpass.getpass(f"Mot de passe de {settings.user} sur {settings.host}{suffix} : ")


def _interactive() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


# -- the outbox's list --------------------------------------------------------------------------


def list_outbox(outbox: AnyOutbox) -> Listing:
    """The outbox per organisation: what was sent when, its state and the server's reason."""
    entries = sorted(
        outbox.entries(), key=lambda e: (e.organisation_name.casefold(), e.created_at, e.id)
    )
    rows = [outbox_row(e) for e in entries]
    columns = [
        Column("N°", lambda r: str(r["id"])),
        Column("Organisation", lambda r: r["organisation"], min_width=12),
        Column("Message", lambda r: r["kind_label"]),
        Column("État", lambda r: r["state_label"]),
        Column("Envoyé le", lambda r: _moment(r["sent_at"])),
        Column("Objet", lambda r: r["subject"], min_width=16),
        Column("Raison", lambda r: r["error"], min_width=12),
    ]
    counts = [count(len(rows), "message", "messages")]
    for state, label in OUTBOX_STATES.items():
        number = sum(1 for r in rows if r["state"] == state)
        if number:
            counts.append(f"{label.lower()} : {number}")
    total = counts[0] + (f" ({', '.join(counts[1:])})" if len(counts) > 1 else "")
    return rows, columns, total + "."


def outbox_row(entry: OutboxEntry) -> dict[str, Any]:
    return {
        "id": entry.id,
        "key": entry.key,
        "kind": entry.kind,
        "kind_label": MAIL_KINDS.get(entry.kind, entry.kind),
        "organisation_id": entry.organisation_id,
        "organisation": entry.organisation_name,
        "recipients": entry.recipients,
        "subject": entry.subject,
        "state": entry.state,
        "state_label": OUTBOX_STATES.get(entry.state, entry.state),
        "created_at": entry.created_at.isoformat(),
        "sent_at": entry.sent_at.isoformat() if entry.sent_at else None,
        "attempts": entry.attempts,
        "error": entry.error,
    }


def _moment(text: str | None) -> str:
    if not text:
        return ""
    from datetime import datetime

    return numeric_moment(datetime.fromisoformat(text))
