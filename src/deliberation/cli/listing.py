"""The lists `deliberation list` prints: rows for JSON, and aligned French text tables."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, time
from typing import TYPE_CHECKING, Any

from deliberation.cli.arguments import LISTS as LISTS  # the names, for the parser
from deliberation.cli.arguments import PLENARY
from deliberation.cli.table import Column, Listing, french_date, iso_date
from deliberation.records.meetings import (
    ACTION_STATUSES,
    MEETING_KINDS,
    MEETING_STATUSES,
    ActionRecord,
    MeetingRecord,
)
from deliberation.records.referential import DELEGATE_ROLES, GROUP_STATUSES
from deliberation.rules.wording import count, numeric_time

if TYPE_CHECKING:
    from deliberation.services.reading import AnyMeetings, AnyReferential, AnyRoot


def list_organisations(referential: AnyReferential, everyone: bool) -> Listing:
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
            "member_since": iso_date(o.member_since),
            "member_until": iso_date(o.member_until),
            "delegate_count": o.delegate_count,
            "former_names": [
                {
                    "acronym": n.acronym,
                    "name": n.name,
                    "valid_from": iso_date(n.valid_from),
                    "valid_until": iso_date(n.valid_until),
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
    since, until = french_date(row["member_since"]), french_date(row["member_until"])
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


def list_delegates(referential: AnyReferential, everyone: bool) -> Listing:
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


def list_themes(referential: AnyReferential, everyone: bool) -> Listing:
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


def list_groups(referential: AnyReferential, everyone: bool) -> Listing:
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
                "start_date": iso_date(g.start_date),
                "end_date": iso_date(g.end_date),
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
        Column("Début", lambda r: french_date(r["start_date"])),
        Column("Fin", lambda r: french_date(r["end_date"])),
        Column("Présidence", lambda r: r["chair"]["name"] if r["chair"] else "", min_width=16),
        Column("Rapporteurs", _rapporteurs, min_width=18),
        Column("Membres", lambda r: ", ".join(r["members"]), min_width=16),
    ]
    return rows, columns, count(len(rows), "groupe de travail", "groupes de travail") + "."


LISTERS: dict[str, Callable[[AnyReferential, bool], Listing]] = {
    "organisations": list_organisations,
    "delegates": list_delegates,
    "themes": list_themes,
    "groups": list_groups,
}


@dataclass(frozen=True)
class ListOptions:
    """What `deliberation list` was asked for beyond the list's name."""

    everyone: bool = False  # former members, delegates no longer sitting, closed actions
    start: date | None = None  # meetings from that day…
    end: date | None = None  # …to that day, inclusive
    group: int | str | None = None  # a working group's id, or PLENARY


def make_listing(root: AnyRoot, kind: str, options: ListOptions) -> Listing:
    """The rows, columns and total line of one list of the store."""

    if kind == "meetings":
        if isinstance(options.group, int):
            root.referential.group(options.group)  # an unknown id: NotFoundError, one sentence
        return list_meetings(root.meetings, options)
    if kind == "actions":
        return list_actions(root.meetings, options.everyone)
    if kind == "consultations":  # each view is imported by its own list only
        from deliberation.cli.positions_view import list_consultations

        return list_consultations(root.positions)
    if kind == "opinions":
        from deliberation.cli.opinions_view import list_opinions

        return list_opinions(root.opinions)
    if kind == "outbox":
        from deliberation.cli.mail_commands import list_outbox  # it imports this module

        return list_outbox(root.outbox)
    return LISTERS[kind](root.referential, options.everyone)


# -- meetings and actions -----------------------------------------------------------------------


