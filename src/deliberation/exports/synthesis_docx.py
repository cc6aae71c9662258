"""The synthesis of a consultation as a landscape Word document: one row per organisation."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from deliberation.exports import synthesis_common as common
from deliberation.exports.docx_common import Cell, Column, Para, Run, para
from deliberation.exports.docx_styles import GREY, KICKER, NAVY, NOTE, TABLE_TEXT, StyleSpec
from deliberation.exports.synthesis_common import DOCUMENT, SynthesisExport
from deliberation.exports.text import NBSP, clean_line, french_date, shorten, text_lines
from deliberation.records.positions import (
    CONSENSUS_STATUSES,
    NO_ANSWER,
    POSITION_SOURCES,
    STANCES,
    SUBJECT_KINDS,
    SubjectResult,
    Synthesis,
)
from deliberation.rules.consensus import stance_parts
from deliberation.rules.wording import count, numeric_date

if TYPE_CHECKING:
    from deliberation.exports.docx_common import DocxWriter

SUBJECT_HEADING = "Sujet consulté"
SUBJECT_DETAIL = "Détail du sujet"
ORGANISATION_NAME = "Nom d'organisation"
TABLE_LEAD = "Chapeau de tableau"
EMPTY = "—"
LONG_ROW_LINES = 14  # about a third of a page: a taller row may break across pages

# One character style per stance and per status, so that a reader sees them at a glance (the
# colours echo the synthesis matrix of the app) and an editor can restyle them all at once.
STANCE_STYLES = {
    "favorable": ("Position favorable", "Positionfavorable", "1E6B34", False),
    "reserved": ("Position sous réserve", "Positionsousreserve", "8A5A00", False),
    "unfavorable": ("Position défavorable", "Positiondefavorable", "B00020", False),
    "abstention": ("Abstention", "Positionabstention", "4A5A78", False),
    "not_expressed": ("Position non exprimée", "Positionnonexprimee", GREY, True),
}
STATUS_STYLES = {
    "consensus": ("Statut consensus", "Statutconsensus", "1E6B34"),
    "consensus_with_reservations": ("Statut avec réserves", "Statutavecreserves", "8A5A00"),
    "disputed": ("Statut contesté", "Statutconteste", "B00020"),
    "not_enough_answers": ("Statut insuffisant", "Statutinsuffisant", GREY),
}
SHORT_STANCES = {
    "favorable": "Favorable",
    "reserved": "Sous réserve",
    "unfavorable": "Défavorable",
    "abstention": "Abstention",
    "not_expressed": "Non exprimée",
}

SYNTHESIS_STYLES = (
    StyleSpec(
        SUBJECT_HEADING, "Sujetconsulte", based_on="Heading1", next_style="Detaildusujet",
        left_cm=0.9, hanging_cm=0.9, tabs=(("left", 0.9),), before=16, after=2, keep_next=True,
        keep_lines=True, outline_level=0, size=13, bold=True, color=NAVY,
    ),
    StyleSpec(
        SUBJECT_DETAIL, "Detaildusujet", size=9.5, color=GREY, left_cm=0.9, after=6,
        keep_next=True,
    ),
    StyleSpec(ORGANISATION_NAME, "Nomdorganisation", based_on="Textedetableau", color=GREY),
    StyleSpec(TABLE_LEAD, "Chapeaudetableau", keep_next=True, keep_lines=True),
    *(
        StyleSpec(name, style_id, kind="character", based_on=None, color=colour, italic=italic,
                  bold=not italic)
        for name, style_id, colour, italic in STANCE_STYLES.values()
    ),
    *(
        StyleSpec(name, style_id, kind="character", based_on=None, color=colour, bold=True)
        for name, style_id, colour in STATUS_STYLES.values()
    ),
)  # fmt: skip


def write_synthesis_docx(
    syntheses: Sequence[Synthesis],
    target: Path,
    *,
    committee: str = "",
    meetings: Mapping[int, str] | None = None,
    today: date | None = None,
    author: str = "",
) -> Path:
    """Write the syntheses as a landscape A4 Word file at `target`, one section each.

    `committee` names the author (never the computer's user) unless `author` is given
    (Préférences); `meetings` gives, by meeting id,
    how to name the meeting a consultation was opened for. Raises ExportError (one French
    sentence) when there is nothing to write or the file cannot be written there.
    """
    from deliberation.exports.docx_common import DocxWriter

    export = SynthesisExport.of(syntheses, committee, meetings, today, clean_line)
    writer = DocxWriter(SYNTHESIS_STYLES, landscape=True)
    writer.properties(
        title=export.title,
        subject=DOCUMENT,
        author=clean_line(author) or export.committee,
        keywords=common.KEYWORDS,
        category=DOCUMENT,
    )
    writer.footer(f"{DOCUMENT} · établie le {french_date(export.today, False)}")
    for index, synthesis in enumerate(export.syntheses):
        if index:
            writer.new_section()
        _section(writer, synthesis, export.committee, export.meeting(synthesis))
    return writer.save(target)


# -- One consultation -----------------------------------------------------------------------------


def _section(writer: DocxWriter, synthesis: Synthesis, committee: str, meeting: str) -> None:
    snap = synthesis.consultation
    title = clean_line(snap.title) or "Consultation"
    deadline = (
        f"Date limite{NBSP}: {french_date(snap.deadline, False)}"
        if snap.deadline
        else "Sans date limite"
    )
    writer.header([(committee, DOCUMENT), (shorten(title, 110), deadline)])
    writer.paragraph("Consultation des organisations", style=KICKER)
    writer.paragraph(title, style="Title")
    writer.paragraph(DOCUMENT, style="Subtitle")
    question = text_lines(snap.question)
    if question:
        writer.field_line("Question", question[0])
        for line in question[1:]:
            writer.paragraph("\t", line, style="Information")
    writer.field_line("Ouverture", french_date(snap.opened_on))
    writer.field_line("Date limite", french_date(snap.deadline) if snap.deadline else "Aucune")
    if meeting:
        writer.field_line("Séance", meeting)
    writer.field_line("Consultées", common.consulted(synthesis))
    writer.field_line("Règle", clean_line(synthesis.rule_text))  # shown with every result
    writer.paragraph("Résultat par sujet", style="Heading 1")
    _summary(writer, synthesis)
    for number, result in enumerate(synthesis.results, start=1):
        _subject(writer, synthesis, number, result)
    _missing(writer, synthesis)


def _summary(writer: DocxWriter, synthesis: Synthesis) -> None:
    if not synthesis.results:
        writer.paragraph("Cette consultation ne porte sur aucun sujet.", style=NOTE)
        return
    rows: list[list[Cell]] = []
    for number, result in enumerate(synthesis.results, start=1):
        rows.append([
            str(number),
            _subject_label(result),
            [para(_status(result.status), style=TABLE_TEXT)],
            *(str(result.counts.get(code, 0)) for code in STANCES),
        ])  # fmt: skip
    width = writer.text_width_cm
    figures = 2.3
    writer.table(
        [Column("N°", 1.0), Column("Sujet", max(3.0, width - 1.0 - 4.6 - figures * len(STANCES))),
         Column("Statut", 4.6),
         *(Column(SHORT_STANCES[code], figures, align="center") for code in STANCES)],
        rows,
    )  # fmt: skip


def _subject(writer: DocxWriter, synthesis: Synthesis, number: int, result: SubjectResult) -> None:
    subject = result.subject
    writer.paragraph(
        f"{number}.\t{common.subject_label(subject, clean_line)} – ",
        _status(result.status),
        style=SUBJECT_HEADING,
    )
    writer.paragraph(
        f"{SUBJECT_KINDS.get(subject.kind, subject.kind)} · {_counts_sentence(result)}",
        style=SUBJECT_DETAIL,
    )
    rows: list[list[Cell]] = []
    for organisation_id, acronym, name in synthesis.organisations:
        position = synthesis.position(subject.id, organisation_id)
        who = [para(Run(clean_line(acronym), bold=True), style=TABLE_TEXT)]
        if clean_line(name):
            who.append(para(clean_line(name), style=ORGANISATION_NAME))
        if position is None:
            rows.append([who, [para(_no_answer(), style=TABLE_TEXT)], *[EMPTY] * 4])
            continue
        source = POSITION_SOURCES.get(position.source, position.source)
        rows.append([
            who,
            [para(_stance(position.stance), style=TABLE_TEXT)],
            _text(position.reservation),
            _text(position.reasons),
            _text(position.amendment),
            [para(source, style=TABLE_TEXT),
             para(f"reçue le {numeric_date(position.received_on)}", style=ORGANISATION_NAME)],
        ])  # fmt: skip
    width = writer.text_width_cm
    fixed = 4.6 + 3.1 + 3.2
    writer.table(
        [Column("Organisation", 4.6), Column("Position", 3.1),
         Column("Réserve", (width - fixed) * 0.3), Column("Motifs", (width - fixed) * 0.37),
         Column("Amendement proposé", (width - fixed) * 0.33), Column("Source", 3.2)],
        rows,
        split_over_lines=LONG_ROW_LINES,
    )  # fmt: skip


def _missing(writer: DocxWriter, synthesis: Synthesis) -> None:
    """Who to remind (current members owing an answer), with the subjects each still owes."""
    writer.paragraph("Organisations sans réponse", style="Heading 1")
    if not synthesis.organisations:
        writer.paragraph("Aucune organisation n'est consultée.", style=NOTE)
        return
    several = len(synthesis.results) > 1
    if synthesis.missing:
        owing = len(synthesis.missing)
        verb = "n'a" if owing < 2 else "n'ont"
        writer.paragraph(
            f"À relancer{NBSP}: "
            f"{count(owing, 'organisation consultée', 'organisations consultées')} sur "
            f"{len(synthesis.organisations)} {verb} pas encore répondu"
            + (" sur tous les sujets." if several else "."),
            style=TABLE_LEAD,
        )
        names = {org: name for org, _, name in synthesis.organisations}
        columns = [Column("Sigle", 3.0), Column("Organisation", 12.0)]
        if several:
            columns.append(Column("Sujets sans réponse", 4.5))
        writer.table(
            columns,
            [
                [[para(Run(clean_line(acronym), bold=True), style=TABLE_TEXT)],
                 clean_line(names.get(org, "")) or EMPTY,
                 *([common.owed_subjects(synthesis, org)] if several else [])]
                for org, acronym, _ in synthesis.missing
            ],
        )  # fmt: skip
    elif all(synthesis.has_answered(org) for org, _, _ in synthesis.organisations):
        writer.paragraph(
            "Toutes les organisations consultées ont répondu"
            + (" sur chaque sujet." if several else "."),
            style=NOTE,
        )
    else:
        writer.paragraph("Aucune organisation à relancer.", style=NOTE)
    reminded = {org for org, _, _ in synthesis.missing}
    former = [
        clean_line(acronym)
        for org, acronym, _ in synthesis.organisations
        if org not in reminded and not synthesis.has_answered(org)
    ]
    if former:
        writer.paragraph(
            f"Sans réponse mais plus membres du comité, donc pas relancées{NBSP}: "
            f"{', '.join(former)}.",
            style=NOTE,
        )


# -- Pieces --------------------------------------------------------------------------------------


def _subject_label(result: SubjectResult) -> list[Para]:
    subject = result.subject
    return [
        para(common.subject_label(subject, clean_line), style=TABLE_TEXT),
        para(SUBJECT_KINDS.get(subject.kind, subject.kind), style=ORGANISATION_NAME),
    ]


def _status(code: str) -> Run:
    return Run(CONSENSUS_STATUSES.get(code, code), style=STATUS_STYLES.get(code, ("",))[0] or None)


def _stance(code: str) -> Run:
    return Run(STANCES.get(code, code), style=STANCE_STYLES.get(code, ("",))[0] or None)


def _no_answer() -> Run:
    return Run(NO_ANSWER, style=STANCE_STYLES["not_expressed"][0])


def _text(value: str) -> Cell:
    lines = text_lines(value)
    return [para(line, style=TABLE_TEXT) for line in lines] if lines else EMPTY


def _counts_sentence(result: SubjectResult) -> str:
    """« 5 réponses sur 7 : 3 favorables, 1 défavorable, 1 non exprimée ; 2 sans réponse. »"""
    answered = sum(result.counts.values())
    total = answered + result.unanswered
    given = stance_parts(result.counts, 0)
    text = f"{count(answered, 'réponse')} sur {total}"
    if given:
        text += f"{NBSP}: " + ", ".join(given)
    if result.unanswered:
        text += f" ; {result.unanswered} sans réponse"
    return text + "."
