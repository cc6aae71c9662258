"""Frozen versions of an opinion: numbered, noted, compared word by word."""

from __future__ import annotations

from dataclasses import replace

import pytest
from tests.services.opinions.conftest import para

from deliberation.errors import ValidationError
from deliberation.records.opinions import plain_lines
from deliberation.services.opinions import Opinions


def test_versions_are_numbered_and_compared_word_by_word(
    opinions: Opinions, opinion_id: int
) -> None:
    kept, changed, gone = para("Les ENT sont utiles."), para("Le débat continue."), para("Adieu.")
    text = opinions.save_text(opinion_id, [kept, changed, gone], 0)
    first = opinions.freeze(opinion_id, "Avant circulation")
    added = para("Un ajout.")
    opinions.save_text(
        opinion_id,
        [kept, replace(changed, lines=plain_lines("Le débat est clos.")), added],
        text.revision,
    )
    second = opinions.freeze(opinion_id, "Après la séance")
    assert (first.number, second.number) == (1, 2)
    notes = [v.note for v in opinions.versions(opinion_id)]
    assert notes == ["Avant circulation", "Après la séance"]
    diff = {d.uuid: d for d in opinions.compare(opinion_id, 1, 2)}
    assert diff[kept.uuid].change == "same"
    assert diff[gone.uuid].change == "removed"
    assert diff[added.uuid].change == "added"
    pieces = [(p.op, p.text) for p in diff[changed.uuid].pieces]
    assert ("deleted", "continue") in pieces and ("inserted", "est clos") in pieces
    with pytest.raises(ValidationError):
        opinions.freeze(opinion_id, "x" * 3000)


def test_an_empty_text_cannot_be_frozen_and_a_dropped_version_comes_back_as_it_was(
    opinions: Opinions, opinion_id: int
) -> None:
    with pytest.raises(ValidationError) as caught:
        opinions.freeze(opinion_id, "Trop tôt")
    assert caught.value.messages["text"] == "Le texte est vide : il n'y a rien à figer."
    opinions.save_text(opinion_id, [para("Texte figé.")], 0)
    frozen = opinions.freeze(opinion_id, "Version de travail")
    opinions.unfreeze(frozen)
    assert opinions.versions(opinion_id) == []
    back = opinions.refreeze(frozen)
    assert (back.number, back.note, back.paragraphs[0].text) == (
        1,
        "Version de travail",
        "Texte figé.",
    )
