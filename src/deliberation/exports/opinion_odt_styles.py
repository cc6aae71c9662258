"""The opinion's OpenDocument styles: the Word export's house style, lists and page furniture."""

from __future__ import annotations

from typing import TYPE_CHECKING

from deliberation.exports.docx_styles import BLUE, FONT, GREY, INK, NAVY, RED, RULE
from deliberation.exports.opinion_styles import GREEN

if TYPE_CHECKING:
    from odfdo import Document, Element

# Style names (display names are those of the Word export, as a French user sees them).
KICKER = "Surtitre"
NOTE = "Mention"
TITLE = "Title"
SUBTITLE = "Subtitle"
STATUS = "Statut_20_du_20_document"
STATUS_ADOPTED = "Statut_20_adopte"
FIELD = "Information"
PAGE_LINE = "En-tete_20_et_20_pied_20_de_20_page"  # never line-numbered
RECITAL = "Considerant"
BODY = "Paragraphe_20_numerote"
CONTINUED = "Suite_20_de_20_paragraphe"
RECOMMENDATION = "Recommandation"
CONTINUED_RECOMMENDATION = "Suite_20_de_20_recommandation"
BULLET = "Liste_20_a_20_tirets"
LETTERED = "Liste_20_a_20_lettres"
ANNEX = "Titre_20_d_27_annexe"
TABLE_TEXT = "Texte_20_de_20_tableau"
TABLE_HEADING = "En-tete_20_de_20_tableau"
FOOTNOTE = "Footnote"
BOLD, ITALIC, BOLD_ITALIC = "Gras", "Italique", "Gras_20_italique"
BODY_NUMBER = "Numero_20_de_20_paragraphe"
RECOMMENDATION_NUMBER = "Numero_20_de_20_recommandation"
# List styles: paragraphs and recommendations numbered through the text, dashes, letters.
BODY_LIST = "Numeros_20_des_20_paragraphes"
RECOMMENDATION_LIST = "Numeros_20_des_20_recommandations"
BULLET_LIST, LETTERED_LIST = "Tirets", "Lettres"
CELL, HEADING_CELL = "Cellule", "Cellule_20_en-tete"

_INDENT = "0.9cm"
_BORDER = f"0.5pt solid #{RULE}"

