"""The opinion's text: identities through edits, splits, merges; outdated saves; cleaning."""

from __future__ import annotations

import uuid
from dataclasses import replace

import pytest
from tests.services.opinions.conftest import para

from deliberation.errors import ConflictError
from deliberation.records.opinions import Line, Paragraph, Run, plain_lines
from deliberation.services.opinions import Opinions


def test_paragraph_identities_survive_edits_moves_splits_and_merges(
    opinions: Opinions, opinion_id: int
) -> None:
    title, first, second = para("Constats", "heading"), para("Premier."), para("Second.")
    text = opinions.save_text(opinion_id, [title, first, second], 0)
    # edit and move: same identities, new order
    edited = replace(first, lines=plain_lines("Premier, revu."))
    text = opinions.save_text(opinion_id, [title, second, edited], text.revision)
    assert [p.uuid for p in opinions.text(opinion_id).paragraphs] == [
        title.uuid,
        second.uuid,
        first.uuid,
    ]
    # split: the first part keeps its identity, the second is new and remembers its origin
    tail = para("La suite.")
    text = opinions.save_text(
        opinion_id,
        [title, second, replace(edited, lines=plain_lines("Premier,")), tail],
        text.revision,
        splits={tail.uuid: first.uuid},
    )
    # merge: the absorbed paragraph's identity now leads to the one that absorbed it
    merged = replace(second, lines=plain_lines("Second. Premier,"))
    text = opinions.save_text(
        opinion_id, [title, merged, tail], text.revision, merges={first.uuid: second.uuid}
    )
    assert opinions.resolve(opinion_id, first.uuid) == second.uuid
    assert opinions.resolve(opinion_id, tail.uuid) == tail.uuid
    # a plain deletion leaves nothing to follow
    opinions.save_text(opinion_id, [title, merged], text.revision)
    assert opinions.resolve(opinion_id, tail.uuid) is None
    # and bringing the paragraph back (an undo) revives it
    opinions.save_text(opinion_id, [title, merged, tail], None)
    assert opinions.resolve(opinion_id, tail.uuid) == tail.uuid


def test_a_save_from_an_outdated_copy_is_refused(opinions: Opinions, opinion_id: int) -> None:
    text = opinions.save_text(opinion_id, [para("Un.")], 0)
    opinions.save_text(opinion_id, [para("Deux.")], text.revision)
    mine = [para("Mon texte.")]
    with pytest.raises(ConflictError) as caught:
        opinions.save_text(opinion_id, mine, text.revision)
    assert "modifié ailleurs" in str(caught.value)


def test_pasted_control_characters_and_odd_spaces_are_cleaned(
    opinions: Opinions, opinion_id: int
) -> None:
    dirty = Paragraph(
        uuid.uuid4(),
        "paragraph",
        (Line((Run("Les\x00 élèves\u2003et\tles\x0c\u200b familles", bold=True),)),),
    )
    opinions.save_text(opinion_id, [dirty], 0)
    stored = opinions.text(opinion_id).paragraphs[0]
    assert stored.text == "Les élèves et les familles"
    assert stored.lines[0].runs[0].bold
