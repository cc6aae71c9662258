"""The Word exchange commands: export an opinion for circulation, import a returned review file."""

from __future__ import annotations

import argparse
import sys
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from deliberation.cli.answers_import import add_import_answers
from deliberation.cli.arguments import PROG, add_id, add_json, add_output, command_group, subcommand
from deliberation.cli.common import emit, open_existing
from deliberation.cli.draft_import import add_import_opinion
from deliberation.cli.opinions_commands import SEE_OPINIONS, add_opinion_version, version_number
from deliberation.cli.package_commands import add_export_package, add_import_package
from deliberation.errors import NotFoundError, ValidationError
from deliberation.rules.wording import count, numeric_date

if TYPE_CHECKING:
    from deliberation.services.review_import import ReturnPreview

SEE_ORGANISATIONS = f"voir « {PROG} list organisations --all »"
INDENT = "  "
SHORT = 70  # characters of an item's text shown in the preview

ACTIONS = {"replace": "remplacement", "insert_after": "ajout", "delete": "suppression"}
ORIGINS = {
    "tracked": "modification suivie",
    "direct": "modification directe",
    "comment": "commentaire",
    "reply": "réponse",
}
STATUSES = {"new": "nouveau", "already": "déjà importé", "orphan": "paragraphe supprimé"}


# -- arguments ----------------------------------------------------------------------------------


def add_export(documents: Any, after: argparse.ArgumentParser) -> None:
    opinion = subcommand(
        documents,
        "export opinion",
        after,
        help="un avis pour diffusion ou relecture (.docx)",
        description="Écrit un avis, une recommandation ou une contribution dans un document Word "
        "(.docx, A4) prêt à diffuser : page de titre avec l'état du texte, numérotation Word, "
        "réserves des organisations en notes de bas de page, annexes des positions et des "
        "membres. Chaque paragraphe porte son identifiant, pour relire ensuite le fichier rendu "
        f"par un participant (« {PROG} import review »). L'export est enregistré dans la base.",
    )
    add_opinion_version(opinion, "exporter la version figée N (par défaut : le texte actuel)")
    opinion.add_argument(
        "--against",
        metavar="M",
        type=version_number,
        help="montrer les changements depuis la version M en marques de révision Word",
    )
    opinion.add_argument(
        "--line-numbers",
        action="store_true",
        help="numéroter les lignes du texte (copie de relecture)",
    )
    opinion.add_argument(
        "--author",
        metavar="NOM",
        default="",
        help="auteur du document et des marques de révision (par défaut : le nom du comité)",
    )
    opinion.add_argument(
        "--template",
        metavar="MODÈLE.docx",
        type=Path,
        help="document Word dont les styles sont repris (charte graphique)",
    )
    opinion.add_argument(
        "--no-annexes",
        dest="annexes",
        action="store_false",
        help="sans les annexes des positions et des membres",
    )
    add_output(opinion, "FICHIER.docx|.odt")
    opinion.set_defaults(run=export_opinion)
    amendments = subcommand(
        documents,
        "export amendments",
        after,
        help="le tableau des amendements d'un avis (.docx ou .xlsx)",
        description="Écrit le tableau des amendements d'un avis, d'où le comité décide : une "
        "ligne par amendement dans l'ordre du texte, avec le numéro et le texte du paragraphe, "
        "l'amendement en différences mot à mot, son organisation, le traitement proposé par le "
        "rapporteur et la décision prise ; les amendements d'un même paragraphe sont regroupés "
        "et leur concurrence signalée. Un tableau Word (.docx, A4 paysage) ou un classeur "
        "(.xlsx), selon l'extension du fichier demandé.",
    )
    add_id(amendments, "opinion", f"l'avis ({SEE_OPINIONS})")
    amendments.add_argument(
        "--paragraphs",
        metavar="3,4,…",
        help="seulement les amendements de ces paragraphes : numéros (« 3,4 », « 3-6 ») ou "
        "recommandations (« R2 »)",
    )
    add_output(amendments, "FICHIER.docx|FICHIER.xlsx")
    amendments.set_defaults(run=export_amendments)
    add_export_package(documents, after)


