"""The opinion's text in Word: numbered paragraphs, bookmarks, tracked changes, footnotes."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC
from typing import TYPE_CHECKING
from uuid import UUID
from xml.sax.saxutils import escape, quoteattr

from deliberation.exports.docx_xml import NS, W, parse
from deliberation.exports.opinion_document import line_groups
from deliberation.exports.opinion_styles import BULLET_NUM, add_lettered_list, kind_style
from deliberation.exports.text import xml_safe
from deliberation.records.opinions import Paragraph
from deliberation.records.opinions import Run as TextRun
from deliberation.rules.opinion_text import Piece, grouped_changes
from deliberation.rules.typography import typeset, typeset_runs
from deliberation.rules.word_exchange import (
    BOOKMARK_PREFIX,
    LINE_RANK_MAX,
    line_bookmark,
)

if TYPE_CHECKING:
    from docx.document import Document

    from deliberation.exports.opinion_document import OpinionDocument


class BodyWriter:
    """Appends the opinion's paragraphs to the document's body and keeps what they leave for
    the package: the footnotes written, the ids of bookmarks and revisions given so far."""

    def __init__(self, doc: OpinionDocument, document: Document) -> None:
        self.doc = doc
        self.document = document
        self.body = document.element.body
        self.bookmark_id = 0
        self.footnotes: list[str] = []
        self.lettered: list[UUID] = []  # the paragraphs with a lettered list, in order
        self.lettered_num = 0
        self.revision_id = 0
        self.date = doc.exported_at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")

    def new_bookmark_id(self) -> int:
        self.bookmark_id += 1
        return self.bookmark_id

    def paragraph(
        self, paragraph: Paragraph, pieces: tuple[Piece, ...] | None, change: str
    ) -> None:
        """One paragraph of the opinion: one Word paragraph per list item, others joined by
        line breaks; wrapped in its bookmark; its reservations in a footnote."""
        style, num, level = kind_style(paragraph)
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
            # One bookmark inside each Word paragraph (the first named after the paragraph, the
            # next ones after it and their rank): LibreOffice splits, then drops, a bookmark
            # spanning several Word paragraphs when it saves the file twice.
            note = self._footnote(paragraph.uuid)
            last = len(words) - 1
            for index, xml in enumerate(words):
                if index + 1 >= LINE_RANK_MAX and index != last:
                    continue  # past Word's name length: the reader regroups them without
                name = bookmark_name(paragraph.uuid, index + 1)
                bookmark_id = self.new_bookmark_id()
                start = f'<w:bookmarkStart w:id="{bookmark_id}" w:name="{name}"/>'
                end = f'{note if index == last else ""}<w:bookmarkEnd w:id="{bookmark_id}"/>'
                xml = xml.replace("</w:pPr>", "</w:pPr>" + start, 1)
                words[index] = xml[: -len("</w:p>")] + end + "</w:p>"
        for xml in words:
            self.append(xml)

    def _line_groups(self, paragraph: Paragraph) -> list[tuple[str, str]]:
        """The paragraph's lines as Word paragraphs: (list style, runs XML)."""
        result = []
        for list_style, lines in line_groups(paragraph.lines):
            parts = []
            for index, line in enumerate(lines):
                if index:
                    parts.append("<w:r><w:br/></w:r>")
                parts.extend(run_xml(run) for run in typeset_runs(line.runs))
            result.append((list_style, "".join(parts)))
        return result

    def _pieces(self, pieces: Sequence[Piece]) -> str:
        """A word diff as runs inside w:ins / w:del (the secretariat's tracked changes)."""
        xml = []
        for op, text in grouped_changes(pieces):
            if op == "deleted":
                runs = text_runs(typeset(text), deleted=True)
                xml.append(f"{self._revision('del', open_=True)}{runs}</w:del>")
            elif op == "inserted":
                runs = text_runs(typeset(text))
                xml.append(f"{self._revision('ins', open_=True)}{runs}</w:ins>")
            else:
                xml.append(text_runs(typeset(text)))
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
            self.lettered_num = add_lettered_list(self.document, len(self.lettered))
        return self.lettered_num

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
                f"{run_xml(TextRun(lead, bold=True))}{run_xml(TextRun(rest))}</w:p>"
            )
        self.footnotes.append(f'<w:footnote w:id="{note_id}">{"".join(paragraphs)}</w:footnote>')
        return (
            '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/><w:vertAlign w:val="superscript"/>'
            f'</w:rPr><w:footnoteReference w:id="{note_id}"/></w:r>'
        )

    def append(self, xml: str) -> None:
        """Add a paragraph (WordprocessingML) at the end of the body, before its last section."""
        element = parse(xml)
        try:  # the last child, as lxml finds it (len() would count every child)
            last = self.body[-1]
        except IndexError:
            last = None
        if last is not None and last.tag == f"{W}sectPr":  # the section's properties stay last
            last.addprevious(element)
        else:
            self.body.append(element)


def bookmark_name(uuid: UUID, rank: int = 1) -> str:
    """The bookmark of a paragraph's `rank`-th Word paragraph (at most 40 characters, as Word
    wants them: "dlb_" + 32 hex digits, then "_2", "_3"… past the first)."""
    return f"{BOOKMARK_PREFIX}{uuid.hex}" if rank == 1 else line_bookmark(uuid.hex, rank)


def run_xml(run: TextRun, deleted: bool = False) -> str:
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


def text_runs(text: str, deleted: bool = False) -> str:
    return run_xml(TextRun(text), deleted=deleted)
