"""The opinion's Word styles and list numbering, and which of them each kind of paragraph gets."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import quoteattr

from deliberation.exports.docx_styles import BLUE, NAVY, RULE, StyleSpec
from deliberation.exports.docx_xml import NS, W, parse, twips
from deliberation.records.opinions import Paragraph

if TYPE_CHECKING:
    from docx.document import Document

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


def add_numbering(document: Document) -> None:
    """The numbering definitions of headings, paragraphs, recommendations and lists."""
    element = numbering_element(document)

    def level(ilvl: int, fmt: str, text: str, indent: float, hanging: float,
              bold: bool = False, suffix: str = "tab", color: str = "") -> str:  # fmt: skip
        rpr = ("<w:b/><w:bCs/>" if bold else "") + (f'<w:color w:val="{color}"/>' if color else "")
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
                f'<w:num {NS} w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/></w:num>'
            )
        )


def numbering_element(document: Document) -> Any:
    return document.part.numbering_part.element


def add_lettered_list(document: Document, index: int) -> int:
    """A numbering instance for the `index`th lettered list (from 1), so that it starts at a)."""
    num_id = _FIRST_LETTERED_NUM + index
    numbering_element(document).append(
        parse(
            f'<w:num {NS} w:numId="{num_id}"><w:abstractNumId '
            f'w:val="{_LETTERED_ABSTRACT}"/><w:lvlOverride w:ilvl="0"><w:startOverride '
            'w:val="1"/></w:lvlOverride></w:num>'
        )
    )
    return num_id


def kind_style(paragraph: Paragraph) -> tuple[str, int | None, int]:
    """Style id, numbering instance and level of a paragraph's first Word paragraph."""
    if paragraph.kind == "heading":
        level = min(max(paragraph.level, 1), 3)
        return f"Heading{level}", HEADINGS_NUM, level - 1
    if paragraph.kind == "paragraph":
        return "Paragraphenumerote", BODY_NUM, 0
    if paragraph.kind == "recommendation":
        return "Recommandation", RECOMMENDATION_NUM, 0
    return "Considerant", None, 0
