"""An opinion as a Word document for circulation: title block, numbered text, notes, annexes.

The parts are written by opinion_styles (styles and numbering), opinion_body (the text),
opinion_annexes and opinion_package (footnotes, settings, properties, a user's template)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape

from deliberation.exports.docx_common import DocxWriter
from deliberation.exports.docx_styles import KICKER, NOTE
from deliberation.exports.docx_xml import NS, twips
from deliberation.exports.opinion_annexes import write_annexes
from deliberation.exports.opinion_body import BodyWriter, bookmark_name
from deliberation.exports.opinion_document import (
    MemberRow,
    OpinionDocument,
    PositionRow,
    Progress,
    Reservation,
    short,
    text_entries,
    wants_toc,
)
from deliberation.exports.opinion_package import (
    add_footnotes,
    add_line_numbers,
    add_settings,
    apply_template,
    template_styles,
    write_metadata,
)
from deliberation.exports.opinion_styles import (
    OPINION_STYLES,
    STATUS,
    STATUS_ADOPTED,
    TOC_HEADING,
    add_numbering,
)
from deliberation.exports.text import xml_safe
from deliberation.records.opinions import Paragraph
from deliberation.rules.opinion_text import Piece, numbering
from deliberation.rules.typography import typeset
from deliberation.rules.word_exchange import (
    ANNEX_BOOKMARK,
    BOOKMARK_PREFIX,
    PROPERTY_AGAINST,
    PROPERTY_EXPORT,
    PROPERTY_OPINION,
    PROPERTY_VERSION,
)

if TYPE_CHECKING:
    from docx.document import Document


def write_opinion_docx(
    document: OpinionDocument, target: Path, progress: Progress | None = None
) -> Path:
    """Write the document to `target` atomically (a temporary file renamed over it)."""
    writer = _OpinionWriter(document, progress)
    writer.build()
    return writer.docx.save(target)


class _OpinionWriter:
    def __init__(self, doc: OpinionDocument, progress: Progress | None) -> None:
        self.doc = doc
        self.progress = progress or (lambda done, total: None)
        self.template_styles = template_styles(doc.template) if doc.template else None
        self.docx = DocxWriter(OPINION_STYLES)
        self.document: Document = self.docx.document
        self.text = BodyWriter(doc, self.document)
        self.toc = False

    # -- the whole document ---------------------------------------------------------------------

    def build(self) -> None:
        doc = self.doc
        entries = self._entries()
        total = len(entries) + len(doc.positions) + len(doc.members) + 1
        add_numbering(self.document)
        self._page_furniture()
        self._title_block()
        if self._wants_toc():
            self._toc()
        for done, (paragraph, pieces, change) in enumerate(entries, 1):
            self.text.paragraph(paragraph, pieces, change)
            if done % 20 == 0:
                self.progress(done, total)
        self.progress(len(entries), total)
        if doc.line_numbers:
            add_line_numbers(self.document)
        if doc.positions or doc.members:
            write_annexes(doc, self.docx, self.text)
        add_footnotes(self.document, self.text.footnotes)
        add_settings(self.document, toc=self.toc, footnotes=bool(self.text.footnotes))
        write_metadata(self.docx, doc)
        if self.template_styles is not None:
            apply_template(self.document, self.template_styles)
        self.progress(total, total)

    def _entries(self) -> list[tuple[Paragraph, tuple[Piece, ...] | None, str]]:
        """The paragraphs to write: with `previous`, each with its word diff and change."""
        return text_entries(self.doc)

    def _wants_toc(self) -> bool:
        return wants_toc(self.doc.paragraphs)

    # -- page, title block, table of contents ---------------------------------------------------

    def _page_furniture(self) -> None:
        doc = self.doc
        committee, title = typeset(doc.committee), typeset(doc.title)
        self.docx.header([(committee, doc.kind), (short(title, 80), doc.version_line)])
        self.docx.footer(f"{doc.kind} – {short(title, 95)}")

    def _title_block(self) -> None:
        doc, w = self.doc, self.docx
        w.paragraph(typeset(doc.committee), style=KICKER)
        if doc.group:
            w.paragraph(typeset(doc.group), style=NOTE)
        w.paragraph(typeset(doc.title), style="Title")
        w.paragraph(f"{doc.kind} – {doc.version_line}", style="Subtitle")
        w.paragraph(typeset(doc.status_line), style=STATUS_ADOPTED if doc.adopted else STATUS)
        if doc.rapporteurs:
            label = "Rapporteurs" if len(doc.rapporteurs) > 1 else "Rapporteur"
            w.field_line(label, typeset(", ".join(doc.rapporteurs)))
        if doc.previous is not None:
            w.paragraph(
                typeset(
                    f"Les modifications par rapport à {doc.against_line} apparaissent en marques "
                    "de révision : acceptez-les ou refusez-les dans Word (onglet Révision)."
                ),
                style=NOTE,
            )

    def _toc(self) -> None:
        """A TOC field whose entries link to the headings. Page numbers are left to Word, which
        updates the field on opening (updateFields): written in advance they would be guesses,
        and LibreOffice shows a field's stored result as it is."""
        numbers = numbering(self.doc.paragraphs)
        self.docx.paragraph("Sommaire", style=TOC_HEADING)
        headings = [p for p in self.doc.paragraphs if p.kind == "heading"]
        xml: list[str] = []
        for index, heading in enumerate(headings):
            level = min(max(heading.level, 1), 3)
            number = numbers[heading.uuid].label
            start = ""
            if index == 0:
                start = (
                    '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText '
                    'xml:space="preserve"> TOC \\o "1-3" \\h \\z \\u </w:instrText></w:r>'
                    '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
                )
            end = (
                '<w:r><w:fldChar w:fldCharType="end"/></w:r>' if index == len(headings) - 1 else ""
            )
            name = bookmark_name(heading.uuid)
            text = escape(xml_safe(f"{number}\u00a0{typeset(heading.text)}".replace("\n", " ")))
            xml.append(
                f'<w:p {NS}><w:pPr><w:pStyle w:val="TOC{level}"/><w:tabs><w:tab w:val="right" '
                f'w:leader="dot" w:pos="{twips(self.docx.text_width_cm)}"/></w:tabs></w:pPr>'
                f'{start}<w:hyperlink w:anchor="{name}" w:history="1"><w:r><w:t '
                f'xml:space="preserve">{text}</w:t></w:r></w:hyperlink>{end}</w:p>'
            )
        for item in xml:
            self.text.append(item)
        self.toc = True


__all__ = [
    "ANNEX_BOOKMARK",
    "BOOKMARK_PREFIX",
    "PROPERTY_AGAINST",
    "PROPERTY_EXPORT",
    "PROPERTY_OPINION",
    "PROPERTY_VERSION",
    "MemberRow",
    "OpinionDocument",
    "PositionRow",
    "Progress",
    "Reservation",
    "write_opinion_docx",
]
