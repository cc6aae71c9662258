"""The meeting's Word documents: the convocation with its agenda, and the record of decisions."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path, PurePath
from typing import TYPE_CHECKING

from deliberation.errors import ExportError
from deliberation.exports.docx_common import Cell, Column, Para, Run, para
from deliberation.exports.docx_styles import (
    ALERT,
    BLUE,
    GREY,
    KICKER,
    NAVY,
    NOTE,
    STRONG,
    TABLE_TEXT,
    WARNING,
    StyleSpec,
)
from deliberation.exports.text import (
    NBSP,
    clean_line,
    french_date,
    french_duration,
    french_hours,
    french_time,
    text_lines,
)
from deliberation.records.i18n import QT_TRANSLATE_NOOP, Sentence
from deliberation.records.meetings import (
    ACTION_STATUSES,
    ATTENDANCE_COUNTED,
    ATTENDANCE_STATUSES,
    ITEM_KINDS,
    MEETING_KINDS,
    MEETING_STATUSES,
    AgendaItem,
    MeetingDetails,
)
from deliberation.rules.meetings import default_title
from deliberation.rules.wording import count, numeric_date

if TYPE_CHECKING:
    from deliberation.exports.docx_common import DocxWriter

AGENDA = "Convocation et ordre du jour"
DECISIONS = "Relevé de décisions"
ITEM_HEADING = "Point de l'ordre du jour"
ITEM_DETAIL = "Détail du point"
OUTCOME = "Relevé"
ITEM_NOTE = "Mention de point"
DECISION = "Décision"

MEETING_STYLES = (
    StyleSpec(
        ITEM_HEADING, "Pointdelordredujour", based_on="Heading2", next_style="Detaildupoint",
        left_cm=0.75, hanging_cm=0.75, tabs=(("left", 0.75),), before=12, after=1,
        keep_next=True, keep_lines=True, outline_level=1, size=11.5, bold=True, color=NAVY,
    ),
    StyleSpec(
        ITEM_DETAIL, "Detaildupoint", size=9, color=GREY, left_cm=0.75, after=4, keep_next=True,
    ),
    StyleSpec(OUTCOME, "Releve", left_cm=0.75, after=4),
    StyleSpec(ITEM_NOTE, "Mentiondepoint", based_on="Mention", left_cm=0.75, before=0),
    StyleSpec(
        DECISION, "Decision", left_cm=0.95, before=2, after=2, keep_lines=True,
        borders=(("left", 18, BLUE, 6),), shading="EEF2F8",
    ),
)  # fmt: skip

_ATTENDANCE_ORDER = tuple(ATTENDANCE_COUNTED)


@dataclass(frozen=True)
class Signature:
    """Who signs the convocation (Préférences): a name, a title, a logo for the header."""

    name: str = ""
    title: str = ""
    logo: Path | None = None


LOGO_HEIGHT_CM = 1.6


def write_agenda(
    details: MeetingDetails,
    target: Path,
    *,
    today: date | None = None,
    author: str = "",
    signature: Signature | None = None,
) -> Path:
    """Write the convocation with the agenda (*ordre du jour*) as a Word file at `target`.

    `author` is the document's author (by default the committee); `signature` adds the
    signatory under the convocation and the logo in its header.
    Raises ExportError (one French sentence) when the file cannot be written there, or the
    logo cannot be read as an image.
    """
    today = today or date.today()
    signature = signature or Signature()
    writer = _start(details, AGENDA, "Ordre du jour", today, author)
    if signature.logo is not None:
        _logo(writer, signature.logo)
    _convocation(writer, details, today)
    if clean_line(signature.name) or clean_line(signature.title):
        writer.paragraph("")
        for line in (signature.title, signature.name):
            if clean_line(line):
                writer.paragraph(Run(clean_line(line), bold=line is signature.name))
    return writer.save(target)


def _logo(writer: DocxWriter, logo: Path) -> None:
    """The logo first in the header, above the committee's name."""
    from docx.image.exceptions import UnrecognizedImageError
    from docx.shared import Cm

    header = writer.document.sections[-1].header
    paragraph = header.paragraphs[0].insert_paragraph_before()
    try:
        paragraph.add_run().add_picture(str(logo), height=Cm(LOGO_HEIGHT_CM))
    except (OSError, ValueError, KeyError, UnrecognizedImageError) as exc:
        raise ExportError(
            Sentence(
                QT_TRANSLATE_NOOP(
                    "errors", "Le logo « {name} » n'a pas pu être lu comme une image (PNG ou JPEG)."
                ),
                name=Path(logo).name,
            )
        ) from exc


