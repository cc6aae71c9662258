"""Issue 18: reviews edited in LibreOffice itself (through UNO) come back as the reviewer meant."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from uuid import uuid4

import pytest

from deliberation.records.opinions import Paragraph, plain_lines
from deliberation.review.docx_reader import read_review
from deliberation.rules.opinion_text import describe, numbering
from deliberation.services.opinion_export import ExportOptions, export_opinion
from deliberation.services.review_import import ReviewImport
from deliberation.services.root import Root, open_root

from .libreoffice_uno import libreoffice_edit, needs_uno
from .test_round_trip_fidelity import libreoffice_save

pytestmark = needs_uno


@pytest.fixture
def demo(demo_copy: Path) -> Iterator[Root]:
    opened = open_root(str(demo_copy))
    yield opened
    opened.close()


def recommendation(opened: Root) -> tuple[int, list[Paragraph]]:
    opinion_id = next(o.id for o in opened.opinions.opinions() if o.kind == "recommandation")
    return opinion_id, list(opened.opinions.text(opinion_id).paragraphs)


def test_a_reviewer_rejecting_the_secretariats_new_paragraph_deletes_it_as_the_organisation(
    demo: Root, tmp_path: Path, libreoffice_profile: str
) -> None:
    opinion_id, text = recommendation(demo)
    before = demo.opinions.freeze(opinion_id, "avant l'ajout")
    body = [i for i, p in enumerate(text) if p.kind == "paragraph" and len(p.lines) == 1]
    added = Paragraph(uuid4(), "paragraph", plain_lines("Un paragraphe ajouté par le secrétariat."))
    text.insert(body[1] + 1, added)
    demo.opinions.save_text(opinion_id, text, None)
    after = demo.opinions.freeze(opinion_id, "avec l'ajout")
    exported = tmp_path / "avis.docx"
    export_opinion(demo, opinion_id, exported,
                   ExportOptions(version=after.number, against=before.number))  # fmt: skip
    returned = tmp_path / "retour.docx"

    found = libreoffice_edit(exported, returned, libreoffice_profile, "reject_insertions")

    assert found["rejected"] >= 1 and "stuck" not in found and "Insert" not in found["left"]
    preview = ReviewImport(demo).preview(returned, "AMF", opinion_id=opinion_id)
    (item,) = preview.items
    assert (item.action, item.paragraph_uuid) == ("delete", added.uuid)
    assert item.author == "AMF"
    assert preview.warnings == ()


def test_a_one_line_paragraph_split_with_enter_without_tracking_comes_back(
    demo: Root, tmp_path: Path, libreoffice_profile: str
) -> None:
    opinion_id, text = recommendation(demo)
    target = next(p for p in text if p.kind == "paragraph" and len(p.lines) == 1)
    words = target.text.split(" ")
    cut = next(i for i, w in enumerate(words) if i > 3 and w.isalpha() and len(w) > 3)
    tail = " ".join(words[cut:])
    exported = tmp_path / "avis.docx"
    export_opinion(demo, opinion_id, exported)
    returned = tmp_path / "retour.docx"

    libreoffice_edit(exported, returned, libreoffice_profile, "split", at=tail[:40])
    again = libreoffice_save(returned, tmp_path / "again", libreoffice_profile)

    for saved in (returned, again):  # LibreOffice moves the bookmark on a second save
        items = ReviewImport(demo).preview(saved, "AMF", opinion_id=opinion_id).items
        assert [(i.action, i.paragraph_uuid, i.origin) for i in items] == [
            ("replace", target.uuid, "direct"),
            ("insert_after", target.uuid, "direct"),
        ]
        replaced, inserted = items
        assert replaced.text.rstrip() == " ".join(words[:cut]).rstrip()
        assert inserted.text == tail


def test_a_word_underlined_with_tracking_in_libreoffice_is_a_warning_naming_the_paragraph(
    demo: Root, tmp_path: Path, libreoffice_profile: str
) -> None:
    opinion_id, text = recommendation(demo)
    target = next(p for p in text if p.kind == "paragraph" and len(p.lines) == 1)
    word = next(w for w in target.text.split()[1:] if w.isalpha() and len(w) > 5)
    exported = tmp_path / "avis.docx"
    export_opinion(demo, opinion_id, exported)
    returned = tmp_path / "retour.docx"

    found = libreoffice_edit(exported, returned, libreoffice_profile, "format",
                             at=word, name="CharUnderline", value=1)  # fmt: skip

    assert found["changes"] == ["Format"]
    preview = ReviewImport(demo).preview(returned, "AMF", opinion_id=opinion_id)
    assert preview.items == ()
    numbers = numbering(demo.opinions.text(opinion_id).paragraphs)
    label = describe(target, numbers.get(target.uuid))
    (warning,) = [w for w in preview.warnings if w.startswith("Mise en forme modifiée")]
    assert warning.startswith(f"Mise en forme modifiée au {label} (")
    assert "soulignement" in warning and warning.endswith(") : non reprise.")


def with_last_line_listed(opened: Root, kind: str) -> tuple[int, Paragraph]:
    """The recommendation and its paragraph whose last line is a list item of `kind`."""
    opinion_id, text = recommendation(opened)
    target = next(p for p in text if len(p.lines) > 1 and p.lines[-1].list == kind)
    return opinion_id, target


def test_a_bullet_typed_after_a_paragraphs_last_list_line_comes_back_as_a_list_line_of_it(
    demo: Root, tmp_path: Path, libreoffice_profile: str
) -> None:
    opinion_id, target = with_last_line_listed(demo, "bullet")
    exported = tmp_path / "avis.docx"
    export_opinion(demo, opinion_id, exported)
    returned = tmp_path / "retour.docx"
    added = "droit à la portabilité des données ;"

    libreoffice_edit(exported, returned, libreoffice_profile, "paragraph_after",
                     at=target.lines[-1].text[:30], text=added)  # fmt: skip

    preview = ReviewImport(demo).preview(returned, "AMF", opinion_id=opinion_id)
    (item,) = preview.items
    assert (item.action, item.paragraph_uuid) == ("replace", target.uuid)
    assert [line.list for line in item.lines] == [line.list for line in target.lines] + ["bullet"]
    assert item.lines[-1].text == added
    assert [line.text for line in item.lines[:-1]] == [line.text for line in target.lines]


def bolded(opened: Root) -> tuple[int, Paragraph, str]:
    """The recommendation, a one-line paragraph of it and a word of it not bold yet."""
    opinion_id, text = recommendation(opened)
    target = next(p for p in text if p.kind == "paragraph" and len(p.lines) == 1)
    plain_runs = [r.text for r in target.lines[0].runs if not (r.bold or r.italic)]
    word = next(w for run in plain_runs for w in run.split()[1:] if w.isalpha() and len(w) > 6)
    return opinion_id, target, word


@pytest.mark.parametrize("extension", [".docx", ".odt"])
def test_a_word_made_bold_with_tracking_in_libreoffice_comes_back_bold_without_warning(
    demo: Root, tmp_path: Path, libreoffice_profile: str, extension: str
) -> None:
    opinion_id, target, word = bolded(demo)
    exported = tmp_path / f"avis{extension}"
    export_opinion(demo, opinion_id, exported)
    returned = tmp_path / f"retour{extension}"

    found = libreoffice_edit(exported, returned, libreoffice_profile, "format",
                             at=word, name="CharWeight", value=150.0)  # fmt: skip

    assert found["changes"] == ["Format"]
    preview = ReviewImport(demo).preview(returned, "AMF", opinion_id=opinion_id)
    (item,) = preview.items
    assert (item.action, item.paragraph_uuid, item.origin) == ("replace", target.uuid, "tracked")
    assert item.text == target.text
    assert word in [r.text for line in item.lines for r in line.runs if r.bold]
    assert preview.warnings == ()  # LibreOffice's style size and colour are no change


def test_a_word_underlined_with_tracking_in_an_odt_is_a_warning_naming_the_paragraph(
    demo: Root, tmp_path: Path, libreoffice_profile: str
) -> None:
    opinion_id, target, word = bolded(demo)
    exported = tmp_path / "avis.odt"
    export_opinion(demo, opinion_id, exported)
    returned = tmp_path / "retour.odt"

    libreoffice_edit(exported, returned, libreoffice_profile, "format",
                     at=word, name="CharUnderline", value=1)  # fmt: skip

    preview = ReviewImport(demo).preview(returned, "AMF", opinion_id=opinion_id)
    assert preview.items == ()
    label = describe(target, numbering(demo.opinions.text(opinion_id).paragraphs).get(target.uuid))
    assert preview.warnings == (f"Mise en forme modifiée au {label} (soulignement) : non reprise.",)


def test_a_reservation_edited_with_tracking_in_libreoffice_is_a_warning_naming_its_paragraph(
    demo: Root, tmp_path: Path, libreoffice_profile: str
) -> None:
    opinion_id, text = recommendation(demo)
    exported = tmp_path / "avis.docx"
    export_opinion(demo, opinion_id, exported)
    sent = read_review(exported)
    note = sent.notes[0]
    assert note.paragraph_index is not None
    (bookmark,) = sent.paragraphs[note.paragraph_index].bookmarks
    reserved = next(p for p in text if bookmark.endswith(p.uuid.hex))
    words = " ".join(note.text.split()[-4:-1])
    returned = tmp_path / "retour.docx"

    found = libreoffice_edit(exported, returned, libreoffice_profile, "footnote_replace",
                             at=words, text="termes revus par l'AMF")  # fmt: skip

    assert "Insert" in found["changes"]
    preview = ReviewImport(demo).preview(returned, "AMF", opinion_id=opinion_id)
    assert preview.items == ()
    label = describe(reserved, numbering(text).get(reserved.uuid))
    (warning,) = preview.warnings
    assert warning.startswith(f"Réserve du {label} modifiée avec suivi : « ")
    assert "termes revus par l'AMF" in warning and words not in warning
    assert warning.endswith(" » non reprise ; reportez-la à la main si besoin.")


@pytest.mark.parametrize("track", [True, False])
def test_two_paragraphs_joined_in_libreoffice_replace_the_first_and_delete_the_second(
    demo: Root, tmp_path: Path, libreoffice_profile: str, track: bool
) -> None:
    opinion_id, text = recommendation(demo)
    index = next(
        i for i, p in enumerate(text[:-1])
        if p.kind == text[i + 1].kind == "paragraph" and len(p.lines) == len(text[i + 1].lines) == 1
    )  # fmt: skip
    first, second = text[index], text[index + 1]
    exported = tmp_path / "avis.docx"
    export_opinion(demo, opinion_id, exported)
    returned = tmp_path / "retour.docx"

    libreoffice_edit(exported, returned, libreoffice_profile, "merge",
                     at=first.text[-30:], track=track)  # fmt: skip

    preview = ReviewImport(demo).preview(returned, "AMF", opinion_id=opinion_id)
    origin = "tracked" if track else "direct"
    assert [(i.action, i.paragraph_uuid, i.origin) for i in preview.items] == [
        ("replace", first.uuid, origin),
        ("delete", second.uuid, origin),
    ]
    replaced = preview.items[0]
    assert len(replaced.lines) == 1
    assert " ".join(replaced.text.split()) == " ".join(f"{first.text} {second.text}".split())
    assert preview.warnings == ()
