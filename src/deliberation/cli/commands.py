"""The `deliberation` command: init, list, show, record, export, import, demo; without one, the
window."""

from __future__ import annotations

import argparse
import gc
import logging
import os
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from deliberation import __version__
from deliberation.cli.arguments import (
    LISTS,
    PLENARY,
    PROG,
    Parser,
    add_id,
    add_json,
    add_meeting_id,
    add_output,
    add_period,
    check_arguments,
    command_group,
    group,
    subcommand,
)
from deliberation.cli.common import fail, open_existing, open_for_reading, show, write_json
from deliberation.errors import DeliberationError, ExportError, os_reason
from deliberation.paths import STORE_ENV, is_url, resolve_store_location, safe_location
from deliberation.rules.wording import count, numeric_date

# Building the parser imports only argparse and the cli modules' argument helpers: the views,
# use cases, store and file libraries are imported by each command that needs them, so that
# --help starts at once (tests/test___main__.py keeps it so; --version alone: cli/__init__.py).
if TYPE_CHECKING:
    from deliberation.records.meetings import MeetingDetails
    from deliberation.records.referential import SeedReport
    from deliberation.services.reading import AnyRoot

log = logging.getLogger(__name__)

SEED_LABELS = {
    "kind": ("type d'organisation", "types d'organisation"),
    "theme": ("thème", "thèmes"),
    "organisation": ("organisation", "organisations"),
}
OTHER_LABEL = ("autre entrée", "autres entrées")


def main(argv: list[str] | None = None) -> int:
    """Run one command; returns the exit status (0, 1 on error, 2 on a usage error)."""
    # A command is a short process: the cyclic garbage collector stays off while it loads its
    # modules (SQLAlchemy, the models, python-docx allocate hundreds of thousands of objects,
    # none of them garbage) and runs, which saves 10 to 20 % of a listing's or an export's time
    # for a few MiB more at most; the window turns it back on.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _run(argv)
    finally:
        if collecting:
            gc.enable()


def _run(argv: list[str] | None) -> int:
    try:
        args = build_parser(argv).parse_args(argv)
        check_arguments(args)
    except SystemExit as exc:  # --help, --version, usage errors
        return exc.code if isinstance(exc.code, int) else 0
    _configure_logging(args.verbose)
    try:
        if getattr(args, "output_suffixes", None) and not Path(args.output).expanduser().is_dir():
            # `-o`: the file's type, before anything (a folder is left to the writer, which says
            # in one sentence that it cannot write there, rather than writing « folder.ics »)
            from deliberation.rules.file_names import output_file

            args.output = output_file(args.output, args.output_suffixes)
        location = resolve_store_location(args.store)
        command: Callable[[argparse.Namespace, str], int] = args.run
        if command is _run_gui:  # the window asks for a shared base's password itself
            return command(args, location)
        return _with_password(command, args, location)
    except DeliberationError as exc:
        return fail(str(exc))
    except KeyboardInterrupt:
        return fail("interrompu.", 130)
    except BrokenPipeError:  # the reader went away (`deliberation list delegates | head`)
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    except OSError as exc:
        where = f" ({exc.filename})" if exc.filename else ""
        return fail(f"erreur du système : {os_reason(exc)}{where}.")
    except Exception as exc:  # a bug: one sentence, the details with --verbose
        log.info("unexpected error", exc_info=True)  # shown with --verbose
        return fail(
            f"erreur inattendue ({type(exc).__name__} : {exc}) ; "
            "relancez avec --verbose pour le détail."
        )


def _with_password(
    command: Callable[[argparse.Namespace, str], int], args: argparse.Namespace, location: str
) -> int:
    """Run `command` on a shared store with the keyring's password of its login, else (the
    server asking for one) with a password typed on the terminal; a refusal happens on
    connecting, before anything is written, so the command is simply run again."""
    from deliberation.cli.store_password import TRIES, asked_again, with_kept_password
    from deliberation.errors import LoginRefusedError

    given = with_kept_password(location)
    for attempt in range(TRIES + 1):
        try:
            return command(args, given)
        except LoginRefusedError as exc:
            if attempt == TRIES:
                raise
            given = asked_again(location, given, exc)
    raise AssertionError("unreachable")


def _configure_logging(verbose: bool) -> None:
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING,
        stream=sys.stderr,
        format="%(levelname)s %(name)s : %(message)s",
    )
    for noisy in ("sqlalchemy", "alembic.runtime.plugins"):
        logging.getLogger(noisy).setLevel(logging.WARNING)


