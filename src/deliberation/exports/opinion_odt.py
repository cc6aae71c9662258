"""An opinion as an OpenDocument text (.odt): the same document as the Word export, for LibreOffice.

Title block, numbered paragraphs and recommendations, headings, lists, reservations as footnotes,
annexes and the changes since an earlier version as ODF tracked changes. Each opinion paragraph
lies between bookmarks of the same names as in the .docx, and the export's identity is in the
document's user-defined properties, so that a returned .odt is read like a returned .docx."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC
from pathlib import Path
from typing import TYPE_CHECKING

from deliberation.exports.files import write_atomically
from deliberation.exports.opinion_body import bookmark_name
from deliberation.exports.opinion_document import (
    OpinionDocument,
    Progress,
    line_groups,
    short,
    text_entries,
    wants_toc,
)
from deliberation.exports.opinion_odt_styles import (
    ANNEX,
    BODY,
    BODY_LIST,
    BOLD,
    BOLD_ITALIC,
    BULLET,
    BULLET_LIST,
    CELL,
    CONTINUED,
    CONTINUED_RECOMMENDATION,
    FIELD,
    FOOTNOTE,
    HEADING_CELL,
    ITALIC,
    KICKER,
    LETTERED,
    LETTERED_LIST,
    NOTE,
    RECITAL,
    RECOMMENDATION,
    RECOMMENDATION_LIST,
    STATUS,
    STATUS_ADOPTED,
    SUBTITLE,
    TABLE_HEADING,
    TABLE_TEXT,
    TITLE,
    add_page,
    add_styles,
    find,
    part_root,
)
from deliberation.exports.text import xml_safe
from deliberation.records.opinions import Line, Paragraph
from deliberation.records.opinions import Run as TextRun
from deliberation.rules.opinion_text import Piece, grouped_changes, numbering
from deliberation.rules.typography import typeset, typeset_runs
from deliberation.rules.word_exchange import (
    ANNEX_BOOKMARK,
    PROPERTY_AGAINST,
    PROPERTY_EXPORT,
    PROPERTY_OPINION,
    PROPERTY_VERSION,
)

if TYPE_CHECKING:
    from odfdo import Document, Element

APPLICATION = "Délibération"
_ANNEX_BREAK = "Titre_20_d_27_annexe_20_nouvelle_20_page"


def write_opinion_odt(
    document: OpinionDocument, target: Path, progress: Progress | None = None
) -> Path:
    """Write the document to `target` (.odt) atomically (a temporary file renamed over it)."""
    writer = _OdtWriter(document, progress)
    writer.build()
    return write_atomically(target, lambda path: writer.odf.save(str(path)))


class _OdtWriter:
    def __init__(self, doc: OpinionDocument, progress: Progress | None) -> None:
        from odfdo import Document

        self.doc = doc
        self.progress = progress or (lambda done, total: None)
        self.odf: Document = Document("text")
        self.body = self.odf.body
        for child in self.body.children:
            if child.tag in ("text:p", "text:h"):
                self.body.delete(child)
        self.date = doc.exported_at.astimezone().replace(tzinfo=None, microsecond=0)
        self.regions: list[Element] = []
        self.last: Element | None = None  # the last text paragraph written
        self.pending: list[list[Line]] = []  # removed paragraphs waiting for the next one
        self.notes = 0
        self.lists: dict[str, str] = {}  # the last list of each numbering, to continue it
        self.list_count = 0

    # -- the whole document ---------------------------------------------------------------------

    def build(self) -> None:
        doc = self.doc
        add_styles(self.odf)
        add_page(
            self.odf,
            f"{typeset(doc.committee)} – {doc.kind} – {short(typeset(doc.title), 80)}",
            f"{doc.kind} – {short(typeset(doc.title), 95)}",
        )
        self._automatic_styles()
        entries = text_entries(doc)
        total = len(entries) + len(doc.positions) + len(doc.members) + 1
        self._title_block()
        if wants_toc(doc.paragraphs):
            self._toc()
        for done, (paragraph, pieces, change) in enumerate(entries, 1):
            self._paragraph(paragraph, pieces, change)
            if done % 20 == 0:
                self.progress(done, total)
        self._flush_removed(at_end=True)
        self.progress(len(entries), total)
        if doc.positions or doc.members:
            self._annexes()
        if doc.line_numbers:
            self._line_numbers()
        if self.regions:
            self._tracked_changes()
        self._metadata()
        self.progress(total, total)

    # -- title block ----------------------------------------------------------------------------

    def _title_block(self) -> None:
        doc = self.doc
        self._plain(typeset(doc.committee), KICKER)
        if doc.group:
            self._plain(typeset(doc.group), NOTE)
        self._plain(typeset(doc.title), TITLE)
        self._plain(f"{doc.kind} – {doc.version_line}", SUBTITLE)
        self._plain(typeset(doc.status_line), STATUS_ADOPTED if doc.adopted else STATUS)
        if doc.rapporteurs:
            from odfdo import Paragraph as P
            from odfdo import Span

            label = "Rapporteurs" if len(doc.rapporteurs) > 1 else "Rapporteur"
            line = P(style=FIELD)
            line.append(Span(f"{label} : ", style=BOLD))
            line.append(xml_safe(typeset(", ".join(doc.rapporteurs))))
            self.body.append(line)
        if doc.previous is not None:
            self._plain(
                typeset(
                    f"Les modifications par rapport à {doc.against_line} apparaissent en marques "
                    "de révision : acceptez-les ou refusez-les dans votre traitement de texte "
                    "(suivi des modifications)."
                ),
                NOTE,
            )

    def _toc(self) -> None:
        """A table of contents as the Word export's: « Sommaire », then each heading numbered as
        the text numbers it (I., A., 1°), linked to its bookmark. Page numbers are left to the
        reader, who updates the index (Outils › Mettre à jour): written here they would be
        guesses; the entry templates say how to make them."""
        from odfdo import TOC, Link
        from odfdo import Paragraph as P

        numbers = numbering(self.doc.paragraphs)
        toc = TOC("Sommaire", name="Sommaire", outline_level=3)
        source = find(toc, "text:table-of-content-source")
        for template in source.get_elements("text:table-of-content-entry-template"):
            if int(template.get_attribute_string("text:outline-level") or 0) > 3:
                source.delete(template)
                continue
            for tag in (
                "<text:index-entry-link-start/>", "<text:index-entry-chapter/>",
                "<text:index-entry-text/>",
                '<text:index-entry-tab-stop style:type="right" style:leader-char="."/>',
                "<text:index-entry-page-number/>", "<text:index-entry-link-end/>",
            ):  # fmt: skip
                template.append(_element(tag))
        body = find(toc, "text:index-body")
        title = find(body, "text:index-title/text:p")
        title.set_attribute("text:style-name", "Contents_20_Heading")
        for heading in (p for p in self.doc.paragraphs if p.kind == "heading"):
            level = min(max(heading.level, 1), 3)
            label = numbers[heading.uuid].label
            text = xml_safe(f"{label}\u00a0{typeset(heading.text)}".replace("\n", " "))
            entry = P(style=f"Contents_20_{level}")
            entry.append(Link(f"#{bookmark_name(heading.uuid)}", text=text))
            body.append(entry)
        self.body.append(toc)

    def _plain(self, text: str, style: str) -> Element:
        from odfdo import Paragraph as P

        element = P(xml_safe(text), style=style)
        self.body.append(element)
        return element

    # -- the text -------------------------------------------------------------------------------

    def _paragraph(
        self, paragraph: Paragraph, pieces: tuple[Piece, ...] | None, change: str
    ) -> None:
        """One opinion paragraph: its first ODF paragraph numbered by its kind, then one per list
        item or continuation; between bookmarks; its reservations in a footnote."""
        if change == "removed":
            self.pending.append(list(paragraph.lines))
            return
        from odfdo import BookmarkEnd, BookmarkStart, LineBreak

        name = bookmark_name(paragraph.uuid)
        region = self._region("insertion") if change == "added" else ""
        elements: list[Element] = []
        texts: list[Element] = []
        changed = change == "changed" and pieces is not None
        groups = [("", [])] if changed else _line_groups(paragraph)
        for index, (list_style, lines) in enumerate(groups):
            if index == 0:
                container, text = self._first(paragraph)
                # Marks before any text: removed paragraphs, the insertion, the bookmark.
                self._flush_removed(before=text)
                if region and self.last is None:
                    text.append(_element(f'<text:change-start text:change-id="{region}"/>'))
                text.append(BookmarkStart(name))
            else:
                container, text = self._follower(paragraph, list_style)
            for number, line in enumerate(lines):
                if number:
                    text.append(LineBreak())
                _runs(text, line)
            elements.append(container)
            texts.append(text)
        if changed and pieces is not None:
            self._pieces(texts[0], pieces)
        last_text = texts[-1]
        note = self._footnote(paragraph)
        if note is not None:
            last_text.append(note)
        last_text.append(BookmarkEnd(name))
        if region:
            if self.last is not None:
                self.last.append(_element(f'<text:change-start text:change-id="{region}"/>'))
            last_text.append(_element(f'<text:change-end text:change-id="{region}"/>'))
        for element in elements:
            self.body.append(element)
        self.last = last_text

    def _first(self, paragraph: Paragraph) -> tuple[Element, Element]:
        """(element to append, paragraph to write in) for the paragraph's first line."""
        from odfdo import Header
        from odfdo import Paragraph as P

        if paragraph.kind == "heading":
            level = min(max(paragraph.level, 1), 3)
            heading = Header(level)
            heading.set_attribute("text:style-name", f"Heading_20_{level}")
            return heading, heading
        if paragraph.kind == "paragraph":
            return self._in_list(BODY_LIST, P(style=BODY))
        if paragraph.kind == "recommendation":
            return self._in_list(RECOMMENDATION_LIST, P(style=RECOMMENDATION))
        text = P(style=RECITAL)
        return text, text

    def _follower(self, paragraph: Paragraph, list_style: str) -> tuple[Element, Element]:
        from odfdo import Paragraph as P

        if list_style == "bullet":
            return self._in_list(BULLET_LIST, P(style=BULLET), keep=False)
        if list_style == "number":
            key = f"{LETTERED_LIST}:{paragraph.uuid}"  # each lettered list starts at a)
            return self._in_list(LETTERED_LIST, P(style=LETTERED), keep=key in self.lists, key=key)
        style = {"recommendation": CONTINUED_RECOMMENDATION, "paragraph": CONTINUED}.get(
            paragraph.kind, RECITAL
        )
        text = P(style=style)
        return text, text

    def _in_list(
        self, style: str, text: Element, keep: bool = True, key: str = ""
    ) -> tuple[Element, Element]:
        """`text` as the item of a one-item list whose numbering goes on from the last list of
        the same key (text:continue-list), or starts again."""
        from odfdo import List, ListItem

        key = key or style
        container = List(style=style)
        self.list_count += 1
        name = f"list{self.list_count}"
        container.set_attribute("xml:id", name)
        if keep and key in self.lists:
            container.set_attribute("text:continue-list", self.lists[key])
        self.lists[key] = name
        item = ListItem()
        item.append(text)
        container.append(item)
        return container, text

    def _pieces(self, text: Element, pieces: Sequence[Piece]) -> None:
        """A word diff: insertions between change marks, deletions as changes kept aside."""
        for op, words in grouped_changes(pieces):
            if op == "deleted":
                region = self._region("deletion", [[words]])
                text.append(_element(f'<text:change text:change-id="{region}"/>'))
            elif op == "inserted":
                region = self._region("insertion")
                text.append(_element(f'<text:change-start text:change-id="{region}"/>'))
                text.append(xml_safe(typeset(words)))
                text.append(_element(f'<text:change-end text:change-id="{region}"/>'))
            else:
                text.append(xml_safe(typeset(words)))

    def _flush_removed(self, before: Element | None = None, at_end: bool = False) -> None:
        """The removed paragraphs as one tracked deletion: at the start of the next paragraph,
        or at the end of the last one when the text ends with them."""
        if not self.pending:
            return
        texts = [
            "\n".join(line.text for line in group)
            for lines in self.pending
            for _style, group in _line_groups_of(lines)
        ]
        self.pending = []
        if before is not None:
            region = self._region("deletion", [[t] for t in texts] + [[""]])
            before.append(_element(f'<text:change text:change-id="{region}"/>'))
        elif at_end and self.last is not None:
            region = self._region("deletion", [[""]] + [[t] for t in texts])
            self.last.append(_element(f'<text:change text:change-id="{region}"/>'))

    def _region(self, kind: str, paragraphs: list[list[str]] | None = None) -> str:
        """A changed region of the tracked changes (its id): who and when, deleted paragraphs."""
        from odfdo import ChangeInfo
        from odfdo import Paragraph as P

        name = f"ct{len(self.regions) + 1}"
        region = _element(f'<text:changed-region text:id="{name}"/>')
        region.set_attribute("xml:id", name)
        change = _element(f"<text:{kind}/>")
        change.append(ChangeInfo(xml_safe(self.doc.author), self.date))
        for texts in paragraphs or ():
            change.append(P(xml_safe(typeset("".join(texts))), style=BODY))
        region.append(change)
        self.regions.append(region)
        return name

    def _tracked_changes(self) -> None:
        tracked = _element('<text:tracked-changes text:track-changes="false"/>')
        for region in self.regions:
            tracked.append(region)
        self.body.insert(tracked, position=0)

    def _footnote(self, paragraph: Paragraph) -> Element | None:
        from odfdo import Note, Span
        from odfdo import Paragraph as P

        reservations = self.doc.reservations.get(paragraph.uuid, ())
        if not reservations:
            return None
        self.notes += 1
        note = Note("footnote", f"ftn{self.notes}", str(self.notes))
        body = find(note, "text:note-body")
        for reservation in reservations:
            line = P(style=FOOTNOTE)
            lead = typeset(f"Réserve de l'organisation {reservation.acronym}")
            line.append(Span(xml_safe(lead), style=BOLD))
            line.append(xml_safe(typeset(f" — {reservation.text}")))
            body.append(line)
        return note

    # -- annexes --------------------------------------------------------------------------------

    def _annex_heading(self, text: str, bookmark: bool) -> None:
        """An annex's title on a new page; the first one carries the annexes' bookmark."""
        from odfdo import BookmarkEnd, BookmarkStart
        from odfdo import Paragraph as P

        heading = P(style=_ANNEX_BREAK)
        if bookmark:
            heading.append(BookmarkStart(ANNEX_BOOKMARK))
        heading.append(text)
        if bookmark:
            heading.append(BookmarkEnd(ANNEX_BOOKMARK))
        self.body.append(heading)

    def _annexes(self) -> None:
        doc = self.doc
        number = 0
        if doc.positions:
            number += 1
            self._annex_heading(f"Annexe {number} – Positions des membres", bookmark=True)
            self._plain(
                typeset(
                    "Positions exprimées par les organisations membres lors de la dernière "
                    "consultation sur ce texte ; les paragraphes sans objection n'y figurent pas."
                ),
                NOTE,
            )
            width = 17.0
            self._table(
                "Positions",
                [("Objet", 2.6), ("Organisation", 2.6), ("Position", 2.6),
                 ("Réserves", (width - 7.8) / 2), ("Observations", (width - 7.8) / 2)],
                [[[(typeset(row.subject), False)],
                  [(typeset(row.organisation), True)],
                  [(typeset(row.stance), False)],
                  [(typeset(row.reservation) or "—", False)],
                  [(typeset(row.observations) or "—", False)]]
                 for row in doc.positions],
            )  # fmt: skip
        if doc.members:
            number += 1
            self._annex_heading(f"Annexe {number} – Membres et participants", number == 1)
            if doc.group:
                self._plain(
                    typeset(f"GT ✓ : organisation participant au {doc.group[:1].lower()}"
                            f"{doc.group[1:]}."),
                    NOTE,
                )  # fmt: skip
            group = 1.4 if doc.group else 0.0
            columns = [("Organisation", 6.0), ("Catégorie", 3.2),
                       ("Représentants", 17.0 - 9.2 - group)]  # fmt: skip
            if doc.group:
                columns.append(("GT", group))
            self._table(
                "Membres",
                columns,
                [[[(m.acronym, True), (typeset(m.organisation), False)],
                  [(typeset(m.category), False)],
                  [(typeset(m.delegates) or "—", False)],
                  *([[("✓" if m.in_group else "", False)]] if doc.group else [])]
                 for m in doc.members],
            )  # fmt: skip

    def _table(
        self,
        name: str,
        columns: list[tuple[str, float]],
        rows: list[list[list[tuple[str, bool]]]],
    ) -> None:
        """A table with a repeated header row; each cell holds (text, bold) paragraphs."""
        from odfdo import Cell, Column, Row, Table
        from odfdo import Paragraph as P

        table = Table(name, style=f"{name}_table")
        for index, (_title, width) in enumerate(columns):
            style = f"{name}_col{index}"
            self._automatic(
                f'<style:style style:name="{style}" style:family="table-column">'
                f'<style:table-column-properties style:column-width="{width:.2f}cm"/>'
                "</style:style>"
            )
            table.append(Column(style=style))
        self._automatic(
            f'<style:style style:name="{name}_table" style:family="table"><style:table-properties '
            'style:width="17cm" table:align="left" fo:margin-top="0.1cm" '
            'fo:margin-bottom="0.3cm"/></style:style>'
        )
        header = _element("<table:table-header-rows/>")
        top = Row()
        for title, _width in columns:
            cell = Cell(style=HEADING_CELL)
            cell.append(P(title, style=TABLE_HEADING))
            top.append(cell)
        header.append(top)
        table.append(header)
        for values in rows:
            row = Row()
            for paragraphs in values:
                cell = Cell(style=CELL)
                for text, bold in paragraphs or [("", False)]:
                    from odfdo import Span

                    line = P(style=TABLE_TEXT)
                    if bold:
                        line.append(Span(xml_safe(text), style=BOLD))
                    else:
                        line.append(xml_safe(text))
                    cell.append(line)
                row.append(cell)
            table.append(row)
        self.body.append(table)

    # -- styles, line numbers, properties -------------------------------------------------------

    def _automatic_styles(self) -> None:
        self._automatic(
            f'<style:style style:name="{_ANNEX_BREAK}" style:family="paragraph" '
            f'style:parent-style-name="{ANNEX}"><style:paragraph-properties '
            'fo:break-before="page"/></style:style>'
        )
        for name, fill in ((CELL, ""), (HEADING_CELL, ' fo:background-color="#1F3864"')):
            self._automatic(
                f'<style:style style:name="{name}" style:family="table-cell">'
                f'<style:table-cell-properties fo:padding="0.08cm" fo:border="0.5pt solid '
                f'#B4C0D6"{fill}/></style:style>'
            )

    def _automatic(self, xml: str) -> None:
        content = part_root(self.odf, "content.xml")
        find(content, "//office:automatic-styles").append(_element(xml))

    def _line_numbers(self) -> None:
        """Line numbers in the margin of the text (not of the title block's tables)."""
        office_styles = find(part_root(self.odf, "styles.xml"), "//office:styles")
        for old in office_styles.get_elements("text:linenumbering-configuration"):
            office_styles.delete(old)
        office_styles.append(
            _element(
                '<text:linenumbering-configuration text:number-lines="true" '
                'text:offset="0.5cm" style:num-format="1" text:number-position="left" '
                'text:increment="1" text:restart-on-page="false"/>'
            )
        )

    def _metadata(self) -> None:
        doc = self.odf
        meta = doc.meta
        source = self.doc
        meta.set_title(xml_safe(source.title))
        meta.set_subject(xml_safe(f"{source.kind} – {source.group or source.committee}"))
        meta.set_initial_creator(xml_safe(source.author))
        meta.set_creator(xml_safe(source.author))
        meta.set_keywords(xml_safe(f"{source.kind}; {source.version_line}"))
        moment = source.exported_at.astimezone(UTC).replace(tzinfo=None, microsecond=0)
        meta.set_creation_date(moment)
        meta.set_modification_date(moment)
        meta.set_generator(APPLICATION)
        values = {
            PROPERTY_OPINION: str(source.opinion_uuid),
            PROPERTY_EXPORT: str(source.export_uuid),
            PROPERTY_VERSION: "" if source.version is None else str(source.version),
            PROPERTY_AGAINST: "" if source.against is None else str(source.against),
        }
        for name, value in values.items():
            meta.set_user_defined_metadata(name, value)
        # Nothing left of the library's template: its picture of another document.
        if "Thumbnails/thumbnail.png" in doc.parts:
            doc.del_part("Thumbnails/thumbnail.png")


def _element(xml: str) -> Element:
    from odfdo import Element

    return Element.from_tag(xml)


def _runs(text: Element, line: Line) -> None:
    from odfdo import Span

    for run in typeset_runs(line.runs):
        value = xml_safe(run.text)
        if not value:
            continue
        style = BOLD_ITALIC if run.bold and run.italic else BOLD if run.bold else (
            ITALIC if run.italic else ""
        )  # fmt: skip
        text.append(Span(value, style=style) if style else value)


def _line_groups(paragraph: Paragraph) -> list[tuple[str, list[Line]]]:
    return _line_groups_of(list(paragraph.lines))


def _line_groups_of(lines: Sequence[Line]) -> list[tuple[str, list[Line]]]:
    """The lines as ODF paragraphs (`line_groups`); an empty paragraph still gets one."""
    return line_groups(lines) or [("", [Line((TextRun(""),))])]


__all__ = ["APPLICATION", "write_opinion_odt"]
