"""Saving only what changed in a text: the rows written, the order, merges, splits, conflicts."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest
from tests.services.opinions.conftest import para

from deliberation.errors import ConflictError, ValidationError
from deliberation.records.opinions import Paragraph, plain_lines
from deliberation.services.opinions import Opinions


def rows(store_path: Path) -> dict[str, tuple[int, str, bool, str | None, str]]:
    """Every paragraph row as stored: uuid hex → (position, content, removed, merged into,
    updated at)."""
    with sqlite3.connect(store_path) as raw:
        found = raw.execute(
            "SELECT uuid, position, content, removed, merged_into, updated_at"
            " FROM opinion_paragraph"
        ).fetchall()
    return {u.replace("-", ""): (p, c, bool(r), m, at) for u, p, c, r, m, at in found}


@pytest.fixture
def text(opinions: Opinions, opinion_id: int) -> list[Paragraph]:
    paragraphs = [para("Constats", "heading")] + [para(f"Paragraphe {n}.") for n in range(1, 9)]
    opinions.save_text(opinion_id, paragraphs, 0)
    return paragraphs


def test_a_typed_change_writes_that_row_only(
    opinions: Opinions, opinion_id: int, text: list[Paragraph], store_path: Path
) -> None:
    before = rows(store_path)
    revision = opinions.text(opinion_id).revision
    edited = replace(text[5], lines=plain_lines("Paragraphe 5, complété."))
    new_revision, stored = opinions.save_changes(opinion_id, [edited], None, revision)
    assert new_revision == revision + 1
    assert stored == (edited,)
    assert opinions.text(opinion_id).paragraphs == (*text[:5], edited, *text[6:])
    after = rows(store_path)
    changed = {u for u in after if after[u] != before[u]}
    assert changed == {text[5].uuid.hex}


def test_an_unchanged_paragraph_changes_nothing(
    opinions: Opinions, opinion_id: int, text: list[Paragraph], store_path: Path
) -> None:
    before = rows(store_path)
    revision = opinions.text(opinion_id).revision
    assert opinions.save_changes(opinion_id, [text[2]], None, revision)[0] == revision
    assert rows(store_path) == before


def test_a_split_inserts_a_row_and_shifts_only_the_positions_after_it(
    opinions: Opinions, opinion_id: int, text: list[Paragraph], store_path: Path
) -> None:
    before = rows(store_path)
    revision = opinions.text(opinion_id).revision
    head = replace(text[3], lines=plain_lines("Paragraphe"))
    tail = para(" 3.")
    order = [p.uuid for p in text[:4]] + [tail.uuid] + [p.uuid for p in text[4:]]
    opinions.save_changes(opinion_id, [head, tail], order, revision, splits={tail.uuid: head.uuid})
    assert opinions.text(opinion_id).paragraphs == (*text[:3], head, tail, *text[4:])
    after = rows(store_path)
    for paragraph in text[:3]:  # before the split: untouched
        assert after[paragraph.uuid.hex] == before[paragraph.uuid.hex]
    for paragraph in text[4:]:  # after it: one place further, same content
        old, new = before[paragraph.uuid.hex], after[paragraph.uuid.hex]
        assert (new[0], new[1]) == (old[0] + 1, old[1])
    with sqlite3.connect(store_path) as raw:
        split_from = raw.execute(
            "SELECT split_from FROM opinion_paragraph WHERE uuid = ?", (tail.uuid.hex,)
        ).fetchone()[0]
    assert split_from.replace("-", "") == head.uuid.hex


def test_a_merge_marks_the_row_removed_and_an_undo_revives_it(
    opinions: Opinions, opinion_id: int, text: list[Paragraph]
) -> None:
    revision = opinions.text(opinion_id).revision
    merged = replace(text[1], lines=plain_lines("Paragraphe 1. Paragraphe 2."))
    order = [p.uuid for p in text if p.uuid != text[2].uuid]
    revision, _ = opinions.save_changes(
        opinion_id, [merged], order, revision, merges={text[2].uuid: text[1].uuid}
    )
    assert opinions.resolve(opinion_id, text[2].uuid) == text[1].uuid
    assert [p.uuid for p in opinions.text(opinion_id).paragraphs] == order
    # the merge undone: the paragraph comes back at its place, with its text
    opinions.save_changes(opinion_id, [text[1], text[2]], [p.uuid for p in text], revision)
    assert opinions.text(opinion_id).paragraphs == tuple(text)
    assert opinions.resolve(opinion_id, text[2].uuid) == text[2].uuid


def test_a_move_and_a_deletion_keep_every_other_paragraph(
    opinions: Opinions, opinion_id: int, text: list[Paragraph]
) -> None:
    revision = opinions.text(opinion_id).revision
    moved = [text[0], text[2], text[1], *text[3:7]]  # 2 above 1, the last one deleted
    opinions.save_changes(opinion_id, [], [p.uuid for p in moved], revision)
    assert opinions.text(opinion_id).paragraphs == tuple(moved)
    assert opinions.resolve(opinion_id, text[8].uuid) is None


def test_an_outdated_save_is_refused_and_writes_nothing(
    opinions: Opinions, opinion_id: int, text: list[Paragraph], store_path: Path
) -> None:
    before = rows(store_path)
    revision = opinions.text(opinion_id).revision
    edited = replace(text[1], lines=plain_lines("Écrit ailleurs."))
    with pytest.raises(ConflictError):
        opinions.save_changes(opinion_id, [edited], None, revision - 1)
    assert rows(store_path) == before


def test_a_repeated_identity_is_refused(
    opinions: Opinions, opinion_id: int, text: list[Paragraph]
) -> None:
    revision = opinions.text(opinion_id).revision
    order = [p.uuid for p in text] + [text[1].uuid]
    with pytest.raises(ValidationError):
        opinions.save_changes(opinion_id, [], order, revision)


def test_moved_aliases_are_the_aliases_of_merged_paragraphs_only(
    opinions: Opinions, opinion_id: int, text: list[Paragraph]
) -> None:
    revision = opinions.text(opinion_id).revision
    assert opinions.moved_aliases(opinion_id) == {}
    # 2 merged into 1, then 1 merged into 3 (a chain), 8 deleted
    merged = replace(text[1], lines=plain_lines("Paragraphe 1. Paragraphe 2."))
    order = [p.uuid for p in text if p.uuid not in (text[2].uuid, text[8].uuid)]
    revision, _ = opinions.save_changes(
        opinion_id, [merged], order, revision, merges={text[2].uuid: text[1].uuid}
    )
    order.remove(text[1].uuid)
    opinions.save_changes(opinion_id, [], order, revision, merges={text[1].uuid: text[3].uuid})
    full = opinions.aliases(opinion_id)
    moved = opinions.moved_aliases(opinion_id)
    assert moved == {text[1].uuid: text[3].uuid, text[2].uuid: text[3].uuid}
    # the same as the full reading, less its entries to themselves and to nothing
    assert moved == {u: live for u, live in full.items() if live != u}
    assert text[8].uuid not in full


def test_preparing_the_saves_writes_nothing_and_a_save_follows_as_usual(
    opinions: Opinions, opinion_id: int, text: list[Paragraph], store_path: Path
) -> None:
    before = rows(store_path)
    revision = opinions.text(opinion_id).revision
    opinions.prepare_saves(opinion_id)
    assert rows(store_path) == before
    assert opinions.text(opinion_id).revision == revision
    # then an Entrée in the middle (one run shifted) and a swap (two runs) save as before
    new = para("Nouveau paragraphe.")
    order = [p.uuid for p in text[:4]] + [new.uuid] + [p.uuid for p in text[4:]]
    revision, _ = opinions.save_changes(opinion_id, [new], order, revision)
    assert [p.uuid for p in opinions.text(opinion_id).paragraphs] == order
    order[1], order[6] = order[6], order[1]
    opinions.save_changes(opinion_id, [], order, revision)
    stored = rows(store_path)
    assert [p.uuid for p in opinions.text(opinion_id).paragraphs] == order
    assert sorted(stored[u.hex][0] for u in order) == list(range(len(order)))
