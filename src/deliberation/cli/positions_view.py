"""What the positions commands print: consultations, positions and syntheses, as JSON or text."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from deliberation.cli.table import (
    Column,
    Listing,
    format_table,
    french_date,
    in_sentence,
    iso_date,
)
from deliberation.records.positions import (
    CONSENSUS_STATUSES,
    NO_ANSWER,
    POSITION_SOURCES,
    STANCES,
    SUBJECT_KINDS,
    ConsultationSnapshot,
    PositionRecord,
    PositionRevisionRecord,
    Subject,
    Synthesis,
)
from deliberation.rules.consensus import answered_sentence, stance_parts
from deliberation.rules.wording import count, moment_with_clock

if TYPE_CHECKING:
    from deliberation.services.positions import Positions
    from deliberation.services.reading import AnyPositions

SubjectIndex = dict[int, tuple[ConsultationSnapshot, Subject]]

# Matrix cells: short enough for a terminal.
STANCE_CELLS = {
    "favorable": "favorable",
    "reserved": "sous réserve",
    "unfavorable": "défavorable",
    "abstention": "abstention",
    "not_expressed": "non exprimée",
}
NO_POSITION = NO_ANSWER.lower()  # no position recorded (« non exprimée » says it takes none)
TEXTS = (("reservation", "Réserve"), ("reasons", "Motifs"), ("amendment", "Amendement proposé"))
INDENT = "        "


def subject_index(positions: Positions) -> SubjectIndex:
    """Every subject of every consultation, by id, with its consultation."""
    index: SubjectIndex = {}
    for record in positions.consultations():
        snap = positions.consultation(record.id)
        index.update((subject.id, (snap, subject)) for subject in snap.subjects)
    return index


# -- consultations ------------------------------------------------------------------------------


def list_consultations(positions: AnyPositions) -> Listing:
    today = positions.today
    rows = []
    for record in positions.consultations():
        snap = positions.consultation(record.id)
        rows.append(
            {
                "id": record.id,
                "uuid": str(record.uuid),
                "title": record.title,
                "opened_on": iso_date(record.opened_on),
                "deadline": iso_date(record.deadline),
                "overdue": _overdue(record.deadline, today, record.answered_count,
                                    record.consulted_count),
                "meeting_id": snap.meeting_id,
                "subject_count": record.subject_count,
                "subjects": [_subject(s) for s in snap.subjects],
                "consulted_count": record.consulted_count,
                "answered_count": record.answered_count,
                "responded_count": record.responded_count,
            }
        )  # fmt: skip
    columns = [
        Column("N°", lambda r: str(r["id"])),
        Column("Intitulé", lambda r: r["title"], min_width=24),
        Column("Ouverture", lambda r: french_date(r["opened_on"])),
        Column("Date limite", _deadline),
        Column("Sujets", lambda r: str(r["subject_count"])),
        Column("Consultées", lambda r: str(r["consulted_count"])),
        Column("Ont répondu", lambda r: str(r["responded_count"])),  # on one subject at least
        Column("Complètes", lambda r: str(r["answered_count"])),  # on every subject
    ]
    return rows, columns, count(len(rows), "consultation", "consultations") + "."


def _overdue(deadline: date | None, today: date, answered: int, consulted: int) -> bool:
    """The deadline has passed and some organisations have still not answered."""
    return deadline is not None and deadline < today and answered < consulted


def _deadline(row: dict[str, Any]) -> str:
    return french_date(row["deadline"]) + (" (dépassée)" if row["overdue"] else "")


def _subject(subject: Subject) -> dict[str, Any]:
    return {
        "id": subject.id,
        "uuid": str(subject.uuid) if subject.uuid else None,
        "kind": subject.kind,
        "kind_label": SUBJECT_KINDS.get(subject.kind, subject.kind),
        "label": subject.label,
        "ref": str(subject.ref) if subject.ref else None,
    }


def consultation_document(synthesis: Synthesis, today: date) -> dict[str, Any]:
    """A consultation's synthesis, for `show consultation --json`."""
    snap = synthesis.consultation
    subjects = [r.subject for r in synthesis.results]
    consulted, answered = len(synthesis.organisations), synthesis.answered_count
    return {
        "id": snap.id,
        "uuid": str(snap.uuid),
        "title": snap.title,
        "question": snap.question,
        "opened_on": iso_date(snap.opened_on),
        "deadline": iso_date(snap.deadline),
        "overdue": _overdue(snap.deadline, today, answered, consulted),
        "meeting_id": snap.meeting_id,
        "rule": {
            "min_answers": snap.min_answers,
            "max_unfavorable": snap.max_unfavorable,
            "abstentions_count": snap.abstentions_count,
            "text": synthesis.rule_text,
        },
        "consulted_count": consulted,
        "answered_count": answered,
        "responded_count": synthesis.responded_count,
        "subjects": [
            _subject(r.subject) | {
                "number": number,
                "status": r.status,
                "status_label": CONSENSUS_STATUSES.get(r.status, r.status),
                "counts": dict(r.counts),
                "unanswered": r.unanswered,
            }
            for number, r in enumerate(synthesis.results, start=1)
        ],
        "matrix": [
            {
                "organisation_id": org,
                "organisation": acronym,
                "name": name,
                "answered": synthesis.has_answered(org),
                "positions": [_cell(synthesis.position(s.id, org), s) for s in subjects],
            }
            for org, acronym, name in synthesis.organisations
        ],
        "missing": [
            {"organisation_id": org, "organisation": acronym, "emails": list(emails),
             "owed_subjects": list(synthesis.owed_numbers(org))}
            for org, acronym, emails in synthesis.missing
        ],
    }  # fmt: skip


