"""Builds a draft opinion as French Word 365 writes it, for tests of the Word draft import.

The package has what Word puts there: localised style ids (« Titre1 », « Titre », « Paragraphede
liste ») with their built-in English names, a numbering part with abstractNum/num definitions
(a bullet list and a decimal list), rsids on every paragraph and run, runs split mid-word with
spelling marks, Word's « _GoBack » bookmark, a comment, a tracked insertion and deletion, and
the numbers a rapporteur types (« I. », « 1. », « a) », « Recommandation n° 2 : »).

`EXPECTED` is the structure the app should find: (kind, level, [(list, [(text, bold, italic)])]).
"""

from __future__ import annotations

import io
import zipfile

from .wordxml import (
    W_NS,
    Comment,
    bookmark_end,
    bookmark_start,
    build_docx,
    commented,
    delete,
    ins,
    paragraph,
    run,
    split,
)

STYLES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    f'<w:styles xmlns:w="{W_NS}">'
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
    "<w:qFormat/></w:style>"
    '<w:style w:type="paragraph" w:styleId="Titre1"><w:name w:val="heading 1"/>'
    '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/>'
    '<w:pPr><w:keepNext/><w:spacing w:before="240"/><w:outlineLvl w:val="0"/></w:pPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Titre2"><w:name w:val="heading 2"/>'
    '<w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Titre3"><w:name w:val="heading 3"/>'
    '<w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="2"/></w:pPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Titre"><w:name w:val="Title"/>'
    '<w:basedOn w:val="Normal"/></w:style>'
    '<w:style w:type="paragraph" w:styleId="Paragraphedeliste"><w:name w:val="List Paragraph"/>'
    '<w:basedOn w:val="Normal"/><w:pPr><w:ind w:left="720"/><w:contextualSpacing/></w:pPr>'
    "</w:style>"
    '<w:style w:type="paragraph" w:customStyle="1" w:styleId="Recommandationducomite">'
    '<w:name w:val="Recommandation du comité"/><w:basedOn w:val="Normal"/></w:style>'
    '<w:style w:type="character" w:default="1" w:styleId="Policepardfaut">'
    '<w:name w:val="Default Paragraph Font"/></w:style>'
    "</w:styles>"
)

NUMBERING = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    f'<w:numbering xmlns:w="{W_NS}">'
    '<w:abstractNum w:abstractNumId="0"><w:nsid w:val="1B2C3D4E"/>'
    '<w:multiLevelType w:val="hybridMultilevel"/>'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/>'
    '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="o"/>'
    '<w:lvlJc w:val="left"/></w:lvl></w:abstractNum>'
    '<w:abstractNum w:abstractNumId="1"><w:nsid w:val="5F6A7B8C"/>'
    '<w:multiLevelType w:val="hybridMultilevel"/>'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/>'
    '<w:lvlText w:val="%1)"/><w:lvlJc w:val="left"/></w:lvl></w:abstractNum>'
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
    '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>'
    "</w:numbering>"
)


def _list(num_id: int) -> str:
    return f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>'


def body() -> list[str]:
    go_back = bookmark_start("_GoBack", 0) + bookmark_end(0)
    return [
        paragraph(run("Avis sur l'inclusion numérique"), style="Titre"),
        paragraph(*split("I. Constats généraux", 4, 9), style="Titre1"),
        paragraph(
            "Considérant que ",
            run("les familles", bold=True),
            " attendent des services ",
            run("accessibles", italic=True),
            " ;",
        ),
        paragraph(*split("1. Les écoles rurales manquent d'équipements.", 3, 12)),
        paragraph("Le comité constate :"),
        paragraph("des écrans anciens ;", style="Paragraphedeliste", props=_list(1)),
        paragraph("des réseaux lents.", style="Paragraphedeliste", props=_list(1)),
        paragraph("A. Moyens", props='<w:outlineLvl w:val="1"/>'),
        paragraph("Les moyens ", *commented(0, "restent"), " insuffisants.", go_back),
        paragraph("Les collectivités ", ins("doivent "), delete("peuvent "), "agir."),
        paragraph("Trois axes sont retenus :"),
        paragraph("former ;", style="Paragraphedeliste", props=_list(2)),
        paragraph("équiper.", style="Paragraphedeliste", props=_list(2)),
        paragraph("Deux points restent ouverts :"),
        paragraph("a) le financement ;"),
        paragraph("b) la maintenance."),
        paragraph("1.2\tDétails", style="Titre3"),
        paragraph("II. Recommandations", style="Titre1"),
        paragraph("Recommandation n° 1 : ", run("Équiper", italic=True), " les écoles."),
        paragraph("R2 Former les enseignants."),
        paragraph(run("Recommandation n° 3", bold=True)),
        paragraph("Évaluer le plan chaque année."),
        paragraph("Associer les familles.", style="Recommandationducomite"),
        paragraph(""),
    ]