# -- arguments ----------------------------------------------------------------------------------


COMMANDS = ("init", "list", "show", "record", "export", "import", "sync", "mail", "send", "search",
            "admin", "demo")  # fmt: skip
"""The commands, in the order the help lists them (tests/cli check it against the parser)."""


def build_parser(argv: list[str] | None = None) -> argparse.ArgumentParser:
    """The command line; `--store` and `--verbose` work before and after the command.

    Given the `argv` about to be parsed, only the command it names is built in full (with its
    modules imported); the others are registered by name alone, which is all that parsing
    that command, or a usage error before it, prints. Without a command (the help, the window)
    or after any other option before it, every command is built.
    """
    parser = Parser(
        prog=PROG,
        usage=f"{PROG} [-h] [--version] [--lang {{fr,en}}] [--store CHEMIN] [-v] [COMMANDE ...]",
        description="Délibération : groupes de travail, séances, positions et avis du comité "
        "des partenaires du numérique pour l'éducation. Sans commande, ouvre l'application.",
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"{PROG} {__version__}",
        help="afficher la version et quitter",
    )
    # The window's language for this start; the command line itself stays French.
    parser.add_argument(
        "--lang",
        type=_language,
        metavar="{fr,en}",
        default=None,
        help="langue de l'application pour ce démarrage (par défaut $DELIBERATION_LANG, "
        "sinon celle des Préférences, sinon fr) ; les commandes restent en français",
    )
    _add_common_options(parser, store=None, verbose=False)
    parser.set_defaults(run=_run_gui)
    # The sub-commands repeat them, defaulting to "not given" so that a value given before the
    # command is kept.
    after = Parser(prog=PROG, help_option=False)
    _add_common_options(after, store=argparse.SUPPRESS, verbose=argparse.SUPPRESS)
    commands = parser.add_subparsers(title="commandes", metavar="COMMANDE")
    wanted = _command_named(argv)
    for name in COMMANDS:
        if wanted is None or name == wanted:
            _ADDERS[name](commands, after)
        else:
            commands.add_parser(name, prog=f"{PROG} {name}")  # never parsed: its name only
    return parser


def _command_named(argv: list[str] | None) -> str | None:
    """The command `argv` names after the common options (written in full), or None."""
    words = sys.argv[1:] if argv is None else argv
    index = 0
    while index < len(words):
        word = words[index]
        if word in ("-v", "--verbose") or word.startswith("--store="):
            index += 1
        elif word == "--store":
            index += 2
        else:
            return word if word in COMMANDS else None
    return None


def _add_init(commands: Any, after: argparse.ArgumentParser) -> None:
    init = subcommand(
        commands,
        "init",
        after,
        help="créer ou mettre à jour la base et y ajouter la composition du comité",
        description="Crée la base si elle n'existe pas, la met à jour si elle vient d'une version "
        "antérieure (après en avoir fait une copie), y ajoute ce qui manque de la composition "
        "du comité, puis affiche son chemin. Relancer la commande ne change rien.",
    )
    backup = init.add_mutually_exclusive_group()
    backup.add_argument(
        "--backup",
        metavar="FICHIER",
        type=Path,
        help="base partagée d'une version antérieure : la sauvegarder d'abord avec pg_dump "
        "dans ce fichier, puis la mettre à jour",
    )
    backup.add_argument(
        "--i-have-a-backup",
        action="store_true",
        help="base partagée d'une version antérieure : la mettre à jour, une sauvegarde existant",
    )
    init.add_argument(
        "--seed",
        metavar="FICHIER",
        type=Path,
        help="composition d'une autre instance (fichier TOML sur le modèle de "
        "resources/seed/committee.toml) à la place de celle du comité",
    )
    init.set_defaults(run=_init)