def _cell(record: PositionRecord | None, subject: Subject) -> dict[str, Any]:
    if record is None:
        return {
            "subject_id": subject.id,
            "position_id": None,
            "stance": None,
            "stance_label": NO_ANSWER,
            "reservation": "",
            "reasons": "",
            "amendment": "",
        }
    return {
        "subject_id": subject.id,
        "position_id": record.id,
        "stance": record.stance,
        "stance_label": STANCES.get(record.stance, record.stance),
        "reservation": record.reservation,
        "reasons": record.reasons,
        "amendment": record.amendment,
    }


def consultation_text(document: dict[str, Any]) -> str:
    """The same, as a secretary reads it in a terminal."""
    d = document
    dates = [f"Ouverte le {french_date(d['opened_on'])}"]
    if d["deadline"]:
        late = " (dépassée)" if d["overdue"] else ""
        dates.append(f"réponses attendues au {french_date(d['deadline'])}{late}")
    each = " sur chaque sujet" if len(d["subjects"]) > 1 else ""
    dates.append(
        answered_sentence(
            d["responded_count"], d["answered_count"], d["consulted_count"], len(d["subjects"])
        )
    )
    lines = [f"{d['title']} (consultation n° {d['id']})", " · ".join(dates)]
    if d["meeting_id"]:
        lines.append(f"Pour la séance n° {d['meeting_id']}")
    if d["question"]:
        lines.append(_labelled("Question", d["question"], ""))
    lines += [f"Règle en vigueur — {d['rule']['text']}", ""]
    lines.append(f"Sujets ({len(d['subjects'])})")
    for index, subject in enumerate(d["subjects"]):
        lines.append(
            f"  {subject['number']}. (n° {subject['id']}) {subject['label']}  "
            f"[{subject['kind_label']}]"
        )
        counted = ", ".join(stance_parts(subject["counts"], subject["unanswered"]))
        lines.append(f"{INDENT}{subject['status_label']} : {counted}")
        for row in d["matrix"]:
            cell = row["positions"][index]
            for key, label in TEXTS[::2]:  # reservations and amendments (reasons: list positions)
                if cell[key]:
                    lines.append(_labelled(f"{label} ({row['organisation']})", cell[key]))
    lines += ["", "Positions (organisations × sujets)", _matrix(d)]
    lines.append("")
    if not d["missing"]:
        if all(row["answered"] for row in d["matrix"]):
            lines.append(f"Toutes les organisations consultées ont répondu{each}.")
        else:
            lines.append(
                "Aucune organisation à relancer : "
                "celles qui n'ont pas répondu ne sont plus membres."
            )
        return "\n".join(lines)
    lines.append(f"Sans réponse ({count(len(d['missing']), 'organisation', 'organisations')})")
    owing = {m["organisation_id"]: _owing(m, len(d["subjects"])) for m in d["missing"]}
    width = max(len(label) for label in owing.values())
    for m in d["missing"]:
        emails = ", ".join(m["emails"]) or "aucun délégué n'a de courriel"
        lines.append(f"  {owing[m['organisation_id']].ljust(width)}  {emails}")
    addresses: list[str] = []  # once each, separated as mail programs (Outlook too) accept
    for email in (e for m in d["missing"] for e in m["emails"]):
        if email not in addresses:
            addresses.append(email)
    if addresses:
        lines += ["", "Courriels pour la relance :", "; ".join(addresses)]
    return "\n".join(lines)