def plain(text: str) -> list[tuple[str, list[tuple[str, bool, bool]]]]:
    return [("", [(text, False, False)])]


EXPECTED = [
    ("heading", 1, plain("Constats généraux")),
    ("recital", 1, [("", [("Considérant que ", False, False), ("les familles", True, False),
                          (" attendent des services ", False, False),
                          ("accessibles", False, True), (" ;", False, False)])]),
    ("paragraph", 1, plain("Les écoles rurales manquent d'équipements.")),
    ("paragraph", 1, [("", [("Le comité constate :", False, False)]),
                      ("bullet", [("des écrans anciens ;", False, False)]),
                      ("bullet", [("des réseaux lents.", False, False)])]),
    ("heading", 2, plain("Moyens")),
    ("paragraph", 1, plain("Les moyens restent insuffisants.")),
    ("paragraph", 1, plain("Les collectivités doivent agir.")),
    ("paragraph", 1, [("", [("Trois axes sont retenus :", False, False)]),
                      ("number", [("former ;", False, False)]),
                      ("number", [("équiper.", False, False)])]),
    ("paragraph", 1, [("", [("Deux points restent ouverts :", False, False)]),
                      ("number", [("le financement ;", False, False)]),
                      ("number", [("la maintenance.", False, False)])]),
    ("heading", 3, plain("Détails")),
    ("heading", 1, plain("Recommandations")),
    ("recommendation", 1, [("", [("Équiper", False, True), (" les écoles.", False, False)])]),
    ("recommendation", 1, plain("Former les enseignants.")),
    ("recommendation", 1, plain("Évaluer le plan chaque année.")),
    ("recommendation", 1, plain("Associer les familles.")),
]  # fmt: skip

TITLE = "Avis sur l'inclusion numérique"


def word_draft() -> bytes:
    """The draft as Word 365 saves it."""
    data = build_docx(
        body(),
        comments=[Comment(0, "Claire Martin", "Lesquels ?", initials="CM")],
        title="",
        extra={"word/styles.xml": STYLES.encode()},
    )
    return add_numbering(data)


def add_numbering(data: bytes) -> bytes:
    """The package with word/numbering.xml, its relationship and its content type."""
    source = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            value = source.read(info.filename)
            if info.filename == "word/_rels/document.xml.rels":
                value = value.replace(
                    b"</Relationships>",
                    b'<Relationship Id="rId90" Type="http://schemas.openxmlformats.org/'
                    b'officeDocument/2006/relationships/numbering" Target="numbering.xml"/>'
                    b"</Relationships>",
                )
            elif info.filename == "[Content_Types].xml":
                value = value.replace(
                    b"</Types>",
                    b'<Override PartName="/word/numbering.xml" ContentType="application/vnd.'
                    b'openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>',
                )
            out.writestr(info.filename, value)
        out.writestr("word/numbering.xml", NUMBERING)
    return buffer.getvalue()


def structure(
    paragraphs: object,
) -> list[tuple[str, int, list[tuple[str, list[tuple[str, bool, bool]]]]]]:
    """The records as EXPECTED writes them."""
    return [
        (p.kind, p.level, [(line.list, [(r.text, r.bold, r.italic) for r in line.runs])
                           for line in p.lines])
        for p in paragraphs  # type: ignore[attr-defined]
    ]  # fmt: skip
