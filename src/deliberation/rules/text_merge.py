"""The three-way merge of an opinion's text, per paragraph identity: a base, ours and theirs."""

from __future__ import annotations

import heapq
import itertools
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import TypeVar
from uuid import UUID

from deliberation.records.opinions import Line, Paragraph

T = TypeVar("T")


@dataclass(frozen=True)
class MergeProposal:
    """An incoming change that could not be taken without losing the receiving side's.

    `action` is an AMENDMENT_ACTIONS code on `target`, a paragraph of the merged text:
    « replace » its text by `lines`, « insert_after » it the paragraph `lines`, « delete » it.
    `source` is the incoming paragraph the change comes from.
    """

    action: str
    target: UUID
    source: UUID
    lines: tuple[Line, ...] = ()

    @property
    def key(self) -> str:
        """What identifies the proposal whatever its target: the same incoming change proposed
        twice has the same key."""
        text = "\n".join(line.text for line in self.lines)
        return f"{self.source}:{self.action}:{text}"


@dataclass(frozen=True)
class MergePlan:
    """The merged text and what it took from each side.

    `taken` are the paragraphs whose incoming change (text, kind, place, addition) the merged
    text follows; `removed` the paragraphs the incoming side deleted that leave the text;
    `proposals` the incoming changes kept as proposals on the receiving text.
    """

    paragraphs: tuple[Paragraph, ...]
    taken: tuple[UUID, ...] = ()
    removed: tuple[UUID, ...] = ()
    proposals: tuple[MergeProposal, ...] = ()


def _three_way(base: T, ours: T, theirs: T) -> tuple[T, bool, bool]:
    """(the merged value, whether theirs was taken, whether both changed it differently)."""
    if theirs in (base, ours):
        return ours, False, False
    if ours == base:
        return theirs, True, False
    return ours, False, True


def _moved(base: Sequence[UUID], side: Sequence[UUID]) -> set[UUID]:
    """The paragraphs of `base` that `side` placed elsewhere: those outside the longest run of
    paragraphs both keep in the same order."""
    common = set(base) & set(side)
    before = [u for u in base if u in common]
    after = [u for u in side if u in common]
    matcher = SequenceMatcher(None, before, after, autojunk=False)
    kept = {
        before[block.a + i] for block in matcher.get_matching_blocks() for i in range(block.size)
    }
    return common - kept


def merge_texts(
    base: Sequence[Paragraph], ours: Sequence[Paragraph], theirs: Sequence[Paragraph]
) -> MergePlan:
    """Merge `theirs` (an incoming text) into `ours` (the receiving text), both made from `base`.

    Per paragraph identity: a change made on one side only is taken (text, kind and level each
    on their own); a paragraph added, moved or deleted on one side follows. A paragraph both
    sides changed differently keeps our text and the incoming text becomes a proposal; one we
    deleted that they changed is proposed for insertion where they have it; one we changed
    that they deleted is proposed for deletion. Nothing typed on either side is lost, and
    merging the result again with the same incoming text changes nothing.
    """
    b = {p.uuid: p for p in base}
    o = {p.uuid: p for p in ours}
    t = {p.uuid: p for p in theirs}
    kept: dict[UUID, Paragraph] = {}
    taken: list[UUID] = []
    removed: list[UUID] = []
    pending: list[tuple[str, UUID, tuple[Line, ...]]] = []  # (action, source, lines)
    for uuid in dict.fromkeys([*o, *t]):
        old, mine, other = b.get(uuid), o.get(uuid), t.get(uuid)
        if mine is not None and other is not None:
            start = old or mine
            lines, took_lines, clash = _three_way(start.lines, mine.lines, other.lines)
            if old is None and mine.lines != other.lines:
                lines, took_lines, clash = mine.lines, False, True
            form, took_form, _ = _three_way(
                (start.kind, start.level), (mine.kind, mine.level), (other.kind, other.level)
            )
            kept[uuid] = Paragraph(uuid, form[0], lines, form[1])
            if took_lines or took_form:
                taken.append(uuid)
            if clash:
                pending.append(("replace", uuid, other.lines))
        elif mine is not None:  # they do not have it: they deleted it, or we added it
            kept[uuid] = mine
            if old is not None and mine == old:
                del kept[uuid]
                removed.append(uuid)
            elif old is not None and mine.lines != old.lines:
                pending.append(("delete", uuid, ()))
        elif other is not None:  # we do not have it: we deleted it, or they added it
            if old is None:
                kept[uuid] = other
                taken.append(uuid)
            elif other.lines != old.lines:
                pending.append(("insert_after", uuid, other.lines))
    order = _order(b, ours, theirs, kept, taken)
    proposals = []
    for action, source, lines in pending:
        if action == "insert_after":
            anchor = _anchor(source, theirs, order)
            if anchor is None:  # nothing left to attach it to: it comes back in the text
                kept[source] = t[source]
                taken.append(source)
                order = _order(b, ours, theirs, kept, taken)
                continue
            proposals.append(MergeProposal(action, anchor, source, lines))
        else:
            proposals.append(MergeProposal(action, source, source, lines))
    return MergePlan(
        tuple(kept[u] for u in order), tuple(dict.fromkeys(taken)), tuple(removed),
        tuple(proposals),
    )  # fmt: skip


