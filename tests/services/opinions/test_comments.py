"""Comment threads on paragraphs: replies, resolution, following a merged paragraph."""

from __future__ import annotations

from dataclasses import replace

import pytest
from tests.services.opinions.conftest import para

from deliberation.errors import ValidationError
from deliberation.records.opinions import plain_lines
from deliberation.services.opinions import Opinions


def test_comments_follow_a_merged_paragraph_and_can_be_resolved(
    opinions: Opinions, opinion_id: int
) -> None:
    first, second = para("Un."), para("Deux.")
    text = opinions.save_text(opinion_id, [first, second], 0)
    thread = opinions.apply_comment(opinions.new_comment(opinion_id, second.uuid, "À revoir"))
    opinions.apply_comment(opinions.new_comment(opinion_id, second.uuid, "D'accord", thread))
    opinions.save_text(
        opinion_id,
        [replace(first, lines=plain_lines("Un. Deux."))],
        text.revision,
        merges={second.uuid: first.uuid},
    )
    threads = opinions.threads(opinion_id, first.uuid)
    assert [(t.first.text, [r.text for r in t.replies]) for t in threads] == [
        ("À revoir", ["D'accord"])
    ]
    resolved = opinions.apply_comment(opinions.with_resolved(threads[0].first, True))
    assert opinions.threads(opinion_id)[0].resolved and resolved.resolved


def test_an_empty_comment_or_one_on_a_deleted_paragraph_is_refused_a_reply_stays_on_its_thread(
    opinions: Opinions, opinion_id: int
) -> None:
    first, second = para("Un."), para("Deux.")
    text = opinions.save_text(opinion_id, [first, second], 0)
    with pytest.raises(ValidationError) as caught:
        opinions.new_comment(opinion_id, first.uuid, "  \u200b ")
    assert caught.value.messages["text"] == "Le commentaire est vide."
    thread = opinions.apply_comment(opinions.new_comment(opinion_id, second.uuid, "Pourquoi ?"))
    opinions.save_text(opinion_id, [first], text.revision)
    with pytest.raises(ValidationError) as caught:
        opinions.new_comment(opinion_id, second.uuid, "Encore ?")
    assert caught.value.messages["paragraph"] == "Le paragraphe commenté a été supprimé du texte."
    reply = opinions.apply_comment(
        opinions.new_comment(opinion_id, first.uuid, "Parce que.", thread)
    )
    assert (reply.paragraph_uuid, reply.reply_to) == (second.uuid, thread.id)
    opinions.remove_comment(reply)
    assert [r.text for r in opinions.threads(opinion_id)[0].replies] == []