def _add_list(commands: Any, after: argparse.ArgumentParser) -> None:
    import deliberation.cli.positions_commands as positions_commands

    listing = subcommand(
        commands,
        "list",
        after,
        help="lister les organisations, les délégués, les thèmes, les groupes de travail, "
        "les séances, les actions, les consultations, les positions, les avis ou la boîte d'envoi",
        description="Affiche une liste de la base sous forme de tableau (les positions : "
        "groupées par sujet, avec leurs textes), ou en JSON.",
    )
    listing.add_argument(
        "kind",
        metavar="LISTE",
        choices=LISTS,
        help="organisations, delegates (délégués), themes (thèmes), groups (groupes de travail), "
        "meetings (séances), actions (actions en cours, celles en retard signalées), "
        "consultations, positions (positions actuelles des organisations), opinions (avis, "
        "recommandations et contributions) ou outbox (boîte d'envoi des courriels : par "
        "organisation, ce qui a été envoyé et quand)",
    )
    add_json(listing)
    listing.add_argument(
        "--all",
        action="store_true",
        help="inclure les anciens membres, les délégués qui ne siègent plus et les actions closes",
    )
    add_period(listing, "séances")
    listing.add_argument(
        "--group",
        metavar="ID",
        type=group,
        help=f"séances d'un groupe de travail (son identifiant), ou « {PLENARY} » pour les "
        "réunions plénières",
    )
    positions_commands.add_list_options(listing)
    listing.set_defaults(run=_list, parser=listing)


def _add_demo(commands: Any, after: argparse.ArgumentParser) -> None:
    demo = subcommand(
        commands,
        "demo",
        after,
        help="remplir la base d'une démonstration",
        description="Ajoute à la base (créée au besoin) des délégués et des groupes de travail "
        "fictifs, une année de séances, des consultations avec les positions des membres, et "
        "des projets d'avis à différents stades (versions, amendements, commentaires). Relancer "
        "la commande n'ajoute rien de plus.",
    )
    demo.set_defaults(run=_demo)


def _add_record(commands: Any, after: argparse.ArgumentParser) -> None:
    from deliberation.cli.positions_commands import add_record

    add_record(commands, after)


def _add_import(commands: Any, after: argparse.ArgumentParser) -> None:
    from deliberation.cli.exchange_commands import add_import

    add_import(commands, after)


def _add_sync(commands: Any, after: argparse.ArgumentParser) -> None:
    from deliberation.cli.package_commands import add_sync

    add_sync(commands, after)


def _add_mail(commands: Any, after: argparse.ArgumentParser) -> None:
    from deliberation.cli.mail_commands import add_mail

    add_mail(commands, after)


def _add_send(commands: Any, after: argparse.ArgumentParser) -> None:
    from deliberation.cli.send_commands import add_send

    add_send(commands, after)


def _add_search(commands: Any, after: argparse.ArgumentParser) -> None:
    from deliberation.cli.search_commands import add_search

    add_search(commands, after)


def _add_admin(commands: Any, after: argparse.ArgumentParser) -> None:
    from deliberation.cli.admin_commands import add_admin

    add_admin(commands, after)


def _add_show(commands: Any, after: argparse.ArgumentParser) -> None:
    import deliberation.cli.opinions_commands as opinions_commands
    import deliberation.cli.positions_commands as positions_commands

    records = command_group(
        commands,
        "show",
        after,
        ("fiches", "FICHE"),
        help="afficher une séance, la synthèse d'une consultation, une position ou un avis",
        description="Affiche une fiche de la base, en texte ou en JSON.",
    )
    meeting = subcommand(
        records,
        "show meeting",
        after,
        help="une séance",
        description="Affiche une séance : ses détails, son ordre du jour avec les heures de "
        "passage, ce qui a été dit et décidé, les présences et les actions décidées.",
    )
    add_meeting_id(meeting)
    add_json(meeting)
    meeting.set_defaults(run=_show_meeting)
    positions_commands.add_show(records, after)
    opinions_commands.add_show(records, after)


