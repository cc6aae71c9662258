"""`deliberation import answers`: a returned response form becomes positions, after a preview."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from deliberation.cli.arguments import PROG, add_json, subcommand
from deliberation.cli.common import emit, open_existing
from deliberation.rules.wording import count

if TYPE_CHECKING:
    from deliberation.services.answers_import import AnswersPreview

STATUSES = {"new": "nouvelle", "changed": "modifiée", "same": "déjà enregistrée"}


def add_import_answers(kinds: Any, after: argparse.ArgumentParser) -> None:
    answers = subcommand(
        kinds,
        "import answers",
        after,
        help="un formulaire de réponse à une consultation, rempli (.docx ou .xlsx)",
        description="Lit le formulaire de réponse envoyé à une organisation consultée (« send "
        "consultation ») et rempli par elle dans Word, LibreOffice ou un tableur : chaque sujet "
        "dont la position est choisie devient la position de l'organisation, source "
        "« Formulaire ». Affiche d'abord ce qui est trouvé ; importer deux fois le même "
        "formulaire n'ajoute rien. Avec --dry-run, rien n'est écrit.",
    )
    answers.add_argument(
        "file", metavar="FICHIER", type=Path, help="le formulaire rendu (.docx ou .xlsx)"
    )
    answers.add_argument(
        "--org",
        metavar="SIGLE",
        help="l'organisation qui répond, si le formulaire ne le dit pas (voir « "
        f"{PROG} list organisations --all »)",
    )
    answers.add_argument(
        "--dry-run", action="store_true", help="montrer ce qui serait importé, sans rien écrire"
    )
    add_json(answers)
    answers.set_defaults(run=import_answers)


def import_answers(args: argparse.Namespace, location: str) -> int:
    from deliberation.services.answers_import import AnswersImport

    with open_existing(location) as root:
        importer = AnswersImport(root)
        preview = importer.preview(args.file, args.org)
        written = None if args.dry_run else len(importer.apply(preview))
    return emit(answers_document(preview, written), args.json, answers_text)


def answers_document(preview: AnswersPreview, written: int | None) -> dict[str, Any]:
    """What the form gives, and how many positions were written (`written` None: a dry run)."""
    from deliberation.records.positions import STANCES

    return {
        "file": preview.file_name,
        "consultation": {"id": preview.consultation_id, "title": preview.consultation_title},
        "organisation": {"id": preview.organisation_id, "acronym": preview.organisation_acronym},
        "answers": [
            {
                "number": row.number,
                "subject_id": row.subject_id,
                "subject": row.subject_label,
                "stance": row.record.stance,
                "stance_label": STANCES[row.record.stance],
                "reservation": row.record.reservation,
                "reasons": row.record.reasons,
                "amendment": row.record.amendment,
                "status": row.status,
            }
            for row in preview.rows
        ],
        "blank": list(preview.blank),
        "dry_run": written is None,
        "written": written,
    }


def answers_text(d: dict[str, Any]) -> str:
    lines = [
        f"Formulaire « {d['file']} » : réponse de {d['organisation']['acronym']} à la "
        f"consultation « {d['consultation']['title']} » (n° {d['consultation']['id']}).",
    ]
    for answer in d["answers"]:
        lines.append(
            f"  Sujet n° {answer['number']} — {answer['subject']} : {answer['stance_label']} "
            f"({STATUSES[answer['status']]})"
        )
        for label, key in (("Réserve", "reservation"), ("Motifs", "reasons"),
                           ("Amendement", "amendment")):  # fmt: skip
            if answer[key]:
                lines.append(f"      {label} : {' '.join(answer[key].split())}")
    if d["blank"]:
        numbers = ", ".join(str(n) for n in d["blank"])
        lines.append(f"  Sans position : sujet(s) n° {numbers}.")
    if d["dry_run"]:
        lines.append("Essai : rien n'a été enregistré.")
    else:
        lines.append(f"{count(d['written'], 'position enregistrée', 'positions enregistrées')}.")
    return "\n".join(lines)