def write_decisions(
    details: MeetingDetails, target: Path, *, today: date | None = None, author: str = ""
) -> Path:
    """Write the record of decisions (*relevé de décisions*) as a Word file at `target`.

    Raises ExportError (one French sentence) when the file cannot be written there.
    """
    today = today or date.today()
    writer = _start(details, DECISIONS, DECISIONS, today, author)
    _record(writer, details, today)
    return writer.save(target)


# -- Shared opening: properties, header, footer, the meeting's details ----------------------------


def _title(details: MeetingDetails) -> str:
    meeting = details.meeting
    return clean_line(meeting.title) or default_title(meeting.kind, details.group_name)


def _body(details: MeetingDetails, limit: int = 0) -> str:
    """The body that meets: the plenary, or the working group (its name cut at `limit`)."""
    if details.meeting.group_id is None:
        return "Formation plénière"
    name = clean_line(details.group_name)
    if limit and len(name) > limit:  # the header has one line for it
        name = name[: limit - 1].rsplit(" ", 1)[0].rstrip(" ,;:–-") + "…"
    return f"Groupe de travail « {name} »"


def _committee(details: MeetingDetails) -> str:
    return clean_line(details.body_name) or clean_line(details.body_short_name) or "Comité"


def _start(
    details: MeetingDetails, document: str, short: str, today: date, author: str = ""
) -> DocxWriter:
    from deliberation.exports.docx_common import DocxWriter

    meeting = details.meeting
    writer = DocxWriter(MEETING_STYLES)
    title = _title(details)
    committee = _committee(details)
    writer.properties(
        title=f"{short} – {title} – {french_date(meeting.day)}",
        subject=document,
        author=clean_line(author) or committee,
        keywords=f"{short}; {MEETING_KINDS.get(meeting.kind, '')}; {_body(details)}",
        category=document,
    )
    day = french_date(meeting.day, False)
    writer.header([(committee, document), (_body(details, limit=60), day)])
    writer.footer(f"{short} du {day} · établi le {french_date(today, False)}")

    kind = MEETING_KINDS.get(meeting.kind, "Séance")
    if kind.lower() != title.lower():
        writer.paragraph(kind, style=KICKER)
    writer.paragraph(title, style="Title")
    writer.paragraph(document, style="Subtitle")
    if meeting.status in ("cancelled", "postponed"):
        writer.paragraph(_status_notice(meeting.status), style=WARNING)
    writer.field_line("Date", french_date(meeting.day))
    writer.field_line("Horaire", french_hours(meeting.start, meeting.end))
    if meeting.group_id is not None:  # a group is worth naming here; the plenary is in the header
        writer.field_line("Instance", _body(details))
    if clean_line(meeting.place):
        writer.field_line("Lieu", clean_line(meeting.place))
    if clean_line(meeting.video_link):
        link = clean_line(meeting.video_link)
        writer.field_line("Visioconférence", Run(link, link=link))
    if meeting.status == "held":
        writer.field_line("Statut", MEETING_STATUSES["held"])
    return writer


def _status_notice(status: str) -> str:
    if status == "cancelled":
        return f"Séance annulée{NBSP}: elle ne se tiendra pas à la date indiquée."
    return f"Séance reportée{NBSP}: une nouvelle date sera communiquée."


# -- The convocation ------------------------------------------------------------------------------


def _convocation(writer: DocxWriter, details: MeetingDetails, today: date) -> None:
    meeting = details.meeting
    writer.paragraph("Convocation", style="Heading 1")
    writer.paragraph(_convocation_sentence(details, today))
    writer.paragraph("Ordre du jour", style="Heading 1")
    if details.schedule:
        _agenda_table(writer, details)
    else:
        writer.paragraph("L'ordre du jour sera communiqué ultérieurement.", style=NOTE)
    writer.paragraph("Organisations convoquées", style="Heading 1")
    organisations = details.organisations
    names = sorted(
        (organisations.get(a.organisation_id, ("?", "")) for a in meeting.convened),
        key=lambda pair: pair[0].casefold(),
    )
    if names:
        writer.table(
            [Column("Sigle", 2.6), Column("Organisation", 14.4)],
            [[[para(Run(acronym, bold=True), style=TABLE_TEXT)], name] for acronym, name in names],
        )
    else:
        writer.paragraph("Aucune organisation n'est convoquée.", style=NOTE)