# (name, display name, parent, paragraph properties, text properties)
_PARAGRAPHS = (
    ("Standard", "Standard", "", 'fo:margin-bottom="0.15cm"',
     f'fo:font-family="{FONT}" style:font-family-generic="swiss" fo:font-size="11pt" '
     f'fo:color="#{INK}" fo:language="fr" fo:country="FR"'),
    (KICKER, "Surtitre", "Standard", 'fo:margin-bottom="0.1cm"',
     f'fo:font-size="9pt" fo:color="#{GREY}" fo:text-transform="uppercase" '
     'fo:font-weight="bold"'),
    (NOTE, "Mention", "Standard", 'fo:margin-bottom="0.2cm"',
     f'fo:font-size="9pt" fo:color="#{GREY}" fo:font-style="italic"'),
    (TITLE, "Title", "Standard", 'fo:margin-top="0.3cm" fo:margin-bottom="0.2cm"',
     f'fo:font-size="20pt" fo:font-weight="bold" fo:color="#{NAVY}"'),
    (SUBTITLE, "Subtitle", "Standard", 'fo:margin-bottom="0.3cm"',
     f'fo:font-size="12pt" fo:color="#{BLUE}"'),
    (STATUS, "Statut du document", "Standard",
     f'fo:text-align="center" fo:margin-top="0.2cm" fo:margin-bottom="0.35cm" '
     f'fo:padding="0.1cm" fo:border="0.75pt solid #{RED}" fo:background-color="#FDECEE" '
     'fo:keep-with-next="always"',
     f'fo:font-weight="bold" fo:color="#{RED}"'),
    (STATUS_ADOPTED, "Statut adopté", STATUS,
     f'fo:border="0.75pt solid #{GREEN}" fo:background-color="#E8F3EA"',
     f'fo:color="#{GREEN}"'),
    (PAGE_LINE, "En-tête et pied de page", NOTE,
     'text:number-lines="false" text:line-number="0"', ""),
    (FIELD, "Information", "Standard", 'fo:margin-bottom="0.1cm"', ""),
    (RECITAL, "Considérant", "Standard",
     f'fo:margin-left="{_INDENT}" fo:text-align="justify" fo:margin-bottom="0.15cm"',
     'fo:font-style="italic"'),
    (BODY, "Paragraphe numéroté", "Standard",
     'fo:text-align="justify" fo:margin-bottom="0.2cm"', ""),
    (CONTINUED, "Suite de paragraphe", "Standard",
     f'fo:margin-left="{_INDENT}" fo:text-align="justify" fo:margin-bottom="0.2cm"', ""),
    (RECOMMENDATION, "Recommandation", "Standard",
     f'fo:text-align="justify" fo:margin-top="0.2cm" fo:margin-bottom="0.2cm" '
     f'fo:margin-left="0.3cm" fo:padding-left="0.15cm" fo:border-left="2.25pt solid #{BLUE}" '
     'fo:background-color="#EEF2F8" fo:keep-together="always"', ""),
    (CONTINUED_RECOMMENDATION, "Suite de recommandation", RECOMMENDATION,
     'fo:margin-top="0cm"', ""),
    (BULLET, "Liste à tirets", "Standard", 'fo:margin-bottom="0.1cm"', ""),
    (LETTERED, "Liste à lettres", "Standard", 'fo:margin-bottom="0.1cm"', ""),
    (ANNEX, "Titre d'annexe", "Standard",
     f'fo:margin-bottom="0.3cm" fo:padding-bottom="0.07cm" fo:border-bottom="{_BORDER}" '
     'fo:keep-with-next="always"',
     f'fo:font-size="13pt" fo:font-weight="bold" fo:color="#{NAVY}"'),
    (TABLE_TEXT, "Texte de tableau", "Standard", 'fo:margin-bottom="0.05cm"',
     'fo:font-size="9pt"'),
    (TABLE_HEADING, "En-tête de tableau", TABLE_TEXT, "",
     'fo:font-weight="bold" fo:color="#FFFFFF"'),
    (FOOTNOTE, "Footnote", "Standard", 'fo:margin-bottom="0.05cm"', 'fo:font-size="8.5pt"'),
)  # fmt: skip
_HEADINGS = (  # LibreOffice's own heading styles, in the house colours
    ("Heading_20_1", "Heading 1", 'fo:margin-top="0.45cm" fo:margin-bottom="0.2cm"',
     f'fo:font-size="14pt" fo:font-weight="bold" fo:color="#{NAVY}"'),
    ("Heading_20_2", "Heading 2", 'fo:margin-top="0.35cm" fo:margin-bottom="0.15cm"',
     f'fo:font-size="12pt" fo:font-weight="bold" fo:color="#{NAVY}"'),
    ("Heading_20_3", "Heading 3", 'fo:margin-top="0.3cm" fo:margin-bottom="0.1cm"',
     f'fo:font-size="10.5pt" fo:font-weight="bold" fo:font-style="italic" '
     f'fo:color="#{NAVY}"'),
)  # fmt: skip


def part_root(document: Document, name: str) -> Element:
    """The root element of one of the document's XML parts (content.xml, styles.xml)."""
    from odfdo import XmlPart

    part = document.get_part(name)
    assert isinstance(part, XmlPart)
    return part.root


def find(element: Element, xpath: str) -> Element:
    """The element `xpath` finds under `element` (the library's template has them all)."""
    found = element.get_element(xpath)
    assert found is not None, xpath
    return found


def _list_level(
    kind: str, body: str, indent: str, hanging: str, text: str = "", follow: str = "listtab"
) -> str:
    properties = (
        "<style:list-level-properties text:list-level-position-and-space-mode="
        f'"label-alignment"><style:list-level-label-alignment text:label-followed-by="{follow}" '
        f'text:list-tab-stop-position="{indent}" fo:text-indent="-{hanging}" '
        f'fo:margin-left="{indent}"/></style:list-level-properties>'
    )
    label = f' text:style-name="{text}"' if text else ""
    return f'<text:list-level-style-{kind} text:level="1"{label} {body}>{properties}' \
           f"</text:list-level-style-{kind}>"  # fmt: skip


