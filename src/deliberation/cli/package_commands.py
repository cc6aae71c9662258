"""Offline packages on the command line: export, import (a package or a script's text), sync."""

from __future__ import annotations

import argparse
import json
import sys
import uuid as uuid_module
from pathlib import Path
from typing import TYPE_CHECKING, Any

from deliberation.cli.arguments import add_id, add_json, add_output, subcommand
from deliberation.cli.common import emit, open_existing
from deliberation.cli.opinions_commands import SEE_OPINIONS
from deliberation.errors import PackageError
from deliberation.rules.wording import count

if TYPE_CHECKING:
    from deliberation.records.opinions import Line, Paragraph
    from deliberation.services.offline_package import PackagePreview, PackageResult

INDENT = "  "


# -- arguments ----------------------------------------------------------------------------------


def add_export_package(documents: Any, after: argparse.ArgumentParser) -> None:
    """`export package OPINION_ID -o FICHIER.deliberation [--org SIGLE]`."""
    package = subcommand(
        documents,
        "export package",
        after,
        help="un avis à emporter pour travailler hors ligne (.deliberation)",
        description="Écrit l'avis, ses versions, ses amendements, ses commentaires, les "
        "positions sur ses paragraphes et les organisations qu'ils nomment dans un paquet : une "
        "base que l'application ouvre comme les autres. « import package » rapporte ensuite "
        "le travail fait hors ligne.",
    )
    add_id(package, "opinion", f"identifiant de l'avis ({SEE_OPINIONS})")
    add_output(package, "FICHIER.deliberation")
    package.add_argument(
        "--org",
        metavar="SIGLE",
        help="l'organisation qui emporte l'avis et propose ce qui sera en conflit au retour "
        "(par défaut : celle du premier rapporteur)",
    )
    package.set_defaults(run=export_package)


def add_import_package(kinds: Any, after: argparse.ArgumentParser) -> None:
    """`import package FICHIER` and `import text OPINION_ID FICHIER.json`."""
    package = subcommand(
        kinds,
        "import package",
        after,
        help="rapporter un travail hors ligne (un paquet .deliberation)",
        description="Fusionne dans l'avis le paquet emporté : un paragraphe changé d'un seul "
        "côté prend ce changement ; les ajouts, déplacements, découpages et suppressions d'un "
        "côté suivent ; un paragraphe changé des deux côtés garde le texte de cette base et le "
        "texte du paquet devient un amendement. Les amendements, commentaires, décisions et "
        "positions du paquet viennent une seule fois. Avec --dry-run, rien n'est écrit.",
    )
    package.add_argument("file", metavar="FICHIER", type=Path, help="le paquet rapporté")
    add_id(
        package, "--opinion", f"refuser le paquet s'il ne vient pas de cet avis ({SEE_OPINIONS})"
    )
    _add_dry_run(package)
    package.set_defaults(run=import_package)
    text = subcommand(
        kinds,
        "import text",
        after,
        help="le texte d'un avis modifié par un script (JSON de « show opinion --json »)",
        description="Fusionne dans l'avis les paragraphes d'un JSON de « show opinion --json » "
        "modifiés par un script, depuis le texte qu'il contenait (son champ text.base) : même "
        "fusion qu'un paquet. Un paragraphe sans « uuid » est nouveau ; un paragraphe retiré "
        "de la liste est supprimé.",
    )
    add_id(text, "opinion", f"identifiant de l'avis ({SEE_OPINIONS})")
    text.add_argument("file", metavar="FICHIER.json", type=Path, help="le texte modifié")
    _add_dry_run(text)
    text.set_defaults(run=import_text)


def add_sync(commands: Any, after: argparse.ArgumentParser) -> None:
    """`sync OPINION_ID --with BASE`."""
    sync = subcommand(
        commands,
        "sync",
        after,
        help="fusionner un avis dans les deux sens entre un paquet et une base partagée",
        description="Rapporte dans l'autre base (fichier ou URL PostgreSQL) le travail fait "
        "sur l'avis dans le paquet, puis remet le paquet à jour de tout ce que l'autre base "
        "contient. L'une des deux bases doit être un paquet (« export package »).",
    )
    add_id(sync, "opinion", f"identifiant de l'avis dans cette base ({SEE_OPINIONS})")
    sync.add_argument(
        "--with",
        dest="other",
        metavar="BASE",
        required=True,
        help="l'autre base : chemin d'un fichier ou URL postgresql+psycopg://…",
    )
    add_json(sync)
    sync.set_defaults(run=sync_opinion)


def _add_dry_run(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--dry-run", action="store_true", help="montrer ce qui serait fusionné, sans rien écrire"
    )
    add_json(parser)


# -- commands -----------------------------------------------------------------------------------


def export_package(args: argparse.Namespace, location: str) -> int:
    from deliberation.services.offline_package import OfflinePackages

    with open_existing(location) as root:
        snap = root.opinions.opinion(args.opinion)
        OfflinePackages(root).export(args.opinion, args.output, args.org)
    path = Path(args.output).expanduser().resolve()
    print(path)
    print(f"Avis « {snap.title} » emporté dans {path.name}.", file=sys.stderr)
    return 0


def import_package(args: argparse.Namespace, location: str) -> int:
    from deliberation.services.offline_package import OfflinePackages

    with open_existing(location) as root:
        packages = OfflinePackages(root)
        preview = packages.preview(args.file, args.opinion)
        result = None if args.dry_run else packages.apply(preview)
    return emit(preview_document(preview, result), args.json, preview_text)


