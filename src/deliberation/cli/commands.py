"""The `deliberation` command: init, list, demo, --version; without a command, the window."""

from __future__ import annotations

import argparse
import json
import logging
import os
import re
import shutil
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from deliberation import __version__
from deliberation.cli.listing import LISTERS, count, format_table
from deliberation.errors import DeliberationError, StoreError, StoreOutdatedError, os_reason
from deliberation.paths import STORE_ENV, is_url, resolve_store_location, safe_location

if TYPE_CHECKING:  # the use cases are imported by each command, so that --version stays instant
    from deliberation.records import SeedReport
    from deliberation.store.database import Store

log = logging.getLogger(__name__)

PROG = "deliberation"
SEED_LABELS = {
    "kind": ("type d'organisation", "types d'organisation"),
    "theme": ("thème", "thèmes"),
    "organisation": ("organisation", "organisations"),
}
OTHER_LABEL = ("autre entrée", "autres entrées")


def main(argv: list[str] | None = None) -> int:
    """Run one command; returns the exit status (0, 1 on error, 2 on a usage error)."""
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as exc:  # --help, --version, usage errors
        return exc.code if isinstance(exc.code, int) else 0
    _configure_logging(args.verbose)
    try:
        location = resolve_store_location(args.store)
        command: Callable[[argparse.Namespace, str], int] = args.run
        return command(args, location)
    except DeliberationError as exc:
        return _fail(str(exc))
    except KeyboardInterrupt:
        return _fail("interrompu.", 130)
    except BrokenPipeError:  # the reader went away (`deliberation list delegates | head`)
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    except OSError as exc:
        where = f" ({exc.filename})" if exc.filename else ""
        return _fail(f"erreur du système : {os_reason(exc)}{where}.")
    except Exception as exc:  # a bug: one sentence, the details with --verbose
        log.info("unexpected error", exc_info=True)  # shown with --verbose
        return _fail(
            f"erreur inattendue ({type(exc).__name__} : {exc}) ; "
            "relancez avec --verbose pour le détail."
        )


def _fail(message: str, status: int = 1) -> int:
    print(f"{PROG} : {message}", file=sys.stderr)
    return status


def _configure_logging(verbose: bool) -> None:
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING,
        stream=sys.stderr,
        format="%(levelname)s %(name)s : %(message)s",
    )
    for noisy in ("sqlalchemy", "alembic.runtime.plugins"):
        logging.getLogger(noisy).setLevel(logging.WARNING)


# -- arguments ----------------------------------------------------------------------------------


class _Formatter(argparse.HelpFormatter):
    def add_usage(self, usage: Any, actions: Any, groups: Any, prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, "utilisation : " if prefix is None else prefix)


# argparse's own messages, in French (the usual ones; anything else is shown as it comes).
_MESSAGES = (
    (r"^argument (\S+): ", r"argument \1 : "),
    (r"invalid choice: (.*) \(choose from (.*)\)", r"choix invalide : \1 (choix possibles : \2)"),
    (r"the following arguments are required: (.*)", r"argument obligatoire manquant : \1"),
    (r"unrecognized arguments: (.*)", r"argument non reconnu : \1"),
    (r"expected one argument", r"une valeur est attendue"),
    (r"ambiguous option: (.*) could match (.*)", r"option ambiguë : \1 peut désigner \2"),
)


class _Parser(argparse.ArgumentParser):
    """argparse speaking French: headings, usage line, help option and usual errors."""

    def __init__(self, *args: Any, help_option: bool = True, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        kwargs["add_help"] = False  # added below, in French
        super().__init__(*args, **kwargs)
        self._positionals.title = "arguments"
        self._optionals.title = "options"
        if help_option:
            self.add_argument(
                "-h", "--help", action="help", default=argparse.SUPPRESS, help="afficher cette aide"
            )

    def error(self, message: str) -> NoReturn:
        for pattern, french in _MESSAGES:
            message = re.sub(pattern, french, message)
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog} : erreur : {message}\n")


