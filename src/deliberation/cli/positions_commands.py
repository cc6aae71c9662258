"""The positions commands: list positions, show a consultation or a position, record a position,
export a synthesis."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from deliberation.cli.arguments import (
    PROG,
    add_id,
    add_json,
    add_output,
    command_group,
    day,
    source,
    stance,
    subcommand,
)
from deliberation.cli.common import emit, open_existing, show, write_json
from deliberation.cli.table import in_sentence
from deliberation.errors import NotFoundError, ValidationError

if TYPE_CHECKING:
    from deliberation.records.positions import PositionRecord
    from deliberation.services.positions import Positions
    from deliberation.services.root import Root

SEE_CONSULTATIONS = f"voir « {PROG} list consultations »"
SEE_SUBJECTS = f"voir « {PROG} show consultation ID »"


# -- arguments ----------------------------------------------------------------------------------


def add_list_options(listing: argparse.ArgumentParser) -> None:
    add_id(listing, "--consultation", f"positions d'une consultation ({SEE_CONSULTATIONS})")
    add_id(listing, "--subject", f"positions sur un sujet ({SEE_SUBJECTS})")


def add_show(records: Any, after: argparse.ArgumentParser) -> None:
    consultation = subcommand(
        records,
        "show consultation",
        after,
        help="la synthèse d'une consultation",
        description="Affiche la synthèse d'une consultation : la règle de consensus en vigueur, "
        "pour chaque sujet son statut et le nombre de positions de chaque sorte, avec les "
        "réserves et amendements, le tableau des positions (organisations × sujets), et les "
        "organisations sans réponse avec les courriels de leurs délégués, pour une relance.",
    )
    add_id(consultation, "consultation", f"la consultation ({SEE_CONSULTATIONS})")
    add_json(consultation)
    consultation.set_defaults(run=show_consultation)
    position = subcommand(
        records,
        "show position",
        after,
        help="une position et son historique",
        description="Affiche une position et ses valeurs antérieures : qui l'a modifiée, quand, "
        "et ce qu'elle disait avant.",
    )
    add_id(position, "position", f"la position (voir « {PROG} list positions »)")
    add_json(position)
    position.set_defaults(run=show_position)


def add_record(commands: Any, after: argparse.ArgumentParser) -> None:
    from deliberation.records.positions import POSITION_SOURCES, STANCES  # their help lists them

    records = command_group(
        commands,
        "record",
        after,
        ("données", "DONNÉE"),
        help="enregistrer la position d'une organisation",
        description="Enregistre une donnée dans la base (une commande par donnée, pour "
        "une saisie en nombre par script).",
    )
    position = subcommand(
        records,
        "record position",
        after,
        help="la position d'une organisation sur un sujet",
        description="Enregistre la position d'une organisation consultée sur un sujet d'une "
        "consultation. Une organisation n'a qu'une position actuelle par sujet : pour la changer, "
        "ajoutez --replace (ses valeurs précédentes restent dans son historique, et les options "
        "absentes reprennent leur valeur par défaut). Rien n'est enregistré si une valeur est "
        "refusée.",
    )
    add_id(position, "--subject", f"le sujet ({SEE_SUBJECTS})", required=True)
    position.add_argument(
        "--org",
        metavar="SIGLE",
        required=True,
        help=f"le sigle de l'organisation, en majuscules ou non (voir « {PROG} list "
        "organisations »)",
    )
    position.add_argument(
        "--stance",
        metavar="POSITION",
        type=stance,
        required=True,
        help=f"{', '.join(STANCES)}, ou en français : "
        + ", ".join(f"« {label.lower()} »" for label in STANCES.values()),
    )
    position.add_argument(
        "--reservation",
        metavar="TEXTE",
        default="",
        help="la réserve (obligatoire pour une position favorable sous réserve)",
    )
    position.add_argument("--reasons", metavar="TEXTE", default="", help="les motifs")
    position.add_argument("--amendment", metavar="TEXTE", default="", help="l'amendement proposé")
    position.add_argument(
        "--source",
        metavar="PROVENANCE",
        type=source,
        default="email",
        help="d'où vient la position : "
        + ", ".join(f"{code} ({in_sentence(label)})" for code, label in POSITION_SOURCES.items())
        + " ; par défaut email",
    )
    position.add_argument(
        "--received",
        metavar="DATE",
        type=day,
        help="date de réception (AAAA-MM-JJ ou JJ/MM/AAAA ; par défaut aujourd'hui)",
    )
    position.add_argument(
        "--by",
        metavar="NOM",
        default="",
        help="qui saisit la position (noté dans la position et dans son historique ; "
        "par défaut « Secrétariat »)",
    )
    position.add_argument(
        "--replace",
        action="store_true",
        help="remplacer la position actuelle de l'organisation sur ce sujet",
    )
    add_json(position, "afficher la position enregistrée en JSON (UTF-8)")
    position.set_defaults(run=record_position, parser=position)


def add_export(documents: Any, after: argparse.ArgumentParser) -> None:
    synthesis = subcommand(
        documents,
        "export synthesis",
        after,
        help="la synthèse d'une consultation (.docx ou .xlsx)",
        description="Écrit la synthèse d'une consultation : un tableau Word (.docx, A4 paysage) "
        "ou un classeur (.xlsx), selon l'extension du fichier demandé. Par défaut, une copie "
        "à diffuser, sans aucune adresse électronique.",
    )
    add_id(synthesis, "consultation", f"la consultation ({SEE_CONSULTATIONS})")
    add_output(synthesis, "FICHIER.docx|FICHIER.xlsx")
    synthesis.add_argument(
        "--with-addresses",
        action="store_true",
        help="copie du secrétariat, à ne pas diffuser : le classeur donne les courriels des "
        "délégués à relancer",
    )
    synthesis.set_defaults(run=export_synthesis)


# -- commands -----------------------------------------------------------------------------------


def list_positions(args: argparse.Namespace, location: str) -> int:
    from deliberation.cli.positions_view import position_rows, positions_text, subject_index

    with open_existing(location) as root:
        positions = root.positions
        index = subject_index(positions)
        if args.consultation is not None:
            positions.consultation(args.consultation)  # an unknown id: NotFoundError
        if args.subject is not None:
            _check_subject(index, args.subject, args.consultation)
        rows = position_rows(positions.positions(args.consultation, args.subject), index)
    return emit(rows, args.json, positions_text)


def _check_subject(index: dict[int, Any], subject_id: int, consultation_id: int | None) -> None:
    if subject_id not in index:
        raise NotFoundError(
            f"Aucun sujet de consultation n'a l'identifiant {subject_id} ({SEE_SUBJECTS})."
        )
    owner = index[subject_id][0]
    if consultation_id is not None and owner.id != consultation_id:
        raise NotFoundError(
            f"Le sujet n° {subject_id} appartient à la consultation n° {owner.id}, "
            f"pas à la consultation n° {consultation_id}."
        )


def show_consultation(args: argparse.Namespace, location: str) -> int:
    from deliberation.cli.positions_view import consultation_document, consultation_text

    def fetch(root: Root) -> Any:
        positions = root.positions
        return consultation_document(positions.synthesis(args.consultation), positions.today)

    return show(location, args.json, fetch, consultation_text)


def show_position(args: argparse.Namespace, location: str) -> int:
    from deliberation.cli.positions_view import position_document, position_text, subject_index

    def fetch(root: Root) -> Any:
        positions = root.positions
        record = positions.position(args.position)
        return position_document(record, subject_index(positions), positions.history(record))

    return show(location, args.json, fetch, position_text)


def record_position(args: argparse.Namespace, location: str) -> int:
    from deliberation.cli.positions_view import confirmation, position_row, subject_index
    from deliberation.records.positions import PositionInput

    with open_existing(location) as root:
        positions = root.acting(user=args.by).positions
        index = subject_index(positions)
        _check_subject(index, args.subject, None)
        organisation = _organisation_id(root, args.org)
        data = PositionInput(
            args.subject,
            organisation,
            args.stance,
            reservation=args.reservation,
            reasons=args.reasons,
            amendment=args.amendment,
            source=args.source,
            received_on=args.received,
            recorded_by=args.by,
        )
        current = _current(positions, args.subject, organisation)
        try:
            if current is not None and args.replace:
                record = positions.edited_position(current, data)
            else:
                record = positions.new_position(data)
        except ValidationError as exc:
            raise _with_hint(exc, current is not None) from None
        unchanged = current is not None and record == current
        row = position_row(record if unchanged else positions.apply_position(record), index)
    if args.json:
        write_json(row)
    else:
        print(confirmation(row, replaced=current is not None, unchanged=unchanged))
    return 0


def _organisation_id(root: Root, acronym: str) -> int:
    wanted = acronym.strip().casefold()
    for organisation in root.referential.organisations():
        if organisation.acronym.casefold() == wanted:
            return organisation.id
    raise NotFoundError(
        f"Aucune organisation n'a le sigle « {acronym.strip()} » "
        f"(voir « {PROG} list organisations --all »)."
    )


def _current(positions: Positions, subject_id: int, organisation_id: int) -> PositionRecord | None:
    found = positions.positions(subject_id=subject_id)
    return next((p for p in found if p.organisation_id == organisation_id), None)


def _with_hint(exc: ValidationError, exists: bool) -> ValidationError:
    """The use case's messages, pointing at --replace when the position already exists."""
    messages = dict(exc.messages)
    if exists and "organisation" in messages and "déjà une position" in messages["organisation"]:
        messages["organisation"] = messages["organisation"].rstrip(".") + " (option --replace)."
    return ValidationError(messages)


def export_synthesis(args: argparse.Namespace, location: str) -> int:
    from deliberation.services.synthesis_export import export_synthesis as write_synthesis

    with open_existing(location) as root:
        positions = root.positions
        title = positions.consultation(args.consultation).title
        path = write_synthesis(
            root, [args.consultation], args.output, addresses=args.with_addresses
        )
    print(Path(path).resolve())
    print(f"Synthèse de la consultation « {title} » écrite.", file=sys.stderr)
    return 0