def _agenda_table(writer: DocxWriter, details: MeetingDetails) -> None:
    meeting = details.meeting
    total = sum(s.item.duration_minutes for s in details.schedule)
    if details.overrun_minutes > 0:
        writer.paragraph(
            f"Attention{NBSP}: l'ordre du jour ({french_duration(total)}) dépasse de "
            f"{french_duration(details.overrun_minutes)} l'horaire de la séance "
            f"({french_hours(meeting.start, meeting.end)}).",
            style=WARNING,
        )
    rows: list[list[Cell]] = []
    for slot in details.schedule:
        hours = Run(french_hours(slot.start, slot.end), style=ALERT if slot.overruns else None)
        rows.append([
            str(slot.number),
            [para(hours, style=TABLE_TEXT)],
            _item_cell(slot.item),
            ITEM_KINDS.get(slot.item.kind, slot.item.kind),
            clean_line(details.presenter_label(slot.item)) or "—",
            french_duration(slot.item.duration_minutes),
        ])  # fmt: skip
    writer.table(
        [Column("N°", 0.9), Column("Horaire", 2.0), Column("Point", 7.3), Column("Nature", 1.9),
         Column("Intervenant", 3.3), Column("Durée", 1.6)],
        rows,
    )  # fmt: skip
    writer.paragraph(
        f"Durée totale des points : {french_duration(total)}, pour une séance de "
        f"{french_duration(meeting.duration_minutes)}.",
        style=NOTE,
    )


def _convocation_sentence(details: MeetingDetails, today: date) -> str:
    meeting = details.meeting
    if meeting.kind == "group_session" and details.group_name:
        what = f"la séance du groupe de travail « {clean_line(details.group_name)} »"
    else:
        label = MEETING_KINDS.get(meeting.kind, "Séance")
        what = "la " + label[0].lower() + label[1:]
    when = f"le {french_date(meeting.day)}, de {french_time(meeting.start)} à " + french_time(
        meeting.end
    )
    if meeting.status == "cancelled":
        return f"{what[0].upper()}{what[1:]} prévue {when}, est annulée."
    if meeting.status == "postponed":
        return f"{what[0].upper()}{what[1:]} prévue {when}, est reportée."
    tense = "qui s'est tenue" if meeting.day < today else "qui se tiendra"
    sentence = f"Les organisations ci-dessous sont convoquées à {what} {tense} {when}."
    if clean_line(meeting.video_link):
        remote = "a été possible" if meeting.day < today else "sera possible"
        sentence += f" Une participation en visioconférence {remote} (lien ci-dessus)."
    return sentence


def _item_cell(item: AgendaItem) -> list[Para]:
    paragraphs = [para(Run(clean_line(item.title), bold=True), style=TABLE_TEXT)]
    paragraphs += [para(line, style=TABLE_TEXT) for line in text_lines(item.description)]
    for link in item.links:
        label = clean_line(link.label) or (
            PurePath(link.target).name if link.kind == "file" else clean_line(link.target)
        )
        lead = f"Fiche{NBSP}: " if link.kind == "record" else f"Document{NBSP}: "
        target = link.target.strip() if link.kind == "url" else None
        paragraphs.append(para(lead, Run(label, link=target), style=TABLE_TEXT))
    return paragraphs


# -- The record of decisions ----------------------------------------------------------------------


