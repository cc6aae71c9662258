"""The opinions commands: show an opinion with its numbered text (the list is in `list`)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from deliberation.cli.arguments import PROG, add_id, add_json, subcommand, whole_number
from deliberation.cli.common import show

if TYPE_CHECKING:
    from deliberation.services.root import Root

SEE_OPINIONS = f"voir « {PROG} list opinions »"


def version_number(text: str) -> int:
    return whole_number(text, "numéro de version")


def add_opinion_version(parser: argparse.ArgumentParser, version_help: str) -> None:
    """The opinion a command works on (its ID) and, with --version N, one of its versions."""
    add_id(parser, "opinion", f"l'avis ({SEE_OPINIONS})")
    parser.add_argument("--version", metavar="N", type=version_number, help=version_help)


def add_show(records: Any, after: argparse.ArgumentParser) -> None:
    opinion = subcommand(
        records,
        "show opinion",
        after,
        help="un avis, une recommandation ou une contribution, avec son texte",
        description="Affiche un projet d'avis : son type, son état et son historique, ses "
        "rapporteurs, les points de l'ordre du jour qui s'y rapportent, puis son texte "
        "paragraphe par paragraphe avec la numérotation calculée (le texte actuel, ou une "
        "version figée avec --version), ses versions, ses amendements par décision et ses "
        "fils de commentaires.",
    )
    add_opinion_version(opinion, "afficher le texte de la version N au lieu du texte actuel")
    add_json(opinion)
    opinion.set_defaults(run=show_opinion)


def show_opinion(args: argparse.Namespace, location: str) -> int:
    from deliberation.cli.opinions_view import opinion_document, opinion_text

    def fetch(root: Root) -> Any:
        return opinion_document(root.opinions, root.referential, args.opinion, args.version)

    return show(location, args.json, fetch, opinion_text)