def _add_export(commands: Any, after: argparse.ArgumentParser) -> None:
    import deliberation.cli.exchange_commands as exchange_commands
    import deliberation.cli.positions_commands as positions_commands
    import deliberation.cli.register_commands as register_commands

    documents = command_group(
        commands,
        "export",
        after,
        ("documents", "DOCUMENT"),
        help="écrire l'ordre du jour ou le relevé de décisions d'une séance (Word), "
        "un calendrier (.ics), la synthèse d'une consultation (Word ou tableur), un avis (Word), "
        "les actions, l'assiduité ou l'annuaire (Word ou tableur)",
        description="Écrit un document dans un fichier ; un fichier qui existe déjà est remplacé "
        "d'un coup, ou laissé intact en cas d'erreur.",
    )
    for name, what in (
        ("agenda", "la convocation et l'ordre du jour d'une séance"),
        ("decisions", "le relevé de décisions d'une séance"),
    ):
        document = subcommand(
            documents,
            f"export {name}",
            after,
            help=f"{what} (.docx)",
            description=f"Écrit {what} dans un document Word (.docx, A4).",
        )
        add_meeting_id(document)
        add_output(document, "FICHIER.docx")
        document.set_defaults(run=_export_document, document=name)
    calendar = subcommand(
        documents,
        "export calendar",
        after,
        help="une séance, ou les séances d'une période, en calendrier (.ics)",
        description="Écrit un calendrier iCalendar (.ics) qu'Outlook, Thunderbird ou un "
        "téléphone importent : une séance, ou toutes celles de la période (par défaut, "
        "toutes). Importé à nouveau, il met à jour les séances déjà importées.",
    )
    add_id(
        calendar,
        "meeting",
        f"identifiant de la séance (voir « {PROG} list meetings ») ; "
        "sans identifiant, toutes les séances de la période",
        nargs="?",
    )
    add_output(calendar, "FICHIER.ics")
    add_period(calendar, "séances")
    calendar.set_defaults(run=_export_calendar, parser=calendar)
    positions_commands.add_export(documents, after)
    exchange_commands.add_export(documents, after)
    register_commands.add_export(documents, after)


_ADDERS: dict[str, Callable[[Any, argparse.ArgumentParser], None]] = {
    "init": _add_init,
    "list": _add_list,
    "show": _add_show,
    "record": _add_record,
    "export": _add_export,
    "import": _add_import,
    "sync": _add_sync,
    "mail": _add_mail,
    "send": _add_send,
    "search": _add_search,
    "admin": _add_admin,
    "demo": _add_demo,
}


def _language(value: str) -> str:
    """--lang's value: the window's languages (checked here, so the window gets a valid one)."""
    if value not in ("fr", "en"):
        raise argparse.ArgumentTypeError(f"langue inconnue : {value!r} (choisissez fr ou en)")
    return value


def _add_common_options(parser: argparse.ArgumentParser, store: Any, verbose: Any) -> None:
    parser.add_argument(
        "--store",
        metavar="CHEMIN",
        default=store,
        help="base à utiliser : fichier SQLite ou adresse de serveur de base de données "
        f"(par défaut ${STORE_ENV}, sinon la base de l'utilisateur)",
    )
    parser.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        default=verbose,
        help="détailler les opérations sur la sortie d'erreur",
    )


# -- commands -----------------------------------------------------------------------------------


def _run_gui(args: argparse.Namespace, location: str) -> int:
    if not _has_display():  # Qt would abort the process with a paragraph of its own
        return fail(
            "aucun affichage graphique n'est disponible pour ouvrir l'application ; "
            f"les commandes « {PROG} init », « list », « show », « record », « export », "
            "« import », « send », « mail » et « demo » fonctionnent sans affichage."
        )
    gc.enable()  # the window lives long: its garbage must be collected
    try:
        from deliberation.ui.app import EXIT_AFTER_ENV, run, start_marks
    except ImportError as exc:
        return fail(f"l'interface graphique ne peut pas démarrer ({exc}).")
    return run(
        location,
        language=getattr(args, "lang", None),
        **start_marks(os.environ.get(EXIT_AFTER_ENV)),
    )


def _has_display() -> bool:
    """False on an X11/Wayland system without a display (Windows and macOS always have one)."""
    if sys.platform in ("win32", "darwin") or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _init(args: argparse.Namespace, location: str) -> int:
    from deliberation.errors import BackupRequiredError
    from deliberation.records.connection import SharedBackup
    from deliberation.services.root import open_root, schema_revision

    created = _is_new(location)
    shared_backup = SharedBackup(dump_to=args.backup, confirmed=args.i_have_a_backup)
    try:
        opened = open_root(location, args.seed, backup=shared_backup)
    except BackupRequiredError as exc:
        return fail(
            f"la base partagée {_display(location)} vient d'une version antérieure (schéma "
            f"{exc.revision}) : relancez avec --backup FICHIER pour la sauvegarder d'abord avec "
            "pg_dump, ou avec --i-have-a-backup si une sauvegarde existe."
        )
    try:
        backup = opened.store.backup_path
        if created:
            what = "Base créée"
        elif backup is not None:
            what = (
                f"Base mise à jour (schéma {schema_revision()}) ; "
                f"copie de l'ancienne version : {backup.resolve()}"
            )
        elif opened.store.upgraded_from is not None:
            what = f"Base mise à jour (schéma {schema_revision()})"
        else:
            what = "Base déjà à jour"
        print(_display(location))
        print(f"{what} ; {_seed_summary(opened.seeded)}.", file=sys.stderr)
    finally:
        opened.close()
    return 0


