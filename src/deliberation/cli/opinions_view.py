"""What the opinions commands print: the list of opinions, and one opinion with its text."""

from __future__ import annotations

import textwrap
from collections import Counter
from datetime import datetime
from typing import TYPE_CHECKING, Any

from deliberation.cli.table import Column, Listing, french_date, iso_date
from deliberation.records.opinions import (
    AMENDMENT_STATUSES,
    LIST_STYLES,
    OPINION_KINDS,
    OPINION_STATUSES,
    PARAGRAPH_KINDS,
    Line,
    OpinionRecord,
    Paragraph,
    text_json,
)
from deliberation.records.positions import CONSENSUS_STATUSES
from deliberation.rules.opinion_text import numbering, text_word_count
from deliberation.rules.wording import count, moment_with_clock, numeric_date

if TYPE_CHECKING:
    from deliberation.services.opinions import Opinions
    from deliberation.services.reading import AnyOpinions
    from deliberation.services.referential import Referential

DECIDED = {  # amendments counted by decision
    "proposed": ("proposé", "proposés"),
    "accepted": ("accepté", "acceptés"),
    "accepted_modified": ("accepté modifié", "acceptés modifiés"),
    "rejected": ("rejeté", "rejetés"),
    "withdrawn": ("retiré", "retirés"),
}
TREATED = {  # amendments counted by the treatment the rapporteur proposes
    "favorable": ("favorable", "favorables"),
    "unfavorable": ("défavorable", "défavorables"),
    "withdrawal_requested": ("retrait demandé", "retraits demandés"),
    "satisfied": ("satisfait", "satisfaits"),
    "": ("à examiner", "à examiner"),
}
WIDTH = 100  # text wrapped for a terminal
INDENT = "  "


# -- the list -----------------------------------------------------------------------------------


def opinion_row(record: OpinionRecord) -> dict[str, Any]:
    return {
        "id": record.id,
        "uuid": str(record.uuid),
        "kind": record.kind,
        "kind_label": OPINION_KINDS.get(record.kind, record.kind),
        "title": record.title,
        "group_id": record.group_id,
        "group": record.group_name,
        "status": record.status,
        "status_label": OPINION_STATUSES.get(record.status, record.status),
        "status_since": iso_date(record.status_since),
        "rapporteurs": list(record.rapporteurs),
        "paragraphs": record.paragraphs,
        "versions": record.versions,
        "open_amendments": record.open_amendments,
        "updated_at": record.updated_at.isoformat(),
    }


def list_opinions(opinions: AnyOpinions) -> Listing:
    """Opinions by id (the store gives them most recently changed first)."""
    rows = [opinion_row(r) for r in sorted(opinions.opinions(), key=lambda r: r.id)]
    columns = [
        Column("N°", lambda r: str(r["id"])),
        Column("Type", lambda r: r["kind_label"]),
        Column("Titre", lambda r: r["title"], min_width=24),
        Column("Groupe de travail", lambda r: r["group"] or "—", min_width=12),
        Column("État", lambda r: r["status_label"]),
        Column("Depuis le", lambda r: french_date(r["status_since"])),
        Column("Rapporteurs", lambda r: ", ".join(r["rapporteurs"]), min_width=12),
        Column("Paragraphes", lambda r: str(r["paragraphs"])),
        Column("Versions", lambda r: str(r["versions"])),
        Column("Amendements ouverts", lambda r: str(r["open_amendments"])),
    ]
    return rows, columns, count(len(rows), "avis", "avis") + "."


# -- one opinion --------------------------------------------------------------------------------


