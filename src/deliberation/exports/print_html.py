"""The documents on screen as simple HTML, for Fichier › Imprimer… and Exporter en PDF….

Built from the same records the pages show (an opinion's text, a meeting's details, a
synthesis, the directory, the home page's lines), never from the widgets.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from html import escape

from deliberation.records.meetings import ITEM_KINDS, MeetingDetails
from deliberation.records.opinions import Paragraph
from deliberation.records.positions import CONSENSUS_STATUSES, STANCES, Synthesis
from deliberation.records.referential import DELEGATE_ROLES, DelegateRecord, OrganisationRecord
from deliberation.rules.meetings import default_title
from deliberation.rules.opinion_text import numbering
from deliberation.rules.wording import long_date

STYLE = """
body { font-family: sans-serif; font-size: 10pt; }
h1 { font-size: 16pt; } h2 { font-size: 13pt; } h3 { font-size: 11pt; }
.kicker { color: #404040; font-size: 9pt; }
.number { color: #404040; }
table { border-collapse: collapse; }
th { background: #E8ECF2; text-align: left; }
"""


@dataclass(frozen=True)
class Printable:
    """A document ready to print: its title (the PDF's name and metadata) and its HTML."""

    title: str
    html: str
    file_stem: str  # the PDF file name suggested, without suffix


def _page(title: str, kicker: str, body: Iterable[str]) -> str:
    parts = [
        f"<html><head><meta charset='utf-8'><title>{escape(title)}</title>",
        f"<style>{STYLE}</style></head><body>",
        f"<p class='kicker'>{escape(kicker)}</p>" if kicker else "",
        f"<h1>{escape(title)}</h1>",
        *body,
        "</body></html>",
    ]
    return "".join(parts)


def _text(text: str) -> str:
    return "<br>".join(escape(line) for line in text.splitlines())


def _table(header: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in header)
    body = "".join(
        "<tr>" + "".join(f"<td>{_text(cell)}</td>" for cell in row) + "</tr>" for row in rows
    )
    return (
        "<table border='1' cellspacing='0' cellpadding='4' width='100%'>"
        f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
    )


def opinion_printable(title: str, kicker: str, paragraphs: Sequence[Paragraph]) -> Printable:
    """An opinion's text: headings and numbered paragraphs as the editor numbers them."""
    numbers = numbering(paragraphs)
    body = []
    for paragraph in paragraphs:
        number = numbers.get(paragraph.uuid)
        label = f"<span class='number'>{escape(number.label)}</span> " if number else ""
        text = _text(paragraph.text)
        if paragraph.kind == "heading":
            level = min(max(paragraph.level, 1), 3) + 1
            body.append(f"<h{level}>{label}{text}</h{level}>")
        elif paragraph.kind == "recital":
            body.append(f"<p><i>{text}</i></p>")
        else:
            body.append(f"<p>{label}{text}</p>")
    return Printable(title, _page(title, kicker, body), f"avis-{_stem(title)}")


def meeting_printable(details: MeetingDetails) -> Printable:
    """A meeting: its agenda with times and presenters, what was decided, its actions."""
    meeting = details.meeting
    title = meeting.title.strip() or default_title(meeting.kind, details.group_name)
    hours = f"{meeting.start:%H:%M} – {meeting.end:%H:%M}".replace(":", " h ")
    place = meeting.place.strip() or meeting.video_link.strip()
    facts = [long_date(meeting.day), hours, place]
    body = [f"<p><b>{escape(' · '.join(f for f in facts if f))}</b></p>", "<h2>Ordre du jour</h2>"]
    rows = []
    for scheduled in details.schedule:
        item = scheduled.item
        presenter = ""
        if item.presenter_delegate_id in details.delegates:
            presenter = details.delegates[item.presenter_delegate_id][0]
        elif item.presenter_organisation_id in details.organisations:
            presenter = details.organisations[item.presenter_organisation_id][0]
        rows.append(
            (
                str(scheduled.number),
                f"{scheduled.start:%H:%M}".replace(":", " h "),
                item.title + (f"\n{item.description}" if item.description.strip() else ""),
                ITEM_KINDS.get(item.kind, item.kind),
                presenter,
            )
        )
    body.append(_table(("N°", "Heure", "Point", "Nature", "Présenté par"), rows))
    decided = [s for s in details.schedule if s.item.decision.strip() or s.item.outcome.strip()]
    if decided:
        body.append("<h2>Relevé de décisions</h2>")
        for scheduled in decided:
            item = scheduled.item
            body.append(f"<h3>{scheduled.number}. {escape(item.title)}</h3>")
            if item.outcome.strip():
                body.append(f"<p>{_text(item.outcome)}</p>")
            if item.decision.strip():
                body.append(f"<p><b>Décision :</b> {_text(item.decision)}</p>")
    if details.actions:
        body.append("<h2>Actions</h2>")
        body.append(
            _table(
                ("Action", "Échéance"),
                (
                    (a.title, long_date(a.due_date, False) if a.due_date else "")
                    for a in details.actions
                ),
            )
        )
    kicker = details.body_name
    return Printable(title, _page(title, kicker, body), f"{meeting.day.isoformat()}-{_stem(title)}")


def synthesis_printable(synthesis: Synthesis, committee: str) -> Printable:
    """A consultation's synthesis: status per subject, then every organisation's positions."""
    snap = synthesis.consultation
    title = snap.title.strip() or "Consultation"
    deadline = f"Date limite : {long_date(snap.deadline, False)}" if snap.deadline else ""
    body = [f"<p>{escape(deadline)}</p>" if deadline else ""]
    body.append(f"<p>{escape(synthesis.rule_text)}</p>")
    body.append("<h2>Résultat par sujet</h2>")
    body.append(
        _table(
            ("Sujet", *STANCES.values(), "Statut"),
            (
                (
                    r.subject.label,
                    *(str(r.counts.get(code, 0)) for code in STANCES),
                    CONSENSUS_STATUSES.get(r.status, r.status),
                )
                for r in synthesis.results
            ),
        )
    )
    for result in synthesis.results:
        subject = result.subject
        body.append(f"<h2>{escape(subject.label)}</h2>")
        rows = []
        for organisation_id, acronym, name in synthesis.organisations:
            position = synthesis.positions.get((subject.id, organisation_id))
            if position is None:
                rows.append((f"{acronym} — {name}", "Pas de réponse", ""))
                continue
            notes = "\n".join(
                t for t in (position.reservation, position.reasons, position.amendment) if t
            )
            rows.append((f"{acronym} — {name}", STANCES.get(position.stance, ""), notes))
        body.append(_table(("Organisation", "Position", "Réserve, motifs, amendement"), rows))
    kicker = f"{committee} · Synthèse des positions"
    return Printable(title, _page(title, kicker, body), f"synthese-{_stem(title)}")


def directory_printable(
    committee: str,
    organisations: Sequence[OrganisationRecord],
    delegates: Sequence[DelegateRecord],
    today: date,
) -> Printable:
    """The directory of members: each organisation with its active delegates."""
    title = "Annuaire des membres"
    by_organisation: dict[int, list[DelegateRecord]] = {}
    for delegate in delegates:
        if delegate.active:
            by_organisation.setdefault(delegate.organisation_id, []).append(delegate)
    body = [f"<p>Au {escape(long_date(today, False))}</p>"]
    for organisation in organisations:
        body.append(f"<h2>{escape(organisation.acronym)} — {escape(organisation.name)}</h2>")
        people = by_organisation.get(organisation.id, [])
        if not people:
            body.append("<p>Aucun délégué.</p>")
            continue
        body.append(
            _table(
                ("Délégué", "Rôle", "Fonction", "Courriel"),
                (
                    (d.full_name, DELEGATE_ROLES.get(d.role, d.role), d.function, d.email)
                    for d in people
                ),
            )
        )
    return Printable(title, _page(title, committee, body), f"annuaire-{today.isoformat()}")


def lines_printable(
    title: str, kicker: str, sections: Sequence[tuple[str, Sequence[str]]], stem: str
) -> Printable:
    """A page of sections of lines (the home page as it is)."""
    body = []
    for heading, lines in sections:
        body.append(f"<h2>{escape(heading)}</h2>")
        body.append("".join(f"<p>{_text(line)}</p>" for line in lines) or "<p>—</p>")
    return Printable(title, _page(title, kicker, body), stem)


def _stem(text: str) -> str:
    """A file name part from a title: lower case, ASCII, words joined by « - »."""
    import unicodedata

    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    words = "".join(c if c.isalnum() else " " for c in plain.lower()).split()
    return "-".join(words)[:60].strip("-") or "document"
