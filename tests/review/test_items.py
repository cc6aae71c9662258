"""What a returned file proposes, as items: amendments by paragraph, then comments and replies."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from tests.review.records import back, comment, document, mark, sent

from deliberation.records.opinions import Paragraph, Run
from deliberation.review.items import ReturnItem, return_items
from deliberation.review.matching import match_by_ids
from deliberation.review.returned import ReturnedDocument, TrackedChange

EXPORT_AUTHOR = "Secrétariat"
SAVED_ON = datetime(2026, 3, 3, 17, 0, tzinfo=UTC)


def items(
    exported: Sequence[Paragraph],
    returned: ReturnedDocument,
    *,
    organisation: int = 1,
    live: Sequence[Paragraph] | None = None,
    changed: frozenset = frozenset(),
    known: frozenset = frozenset(),
) -> tuple[list[ReturnItem], int]:
    """The items of `returned` read against `exported`, every paragraph still live by default."""
    live = exported if live is None else live
    return return_items(
        match_by_ids(exported, returned.paragraphs),
        returned,
        file_name="retour AMF.docx",
        source="export-1",
        organisation_id=organisation,
        export_author=EXPORT_AUTHOR,
        labels={p.uuid: f"paragraphe {n}" for n, p in enumerate(exported, 1)},
        aliases={p.uuid: p.uuid for p in live},
        changed=changed,
        known=known,
    )


def change(author: str, day: int) -> TrackedChange:
    return TrackedChange("insert", "seul ", author, datetime(2026, 3, day, tzinfo=UTC))


def test_a_tracked_change_is_an_amendment_by_its_authors_on_the_latest_date() -> None:
    first, second = sent("Le maire est responsable."), sent("Le registre est tenu.")
    returned = document(
        back(
            0,
            "Le maire est seul responsable.",
            mark(first),
            changes=(change("Jeanne Martin", 1), change("Paul Girard", 2)),
        ),
        back(1, "Le registre est tenu.", mark(second)),  # unchanged: nothing to import
    )
    (item,), outside = items([first, second], returned)
    assert (item.kind, item.action, item.origin, item.status) == (
        "amendment",
        "replace",
        "tracked",
        "new",
    )
    assert (item.paragraph_uuid, item.paragraph_label) == (first.uuid, "paragraphe 1")
    assert (item.text, item.original) == ("Le maire est seul responsable.", first.text)
    assert (item.author, item.written_at) == ("Jeanne Martin, Paul Girard", change("", 2).date)
    assert item.note == "Modification suivie dans le fichier « retour AMF.docx »."
    assert outside == 0


def test_stand_in_author_names_are_no_author_and_fall_back_to_the_organisation() -> None:
    first = sent("Le maire est responsable.")
    for stand_in in ("Unknown Author", "Auteur inconnu", "Author", " unknown  author "):
        returned = document(
            back(0, "Le maire est seul responsable.", mark(first),
                 changes=(change(stand_in, 1), change("", 2))),
            last_modified_by=stand_in,
        )  # fmt: skip
        (item,), _ = return_items(
            match_by_ids([first], returned.paragraphs),
            returned,
            file_name="retour.docx",
            source="export-1",
            organisation_id=1,
            export_author=EXPORT_AUTHOR,
            labels={first.uuid: "paragraphe 1"},
            aliases={first.uuid: first.uuid},
            changed=frozenset(),
            known=frozenset(),
            organisation="AMF",
        )
        assert item.author == "AMF", stand_in
    named = document(
        back(0, "Le maire est seul responsable.", mark(first),
             changes=(change("Unknown Author", 1), change("Paul Girard", 2))),
    )  # fmt: skip
    (item,), _ = items([first], named)
    assert item.author == "Paul Girard"


def test_a_direct_edit_is_by_whoever_saved_the_file_and_emphasis_is_kept_untypeset() -> None:
    first = sent("Le registre est tenu.")
    runs = (Run("Le registre\u00a0"), Run("unique", bold=True), Run(" est tenu par l’école."))
    returned = document(
        back(0, "", mark(first), runs=runs), last_modified_by="Jeanne Martin", modified=SAVED_ON
    )
    (item,), _ = items([first], returned)
    assert (item.origin, item.author, item.written_at) == ("direct", "Jeanne Martin", SAVED_ON)
    assert item.text == "Le registre unique est tenu par l'école."
    assert [(r.text, r.bold) for r in item.lines[0].runs] == [
        ("Le registre ", False),
        ("unique", True),
        (" est tenu par l'école.", False),
    ]
    assert "sans suivi" in item.note
    # saved again under the export's own name: nobody to name
    again = document(back(0, "", mark(first), runs=runs), last_modified_by=EXPORT_AUTHOR)
    assert items([first], again)[0][0].author == ""


def test_added_paragraphs_are_one_insertion_and_an_emptied_one_a_deletion() -> None:
    first, second = sent("Premier."), sent("Second.")
    returned = document(
        back(0, "Premier.", mark(first)),
        back(1, "Ajout un."),
        back(2, "Ajout deux."),
        back(3, "", mark(second), deleted=True),
    )
    found = [
        (i.action, i.paragraph_label, i.text, i.original)
        for i in items([first, second], returned)[0]
    ]
    assert found == [
        ("insert_after", "après paragraphe 1", "Ajout un.\nAjout deux.", ""),
        ("delete", "paragraphe 2", "", "Second."),
    ]


def test_comments_and_replies_are_items_and_those_outside_the_text_are_counted() -> None:
    first = sent("Un délégué par établissement.")
    returned = document(
        back(0, "Avis du comité"),  # the title page
        back(1, first.text, mark(first)),
        comments=(
            comment("1", 1, "Un délégué par département ?"),
            comment("2", 1, "Plutôt par académie.", parent="1", done=True),
            comment("3", 0, "Joli titre."),
            comment("4", None, "Sans ancrage."),
        ),
    )
    found, outside = items([first], returned)
    assert [(i.kind, i.origin, i.text, i.reply_to, i.resolved) for i in found] == [
        ("comment", "comment", "Un délégué par département ?", None, False),
        ("comment", "reply", "Plutôt par académie.", 0, True),
    ]
    assert (found[0].paragraph_uuid, found[0].anchor, found[0].author) == (
        first.uuid,
        "délégué",
        "Jeanne Martin",
    )
    assert outside == 2


def test_an_item_is_orphan_on_a_deleted_paragraph_and_already_there_once_imported() -> None:
    first, second = sent("Premier."), sent("Second.")
    returned = document(
        back(0, "Premier revu.", mark(first)),
        back(1, "Second revu.", mark(second)),
        last_modified_by="Jeanne Martin",
    )
    orphan, fresh = items([first, second], returned, live=[second], changed={second.uuid})[0]
    assert (orphan.status, orphan.paragraph_uuid) == ("orphan", None)
    assert orphan.note == "Le paragraphe a été supprimé depuis l'export : rien ne sera importé."
    assert (fresh.status, fresh.changed_since_export) == ("new", True)
    assert not orphan.changed_since_export
    # the same file read again gives the same keys: what was imported is known
    again = items([first, second], returned, known={fresh.source_key})[0]
    assert [i.status for i in again] == ["new", "already"]
    # another organisation sending the same edit makes another proposal
    assert items([first, second], returned, organisation=2)[0][1].source_key != fresh.source_key