def opinion_document(
    opinions: Opinions, referential: Referential, opinion_id: int, version: int | None = None
) -> dict[str, Any]:
    """An opinion's description, its text (current, or version `version`) paragraph by
    paragraph with computed numbers, its versions, amendments and comment threads."""
    snap = opinions.opinion(opinion_id)
    chosen = opinions.version(opinion_id, version) if version is not None else None
    current = opinions.text(opinion_id)
    paragraphs = chosen.paragraphs if chosen is not None else current.paragraphs
    record = next(r for r in opinions.opinions() if r.id == opinion_id)
    delegates = {d.id: d for d in referential.delegates()}
    amendments = opinions.amendments(opinion_id)
    threads = opinions.threads(opinion_id)
    standing = opinions.standing(opinion_id)
    open_amendments = Counter(a.paragraph_uuid for a in amendments if a.status == "proposed")
    open_threads = Counter(t.first.paragraph_uuid for t in threads if not t.resolved)
    numbers = numbering(paragraphs)
    statuses = Counter(a.status for a in amendments)
    treatments = Counter(a.treatment for a in amendments)
    whole = standing.get(snap.uuid)
    return {
        "id": snap.id,
        "uuid": str(snap.uuid),
        "kind": snap.kind,
        "kind_label": OPINION_KINDS.get(snap.kind, snap.kind),
        "title": snap.title,
        "group_id": snap.group_id,
        "group": record.group_name,
        "status": snap.status,
        "status_label": OPINION_STATUSES.get(snap.status, snap.status),
        "status_since": iso_date(snap.history[-1].changed_on) if snap.history else None,
        "rapporteurs": [
            {
                "id": delegate_id,
                "name": delegates[delegate_id].full_name if delegate_id in delegates else "?",
                "organisation": (
                    delegates[delegate_id].organisation_acronym if delegate_id in delegates else ""
                ),
            }
            for delegate_id in snap.rapporteur_ids
        ],
        "history": [
            {
                "status": change.status,
                "status_label": OPINION_STATUSES.get(change.status, change.status),
                "changed_on": change.changed_on.isoformat(),
                "changed_by": change.changed_by,
                "note": change.note,
            }
            for change in snap.history
        ],
        "agenda_items": [
            {
                "item_id": ref.item_id,
                "item_uuid": str(ref.item_uuid),
                "title": ref.title,
                "meeting_id": ref.meeting_id,
                "meeting": ref.meeting_title,
                "meeting_day": ref.meeting_day.isoformat(),
            }
            for ref in opinions.agenda_refs(snap.agenda_item_ids)
        ],
        "standing": _standing(whole) if whole else None,
        "text": {
            "version": chosen.number if chosen else None,
            "revision": None if chosen else current.revision,
            # the text as read, stored form: « import text » merges a script's edits from it
            "base": None if chosen else text_json(current.paragraphs),
            "frozen_at": chosen.frozen_at.isoformat() if chosen else None,
            "frozen_by": chosen.frozen_by if chosen else None,
            "note": chosen.note if chosen else None,
            "paragraph_count": len(paragraphs),
            "word_count": text_word_count(paragraphs),
        },
        "paragraphs": [
            _paragraph(p, numbers[p.uuid].number, numbers[p.uuid].label)
            | {
                "standing": _standing(standing[p.uuid]) if p.uuid in standing else None,
                "open_amendments": open_amendments[p.uuid],
                "open_threads": open_threads[p.uuid],
            }
            for p in paragraphs
        ],
        "versions": [
            {
                "number": v.number,
                "frozen_at": v.frozen_at.isoformat(),
                "frozen_by": v.frozen_by,
                "note": v.note,
            }
            for v in opinions.versions(opinion_id)
        ],
        "amendments": {code: statuses[code] for code in AMENDMENT_STATUSES},
        "amendment_treatments": {code or "none": treatments[code] for code in TREATED},
        "comment_threads": len(threads),
        "open_comment_threads": sum(not t.resolved for t in threads),
    }


def _paragraph(paragraph: Paragraph, number: str, label: str) -> dict[str, Any]:
    return {
        "uuid": str(paragraph.uuid),
        "number": number,
        "label": label,
        "kind": paragraph.kind,
        "kind_label": PARAGRAPH_KINDS.get(paragraph.kind, paragraph.kind),
        "level": paragraph.level,
        "text": paragraph.text,
        "content": [_line(line) for line in paragraph.lines],
    }


def _line(line: Line) -> dict[str, Any]:
    return {
        "list": line.list,
        "list_label": LIST_STYLES.get(line.list, line.list),
        "runs": [{"text": r.text, "bold": r.bold, "italic": r.italic} for r in line.runs],
    }


def _standing(standing: Any) -> dict[str, Any]:
    return {
        "consultation_id": standing.consultation_id,
        "consultation": standing.consultation_title,
        "subject_id": standing.subject_id,
        "status": standing.status,
        "status_label": CONSENSUS_STATUSES.get(standing.status, standing.status),
        "reservations": [
            {"organisation": s.acronym, "reservation": s.reservation} for s in standing.reservations
        ],
        "unfavorable": [s.acronym for s in standing.stances if s.stance == "unfavorable"],
        "missing": list(standing.missing),
    }


# -- as text ------------------------------------------------------------------------------------


