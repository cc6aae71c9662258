"""The Word writer: an A4 document in the house style filled with paragraphs, header and tables."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import escape, quoteattr

from deliberation.exports.docx_styles import (
    BUILT_IN,
    CUSTOM,
    FIELD,
    FILL,
    FONT,
    HEADER_LAST,
    HYPERLINK,
    MARGIN_CM,
    PAGE_HEIGHT_CM,
    PAGE_WIDTH_CM,
    TABLE_HEADING,
    TABLE_STYLE,
    TABLE_TEXT,
    StyleSpec,
    table_style_xml,
)
from deliberation.exports.docx_xml import NS, W, declare_namespaces, parse, twips
from deliberation.exports.files import write_atomically
from deliberation.exports.text import clean_line, text_lines, xml_safe

if TYPE_CHECKING:  # python-docx is imported only when a document is made
    from docx.document import Document
    from docx.table import Table, _Cell
    from docx.text.paragraph import Paragraph

# -- What goes into paragraphs and cells ---------------------------------------------------------


@dataclass(frozen=True)
class Run:
    """A piece of text with its character style; `link` makes it a hyperlink."""

    text: str
    style: str | None = None
    bold: bool = False
    link: str | None = None


@dataclass(frozen=True)
class Para:
    """A paragraph: runs (plain strings allowed) and a paragraph style."""

    parts: tuple[Run | str, ...]
    style: str | None = None


def para(*parts: Run | str, style: str | None = None) -> Para:
    return Para(tuple(parts), style)


Cell = str | Sequence[Para]


@dataclass(frozen=True)
class Column:
    title: str
    width_cm: float
    align: str | None = None  # "center" or "right" for the column's heading and cells (numbers)


# -- The document --------------------------------------------------------------------------------


class DocxWriter:
    """A new A4 document in French with the house styles, filled paragraph by paragraph.

    Portrait unless `landscape` (wide tables); `text_width_cm` is the width between the margins.
    Every string is cleaned (`xml_safe`) before it reaches python-docx.
    """

    def __init__(self, extra_styles: Iterable[StyleSpec] = (), *, landscape: bool = False) -> None:
        import docx  # a second or so on first use: only when a document is made

        self.document: Document = docx.Document()
        self.landscape = landscape
        self._style_ids: dict[tuple[str, int], str | None] = {}  # (name, type) → id, looked up once
        width = PAGE_HEIGHT_CM if landscape else PAGE_WIDTH_CM
        self.text_width_cm = width - 2 * MARGIN_CM
        self._setup_page()
        self._setup_styles([*CUSTOM, *extra_styles])
        self._setup_settings()
        self._drop_template_leftovers()

    # page, styles, settings

    def _setup_page(self) -> None:
        from docx.enum.section import WD_ORIENT
        from docx.shared import Cm

        section = self.document.sections[0]
        if self.landscape:  # the orientation and the swapped sizes: readers look at either
            section.orientation = WD_ORIENT.LANDSCAPE
            section.page_width, section.page_height = Cm(PAGE_HEIGHT_CM), Cm(PAGE_WIDTH_CM)
            section.top_margin, section.bottom_margin = Cm(2.3), Cm(1.9)
        else:
            section.orientation = WD_ORIENT.PORTRAIT
            section.page_width, section.page_height = Cm(PAGE_WIDTH_CM), Cm(PAGE_HEIGHT_CM)
            section.top_margin, section.bottom_margin = Cm(2.6), Cm(2.2)
        section.left_margin = section.right_margin = Cm(MARGIN_CM)
        section.header_distance, section.footer_distance = Cm(1.1), Cm(1.0)

    def new_section(self) -> None:
        """Start a new page and section, laid out like the previous one; the next `header` and
        `footer` calls apply to it (without them it repeats the previous section's)."""
        from docx.enum.section import WD_SECTION

        self.document.add_section(WD_SECTION.NEW_PAGE)

    def _setup_styles(self, custom: Sequence[StyleSpec]) -> None:
        from docx.oxml import parse_xml

        styles = self.document.styles.element
        defaults = styles.find(f"{W}docDefaults")
        assert defaults is not None
        defaults.getparent().replace(  # type: ignore[union-attr]
            defaults,
            parse_xml(
                f"<w:docDefaults {NS}><w:rPrDefault><w:rPr>"
                f'<w:rFonts w:ascii="{FONT}" w:eastAsia="{FONT}" w:hAnsi="{FONT}" w:cs="{FONT}"/>'
                '<w:sz w:val="21"/><w:szCs w:val="21"/>'
                '<w:lang w:val="fr-FR" w:eastAsia="fr-FR" w:bidi="ar-SA"/>'
                "</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>"
                '<w:spacing w:after="100" w:line="264" w:lineRule="auto"/>'
                "</w:pPr></w:pPrDefault></w:docDefaults>"
            ),
        )
        for spec in BUILT_IN:  # keep name, links and priorities; replace the formatting
            if spec.tabs:  # the header's and footer's right tab sits on the right margin
                spec = replace(spec, tabs=(("right", self.text_width_cm),))
            element = styles.find(f"{W}style[@{W}styleId='{spec.style_id}']")
            assert element is not None, spec.style_id
            for old in element.findall(f"{W}pPr") + element.findall(f"{W}rPr"):
                element.remove(old)
            for new in parse_xml(spec.xml()).findall("*"):
                if new.tag in (f"{W}pPr", f"{W}rPr"):
                    element.append(new)
        normal = styles.find(f"{W}style[@{W}styleId='Normal']/{W}rPr")
        assert normal is not None  # the language on the base style too, for older readers
        normal.append(parse_xml(f'<w:lang {NS} w:val="fr-FR" w:eastAsia="fr-FR"/>'))
        for spec in custom:
            existing = styles.find(f"{W}style[@{W}styleId='{spec.style_id}']")
            if existing is not None:
                styles.remove(existing)
            styles.append(parse_xml(spec.xml()))
        styles.append(parse_xml(table_style_xml()))

    def _setup_settings(self) -> None:
        settings = self.document.settings.element
        proof = settings.find(f"{W}proofState")
        if proof is not None:  # « clean » would tell Word not to check the spelling
            settings.remove(proof)
        font_lang = settings.find(f"{W}themeFontLang")
        if font_lang is not None:
            font_lang.set(f"{W}val", "fr-FR")

    # header, footer, properties

    def header(self, lines: Sequence[tuple[str, str]]) -> None:
        """Header lines, each a left text and a right-aligned one; a rule under the last one.

        It goes to the last section (the only one unless `new_section` was called)."""
        header = self.document.sections[-1].header
        header.is_linked_to_previous = False
        paragraphs = [header.paragraphs[0]] + [header.add_paragraph() for _ in lines[1:]]
        for index, (paragraph, (left, right)) in enumerate(zip(paragraphs, lines, strict=True)):
            paragraph.style = self.document.styles["Header"]
            self._add(paragraph, Run(clean_line(left), bold=index == 0))
            if right:
                paragraph.add_run("\t" + clean_line(right))
        paragraphs[-1].style = self.document.styles[HEADER_LAST]

    def footer(self, left: str) -> None:
        """« left          Page X / Y », with PAGE and NUMPAGES fields."""
        footer = self.document.sections[-1].footer
        footer.is_linked_to_previous = False
        paragraph = footer.paragraphs[0]
        paragraph.style = self.document.styles["Footer"]
        paragraph.add_run(clean_line(left) + "\tPage ")
        self._field(paragraph, "PAGE", "1")
        paragraph.add_run(" / ")
        self._field(paragraph, "NUMPAGES", "1")

    def properties(self, *, title: str, subject: str, author: str, keywords: str,
                   category: str) -> None:  # fmt: skip
        """Core properties: who wrote it is the committee, never the computer's user."""
        props = self.document.core_properties
        props.title = clean_line(title)
        props.subject = clean_line(subject)
        props.author = props.last_modified_by = clean_line(author)
        props.keywords = clean_line(keywords)
        props.category = clean_line(category)
        props.comments = ""
        props.language = "fr-FR"
        props.revision = 1
        now = datetime.now(UTC).replace(microsecond=0)
        props.created = props.modified = now

    # content

    def paragraph(self, *parts: Run | str, style: str | None = None) -> Paragraph:
        paragraph = self.document.add_paragraph()
        if style is not None:
            paragraph._p.style = self.style_id(style)
        for part in parts:
            self._add(paragraph, part)
        return paragraph

    def lines(self, text: str, style: str | None = None, lead: Run | None = None) -> int:
        """One paragraph per line of `text`; `lead` opens the first. Returns how many were made."""
        lines = text_lines(text)
        for index, line in enumerate(lines):
            self.paragraph(*([lead] if lead and index == 0 else []), line, style=style)
        return len(lines)

    def field_line(self, label: str, value: Run | str) -> Paragraph:
        """« Label      value » in the Information style."""
        return self.paragraph(Run(label, bold=True), "\t", value, style=FIELD)

    def table(
        self,
        columns: Sequence[Column],
        rows: Sequence[Sequence[Cell]],
        *,
        split_over_lines: int | None = None,
    ) -> Table:
        """A table with a repeated heading row, fixed column widths and unsplittable rows.

        With `split_over_lines`, a row estimated taller than that many lines of table text may
        break across pages: kept whole, it would leave most of a page blank before it.
        """
        from docx.shared import Cm

        table = self.document.add_table(rows=1, cols=len(columns))
        table.style = self.document.styles[TABLE_STYLE]
        table.autofit = False
        tbl_pr = table._tbl.tblPr
        width = tbl_pr.find(f"{W}tblW")  # python-docx writes « auto »: the sum of the columns
        width.set(f"{W}type", "dxa")
        width.set(f"{W}w", str(twips(sum(c.width_cm for c in columns))))
        look = tbl_pr.find(f"{W}tblLook")  # the style's heading row only, no banding
        for name, value in (("firstColumn", "0"), ("noHBand", "1"), ("noVBand", "1")):
            look.set(f"{W}{name}", value)
        for index, column in enumerate(columns):
            table.columns[index].width = Cm(column.width_cm)
        heading = table.rows[0]
        self._row_properties(heading._tr, "<w:cantSplit/><w:tblHeader/>")
        for cell, column in zip(heading.cells, columns, strict=True):
            self._fill(cell, [para(column.title, style=TABLE_HEADING)], column.width_cm)
            self._align(cell, column.align)
            tc_pr = cell._tc.get_or_add_tcPr()
            tc_pr.append(parse(f'<w:shd w:val="clear" w:color="auto" w:fill="{FILL}"/>'))
        for values in rows:
            row = table.add_row()
            if split_over_lines is None or _row_lines(values, columns) <= split_over_lines:
                self._row_properties(row._tr, "<w:cantSplit/>")
            for cell, content, column in zip(row.cells, values, columns, strict=True):
                self._fill(cell, content, column.width_cm)
                self._align(cell, column.align)
        return table

    def save(self, target: Path) -> Path:
        self._declare_namespaces()
        return write_atomically(target, lambda path: self.document.save(str(path)))

    def to_bytes(self) -> bytes:
        """The document as the bytes `save` would write (a mail's attachment)."""
        import io

        self._declare_namespaces()
        buffer = io.BytesIO()
        self.document.save(buffer)
        return buffer.getvalue()

    def _drop_template_leftovers(self) -> None:
        """Nothing left of python-docx's template: its blank thumbnail, Word 2010's en-US copy
        of the styles (stylesWithEffects), an app.xml naming « Microsoft Macintosh Word »."""
        from docx.opc.constants import RELATIONSHIP_TYPE

        package = self.document.part.package
        for rels, unwanted in (
            (package.rels, RELATIONSHIP_TYPE.THUMBNAIL),
            (self.document.part.rels, "/stylesWithEffects"),
        ):
            for rel_id, rel in list(rels.items()):
                if rel.reltype.endswith(unwanted):
                    del rels[rel_id]
                    rels._target_parts_by_rId.pop(rel_id, None)
        for part in package.iter_parts():
            if str(part.partname) == "/docProps/app.xml":
                part._blob = _APP_XML.encode()

    def _declare_namespaces(self) -> None:
        """Every WordprocessingML part declaring the namespaces Word declares on it."""
        from lxml import etree

        parser = etree.XMLParser(resolve_entities=False, no_network=True)
        for part in self.document.part.package.iter_parts():
            if hasattr(part, "_element"):  # the parts python-docx keeps as XML
                declare_namespaces(part._element)
            elif str(part.partname).startswith("/word/") and part.content_type.endswith("+xml"):
                root = etree.fromstring(part.blob, parser)  # font table, web settings
                if declare_namespaces(root):
                    part._blob = etree.tostring(
                        root, xml_declaration=True, encoding="UTF-8", standalone=True
                    )

    # helpers

    def style_id(self, name: str, *, character: bool = False) -> str | None:
        """The id of the paragraph (or character) style named `name`, None for the default one,
        as python-docx gives it; looked up once per name (by name, it reads every style)."""
        from docx.enum.style import WD_STYLE_TYPE

        kind = WD_STYLE_TYPE.CHARACTER if character else WD_STYLE_TYPE.PARAGRAPH
        key = (name, int(kind))
        if key not in self._style_ids:
            self._style_ids[key] = self.document.styles.get_style_id(name, kind)
        return self._style_ids[key]

    def _fill(self, cell: _Cell, value: Cell, width_cm: float) -> None:
        from docx.shared import Cm

        cell.width = Cm(width_cm)
        paragraphs = [para(value, style=TABLE_TEXT)] if isinstance(value, str) else list(value)
        if not paragraphs:
            paragraphs = [para("", style=TABLE_TEXT)]
        for index, spec in enumerate(paragraphs):
            paragraph = cell.paragraphs[0] if index == 0 else cell.add_paragraph()
            paragraph._p.style = self.style_id(spec.style or TABLE_TEXT)
            for part in spec.parts:
                self._add(paragraph, part)

    @staticmethod
    def _align(cell: _Cell, align: str | None) -> None:
        from docx.enum.text import WD_ALIGN_PARAGRAPH

        if not align:
            return
        alignment = WD_ALIGN_PARAGRAPH.CENTER if align == "center" else WD_ALIGN_PARAGRAPH.RIGHT
        for paragraph in cell.paragraphs:
            paragraph.alignment = alignment

    def _add(self, paragraph: Paragraph, part: Run | str) -> None:
        run = part if isinstance(part, Run) else Run(part)
        text = xml_safe(run.text)
        if not text:
            return
        if run.link and _is_web_address(run.link):
            self._hyperlink(paragraph, text, run.link)
            return
        added = paragraph.add_run(text)
        if run.style is not None:
            added._r.style = self.style_id(run.style, character=True)
        if run.bold:
            added.bold = True

    def _hyperlink(self, paragraph: Paragraph, text: str, address: str) -> None:
        from docx.opc.constants import RELATIONSHIP_TYPE

        rel = paragraph.part.relate_to(address, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
        style_id = self.document.styles[HYPERLINK].style_id
        paragraph._p.append(parse(
            f'<w:hyperlink xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/'
            f'relationships" r:id="{rel}" w:history="1"><w:r><w:rPr><w:rStyle '
            f'w:val="{style_id}"/></w:rPr><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'
            "</w:hyperlink>"
        ))  # fmt: skip

    @staticmethod
    def _field(paragraph: Paragraph, code: str, placeholder: str) -> None:
        """A complex field (begin, instruction, separate, result, end) that Word and LO update."""
        for xml in (
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r>',
            f'<w:r><w:instrText xml:space="preserve"> {code} </w:instrText></w:r>',
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>',
            f"<w:r><w:t>{placeholder}</w:t></w:r>",
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
        ):
            paragraph._p.append(parse(xml))

    @staticmethod
    def _row_properties(tr: Any, children: str) -> None:
        tr_pr = tr.get_or_add_trPr()
        for child in parse(f"<w:trPr {NS}>{children}</w:trPr>").findall("*"):
            tr_pr.append(child)


def add_custom_properties(document: Document, values: dict[str, str]) -> None:
    """Custom document properties (docProps/custom.xml): marks that a returned file is read by.

    Word and LibreOffice keep them when the file is saved again.
    """
    from docx.opc.constants import CONTENT_TYPE, RELATIONSHIP_TYPE
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    items = "".join(
        f'<property fmtid="{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}" pid="{pid}" '
        f"name={quoteattr(name)}><vt:lpwstr>{escape(xml_safe(value))}</vt:lpwstr></property>"
        for pid, (name, value) in enumerate(values.items(), 2)
    )
    xml = (
        "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
        'custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/'
        f'docPropsVTypes">{items}</Properties>'
    )
    package = document.part.package
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


def _row_lines(values: Sequence[Cell], columns: Sequence[Column]) -> int:
    """About how many lines of table text the row's tallest cell takes (≈ 5.5 characters/cm)."""

    def text(part: Run | str) -> str:
        return part.text if isinstance(part, Run) else part

    tallest = 0
    for value, column in zip(values, columns, strict=True):
        paragraphs = [value] if isinstance(value, str) else [
            "".join(text(part) for part in paragraph.parts) for paragraph in value
        ]  # fmt: skip
        room = max(1, int(column.width_cm * 5.5))
        tallest = max(tallest, sum(max(1, -(-len(p) // room)) for p in paragraphs))
    return tallest


def _is_web_address(value: str) -> bool:
    """Only a clean http(s) address becomes a link: Word rejects a file with a malformed one."""
    return (
        xml_safe(value) == value and re.fullmatch(r"https?://[^\s<>\"'{}|\\^`]+", value) is not None
    )
