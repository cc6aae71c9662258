"""The three-way merge of a text: worked cases, and properties over random edits on both sides."""

from __future__ import annotations

import uuid as uuid_module
from uuid import UUID

from hypothesis import given, settings
from hypothesis import strategies as st

from deliberation.records.opinions import Paragraph, plain_lines
from deliberation.rules.text_merge import MergePlan, merge_texts


def para(text: str, uuid: UUID | None = None, kind: str = "paragraph") -> Paragraph:
    return Paragraph(uuid or uuid_module.uuid4(), kind, plain_lines(text))


def texts(paragraphs: tuple[Paragraph, ...] | list[Paragraph]) -> list[str]:
    return [p.text for p in paragraphs]


def edited(paragraph: Paragraph, text: str) -> Paragraph:
    return Paragraph(paragraph.uuid, paragraph.kind, plain_lines(text), paragraph.level)


BASE = [para("Un."), para("Deux."), para("Trois."), para("Quatre.")]


def test_changes_on_different_paragraphs_are_both_taken() -> None:
    a, b, c, d = BASE
    ours = [edited(a, "Un, chez nous."), b, c, d]
    theirs = [a, b, edited(c, "Trois, chez eux."), d]
    plan = merge_texts(BASE, ours, theirs)
    assert texts(plan.paragraphs) == ["Un, chez nous.", "Deux.", "Trois, chez eux.", "Quatre."]
    assert plan.taken == (c.uuid,) and plan.proposals == ()


def test_the_same_paragraph_changed_on_both_sides_keeps_ours_and_proposes_theirs() -> None:
    a, b, c, d = BASE
    plan = merge_texts(
        BASE, [a, edited(b, "Deux (nous)."), c, d], [a, edited(b, "Deux (eux)."), c, d]
    )
    assert texts(plan.paragraphs) == ["Un.", "Deux (nous).", "Trois.", "Quatre."]
    (proposal,) = plan.proposals
    assert (proposal.action, proposal.target) == ("replace", b.uuid)
    assert "\n".join(line.text for line in proposal.lines) == "Deux (eux)."


def test_a_split_an_insertion_a_deletion_and_a_move_on_their_side_follow() -> None:
    a, b, c, d = BASE
    half = para("second half")
    new = para("Nouveau.")
    theirs = [edited(a, "Un first half"), half, new, d, b]  # split a, insert, delete c, move b
    plan = merge_texts(BASE, BASE, theirs)
    assert texts(plan.paragraphs) == texts(theirs)
    assert plan.removed == (c.uuid,)


def test_a_paragraph_they_deleted_but_we_changed_is_kept_and_proposed_for_deletion() -> None:
    a, b, c, d = BASE
    plan = merge_texts(BASE, [a, edited(b, "Deux bis."), c, d], [a, c, d])
    assert texts(plan.paragraphs) == ["Un.", "Deux bis.", "Trois.", "Quatre."]
    assert [(p.action, p.target) for p in plan.proposals] == [("delete", b.uuid)]


def test_a_paragraph_we_deleted_but_they_changed_is_proposed_after_its_neighbour() -> None:
    a, b, c, d = BASE
    plan = merge_texts(BASE, [a, c, d], [a, edited(b, "Deux bis."), c, d])
    assert texts(plan.paragraphs) == ["Un.", "Trois.", "Quatre."]
    (proposal,) = plan.proposals
    assert (proposal.action, proposal.target, proposal.source) == ("insert_after", a.uuid, b.uuid)


def test_both_sides_moving_and_joining_the_same_paragraphs_merge_once_for_good() -> None:
    # Found by a random run: ours moves p2 after p3 and rewrites p0; theirs moves p3 first and
    # joins p1 and p2. Their move of p3 is kept, and merging the result again keeps it too.
    p0, p1, p2, p3 = (para(f"p{i}") for i in range(4))
    base = [p0, p1, p2, p3]
    ours = [edited(p0, "p0 réécrit"), p1, p3, p2]
    theirs = [p3, p0, edited(p1, "p1p2")]
    first = merge_texts(base, ours, theirs)
    assert texts(first.paragraphs) == ["p3", "p0 réécrit", "p1p2"]
    assert first.removed == (p2.uuid,) and first.proposals == ()
    assert merge_texts(base, first.paragraphs, theirs).paragraphs == first.paragraphs


def test_moves_that_contradict_each_other_keep_theirs_and_our_order_around_it() -> None:
    # Ours swaps a and b, theirs swaps b and c: no order keeps both swaps and the base's a < c.
    # Their move is kept, the others follow our text as far as it allows.
    a, b, c, _ = BASE
    first = merge_texts(BASE[:3], [b, a, c], [a, c, b])
    assert texts(first.paragraphs) == ["Un.", "Trois.", "Deux."]
    assert first.taken == (c.uuid,)  # their move: c before b
    assert merge_texts(BASE[:3], first.paragraphs, [a, c, b]).paragraphs == first.paragraphs


def test_moves_on_both_sides_across_each_other_land_where_each_side_put_them() -> None:
    # Ours moves p2 between p7 and p8, passing p5; theirs moves p5 after p8, passing p7.
    p = [para(f"p{i}") for i in range(10)]
    ours = [p[0], p[1], p[3], p[4], p[5], p[6], p[7], p[2], p[8], p[9]]
    theirs = [p[0], p[1], p[2], p[3], p[4], p[6], p[7], p[8], p[5], p[9]]
    first = merge_texts(p, ours, theirs)
    assert texts(first.paragraphs) == [f"p{i}" for i in (0, 1, 3, 4, 6, 7, 2, 8, 5, 9)]
    assert merge_texts(p, first.paragraphs, theirs).paragraphs == first.paragraphs