def import_text(args: argparse.Namespace, location: str) -> int:
    from deliberation.services.offline_package import OfflinePackages

    base, edited = read_text_file(Path(args.file).expanduser())
    with open_existing(location) as root:
        packages = OfflinePackages(root)
        preview = packages.preview_text(args.opinion, base, edited, Path(args.file).name)
        result = None if args.dry_run else packages.apply(preview)
    return emit(preview_document(preview, result), args.json, preview_text)


def sync_opinion(args: argparse.Namespace, location: str) -> int:
    from deliberation.services.offline_package import OfflinePackages

    with open_existing(location) as root, open_existing(args.other) as other:
        there, back = OfflinePackages(root).sync(args.opinion, other)
    document = {"sent": _result(there), "received": _result(back)}
    return emit(document, args.json, _sync_text)


def read_text_file(path: Path) -> tuple[tuple[Paragraph, ...], tuple[Paragraph, ...]]:
    """The base text and the edited paragraphs of a `show opinion --json` document."""
    from deliberation.records.opinions import (
        PARAGRAPH_KINDS,
        Paragraph,
        plain_lines,
        text_from_json,
    )

    name = path.name
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        base = text_from_json(data["text"]["base"])
        # a new paragraph (no uuid) gets the same identity each time the same file is imported
        space = uuid_module.uuid5(uuid_module.NAMESPACE_URL, str(data["text"]["base"]))
        edited = []
        for index, item in enumerate(data["paragraphs"]):
            lines = _lines(item["content"]) if "content" in item else ()
            text = item.get("text")
            if text is not None and "\n".join(line.text for line in lines) != text:
                lines = plain_lines(str(text))
            kind = item.get("kind", "paragraph")
            if kind not in PARAGRAPH_KINDS:
                raise ValueError(kind)
            uuid = (
                uuid_module.UUID(item["uuid"])
                if item.get("uuid")
                else uuid_module.uuid5(space, f"{index}:{text}")
            )
            edited.append(
                Paragraph(uuid, kind, lines or plain_lines(""), int(item.get("level", 1)))
            )
    except OSError as exc:
        raise PackageError(f"Impossible de lire « {name} » : {exc.strerror}.") from exc
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise PackageError(
            f"« {name} » n'est pas le JSON d'un avis de « show opinion --json » (avec son champ "
            "text.base et ses paragraphes)."
        ) from exc
    return base, tuple(edited)


def _lines(content: list[dict[str, Any]]) -> tuple[Line, ...]:
    """A paragraph's lines from the form `show opinion --json` writes them in."""
    from deliberation.records.opinions import LIST_STYLES, Line, Run

    lines = []
    for line in content:
        runs = tuple(
            Run(str(r["text"]), bool(r.get("bold")), bool(r.get("italic")))
            for r in line.get("runs", ())
        )
        style = line.get("list", "")
        lines.append(Line(runs, style if style in LIST_STYLES else ""))
    return tuple(lines)


# -- the preview as data and as text ------------------------------------------------------------


def _result(result: PackageResult) -> dict[str, int]:
    return {
        "merged": result.merged,
        "proposals": result.proposals,
        "amendments": result.amendments,
        "comments": result.comments,
        "decisions": result.decisions,
        "positions": result.positions,
    }


def preview_document(preview: PackagePreview, result: PackageResult | None) -> dict[str, Any]:
    """What the merge takes and proposes, and what was written (`result` None: a dry run)."""
    return preview.as_dict() | {"written": _result(result) if result is not None else None}


def preview_text(d: dict[str, Any]) -> str:
    lines = [f"Avis « {d['opinion']} » ← {d['file']}"]
    if d["nothing_new"]:
        lines.append(f"{INDENT}Rien de nouveau : ce travail est déjà fusionné.")
    for label in d["merged"]:
        lines.append(f"{INDENT}fusionné : {label}")
    for label in d["removed"]:
        lines.append(f"{INDENT}supprimé : {label}")
    for label in d["proposals"]:
        lines.append(f"{INDENT}en conflit, proposé comme amendement : {label}")
    counts = [
        count(d["new_amendments"], "amendement"),
        count(d["new_comments"], "commentaire"),
        count(d["decisions"], "décision"),
        count(d["new_positions"], "position"),
    ]
    lines.append(f"{INDENT}À reprendre : " + ", ".join(counts) + ".")
    lines.extend(f"{INDENT}Attention : {warning}" for warning in d["warnings"])
    if d["written"] is None:
        lines.append("Aperçu seulement (--dry-run) : rien n'a été écrit.")
    else:
        lines.append("Fusion enregistrée.")
    return "\n".join(lines)


def _sync_text(d: dict[str, Any]) -> str:
    def line(what: str, r: dict[str, int]) -> str:
        return (
            f"{what} : {count(r['merged'], 'paragraphe')} fusionné(s), "
            f"{count(r['proposals'], 'proposition')}, {count(r['amendments'], 'amendement')}, "
            f"{count(r['comments'], 'commentaire')}, {count(r['decisions'], 'décision')}, "
            f"{count(r['positions'], 'position')}."
        )

    return "\n".join([line("Envoyé", d["sent"]), line("Reçu", d["received"])])