def add_styles(document: Document) -> None:
    """The paragraph, text, list and outline styles, and the page with its header and footer."""
    from odfdo import Element

    styles = part_root(document, "styles.xml")
    office_styles = find(styles, "//office:styles")
    for name in [n for n, *_ in _PARAGRAPHS] + [n for n, *_ in _HEADINGS]:
        for old in office_styles.get_elements(f'style:style[@style:name="{name}"]'):
            office_styles.delete(old)
    for name, display, parent, paragraph, text in _PARAGRAPHS:
        parent_attr = f' style:parent-style-name="{parent}"' if parent else ""
        office_styles.append(Element.from_tag(
            f'<style:style style:name="{name}" style:display-name="{display}" '
            f'style:family="paragraph"{parent_attr}><style:paragraph-properties {paragraph}/>'
            f"<style:text-properties {text}/></style:style>"
        ))  # fmt: skip
    for name, display, paragraph, text in _HEADINGS:
        office_styles.append(Element.from_tag(
            f'<style:style style:name="{name}" style:display-name="{display}" '
            'style:family="paragraph" style:parent-style-name="Standard" '
            f'style:next-style-name="{BODY}" style:default-outline-level="{name[-1]}">'
            f'<style:paragraph-properties fo:keep-with-next="always" {paragraph}/>'
            f"<style:text-properties {text}/></style:style>"
        ))  # fmt: skip
    for name, display, text in (
        (BOLD, "Gras", 'fo:font-weight="bold"'),
        (ITALIC, "Italique", 'fo:font-style="italic"'),
        (BOLD_ITALIC, "Gras italique", 'fo:font-weight="bold" fo:font-style="italic"'),
        (BODY_NUMBER, "Numéro de paragraphe", f'fo:font-weight="bold" fo:color="#{BLUE}"'),
        (
            RECOMMENDATION_NUMBER,
            "Numéro de recommandation",
            f'fo:font-weight="bold" fo:color="#{NAVY}"',
        ),
    ):
        office_styles.append(Element.from_tag(
            f'<style:style style:name="{name}" style:display-name="{display}" '
            f'style:family="text"><style:text-properties {text}/></style:style>'
        ))  # fmt: skip
    lists = (
        (BODY_LIST, _list_level("number", 'style:num-suffix="." style:num-format="1"',
                                _INDENT, _INDENT, BODY_NUMBER)),
        (RECOMMENDATION_LIST, _list_level(
            "number", 'style:num-prefix="Recommandation n°\u00a0" style:num-suffix="\u00a0:" '
            'style:num-format="1"', "0cm", "0cm", RECOMMENDATION_NUMBER, "space")),
        (BULLET_LIST, _list_level("bullet", 'text:bullet-char="–"', "1.5cm", "0.5cm")),
        (LETTERED_LIST, _list_level("number", 'style:num-suffix=")" style:num-format="a"',
                                    "1.5cm", "0.6cm")),
    )  # fmt: skip
    for name, list_level in lists:
        office_styles.append(
            Element.from_tag(f'<text:list-style style:name="{name}">{list_level}</text:list-style>')
        )
    outline = find(styles, "//text:outline-style")
    for level, format_, suffix in ((1, "I", "."), (2, "A", "."), (3, "1", "°")):
        item = find(outline, f'text:outline-level-style[@text:level="{level}"]')
        for attribute in list(item.attributes):
            if attribute not in ("text:level",):
                item.del_attribute(attribute)
        item.set_attribute("style:num-format", format_)
        item.set_attribute("style:num-suffix", suffix)
        for child in item.children:
            item.delete(child)
        item.append(Element.from_tag(
            '<style:list-level-properties text:list-level-position-and-space-mode='
            '"label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" '
            f'text:list-tab-stop-position="{_INDENT}" fo:text-indent="-{_INDENT}" '
            f'fo:margin-left="{_INDENT}"/></style:list-level-properties>'
        ))  # fmt: skip


def add_page(document: Document, header: str, footer: str) -> None:
    """An A4 page with 2 cm margins, the committee and title above, the page number below."""
    from odfdo import Element, Paragraph, VarPageNumber

    styles = part_root(document, "styles.xml")
    master = find(styles, '//style:master-page[@style:name="Standard"]')
    layout_name = master.get_attribute("style:page-layout-name")
    layout = find(styles, f'//style:page-layout[@style:name="{layout_name}"]')
    properties = find(layout, "style:page-layout-properties")
    for attribute, value in (
        ("fo:page-width", "21cm"), ("fo:page-height", "29.7cm"),
        ("fo:margin-top", "1.5cm"), ("fo:margin-bottom", "1.5cm"),
        ("fo:margin-left", "2cm"), ("fo:margin-right", "2cm"),
    ):  # fmt: skip
        properties.set_attribute(attribute, value)
    for old in layout.get_elements("style:header-style") + layout.get_elements(
        "style:footer-style"
    ):
        layout.delete(old)
    for kind in ("header", "footer"):
        layout.append(Element.from_tag(
            f'<style:{kind}-style><style:header-footer-properties fo:min-height="0.6cm" '
            f'fo:margin-{"bottom" if kind == "header" else "top"}="0.4cm"/></style:{kind}-style>'
        ))  # fmt: skip
    top = Element.from_tag("<style:header/>")
    top.append(Paragraph(header, style=PAGE_LINE))
    bottom = Element.from_tag("<style:footer/>")
    line = Paragraph(f"{footer} – page ", style=PAGE_LINE)
    line.append(VarPageNumber(select_page="current"))
    bottom.append(line)
    master.append(top)
    master.append(bottom)
