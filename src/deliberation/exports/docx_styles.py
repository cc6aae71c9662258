"""The house style of the Word documents: colours, A4 page, style names and their definitions."""

from __future__ import annotations

from dataclasses import dataclass
from xml.sax.saxutils import quoteattr

from deliberation.exports.docx_xml import NS, twips

FONT = "Calibri"  # Carlito, metric-compatible, stands in for it in LibreOffice
INK = "1F2A3C"
NAVY = "1F3864"
BLUE = "2E5597"
GREY = "5A6474"
RULE = "B4C0D6"
FILL = "E3E9F3"
RED = "B00020"
PAGE_WIDTH_CM, PAGE_HEIGHT_CM = 21.0, 29.7
MARGIN_CM = 2.0
TEXT_WIDTH_CM = PAGE_WIDTH_CM - 2 * MARGIN_CM
TABLE_STYLE = "Tableau Délibération"
TABLE_TEXT = "Texte de tableau"
TABLE_HEADING = "En-tête de tableau"
KICKER = "Surtitre"
FIELD = "Information"
NOTE = "Mention"
WARNING = "Avertissement"
ALERT = "Alerte"
STRONG = "Strong"
HYPERLINK = "Hyperlink"
HEADER_LAST = "En-tête souligné"


@dataclass(frozen=True)
class StyleSpec:
    """A paragraph or character style, written as WordprocessingML (names as Word spells them)."""

    name: str
    style_id: str
    kind: str = "paragraph"
    based_on: str | None = "Normal"
    next_style: str | None = None
    size: float | None = None  # points
    bold: bool = False
    italic: bool = False
    caps: bool = False
    underline: bool = False
    color: str | None = None
    letter_spacing: int = 0  # twentieths of a point
    before: float | None = None  # points
    after: float | None = None
    line: int | None = None  # 240 = single
    keep_next: bool = False
    keep_lines: bool = False
    left_cm: float = 0.0
    hanging_cm: float = 0.0
    tabs: tuple[tuple[str, float], ...] = ()  # (alignment, position in cm)
    borders: tuple[tuple[str, int, str, int], ...] = ()  # (side, eighths of pt, colour, space)
    shading: str | None = None
    outline_level: int | None = None
    align: str | None = None
    priority: int = 10
    custom: bool = True  # False for a style Word knows by name (Hyperlink)

    def xml(self) -> str:
        head = f"<w:name w:val={quoteattr(self.name)}/>"
        if self.based_on:
            head += f'<w:basedOn w:val="{self.based_on}"/>'
        if self.next_style:
            head += f'<w:next w:val="{self.next_style}"/>'
        head += f'<w:uiPriority w:val="{self.priority}"/><w:qFormat/>'
        body = self.paragraph_xml() if self.kind == "paragraph" else ""
        custom = ' w:customStyle="1"' if self.custom else ""
        return (
            f'<w:style {NS} w:type="{self.kind}"{custom} w:styleId="{self.style_id}">'
            f"{head}{body}{self.run_xml()}</w:style>"
        )

    def paragraph_xml(self) -> str:
        xml = ""
        if self.keep_next:
            xml += "<w:keepNext/>"
        if self.keep_lines:
            xml += "<w:keepLines/>"
        if self.borders:
            xml += "<w:pBdr>" + "".join(
                f'<w:{side} w:val="single" w:sz="{size}" w:space="{space}" w:color="{colour}"/>'
                for side, size, colour, space in self.borders
            ) + "</w:pBdr>"  # fmt: skip
        if self.shading:
            xml += f'<w:shd w:val="clear" w:color="auto" w:fill="{self.shading}"/>'
        if self.tabs:
            xml += "<w:tabs>" + "".join(
                f'<w:tab w:val="{align}" w:pos="{twips(pos)}"/>' for align, pos in self.tabs
            ) + "</w:tabs>"  # fmt: skip
        spacing = ""
        if self.before is not None:
            spacing += f' w:before="{round(self.before * 20)}"'
        if self.after is not None:
            spacing += f' w:after="{round(self.after * 20)}"'
        if self.line is not None:
            spacing += f' w:line="{self.line}" w:lineRule="auto"'
        if spacing:
            xml += f"<w:spacing{spacing}/>"
        if self.left_cm or self.hanging_cm:
            xml += f'<w:ind w:left="{twips(self.left_cm)}" w:hanging="{twips(self.hanging_cm)}"/>'
        if self.align:
            xml += f'<w:jc w:val="{self.align}"/>'
        if self.outline_level is not None:
            xml += f'<w:outlineLvl w:val="{self.outline_level}"/>'
        return f"<w:pPr>{xml}</w:pPr>" if xml else ""

    def run_xml(self) -> str:
        xml = ""
        if self.bold:
            xml += "<w:b/><w:bCs/>"
        if self.italic:
            xml += "<w:i/><w:iCs/>"
        if self.caps:
            xml += "<w:caps/>"
        if self.color:
            xml += f'<w:color w:val="{self.color}"/>'
        if self.letter_spacing:
            xml += f'<w:spacing w:val="{self.letter_spacing}"/>'
        if self.size:
            xml += f'<w:sz w:val="{round(self.size * 2)}"/><w:szCs w:val="{round(self.size * 2)}"/>'
        if self.underline:
            xml += '<w:u w:val="single"/>'
        return f"<w:rPr>{xml}</w:rPr>" if xml else ""