def build_parser() -> argparse.ArgumentParser:
    """The command line; `--store` and `--verbose` work before and after the command."""
    parser = _Parser(
        prog=PROG,
        usage=f"{PROG} [-h] [--version] [--store CHEMIN] [-v] [COMMANDE ...]",
        description="Délibération : groupes de travail, séances, positions et avis du comité "
        "des partenaires du numérique pour l'éducation. Sans commande, ouvre l'application.",
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"{PROG} {__version__}",
        help="afficher la version et quitter",
    )
    _add_common_options(parser, store=None, verbose=False)
    parser.set_defaults(run=_run_gui)
    # The sub-commands repeat them, defaulting to "not given" so that a value given before the
    # command is kept.
    after = _Parser(prog=PROG, help_option=False)
    _add_common_options(after, store=argparse.SUPPRESS, verbose=argparse.SUPPRESS)
    commands = parser.add_subparsers(title="commandes", metavar="COMMANDE")
    init = commands.add_parser(
        "init",
        prog=f"{PROG} init",
        parents=[after],
        help="créer ou mettre à jour le magasin et y ajouter la composition du comité",
        description="Crée le magasin s'il n'existe pas, le met à jour s'il vient d'une version "
        "antérieure (après en avoir fait une copie), y ajoute ce qui manque de la composition "
        "du comité, puis affiche son chemin. Relancer la commande ne change rien.",
    )
    init.add_argument(
        "--seed",
        metavar="FICHIER",
        type=Path,
        help="composition d'une autre instance (fichier TOML sur le modèle de "
        "resources/seed/committee.toml) à la place de celle du comité",
    )
    init.set_defaults(run=_init)
    listing = commands.add_parser(
        "list",
        prog=f"{PROG} list",
        parents=[after],
        help="lister les organisations, les délégués, les thèmes ou les groupes de travail",
        description="Affiche une liste du magasin sous forme de tableau, ou en JSON.",
    )
    listing.add_argument(
        "kind",
        metavar="LISTE",
        choices=tuple(LISTERS),
        help="organisations, delegates (délégués), themes (thèmes) ou groups (groupes de travail)",
    )
    listing.add_argument("--json", action="store_true", help="sortie JSON (UTF-8)")
    listing.add_argument(
        "--all",
        action="store_true",
        help="inclure les anciens membres et les délégués qui ne siègent plus",
    )
    listing.set_defaults(run=_list)
    demo = commands.add_parser(
        "demo",
        prog=f"{PROG} demo",
        parents=[after],
        help="remplir le magasin d'une démonstration",
        description="Ajoute au magasin (créé au besoin) des délégués et des groupes de travail "
        "fictifs. Relancer la commande n'ajoute rien de plus.",
    )
    demo.set_defaults(run=_demo)
    return parser


def _add_common_options(parser: argparse.ArgumentParser, store: Any, verbose: Any) -> None:
    parser.add_argument(
        "--store",
        metavar="CHEMIN",
        default=store,
        help="magasin à utiliser : fichier SQLite ou adresse de base de données "
        f"(par défaut ${STORE_ENV}, sinon le magasin de l'utilisateur)",
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
        return _fail(
            "aucun affichage graphique n'est disponible pour ouvrir l'application ; "
            f"les commandes « {PROG} init », « {PROG} list » et « {PROG} demo » "
            "fonctionnent sans affichage."
        )
    try:
        from deliberation.ui.app import run
    except ImportError as exc:
        return _fail(f"l'interface graphique ne peut pas démarrer ({exc}).")
    return run(location)


def _has_display() -> bool:
    """False on an X11/Wayland system without a display (Windows and macOS always have one)."""
    if sys.platform in ("win32", "darwin") or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _init(args: argparse.Namespace, location: str) -> int:
    from deliberation.bootstrap import open_and_seed
    from deliberation.store.schema import HEAD

    created = _is_new(location)
    opened = open_and_seed(location, args.seed)
    try:
        backup = opened.store.backup_path
        if created:
            what = "Magasin créé"
        elif backup is not None:
            what = (
                f"Magasin mis à jour (schéma {HEAD}) ; "
                f"copie de l'ancienne version : {backup.resolve()}"
            )
        else:
            what = "Magasin déjà à jour"
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
    from deliberation.bootstrap import open_and_seed
    from deliberation.demo import run_demo

    created = _is_new(location)
    opened = open_and_seed(location)
    try:
        report = run_demo(opened.referential, progress=lambda s: log.info("demo: %s", s.key))
    finally:
        opened.close()
    where = _display(location)
    if not report.changed:
        print(f"La démonstration est déjà dans le magasin {where} ; rien n'a été ajouté.")
    elif created:
        print(f"Magasin {where} créé avec une démonstration : {report.summary()}.")
    else:
        print(f"Démonstration ajoutée au magasin {where} : {report.summary()}.")
    return 0


def _list(args: argparse.Namespace, location: str) -> int:
    from deliberation.referential import Referential

    store = _open_existing(location)
    try:
        rows, columns, total = LISTERS[args.kind](Referential(store), args.all)
    finally:
        store.close()
    if args.json:
        _write_json(rows)
        return 0
    if rows:
        width = shutil.get_terminal_size().columns if sys.stdout.isatty() else None
        print(format_table(columns, rows, width))
    print(total)
    return 0


def _open_existing(location: str) -> Store:
    """Open a store for reading, refusing to create one or to upgrade it as a side effect."""
    from deliberation.store.database import open_store

    if not is_url(location):
        path = Path(location)
        if not path.exists() or (path.is_file() and path.stat().st_size == 0):
            raise StoreError(
                f"Aucun magasin n'existe à l'emplacement {path} ; créez-le avec « {PROG} init »."
            )
    try:
        return open_store(location, migrate=False)
    except StoreOutdatedError as exc:
        raise StoreOutdatedError(f"{str(exc).rstrip('.')} ; lancez « {PROG} init ».") from exc


def _is_new(location: str) -> bool:
    path = Path(location)
    return not is_url(location) and (not path.exists() or path.stat().st_size == 0)


def _display(location: str) -> str:
    """The store as the user should read it: an absolute path, or a URL without its password."""
    return safe_location(location) if is_url(location) else str(Path(location).resolve())


def _write_json(rows: list[dict[str, Any]]) -> None:
    text = json.dumps(rows, ensure_ascii=False, indent=2) + "\n"
    sys.stdout.flush()
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:
        sys.stdout.write(text)
    else:
        buffer.write(text.encode("utf-8"))
        buffer.flush()
