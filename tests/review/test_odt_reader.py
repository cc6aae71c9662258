"""The .odt reader on what LibreOffice writes: the same records as the .docx reader gives."""

from __future__ import annotations

import io
import zipfile
from datetime import UTC, datetime
from pathlib import Path
from uuid import UUID
from zoneinfo import ZoneInfo

import pytest

from deliberation.errors import ReviewFileError
from deliberation.review.docx_reader import read_review_bytes
from deliberation.review.odt_reader import (
    is_opendocument,
    read_odt_review_bytes,
    read_returned,
)
from deliberation.review.returned import TrackedChange

from .test_docx_reader_libreoffice import COMMENTS, EXTENDED, TRACKED, libreoffice_file
from .wordxml import dlb

P1, P2, P3 = (UUID(int=n) for n in (1, 2, 3))
MARC = "Marc Bernard"

NAMESPACES = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
    'xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0"'
)
# -- XML written by LibreOffice 7.4, captured verbatim: the Word file of the .docx reader's
# test_libreoffice_tracked_changes_and_comments opened in Writer and saved as .odt -----------
STYLES = (
    '<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Standard">'
    '<style:paragraph-properties fo:text-align="start" style:justify-single-word="false" '
    'style:writing-mode="lr-tb"/></style:style><style:style style:name="T1" '
    'style:family="text"><style:text-properties fo:font-weight="bold" '
    'style:font-weight-asian="bold"/></style:style><style:style style:name="T2" '
    'style:family="text"><style:text-properties fo:language="en" fo:country="US" '
    'style:letter-kerning="false"/></style:style>'
)
REGIONS = (
    '<text:tracked-changes><text:changed-region xml:id="ct93861309517392" '
    'text:id="ct93861309517392"><text:insertion><office:change-info><dc:creator>Marc Bernard'
    "</dc:creator><dc:date>2026-03-04T11:20:00</dc:date></office:change-info></text:insertion>"
    '</text:changed-region><text:changed-region xml:id="ct93861311807136" '
    'text:id="ct93861311807136"><text:deletion><office:change-info><dc:creator>Marc Bernard'
    "</dc:creator><dc:date>2026-03-04T11:21:00</dc:date></office:change-info>"
    '<text:p text:style-name="P1">supprimé </text:p></text:deletion></text:changed-region>'
    '<text:changed-region xml:id="ct93861314014432" text:id="ct93861314014432"><text:insertion>'
    "<office:change-info><dc:creator>Marc Bernard</dc:creator><dc:date>2026-03-04T11:22:00"
    "</dc:date></office:change-info></text:insertion></text:changed-region><text:changed-region "
    'xml:id="ct93861314010960" text:id="ct93861314010960"><text:deletion><office:change-info>'
    "<dc:creator>Marc Bernard</dc:creator><dc:date>2026-03-04T11:23:00</dc:date>"
    '</office:change-info><text:p text:style-name="P1">Paragraphe supprimé.</text:p>'
    '<text:p text:style-name="P1"/></text:deletion></text:changed-region></text:tracked-changes>'
)
BODY = (
    '<text:p text:style-name="P1"><text:bookmark-start '
    'text:name="dlb_00000000000000000000000000000001"/>Texte <text:change-start '
    'text:change-id="ct93861309517392"/>ajouté <text:change-end text:change-id='
    '"ct93861309517392"/>et <text:change text:change-id="ct93861311807136"/>fin.'
    '<text:bookmark-end text:name="dlb_00000000000000000000000000000001"/></text:p>'
    '<text:p text:style-name="P1"><text:bookmark-start '
    'text:name="dlb_00000000000000000000000000000002"/>Deuxième <text:span '
    'text:style-name="T1"><office:annotation office:name="__Annotation__14_1007431032" '
    'loext:resolved="false"><dc:creator>Claire Martin</dc:creator><dc:date>2026-03-04T10:12:00'
    "</dc:date><meta:creator-initials>CM</meta:creator-initials><text:p><text:span "
    'text:style-name="T2">Pourquoi ?</text:span></text:p></office:annotation></text:span>'
    '<text:span text:style-name="T1">commenté</text:span><office:annotation-end '
    'office:name="__Annotation__14_1007431032"/> fin<text:bookmark-end '
    'text:name="dlb_00000000000000000000000000000002"/>.</text:p><text:p text:style-name="P1">'
    '<text:bookmark-start text:name="dlb_00000000000000000000000000000003"/>Troisième'
    '<office:annotation loext:resolved="true"><dc:creator>Marc Bernard</dc:creator><dc:date>'
    '2026-03-04T10:30:00</dc:date><text:p><text:span text:style-name="T2">Réglé.</text:span>'
    "</text:p></office:annotation> alinéa<text:bookmark-end "
    'text:name="dlb_00000000000000000000000000000003"/>.<text:change-start '
    'text:change-id="ct93861314014432"/></text:p><text:p text:style-name="P1">Nouveau '
    'paragraphe.<text:change-end text:change-id="ct93861314014432"/></text:p><text:p '
    'text:style-name="P1"><text:change text:change-id="ct93861314010960"/>Après.</text:p>'
)
META = (
    "<office:meta><dc:title>Avis</dc:title><meta:initial-creator>Comité</meta:initial-creator>"
    "<dc:creator>Marc Bernard</dc:creator><dc:date>2026-03-04T11:24:10.123456789</dc:date>"
    '<meta:user-defined meta:name="DeliberationExport">'
    "00000000-0000-0000-0000-00000000000b</meta:user-defined></office:meta>"
)


