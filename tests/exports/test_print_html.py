"""The printable HTML of the documents on screen, built from records: escaped, numbered, French."""

from __future__ import annotations

from datetime import date, time
from uuid import uuid4

from deliberation.exports.print_html import opinion_printable, synthesis_printable
from deliberation.records.opinions import Paragraph, plain_lines
from deliberation.services.root import Root


def paragraph(kind: str, text: str, level: int = 1) -> Paragraph:
    return Paragraph(uuid4(), kind, plain_lines(text), level)


def test_an_opinion_is_numbered_as_the_editor_numbers_it_and_escaped() -> None:
    printable = opinion_printable(
        "Avis <ENT> & données",
        "Comité",
        [
            paragraph("heading", "Introduction"),
            paragraph("recital", "Considérant le SDET ;"),
            paragraph("paragraph", "Le comité salue <b>la révision</b>."),
            paragraph("recommendation", "Inscrire un socle commun."),
        ],
    )
    html = printable.html
    assert "<h2><span class='number'>I.</span> Introduction</h2>" in html
    assert "<i>Considérant le SDET ;</i>" in html
    assert "1.</span> Le comité salue &lt;b&gt;la révision&lt;/b&gt;." in html
    assert "Avis &lt;ENT&gt; &amp; données" in html
    assert printable.file_stem == "avis-avis-ent-donnees"


def test_a_synthesis_lists_each_organisation_and_the_missing_answers(demo_root: Root) -> None:
    consultation = demo_root.positions.consultations()[0]
    synthesis = demo_root.positions.synthesis(consultation.id)
    printable = synthesis_printable(synthesis, "Comité des partenaires")
    for _id, acronym, _name in synthesis.organisations:
        assert acronym in printable.html
    assert "Résultat par sujet" in printable.html
    if consultation.deadline:
        assert f"{consultation.deadline.year}" in printable.html


def test_meeting_hours_are_written_the_french_way(demo_root: Root) -> None:
    from deliberation.exports.print_html import meeting_printable

    meeting = demo_root.meetings.meetings()[0]
    printable = meeting_printable(demo_root.meetings.details(meeting.id))
    start = meeting.start
    assert f"{start.hour:02d} h {start.minute:02d}" in printable.html
    assert printable.file_stem.startswith(meeting.day.isoformat())
    assert isinstance(meeting.day, date) and isinstance(start, time)