def _order(
    base: dict[UUID, Paragraph],
    ours: Sequence[Paragraph],
    theirs: Sequence[Paragraph],
    kept: dict[UUID, Paragraph],
    taken: list[UUID],
) -> list[UUID]:
    """The merged order, made so that merging the result again with `theirs` keeps it.

    The paragraphs of the base are ordered pair by pair, like any three-way merge: two
    paragraphs take the order their text gives them when it differs from the base's (their
    move), else ours (our move, or the base's when nobody moved them). Where the moves
    contradict each other (both sides moved the same paragraphs differently), theirs are kept
    and the others follow our text as far as it allows. Then each side's new paragraphs follow
    the paragraph before them in that side's text (theirs first when both added after one).
    Since the result keeps every move of theirs, merging it again finds only its own order.
    """
    sides = [
        {u: i for i, u in enumerate(base)},
        {p.uuid: i for i, p in enumerate(ours)},
        {p.uuid: i for i, p in enumerate(theirs)},
    ]
    order = _order_of_the_base(base, sides, kept)
    placed = set(order)
    following: dict[UUID | None, list[UUID]] = {}
    for side, first in ((ours, False), (theirs, True)):  # theirs first after one paragraph
        previous: UUID | None = None
        for uuid in (p.uuid for p in side):
            if uuid in kept and uuid not in placed:  # new on this side
                runs = following.setdefault(previous, [])
                runs.insert(0 if first else len(runs), uuid)
                placed.add(uuid)
            if uuid in placed:
                previous = uuid
    merged: list[UUID] = []
    stack: list[UUID | None] = [*reversed(order), None]
    while stack:  # each paragraph, then what follows it (depth first)
        next_one = stack.pop()
        if next_one is not None:
            merged.append(next_one)
        stack.extend(reversed(following.get(next_one, [])))
    moved_theirs = _moved(list(base), [p.uuid for p in theirs]) & set(sides[1])
    at = {u: i for i, u in enumerate(order)}
    ours_kept = [p.uuid for p in ours if p.uuid in at]
    for uuid in (u for u in (p.uuid for p in theirs) if u in moved_theirs and u in at):
        mine = ours_kept.index(uuid)
        if any(
            (at[other] < at[uuid]) != (index < mine)
            for index, other in enumerate(ours_kept)
            if other != uuid
        ):
            taken.append(uuid)  # their move is what placed it
    return merged