def _seed_summary(report: SeedReport) -> str:
    if not report.changed:
        return "aucune donnée initiale à ajouter"
    counts: dict[str, int] = {}
    for key in report.added:
        prefix = key.split(":", 1)[0]
        counts[prefix] = counts.get(prefix, 0) + 1
    parts = [
        "l'instance" if prefix == "body" else count(n, *SEED_LABELS.get(prefix, OTHER_LABEL))
        for prefix, n in counts.items()
    ]
    return "ajouté : " + ", ".join(parts)


def _demo(args: argparse.Namespace, location: str) -> int:
    from deliberation.demo import run_demo
    from deliberation.services.root import open_root

    created = _is_new(location)
    opened = open_root(location)
    try:
        report = run_demo(opened, progress=lambda s: log.info("demo: %s", s.key))
    finally:
        opened.close()
    where = _display(location)
    if not report.changed:
        print(f"La démonstration est déjà dans la base {where} ; rien n'a été ajouté.")
    elif created:
        print(f"Base {where} créée avec une démonstration : {report.summary()}.")
    else:
        print(f"Démonstration ajoutée à la base {where} : {report.summary()}.")
    return 0


def _list(args: argparse.Namespace, location: str) -> int:
    if args.kind == "positions":
        from deliberation.cli.positions_commands import list_positions

        return list_positions(args, location)
    from deliberation.cli.listing import ListOptions, make_listing
    from deliberation.cli.table import format_table

    options = ListOptions(args.all, args.start, args.end, args.group)
    with open_for_reading(location) as root:
        rows, columns, total = make_listing(root, args.kind, options)
    if args.json:
        write_json(rows)
        return 0
    if rows:
        width = None
        if sys.stdout.isatty():
            import shutil  # only here: it imports the compression modules

            width = shutil.get_terminal_size().columns
        print(format_table(columns, rows, width))
    print(total)
    return 0


def _show_meeting(args: argparse.Namespace, location: str) -> int:
    from deliberation.cli.meeting_view import meeting_document, meeting_text

    def fetch(root: AnyRoot) -> Any:
        return meeting_document(root.meetings.details(args.meeting), root.meetings.today)

    return show(location, args.json, fetch, meeting_text, fast=fetch)


def _export_document(args: argparse.Namespace, location: str) -> int:
    from deliberation.exports import meeting_docx

    details = _meeting_details(location, args.meeting)
    if args.document == "agenda":
        path = meeting_docx.write_agenda(details, args.output)
        what = "Ordre du jour"
    else:
        path = meeting_docx.write_decisions(details, args.output)
        what = "Relevé de décisions"
    print(Path(path).resolve())
    print(f"{what} de la séance du {numeric_date(details.meeting.day)} écrit.", file=sys.stderr)
    return 0


def _meeting_details(location: str, meeting_id: int) -> MeetingDetails:

    with open_existing(location) as root:
        return root.meetings.details(meeting_id)


def _export_calendar(args: argparse.Namespace, location: str) -> int:
    from deliberation.services.meetings import export_calendar

    with open_existing(location) as root:
        meetings = root.meetings
        if args.meeting is not None:
            ids = [meetings.meeting(args.meeting).id]
        else:
            ids = [m.id for m in meetings.meetings(args.start, args.end)]
            if not ids:
                raise ExportError(f"{_no_meeting(args.start, args.end)} : aucun fichier écrit.")
        path = export_calendar(meetings, ids, args.output)
    print(Path(path).resolve())
    print(f"Calendrier écrit : {count(len(ids), 'séance', 'séances')}.", file=sys.stderr)
    return 0


def _no_meeting(start: date | None, end: date | None) -> str:
    if start and end:
        return f"Aucune séance du {numeric_date(start)} au {numeric_date(end)}"
    if start:
        return f"Aucune séance à partir du {numeric_date(start)}"
    if end:
        return f"Aucune séance jusqu'au {numeric_date(end)}"
    return "La base ne contient aucune séance"


def _is_new(location: str) -> bool:
    path = Path(location)
    return not is_url(location) and (not path.exists() or path.stat().st_size == 0)


def _display(location: str) -> str:
    """The store as the user should read it: an absolute path, or a URL without its password."""
    return safe_location(location) if is_url(location) else str(Path(location).resolve())
