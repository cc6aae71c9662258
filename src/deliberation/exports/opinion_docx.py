"""An opinion as a Word document for circulation: title block, numbered text, notes, annexes."""

from __future__ import annotations

import zipfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any
from uuid import UUID
from xml.sax.saxutils import escape, quoteattr

from deliberation.errors import ExportError
from deliberation.exports.docx_common import Column, DocxWriter, Run, para
from deliberation.exports.docx_styles import BLUE, KICKER, NAVY, NOTE, RULE, TABLE_TEXT, StyleSpec
from deliberation.exports.docx_xml import NS, W, parse, twips
from deliberation.exports.text import xml_safe
from deliberation.records.opinions import Line, Paragraph
from deliberation.records.opinions import Run as TextRun
from deliberation.rules.opinion_text import Piece, compare_texts, numbering
from deliberation.rules.typography import typeset, typeset_runs
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

Progress = Callable[[int, int], None]


TOC_WORDS = 1800  # about four pages: a longer text opens with a table of contents
TOC_HEADINGS = 4

GREEN = "1E6B34"
AMBER = "8A5A00"

# Paragraph styles of the text (names as a French user sees them in Word's style gallery).
RECITAL = "Considérant"
BODY = "Paragraphe numéroté"
RECOMMENDATION = "Recommandation"
CONTINUED = "Suite de paragraphe"
CONTINUED_RECOMMENDATION = "Suite de recommandation"
BULLET = "Liste à tirets"
LETTERED = "Liste à lettres"
STATUS = "Statut du document"
STATUS_ADOPTED = "Statut adopté"
ANNEX = "Titre d'annexe"
TOC_HEADING = "TOC Heading"

_INDENT = 0.9  # cm: numbers hang in the margin of the text

OPINION_STYLES = (
    StyleSpec(
        "heading 3", "Heading3", size=10.5, bold=True, italic=True, color=NAVY, before=8, after=3,
        keep_next=True, keep_lines=True, outline_level=2, custom=False,
    ),
    StyleSpec(RECITAL, "Considerant", italic=True, left_cm=_INDENT, align="both", after=4),
    StyleSpec(BODY, "Paragraphenumerote", align="both", after=6),
    StyleSpec(CONTINUED, "Suitedeparagraphe", left_cm=_INDENT, align="both", after=6),
    StyleSpec(
        RECOMMENDATION, "Recommandation", align="both", before=6, after=6, keep_lines=True,
        borders=(("left", 18, BLUE, 8),), shading="EEF2F8", left_cm=0.3,
    ),
    StyleSpec(
        CONTINUED_RECOMMENDATION, "Suitederecommandation", based_on="Recommandation",
        before=0,
    ),
    StyleSpec(BULLET, "Listeatirets", left_cm=_INDENT + 0.6, hanging_cm=0.5, after=3),
    StyleSpec(LETTERED, "Listealettres", left_cm=_INDENT + 0.6, hanging_cm=0.6, after=3),
    StyleSpec(
        STATUS, "Statutdudocument", bold=True, color="B00020", before=6, after=10,
        borders=tuple((side, 8, "B00020", 4) for side in ("top", "left", "bottom", "right")),
        shading="FDECEE", align="center", keep_next=True,
    ),
    StyleSpec(
        STATUS_ADOPTED, "Statutadopte", based_on="Statutdudocument", color=GREEN,
        borders=tuple((side, 8, GREEN, 4) for side in ("top", "left", "bottom", "right")),
        shading="E8F3EA",
    ),
    StyleSpec(
        ANNEX, "Titredannexe", size=13, bold=True, color=NAVY, before=0, after=8,
        keep_next=True, keep_lines=True, outline_level=0, borders=(("bottom", 4, RULE, 2),),
    ),
    StyleSpec(
        TOC_HEADING, "TOCHeading", size=12, bold=True, color=NAVY, before=6, after=6,
        keep_next=True, custom=False,
    ),
    StyleSpec("toc 1", "TOC1", bold=True, after=2, tabs=(("right", 17.0),), custom=False),
    StyleSpec("toc 2", "TOC2", left_cm=0.6, after=1, tabs=(("right", 17.0),), custom=False),
    StyleSpec("toc 3", "TOC3", left_cm=1.2, after=1, tabs=(("right", 17.0),), custom=False),
    StyleSpec("footnote text", "FootnoteText", size=8.5, after=2, line=240, custom=False),
    StyleSpec(
        "footnote reference", "FootnoteReference", kind="character", based_on=None,
        custom=False,
    ),
)  # fmt: skip