def odt(
    body: str = BODY,
    regions: str = REGIONS,
    styles: str = STYLES,
    meta: str = META,
    mimetype: str = "application/vnd.oasis.opendocument.text",
    doctype: str = "",
) -> bytes:
    """An .odt package as LibreOffice lays it out: « mimetype » first and stored."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), mimetype, compress_type=zipfile.ZIP_STORED)
        archive.writestr(
            "content.xml",
            f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {NAMESPACES} '
            f'office:version="1.3"><office:automatic-styles>{styles}</office:automatic-styles>'
            f"<office:body><office:text>{regions}{body}</office:text></office:body>"
            "</office:document-content>",
        )
        archive.writestr(
            "styles.xml",
            f'<?xml version="1.0" encoding="UTF-8"?><office:document-styles {NAMESPACES}>'
            '<office:styles><style:style style:name="Standard" style:family="paragraph"/>'
            '<style:style style:name="Liste_20_à_20_tirets" style:family="paragraph" '
            'style:parent-style-name="Standard"/></office:styles></office:document-styles>',
        )
        archive.writestr(
            "meta.xml",
            f'<?xml version="1.0" encoding="UTF-8"?>{doctype}<office:document-meta {NAMESPACES}>'
            f"{meta}</office:document-meta>",
        )
    return buffer.getvalue()


def local(*parts: int) -> datetime:
    """A wall-clock time of the reviewers' zone (LibreOffice writes local time, no offset)."""
    return datetime(*parts, tzinfo=ZoneInfo("Europe/Paris"))  # type: ignore[arg-type,misc]


def test_dates_without_a_zone_are_paris_time_whatever_this_computers_zone() -> None:
    """As the .docx reader reads LibreOffice's local « Z » times: winter UTC+1, summer UTC+2;
    a date with its offset, or marked « Z », keeps it."""
    from deliberation.review.odt_reader import parse_local

    assert parse_local("2026-03-04T11:20:00") == datetime(2026, 3, 4, 10, 20, tzinfo=UTC)
    assert parse_local("2026-07-04T10:12:00.123456789") == datetime(
        2026, 7, 4, 8, 12, 0, 123456, tzinfo=UTC
    )
    assert parse_local("2026-07-04T10:12:00Z") == datetime(2026, 7, 4, 10, 12, tzinfo=UTC)
    assert parse_local("2026-07-04T10:12:00+02:00") == datetime(2026, 7, 4, 8, 12, tzinfo=UTC)
    summer = odt(regions=REGIONS.replace("2026-03-04T11:20:00", "2026-07-04T11:20:00"))
    first = read_odt_review_bytes(summer, "retour.odt").paragraphs[0]
    assert first.changes[0].date == datetime(2026, 7, 4, 9, 20, tzinfo=UTC)


