"""Matching a returned file's paragraphs with those sent: by bookmarks, by text, scores."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import UTC, datetime

from tests.review.records import back, document, mark, sent

from deliberation.records.opinions import ExportRecord, plain_lines
from deliberation.review.matching import (
    best_text_match,
    changed_since_export,
    comment_owners,
    document_body,
    match_by_ids,
    match_by_text,
    text_score,
)
from deliberation.rules.word_exchange import ANNEX_BOOKMARK

FIRST = "Les communes financent les équipements numériques des écoles."
SECOND = "Les départements équipent les collèges et forment les enseignants."
THIRD = "Un délégué à la protection des données est désigné pour chaque établissement."


def summary(groups: list) -> list[tuple[str | None, str | None, list[int]]]:
    """Each group as (exported text, text it is inserted after, returned paragraph indexes)."""
    return [
        (
            g.exported.text if g.exported else None,
            g.inserted_after.text if g.inserted_after else None,
            [p.index for p in g.paragraphs],
        )
        for g in groups
    ]


def test_the_body_stops_at_the_annexes_and_leaves_tables_out() -> None:
    body = document(
        back(0, "Avis"),
        back(1, "Cellule", in_table=True),
        back(2, FIRST),
        back(3, "Annexes", ANNEX_BOOKMARK),
        back(4, "Liste des membres"),
    )
    assert [p.index for p in document_body(body)] == [0, 2]


def test_paragraphs_are_matched_by_their_bookmarks_and_new_ones_follow_the_one_before() -> None:
    first, second, third = sent(FIRST), sent(SECOND), sent(THIRD)
    body = [
        back(0, "Avis du comité"),  # before any exported paragraph: the title page
        back(1, FIRST, mark(first)),
        back(2, "Un ajout."),
        back(3, "Un autre ajout."),
        back(4, SECOND + " Revu.", mark(second)),
        back(5, THIRD, mark(second), mark(third)),  # merged in Word: the one started last
    ]
    groups = match_by_ids([first, second, third], body)
    assert summary(groups) == [
        (FIRST, None, [1]),
        (None, FIRST, [2, 3]),
        (SECOND, None, [4]),
        (THIRD, None, [5]),
    ]


def test_a_paragraph_that_lost_its_bookmark_but_kept_its_text_is_found_again() -> None:
    first, second = sent(FIRST), sent(SECOND)
    body = [back(0, FIRST, mark(first)), back(1, SECOND), back(2, "Nouveau.")]
    assert summary(match_by_ids([first, second], body)) == [
        (FIRST, None, [0]),
        (None, FIRST, [2]),
        (SECOND, None, [1]),
    ]


def test_without_bookmarks_paragraphs_are_matched_by_their_text_in_order() -> None:
    first, second, third = sent(FIRST), sent(SECOND), sent(THIRD)
    body = [
        back(0, "Mes remarques"),
        back(1, FIRST.replace("financent", "cofinancent")),
        back(2, "Les petites communes sont aidées par l'État."),
        back(3, SECOND),
        back(4, "Rien à voir avec le texte envoyé, vraiment rien."),
    ]
    groups = match_by_text([first, second, third], body)
    assert summary(groups) == [
        (FIRST, None, [1]),
        (None, FIRST, [2]),
        (SECOND, None, [3]),
        (THIRD, None, []),  # nothing near enough: no match rather than a wrong one
    ]


def test_a_comment_belongs_to_the_paragraph_it_is_on_or_to_the_one_before_an_addition() -> None:
    first, second = sent(FIRST), sent(SECOND)
    body = [
        back(0, "Titre"),
        back(1, FIRST, mark(first)),
        back(2, "Ajout."),
        back(3, SECOND, mark(second)),
    ]
    owners = comment_owners(match_by_ids([first, second], body))
    assert {index: p.text for index, p in owners.items()} == {1: FIRST, 2: FIRST, 3: SECOND}


def test_a_file_that_lost_its_ids_is_scored_by_the_share_of_paragraphs_found() -> None:
    paragraphs = (sent(FIRST), sent(SECOND), sent(THIRD), sent(""))
    texts = [FIRST, SECOND.replace("forment", "formeront"), "Autre chose."]
    assert text_score(paragraphs, texts) == 2 / 3  # the empty paragraph does not count
    assert text_score((sent(""),), texts) == 0.0
    ours = ExportRecord(1, uuid.uuid4(), 7, None, None, paragraphs, datetime.now(UTC))
    other = replace(ours, id=2, opinion_id=8, paragraphs=(sent(THIRD),))
    returned = document(back(0, "Mes remarques"), back(1, THIRD))
    assert best_text_match([ours, other], returned, None) == (other, 1.0)
    assert best_text_match([ours, other], returned, 7) == (ours, 1 / 3)
    assert best_text_match([ours], document(back(0, "Sans rapport.")), None) == (None, 0.0)


def test_paragraphs_edited_or_deleted_since_the_export_are_the_changed_ones() -> None:
    same, edited, gone, merged = sent(FIRST), sent(SECOND), sent(THIRD), sent("Suite.")
    live = {
        same.uuid: replace(same, lines=plain_lines(FIRST.replace(" ", "\u00a0", 1))),
        edited.uuid: replace(edited, lines=plain_lines("Autre texte.")),
        merged.uuid: merged,
    }
    aliases = {same.uuid: same.uuid, edited.uuid: edited.uuid, merged.uuid: merged.uuid}
    changed = changed_since_export([same, edited, gone, merged], aliases, live)
    assert changed == {edited.uuid, gone.uuid}  # a no-break space is no change
    # a paragraph merged into another since: its text now lives elsewhere, changed
    aliases[merged.uuid] = same.uuid
    assert merged.uuid in changed_since_export([merged], aliases, live)
