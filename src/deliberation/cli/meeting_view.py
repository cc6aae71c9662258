"""What `deliberation show meeting` prints: one meeting as a JSON document, or as text."""

from __future__ import annotations

from datetime import date
from typing import Any

from deliberation.cli.listing import (
    action_row,
    action_status,
    clock,
    default_meeting_title,
    french_time,
)
from deliberation.cli.table import french_date
from deliberation.records.meetings import (
    ATTENDANCE_COUNTED,
    ATTENDANCE_STATUSES,
    ITEM_KINDS,
    LINK_KINDS,
    MEETING_KINDS,
    MEETING_STATUSES,
    AgendaItem,
    MeetingDetails,
)
from deliberation.rules.wording import count, duration


def meeting_document(details: MeetingDetails, today: date) -> dict[str, Any]:
    """Everything about one meeting, for `show meeting --json`."""
    m = details.meeting
    return {
        "id": m.id,
        "uuid": str(m.uuid),
        "kind": m.kind,
        "kind_label": MEETING_KINDS.get(m.kind, m.kind),
        "group_id": m.group_id,
        "body": details.group_name or "Plénière",
        "title": _title(details),
        "date": m.day.isoformat(),
        "start": clock(m.start),
        "end": clock(m.end),
        "place": m.place,
        "video_link": m.video_link,
        "status": m.status,
        "status_label": MEETING_STATUSES.get(m.status, m.status),
        "series_uuid": str(m.series_uuid) if m.series_uuid else None,
        "notes": m.notes,
        "overrun_minutes": details.overrun_minutes,
        "agenda": [
            {
                "number": timed.number,
                "uuid": str(timed.item.uuid),
                "start": clock(timed.start),
                "end": clock(timed.end),
                "overruns": timed.overruns,
                "kind": timed.item.kind,
                "kind_label": ITEM_KINDS.get(timed.item.kind, timed.item.kind),
                "title": timed.item.title,
                "description": timed.item.description,
                "duration_minutes": timed.item.duration_minutes,
                "presenter": _presenter(details, timed.item),
                "outcome": timed.item.outcome,
                "decision": timed.item.decision,
                "links": [
                    {
                        "kind": link.kind,
                        "kind_label": LINK_KINDS.get(link.kind, link.kind),
                        "target": link.target,
                        "label": link.label,
                    }
                    for link in timed.item.links
                ],
            }
            for timed in details.schedule
        ],
        "attendance": [
            {
                "organisation_id": a.organisation_id,
                "organisation": details.organisation_label(a.organisation_id),
                "organisation_name": details.organisations.get(a.organisation_id, ("", ""))[1],
                "status": a.status,
                "status_label": ATTENDANCE_STATUSES.get(a.status, a.status),
                "represented_by_id": a.represented_by_id,
                "represented_by": details.organisation_label(a.represented_by_id),
                "delegates": [
                    {"id": d, "name": details.delegates.get(d, ("?", 0))[0]}
                    for d in a.delegate_ids
                ],
                "note": a.note,
            }
            for a in sorted(
                m.convened, key=lambda a: details.organisation_label(a.organisation_id).casefold()
            )
        ],
        "attendance_summary": {"convened": len(m.convened)} | {
            status: sum(1 for a in m.convened if a.status == status)
            for status in ATTENDANCE_STATUSES
        },
        "actions": [action_row(a, today) for a in details.actions],
    }  # fmt: skip


def meeting_text(document: dict[str, Any]) -> str:
    """The same, as a person reads it in a terminal."""
    d = document
    lines = [
        f"{d['title']} (séance n° {d['id']})",
        f"{d['kind_label']} · {d['body']} · {d['status_label']}",
        f"{french_date(d['date'])}, de {french_time(d['start'])} à {french_time(d['end'])}",
    ]
    if d["place"]:
        lines.append(f"Lieu : {d['place']}")
    if d["video_link"]:
        lines.append(f"Visioconférence : {d['video_link']}")
    if d["notes"]:
        lines.append(f"Notes : {d['notes']}")
    lines += ["", _agenda_heading(d)]
    for item in d["agenda"]:
        when = f"{french_time(item['start'])}–{french_time(item['end'])}"
        lines.append(
            f"  {item['number']}. {when}  {item['title']}"
            f"  [{item['kind_label']}, {item['duration_minutes']} min]"
        )
        details = [
            ("Présenté par", item["presenter"]["label"] if item["presenter"] else ""),
            ("Description", item["description"]),
            ("Relevé des échanges", item["outcome"]),
            ("Décision", item["decision"]),
        ]
        details += [
            ("Lien", f"{link['label']} : {link['target']}" if link["label"] else link["target"])
            for link in item["links"]
        ]
        lines += [_indented(f"{label} : {text}") for label, text in details if text]
    summary = d["attendance_summary"]
    lines += ["", f"Présences ({_attendance_summary(summary)})"]
    width = max((len(a["organisation"]) for a in d["attendance"]), default=0)
    for a in d["attendance"]:
        text = a["status_label"]
        if a["represented_by"]:
            text += f" par {a['represented_by']}"
        if a["delegates"]:
            text += " : " + ", ".join(p["name"] for p in a["delegates"])
        if a["note"]:
            text += f" ({a['note']})"
        lines.append(f"  {a['organisation'].ljust(width)}  {text}")
    lines += ["", f"Actions ({len(d['actions'])})" if d["actions"] else "Aucune action."]
    for a in d["actions"]:
        parts = [
            a["title"],
            a["owner"],
            f"échéance {french_date(a['due_date'])}" if a["due_date"] else "",
        ]
        lines.append("  - " + " — ".join(p for p in parts if p) + f" — {action_status(a)}")
    return "\n".join(lines)


def _agenda_heading(d: dict[str, Any]) -> str:
    if not d["agenda"]:
        return "Ordre du jour : aucun point."
    minutes = sum(item["duration_minutes"] for item in d["agenda"])
    heading = f"Ordre du jour ({count(len(d['agenda']), 'point', 'points')}, {duration(minutes)}"
    if d["overrun_minutes"]:
        heading += f", dépasse la fin de {duration(d['overrun_minutes'])}"
    return heading + ")"


def _attendance_summary(summary: dict[str, int]) -> str:
    parts = [count(summary["convened"], "organisation convoquée", "organisations convoquées")]
    parts += [count(summary[k], *w) for k, w in ATTENDANCE_COUNTED.items() if summary[k]]
    return ", ".join(parts)


def _presenter(details: MeetingDetails, item: AgendaItem) -> dict[str, Any] | None:
    if item.presenter_organisation_id is None and item.presenter_delegate_id is None:
        return None
    delegate = item.presenter_delegate_id
    return {
        "organisation_id": item.presenter_organisation_id,
        "organisation": details.organisation_label(item.presenter_organisation_id),
        "delegate_id": delegate,
        "delegate": details.delegates.get(delegate, ("?", 0))[0] if delegate else "",
        "label": details.presenter_label(item),
    }


def _title(details: MeetingDetails) -> str:
    return details.meeting.title or default_meeting_title(details.meeting.kind, details.group_name)


def _indented(text: str) -> str:
    return "\n".join("       " + line for line in text.splitlines())