# Built-in styles (kept under their Word names so Word shows « Titre », « Titre 1 »…), restyled.
BUILT_IN = (
    StyleSpec("Normal", "Normal", based_on=None, size=10.5, color=INK, after=5, line=264),
    StyleSpec("Title", "Title", size=20, bold=True, color=NAVY, after=2, line=240, keep_next=True),
    StyleSpec(
        "Subtitle", "Subtitle", size=13, color=BLUE, after=10, keep_next=True,
        borders=(("bottom", 6, BLUE, 6),),
    ),
    StyleSpec(
        "heading 1", "Heading1", size=13, bold=True, color=NAVY, before=16, after=6,
        keep_next=True, keep_lines=True, outline_level=0, borders=(("bottom", 4, RULE, 2),),
    ),
    StyleSpec(
        "heading 2", "Heading2", size=11.5, bold=True, color=BLUE, before=10, after=3,
        keep_next=True, keep_lines=True, outline_level=1,
    ),
    StyleSpec(
        "header", "Header", size=8.5, color=GREY, after=0, line=240,
        tabs=(("right", TEXT_WIDTH_CM),),
    ),
    StyleSpec(
        "footer", "Footer", size=8.5, color=GREY, after=0, line=240,
        tabs=(("right", TEXT_WIDTH_CM),), borders=(("top", 4, RULE, 4),),
    ),
)  # fmt: skip

CUSTOM = (
    StyleSpec(
        KICKER, "Surtitre", size=9.5, bold=True, caps=True, color=BLUE, letter_spacing=10,
        after=2, keep_next=True,
    ),
    StyleSpec(
        FIELD, "Information", after=2, left_cm=3.6, hanging_cm=3.6, tabs=(("left", 3.6),),
    ),
    StyleSpec(NOTE, "Mention", size=9, italic=True, color=GREY, before=4, after=4),
    StyleSpec(
        WARNING, "Avertissement", bold=True, color=RED, before=6, after=6, keep_lines=True,
        borders=tuple((side, 8, RED, 4) for side in ("top", "left", "bottom", "right")),
        shading="FDECEE",
    ),
    StyleSpec(HEADER_LAST, "Entetesouligne", based_on="Header", borders=(("bottom", 4, RULE, 4),)),
    StyleSpec(TABLE_TEXT, "Textedetableau", size=9, after=0, line=240),
    StyleSpec(
        TABLE_HEADING, "Entetedetableau", based_on="Textedetableau", bold=True, color=NAVY,
        keep_next=True,
    ),
    StyleSpec(ALERT, "Alerte", kind="character", based_on=None, bold=True, color=RED),
    StyleSpec(
        HYPERLINK, "Hyperlink", kind="character", based_on=None, color="0B5CAD", underline=True,
        custom=False,
    ),
)  # fmt: skip


def table_style_xml() -> str:
    """Horizontal rules, light vertical ones, a shaded heading row that repeats on every page."""

    def border(side: str, size: int, colour: str) -> str:
        return f'<w:{side} w:val="single" w:sz="{size}" w:space="0" w:color="{colour}"/>'

    return (
        f'<w:style {NS} w:type="table" w:customStyle="1" w:styleId="TableauDeliberation">'
        f"<w:name w:val={quoteattr(TABLE_STYLE)}/>"
        '<w:basedOn w:val="TableNormal"/><w:uiPriority w:val="40"/><w:qFormat/>'
        '<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
        '<w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr>'
        '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblBorders>'
        + border("top", 8, NAVY) + border("left", 4, RULE) + border("bottom", 8, NAVY)
        + border("right", 4, RULE) + border("insideH", 4, RULE) + border("insideV", 4, RULE)
        + '</w:tblBorders><w:tblCellMar><w:top w:w="45" w:type="dxa"/>'
        '<w:left w:w="85" w:type="dxa"/><w:bottom w:w="45" w:type="dxa"/>'
        '<w:right w:w="85" w:type="dxa"/></w:tblCellMar></w:tblPr>'
        '<w:tblStylePr w:type="firstRow"><w:rPr><w:b/><w:bCs/>'
        f'<w:color w:val="{NAVY}"/></w:rPr><w:tblPr/><w:trPr><w:tblHeader/></w:trPr>'
        f"<w:tcPr><w:tcBorders>{border('bottom', 8, NAVY)}</w:tcBorders>"
        f'<w:shd w:val="clear" w:color="auto" w:fill="{FILL}"/></w:tcPr></w:tblStylePr>'
        "</w:style>"
    )  # fmt: skip