def _order_of_the_base(
    base: dict[UUID, Paragraph], sides: list[dict[UUID, int]], kept: dict[UUID, Paragraph]
) -> list[UUID]:
    """The kept paragraphs of the base in the order the pairs decide (see `_order`): a
    topological pass over the pairs' rules that, where none is free to come next (the moves
    contradict each other), takes the first in our text that no move of theirs holds back."""
    in_base = [u for u in base if u in kept]
    ours = sides[1]
    reference = sorted((u for u in in_base if u in ours), key=ours.__getitem__)
    for index, uuid in enumerate(in_base):  # those we deleted: after their base neighbour
        if uuid not in ours:
            before = in_base[index - 1] if index else None
            reference.insert(0 if before is None else reference.index(before) + 1, uuid)
    rank = {u: i for i, u in enumerate(reference)}
    # incoming[v]: how many unplaced paragraphs must come before v, by any rule and by a move
    # of theirs; after[u]: the paragraphs u must come before, and whether by a move of theirs
    incoming = {u: [0, 0] for u in reference}
    after: dict[UUID, list[tuple[UUID, bool]]] = {u: [] for u in reference}
    for x, y in _pairs(in_base, sides):
        x_first, their_move = _pair(x, y, sides)
        first, second = (x, y) if x_first else (y, x)
        incoming[second][0] += 1
        incoming[second][1] += their_move
        after[first].append((second, their_move))
    order: list[UUID] = []
    ready = [rank[u] for u in reference if incoming[u][0] == 0]
    heapq.heapify(ready)
    left = dict.fromkeys(reference)
    while left:
        if ready:
            chosen = reference[heapq.heappop(ready)]
        else:  # their moves never contradict each other: one of these is free of them
            chosen = next(u for u in left if incoming[u][1] == 0)
        del left[chosen]
        order.append(chosen)
        for later, their_move in after[chosen]:
            incoming[later][0] -= 1
            incoming[later][1] -= their_move
            if later in left and incoming[later][0] == 0:
                heapq.heappush(ready, rank[later])
    return order


def _pairs(reference: list[UUID], sides: list[dict[UUID, int]]) -> Iterator[tuple[UUID, UUID]]:
    """The pairs of paragraphs of the base `_order_of_the_base` must weigh, in short.

    The paragraphs neither side moved keep the base's order on both sides: each and the next
    make the pairs of that chain. Only the paragraphs a side moved, or that one side lacks, are
    weighed against every other: a long text with a few moves costs a few passes, not the
    square of its length.
    """
    _, ours, theirs = sides
    moved = _moved(reference, sorted(ours, key=ours.__getitem__)) | _moved(
        reference, sorted(theirs, key=theirs.__getitem__)
    )
    alone = [u for u in reference if u in moved or u not in ours or u not in theirs]
    weighed = set(alone)
    still = [u for u in reference if u not in weighed]
    yield from itertools.pairwise(still)
    for index, x in enumerate(alone):
        yield from ((x, y) for y in still)
        yield from ((x, y) for y in alone[index + 1 :])


def _pair(x: UUID, y: UUID, sides: list[dict[UUID, int]]) -> tuple[bool, bool]:
    """Whether `x` comes before `y` (two paragraphs of the base), and whether by a move of
    theirs (the order their text gives them differs from the base's)."""
    base, ours, theirs = (
        at[x] < at[y] if x in at and y in at else None for at in sides
    )  # fmt: skip
    if theirs is not None and theirs != base:
        return theirs, True
    if ours is not None and ours != base:
        return ours, False
    return bool(base), False


def _anchor(source: UUID, theirs: Sequence[Paragraph], order: list[UUID]) -> UUID | None:
    """The paragraph of the merged text to insert `source` after: the nearest one before it in
    their text, else the first of the merged text (None when the merged text is empty)."""
    theirs_order = [p.uuid for p in theirs]
    present = set(order)
    for before in reversed(theirs_order[: theirs_order.index(source)]):
        if before in present:
            return before
    return order[0] if order else None


__all__ = ["MergePlan", "MergeProposal", "merge_texts"]
