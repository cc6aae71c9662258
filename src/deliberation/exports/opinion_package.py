"""The package around an opinion's text: footnotes, settings, properties, a user's template."""

from __future__ import annotations

import zipfile
import zlib
from datetime import UTC
from pathlib import Path
from typing import TYPE_CHECKING, Any

from deliberation.errors import ExportError
from deliberation.exports.docx_common import add_custom_properties
from deliberation.exports.docx_xml import NS, W, parse, twips
from deliberation.records.i18n import QT_TRANSLATE_NOOP, Sentence
from deliberation.rules.word_exchange import (
    PROPERTY_AGAINST,
    PROPERTY_EXPORT,
    PROPERTY_OPINION,
    PROPERTY_VERSION,
)

if TYPE_CHECKING:
    from docx.document import Document

    from deliberation.exports.docx_common import DocxWriter
    from deliberation.exports.opinion_document import OpinionDocument


def add_line_numbers(document: Document) -> None:
    """Line numbers in the margin of the text's section."""
    sect_pr = document.sections[0]._sectPr
    element = parse(
        f'<w:lnNumType {NS} w:countBy="1" w:distance="{twips(0.5)}" w:restart="continuous"/>'
    )
    # lnNumType comes after pgMar / paperSrc / pgBorders in the section's properties
    anchor = sect_pr.find(f"{W}pgMar")
    if anchor is not None:
        anchor.addnext(element)
    else:
        sect_pr.append(element)


def add_footnotes(document: Document, footnotes: list[str]) -> None:
    """The footnotes part, with the separators Word expects, when there are notes."""
    if not footnotes:
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
        "</w:r></w:p></w:footnote>" + "".join(footnotes) + "</w:footnotes>"
    )
    part = XmlPart(
        PackURI("/word/footnotes.xml"),
        CONTENT_TYPE.WML_FOOTNOTES,
        parse(xml),
        document.part.package,
    )
    document.part.relate_to(part, RELATIONSHIP_TYPE.FOOTNOTES)


def add_settings(document: Document, toc: bool, footnotes: bool) -> None:
    """Fields updated on opening (a table of contents), the footnotes' separators."""
    settings = document.settings.element
    # No <w:trackRevisions/>: LibreOffice then shows tables after the first as insertions.
    children = []
    if toc:
        children.append('<w:updateFields w:val="true"/>')
    if footnotes:
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


def write_metadata(w: DocxWriter, doc: OpinionDocument) -> None:
    """Core and custom properties (the writer replaces the application's and drops what is
    left of python-docx's template when it saves)."""
    document = w.document
    w.properties(
        title=doc.title,
        subject=f"{doc.kind} – {doc.group or doc.committee}",
        author=doc.author,
        keywords=f"{doc.kind}; {doc.version_line}",
        category=doc.kind,
    )
    props = document.core_properties
    props.created = props.modified = doc.exported_at.astimezone(UTC).replace(microsecond=0)
    _custom_properties(document, doc)


def _custom_properties(document: Document, doc: OpinionDocument) -> None:
    add_custom_properties(
        document,
        {
            PROPERTY_OPINION: str(doc.opinion_uuid),
            PROPERTY_EXPORT: str(doc.export_uuid),
            PROPERTY_VERSION: "" if doc.version is None else str(doc.version),
            PROPERTY_AGAINST: "" if doc.against is None else str(doc.against),
        },
    )


_TEMPLATE_MAX = 20 * 1024 * 1024


def template_styles(path: Path) -> Any:
    """The styles part of a user's .docx (or .dotx), checked before anything is written."""
    from lxml import etree

    name = path.name
    try:
        with zipfile.ZipFile(path) as archive:
            info = archive.getinfo("word/styles.xml")
            if info.file_size > _TEMPLATE_MAX:
                raise ExportError(
                    Sentence(
                        QT_TRANSLATE_NOOP(
                            "errors", "Les styles du modèle « {name} » sont trop volumineux."
                        ),
                        name=name,
                    )
                )
            data = archive.read(info)
    except KeyError as exc:
        raise ExportError(
            Sentence(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Le modèle « {name} » n'a pas de styles Word : choisissez un document .docx.",
                ),
                name=name,
            )
        ) from exc
    # A compression method or zip version zipfile lacks (before RuntimeError, its base class).
    except NotImplementedError as exc:
        raise ExportError(
            Sentence(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Le modèle « {name} » est compressé d'une manière que "
                    "l'application ne sait pas lire : enregistrez-le à nouveau "
                    "depuis Word ou LibreOffice au format .docx.",
                ),
                name=name,
            )
        ) from exc
    except RuntimeError as exc:  # zipfile: "File … is encrypted, password required"
        raise ExportError(
            Sentence(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Le modèle « {name} » est protégé par un mot de passe : "
                    "enregistrez-le sans mot de passe puis choisissez-le à nouveau.",
                ),
                name=name,
            )
        ) from exc
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, zlib.error) as exc:
        raise ExportError(
            Sentence(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Le modèle « {name} » n'est pas un document Word lisible : "
                    "choisissez un fichier .docx ou .dotx.",
                ),
                name=name,
            )
        ) from exc
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    try:
        return etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise ExportError(
            Sentence(
                QT_TRANSLATE_NOOP("errors", "Les styles du modèle « {name} » sont endommagés."),
                name=name,
            )
        ) from exc


def apply_template(document: Document, template: Any) -> None:
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