def _record(writer: DocxWriter, details: MeetingDetails, today: date) -> None:
    writer.paragraph("Participation", style="Heading 1")
    _attendance(writer, details)
    writer.paragraph("Points de l'ordre du jour", style="Heading 1")
    if not details.schedule:
        writer.paragraph("Aucun point n'était inscrit à l'ordre du jour.", style=NOTE)
    for slot in details.schedule:
        item = slot.item
        writer.paragraph(f"{slot.number}.\t{clean_line(item.title)}", style=ITEM_HEADING)
        detail = [ITEM_KINDS.get(item.kind, item.kind)]
        presenter = clean_line(details.presenter_label(item))
        if presenter:
            detail.append(f"présenté par {presenter}")
        detail.append(french_hours(slot.start, slot.end))
        writer.paragraph(" · ".join(detail), style=ITEM_DETAIL)
        told = writer.lines(item.outcome, style=OUTCOME)
        decided = writer.lines(
            item.decision, style=DECISION, lead=Run(f"Décision{NBSP}: ", style=STRONG)
        )
        if not decided and item.kind == "decision":
            writer.paragraph("Aucune décision n'a été consignée pour ce point.", style=ITEM_NOTE)
        elif not told and not decided:
            writer.paragraph("Aucun relevé pour ce point.", style=ITEM_NOTE)
    _actions(writer, details, today)


def _attendance(writer: DocxWriter, details: MeetingDetails) -> None:
    convened = details.meeting.convened
    if not convened:
        writer.paragraph("Aucune organisation n'était convoquée.", style=NOTE)
        return
    counts = {status: 0 for status in _ATTENDANCE_ORDER}
    for entry in convened:
        counts[entry.status if entry.status in counts else "pending"] += 1
    parts = [count(counts[s], *ATTENDANCE_COUNTED[s]) for s in _ATTENDANCE_ORDER if counts[s]]
    writer.paragraph(
        f"{count(len(convened), 'organisation convoquée', 'organisations convoquées')}{NBSP}: "
        + ", ".join(parts) + "."
    )  # fmt: skip
    ordered = sorted(
        convened,
        key=lambda a: (
            _ATTENDANCE_ORDER.index(a.status) if a.status in _ATTENDANCE_ORDER else 9,
            details.organisation_label(a.organisation_id).casefold(),
        ),
    )
    rows: list[list[Cell]] = []
    for entry in ordered:
        acronym, name = details.organisations.get(entry.organisation_id, ("?", ""))
        status = ATTENDANCE_STATUSES.get(entry.status, entry.status)
        if entry.status == "represented" and entry.represented_by_id is not None:
            status = f"Représentée par {details.organisation_label(entry.represented_by_id)}"
        people = [
            details.delegates.get(d, ("?", 0))[0]
            if details.delegates.get(d, ("", 0))[1] == entry.organisation_id
            else details.delegate_label(d)
            for d in entry.delegate_ids
        ]
        rows.append([
            [para(Run(acronym, bold=True), style=TABLE_TEXT)],
            name,
            status,
            [para(clean_line(p), style=TABLE_TEXT) for p in people] or "—",
        ])  # fmt: skip
    writer.table(
        [
            Column("Sigle", 1.9),
            Column("Organisation", 6.3),
            Column("Participation", 3.5),
            Column("Délégués", 5.3),
        ],
        rows,
    )


def _actions(writer: DocxWriter, details: MeetingDetails, today: date) -> None:
    writer.paragraph("Actions", style="Heading 1")
    if not details.actions:
        writer.paragraph("Aucune action n'a été décidée lors de cette séance.", style=NOTE)
        return
    numbers = {slot.item.uuid: slot.number for slot in details.schedule}
    rows: list[list[Cell]] = []
    for action in details.actions:
        owner = (
            details.delegate_label(action.delegate_id)
            if action.delegate_id is not None
            else details.organisation_label(action.organisation_id)
        ) or clean_line(action.owner_label)
        status = ACTION_STATUSES.get(action.status, action.status)
        state: Run | str = status
        if action.is_overdue(today):
            state = Run(f"{status} (en retard)", style=ALERT)
        what = [para(clean_line(action.title), style=TABLE_TEXT)]
        what += [para(Run(line, style=None), style=NOTE) for line in text_lines(action.note)]
        number = numbers.get(action.item_uuid) if action.item_uuid else None
        rows.append([
            what,
            str(number) if number else "—",
            clean_line(owner) or "—",
            numeric_date(action.due_date) if action.due_date else "—",
            [para(state, style=TABLE_TEXT)],
        ])  # fmt: skip
    writer.table(
        [Column("Action", 6.7), Column("Point", 1.2), Column("Porteur", 3.6),
         Column("Échéance", 2.1), Column("Statut", 3.4)],
        rows,
    )  # fmt: skip
