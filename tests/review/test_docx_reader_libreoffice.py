"""The returned-file reader on what LibreOffice really writes: captured XML, a live round trip."""

from __future__ import annotations

import shutil
import subprocess
from datetime import UTC, datetime
from pathlib import Path
from uuid import UUID

import pytest

from deliberation.review.docx_reader import TrackedChange, read_review, read_review_bytes

from .wordxml import (
    LIBREOFFICE_NAMESPACES,
    Comment,
    bookmark_end,
    bookmark_start,
    bookmarked,
    build_docx,
    commented,
    delete,
    dlb,
    export_properties,
    footnote_ref,
    ins,
    paragraph,
    split,
)

P1, P2, P3 = (UUID(int=n) for n in (1, 2, 3))
MARC = "Marc Bernard"

# -- XML written by LibreOffice 7.4 (Writer, saved as « Word 2007-365 »), captured verbatim ------

# An opinion reviewed with changes recorded: an insertion, a deletion, a comment on a bold word,
# a resolved point comment, a new paragraph typed after the third one, a deleted paragraph.
TRACKED = (
    '<w:p><w:pPr><w:pStyle w:val="Normal"/><w:bidi w:val="0"/><w:jc w:val="left"/><w:rPr>'
    '</w:rPr></w:pPr><w:bookmarkStart w:id="0" w:name="dlb_00000000000000000000000000000001"/>'
    '<w:r><w:rPr></w:rPr><w:t xml:space="preserve">Texte </w:t></w:r>'
    '<w:ins w:id="0" w:author="Marc Bernard" w:date="2026-03-04T11:20:00Z"><w:r><w:rPr></w:rPr>'
    '<w:t xml:space="preserve">ajouté </w:t></w:r></w:ins><w:r><w:rPr></w:rPr>'
    '<w:t xml:space="preserve">et </w:t></w:r>'
    '<w:del w:id="1" w:author="Marc Bernard" w:date="2026-03-04T11:21:00Z"><w:r><w:rPr></w:rPr>'
    '<w:delText xml:space="preserve">supprimé </w:delText></w:r></w:del><w:r><w:rPr></w:rPr>'
    '<w:t>fin.</w:t></w:r><w:bookmarkEnd w:id="0"/></w:p><w:p><w:pPr><w:pStyle w:val="Normal"/>'
    '<w:bidi w:val="0"/><w:jc w:val="left"/><w:rPr></w:rPr></w:pPr>'
    '<w:bookmarkStart w:id="1" w:name="dlb_00000000000000000000000000000002"/><w:r><w:rPr>'
    '</w:rPr><w:t xml:space="preserve">Deuxième </w:t></w:r><w:commentRangeStart w:id="0"/>'
    "<w:r><w:rPr><w:b/></w:rPr><w:t>commenté</w:t></w:r><w:r><w:rPr></w:rPr></w:r>"
    '<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r><w:r><w:rPr></w:rPr>'
    '<w:t xml:space="preserve"> fin.</w:t></w:r><w:bookmarkEnd w:id="1"/></w:p><w:p><w:pPr>'
    '<w:pStyle w:val="Normal"/><w:bidi w:val="0"/><w:jc w:val="left"/><w:rPr>'
    '<w:ins w:id="2" w:author="Marc Bernard" w:date="2026-03-04T11:22:00Z"></w:ins></w:rPr>'
    '</w:pPr><w:bookmarkStart w:id="2" w:name="dlb_00000000000000000000000000000003"/><w:r>'
    "<w:rPr></w:rPr><w:t>Troisième</w:t></w:r><w:r><w:rPr></w:rPr>"
    '<w:commentReference w:id="1"/></w:r><w:r><w:rPr></w:rPr><w:t xml:space="preserve"> alinéa.'
    '</w:t></w:r><w:bookmarkEnd w:id="2"/></w:p><w:p><w:pPr><w:pStyle w:val="Normal"/>'
    '<w:bidi w:val="0"/><w:jc w:val="left"/><w:rPr></w:rPr></w:pPr>'
    '<w:ins w:id="3" w:author="Marc Bernard" w:date="2026-03-04T11:22:00Z"><w:r><w:rPr></w:rPr>'
    '<w:t>Nouveau paragraphe.</w:t></w:r></w:ins></w:p><w:p><w:pPr><w:pStyle w:val="Normal"/>'
    '<w:bidi w:val="0"/><w:jc w:val="left"/><w:rPr>'
    '<w:del w:id="5" w:author="Marc Bernard" w:date="2026-03-04T11:23:00Z"></w:del></w:rPr>'
    '</w:pPr><w:del w:id="4" w:author="Marc Bernard" w:date="2026-03-04T11:23:00Z"><w:r><w:rPr>'
    "</w:rPr><w:delText>Paragraphe supprimé.</w:delText></w:r></w:del></w:p><w:p><w:pPr>"
    '<w:pStyle w:val="Normal"/><w:bidi w:val="0"/><w:jc w:val="left"/><w:rPr></w:rPr></w:pPr>'
    "<w:r><w:rPr></w:rPr><w:t>Après.</w:t></w:r></w:p>"
)
# Its comments.xml and commentsExtended.xml (LibreOffice writes no reply links, no paraId on
# a comment that is not resolved).
COMMENTS = (
    '<w:comment w:id="0" w:author="Claire Martin" w:date="2026-03-04T10:12:00Z" w:initials="CM">'
    '<w:p><w:r><w:rPr><w:kern w:val="0"/>'
    '<w:lang w:val="en-US" w:eastAsia="en-US" w:bidi="en-US"/></w:rPr><w:t>Pourquoi ?</w:t>'
    "</w:r></w:p></w:comment>"
    '<w:comment w:id="1" w:author="Marc Bernard" w:date="2026-03-04T10:30:00Z" w:initials="">'
    '<w:p w14:paraId="01000000"><w:r><w:rPr><w:kern w:val="0"/>'
    '<w:lang w:val="en-US" w:eastAsia="en-US" w:bidi="en-US"/></w:rPr><w:t>Réglé.</w:t></w:r>'
    "</w:p></w:comment>"
)
EXTENDED = '<w15:commentEx w15:paraId="01000000" w15:done="1"/>'
# Three opinion paragraphs (one Word paragraph, three, two with a footnote) saved once:
# a bookmark over several paragraphs becomes a start never ended in the first paragraph and a
# second start and end under the same name in the last one.
SAVED_ONCE = (
    '<w:p><w:pPr><w:pStyle w:val="Heading1"/><w:bidi w:val="0"/><w:jc w:val="left"/><w:rPr>'
    "</w:rPr></w:pPr><w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:t>Titre de l&apos;avis</w:t></w:r>"
    '</w:p><w:p><w:pPr><w:pStyle w:val="Normal"/><w:bidi w:val="0"/><w:jc w:val="left"/><w:rPr>'
    '</w:rPr></w:pPr><w:bookmarkStart w:id="0" w:name="dlb_00000000000000000000000000000001"/>'
    "<w:r><w:rPr></w:rPr><w:t>Premier alinéa.</w:t></w:r></w:p><w:p><w:pPr>"
    '<w:pStyle w:val="Normal"/><w:bidi w:val="0"/><w:jc w:val="left"/><w:rPr></w:rPr></w:pPr>'
    "<w:r><w:rPr></w:rPr><w:t>Deuxième alinéa.</w:t></w:r></w:p><w:p><w:pPr>"
    '<w:pStyle w:val="Normal"/><w:bidi w:val="0"/><w:jc w:val="left"/><w:rPr></w:rPr></w:pPr>'
    '<w:bookmarkStart w:id="1" w:name="dlb_00000000000000000000000000000001"/><w:r><w:rPr>'
    '</w:rPr><w:t>Troisième alinéa.</w:t></w:r><w:bookmarkEnd w:id="1"/></w:p><w:p><w:pPr>'
    '<w:pStyle w:val="Normal"/><w:bidi w:val="0"/><w:jc w:val="left"/><w:rPr></w:rPr></w:pPr>'
    '<w:bookmarkStart w:id="2" w:name="dlb_00000000000000000000000000000002"/><w:r><w:rPr>'
    '</w:rPr><w:t>Seul alinéa.</w:t></w:r><w:bookmarkEnd w:id="2"/></w:p><w:p><w:pPr>'
    '<w:pStyle w:val="Normal"/><w:bidi w:val="0"/><w:jc w:val="left"/><w:rPr></w:rPr></w:pPr>'
    '<w:bookmarkStart w:id="3" w:name="dlb_00000000000000000000000000000003"/><w:r><w:rPr>'
    '</w:rPr><w:t>Avec note</w:t></w:r><w:r><w:rPr><w:rStyle w:val="FootnoteAnchor"/></w:rPr>'
    '<w:footnoteReference w:id="2"/></w:r></w:p><w:p><w:pPr><w:pStyle w:val="Normal"/>'
    '<w:bidi w:val="0"/><w:jc w:val="left"/><w:rPr></w:rPr></w:pPr>'
    '<w:bookmarkStart w:id="4" w:name="dlb_00000000000000000000000000000003"/><w:r><w:rPr>'
    '</w:rPr><w:t>Suite.</w:t></w:r><w:bookmarkEnd w:id="4"/></w:p><w:p><w:pPr>'
    '<w:pStyle w:val="Normal"/><w:bidi w:val="0"/><w:jc w:val="left"/><w:rPr></w:rPr></w:pPr>'
    "<w:r><w:rPr></w:rPr><w:t>Hors signet.</w:t></w:r></w:p>"
)
# The same file opened and saved again: the start never ended is gone.
SAVED_TWICE = (
    '<w:p><w:pPr><w:pStyle w:val="Heading1"/><w:bidi w:val="0"/><w:jc w:val="left"/><w:rPr>'
    "</w:rPr></w:pPr><w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:t>Titre de l&apos;avis</w:t></w:r>"
    '</w:p><w:p><w:pPr><w:pStyle w:val="Normal"/><w:bidi w:val="0"/><w:jc w:val="left"/><w:rPr>'
    "</w:rPr></w:pPr><w:r><w:rPr></w:rPr><w:t>Premier alinéa.</w:t></w:r></w:p><w:p><w:pPr>"
    '<w:pStyle w:val="Normal"/><w:bidi w:val="0"/><w:jc w:val="left"/><w:rPr></w:rPr></w:pPr>'
    "<w:r><w:rPr></w:rPr><w:t>Deuxième alinéa.</w:t></w:r></w:p><w:p><w:pPr>"
    '<w:pStyle w:val="Normal"/><w:bidi w:val="0"/><w:jc w:val="left"/><w:rPr></w:rPr></w:pPr>'
    '<w:bookmarkStart w:id="0" w:name="dlb_00000000000000000000000000000001"/><w:r><w:rPr>'
    '</w:rPr><w:t>Troisième alinéa.</w:t></w:r><w:bookmarkEnd w:id="0"/></w:p><w:p><w:pPr>'
    '<w:pStyle w:val="Normal"/><w:bidi w:val="0"/><w:jc w:val="left"/><w:rPr></w:rPr></w:pPr>'
    '<w:bookmarkStart w:id="1" w:name="dlb_00000000000000000000000000000002"/><w:r><w:rPr>'
    '</w:rPr><w:t>Seul alinéa.</w:t></w:r><w:bookmarkEnd w:id="1"/></w:p><w:p><w:pPr>'
    '<w:pStyle w:val="Normal"/><w:bidi w:val="0"/><w:jc w:val="left"/><w:rPr></w:rPr></w:pPr>'
    "<w:r><w:rPr></w:rPr><w:t>Avec note</w:t></w:r><w:r><w:rPr>"
    '<w:rStyle w:val="FootnoteAnchor"/></w:rPr><w:footnoteReference w:id="2"/></w:r></w:p><w:p>'
    '<w:pPr><w:pStyle w:val="Normal"/><w:bidi w:val="0"/><w:jc w:val="left"/><w:rPr></w:rPr>'
    '</w:pPr><w:bookmarkStart w:id="2" w:name="dlb_00000000000000000000000000000003"/><w:r>'
    '<w:rPr></w:rPr><w:t>Suite.</w:t></w:r><w:bookmarkEnd w:id="2"/></w:p><w:p><w:pPr>'
    '<w:pStyle w:val="Normal"/><w:bidi w:val="0"/><w:jc w:val="left"/><w:rPr></w:rPr></w:pPr>'
    "<w:r><w:rPr></w:rPr><w:t>Hors signet.</w:t></w:r></w:p>"
)