# Numbering: one abstract definition per kind, with ids far from any template's.
_HEADINGS_ABSTRACT, _BODY_ABSTRACT, _RECOMMENDATION_ABSTRACT = 901, 902, 903
_BULLET_ABSTRACT, _LETTERED_ABSTRACT = 904, 905
HEADINGS_NUM, BODY_NUM, RECOMMENDATION_NUM, BULLET_NUM = 901, 902, 903, 904
_FIRST_LETTERED_NUM = 1000  # each lettered list restarts at a): one num per list


@dataclass(frozen=True)
class Reservation:
    """An organisation's reservation on a paragraph, shown in a footnote."""

    acronym: str
    text: str


@dataclass(frozen=True)
class PositionRow:
    """A row of the positions annex."""

    subject: str  # « Ensemble du texte », « Paragraphe 4 »…
    organisation: str
    stance: str
    reservation: str = ""
    observations: str = ""


@dataclass(frozen=True)
class MemberRow:
    """A row of the members annex."""

    organisation: str
    acronym: str
    category: str
    delegates: str
    in_group: bool = False


@dataclass(frozen=True)
class OpinionDocument:
    """Everything the Word copy of an opinion shows, already chosen and worded."""

    committee: str
    group: str
    kind: str  # « Avis »
    title: str
    version_line: str  # « Version 3 du 12 novembre 2026 »
    status_line: str  # « Projet – document de travail » or « Avis adopté le … »
    adopted: bool
    paragraphs: tuple[Paragraph, ...]
    author: str
    opinion_uuid: UUID
    export_uuid: UUID
    version: int | None = None
    previous: tuple[Paragraph, ...] | None = None  # shown as tracked changes against this
    against: int | None = None
    against_line: str = ""
    rapporteurs: tuple[str, ...] = ()
    reservations: Mapping[UUID, tuple[Reservation, ...]] = field(default_factory=dict)
    positions: tuple[PositionRow, ...] = ()
    members: tuple[MemberRow, ...] = ()
    line_numbers: bool = False
    template: Path | None = None
    exported_at: datetime = field(default_factory=lambda: datetime.now(UTC))


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
        template_styles = _template_styles(doc.template) if doc.template else None
        self.docx = DocxWriter(OPINION_STYLES)
        self.document: Document = self.docx.document
        self.bookmark_id = 0
        self.footnotes: list[str] = []
        self.lettered: list[UUID] = []  # the paragraphs with a lettered list, in order
        self.toc = False
        self.revision_id = 0
        self.date = doc.exported_at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        self.body = self.document.element.body
        self.template_styles = template_styles

    # -- the whole document ---------------------------------------------------------------------

    def build(self) -> None:
        doc = self.doc
        entries = self._entries()
        total = len(entries) + len(doc.positions) + len(doc.members) + 1
        self._numbering()
        self._page_furniture()
        self._title_block()
        if self._wants_toc():
            self._toc()
        for done, (paragraph, pieces, change) in enumerate(entries, 1):
            self._paragraph(paragraph, pieces, change)
            if done % 20 == 0:
                self.progress(done, total)
        self.progress(len(entries), total)
        if doc.line_numbers:
            self._line_numbers()
        if doc.positions or doc.members:
            self._annexes()
        self._footnotes_part()
        self._settings()
        self._metadata()
        if self.template_styles is not None:
            _apply_template(self.document, self.template_styles)
        self.progress(total, total)

    def _entries(self) -> list[tuple[Paragraph, tuple[Piece, ...] | None, str]]:
        """The paragraphs to write: with `previous`, each with its word diff and change."""
        if self.doc.previous is None:
            return [(p, None, "same") for p in self.doc.paragraphs]
        result: list[tuple[Paragraph, tuple[Piece, ...] | None, str]] = []
        for diff in compare_texts(self.doc.previous, self.doc.paragraphs):
            paragraph = diff.new or diff.old
            assert paragraph is not None
            if diff.change in ("same", "moved") and not diff.kind_changed:
                result.append((paragraph, None, "same"))
            else:
                result.append((paragraph, diff.pieces, diff.change))
        return result

    def _wants_toc(self) -> bool:
        headings = sum(1 for p in self.doc.paragraphs if p.kind == "heading")
        words = sum(len(p.text.split()) for p in self.doc.paragraphs)
        return headings >= TOC_HEADINGS and words >= TOC_WORDS

    # -- page, title block, table of contents ---------------------------------------------------

    def _page_furniture(self) -> None:
        doc = self.doc
        committee, title = typeset(doc.committee), typeset(doc.title)
        self.docx.header([(committee, doc.kind), (_short(title, 80), doc.version_line)])
        self.docx.footer(f"{doc.kind} – {_short(title, 95)}")

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
            name = _bookmark_name(heading.uuid)
            text = escape(xml_safe(f"{number}\u00a0{typeset(heading.text)}".replace("\n", " ")))
            xml.append(
                f'<w:p {NS}><w:pPr><w:pStyle w:val="TOC{level}"/><w:tabs><w:tab w:val="right" '
                f'w:leader="dot" w:pos="{twips(self.docx.text_width_cm)}"/></w:tabs></w:pPr>'
                f'{start}<w:hyperlink w:anchor="{name}" w:history="1"><w:r><w:t '
                f'xml:space="preserve">{text}</w:t></w:r></w:hyperlink>{end}</w:p>'
            )
        for item in xml:
            self._append(item)
        self.toc = True

    # -- the text -------------------------------------------------------------------------------

    def _paragraph(
        self, paragraph: Paragraph, pieces: tuple[Piece, ...] | None, change: str
    ) -> None:
        """One paragraph of the opinion: one Word paragraph per list item, others joined by
        line breaks; wrapped in its bookmark; its reservations in a footnote."""
        style, num, level = _kind_style(paragraph)
        removed = change == "removed"
        added = change == "added"
        mark = ""
        if removed:
            mark = self._revision("del")
        elif added:
            mark = self._revision("ins")
        if change == "changed" and pieces is not None:  # one Word paragraph, words marked
            groups = [("", self._pieces(pieces))]
        else:  # whole paragraphs (added or removed ones are marked by `_p_xml`)
            groups = self._line_groups(paragraph)
        words: list[str] = []
        for index, (list_style, runs) in enumerate(groups):
            if index == 0:
                p_style, number = style, (num, level)
            elif list_style == "bullet":
                p_style, number = "Listeatirets", (BULLET_NUM, 0)
            elif list_style == "number":
                p_style, number = "Listealettres", (self._lettered_num(paragraph.uuid), 0)
            else:
                p_style = (
                    "Suitederecommandation" if paragraph.kind == "recommendation" else
                    "Suitedeparagraphe" if paragraph.kind == "paragraph" else style
                )  # fmt: skip
                number = (None, 0)
            words.append(self._p_xml(p_style, number, runs, mark))
        if not removed:
            name = _bookmark_name(paragraph.uuid)
            self.bookmark_id += 1
            start = f'<w:bookmarkStart w:id="{self.bookmark_id}" w:name="{name}"/>'
            words[0] = words[0].replace("</w:pPr>", "</w:pPr>" + start, 1)
            note = self._footnote(paragraph.uuid)
            words[-1] = words[-1].replace(
                "</w:p>", f'{note}<w:bookmarkEnd w:id="{self.bookmark_id}"/></w:p>'
            )
        for xml in words:
            self._append(xml)

    def _line_groups(self, paragraph: Paragraph) -> list[tuple[str, str]]:
        """The paragraph's lines as Word paragraphs: (list style, runs XML)."""
        groups: list[tuple[str, list[Line]]] = []
        for index, line in enumerate(paragraph.lines):
            if index == 0 or line.list or groups[-1][0]:
                groups.append((line.list if index else "", [line]))
            else:
                groups[-1][1].append(line)
        result = []
        for list_style, lines in groups:
            parts = []
            for index, line in enumerate(lines):
                if index:
                    parts.append("<w:r><w:br/></w:r>")
                parts.extend(_run(run) for run in typeset_runs(line.runs))
            result.append((list_style, "".join(parts)))
        return result

    def _pieces(self, pieces: Sequence[Piece]) -> str:
        """A word diff as runs inside w:ins / w:del (the secretariat's tracked changes).

        Changed words separated only by spaces make one deletion then one insertion, not
        « d̶e̶ l̶a̶ f̶i̶n̶ » interleaved with the new words."""
        xml = []
        deleted: list[str] = []
        inserted: list[str] = []

        def flush() -> None:
            if deleted:
                runs = _text_runs(typeset("".join(deleted)), deleted=True)
                xml.append(f"{self._revision('del', open_=True)}{runs}</w:del>")
            if inserted:
                runs = _text_runs(typeset("".join(inserted)))
                xml.append(f"{self._revision('ins', open_=True)}{runs}</w:ins>")
            deleted.clear()
            inserted.clear()

        for index, piece in enumerate(pieces):
            between = (
                piece.op == "same" and not piece.text.strip() and (deleted or inserted)
                and index + 1 < len(pieces) and pieces[index + 1].op != "same"
            )  # fmt: skip
            if between:
                deleted.append(piece.text)
                inserted.append(piece.text)
            elif piece.op == "deleted":
                deleted.append(piece.text)
            elif piece.op == "inserted":
                inserted.append(piece.text)
            else:
                flush()
                xml.append(_text_runs(typeset(piece.text)))
        flush()
        return "".join(xml)

    def _revision(self, kind: str, open_: bool = False) -> str:
        self.revision_id += 1
        attributes = (
            f'w:id="{self.revision_id}" w:author={quoteattr(xml_safe(self.doc.author))} '
            f'w:date="{self.date}"'
        )
        return f"<w:{kind} {attributes}>" if open_ else f"<w:{kind} {attributes}/>"

    def _p_xml(self, style: str, number: tuple[int | None, int], runs: str, mark: str) -> str:
        num, level = number
        num_pr = (
            f'<w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{num}"/></w:numPr>'
            if num is not None else ""
        )  # fmt: skip
        mark_rpr = f"<w:rPr>{mark}</w:rPr>" if mark else ""
        if mark.startswith("<w:del"):
            runs = f"{self._revision('del', open_=True)}{runs}</w:del>" if runs else runs
            runs = runs.replace("<w:t ", "<w:delText ").replace("</w:t>", "</w:delText>")
        elif mark.startswith("<w:ins"):
            runs = f"{self._revision('ins', open_=True)}{runs}</w:ins>" if runs else runs
        return f'<w:p {NS}><w:pPr><w:pStyle w:val="{style}"/>{num_pr}{mark_rpr}</w:pPr>{runs}</w:p>'

    def _lettered_num(self, uuid: UUID) -> int:
        """A numbering instance per lettered list, so each starts again at a)."""
        if not self.lettered or self.lettered[-1] != uuid:
            self.lettered.append(uuid)
            num_id = _FIRST_LETTERED_NUM + len(self.lettered)
            self._numbering_element().append(
                parse(
                    f'<w:num {NS} w:numId="{num_id}"><w:abstractNumId '
                    f'w:val="{_LETTERED_ABSTRACT}"/><w:lvlOverride w:ilvl="0"><w:startOverride '
                    'w:val="1"/></w:lvlOverride></w:num>'
                )
            )
        return _FIRST_LETTERED_NUM + len(self.lettered)

    def _footnote(self, uuid: UUID) -> str:
        reservations = self.doc.reservations.get(uuid, ())
        if not reservations:
            return ""
        note_id = len(self.footnotes) + 1
        paragraphs = []
        for index, reservation in enumerate(reservations):
            ref = (
                '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/><w:vertAlign '
                'w:val="superscript"/></w:rPr><w:footnoteRef/></w:r><w:r><w:t xml:space='
                '"preserve"> </w:t></w:r>'
                if index == 0 else ""
            )  # fmt: skip
            lead = typeset(f"Réserve de l'organisation {reservation.acronym}")
            rest = typeset(f" — {reservation.text}")
            paragraphs.append(
                f'<w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>{ref}'
                f"{_run(TextRun(lead, bold=True))}{_run(TextRun(rest))}</w:p>"
            )
        self.footnotes.append(f'<w:footnote w:id="{note_id}">{"".join(paragraphs)}</w:footnote>')
        return (
            '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/><w:vertAlign w:val="superscript"/>'
            f'</w:rPr><w:footnoteReference w:id="{note_id}"/></w:r>'
        )

    def _append(self, xml: str) -> None:
        element = parse(xml)
        sect_pr = self.body.find(f"{W}sectPr")
        if sect_pr is not None:
            sect_pr.addprevious(element)
        else:
            self.body.append(element)

    # -- annexes --------------------------------------------------------------------------------

    def _annexes(self) -> None:
        doc, w = self.doc, self.docx
        w.new_section()
        if doc.line_numbers:  # the paragraph ending the text's section gets no number
            breaker = self.document.sections[0]._sectPr.getparent()
            breaker.insert(0, parse(f"<w:suppressLineNumbers {NS}/>"))
        section = self.document.sections[-1]._sectPr
        for old in section.findall(f"{W}lnNumType"):
            section.remove(old)
        number = 0
        if doc.positions:
            number += 1
            self._annex_heading(f"Annexe {number} – Positions des membres", first=True)
            w.paragraph(
                typeset(
                    "Positions exprimées par les organisations membres lors de la dernière "
                    "consultation sur ce texte ; les paragraphes sans objection n'y figurent pas."
                ),
                style=NOTE,
            )
            rows = [
                [
                    typeset(row.subject),
                    [para(Run(typeset(row.organisation), bold=True), style=TABLE_TEXT)],
                    typeset(row.stance),
                    typeset(row.reservation) or "—",
                    typeset(row.observations) or "—",
                ]
                for row in doc.positions
            ]
            width = self.docx.text_width_cm
            w.table(
                [
                    Column("Objet", 2.6),
                    Column("Organisation", 2.6),
                    Column("Position", 2.6),
                    Column("Réserves", (width - 7.8) / 2),
                    Column("Observations", (width - 7.8) / 2),
                ],
                rows,  # type: ignore[arg-type]
                split_over_lines=14,
            )
        if doc.members:
            number += 1
            self._annex_heading(f"Annexe {number} – Membres et participants", first=number == 1)
            if doc.group:
                w.paragraph(
                    typeset(f"GT ✓ : organisation participant au {doc.group[:1].lower()}"
                            f"{doc.group[1:]}."),
                    style=NOTE,
                )  # fmt: skip
            width = self.docx.text_width_cm
            w.table(
                [
                    Column("Organisation", 6.0),
                    Column("Catégorie", 3.2),
                    Column("Représentants", width - 9.2 - (1.4 if doc.group else 0)),
                    *([Column("GT", 1.4, align="center")] if doc.group else []),
                ],
                [
                    [
                        [
                            para(Run(xml_safe(m.acronym), bold=True), style=TABLE_TEXT),
                            para(typeset(m.organisation), style=TABLE_TEXT),
                        ],
                        typeset(m.category),
                        typeset(m.delegates) or "—",
                        *(["✓" if m.in_group else ""] if doc.group else []),
                    ]
                    for m in doc.members
                ],  # type: ignore[arg-type]
            )

    def _annex_heading(self, text: str, first: bool) -> None:
        if not first:
            self._append(f'<w:p {NS}><w:r><w:br w:type="page"/></w:r></w:p>')
        bookmark = ""
        if first:
            self.bookmark_id += 1
            bookmark = (
                f'<w:bookmarkStart w:id="{self.bookmark_id}" w:name="{ANNEX_BOOKMARK}"/>'
                f'<w:bookmarkEnd w:id="{self.bookmark_id}"/>'
            )
        self._append(
            f'<w:p {NS}><w:pPr><w:pStyle w:val="Titredannexe"/></w:pPr>{bookmark}'
            f"{_run(TextRun(text))}</w:p>"
        )

    # -- parts and settings ---------------------------------------------------------------------

    def _numbering(self) -> None:
        element = self._numbering_element()

        def level(ilvl: int, fmt: str, text: str, indent: float, hanging: float,
                  bold: bool = False, suffix: str = "tab", color: str = "") -> str:  # fmt: skip
            rpr = ("<w:b/><w:bCs/>" if bold else "") + (
                f'<w:color w:val="{color}"/>' if color else ""
            )
            return (
                f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
                f'<w:suff w:val="{suffix}"/><w:lvlText w:val={quoteattr(text)}/>'
                f'<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{twips(indent)}" '
                f'w:hanging="{twips(hanging)}"/></w:pPr>'
                + (f"<w:rPr>{rpr}</w:rPr>" if rpr else "")
                + "</w:lvl>"
            )

        abstracts = {
            _HEADINGS_ABSTRACT: (
                "multilevel",
                level(0, "upperRoman", "%1.", _INDENT, _INDENT)
                + level(1, "upperLetter", "%2.", _INDENT, _INDENT)
                + level(2, "decimal", "%3°", _INDENT, _INDENT),
            ),
            _BODY_ABSTRACT: (
                "singleLevel",
                level(0, "decimal", "%1.", _INDENT, _INDENT, color=BLUE, bold=True),
            ),
            _RECOMMENDATION_ABSTRACT: (
                "singleLevel",
                level(
                    0,
                    "decimal",
                    "Recommandation n°\u00a0%1\u00a0:",
                    0.3,
                    0,
                    bold=True,
                    suffix="space",
                    color=NAVY,
                ),
            ),
            _BULLET_ABSTRACT: ("singleLevel", level(0, "bullet", "–", _INDENT + 0.6, 0.5)),
            _LETTERED_ABSTRACT: ("singleLevel", level(0, "lowerLetter", "%1)", _INDENT + 0.6, 0.6)),
        }
        first_num = element.find(f"{W}num")
        for abstract_id, (kind, levels) in abstracts.items():
            abstract = parse(
                f'<w:abstractNum {NS} w:abstractNumId="{abstract_id}">'
                f'<w:multiLevelType w:val="{kind}"/>{levels}</w:abstractNum>'
            )
            if first_num is not None:
                first_num.addprevious(abstract)
            else:
                element.append(abstract)
        for num_id, abstract_id in (
            (HEADINGS_NUM, _HEADINGS_ABSTRACT),
            (BODY_NUM, _BODY_ABSTRACT),
            (RECOMMENDATION_NUM, _RECOMMENDATION_ABSTRACT),
            (BULLET_NUM, _BULLET_ABSTRACT),
        ):
            element.append(
                parse(
                    f'<w:num {NS} w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/>'
                    "</w:num>"
                )
            )

    def _numbering_element(self) -> Any:
        return self.document.part.numbering_part.element

    def _line_numbers(self) -> None:
        sect_pr = self.document.sections[0]._sectPr
        element = parse(
            f'<w:lnNumType {NS} w:countBy="1" w:distance="{twips(0.5)}" w:restart="continuous"/>'
        )
        # lnNumType comes after pgMar / paperSrc / pgBorders in the section's properties
        anchor = sect_pr.find(f"{W}pgMar")
        if anchor is not None:
            anchor.addnext(element)
        else:
            sect_pr.append(element)

    def _footnotes_part(self) -> None:
        if not self.footnotes:
            return
        from docx.opc.constants import CONTENT_TYPE, RELATIONSHIP_TYPE
        from docx.opc.packuri import PackURI
        from docx.opc.part import XmlPart

        xml = (
            f"<w:footnotes {NS}>"
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" '
            'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing '
            'w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/>'
            "</w:r></w:p></w:footnote>" + "".join(self.footnotes) + "</w:footnotes>"
        )
        part = XmlPart(
            PackURI("/word/footnotes.xml"),
            CONTENT_TYPE.WML_FOOTNOTES,
            parse(xml),
            self.document.part.package,
        )
        self.document.part.relate_to(part, RELATIONSHIP_TYPE.FOOTNOTES)

    def _settings(self) -> None:
        settings = self.document.settings.element
        # No <w:trackRevisions/>: LibreOffice then shows tables after the first as insertions.
        children = []
        if self.toc:
            children.append('<w:updateFields w:val="true"/>')
        if self.footnotes:
            children.append(
                '<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>'
            )
        # in the schema's order: updateFields … footnotePr, both before compat
        compat = settings.find(f"{W}compat")
        for xml in children:
            element = parse(xml)
            if compat is not None:
                compat.addprevious(element)
            else:
                settings.append(element)

    def _metadata(self) -> None:
        doc = self.doc
        self.docx.properties(
            title=doc.title,
            subject=f"{doc.kind} – {doc.group or doc.committee}",
            author=doc.author,
            keywords=f"{doc.kind}; {doc.version_line}",
            category=doc.kind,
        )
        props = self.document.core_properties
        props.created = props.modified = doc.exported_at.astimezone(UTC).replace(microsecond=0)
        package = self.document.part.package
        from docx.opc.constants import RELATIONSHIP_TYPE

        for rel_id, rel in list(package.rels.items()):  # the template's picture of another text
            if rel.reltype == RELATIONSHIP_TYPE.THUMBNAIL:
                del package.rels[rel_id]
                package.rels._target_parts_by_rId.pop(rel_id, None)
        rels = self.document.part.rels  # Word 2010's copy of the template's styles, in en-US
        for rel_id, rel in list(rels.items()):
            if rel.reltype.endswith("/stylesWithEffects"):
                del rels[rel_id]
                rels._target_parts_by_rId.pop(rel_id, None)
        for part in package.iter_parts():
            if str(part.partname) == "/docProps/app.xml":
                part._blob = _APP_XML.encode()
        self._custom_properties()

    def _custom_properties(self) -> None:
        from docx.opc.constants import CONTENT_TYPE, RELATIONSHIP_TYPE
        from docx.opc.packuri import PackURI
        from docx.opc.part import Part

        doc = self.doc
        values = {
            PROPERTY_OPINION: str(doc.opinion_uuid),
            PROPERTY_EXPORT: str(doc.export_uuid),
            PROPERTY_VERSION: "" if doc.version is None else str(doc.version),
            PROPERTY_AGAINST: "" if doc.against is None else str(doc.against),
        }
        items = "".join(
            f'<property fmtid="{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}" pid="{pid}" '
            f"name={quoteattr(name)}><vt:lpwstr>{escape(value)}</vt:lpwstr></property>"
            for pid, (name, value) in enumerate(values.items(), 2)
        )
        xml = (
            "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
            '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
            'custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/'
            f'docPropsVTypes">{items}</Properties>'
        )
        package = self.document.part.package
        part = Part(
            PackURI("/docProps/custom.xml"),
            CONTENT_TYPE.OFC_CUSTOM_PROPERTIES,
            xml.encode(),
            package,
        )
        package.relate_to(part, RELATIONSHIP_TYPE.CUSTOM_PROPERTIES)