def opinion_text(document: dict[str, Any]) -> str:
    """The opinion as a rapporteur reads it in a terminal: description, numbered text, review."""
    d = document
    lines = [f"{d['title']} ({d['kind_label'].lower()} n° {d['id']})"]
    state = f"{d['status_label']} depuis le {french_date(d['status_since'])}"
    lines.append(" · ".join([d["kind_label"], state, _group(d)]))
    if d["rapporteurs"]:
        names = ", ".join(
            f"{r['name']} ({r['organisation']})" if r["organisation"] else r["name"]
            for r in d["rapporteurs"]
        )
        word = "Rapporteur" if len(d["rapporteurs"]) == 1 else "Rapporteurs"
        lines.append(f"{word} : {names}")
    lines += ["", "Historique des états"]
    for change in d["history"]:
        by = f" ({change['changed_by']})" if change["changed_by"] else ""
        note = f" — {change['note']}" if change["note"] else ""
        lines.append(
            f"{INDENT}{french_date(change['changed_on'])}  {change['status_label']}{by}{note}"
        )
    if d["agenda_items"]:
        lines += ["", "Points de l'ordre du jour"]
        for item in d["agenda_items"]:
            lines.append(
                f"{INDENT}{item['meeting']} du {french_date(item['meeting_day'])} "
                f"(séance n° {item['meeting_id']}) : {item['title']}"
            )
    if d["standing"]:
        lines += ["", f"Sur l'ensemble du projet : {_standing_text(d['standing'])}"]
    lines += ["", _text_heading(d), ""]
    lines += _body(d)
    lines += ["", f"Versions ({len(d['versions'])})" if d["versions"] else "Aucune version figée."]
    for v in d["versions"]:
        when = datetime.fromisoformat(v["frozen_at"]).astimezone()
        note = f" — {v['note']}" if v["note"] else ""
        lines.append(
            f"{INDENT}{v['number']}. {moment_with_clock(when)}, par {v['frozen_by'] or '?'}{note}"
        )
    counts = [count(n, *DECIDED[code]) for code, n in d["amendments"].items() if n]
    total = sum(d["amendments"].values())
    lines.append("")
    if total:
        amendments = count(total, "amendement", "amendements")
        lines.append(f"{amendments.capitalize()} : {', '.join(counts)}.")
        treated = [
            count(n, *TREATED[code if code != "none" else ""])
            for code, n in d["amendment_treatments"].items()
            if n
        ]
        lines.append(f"Traitement proposé par le rapporteur : {', '.join(treated)}.")
    else:
        lines.append("Aucun amendement.")
    threads = d["comment_threads"]
    if threads:
        open_now = d["open_comment_threads"]
        opened = f"{open_now} ouvert{'s' if open_now > 1 else ''}" if open_now else "aucun ouvert"
        lines.append(f"Commentaires : {count(threads, 'fil', 'fils')}, {opened}.")
    else:
        lines.append("Aucun commentaire.")
    return "\n".join(lines)


def _group(d: dict[str, Any]) -> str:
    return f"groupe de travail « {d['group']} »" if d["group"] else "sans groupe de travail"


def _text_heading(d: dict[str, Any]) -> str:
    t = d["text"]
    size = (
        f"{count(t['paragraph_count'], 'paragraphe', 'paragraphes')}, "
        f"{count(t['word_count'], 'mot', 'mots')}"
    )
    if t["version"] is None:
        return f"Texte actuel ({size})"
    when = datetime.fromisoformat(t["frozen_at"]).astimezone()
    note = f" — {t['note']}" if t["note"] else ""
    by = t["frozen_by"] or "?"
    return f"Version {t['version']} du {numeric_date(when)}, par {by} ({size}){note}"


def _body(d: dict[str, Any]) -> list[str]:
    """Each paragraph under its number, headings indented by level, list items marked."""
    if not d["paragraphs"]:
        return [f"{INDENT}(le texte est vide)"]
    current = d["text"]["version"] is None
    lines: list[str] = []
    depth = 0  # the indentation of the body under the last heading
    for p in d["paragraphs"]:
        if p["kind"] == "heading":
            depth = p["level"]
            if lines:
                lines.append("")
            prefix = INDENT * p["level"] + (f"{p['label']} " if p["label"] else "")
            lines += _wrapped(p, prefix)
            continue
        indent = INDENT * (depth + 1)
        if p["kind"] == "recommendation":
            pad = indent + INDENT
            lines += [f"{indent}{p['label']}", *_wrapped(p, pad)]
        else:
            label = f"{p['label']} " if p["label"] else ""
            pad = indent + " " * len(label)
            lines += _wrapped(p, indent + label, pad)
        notes = _notes(p) if current else ""
        if notes:
            lines.append(f"{pad}[{notes}]")
    return lines


def _wrapped(p: dict[str, Any], first: str, rest: str | None = None) -> list[str]:
    """The paragraph's lines wrapped to WIDTH, the first after `first`, list items marked."""
    rest = rest if rest is not None else " " * len(first)
    out: list[str] = []
    number = 0
    for index, line in enumerate(p["content"]):
        text = "".join(run["text"] for run in line["runs"])
        number = number + 1 if line["list"] == "number" else 0
        mark = {"bullet": "– ", "number": f"{number}) "}.get(line["list"], "")
        lead = (first if index == 0 else rest) + mark
        wrapped = textwrap.wrap(
            text, WIDTH, initial_indent=lead, subsequent_indent=rest + " " * len(mark)
        )
        out += wrapped or [lead.rstrip()]
    return out


def _notes(p: dict[str, Any]) -> str:
    parts = []
    if p["standing"]:
        parts.append(_standing_text(p["standing"]))
    if p["open_amendments"]:
        n = p["open_amendments"]
        parts.append(f"{count(n, 'amendement proposé', 'amendements proposés')}")
    if p["open_threads"]:
        parts.append(count(p["open_threads"], "commentaire ouvert", "commentaires ouverts"))
    return " ; ".join(parts)


def _standing_text(s: dict[str, Any]) -> str:
    text = s["status_label"].lower()
    if s["unfavorable"]:
        text += f", défavorables : {', '.join(s['unfavorable'])}"
    if s["reservations"]:
        text += ", réserves : " + ", ".join(r["organisation"] for r in s["reservations"])
    return text