def libreoffice_file(body: str, comments: str = "", extended: str = "") -> bytes:
    parts = {}
    if comments:
        parts["word/comments.xml"] = (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f"<w:comments {LIBREOFFICE_NAMESPACES}>{comments}</w:comments>"
        ).encode()
        parts["word/commentsExtended.xml"] = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w15:commentsEx xmlns:mc='
            '"http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:w15="http://'
            f'schemas.microsoft.com/office/word/2012/wordml" mc:Ignorable="w15">{extended}'
            "</w15:commentsEx>"
        ).encode()
    return build_docx(
        body,
        flavour="libreoffice",
        comments=[Comment(0, "x", "x")] if comments else (),  # for the relationships
        track_revisions=True,
        extra=parts,
    )


def test_libreoffice_tracked_changes_and_comments() -> None:
    document = read_review_bytes(libreoffice_file(TRACKED, COMMENTS, EXTENDED), "retour.docx")
    texte, deuxieme, troisieme, nouveau, supprime, apres = document.paragraphs
    assert texte.text == "Texte ajouté et fin."
    assert texte.original == "Texte et supprimé fin."
    assert texte.changes == (
        TrackedChange("insert", "ajouté ", MARC, datetime(2026, 3, 4, 11, 20, tzinfo=UTC)),
        TrackedChange("delete", "supprimé ", MARC, datetime(2026, 3, 4, 11, 21, tzinfo=UTC)),
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
    assert why.date == datetime(2026, 3, 4, 10, 12, tzinfo=UTC)
    assert (why.done, why.parent_id) == (False, None)
    assert (settled.anchor, settled.paragraph_index, settled.done) == ("", 2, True)
    assert document.track_revisions


def test_libreoffice_split_bookmarks_still_cover_their_paragraphs() -> None:
    document = read_review_bytes(libreoffice_file(SAVED_ONCE), "retour.docx")
    assert [p.bookmarks for p in document.paragraphs] == [
        (), (dlb(P1),), (dlb(P1),), (dlb(P1),), (dlb(P2),), (dlb(P3),), (dlb(P3),), ()
    ]  # fmt: skip
    assert document.paragraphs[0].style == "Heading1"  # LibreOffice's own style ids


def test_after_a_second_libreoffice_save_only_the_last_paragraph_keeps_its_bookmark() -> None:
    # Not a reader's fault: the ids are gone from the file. Importers must match such
    # paragraphs by their text.
    document = read_review_bytes(libreoffice_file(SAVED_TWICE), "retour.docx")
    assert [p.bookmarks for p in document.paragraphs] == [
        (), (), (), (dlb(P1),), (dlb(P2),), (), (dlb(P3),), ()
    ]  # fmt: skip


# -- a live round trip through LibreOffice ------------------------------------------------------


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_a_file_saved_again_by_libreoffice_reads_the_same(
    tmp_path: Path, libreoffice_profile: str
) -> None:
    opinion, export = UUID(int=0xA), UUID(int=0xB)
    body = [
        paragraph("Avis sur l'équipement des écoles", style="Titre"),
        *bookmarked(dlb(P1), 1, [*split("Le comité recommande", 3, 9),
                                 delete(" vivement", author=MARC), " :", footnote_ref(1)],
                    [ins(" que l'État finance", author=MARC), " l'équipement."]),
        *bookmarked(dlb(P2), 2, ["Les ", *commented(0, "communes"), " sont associées."]),
        paragraph(bookmark_start("dlb_annexes", 3), "Annexes", bookmark_end(3)),
    ]  # fmt: skip
    source = tmp_path / "export.docx"
    source.write_bytes(
        build_docx(
            body,
            properties=export_properties(opinion, export, 2),
            comments=[Comment(0, "Claire Martin", "Lesquelles ?", initials="CM")],
            footnotes=["Réserve de l'AMF."],
        )
    )
    before = read_review(source)
    out = tmp_path / "out"
    subprocess.run(
        ["soffice", "--headless", libreoffice_profile,
         "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(out), str(source)],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    after = read_review(out / "export.docx")
    assert [p.text for p in after.paragraphs] == [p.text for p in before.paragraphs]
    assert [p.original for p in after.paragraphs] == [p.original for p in before.paragraphs]
    assert [p.bookmarks for p in after.paragraphs] == [p.bookmarks for p in before.paragraphs]
    assert [p.bookmarks for p in after.paragraphs] == [
        (), (dlb(P1),), (dlb(P1),), (dlb(P2),), ("dlb_annexes",)
    ]  # fmt: skip
    assert [(c.kind, c.text, c.author) for p in after.paragraphs for c in p.changes] == [
        ("delete", " vivement", MARC), ("insert", " que l'État finance", MARC)
    ]  # fmt: skip
    assert after.properties == before.properties
    (comment,) = after.comments
    assert (comment.text, comment.anchor, comment.paragraph_index) == (
        "Lesquelles ?", "communes", 3
    )  # fmt: skip
