"""The commands exporting registers: the actions, the attendance over a period, the directory."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from deliberation.cli.arguments import PROG, add_output, add_period, identifier, subcommand
from deliberation.cli.common import open_existing
from deliberation.rules.wording import plural

FORMATS = "un document Word (.docx) ou un classeur (.xlsx), selon l'extension du fichier demandé"


def add_export(documents: Any, after: argparse.ArgumentParser) -> None:
    actions = subcommand(
        documents,
        "export actions",
        after,
        help="les actions en cours, ou toutes (.docx ou .xlsx)",
        description=f"Écrit les actions décidées en séance, par échéance : {FORMATS}. Par "
        "défaut, celles qui restent à faire.",
    )
    actions.add_argument(
        "--all", action="store_true", help="toutes les actions, y compris faites ou abandonnées"
    )
    add_output(actions, "FICHIER.docx|FICHIER.xlsx")
    actions.set_defaults(run=export_actions)

    attendance = subcommand(
        documents,
        "export attendance",
        after,
        help="l'assiduité des organisations sur une période (.docx ou .xlsx)",
        description="Écrit, par organisation, les séances où elle a été convoquée et combien de "
        f"fois elle était présente, représentée, excusée ou absente : {FORMATS}. Par défaut, "
        "les douze derniers mois et toutes les instances ; les séances annulées ou reportées "
        "ne comptent pas.",
    )
    add_output(attendance, "FICHIER.docx|FICHIER.xlsx")
    add_period(attendance, "séances")
    body = attendance.add_mutually_exclusive_group()
    body.add_argument(
        "--group",
        metavar="ID",
        type=identifier,
        help=f"seulement les séances de ce groupe de travail (voir « {PROG} list groups »)",
    )
    body.add_argument("--plenary", action="store_true", help="seulement les réunions plénières")
    attendance.set_defaults(run=export_attendance, parser=attendance)  # checks the period

    directory = subcommand(
        documents,
        "export directory",
        after,
        help="l'annuaire des organisations membres et de leurs délégués (.docx ou .xlsx)",
        description="Écrit les organisations membres avec leurs délégués en fonction (rôle, "
        f"fonction, courriel) : {FORMATS}.",
    )
    add_output(directory, "FICHIER.docx|FICHIER.xlsx")
    directory.set_defaults(run=export_directory)


def export_actions(args: argparse.Namespace, location: str) -> int:
    from deliberation.services.amendments_export import checked_target
    from deliberation.services.registers_export import actions_register, write_register

    checked_target(args.output)
    with open_existing(location) as root:
        register = actions_register(root, open_only=not args.all)
        path = write_register(register, args.output)
    what = "Actions" if args.all else "Actions en cours"
    return _written(
        path, f"{what} écrites : {plural(register.row_count, '%n ligne', '%n lignes')}."
    )


def export_attendance(args: argparse.Namespace, location: str) -> int:
    from deliberation.services.amendments_export import checked_target
    from deliberation.services.registers_export import attendance_register, write_register

    checked_target(args.output)
    with open_existing(location) as root:
        register = attendance_register(root, args.start, args.end, args.group, args.plenary)
        path = write_register(register, args.output)
    period = dict(register.facts)["Période"]
    return _written(path, f"Assiduité {period} écrite.")


def export_directory(args: argparse.Namespace, location: str) -> int:
    from deliberation.services.amendments_export import checked_target
    from deliberation.services.registers_export import directory_register, write_register

    checked_target(args.output)
    with open_existing(location) as root:
        register = directory_register(root)
        path = write_register(register, args.output)
    members = dict(register.facts)["Membres"]
    return _written(path, f"Annuaire des membres écrit : {members}.")


def _written(path: Path, sentence: str) -> int:
    print(Path(path).resolve())
    print(sentence, file=sys.stderr)
    return 0
