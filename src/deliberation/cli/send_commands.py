"""`deliberation send …`: build a convocation, consultation, reminders or a draft's circulation,
queue it in the outbox and send it (or preview it, or write it as .eml drafts)."""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from deliberation.cli.arguments import PROG, add_id, add_meeting_id, command_group, subcommand
from deliberation.cli.common import open_existing
from deliberation.cli.mail_commands import add_password_stdin
from deliberation.cli.opinions_commands import add_opinion_version
from deliberation.errors import MailError
from deliberation.records.mail import MAIL_KINDS, OUTBOX_STATES
from deliberation.rules.wording import count, numeric_moment

if TYPE_CHECKING:
    from deliberation.records.mail import Mail, MailSettings, OutboxEntry
    from deliberation.services.mailing import MailBatch, Mailing

SEE_CONSULTATIONS = f"voir « {PROG} list consultations »"
SETTINGS_HINT = f"« {PROG} mail settings --host SERVEUR --from ADRESSE »"
INDENT = "  "


# -- arguments ----------------------------------------------------------------------------------


def add_send(commands: Any, after: argparse.ArgumentParser) -> None:
    sends = command_group(
        commands,
        "send",
        after,
        ("messages", "MESSAGE"),
        help="envoyer une convocation, une consultation, des relances ou un projet d'avis par "
        "courriel",
        description="Prépare les messages (un par organisation, à ses délégués qui ont une "
        "adresse), les enregistre dans la boîte d'envoi puis les envoie par le serveur du "
        f"secrétariat (réglé avec {SETTINGS_HINT}). Relancer la même commande n'envoie rien "
        "de plus ; un envoi interrompu reprend là où il s'était arrêté.",
    )
    convocation = subcommand(
        sends,
        "send convocation",
        after,
        help="la convocation d'une séance, avec l'ordre du jour et l'invitation au calendrier",
        description="Envoie aux délégués de chaque organisation convoquée l'ordre du jour "
        "(.docx) et une invitation qu'Outlook et Thunderbird ajoutent au calendrier. Une séance "
        "déplacée depuis le dernier envoi est envoyée à nouveau (mise à jour de l'invitation) ; "
        "une séance annulée ou reportée envoie l'annulation.",
    )
    add_meeting_id(convocation)
    _add_modes(convocation)
    convocation.set_defaults(run=_send, build=_convocation)
    for name, builder, what in (
        ("consultation", _consultation, "la consultation"),
        ("reminders", _reminders, "les relances"),
    ):
        description = (
            "Envoie à chaque organisation consultée un formulaire de réponse fait pour elle "
            "(Word et tableur), à renvoyer rempli ; les réponses se lisent avec « "
            f"{PROG} import answers »."
            if name == "consultation"
            else "Envoie une relance, avec la date limite et le formulaire de réponse, aux "
            "seules organisations consultées qui n'ont pas répondu sur tous les sujets (une "
            "relance par jour au plus)."
        )
        parser = subcommand(
            sends,
            f"send {name}",
            after,
            help=f"{what} d'une consultation",
            description=description,
        )
        add_id(parser, "consultation", f"la consultation ({SEE_CONSULTATIONS})")
        _add_modes(parser)
        parser.set_defaults(run=_send, build=builder)
    draft = subcommand(
        sends,
        "send draft",
        after,
        help="un projet d'avis à relire, en Word, à chaque organisation du groupe",
        description="Envoie l'export Word du projet (le texte actuel, ou la version N) à chaque "
        "organisation membre du groupe de travail (du comité pour un avis sans groupe), sous "
        "un nom de fichier qui la désigne : le fichier relu et renvoyé se lit avec « "
        f"{PROG} import review ».",
    )
    add_opinion_version(draft, "envoyer la version N au lieu du texte actuel")
    _add_modes(draft)
    draft.set_defaults(run=_send, build=_draft)


def _add_modes(parser: argparse.ArgumentParser) -> None:
    modes = parser.add_mutually_exclusive_group()
    modes.add_argument(
        "--dry-run",
        action="store_true",
        help="montrer qui recevrait quoi, sans rien envoyer ni enregistrer",
    )
    modes.add_argument(
        "--eml",
        metavar="DOSSIER",
        type=Path,
        help="écrire des brouillons .eml (à ouvrir dans Outlook ou Thunderbird) dans ce dossier "
        "au lieu d'envoyer",
    )
    add_password_stdin(parser)


# -- what each command builds -------------------------------------------------------------------

Builder = Callable[["Mailing", argparse.Namespace], "MailBatch"]


def _convocation(mailing: Mailing, args: argparse.Namespace) -> MailBatch:
    return mailing.convocation_mails(args.meeting)


def _consultation(mailing: Mailing, args: argparse.Namespace) -> MailBatch:
    return mailing.consultation_mails(args.consultation)


def _reminders(mailing: Mailing, args: argparse.Namespace) -> MailBatch:
    return mailing.reminder_mails(args.consultation)


def _draft(mailing: Mailing, args: argparse.Namespace) -> MailBatch:
    return mailing.draft_mails(args.opinion, args.version, dry_run=args.dry_run)


# -- the command --------------------------------------------------------------------------------


