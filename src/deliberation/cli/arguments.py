"""argparse in French (headings, usage, errors) and the values commands take: ids, dates."""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from datetime import date, datetime
from pathlib import Path
from typing import Any, NoReturn

from deliberation.rules.wording import numeric_date

PROG = "deliberation"
PLENARY = "plenary"  # `--group plenary`: the plenary's meetings only
# What `list` takes; the first four are the referential's (listing.LISTERS), in that order.
LISTS = (
    "organisations",
    "delegates",
    "themes",
    "groups",
    "meetings",
    "actions",
    "consultations",
    "positions",
    "opinions",
    "outbox",
)


class Formatter(argparse.HelpFormatter):
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
    (r"not allowed with argument (.*)", r"incompatible avec \1"),
)


class Parser(argparse.ArgumentParser):
    """argparse speaking French: headings, usage line, help option and usual errors."""

    def __init__(self, *args: Any, help_option: bool = True, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", Formatter)
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


def subcommand(
    commands: Any, path: str, after: argparse.ArgumentParser, **texts: str
) -> argparse.ArgumentParser:
    """One command of the line; `path` is its words after the program's name ("export agenda")."""
    return commands.add_parser(path.split()[-1], prog=f"{PROG} {path}", parents=[after], **texts)


def command_group(
    commands: Any, path: str, after: argparse.ArgumentParser, choice: tuple[str, str], **texts: str
) -> Any:
    """A command followed by one of several words (« show meeting », « export agenda »…): returns
    where to add those, listed under `choice` (title, metavar) in its help."""
    title, metavar = choice
    group = subcommand(commands, path, after, **texts)
    return group.add_subparsers(title=title, metavar=metavar, required=True)


def add_id(parser: argparse.ArgumentParser, name: str, help: str, **options: Any) -> None:
    """An argument naming a record by its identifier (« ID », a positive whole number)."""
    parser.add_argument(name, metavar="ID", type=identifier, help=help, **options)


def add_json(parser: argparse.ArgumentParser, help: str = "sortie JSON (UTF-8)") -> None:
    """The --json flag: print the result as UTF-8 JSON instead of text."""
    parser.add_argument("--json", action="store_true", help=help)


def add_meeting_id(parser: argparse.ArgumentParser) -> None:
    add_id(parser, "meeting", f"identifiant de la séance (voir « {PROG} list meetings »)")


def add_output(parser: argparse.ArgumentParser, metavar: str) -> None:
    """`-o FICHIER`: the file types accepted are the suffixes the metavar shows
    (« FICHIER.docx|FICHIER.xlsx »); commands.main checks the name with
    rules.file_names.output_file before the command runs (the first suffix added to a name
    without one, another refused in one sentence)."""
    parser.add_argument(
        "-o", "--output", metavar=metavar, type=Path, required=True, help="fichier à écrire"
    )
    parser.set_defaults(output_suffixes=tuple(re.findall(r"\.[a-z]+", metavar)))


def add_period(parser: argparse.ArgumentParser, what: str) -> None:
    parser.add_argument(
        "--from",
        dest="start",
        metavar="DATE",
        type=day,
        help=f"{what} à partir de ce jour (AAAA-MM-JJ ou JJ/MM/AAAA)",
    )
    parser.add_argument(
        "--to", dest="end", metavar="DATE", type=day, help=f"{what} jusqu'à ce jour inclus"
    )


def day(text: str) -> date:
    """A date typed as 2026-01-06 or 06/01/2026."""
    for pattern in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return datetime.strptime(text.strip(), pattern).date()
        except ValueError:
            continue
    raise argparse.ArgumentTypeError(
        f"date invalide : « {text} » (attendu : AAAA-MM-JJ ou JJ/MM/AAAA)"
    )


def identifier(text: str) -> int:
    """A record's identifier: a positive whole number no record can exceed (see ID_MAX)."""
    return whole_number(text, "identifiant")


def whole_number(text: str, what: str) -> int:
    """A positive whole number in ASCII digits, refused in French beyond ID_MAX (a larger one
    names no record and overflows the database's integers)."""
    from deliberation.rules.validation import ID_MAX, parse_identifier

    number = parse_identifier(text)
    if number is not None:
        return number
    if re.fullmatch(r"[0-9]*[1-9][0-9]*", text.strip()):  # digits, not zero: too large
        raise argparse.ArgumentTypeError(
            f"{what} invalide : « {_shortened(text)} » (trop grand : au plus {ID_MAX})"
        )
    raise argparse.ArgumentTypeError(
        f"{what} invalide : « {_shortened(text)} » (un nombre entier positif est attendu)"
    )


def _shortened(text: str, limit: int = 40) -> str:
    """A value quoted in a message, cut with « … » when it is too long to read."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def group(text: str) -> int | str:
    if text.strip().casefold() in (PLENARY, "plénière", "pleniere"):
        return PLENARY
    try:
        return identifier(text)
    except argparse.ArgumentTypeError:
        raise argparse.ArgumentTypeError(
            f"instance invalide : « {text} » (l'identifiant d'un groupe de travail, ou "
            f"« {PLENARY} » pour les réunions plénières)"
        ) from None


def stance(text: str) -> str:
    """A stance by its code (« reserved ») or its French label (« favorable sous réserve »)."""
    from deliberation.records.positions import STANCES

    return _coded(text, STANCES, "position")


def source(text: str) -> str:
    """Where a position came from, by its code (« email ») or its French label (« courriel »)."""
    from deliberation.records.positions import POSITION_SOURCES

    return _coded(text, POSITION_SOURCES, "provenance")


def _coded(text: str, labels: dict[str, str], what: str) -> str:
    wanted = _folded(text)
    for code, label in labels.items():
        if wanted in (_folded(code), _folded(label)):
            return code
    codes = ", ".join(labels)
    named = ", ".join(f"« {label.lower()} »" for label in labels.values())
    raise argparse.ArgumentTypeError(
        f"{what} invalide : « {text} » (attendu : {codes} ; ou en français : {named})"
    )


def _folded(text: str) -> str:
    """Lower case, without accents, `_` as a space: « Défavorable » → « defavorable »."""
    decomposed = unicodedata.normalize("NFKD", text.replace("_", " ").casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(plain.replace("’", "'").split())


def check_arguments(args: argparse.Namespace) -> None:
    """Usage errors argparse cannot see by itself (exit status 2, like its own)."""
    parser: argparse.ArgumentParser | None = getattr(args, "parser", None)
    if parser is None:
        return
    if getattr(args, "stance", None) is not None:  # record position
        if args.reservation.strip() and args.stance != "reserved":
            parser.error(
                "--reservation ne vaut que pour une position favorable sous réserve "
                "(--stance reserved) ; les autres s'expliquent par --reasons"
            )
        return
    start, end = args.start, args.end
    if start and end and start > end:
        parser.error(
            f"la date de --from ({numeric_date(start)}) est postérieure à celle de --to "
            f"({numeric_date(end)})"
        )
    if getattr(args, "kind", "meetings") != "meetings" and (start or end or args.group):
        parser.error("--from, --to et --group ne valent que pour « list meetings »")
    narrowed = getattr(args, "consultation", None) or getattr(args, "subject", None)
    if narrowed and getattr(args, "kind", None) != "positions":
        parser.error("--consultation et --subject ne valent que pour « list positions »")
    if getattr(args, "meeting", None) is not None and (start or end):
        parser.error("donnez une séance (ID) ou une période (--from, --to), pas les deux")