_APP_XML = (
    "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    "<Template>Normal.dotm</Template><Application>Délibération</Application>"
    "<DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop><Company/>"
    "<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>"
    "<HyperlinksChanged>false</HyperlinksChanged></Properties>"
)


# -- helpers --------------------------------------------------------------------------------------


def _bookmark_name(uuid: UUID) -> str:
    return f"{BOOKMARK_PREFIX}{uuid.hex}"


def _kind_style(paragraph: Paragraph) -> tuple[str, int | None, int]:
    """Style id, numbering instance and level of a paragraph's first Word paragraph."""
    if paragraph.kind == "heading":
        level = min(max(paragraph.level, 1), 3)
        return f"Heading{level}", HEADINGS_NUM, level - 1
    if paragraph.kind == "paragraph":
        return "Paragraphenumerote", BODY_NUM, 0
    if paragraph.kind == "recommendation":
        return "Recommandation", RECOMMENDATION_NUM, 0
    return "Considerant", None, 0


def _run(run: TextRun, deleted: bool = False) -> str:
    text = xml_safe(run.text)
    if not text:
        return ""
    props = ("<w:b/><w:bCs/>" if run.bold else "") + ("<w:i/><w:iCs/>" if run.italic else "")
    rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
    tag = "w:delText" if deleted else "w:t"
    parts = text.split("\n")
    body = "<w:br/>".join(
        f'<{tag} xml:space="preserve">{escape(part)}</{tag}>' if part else "" for part in parts
    )
    return f"<w:r>{rpr}{body}</w:r>"


