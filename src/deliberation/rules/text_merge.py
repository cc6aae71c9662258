"""The three-way merge of an opinion's text, per paragraph identity: a base, ours and theirs."""

from __future__ import annotations

from collections.abc import Sequence
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
    """The merged order, decided pair by pair so that merging the result again keeps it.

    For each two paragraphs of the merged text: the order their text gives them when it differs
    from the base's (their move; always kept), else ours when it differs from the base's or the
    base has not both (our move, our addition), else theirs (their addition), else the base's.
    The paragraphs follow these orders; where they contradict each other (both sides moved the
    same paragraphs differently), the base's order gives way first, then ours, never theirs.
    Where nothing orders two paragraphs (one added on each side), our order with their additions
    placed after the paragraph before them in their text decides. Since the result honours every
    move of theirs, merging it again finds only its own order: the same text comes back.
    """
    sides = [
        {u: i for i, u in enumerate(base)},
        {p.uuid: i for i, p in enumerate(ours)},
        {p.uuid: i for i, p in enumerate(theirs)},
    ]
    reference = _reference(ours, theirs, kept)
    rank = {u: i for i, u in enumerate(reference)}
    # incoming[v][c]: how many unplaced paragraphs must come before v by a rule of class c
    # (_THEIRS_MOVE, _OURS, _OTHER); after[u]: the (paragraph, class) pairs u must precede
    incoming = {u: [0, 0, 0] for u in reference}
    after: dict[UUID, list[tuple[UUID, int]]] = {u: [] for u in reference}
    for i, x in enumerate(reference):
        for y in reference[i + 1 :]:
            decided = _pair(x, y, sides)
            if decided is None:
                continue
            first, second = (x, y) if decided[0] else (y, x)
            incoming[second][decided[1]] += 1
            after[first].append((second, decided[1]))
    order: list[UUID] = []
    left = dict.fromkeys(reference)
    while left:
        ready = [u for u in left if incoming[u] == [0, 0, 0]]
        if ready:
            chosen = ready[0]
        else:  # the rules contradict each other: break the base's order first, then ours
            chosen = min(
                (u for u in left if incoming[u][_THEIRS_MOVE] == 0),
                key=lambda u: (incoming[u][_OURS], incoming[u][_OTHER], rank[u]),
            )
        del left[chosen]
        order.append(chosen)
        for later, rule in after[chosen]:
            incoming[later][rule] -= 1
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
    return order


_THEIRS_MOVE, _OURS, _OTHER = 0, 1, 2


def _pair(x: UUID, y: UUID, sides: list[dict[UUID, int]]) -> tuple[bool, int] | None:
    """Whether `x` comes before `y` in the merged text and by which rule (see `_order`), or
    None when no side has both."""
    base, ours, theirs = (
        at[x] < at[y] if x in at and y in at else None for at in sides
    )  # fmt: skip
    if theirs is not None and base is not None and theirs != base:
        return theirs, _THEIRS_MOVE
    if ours is not None and ours != base:
        return ours, _OURS
    if theirs is not None and base is None:
        return theirs, _OTHER
    if base is not None:
        return base, _OTHER
    return None


def _reference(
    ours: Sequence[Paragraph], theirs: Sequence[Paragraph], kept: dict[UUID, Paragraph]
) -> list[UUID]:
    """The kept paragraphs in our order, those we do not have placed after the paragraph before
    them in their text (first when none is): the order where the rules leave a choice."""
    reference = [p.uuid for p in ours if p.uuid in kept]
    placed = set(reference)
    theirs_order = [p.uuid for p in theirs]
    for index, uuid in enumerate(theirs_order):
        if uuid not in kept or uuid in placed:
            continue
        at = 0
        for before in reversed(theirs_order[:index]):
            if before in placed:
                at = reference.index(before) + 1
                break
        reference.insert(at, uuid)
        placed.add(uuid)
    return reference


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
