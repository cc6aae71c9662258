"""Issue 18: a review coming back from LibreOffice or Word loses nothing and invents nothing."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from lxml import etree
from tests.review.reviewer import Reviewer, W, _text_run, _w

from deliberation.records.opinions import Paragraph
from deliberation.review.docx_reader import read_review_bytes
from deliberation.rules.opinion_text import describe, numbering
from deliberation.services.opinion_export import export_opinion
from deliberation.services.review_import import ReviewImport
from deliberation.services.root import Root, open_root

from .wordxml import Comment, build_docx, paragraph

WORD_DATE = "2026-03-04T11:20:00Z"
LIBREOFFICE_APP = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.'
    'openxmlformats.org/officeDocument/2006/extended-properties"><Template>Normal.dotm</Template>'
    "<Application>LibreOffice/7.4.7.2$Linux_X86_64 LibreOffice_project/40$Build-2</Application>"
    "</Properties>"
)
needs_libreoffice = pytest.mark.skipif(
    shutil.which("soffice") is None, reason="LibreOffice is not installed"
)


@pytest.fixture
def demo(demo_copy: Path) -> Iterator[Root]:
    opened = open_root(str(demo_copy))
    yield opened
    opened.close()


def opinion_with(opened: Root, list_style: str) -> tuple[int, Paragraph]:
    """An opinion of the demo and its paragraph holding a list of that style."""
    for opinion in opened.opinions.opinions():
        for p in opened.opinions.text(opinion.id).paragraphs:
            if any(line.list == list_style for line in p.lines):
                return opinion.id, p
    raise AssertionError(list_style)


def libreoffice_save(source: Path, out: Path, profile: str) -> Path:
    subprocess.run(
        ["soffice", profile, "--headless", "--convert-to", "docx:MS Word 2007 XML",
         "--outdir", str(out), str(source)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    return out / source.name


@needs_libreoffice
def test_a_file_saved_twice_by_libreoffice_without_change_proposes_nothing(
    demo: Root, tmp_path: Path, libreoffice_profile: str
) -> None:
    for style in ("bullet", "number"):  # multi-line paragraphs: lists in a recommendation
        opinion_id, _ = opinion_with(demo, style)
        exported = tmp_path / style / "avis.docx"
        exported.parent.mkdir()
        export_opinion(demo, opinion_id, exported)
        once = libreoffice_save(exported, tmp_path / style / "once", libreoffice_profile)
        twice = libreoffice_save(once, tmp_path / style / "twice", libreoffice_profile)

        preview = ReviewImport(demo).preview(twice, "AMF", opinion_id=opinion_id)

        assert not preview.matched_by_text
        assert preview.items == ()


@needs_libreoffice
@pytest.mark.parametrize("style", ["bullet", "number"])
def test_an_edit_in_a_paragraph_with_a_list_keeps_its_list_items(
    demo: Root, tmp_path: Path, libreoffice_profile: str, style: str
) -> None:
    opinion_id, listed = opinion_with(demo, style)
    exported = tmp_path / "avis.docx"
    export_opinion(demo, opinion_id, exported)
    reviewer = Reviewer(date=WORD_DATE)
    word = listed.lines[0].text.split()[1]

    def edit(tree: etree._Element) -> None:
        reviewer.track_replace(reviewer.paragraph(tree, listed.uuid), word, word.upper())

    returned = reviewer.save(exported, tmp_path / "retour.docx", edit)
    saved = libreoffice_save(returned, tmp_path / "lo", libreoffice_profile)

    (item,) = ReviewImport(demo).preview(saved, "AMF", opinion_id=opinion_id).items
    assert item.action == "replace" and word.upper() in item.text
    assert [line.list for line in item.lines] == [line.list for line in listed.lines]


def body_of(opened: Root) -> tuple[int, list[Paragraph]]:
    opinion_id = next(o.id for o in opened.opinions.opinions() if o.kind == "recommandation")
    text = opened.opinions.text(opinion_id).paragraphs
    return opinion_id, [p for p in text if p.kind == "paragraph" and len(p.lines) == 1]


def returned_file(opened: Root, tmp_path: Path, edit: object) -> tuple[int, Path]:
    opinion_id, _ = body_of(opened)
    exported = tmp_path / "avis.docx"
    export_opinion(opened, opinion_id, exported)
    saved = Reviewer(date=WORD_DATE).save(exported, tmp_path / "retour.docx", edit)  # type: ignore[arg-type]
    return opinion_id, saved


def test_a_word_made_bold_with_tracking_is_a_replacement_with_its_emphasis(
    demo: Root, tmp_path: Path
) -> None:
    _, body = body_of(demo)
    target = body[0]
    word = next(w for w in target.text.split()[1:] if w.isalpha() and len(w) > 3)
    reviewer = Reviewer(date=WORD_DATE)

    def edit(tree: etree._Element) -> None:  # as Word writes it: the old format in rPrChange
        run = reviewer._split_at(reviewer.paragraph(tree, target.uuid), word)
        props = run.find(W + "rPr")
        if props is None:
            props = _w("rPr")
            run.insert(0, props)
        props.append(_w("b"))
        change = _w("rPrChange", id="900", author="Jeanne Martin", date=WORD_DATE)
        change.append(_w("rPr"))
        props.append(change)

    opinion_id, returned = returned_file(demo, tmp_path, edit)
    (item,) = ReviewImport(demo).preview(returned, "AMF", opinion_id=opinion_id).items
    assert (item.action, item.origin, item.author) == ("replace", "tracked", "Jeanne Martin")
    bold = [run.text for line in item.lines for run in line.runs if run.bold]
    assert bold == [word]


def tracked_mark(p: etree._Element, reviewer: Reviewer) -> None:
    """The paragraph mark made a tracked insertion (Enter pressed with tracking on)."""
    ppr = p.find(W + "pPr")
    mark = ppr.find(W + "rPr")
    if mark is None:
        mark = etree.SubElement(ppr, W + "rPr")
    mark.append(_w("ins", id=str(next(reviewer.ids)), author=reviewer.author, date=WORD_DATE))


def test_a_paragraph_split_with_enter_comes_back_as_a_replacement_and_an_insertion(
    demo: Root, tmp_path: Path
) -> None:
    _, body = body_of(demo)
    target = body[1]
    words = target.text.split(" ")
    cut = next(i for i, w in enumerate(words) if i > 3 and w.isalpha() and len(w) > 3)
    tail = " ".join(words[cut:])
    reviewer = Reviewer(date=WORD_DATE)

    def edit(tree: etree._Element) -> None:  # Word: the mark ending the first half is tracked
        p = reviewer.paragraph(tree, target.uuid)
        second = etree.fromstring(etree.tostring(p))
        for child in list(second):
            if child.tag != W + "pPr":
                second.remove(child)
        tail_run = reviewer._split_at(p, words[cut])
        moving = [tail_run, *tail_run.itersiblings()]
        for element in moving:
            second.append(element)
        for t in p.iter(W + "t"):
            last_t = t
        last_t.text = last_t.text.rstrip()  # the space where Enter was pressed
        tracked_mark(p, reviewer)
        p.addnext(second)

    opinion_id, returned = returned_file(demo, tmp_path, edit)
    items = ReviewImport(demo).preview(returned, "AMF", opinion_id=opinion_id).items
    found = [(i.action, i.paragraph_label) for i in items]
    assert [a for a, _ in found] == ["replace", "insert_after"]
    replace_item, insert_item = items
    assert replace_item.paragraph_uuid == target.uuid == insert_item.paragraph_uuid
    last_word = tail.split()[-1].strip(".;:")
    assert last_word in insert_item.text and last_word not in replace_item.text
    assert replace_item.text.startswith(words[0]) and words[0] not in insert_item.text.split()[:1]


def test_a_paragraph_typed_before_the_first_one_comes_back(demo: Root, tmp_path: Path) -> None:
    opinion_id, _ = body_of(demo)
    first = demo.opinions.text(opinion_id).paragraphs[0]
    reviewer = Reviewer(date=WORD_DATE)

    def edit(tree: etree._Element) -> None:  # Enter at the start of paragraph 1, then typing
        p = reviewer.paragraph(tree, first.uuid)
        new = _w("p")
        ppr = etree.fromstring(etree.tostring(p.find(W + "pPr")))
        new.append(ppr)
        tracked_mark(new, reviewer)
        wrapper = _w("ins", id=str(next(reviewer.ids)), author=reviewer.author, date=WORD_DATE)
        wrapper.append(_text_run("Un préambule ajouté."))
        new.append(wrapper)
        p.addprevious(new)

    opinion_id, returned = returned_file(demo, tmp_path, edit)
    items = ReviewImport(demo).preview(returned, "AMF", opinion_id=opinion_id).items
    (item,) = items
    # No « insert before » in the model: the first paragraph gets the new one as first line.
    assert (item.action, item.paragraph_uuid) == ("replace", first.uuid)
    assert item.lines[0].text == "Un préambule ajouté."
    assert item.author == "Jeanne Martin"


def test_tracked_edits_in_the_title_block_are_listed_in_the_warnings(
    demo: Root, tmp_path: Path
) -> None:
    reviewer = Reviewer(date=WORD_DATE)

    def edit(tree: etree._Element) -> None:
        title = tree.find(f".//{W}pStyle[@{W}val='Title']").getparent().getparent()
        reviewer.track_replace(title, title.findtext(f".//{W}t").split()[0], "Projet")

    opinion_id, returned = returned_file(demo, tmp_path, edit)
    preview = ReviewImport(demo).preview(returned, "AMF", opinion_id=opinion_id)
    assert preview.items == ()
    assert any("page de titre" in w and "1 paragraphe" in w for w in preview.warnings)


def test_a_deletion_without_an_author_is_the_organisations(demo: Root, tmp_path: Path) -> None:
    _, body = body_of(demo)
    reviewer = Reviewer(date=WORD_DATE)

    def edit(tree: etree._Element) -> None:  # the paragraph gone with its bookmark, no name
        p = reviewer.paragraph(tree, body[2].uuid)
        p.getparent().remove(p)
        for element in tree.iter(W + "lastModifiedBy"):
            element.text = ""

    opinion_id, returned = returned_file(demo, tmp_path, edit)
    (item,) = ReviewImport(demo).preview(returned, "AMF", opinion_id=opinion_id).items
    assert (item.action, item.paragraph_uuid, item.author) == ("delete", body[2].uuid, "AMF")


@pytest.mark.parametrize("stand_in", ["Unknown Author", "Auteur inconnu", "Author"])
def test_a_tracked_edit_by_a_stand_in_name_is_the_organisations(
    demo: Root, tmp_path: Path, stand_in: str
) -> None:
    """LibreOffice without a user name signs « Unknown Author », Word « Auteur inconnu » or
    « Author »: nobody's name, so the amendment is the organisation's."""
    _, body = body_of(demo)
    target = body[1]
    word = next(w for w in target.text.split()[1:] if w.isalpha() and len(w) > 3)
    reviewer = Reviewer(author=stand_in, date=WORD_DATE)

    def edit(tree: etree._Element) -> None:
        reviewer.track_replace(reviewer.paragraph(tree, target.uuid), word, "modifié")
        for element in tree.iter(W + "lastModifiedBy"):
            element.text = stand_in

    opinion_id, returned = returned_file(demo, tmp_path, edit)
    (item,) = ReviewImport(demo).preview(returned, "AMF", opinion_id=opinion_id).items
    assert (item.action, item.paragraph_uuid, item.origin) == ("replace", target.uuid, "tracked")
    assert item.author == "AMF"
    assert "modifié" in item.text


def dated_file(app: str | None) -> bytes:
    body = paragraph(
        '<w:commentRangeStart w:id="0"/>',
        '<w:ins w:id="1" w:author="Marc Bernard" w:date="2026-03-04T11:20:00Z"><w:r><w:t>'
        "Texte</w:t></w:r></w:ins>",
        '<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>',
    )
    return build_docx(
        [body],
        flavour="libreoffice" if app else "word",
        comments=[Comment(0, "Claire Martin", "Pourquoi ?", date="2026-07-04T10:12:00Z")],
        extended=False,
        extra={"docProps/app.xml": app.encode()} if app else None,
    )


def test_libreoffice_dates_marked_z_are_paris_time_and_words_stay_utc() -> None:
    libreoffice = read_review_bytes(dated_file(LIBREOFFICE_APP), "retour.docx")
    (change,) = libreoffice.paragraphs[0].changes
    assert change.date == datetime(2026, 3, 4, 10, 20, tzinfo=UTC)  # winter: UTC+1
    assert libreoffice.comments[0].date == datetime(2026, 7, 4, 8, 12, tzinfo=UTC)  # summer
    word = read_review_bytes(dated_file(None), "retour.docx")
    assert word.paragraphs[0].changes[0].date == datetime(2026, 3, 4, 11, 20, tzinfo=UTC)
    assert word.comments[0].date == datetime(2026, 7, 4, 10, 12, tzinfo=UTC)


def label_of(opened: Root, opinion_id: int, target: Paragraph) -> str:
    text = opened.opinions.text(opinion_id).paragraphs
    return describe(target, numbering(text).get(target.uuid))


def test_a_tracked_underline_is_a_warning_naming_the_paragraph(demo: Root, tmp_path: Path) -> None:
    _, body = body_of(demo)
    target = body[0]
    word = next(w for w in target.text.split()[1:] if w.isalpha() and len(w) > 3)
    reviewer = Reviewer(date=WORD_DATE)

    opinion_id, returned = returned_file(
        demo,
        tmp_path,
        lambda tree: reviewer.track_format(reviewer.paragraph(tree, target.uuid), word),
    )
    preview = ReviewImport(demo).preview(returned, "AMF", opinion_id=opinion_id)

    assert preview.items == ()
    label = label_of(demo, opinion_id, target)
    assert label.startswith("paragraphe ")
    assert f"Mise en forme modifiée au {label} (soulignement) : non reprise." in preview.warnings


@pytest.mark.parametrize(
    ("prop", "attrs", "named"),
    [
        ("jc", {"val": "center"}, "alignement"),
        ("ind", {"left": "720", "firstLine": "360"}, "retrait"),
        ("spacing", {"before": "240", "after": "240", "line": "360"}, "espacement"),
    ],
)
def test_a_tracked_paragraph_format_change_is_a_warning_naming_the_paragraph(
    demo: Root, tmp_path: Path, prop: str, attrs: dict[str, str], named: str
) -> None:
    _, body = body_of(demo)
    target = body[2]
    reviewer = Reviewer(date=WORD_DATE)

    opinion_id, returned = returned_file(
        demo,
        tmp_path,
        lambda tree: reviewer.track_layout(reviewer.paragraph(tree, target.uuid), prop, **attrs),
    )
    preview = ReviewImport(demo).preview(returned, "AMF", opinion_id=opinion_id)

    assert preview.items == ()
    label = label_of(demo, opinion_id, target)
    (warning,) = [w for w in preview.warnings if w.startswith("Mise en forme modifiée")]
    assert warning.startswith(f"Mise en forme modifiée au {label} ({named}")
    assert warning.endswith(") : non reprise.")


def test_tracked_paragraph_marks_outside_the_text_are_listed_in_the_warnings(
    demo: Root, tmp_path: Path
) -> None:
    reviewer = Reviewer(date=WORD_DATE)

    def edit(tree: etree._Element) -> None:  # Enter pressed in the title block and the annexes
        title = tree.find(f".//{W}pStyle[@{W}val='Title']").getparent().getparent()
        annex = tree.find(f".//{W}bookmarkStart[@{W}name='dlb_annexes']").getparent()
        for p in (title, annex):
            new = _w("p")
            new.append(etree.fromstring(etree.tostring(p.find(W + "pPr"))))
            tracked_mark(new, reviewer)
            p.addnext(new)

    opinion_id, returned = returned_file(demo, tmp_path, edit)
    preview = ReviewImport(demo).preview(returned, "AMF", opinion_id=opinion_id)
    assert preview.items == ()
    assert any("page de titre" in w and "1 paragraphe" in w for w in preview.warnings)
    assert any("les annexes" in w and "1 paragraphe" in w for w in preview.warnings)