def test_libreoffice_changes_and_comments_read_as_the_same_edits_in_a_docx() -> None:
    document = read_odt_review_bytes(odt(), "retour.odt")
    texte, deuxieme, troisieme, nouveau, supprime, apres = document.paragraphs
    assert texte.text == "Texte ajouté et fin."
    assert texte.original == "Texte et supprimé fin."
    assert texte.changes == (
        TrackedChange("insert", "ajouté ", MARC, local(2026, 3, 4, 11, 20)),
        TrackedChange("delete", "supprimé ", MARC, local(2026, 3, 4, 11, 21)),
    )
    assert deuxieme.lines[0].runs[1].bold and deuxieme.text == "Deuxième commenté fin."
    # The new paragraph typed after the third: the third's mark is the inserted one.
    assert (troisieme.inserted, troisieme.text, troisieme.changes) == (
        True,
        "Troisième alinéa.",
        (),
    )
    assert (nouveau.text, nouveau.original) == ("Nouveau paragraphe.", "")
    assert (supprime.deleted, supprime.text, supprime.original) == (
        True, "", "Paragraphe supprimé."
    )  # fmt: skip
    assert apres.text == "Après." and not (apres.inserted or apres.deleted)
    assert [p.bookmarks for p in document.paragraphs] == [
        (dlb(P1),), (dlb(P2),), (dlb(P3),), (), (), ()
    ]  # fmt: skip
    why, settled = document.comments
    assert (why.author, why.initials, why.text, why.anchor, why.paragraph_index) == (
        "Claire Martin", "CM", "Pourquoi ?", "commenté", 1
    )  # fmt: skip
    assert why.date == local(2026, 3, 4, 10, 12)
    assert (why.done, why.parent_id) == (False, None)
    assert (settled.anchor, settled.paragraph_index, settled.done) == ("", 2, True)
    assert document.track_revisions
    assert document.properties == {"DeliberationExport": "00000000-0000-0000-0000-00000000000b"}
    assert (document.author, document.last_modified_by) == ("Comité", MARC)
    assert document.modified == local(2026, 3, 4, 11, 24, 10, 123456)


def test_the_odt_and_the_docx_of_the_same_review_give_the_same_paragraphs() -> None:
    word = read_review_bytes(libreoffice_file(TRACKED, COMMENTS, EXTENDED), "retour.docx")
    opendocument = read_odt_review_bytes(odt(), "retour.odt")

    def shape(document):  # type: ignore[no-untyped-def]
        return [
            (p.text, p.original, p.bookmarks, p.inserted, p.deleted,
             [(c.kind, c.text, c.author) for c in p.changes])
            for p in document.paragraphs
        ]  # fmt: skip

    assert shape(opendocument) == shape(word)
    assert [(c.text, c.anchor, c.paragraph_index, c.done) for c in opendocument.comments] == [
        (c.text, c.anchor, c.paragraph_index, c.done) for c in word.comments
    ]


