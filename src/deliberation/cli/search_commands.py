"""The `search` command: the store's full-text search on the command line, as text or JSON."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from deliberation.cli.arguments import subcommand, whole_number
from deliberation.cli.common import emit, open_existing

if TYPE_CHECKING:
    from deliberation.services.search import Hit

# The kinds `--kind` takes (the keys of services.search.KINDS, kept in step by a test): the
# parser is built without importing the use cases.
SEARCH_KINDS = (
    "organisation",
    "former_name",
    "delegate",
    "group",
    "meeting",
    "agenda_item",
    "decision",
    "action",
    "consultation",
    "position",
    "opinion",
    "paragraph",
    "amendment",
    "comment",
)


def add_search(commands: Any, after: argparse.ArgumentParser) -> None:
    search = subcommand(
        commands,
        "search",
        after,
        help="chercher dans toute la base",
        description="Cherche des mots dans les organisations (anciens noms compris), les "
        "délégués, les séances (titre, lieu, date écrite en toutes lettres), les points de "
        "l'ordre du jour et leurs décisions, les actions, les consultations et les positions, "
        "les avis (paragraphes, amendements, commentaires). Sans tenir compte des accents ni des "
        "majuscules ; chaque mot peut être le début d'un mot ; tous les mots sont requis.",
    )
    search.add_argument("query", metavar="RECHERCHE", help="les mots cherchés")
    search.add_argument(
        "--kind",
        action="append",
        choices=SEARCH_KINDS,
        metavar="TYPE",
        help="ne garder que ce type de résultat (répétable) : " + ", ".join(SEARCH_KINDS),
    )
    search.add_argument(
        "--limit",
        metavar="N",
        type=lambda value: whole_number(value, "nombre de résultats"),
        default=50,
        help="nombre de résultats au plus (50 par défaut)",
    )
    search.add_argument("--json", action="store_true", help="sortie JSON (UTF-8)")
    search.set_defaults(run=run_search)


def run_search(args: argparse.Namespace, location: str) -> int:
    with open_existing(location) as root:
        hits = root.search.find(args.query, tuple(args.kind or ()), args.limit)
    return emit([hit_json(hit) for hit in hits], args.json, lambda _rows: hits_text(hits))


def _marked(segments: Any) -> str:
    return "".join(f"[{s.text}]" if s.matched else s.text for s in segments)


def hit_json(hit: Hit) -> dict[str, Any]:
    return {
        "kind": hit.kind,
        "kind_label": hit.kind_label,
        "title": hit.title_text,
        "context": hit.context,
        "snippet": hit.snippet_text,
        "matched": sorted({s.text for s in (*hit.title, *hit.snippet) if s.matched}),
        "opens": hit.where,
        "place": {"kind": hit.place.kind, "id": hit.place.id, "detail": hit.place.detail},
    }


def hits_text(hits: list[Hit]) -> str:
    """One block per hit: its kind and title, the words around the match, where it opens."""
    if not hits:
        return "Aucun résultat."
    blocks = []
    for hit in hits:
        lines = [f"{hit.kind_label} : {_marked(hit.title)}"]
        if hit.snippet:
            lines.append(f"    {_marked(hit.snippet)}")
        lines.append(f"    → {hit.where}")
        blocks.append("\n".join(lines))
    count = len(hits)
    return "\n".join(blocks) + f"\n{count} résultat{'s' if count > 1 else ''}."
