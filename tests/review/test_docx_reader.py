"""The returned-file reader on files as Word 365 writes them: text, changes, comments, ids."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from uuid import UUID

import docx
import pytest

from deliberation.records.opinions import Line, Run
from deliberation.review.docx_reader import (
    ReturnedDocument,
    ReturnedParagraph,
    TrackedChange,
    read_review,
    read_review_bytes,
)
from deliberation.review.returned import parse_date

from .wordxml import (
    AUTHOR,
    DATE,
    Comment,
    alternate,
    bookmark_end,
    bookmark_start,
    bookmarked,
    build_docx,
    carriage_return,
    comment_end,
    comment_ref,
    comment_start,
    commented,
    delete,
    dlb,
    export_properties,
    field,
    footnote_ref,
    hyperlink,
    ins,
    line_break,
    long_document,
    mark_deleted,
    mark_inserted,
    move_from,
    move_to,
    no_break_hyphen,
    paragraph,
    proof_err,
    run,
    sdt_block,
    sdt_run,
    settings_xml,
    simple_field,
    smart_tag,
    soft_hyphen,
    split,
    style_change,
    symbol,
    tab,
    table,
    write_docx,
)

OPINION = UUID("6f1c2a4e-8b7d-4c3e-9a21-0d5e7f3b9c10")
EXPORT = UUID("0b9e1d2c-3f4a-4b5c-8d6e-7f8091a2b3c4")
P1, P2, P3 = (UUID(int=n) for n in (0x11, 0x22, 0x33))
PARIS = timezone(timedelta(hours=1))


def read(body: list[str] | str, **options: object) -> ReturnedDocument:
    return read_review_bytes(build_docx(body, **options), "avis-retour.docx")  # type: ignore[arg-type]


def only(body: list[str] | str, **options: object) -> ReturnedParagraph:
    (found,) = read(body, **options).paragraphs
    return found


def texts(document: ReturnedDocument) -> list[str]:
    return [p.text for p in document.paragraphs]


def covered(document: ReturnedDocument) -> list[tuple[str, ...]]:
    return [p.bookmarks for p in document.paragraphs]


# -- text as Word leaves it ---------------------------------------------------------------------


def test_runs_split_by_word_read_as_one_text_with_merged_emphasis() -> None:
    found = only(
        paragraph(
            *split("Le comité recommande ", 3, 9),
            *split("fermement", 4, bold=True),
            run(" que les "),
            run("collectivités", italic=True),
            proof_err("gramStart"),
            run(" soient associées."),
            proof_err("gramEnd"),
            style="Corpsdetexte",
        )
    )
    assert found.text == "Le comité recommande fermement que les collectivités soient associées."
    assert found.lines == (
        Line(
            (
                Run("Le comité recommande "),
                Run("fermement", bold=True),
                Run(" que les "),
                Run("collectivités", italic=True),
                Run(" soient associées."),
            )
        ),
    )
    assert found.original == found.text
    assert found.changes == ()
    assert found.style == "Corpsdetexte"
    assert not (found.inserted or found.deleted or found.in_table)


def test_formatting_switched_off_and_changed_formatting_follow_the_current_run() -> None:
    found = only(
        paragraph(
            run("gras ", props='<w:b w:val="0"/><w:i w:val="false"/>'),
            # Made bold with tracking on: Word keeps the old formatting in rPrChange.
            run(
                "désormais gras",
                props='<w:b/><w:rPrChange w:id="3" w:author="X" w:date="2026-03-04T10:00:00Z">'
                "<w:rPr><w:i/></w:rPr></w:rPrChange>",
            ),
            props=style_change("Normal"),
            style="Titre1",
        )
    )
    assert found.lines == (Line((Run("gras "), Run("désormais gras", bold=True))),)
    # a formatting change is no text change, but it is a change (issue 18: no silent loss); so
    # is the paragraph's style changed with tracking
    assert found.changes == (
        TrackedChange("format", "désormais gras", "X", datetime(2026, 3, 4, 10, tzinfo=UTC)),
        TrackedChange("layout", "", AUTHOR, parse_date(DATE), ("pStyle",)),
    )
    assert found.style == "Titre1"  # not the old style kept in pPrChange


def test_a_paragraph_format_change_names_what_changed_in_the_paragraph() -> None:
    change = (
        '<w:pPrChange w:id="7" w:author="Y" w:date="2026-03-04T10:00:00Z"><w:pPr>'
        '<w:spacing w:after="120"/><w:ind w:left="0"/><w:jc w:val="both"/></w:pPr></w:pPrChange>'
    )
    aligned, same = read_review_bytes(
        build_docx(
            [
                paragraph(
                    run("centré"),
                    props='<w:spacing w:after="120"/><w:ind w:left="720"/><w:jc w:val="center"/>'
                    + change,
                ),
                # a pPrChange keeping every property (LibreOffice writes some): no change
                paragraph(
                    run("inchangé"),
                    props='<w:jc w:val="both"/><w:pPrChange w:id="8" w:author="Y" '
                    'w:date="2026-03-04T10:00:00Z"><w:pPr><w:jc w:val="both"/></w:pPr>'
                    "</w:pPrChange>",
                ),
            ]
        ),
        "retour.docx",
    ).paragraphs
    assert aligned.changes == (
        TrackedChange("layout", "", "Y", datetime(2026, 3, 4, 10, tzinfo=UTC), ("ind", "jc")),
    )
    assert same.changes == ()


def test_a_format_change_names_what_changed_besides_bold_and_italic() -> None:
    found = only(
        paragraph(
            run(
                "souligné",
                props='<w:b/><w:u w:val="single"/><w:color w:val="FF0000"/><w:lang w:val="fr-FR"/>'
                '<w:rPrChange w:id="3" w:author="X" w:date="2026-03-04T10:00:00Z"><w:rPr>'
                '<w:color w:val="000000"/><w:sz w:val="22"/></w:rPr></w:rPrChange>',
            ),
            run(
                " puis marqué",
                props='<w:highlight w:val="yellow"/><w:rPrChange w:id="4" '
                'w:author="X" w:date="2026-03-04T10:00:00Z"><w:rPr/></w:rPrChange>',
            ),
        )
    )
    # the language is no look, bold comes back with the runs; each property set is its change
    assert [(c.text, c.properties) for c in found.changes] == [
        ("souligné", ("color", "sz", "u")),
        (" puis marqué", ("highlight",)),
    ]


def test_tabs_breaks_hyphens_and_symbols_as_a_reader_sees_them() -> None:
    found = only(
        paragraph(
            run("a"),
            tab(),
            run("b"),
            line_break(),
            run("c"),
            line_break("page"),
            line_break("column"),
            run("d"),
            carriage_return(),
            run("e"),
            no_break_hyphen(),
            run("f"),
            soft_hyphen(),
            run("g "),
            symbol("2192", "Wingdings"),
            run(content="<w:lastRenderedPageBreak/>"),
            run("."),
        )
    )
    assert found.text == "a\tb\ncd\ne-fg →."
    assert [line.text for line in found.lines] == ["a\tb", "cd", "e-fg →."]
    assert found.original == found.text


def test_field_codes_are_not_text_but_their_results_are() -> None:
    found = only(
        paragraph(
            run("Voir page "),
            *field("PAGEREF _Toc123 \\h", "12"),
            run(", "),
            simple_field("NUMPAGES", "40"),
            run(" et "),
            # A field inside a field's code (IF with a nested REF): only the outer result shows.
            run(content='<w:fldChar w:fldCharType="begin"/>'),
            run(content='<w:instrText xml:space="preserve"> IF </w:instrText>'),
            *field("REF signet", "caché"),
            run(content='<w:instrText xml:space="preserve"> = "x" "oui" "non" </w:instrText>'),
            run(content='<w:fldChar w:fldCharType="separate"/>'),
            run("non"),
            run(content='<w:fldChar w:fldCharType="end"/>'),
            run(" ; "),
            # A field never updated has no result: nothing shows.
            run(content='<w:fldChar w:fldCharType="begin"/>'),
            run(content="<w:instrText>DATE</w:instrText>"),
            run(content='<w:fldChar w:fldCharType="end"/>'),
            run("fin."),
        )
    )
    assert found.text == "Voir page 12, 40 et non ; fin."
    assert "PAGEREF" not in found.original and "IF" not in found.original


def test_a_table_of_contents_field_spans_paragraphs_and_keeps_its_entries() -> None:
    begin = [
        run(content='<w:fldChar w:fldCharType="begin"/>'),
        run(content='<w:instrText xml:space="preserve"> TOC \\o "1-3" \\h \\z \\u </w:instrText>'),
        run(content='<w:fldChar w:fldCharType="separate"/>'),
    ]
    document = read(
        [
            sdt_block(
                paragraph(run("Sommaire"), style="En-ttedetabledesmatires"),
                paragraph(*begin, hyperlink("1. Contexte", anchor="_Toc1"), tab(), run("2"),
                          style="TM1"),
                paragraph(hyperlink("2. Recommandations", anchor="_Toc2"), tab(), run("3"),
                          run(content='<w:fldChar w:fldCharType="end"/>'), style="TM1"),
            ),
            paragraph("Contexte", style="Titre1"),
        ]
    )  # fmt: skip
    assert texts(document) == ["Sommaire", "1. Contexte\t2", "2. Recommandations\t3", "Contexte"]


def test_hyperlinks_smart_tags_and_content_controls_are_containers() -> None:
    found = only(
        paragraph(
            run("Voir "),
            hyperlink("le site", r_id="rId9"),
            run(" de "),
            smart_tag("Claire Martin"),
            run(" ; "),
            sdt_run("champ rempli"),
            sdt_run("Cliquez ici pour taper du texte.", placeholder=True),
            f'<w:customXml w:element="x">{run(".")}</w:customXml>',
        )
    )
    assert found.text == "Voir le site de Claire Martin ; champ rempli."


def test_alternate_content_is_read_once_and_boxes_of_paragraphs_are_not_body_text() -> None:
    box = (
        '<w:drawing><wp:anchor><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/'
        '2006/main"><a:graphicData><wps:wsp><wps:txbx><w:txbxContent>'
        f"{paragraph('dans la zone de texte')}</w:txbxContent></wps:txbx></wps:wsp>"
        "</a:graphicData></a:graphic></wp:anchor></w:drawing>"
    )
    found = only(
        paragraph(
            run("avant "),
            run(content=alternate(box, f"<w:pict>{box}</w:pict>", requires="wps")),
            alternate(run("choix"), run("repli")),
            alternate(run("inconnu"), run(" repli"), requires="w99"),
            run(content=f"<w99:box>{paragraph('dans une boîte inconnue')}</w99:box>"),
            run(" après"),
        ).replace("<w:p ", '<w:p xmlns:w99="urn:example:unknown" ', 1)
    )
    assert found.text == "avant choix repli après"


def test_tables_and_nested_tables_are_read_in_document_order() -> None:
    inner = table([[paragraph("interne")]])
    document = read(
        [
            paragraph("Annexe 1"),
            table([[paragraph("AMF"), paragraph("favorable")],
                   [paragraph("ADF"), paragraph("réservé") + inner]]),
            paragraph("Après le tableau"),
        ]
    )  # fmt: skip
    assert texts(document) == ["Annexe 1", "AMF", "favorable", "ADF", "réservé", "interne",
                               "Après le tableau"]  # fmt: skip
    assert [p.in_table for p in document.paragraphs] == [False, *[True] * 5, False]
    assert [p.index for p in document.paragraphs] == list(range(7))


def test_an_empty_paragraph_has_one_empty_line() -> None:
    found = only(paragraph())
    assert found.lines == (Line(),)
    assert found.text == "" and found.original == ""


# -- tracked changes ----------------------------------------------------------------------------


def test_tracked_insertion_and_deletion_give_final_and_original_text_with_who_and_when() -> None:
    found = only(
        paragraph(
            run("Les communes "),
            delete("doivent", author="Marc Bernard", date="2026-03-04T11:21:00Z"),
            ins(
                run("peuvent", italic=True),
                author=AUTHOR,
                date="2026-03-04T11:22:00+01:00",
            ),
            run(" financer l'équipement."),
        )
    )
    assert found.text == "Les communes peuvent financer l'équipement."
    assert found.lines[0].runs[1] == Run("peuvent", italic=True)
    assert found.original == "Les communes doivent financer l'équipement."
    assert found.changes == (
        TrackedChange(
            "delete", "doivent", "Marc Bernard", datetime(2026, 3, 4, 11, 21, tzinfo=UTC)
        ),
        TrackedChange("insert", "peuvent", AUTHOR, datetime(2026, 3, 4, 11, 22, tzinfo=PARIS)),
    )
    assert found.changes[1].date == datetime(2026, 3, 4, 10, 22, tzinfo=UTC)


def test_pieces_of_one_change_are_merged_only_when_adjacent() -> None:
    found = only(
        paragraph(
            run("A "),
            # Word splits one typed insertion into several w:ins around proofing marks.
            ins(run("nouvelle "), change_id=1),
            proof_err(),
            ins(run("phra"), run("se"), change_id=2),
            proof_err("spellEnd"),
            ins(line_break(), run("ligne"), change_id=3),
            run(" B "),
            ins(run("autre"), change_id=4),
            ins(run(" ajout"), author="Marc Bernard", change_id=5),
            delete("x", change_id=6),
            delete("y", change_id=7, date="2026-03-05T09:00:00Z"),
        )
    )
    when = datetime(2026, 3, 4, 10, 15, tzinfo=UTC)
    assert found.changes == (
        TrackedChange("insert", "nouvelle phrase\nligne", AUTHOR, when),
        TrackedChange("insert", "autre", AUTHOR, when),
        TrackedChange("insert", " ajout", "Marc Bernard", when),
        TrackedChange("delete", "x", AUTHOR, when),
        TrackedChange("delete", "y", AUTHOR, datetime(2026, 3, 5, 9, tzinfo=UTC)),
    )
    assert [line.text for line in found.lines] == ["A nouvelle phrase", "ligne B autre ajout"]
    assert found.original == "A  B xy"


def test_moves_are_a_deletion_and_an_insertion() -> None:
    document = read(
        [
            paragraph(run("Premier. "), move_from("Phrase déplacée.")),
            paragraph(run("Second. "), move_to("Phrase déplacée.")),
        ]
    )
    first, second = document.paragraphs
    assert (first.text, first.original) == ("Premier. ", "Premier. Phrase déplacée.")
    assert (second.text, second.original) == ("Second. Phrase déplacée.", "Second. ")
    assert [c.kind for c in first.changes + second.changes] == ["delete", "insert"]


def test_inserted_and_deleted_paragraph_marks_are_flagged() -> None:
    document = read(
        [
            # Enter typed at the end of the first paragraph, then a new paragraph: Word marks the
            # first paragraph's mark as inserted and the new text as an insertion.
            paragraph(run("Existant."), mark=mark_inserted()),
            paragraph(ins(run("Paragraphe ajouté."))),
            paragraph(delete("Paragraphe supprimé."), mark=mark_deleted()),
            paragraph(run("Fusionné avec "), mark=mark_deleted(author="Marc Bernard")),
            paragraph(run("le suivant.")),
        ]
    )
    assert [(p.inserted, p.deleted) for p in document.paragraphs] == [
        (True, False), (False, False), (False, True), (False, True), (False, False)
    ]  # fmt: skip
    added, removed = document.paragraphs[1], document.paragraphs[2]
    assert (added.text, added.original) == ("Paragraphe ajouté.", "")
    assert (removed.text, removed.original) == ("", "Paragraphe supprimé.")
    assert removed.changes == (
        TrackedChange("delete", "Paragraphe supprimé.", AUTHOR,
                      datetime(2026, 3, 4, 10, 15, tzinfo=UTC)),
    )  # fmt: skip


def test_text_inserted_then_deleted_during_the_review_is_in_neither_text() -> None:
    found = only(
        paragraph(
            run("Reste"),
            ins(delete(" tapé puis effacé", author="Marc Bernard"), author=AUTHOR),
            run("."),
        )
    )
    assert (found.text, found.original, found.changes) == ("Reste.", "Reste.", ())


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("2026-03-04T10:15:00Z", datetime(2026, 3, 4, 10, 15, tzinfo=UTC)),
        ("2026-03-04T10:15:00", datetime(2026, 3, 4, 10, 15, tzinfo=UTC)),
        ("2026-03-04T10:15:00.1234567Z", datetime(2026, 3, 4, 10, 15, 0, 123456, tzinfo=UTC)),
        ("2026-03-04T11:15:00+01:00", datetime(2026, 3, 4, 10, 15, tzinfo=UTC)),
        ("", None),
        ("mardi", None),
    ],
)
def test_change_dates_are_timezone_aware(written: str, expected: datetime | None) -> None:
    (change,) = only(paragraph(ins("x", date=written))).changes
    assert change.date == expected
    assert change.date is None or change.date.tzinfo is not None


def test_deleted_field_and_tracked_tab_and_break() -> None:
    found = only(
        paragraph(
            run("Total : "),
            delete(
                run(content='<w:fldChar w:fldCharType="begin"/>', deleted=True),
                run(content="<w:delInstrText> NUMPAGES </w:delInstrText>", deleted=True),
                run(content='<w:fldChar w:fldCharType="separate"/>', deleted=True),
                run("40", deleted=True),
                run(content='<w:fldChar w:fldCharType="end"/>', deleted=True),
            ),
            ins(tab(), run("41"), line_break()),
        )
    )
    assert found.original == "Total : 40"
    assert found.text == "Total : \t41\n"
    assert [c.text for c in found.changes] == ["40", "\t41\n"]


# -- comments -----------------------------------------------------------------------------------


def test_word_365_comments_with_anchor_thread_done_flag_and_true_utc_date() -> None:
    document = read(
        [
            paragraph(run("Intro.")),
            paragraph(
                run("Les communes "),
                comment_start(0),
                comment_start(1),
                *split("doivent financer", 3),
                delete(" seules"),
                run(" l'équipement"),
                comment_end(0),
                comment_ref(0),
                comment_end(1),
                comment_ref(1),
                run("."),
            ),
            paragraph(*commented(2, "Autre remarque")),
        ],
        comments=[
            Comment(0, "Claire Martin", "Pourquoi « doivent » ?\nProposer « peuvent ».",
                    date="2026-03-04T11:12:00Z", date_utc="2026-03-04T10:12:00Z",
                    initials="CM"),
            Comment(1, "Marc Bernard", "D'accord.", parent=0, initials="MB"),
            Comment(2, "Claire Martin", "Réglé.", done=True),
        ],
    )  # fmt: skip
    first, reply, done = document.comments
    assert first.id == "0"
    assert (first.author, first.initials) == ("Claire Martin", "CM")
    assert first.text == "Pourquoi « doivent » ?\nProposer « peuvent »."
    assert first.anchor == "doivent financer l'équipement"
    assert first.paragraph_index == 1
    # comments.xml holds Word's local time marked « Z »; commentsExtensible has the real UTC one.
    assert first.date == datetime(2026, 3, 4, 10, 12, tzinfo=UTC)
    assert (first.parent_id, first.done) == (None, False)
    assert (reply.parent_id, reply.done, reply.anchor) == ("0", False, first.anchor)
    assert (done.parent_id, done.done, done.anchor, done.paragraph_index) == (
        None, True, "Autre remarque", 2
    )  # fmt: skip


def test_comment_anchor_across_paragraphs_and_ranges_starting_between_paragraphs() -> None:
    document = read(
        [
            paragraph(run("Avant. "), comment_start(5), run("Fin du premier.")),
            paragraph(run("Début du second"), comment_end(5), comment_ref(5), run(" suite.")),
            comment_start(6),
            paragraph(run("Tout le troisième.")),
            comment_end(6),
            paragraph(comment_ref(6), run("Quatrième.")),
        ],
        comments=[Comment(5, "A", "sur deux"), Comment(6, "B", "entre paragraphes")],
    )
    across, between = document.comments
    assert across.anchor == "Fin du premier.\nDébut du second"
    assert across.paragraph_index == 0
    assert between.anchor == "Tout le troisième."
    assert between.paragraph_index == 2


def test_comment_without_range_sits_at_its_reference_and_foreign_ones_nowhere() -> None:
    document = read(
        [paragraph(run("Texte"), comment_ref(3), run("."))],
        comments=[Comment(3, "A", "ici"), Comment(4, "B", "dans une note")],
    )
    point, elsewhere = document.comments
    assert (point.anchor, point.paragraph_index) == ("", 0)
    assert (elsewhere.anchor, elsewhere.paragraph_index) == ("", None)


def test_comments_without_word_365_parts_keep_their_own_date() -> None:
    document = read(
        [paragraph(*commented(0, "mot"))],
        comments=[Comment(0, "A", "note", date="2026-03-04T11:12:00Z", done=True)],
        extended=False,
    )
    (comment,) = document.comments
    assert comment.date == datetime(2026, 3, 4, 11, 12, tzinfo=UTC)
    assert (comment.parent_id, comment.done) == (None, False)


def test_a_file_without_comments_has_none() -> None:
    assert read([paragraph("Rien")]).comments == ()


# -- bookmarks ----------------------------------------------------------------------------------


def exported_body() -> list[str]:
    """What the exporter writes: a title block, opinion paragraphs of one or two Word
    paragraphs each wrapped by one bookmark, a footnote reservation, then the annexes."""
    return [
        paragraph("Comité des partenaires du numérique pour l'éducation", style="Titre"),
        *bookmarked(dlb(P1), 1, ["Considérant que les communes financent l'équipement ;"]),
        *bookmarked(dlb(P2), 2, ["Le comité recommande :", footnote_ref(1)],
                    ["que l'État assure un financement pérenne."]),
        *bookmarked(dlb(P3), 3, ["Conclusion."]),
        paragraph(bookmark_start("dlb_annexes", 4), "Annexes", bookmark_end(4), style="Titre1"),
        table([[paragraph("AMF"), paragraph("favorable sous réserve")]]),
    ]  # fmt: skip


def test_each_paragraph_knows_the_bookmarks_of_the_exported_paragraph_it_belongs_to() -> None:
    document = read(exported_body(), footnotes=["Réserve de l'AMF."])
    assert covered(document) == [
        (), (dlb(P1),), (dlb(P2),), (dlb(P2),), (dlb(P3),), ("dlb_annexes",), (), ()
    ]  # fmt: skip
    assert document.paragraphs[2].text == "Le comité recommande :"  # the note call is no text


def test_a_bookmark_end_at_the_start_of_the_next_paragraph_does_not_cover_it() -> None:
    document = read(
        [
            paragraph(bookmark_start(dlb(P1), 1), run("Premier.")),
            paragraph(proof_err(), run(content="<w:rPr/>"), bookmark_end(1), run("Suivant.")),
            paragraph(run("Troisième"), bookmark_start(dlb(P2), 2)),  # a start moved back
            paragraph(run("Quatrième."), bookmark_end(2)),
            bookmark_start(dlb(P3), 3),  # between paragraphs, as some writers put it
            paragraph(run("Cinquième.")),
            bookmark_end(3),
            paragraph(run("Sixième.")),
        ]
    )
    assert covered(document) == [(dlb(P1),), (), (), (dlb(P2),), (dlb(P3),), ()]


def test_a_bookmark_moved_a_little_inside_its_paragraphs_still_covers_them() -> None:
    document = read(
        [
            paragraph(run("Le "), bookmark_start(dlb(P1), 1), run("premier.")),
            paragraph(run("Le second"), bookmark_end(1), run(".")),
            paragraph(run("Hors.")),
        ]
    )
    assert covered(document) == [(dlb(P1),), (dlb(P1),), ()]


def test_several_bookmarks_on_one_paragraph_and_other_bookmarks_ignored() -> None:
    document = read(
        [
            paragraph(
                bookmark_start("_Toc193001", 10),
                bookmark_start(dlb(P1), 1),
                run("Fusionné "),
                bookmark_end(1),
                bookmark_start("_GoBack", 11),
                bookmark_end(11),
                bookmark_start(dlb(P2), 2),
                run("en un seul."),
                bookmark_end(2),
                bookmark_end(10),
            ),
        ]
    )
    assert covered(document) == [(dlb(P1), dlb(P2))]


def test_a_bookmark_libreoffice_restarts_under_the_same_name_covers_its_paragraphs() -> None:
    # LibreOffice 7.4 saves a bookmark over three paragraphs as a start never ended in the first
    # and a second start and end, same name, in the last.
    document = read(
        [
            paragraph(bookmark_start(dlb(P1), 0), run("Un.")),
            paragraph(run("Deux.")),
            paragraph(bookmark_start(dlb(P1), 1), run("Trois."), bookmark_end(1)),
            paragraph(bookmark_start(dlb(P2), 2), run("Quatre."), bookmark_end(2)),
            paragraph(run("Hors.")),
        ]
    )
    assert covered(document) == [(dlb(P1),), (dlb(P1),), (dlb(P1),), (dlb(P2),), ()]


def test_a_bookmark_never_ended_stops_where_another_one_begins() -> None:
    document = read(
        [
            paragraph(bookmark_start(dlb(P1), 1), run("Un.")),
            paragraph(run("Deux.")),
            paragraph(bookmark_start(dlb(P2), 2), run("Trois."), bookmark_end(2)),
            paragraph(run("Quatre.")),
            paragraph(bookmark_start("dlb_annexes", 3), run("Annexes")),
            paragraph(run("Tableau")),
        ]
    )
    assert covered(document) == [
        (dlb(P1),), (dlb(P1),), (dlb(P2),), (), ("dlb_annexes",), ("dlb_annexes",)
    ]  # fmt: skip


def test_bookmarks_inside_table_cells() -> None:
    document = read(
        [table([[paragraph(bookmark_start(dlb(P1), 1), run("cellule"), bookmark_end(1)),
                 paragraph(run("voisine"))]])]
    )  # fmt: skip
    assert covered(document) == [(dlb(P1),), ()]


# -- properties and parts -----------------------------------------------------------------------


def test_properties_core_metadata_and_revision_tracking() -> None:
    document = read(
        [paragraph("x")],
        properties=export_properties(OPINION, EXPORT, 3, ""),
        title="Avis sur l'équipement",
        creator="Comité",
        last_modified_by="Claire Martin",
        modified="2026-03-05T16:42:00Z",
        track_revisions=True,
    )
    assert document.properties == {
        "DeliberationOpinion": str(OPINION),
        "DeliberationExport": str(EXPORT),
        "DeliberationVersion": "3",
        "DeliberationAgainst": "",
    }
    assert (document.title, document.author, document.last_modified_by) == (
        "Avis sur l'équipement", "Comité", "Claire Martin"
    )  # fmt: skip
    assert document.modified == datetime(2026, 3, 5, 16, 42, tzinfo=UTC)
    assert document.track_revisions
    assert not read([paragraph("x")]).track_revisions
    assert read([paragraph("x")]).properties == {}


def test_tracking_switched_off_explicitly_is_not_tracking() -> None:
    settings = settings_xml(True).replace("<w:trackRevisions/>", '<w:trackRevisions w:val="0"/>')
    assert 'w:val="0"' in settings
    assert not read(
        [paragraph("x")], extra={"word/settings.xml": settings.encode()}
    ).track_revisions


def test_the_main_part_is_found_through_the_package_relationships() -> None:
    document = read(
        [paragraph("Ailleurs")],
        main_part="contenu/principal.xml",
        comments=[Comment(0, "A", "note")],
        properties={"DeliberationOpinion": str(OPINION)},
    )
    assert texts(document) == ["Ailleurs"]
    assert [c.text for c in document.comments] == ["note"]
    assert document.properties == {"DeliberationOpinion": str(OPINION)}


def test_a_file_made_with_python_docx(tmp_path: Path) -> None:
    made = docx.Document()
    made.core_properties.title = "Avis"
    made.core_properties.author = "Comité"
    made.add_heading("Titre de l'avis", level=1)
    body = made.add_paragraph("Le comité ")
    body.add_run("recommande").bold = True
    body.add_run(" : ").italic = False
    body.add_run("vite").italic = True
    cells = made.add_table(rows=1, cols=2).rows[0].cells
    cells[0].text, cells[1].text = "AMF", "favorable"
    made.save(str(tmp_path / "fait.docx"))
    document = read_review(tmp_path / "fait.docx")
    assert texts(document) == ["Titre de l'avis", "Le comité recommande : vite", "AMF",
                               "favorable"]  # fmt: skip
    assert document.paragraphs[0].style == "Heading1"
    assert document.paragraphs[1].lines == (
        Line((Run("Le comité "), Run("recommande", bold=True), Run(" : "),
              Run("vite", italic=True))),
    )  # fmt: skip
    assert [p.in_table for p in document.paragraphs] == [False, False, True, True]
    assert (document.title, document.author) == ("Avis", "Comité")
    assert document.comments == () and document.properties == {}


def test_read_review_reads_a_path_like_the_bytes(tmp_path: Path) -> None:
    path = write_docx(tmp_path / "retour.docx", exported_body(), footnotes=["Réserve."])
    assert read_review(path) == read_review_bytes(path.read_bytes(), "retour.docx")


# -- size ---------------------------------------------------------------------------------------


def test_a_two_hundred_page_document_is_read_whole() -> None:
    """Its speed is measured by bench/review.py, against plain lxml in the same run."""
    document = read_review_bytes(long_document(2400), "long.docx")
    assert len(document.paragraphs) == 2400 and len(document.comments) == 240
    assert document.paragraphs[-1].bookmarks == (dlb(UUID(int=2400)),)
    assert document.comments[-1].anchor == " soient associées"