def test_a_deletion_across_paragraphs_leaves_each_deleted_mark_its_own_paragraph() -> None:
    regions = (
        '<text:tracked-changes><text:changed-region text:id="c1"><text:deletion>'
        "<office:change-info><dc:creator>Marc Bernard</dc:creator><dc:date>2026-03-04T11:21:00"
        "</dc:date></office:change-info><text:p>fin du premier.<text:bookmark-end "
        'text:name="dlb_00000000000000000000000000000001"/></text:p><text:p>'
        '<text:bookmark-start text:name="dlb_00000000000000000000000000000002"/>Deuxième '
        '<text:bookmark-end text:name="dlb_00000000000000000000000000000002"/></text:p>'
        "<text:p>Début du </text:p></text:deletion></text:changed-region></text:tracked-changes>"
    )
    body = (
        '<text:p><text:bookmark-start text:name="dlb_00000000000000000000000000000001"/>Le '
        '<text:change text:change-id="c1"/><text:bookmark-start '
        'text:name="dlb_00000000000000000000000000000003"/>troisième.<text:bookmark-end '
        'text:name="dlb_00000000000000000000000000000003"/></text:p>'
    )
    first, second, third = read_odt_review_bytes(odt(body, regions), "retour.odt").paragraphs
    assert (first.text, first.original, first.deleted) == ("Le ", "Le fin du premier.", True)
    assert first.bookmarks == (dlb(P1),)
    assert (second.text, second.original, second.deleted) == ("", "Deuxième ", True)
    assert second.bookmarks == (dlb(P2),)
    assert (third.text, third.original, third.deleted) == (
        "troisième.", "Début du troisième.", False
    )  # fmt: skip
    assert third.bookmarks == (dlb(P3),)


def test_list_items_bold_spaces_and_notes() -> None:
    body = (
        '<text:list><text:list-item><text:p text:style-name="Liste_20_à_20_tirets">'
        '<text:bookmark-start text:name="dlb_00000000000000000000000000000001"/>un<text:s '
        'text:c="2"/>deux<text:tab/>trois<text:line-break/><text:span text:style-name="T1">'
        'gras</text:span><text:note text:note-class="footnote"><text:note-citation>1'
        "</text:note-citation><text:note-body><text:p>Réserve.</text:p></text:note-body>"
        '</text:note><text:bookmark-end text:name="dlb_00000000000000000000000000000001"/>'
        "</text:p></text:list-item></text:list>"
    )
    (item,) = read_odt_review_bytes(odt(body, ""), "retour.odt").paragraphs
    assert item.text == "un  deux\ttrois\ngras"
    assert [line.list for line in item.lines] == ["bullet", ""]
    assert item.lines[1].runs[0].bold


def test_files_are_told_apart_by_their_content(tmp_path: Path) -> None:
    opendocument = tmp_path / "retour.docx"  # a misleading name
    opendocument.write_bytes(odt())
    word = tmp_path / "retour.odt"
    word.write_bytes(libreoffice_file(TRACKED))
    assert is_opendocument(opendocument.read_bytes()) and not is_opendocument(word.read_bytes())
    assert read_returned(opendocument).paragraphs[0].text == "Texte ajouté et fin."
    assert read_returned(word).paragraphs[0].text == "Texte ajouté et fin."


def test_a_spreadsheet_or_a_doc_is_refused_in_one_sentence(tmp_path: Path) -> None:
    with pytest.raises(ReviewFileError) as refused:
        read_odt_review_bytes(
            odt(mimetype="application/vnd.oasis.opendocument.spreadsheet"), "tableau.ods"
        )
    assert str(refused.value) == (
        "Le fichier « tableau.ods » est un document OpenDocument mais pas un texte (.odt) : "
        "importez le document texte renvoyé."
    )
    doc = tmp_path / "ancien.doc"
    doc.write_bytes(
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "WordDocument".encode("utf-16-le") + bytes(600)
    )
    with pytest.raises(ReviewFileError) as old:
        read_returned(doc)
    assert str(old.value) == (
        "Le fichier « ancien.doc » est au format Word 97-2003 (.doc) : enregistrez-le au format "
        "« Document Word (.docx) » ou « Texte OpenDocument (.odt) » puis importez-le à nouveau."
    )


def test_a_doctype_in_an_odt_is_refused_like_in_a_docx() -> None:
    data = odt(doctype='<!DOCTYPE x [<!ENTITY a "b">]>')
    with pytest.raises(ReviewFileError, match="déclaration de type de document"):
        read_odt_review_bytes(data, "retour.odt")