def add_import(commands: Any, after: argparse.ArgumentParser) -> None:
    kinds = command_group(
        commands,
        "import",
        after,
        ("fichiers", "FICHIER"),
        help="reprendre les commentaires et modifications d'un avis relu dans Word, ou un "
        "projet rédigé dans Word",
        description="Lit un fichier rendu par un participant, ou un projet rédigé dans Word, et "
        "l'ajoute à la base.",
    )
    review = subcommand(
        kinds,
        "import review",
        after,
        help="un avis exporté puis relu dans Word ou LibreOffice (.docx ou .odt)",
        description="Reprend dans l'avis les commentaires, les modifications suivies et les "
        "modifications directes d'un fichier exporté par « export opinion » puis relu : chacun "
        "devient un commentaire ou une proposition d'amendement de l'organisation donnée, "
        "rattaché à son paragraphe, avec le nom de son auteur dans Word et sa date. Affiche "
        "d'abord ce qui est trouvé ; importer deux fois le même fichier n'ajoute rien. Avec "
        "--dry-run, rien n'est écrit.",
    )
    review.add_argument(
        "file", metavar="FICHIER.docx|.odt", type=Path, help="le fichier rendu (.docx ou .odt)"
    )
    review.add_argument(
        "--org",
        metavar="SIGLE",
        required=True,
        help=f"l'organisation qui rend le fichier ({SEE_ORGANISATIONS})",
    )
    add_id(
        review, "--opinion", f"refuser le fichier s'il ne vient pas de cet avis ({SEE_OPINIONS})"
    )
    review.add_argument(
        "--dry-run", action="store_true", help="montrer ce qui serait importé, sans rien écrire"
    )
    add_json(review)
    review.set_defaults(run=import_review)
    add_import_opinion(kinds, after)
    add_import_answers(kinds, after)
    add_import_package(kinds, after)


# -- commands -----------------------------------------------------------------------------------


def export_opinion(args: argparse.Namespace, location: str) -> int:
    from deliberation.records.opinions import OPINION_KINDS
    from deliberation.services.opinion_export import ExportOptions
    from deliberation.services.opinion_export import export_opinion as write_opinion

    options = ExportOptions(
        version=args.version,
        against=args.against,
        line_numbers=args.line_numbers,
        author=args.author,
        template=args.template,
        annexes=args.annexes,
    )
    with open_existing(location) as root:
        opinions = root.opinions
        snap = opinions.opinion(args.opinion)
        record = write_opinion(root, args.opinion, args.output, options)
    path = Path(args.output).expanduser().resolve()
    text = f"version {record.version}" if record.version is not None else "texte actuel"
    if record.against is not None:
        text += f", changements depuis la version {record.against}"
    kind = OPINION_KINDS.get(snap.kind, snap.kind.capitalize())
    print(path)
    print(
        f"{kind} « {snap.title} » ({text}) : export n° {record.id} écrit dans {path.name} "
        f"(identifiant {record.uuid}).",
        file=sys.stderr,
    )
    return 0


def export_amendments(args: argparse.Namespace, location: str) -> int:
    from deliberation.records.opinions import OPINION_KINDS
    from deliberation.services.amendments_export import (
        checked_target,
        opinion_amendments,
        write_table,
    )

    target = checked_target(args.output)
    with open_existing(location) as root:
        snap = root.opinions.opinion(args.opinion)
        table = opinion_amendments(root.opinions, root.referential, args.opinion, args.paragraphs)
    path = write_table(table, target)
    kind = OPINION_KINDS.get(snap.kind, snap.kind.capitalize())
    print(Path(path).resolve())
    print(
        f"Tableau des amendements de {kind.lower()} « {snap.title} » écrit : {table.summary()}",
        file=sys.stderr,
    )
    return 0