def test_a_paragraph_added_on_each_side_at_one_place_comes_ours_after_theirs() -> None:
    a, b, c, d = BASE
    mine, yours = para("Le nôtre."), para("Le leur.")
    plan = merge_texts(BASE, [a, mine, b, c, d], [a, yours, b, c, d])
    assert texts(plan.paragraphs) == ["Un.", "Le leur.", "Le nôtre.", "Deux.", "Trois.", "Quatre."]
    again = merge_texts(BASE, plan.paragraphs, [a, yours, b, c, d])
    assert again.paragraphs == plan.paragraphs


# -- properties -----------------------------------------------------------------------------

WORDS = st.text(alphabet="abcdefgh ", min_size=1, max_size=12)


@st.composite
def side(draw: st.DrawFn, base: list[Paragraph]) -> list[Paragraph]:
    """A text made from `base` by random edits: change, insert, delete, split, merge, move."""
    text = list(base)
    for _ in range(draw(st.integers(0, 6))):
        op = draw(st.sampled_from(["change", "insert", "delete", "split", "merge", "move"]))
        if not text and op != "insert":
            continue
        at = draw(st.integers(0, max(len(text) - 1, 0)))
        if op == "change":
            text[at] = edited(text[at], text[at].text + " " + draw(WORDS))
        elif op == "insert":
            text.insert(at, para(draw(WORDS) + " " + uuid_module.uuid4().hex[:6]))
        elif op == "delete":
            del text[at]
        elif op == "split":
            whole = text[at].text
            cut = draw(st.integers(0, len(whole)))
            text[at : at + 1] = [edited(text[at], whole[:cut]), para(whole[cut:])]
        elif op == "merge" and at + 1 < len(text):
            text[at : at + 2] = [edited(text[at], text[at].text + text[at + 1].text)]
        elif op == "move":
            moving = text.pop(at)
            text.insert(draw(st.integers(0, len(text))), moving)
    return text


@st.composite
def three_texts(draw: st.DrawFn) -> tuple[list[Paragraph], list[Paragraph], list[Paragraph]]:
    base = [para(f"p{i} " + draw(WORDS)) for i in range(draw(st.integers(0, 6)))]
    return base, draw(side(base)), draw(side(base))


def typed(base: list[Paragraph], text: list[Paragraph]) -> list[str]:
    """The paragraphs' texts a side typed: new paragraphs and changed ones."""
    before = {p.uuid: p.lines for p in base}
    return [p.text for p in text if before.get(p.uuid) != p.lines]


def kept_texts(plan: MergePlan) -> set[str]:
    """The texts a merge keeps: in the merged text or in a proposal."""
    return set(texts(plan.paragraphs)) | {
        "\n".join(line.text for line in p.lines) for p in plan.proposals
    }


# Random examples on every run (no example database, so a run does not depend on the last one).
@settings(max_examples=500, deadline=None, database=None)
@given(three_texts())
def test_no_text_typed_on_either_side_is_lost(sides: tuple) -> None:
    base, ours, theirs = sides
    kept = kept_texts(merge_texts(base, ours, theirs))
    for text in typed(base, ours) + typed(base, theirs):
        assert text in kept


@settings(max_examples=500, deadline=None, database=None)
@given(three_texts())
def test_merging_the_result_again_loses_nothing_and_brings_nothing_back(sides: tuple) -> None:
    base, ours, theirs = sides
    first = merge_texts(base, ours, theirs)
    again = merge_texts(base, first.paragraphs, theirs)
    for text in typed(base, ours) + typed(base, theirs):
        assert text in kept_texts(again) | kept_texts(first)
    assert kept_texts(again) <= kept_texts(first)


@settings(max_examples=1000, deadline=None, database=None)
@given(three_texts())
def test_merging_the_result_again_changes_nothing(sides: tuple) -> None:
    base, ours, theirs = sides
    first = merge_texts(base, ours, theirs)
    again = merge_texts(base, first.paragraphs, theirs)
    assert again.paragraphs == first.paragraphs
    assert {p.key for p in again.proposals} <= {p.key for p in first.proposals}


@settings(max_examples=500, deadline=None, database=None)
@given(three_texts())
def test_every_reordering_of_theirs_is_kept(sides: tuple) -> None:
    base, ours, theirs = sides
    merged = [p.uuid for p in merge_texts(base, ours, theirs).paragraphs]
    at_base = {p.uuid: i for i, p in enumerate(base)}
    at_theirs = {p.uuid: i for i, p in enumerate(theirs)}
    both = [u for u in merged if u in at_base and u in at_theirs]
    for i, x in enumerate(both):
        for y in both[i + 1 :]:
            # y before x in their text but not in the base: they moved it, the merge keeps it
            assert not (at_theirs[y] < at_theirs[x] and at_base[x] < at_base[y])


@settings(max_examples=300, deadline=None, database=None)
@given(three_texts())
def test_a_side_that_changed_nothing_takes_the_other_text_whole(sides: tuple) -> None:
    base, ours, theirs = sides
    assert merge_texts(base, base, theirs).paragraphs == tuple(theirs)
    assert merge_texts(base, ours, base).paragraphs == tuple(ours)
    assert merge_texts(base, ours, base).proposals == ()
