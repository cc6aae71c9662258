"""The lists `deliberation list` prints: rows for JSON, and aligned French text tables."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from deliberation.referential import Referential

from deliberation.records import DELEGATE_ROLES, GROUP_STATUSES


@dataclass(frozen=True)
class Column:
    """A column of a text table: its heading, its cell text, how far it may be narrowed."""

    heading: str
    cell: Callable[[dict[str, Any]], str]
    min_width: int | None = None  # None: never narrowed


def format_table(
    columns: Sequence[Column], rows: Sequence[dict[str, Any]], width: int | None = None
) -> str:
    """Rows as left-aligned columns under their headings.

    With a `width` (a terminal's), columns with a `min_width` are narrowed, fairly, until
    the table fits, their cells cut with an ellipsis; without one, every cell is shown whole.
    """
    cells = [[c.cell(row) for c in columns] for row in rows]
    widths = [
        max([len(c.heading), *(len(line[i]) for line in cells)]) for i, c in enumerate(columns)
    ]
    if width is not None:
        _narrow(columns, widths, width - 2 * (len(columns) - 1))
        cells = [[_cut(text, w) for text, w in zip(line, widths, strict=True)] for line in cells]
    lines = [[c.heading for c in columns], ["─" * w for w in widths], *cells]
    return "\n".join(
        "  ".join(text.ljust(w) for text, w in zip(line, widths, strict=True)).rstrip()
        for line in lines
    )


def _narrow(columns: Sequence[Column], widths: list[int], room: int) -> None:
    """Take one character at a time from the column with the most to spare, until all fit."""
    while sum(widths) > room:
        spare = {
            i: widths[i] - max(c.min_width, len(c.heading))
            for i, c in enumerate(columns)
            if c.min_width is not None
        }
        widest = max(spare, key=lambda i: spare[i], default=None)
        if widest is None or spare[widest] <= 0:
            return
        widths[widest] -= 1


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


Listing = tuple[list[dict[str, Any]], list[Column], str]


def list_organisations(referential: Referential, everyone: bool) -> Listing:
    former = referential.former_name_history()
    rows = [
        {
            "id": o.id,
            "uuid": str(o.uuid),
            "acronym": o.acronym,
            "name": o.name,
            "kind": o.kind_key,
            "kind_label": o.kind_label,
            "is_member": o.is_member,
            "member_since": _iso(o.member_since),
            "member_until": _iso(o.member_until),
            "delegate_count": o.delegate_count,
            "former_names": [
                {
                    "acronym": n.acronym,
                    "name": n.name,
                    "valid_from": _iso(n.valid_from),
                    "valid_until": _iso(n.valid_until),
                    "note": n.note,
                }
                for n in former.get(o.id, ())
            ],
        }
        for o in referential.organisations()
        if everyone or o.is_member
    ]
    columns = [
        Column("Sigle", lambda r: r["acronym"]),
        Column("Nom", lambda r: r["name"], min_width=28),
        Column("Membre", _membership),
        Column("Délégués", lambda r: str(r["delegate_count"])),
        Column("Anciens noms", _former, min_width=12),
    ]
    members = sum(1 for r in rows if r["is_member"])
    total = count(members, "organisation membre", "organisations membres")
    if everyone:
        everyone_count = count(len(rows), "organisation", "organisations")
        total = f"{everyone_count}, dont {count(members, 'membre', 'membres')}"
    return rows, columns, total + "."


def _membership(row: dict[str, Any]) -> str:
    since, until = _fr(row["member_since"]), _fr(row["member_until"])
    if row["is_member"]:
        return f"depuis le {since}" if since else "oui"
    if since and until:
        return f"du {since} au {until}"
    return "non"


def _former(row: dict[str, Any]) -> str:
    """Former acronyms, or the former name when only the name changed."""
    return ", ".join(
        n["acronym"] if n["acronym"] != row["acronym"] else n["name"] for n in row["former_names"]
    )


def list_delegates(referential: Referential, everyone: bool) -> Listing:
    rows = [
        {
            "id": d.id,
            "uuid": str(d.uuid),
            "organisation": d.organisation_acronym,
            "organisation_id": d.organisation_id,
            "first_name": d.first_name,
            "last_name": d.last_name,
            "role": d.role,
            "email": d.email,
            "function": d.function,
            "active": d.active,
        }
        for d in sorted(referential.delegates(), key=lambda d: d.organisation_acronym.casefold())
        if everyone or d.active
    ]
    columns = [
        Column("Organisation", lambda r: r["organisation"]),
        Column("Nom", lambda r: f"{r['first_name']} {r['last_name']}"),
        Column("Qualité", lambda r: DELEGATE_ROLES.get(r["role"], r["role"])),
        Column("Fonction", lambda r: r["function"], min_width=24),
        Column("Courriel", lambda r: r["email"]),
    ]
    if everyone:
        columns.append(Column("Siège", lambda r: "oui" if r["active"] else "non"))
    return rows, columns, count(len(rows), "délégué", "délégués") + "."


def _rapporteurs(row: dict[str, Any]) -> str:
    return ", ".join(p["name"] for p in row["rapporteurs"])


def list_themes(referential: Referential, everyone: bool) -> Listing:
    rows = [
        {
            "id": t.id,
            "uuid": str(t.uuid),
            "number": t.number,
            "title": t.title,
            "description": t.description,
        }
        for t in referential.themes()
    ]
    columns = [
        Column("N°", lambda r: str(r["number"])),
        Column("Titre", lambda r: r["title"], min_width=40),
    ]
    return rows, columns, count(len(rows), "thème", "thèmes") + "."


def list_groups(referential: Referential, everyone: bool) -> Listing:
    themes = {t.id: t for t in referential.themes()}
    rows = []
    for g in referential.groups():
        theme = themes.get(g.theme_id) if g.theme_id is not None else None
        rows.append(
            {
                "id": g.id,
                "uuid": str(g.uuid),
                "name": g.name,
                "theme": {"number": theme.number, "title": theme.title} if theme else None,
                "status": g.status,
                "start_date": _iso(g.start_date),
                "end_date": _iso(g.end_date),
                "mandate": g.mandate,
                "members": list(g.member_acronyms),
                "chair": {"id": g.chair_id, "name": g.chair_name} if g.chair_id else None,
                "rapporteurs": [
                    {"id": i, "name": n}
                    for i, n in zip(g.rapporteur_ids, g.rapporteur_names, strict=True)
                ],
            }
        )
    columns = [
        Column("Groupe de travail", lambda r: r["name"], min_width=28),
        Column("Thème", lambda r: str(r["theme"]["number"]) if r["theme"] else ""),
        Column("Statut", lambda r: GROUP_STATUSES.get(r["status"], r["status"])),
        Column("Début", lambda r: _fr(r["start_date"])),
        Column("Fin", lambda r: _fr(r["end_date"])),
        Column("Présidence", lambda r: r["chair"]["name"] if r["chair"] else "", min_width=16),
        Column("Rapporteurs", _rapporteurs, min_width=18),
        Column("Membres", lambda r: ", ".join(r["members"]), min_width=16),
    ]
    return rows, columns, count(len(rows), "groupe de travail", "groupes de travail") + "."


LISTERS: dict[str, Callable[[Referential, bool], Listing]] = {
    "organisations": list_organisations,
    "delegates": list_delegates,
    "themes": list_themes,
    "groups": list_groups,
}


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _fr(iso: str | None) -> str:
    """An ISO date the French way, as the GUI shows it: 2015-10-01 → 01/10/2015."""
    return date.fromisoformat(iso).strftime("%d/%m/%Y") if iso else ""


def count(n: int, singular: str, plural: str) -> str:
    """A number and its noun: 0 thème, 1 thème, 6 thèmes (French keeps the singular below 2)."""
    return f"{n} {singular if n < 2 else plural}"