def _owing(missing: dict[str, Any], subjects: int) -> str:
    """« AMF (sujet 2) » for an organisation that answered some subjects, « AMF » for none."""
    owed = missing["owed_subjects"]
    if len(owed) == subjects:
        return missing["organisation"]
    word = "sujet" if len(owed) == 1 else "sujets"
    return f"{missing['organisation']} ({word} {', '.join(map(str, owed))})"


def _matrix(d: dict[str, Any]) -> str:
    columns = [Column("Organisation", lambda r: r["organisation"])]
    columns += [
        Column(str(subject["number"]), _stance_cell(index))
        for index, subject in enumerate(d["subjects"])
    ]
    return "\n".join("  " + line for line in format_table(columns, d["matrix"]).splitlines())


def _stance_cell(index: int) -> Callable[[dict[str, Any]], str]:
    """The cell of the `index`-th subject in a row of the matrix."""

    def cell(row: dict[str, Any]) -> str:
        stance = row["positions"][index]["stance"]
        return STANCE_CELLS.get(stance, stance) if stance else NO_POSITION

    return cell


# -- positions ----------------------------------------------------------------------------------


def position_row(record: PositionRecord, index: SubjectIndex) -> dict[str, Any]:
    snap, subject = index[record.subject_id]
    return {
        "id": record.id,
        "uuid": str(record.uuid),
        "consultation_id": snap.id,
        "consultation": snap.title,
        "subject_id": subject.id,
        "subject": subject.label,
        "organisation_id": record.organisation_id,
        "organisation": record.organisation_acronym,
        "stance": record.stance,
        "stance_label": STANCES.get(record.stance, record.stance),
        "reservation": record.reservation,
        "reasons": record.reasons,
        "amendment": record.amendment,
        "source": record.source,
        "source_label": POSITION_SOURCES.get(record.source, record.source),
        "received_on": iso_date(record.received_on),
        "recorded_by": record.recorded_by,
    }


def position_rows(records: list[PositionRecord], index: SubjectIndex) -> list[dict[str, Any]]:
    """Rows in the order of consultations, then of their subjects, then of acronyms."""
    order = {
        subject_id: (snap.id, snap.subjects.index(subject))
        for subject_id, (snap, subject) in index.items()
    }
    ordered = sorted(
        records, key=lambda p: (order[p.subject_id], p.organisation_acronym.casefold())
    )
    return [position_row(p, index) for p in ordered]


