"""`deliberation import opinion`: a draft written in Word becomes a new opinion, after a preview."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from deliberation.cli.arguments import PROG, add_id, add_json, subcommand
from deliberation.cli.common import emit, open_existing
from deliberation.errors import NotFoundError
from deliberation.rules.wording import count

if TYPE_CHECKING:
    from deliberation.services.opinion_import import DraftPreview

INDENT = "  "
KIND_COUNTS = (
    ("heading", ("titre", "titres")),
    ("recital", ("considérant", "considérants")),
    ("paragraph", ("paragraphe", "paragraphes")),
    ("recommendation", ("recommandation", "recommandations")),
    ("list_items", ("élément de liste", "éléments de liste")),
    ("words", ("mot", "mots")),
)


def add_import_opinion(kinds: Any, after: argparse.ArgumentParser) -> None:
    """`import opinion FICHIER.docx [--title …] [--group ID] [--dry-run] [--json]`."""
    opinion = subcommand(
        kinds,
        "import opinion",
        after,
        help="un projet rédigé dans Word (.docx), qui devient un nouvel avis",
        description="Crée un nouveau projet d'avis à partir d'un document Word : titres (styles "
        "de titre ou niveaux hiérarchiques), paragraphes, considérants, recommandations (par "
        "leur style ou un préfixe « Recommandation n° » ou « R1 »), listes, gras et italique. "
        "Les numéros tapés (« I. », « 1. », « a) ») sont retirés : l'application numérote. Les "
        "commentaires et les modifications suivies du fichier sont signalés. Affiche d'abord la "
        "structure trouvée ; avec --dry-run, rien n'est écrit.",
    )
    opinion.add_argument("file", metavar="FICHIER.docx", type=Path, help="le document Word")
    opinion.add_argument(
        "--title",
        metavar="TITRE",
        default="",
        help="titre du nouvel avis (par défaut : le titre du document, ou son premier titre)",
    )
    add_id(
        opinion,
        "--group",
        f"groupe de travail de l'avis (voir « {PROG} list groups » ; par défaut : aucun)",
    )
    opinion.add_argument(
        "--dry-run", action="store_true", help="montrer ce qui serait créé, sans rien écrire"
    )
    add_json(opinion)
    opinion.set_defaults(run=import_opinion)


def import_opinion(args: argparse.Namespace, location: str) -> int:
    from deliberation.services.opinion_import import OpinionImport

    with open_existing(location) as root:
        importer = OpinionImport(root)
        try:
            preview = importer.preview(args.file, args.title, args.group)
        except NotFoundError as exc:  # the group
            raise NotFoundError(f"{str(exc).rstrip('.')} (voir « {PROG} list groups »).") from None
        created = None if args.dry_run else importer.apply(preview)
    imported = None if created is None else {"opinion": created.id, "uuid": str(created.uuid)}
    return emit(draft_document(preview, imported), args.json, draft_text)


# -- the preview as data and as text ------------------------------------------------------------


def draft_document(preview: DraftPreview, imported: dict[str, Any] | None) -> dict[str, Any]:
    """What was found in the file, and what was created (`imported` None: a dry run)."""
    from deliberation.cli.opinions_view import _paragraph
    from deliberation.rules.opinion_text import numbering

    numbers = numbering(preview.paragraphs)
    paragraphs = []
    for p in preview.paragraphs:
        number = numbers.get(p.uuid)
        item = _paragraph(p, number.number if number else "", number.label if number else "")
        del item["uuid"]  # new identities, made again on import
        paragraphs.append(item)
    document = preview.document
    return {
        "file": preview.file_name,
        "kind": preview.kind,
        "title": preview.title,
        "group": (
            {"id": preview.group_id, "name": preview.group_name}
            if preview.group_id is not None
            else None
        ),
        "own_export": document.own_export,
        "counts": preview.counts(),
        "dropped_numbers": document.numbers_dropped,
        "skipped_paragraphs": document.skipped,
        "comments": document.comments,
        "tracked_insertions": document.insertions,
        "tracked_deletions": document.deletions,
        "warnings": list(preview.warnings),
        "paragraphs": paragraphs,
        "dry_run": imported is None,
        "imported": imported,
    }


def draft_text(d: dict[str, Any]) -> str:
    """The structure found, as a rapporteur checks it before (or after) importing."""
    from deliberation.records.opinions import OPINION_KINDS

    kind = OPINION_KINDS.get(d["kind"], d["kind"])
    group = "sans groupe de travail"
    if d["group"]:
        group = f"groupe de travail « {d['group']['name']} »"
    lines = [f"Fichier : {d['file']}", f"{kind} « {d['title']} » ({group})"]
    lines += [f"Attention : {warning}" for warning in d["warnings"]]
    lines.append("")
    lines += outline(d["paragraphs"])
    lines.append("")
    found = ", ".join(count(d["counts"][key], *label) for key, label in KIND_COUNTS)
    lines.append(f"Trouvé : {found}.")
    if d["imported"] is None:
        lines.append("Essai : rien n'a été écrit.")
    else:
        number = d["imported"]["opinion"]
        lines.append(
            f"{kind} n° {number} créé{'e' if d['kind'] == 'recommandation' else ''} "
            f"(voir « {PROG} show opinion {number} »)."
        )
    return "\n".join(lines)


def outline(paragraphs: list[dict[str, Any]]) -> list[str]:
    """Each paragraph under its number, headings indented by level, list items marked."""
    from deliberation.cli.opinions_view import _wrapped

    lines: list[str] = []
    depth = 0
    for p in paragraphs:
        if p["kind"] == "heading":
            depth = p["level"]
            if lines:
                lines.append("")
            lines += _wrapped(p, INDENT * p["level"] + (f"{p['label']} " if p["label"] else ""))
            continue
        indent = INDENT * (depth + 1)
        if p["kind"] == "recommendation":
            lines += [f"{indent}{p['label']}", *_wrapped(p, indent + INDENT)]
        else:
            label = f"{p['label']} " if p["label"] else ""
            lines += _wrapped(p, indent + label, indent + " " * len(label))
    return lines