def _send(args: argparse.Namespace, location: str) -> int:
    from deliberation.records.mail import Recipient
    from deliberation.services.mailing import Mailing

    with open_existing(location) as root:
        outbox = root.outbox
        settings = outbox.settings()
        _check_settings(settings, sending=not args.dry_run and args.eml is None)
        mailing = Mailing(root, Recipient(settings.sender, settings.sender_name))
        build: Builder = args.build
        batch = build(mailing, args)
        keys = [mail.key for mail in batch.mails]
        if args.dry_run:
            known = {e.key: e for e in outbox.entries(keys=keys)}
            print(preview_text(batch, known))
            return 0
        outbox.queue(batch.mails)
        outbox.recover()  # a dead run's messages go back to pending: this run sends them
        entries = outbox.entries(keys=keys)
        pending = [e for e in entries if e.state == "pending"]
        earlier = [e for e in entries if e.state != "pending"]
        if batch.unreachable:
            print(batch.unreachable_sentence(), file=sys.stderr)
        if not batch.mails:
            print("Aucun message à envoyer.", file=sys.stderr)
            return 0
        if not pending:
            print(
                f"Rien de nouveau à envoyer : {_earlier_text(earlier, len(entries))} ; "
                f"voir « {PROG} list outbox ».",
                file=sys.stderr,
            )
            return 0
        ids = [e.id for e in pending]
        if args.eml is not None:
            return _write_drafts(outbox, args.eml, ids, earlier, len(entries))
        return _deliver(args, outbox, settings, ids, earlier, len(entries))


def _check_settings(settings: MailSettings, *, sending: bool) -> None:
    if not settings.sender:
        raise MailError(
            f"Aucune adresse d'expéditeur n'est réglée : lancez d'abord {SETTINGS_HINT}."
        )
    if sending and not settings.host:
        raise MailError(
            "Aucun serveur d'envoi n'est réglé : lancez d'abord "
            f"« {PROG} mail settings --host SERVEUR », ou écrivez des brouillons avec --eml."
        )


def _write_drafts(
    outbox: Any, folder: Path, ids: list[int], earlier: list[OutboxEntry], total: int
) -> int:
    written = outbox.write_drafts(folder, only=ids)
    for path in written:
        print(path.resolve())
    what = count(len(written), "brouillon écrit", "brouillons écrits")
    line = f"{what[0].upper()}{what[1:]} ; ouvrez-les dans votre messagerie."
    if earlier:
        line += f" Déjà traités avant : {_earlier_text(earlier, total)}."
    print(line, file=sys.stderr)
    return 0


def _deliver(
    args: argparse.Namespace,
    outbox: Any,
    settings: MailSettings,
    ids: list[int],
    earlier: list[OutboxEntry],
    total: int,
) -> int:
    from deliberation.cli.mail_commands import ask_password, print_progress, report_text

    password = ask_password(args, outbox, settings)
    try:
        report = outbox.send_pending(password, only=ids, progress=print_progress)
    except MailError as exc:  # the server cannot be reached: nothing was sent, nothing is lost
        raise MailError(
            f"{str(exc).rstrip('.')} ; les messages restent dans la boîte d'envoi : relancez la "
            "commande une fois le problème réglé."
        ) from exc
    lines = [report_text(report)]
    for entry in report.failed:
        lines.append(f"{INDENT}Échec — {entry.organisation_name} : {entry.error}")
    if earlier:
        lines.append(f"Déjà traités avant cet envoi : {_earlier_text(earlier, total)}.")
    print("\n".join(lines), file=sys.stderr)
    return 1 if report.failed or report.stopped else 0


def _earlier_text(earlier: list[OutboxEntry], total: int) -> str:
    """« 14 messages sur 14 déjà dans la boîte d'envoi (envoyé : 13, échec : 1) »."""
    states = Counter(e.state for e in earlier)
    detail = ", ".join(
        f"{label.lower()} : {states[state]}" for state, label in OUTBOX_STATES.items()
        if states[state]
    )  # fmt: skip
    head = f"{count(len(earlier), 'message', 'messages')} sur {total}"
    return f"{head} déjà dans la boîte d'envoi ({detail})"


# -- the dry run --------------------------------------------------------------------------------


def preview_text(batch: MailBatch, known: dict[str, OutboxEntry]) -> str:
    """Who would get what: per organisation its addresses, the subject, the attachments, and
    whether the message is already in the outbox; then who cannot be reached."""
    lines: list[str] = []
    if batch.mails:
        kind = MAIL_KINDS.get(batch.mails[0].kind, batch.mails[0].kind)
        lines.append(f"{kind} : {count(len(batch.mails), 'message', 'messages')}.")
    for mail in batch.mails:
        lines += _mail_lines(mail, known.get(mail.key))
    if batch.unreachable:
        lines.append(batch.unreachable_sentence())
    fresh = sum(1 for mail in batch.mails if mail.key not in known)
    if batch.mails and not fresh:
        lines.append(
            "Tous ces messages sont déjà dans la boîte d'envoi : un envoi n'ajouterait rien."
        )
    lines.append("Essai : rien n'a été envoyé ni enregistré.")
    return "\n".join(lines)


def _mail_lines(mail: Mail, entry: OutboxEntry | None) -> list[str]:
    addresses = ", ".join(
        f"{r.name} <{r.address}>" if r.name else r.address for r in mail.to
    )  # fmt: skip
    files = [a.file_name for a in mail.attachments]
    if mail.invitation is not None:
        what = "annulation" if mail.invitation.method == "CANCEL" else "invitation"
        files.append(f"{what} au calendrier")
    lines = [
        f"{INDENT}{mail.organisation_name} : {addresses}",
        f"{INDENT * 2}Objet : {mail.subject}",
        f"{INDENT * 2}Pièces jointes : {' ; '.join(files) if files else 'aucune'}",
    ]
    if entry is not None:
        state = OUTBOX_STATES.get(entry.state, entry.state).lower()
        when = f" le {numeric_moment(entry.sent_at)}" if entry.sent_at else ""
        lines.append(f"{INDENT * 2}Déjà dans la boîte d'envoi (n° {entry.id}, {state}{when}).")
    return lines