def positions_text(rows: list[dict[str, Any]]) -> str:
    """Positions grouped by subject, each with its texts below it."""
    lines: list[str] = []
    width = max((len(r["organisation"]) for r in rows), default=0)
    indent = " " * (width + 4)  # under the stance
    subject = None
    for row in rows:
        if row["subject_id"] != subject:
            subject = row["subject_id"]
            if lines:
                lines.append("")
            lines.append(
                f"{row['consultation']} (consultation n° {row['consultation_id']}) — "
                f"sujet n° {subject} : {row['subject']}"
            )
        lines.append(f"  {row['organisation'].ljust(width)}  {_summary(row)}")
        lines += [_labelled(label, row[key], indent) for key, label in TEXTS if row[key]]
    if lines:
        lines.append("")
    lines.append(count(len(rows), "position", "positions") + ".")
    return "\n".join(lines)


def _summary(row: dict[str, Any], numbered: bool = True) -> str:
    """« Favorable · reçue le 05/03/2026 (courriel) · saisie par Camille · n° 3 »."""
    parts = [
        row["stance_label"],
        f"reçue le {french_date(row['received_on'])} ({in_sentence(row['source_label'])})",
        f"saisie par {row['recorded_by']}",
    ]
    if numbered:
        parts.append(f"n° {row['id']}")
    return " · ".join(parts)


def _labelled(label: str, text: str, indent: str = INDENT) -> str:
    """« Réserve : … », its further lines aligned under the first."""
    first, *rest = text.splitlines() or [""]
    return "\n".join([f"{indent}{label} : {first}", *(indent + "  " + line for line in rest)])


def position_document(
    record: PositionRecord, index: SubjectIndex, history: list[PositionRevisionRecord]
) -> dict[str, Any]:
    """A position with its earlier values, for `show position --json`."""
    return position_row(record, index) | {
        "history": [
            {
                "changed_at": revision.changed_at.isoformat(),
                "changed_by": revision.changed_by,
                "stance": revision.stance,
                "stance_label": STANCES.get(revision.stance, revision.stance),
                "reservation": revision.reservation,
                "reasons": revision.reasons,
                "amendment": revision.amendment,
                "source": revision.source,
                "source_label": POSITION_SOURCES.get(revision.source, revision.source),
                "received_on": iso_date(revision.received_on),
                "recorded_by": revision.recorded_by,
            }
            for revision in history
        ]
    }


def position_text(document: dict[str, Any]) -> str:
    d = document
    lines = [
        f"Position n° {d['id']} : {d['organisation']} sur « {d['subject']} » "
        f"(sujet n° {d['subject_id']} de la consultation n° {d['consultation_id']}, "
        f"« {d['consultation']} »)",
        _summary(d, numbered=False),
        *(_labelled(label, d[key], "") for key, label in TEXTS if d[key]),
        "",
    ]
    if not d["history"]:
        lines.append("Aucune modification depuis son enregistrement.")
        return "\n".join(lines)
    changes = count(len(d["history"]), "modification", "modifications")
    lines.append(f"Historique ({changes}, la plus récente d'abord)")
    for revision in d["history"]:
        when = datetime.fromisoformat(revision["changed_at"]).astimezone()
        lines.append(
            f"  Avant la modification du {moment_with_clock(when)} par {revision['changed_by']} :"
        )
        lines.append(INDENT + _summary(revision, numbered=False))
        lines += [_labelled(label, revision[key]) for key, label in TEXTS if revision[key]]
    return "\n".join(lines)


def confirmation(row: dict[str, Any], replaced: bool, unchanged: bool) -> str:
    """The line `record position` prints once the position is saved."""
    what = "inchangée" if unchanged else "remplacée" if replaced else "enregistrée"
    text = (
        f"Position {what} (n° {row['id']}) : {row['organisation']}, {row['stance_label']}, "
        f"sur « {row['subject']} » (sujet n° {row['subject_id']})"
    )
    return text + (
        " ; la précédente reste dans son historique." if replaced and not unchanged else "."
    )
