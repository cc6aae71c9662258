"""A text that lost a save conflict: each change kept as a proposal on the stored text."""

from __future__ import annotations

from dataclasses import replace

import pytest
from tests.services.opinions.conftest import org, para

from deliberation.errors import ConflictError, DeliberationError
from deliberation.records.opinions import OpinionInput, plain_lines
from deliberation.records.referential import DelegateInput
from deliberation.services.opinions import Opinions
from deliberation.services.root import Root


@pytest.fixture
def reported(opinions: Opinions, opened: Root) -> int:
    """An opinion whose rapporteur is a delegate of MEN."""
    referential = opened.referential
    delegate = referential.apply_delegate(
        referential.new_delegate(DelegateInput(org(opened, "MEN"), "Marc", "Bernard", "titular"))
    )
    data = OpinionInput("avis", "Avis ENT", rapporteur_ids=(delegate.id,))
    return opinions.apply_opinion(opinions.new_opinion(data)).id


def test_each_kind_of_change_becomes_one_proposal_on_the_stored_text(
    opinions: Opinions, opened: Root, reported: int
) -> None:
    title, first, second, third = (
        para("Constats", "heading"),
        para("Un."),
        para("Deux."),
        para("Trois."),
    )
    base = opinions.save_text(reported, [title, first, second, third], 0)
    # Someone else saves first: « Un. » is merged into the title's place, a paragraph is added.
    elsewhere = para("Ailleurs.")
    opinions.save_text(
        reported,
        [title, replace(second, lines=plain_lines("Deux, revu.")), third, elsewhere],
        base.revision,
        merges={first.uuid: title.uuid},
    )
    # Meanwhile, here: a new paragraph at the top, « Un. » edited (merged away there),
    # « Deux. » edited, « Trois. » emptied, the title turned into a paragraph (kind only).
    top = para("Préambule.")
    typed = [
        top,
        replace(title, kind="paragraph"),
        replace(first, lines=plain_lines("Un, revu ici.")),
        replace(second, lines=plain_lines("Deux, revu ici.")),
        replace(third, lines=plain_lines("")),
    ]
    with pytest.raises(ConflictError):
        opinions.save_text(reported, typed, base.revision)
    kept = opinions.keep_as_proposals(reported, typed, base.paragraphs)
    assert (kept.count, kept.as_comments, kept.organisation) == (4, False, "MEN")
    found = {(a.action, a.paragraph_uuid, a.text) for a in opinions.amendments(reported)}
    assert found == {
        ("insert_after", title.uuid, "Préambule."),  # the first live paragraph: the top
        ("insert_after", title.uuid, "Un, revu ici."),  # into what « Un. » was merged with
        ("replace", second.uuid, "Deux, revu ici."),
        ("delete", third.uuid, ""),
    }
    amendments = opinions.amendments(reported)
    assert {a.organisation_id for a in amendments} == {org(opened, "MEN")}
    replaced = next(a for a in amendments if a.action == "replace")
    assert replaced.original == "Deux, revu."  # the stored text it would replace
    assert opinions.versions(reported) == []
    assert [p.text for p in opinions.text(reported).paragraphs] == [
        "Constats",
        "Deux, revu.",
        "Trois.",
        "Ailleurs.",
    ]


def test_a_paragraph_the_typist_removed_is_proposed_for_deletion_and_nothing_else(
    opinions: Opinions, reported: int
) -> None:
    first, second = para("Un."), para("Deux.")
    base = opinions.save_text(reported, [first, second], 0)
    opinions.save_text(reported, [first, second, para("Trois.")], base.revision)
    kept = opinions.keep_as_proposals(reported, [first], base.paragraphs)
    assert kept.count == 1
    assert [(a.action, a.paragraph_uuid) for a in opinions.amendments(reported)] == [
        ("delete", second.uuid)
    ]


def test_nothing_changed_keeps_nothing(opinions: Opinions, reported: int) -> None:
    first = para("Un.")
    base = opinions.save_text(reported, [first], 0)
    opinions.save_text(reported, [first, para("Deux.")], base.revision)
    assert opinions.keep_as_proposals(reported, [first], base.paragraphs).count == 0
    assert opinions.amendments(reported) == []


def test_nothing_is_written_when_the_stored_text_is_empty(
    opinions: Opinions, reported: int
) -> None:
    first = para("Un.")
    base = opinions.save_text(reported, [first], 0)
    opinions.save_text(reported, [], base.revision)
    with pytest.raises(DeliberationError):
        opinions.keep_as_proposals(
            reported, [replace(first, lines=plain_lines("Un, revu."))], base.paragraphs
        )
    assert opinions.amendments(reported) == [] and opinions.threads(reported) == []


def test_the_text_revision_follows_saves(opinions: Opinions, opinion_id: int) -> None:
    assert opinions.text_revision(opinion_id) == opinions.text(opinion_id).revision
    saved = opinions.save_text(opinion_id, [para("Un.")], opinions.text_revision(opinion_id))
    assert opinions.text_revision(opinion_id) == saved.revision