def import_review(args: argparse.Namespace, location: str) -> int:
    from deliberation.services.review_import import ReviewImport

    with open_existing(location) as root:
        review = ReviewImport(root)
        try:
            preview = review.preview(args.file, args.org, args.opinion)
        except ValidationError as exc:
            if "organisation" not in exc.messages:
                raise
            raise NotFoundError(
                f"Aucune organisation n'a le sigle « {args.org.strip()} » ({SEE_ORGANISATIONS})."
            ) from None
        imported = None
        if not args.dry_run:
            result = review.apply(preview)
            imported = {"amendments": len(result.amendments), "comments": len(result.comments)}
    return emit(preview_document(preview, imported), args.json, preview_text)


# -- the preview as data and as text ------------------------------------------------------------


def preview_document(preview: ReturnPreview, imported: dict[str, int] | None) -> dict[str, Any]:
    """What was found in the file, and what was written (`imported` None: a dry run)."""
    from dataclasses import asdict

    return {
        "file": preview.file_name,
        "opinion": {"id": preview.opinion_id, "title": preview.opinion_title},
        "version": preview.version,
        "export": _plain(preview.export_uuid),
        "organisation": {"id": preview.organisation_id, "acronym": preview.organisation_acronym},
        "matched_by_text": preview.matched_by_text,
        "changed_paragraphs": list(preview.changed_paragraphs),
        "warnings": list(preview.warnings),
        "items": [_plain(asdict(item)) for item in preview.items],
        "dry_run": imported is None,
        "imported": imported,
    }


def _plain(value: Any) -> Any:
    """JSON values: ids and dates as text (ISO 8601), tuples as lists."""
    from uuid import UUID

    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    if isinstance(value, UUID):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def preview_text(d: dict[str, Any]) -> str:
    """The preview as a secretary reads it before (or after) importing."""
    opinion = d["opinion"]
    version = f"version {d['version']}" if d["version"] is not None else "texte courant à l'export"
    lines = [
        f"Fichier : {d['file']}",
        f"Avis n° {opinion['id']} : « {opinion['title']} » ({version})",
        f"Organisation : {d['organisation']['acronym']}",
    ]
    lines += [f"Attention : {warning}" for warning in d["warnings"]]
    if d["changed_paragraphs"]:
        lines.append(f"Modifiés depuis l'export : {', '.join(d['changed_paragraphs'])}.")
    lines.append("")
    if d["items"]:
        lines += [_item_line(item) for item in d["items"]]
    else:
        lines.append(f"{INDENT}Aucun commentaire ni modification dans ce fichier.")
    lines.append("")
    lines.append(_summary(d))
    return "\n".join(lines)


def _item_line(item: dict[str, Any]) -> str:
    if item["kind"] == "amendment":
        what = f"amendement ({ACTIONS.get(item['action'], item['action'])}, "
        what += f"{ORIGINS.get(item['origin'], item['origin'])})"
    else:
        what = ORIGINS.get(item["origin"], item["origin"])
    parts = [item["paragraph_label"], what, item["author"] or "auteur inconnu"]
    if item["written_at"]:
        parts.append(f"{numeric_date(datetime.fromisoformat(item['written_at']).astimezone())}")
    parts.append(STATUSES.get(item["status"], item["status"]))
    if item["changed_since_export"]:
        parts.append("paragraphe modifié depuis l'export")
    if item["resolved"]:
        parts.append("résolu")
    if item["kind"] == "comment" and item["anchor"]:
        parts.append(f"sur « {_short(item['anchor'], 30)} »")
    text = _short(item["text"], SHORT)
    parts.append(f"« {text} »" if text else "(paragraphe supprimé)")
    return INDENT + " · ".join(parts)


def _short(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _summary(d: dict[str, Any]) -> str:
    new = sum(1 for item in d["items"] if item["status"] == "new")
    if d["imported"] is None:
        found = count(new, "élément nouveau", "éléments nouveaux")
        return f"{found} à importer (essai : rien n'a été écrit)."
    written = d["imported"]["amendments"] + d["imported"]["comments"]
    if not written:
        return "Aucun élément nouveau : rien n'a été écrit."
    detail = ", ".join(
        count(n, *label)
        for n, label in (
            (d["imported"]["amendments"], ("amendement", "amendements")),
            (d["imported"]["comments"], ("commentaire", "commentaires")),
        )
        if n
    )
    return f"{count(written, 'élément importé', 'éléments importés')} : {detail}."