def list_meetings(meetings: AnyMeetings, options: ListOptions) -> Listing:
    group_id = options.group if isinstance(options.group, int) else None
    records = meetings.meetings(
        options.start, options.end, group_id, plenary_only=options.group == PLENARY
    )
    rows = [meeting_row(m) for m in records]
    columns = [
        Column("N°", lambda r: str(r["id"])),
        Column("Date", lambda r: french_date(r["date"])),
        Column("Heures", lambda r: f"{french_time(r['start'])} – {french_time(r['end'])}"),
        Column("Type", lambda r: r["kind_label"], min_width=12),
        Column("Instance", lambda r: r["body"], min_width=12),
        Column("Intitulé", lambda r: r["title"], min_width=20),
        Column("Statut", lambda r: r["status_label"]),
        Column("Points", lambda r: str(r["item_count"])),
        Column("Présents", lambda r: f"{r['attended_count']}/{r['convened_count']}"),
    ]
    return rows, columns, count(len(rows), "séance", "séances") + "."


def meeting_row(m: MeetingRecord) -> dict[str, Any]:
    return {
        "id": m.id,
        "uuid": str(m.uuid),
        "date": m.day.isoformat(),
        "start": clock(m.start),
        "end": clock(m.end),
        "kind": m.kind,
        "kind_label": MEETING_KINDS.get(m.kind, m.kind),
        "group_id": m.group_id,
        "body": m.body_label or "Plénière",
        "title": m.title or default_meeting_title(m.kind, m.body_label),
        "status": m.status,
        "status_label": MEETING_STATUSES.get(m.status, m.status),
        "place": m.place,
        "video_link": m.video_link,
        "series_uuid": str(m.series_uuid) if m.series_uuid else None,
        "item_count": m.item_count,
        "convened_count": m.convened_count,
        "attended_count": m.attended_count,
    }


def list_actions(meetings: AnyMeetings, everyone: bool) -> Listing:
    today = meetings.today
    rows = [action_row(a, today) for a in meetings.actions(open_only=not everyone)]
    columns = [
        Column("N°", lambda r: str(r["id"])),
        Column("Échéance", lambda r: french_date(r["due_date"])),
        Column("Action", lambda r: r["title"], min_width=24),
        Column("Responsable", lambda r: r["owner"], min_width=12),
        Column("Séance", lambda r: r["meeting"], min_width=16),
        Column("Statut", action_status),
    ]
    still_open = sum(1 for r in rows if r["is_open"])
    overdue = sum(1 for r in rows if r["overdue"])
    late = f"{overdue} en retard"
    if everyone:
        total = count(len(rows), "action", "actions")
        if rows:
            total += f", dont {count(still_open, 'ouverte', 'ouvertes')}"
            total += f" ({late})" if overdue else ""
    else:
        total = count(still_open, "action ouverte", "actions ouvertes")
        total += f", dont {late}" if overdue else ""
    return rows, columns, total + "."


def action_row(a: ActionRecord, today: date) -> dict[str, Any]:
    return {
        "id": a.id,
        "uuid": str(a.uuid),
        "title": a.title,
        "meeting_id": a.meeting_id,
        "meeting": a.meeting_label,
        "item_uuid": str(a.item_uuid) if a.item_uuid else None,
        "organisation_id": a.organisation_id,
        "delegate_id": a.delegate_id,
        "owner": a.owner_label,
        "due_date": iso_date(a.due_date),
        "status": a.status,
        "status_label": ACTION_STATUSES.get(a.status, a.status),
        "is_open": a.is_open,
        "overdue": a.is_overdue(today),
        "closed_on": iso_date(a.closed_on),
        "note": a.note,
    }


def action_status(row: dict[str, Any]) -> str:
    return row["status_label"] + (" (en retard)" if row["overdue"] else "")


def default_meeting_title(kind: str, group_name: str) -> str:
    from deliberation.rules.meetings import default_title

    return default_title(kind, group_name)


def clock(moment: time) -> str:
    """A time of day for JSON: « 14:00 »."""
    return numeric_time(moment)


def french_time(clock: str) -> str:
    """« 14:00 » → « 14 h 00 », as French typography writes times."""
    hours, minutes = clock.split(":")
    return f"{int(hours)} h {minutes}"