def _text_runs(text: str, deleted: bool = False) -> str:
    return _run(TextRun(text), deleted=deleted)


def _short(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


# -- a user's template ----------------------------------------------------------------------------

_TEMPLATE_MAX = 20 * 1024 * 1024


def _template_styles(path: Path) -> Any:
    """The styles part of a user's .docx (or .dotx), checked before anything is written."""
    from lxml import etree

    name = path.name
    try:
        with zipfile.ZipFile(path) as archive:
            info = archive.getinfo("word/styles.xml")
            if info.file_size > _TEMPLATE_MAX:
                raise ExportError(f"Les styles du modèle « {name} » sont trop volumineux.")
            data = archive.read(info)
    except KeyError as exc:
        raise ExportError(
            f"Le modèle « {name} » n'a pas de styles Word : choisissez un document .docx."
        ) from exc
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise ExportError(
            f"Le modèle « {name} » n'est pas un document Word lisible : choisissez un fichier "
            ".docx ou .dotx."
        ) from exc
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    try:
        return etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise ExportError(f"Les styles du modèle « {name} » sont endommagés.") from exc


def _apply_template(document: Document, template: Any) -> None:
    """Use the template's definition of every style it shares with the document (by name or
    id), and its default fonts and sizes: the house style of the ministry or an association."""
    styles = document.styles.element
    ours_by_id = {s.get(f"{W}styleId"): s for s in styles.findall(f"{W}style")}
    ours_by_name = {}
    for style in ours_by_id.values():
        name = style.find(f"{W}name")
        if name is not None:
            ours_by_name[name.get(f"{W}val", "").lower()] = style
    for theirs in template.findall(f"{W}style"):
        name_el = theirs.find(f"{W}name")
        name = name_el.get(f"{W}val", "").lower() if name_el is not None else ""
        ours = ours_by_id.get(theirs.get(f"{W}styleId"))
        if ours is None:
            ours = ours_by_name.get(name)
        if ours is None:
            continue
        replacement = parse(_to_string(theirs))
        replacement.set(f"{W}styleId", ours.get(f"{W}styleId"))  # our paragraphs point at it
        ours.addprevious(replacement)
        styles.remove(ours)
    defaults = template.find(f"{W}docDefaults")
    ours_defaults = styles.find(f"{W}docDefaults")
    if defaults is not None and ours_defaults is not None:
        ours_defaults.addprevious(parse(_to_string(defaults)))
        styles.remove(ours_defaults)


def _to_string(element: Any) -> str:
    from lxml import etree

    return etree.tostring(element, encoding="unicode")


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
    "Reservation",
    "write_opinion_docx",
]
