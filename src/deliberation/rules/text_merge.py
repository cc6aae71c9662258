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
    """Our order, with the paragraphs they added, and those they moved (and we did not), each
    placed after the paragraph before it in their text."""
    base_order = list(base)
    ours_order = [p.uuid for p in ours]
    theirs_order = [p.uuid for p in theirs]
    moved_ours = _moved(base_order, ours_order)
    moved_theirs = _moved(base_order, theirs_order) - moved_ours
    mine = set(ours_order)
    placing = {u for u in theirs_order if u in kept and (u not in mine or u in moved_theirs)}
    order = [u for u in ours_order if u in kept and u not in placing]
    for index, uuid in enumerate(theirs_order):
        if uuid not in placing:
            continue
        at = 0
        for before in reversed(theirs_order[:index]):
            if before in order:
                at = order.index(before) + 1
                break
        order.insert(at, uuid)
    taken.extend(u for u in theirs_order if u in moved_theirs and u in kept)
    return order


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
