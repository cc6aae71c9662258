"""Matching a returned Word file's paragraphs with the paragraphs of the text that was sent."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from itertools import pairwise
from uuid import UUID

from deliberation.records.opinions import ExportRecord, Paragraph
from deliberation.review.returned import ReturnedDocument, ReturnedParagraph
from deliberation.rules.typography import plain
from deliberation.rules.word_exchange import ANNEX_BOOKMARK, BOOKMARK_PREFIX

SIMILAR = 0.6  # a returned paragraph this close to an exported one is taken for it
FILE_MATCH = 0.5  # share of an export's paragraphs found in a file that lost its ids


@dataclass
class Group:
    """The returned paragraphs standing for one exported paragraph (or inserted after it)."""

    exported: Paragraph | None
    paragraphs: list[ReturnedParagraph] = field(default_factory=list)
    inserted_after: Paragraph | None = None
    typed_before: int = 0  # how many of `paragraphs` were typed before the text's first one
    # the Word paragraph whose deleted mark (tracked) joined this paragraph to the one before
    merged_into: ReturnedParagraph | None = None


def document_body(document: ReturnedDocument) -> list[ReturnedParagraph]:
    """The paragraphs before the annexes, outside tables."""
    result = []
    for paragraph in document.paragraphs:
        if ANNEX_BOOKMARK in paragraph.bookmarks:
            break
        if not paragraph.in_table:
            result.append(paragraph)
    return result


def match_by_ids(exported: Sequence[Paragraph], body: Sequence[ReturnedParagraph]) -> list[Group]:
    """Each exported paragraph with the returned paragraphs carrying its bookmark, in order;
    unmarked paragraphs in between are grouped as inserted after the one before them."""
    order = {p.uuid: index for index, p in enumerate(exported)}
    by_hex = {BOOKMARK_PREFIX + p.uuid.hex: p for p in exported}
    groups = {p.uuid: Group(p) for p in exported}
    inserted: list[Group] = []
    previous: Paragraph | None = None
    leading: list[ReturnedParagraph] = []  # unmarked paragraphs before the first marked one
    for paragraph in body:
        known = [by_hex[b] for b in paragraph.bookmarks if b in by_hex]
        if known:
            owner = max(known, key=lambda p: order[p.uuid])  # the one that started last
            first = min(known, key=lambda p: order[p.uuid])
            if (
                first is not owner
                and not groups[first.uuid].paragraphs
                and plain(paragraph.text).startswith(plain(first.text))
            ):  # two paragraphs joined without tracking: the first one's text, then the next's
                owner = first
            if previous is None:
                typed = _typed_before(leading, paragraph)
                groups[owner.uuid].paragraphs.extend(typed)
                groups[owner.uuid].typed_before = len(typed)
            groups[owner.uuid].paragraphs.append(paragraph)
            previous = owner
        elif previous is None:
            leading.append(paragraph)
        elif previous is not None:
            if inserted and inserted[-1].inserted_after is previous:
                inserted[-1].paragraphs.append(paragraph)
            else:
                inserted.append(Group(None, [paragraph], previous))
    # A paragraph that lost its bookmark but kept its text: the first unmarked paragraph with
    # that text, found by text rather than by scanning every unmarked paragraph for each one.
    unmarked: dict[str, list[ReturnedParagraph]] = {}
    for other in inserted:
        for candidate in other.paragraphs:
            unmarked.setdefault(plain(candidate.text), []).append(candidate)
    taken: set[int] = set()
    for group in groups.values():
        if group.paragraphs or group.exported is None:
            continue
        same = unmarked.get(plain(group.exported.text))
        if same:
            found = same.pop(0)
            taken.add(id(found))
            group.paragraphs.append(found)
    if taken:
        for other in inserted:
            other.paragraphs = [p for p in other.paragraphs if id(p) not in taken]
    inserted = [g for g in inserted if g.paragraphs]
    return _split(_joined(_ordered(exported, groups, inserted)))


def _joined(groups: list[Group]) -> list[Group]:
    """Two paragraphs joined with tracking (the first one's paragraph mark deleted, its text
    kept): the next paragraph's Word paragraphs join the first's group, and the next paragraph,
    left without any, is deleted."""
    for group, following in pairwise(groups):
        if group.exported is None or following.exported is None or not group.paragraphs:
            continue
        last = group.paragraphs[-1]
        if last.deleted and last.text.strip() and following.paragraphs:
            group.paragraphs.extend(following.paragraphs)
            following.paragraphs = []
            following.merged_into = last
    return groups


def _typed_before(
    leading: Sequence[ReturnedParagraph], first: ReturnedParagraph
) -> list[ReturnedParagraph]:
    """The paragraphs typed just before the text's first one (tracked, or in its style): the
    model has no « insert before », so they join the first paragraph as its first lines."""
    typed: list[ReturnedParagraph] = []
    for paragraph in reversed(leading):
        whole_insert = bool(paragraph.text.strip()) and not paragraph.original.strip()
        same_style = bool(first.style) and paragraph.style == first.style
        if not (paragraph.inserted or whole_insert or same_style):
            break
        typed.insert(0, paragraph)
    return typed


def _split(groups: list[Group]) -> list[Group]:
    """A paragraph split with Enter: from the Word paragraph after a tracked new paragraph mark
    that has the paragraph's own style (not a list item nor a following line), the rest is a new
    paragraph inserted after it. A one-line paragraph was exported as one Word paragraph, so a
    second one in its own style under its bookmark is a split made without tracking."""
    result: list[Group] = []
    for group in groups:
        follows = result and group.exported is None and result[-1].exported is None
        if follows and result[-1].inserted_after is group.inserted_after:  # the split's rest
            result[-1].paragraphs.extend(group.paragraphs)
            continue
        result.append(group)
        paragraphs = group.paragraphs
        if group.exported is None or len(paragraphs) < 2:
            continue
        first = paragraphs[0]
        one_line = len(group.exported.lines) <= 1
        for index in range(group.typed_before + 1, len(paragraphs)):
            here, before = paragraphs[index], paragraphs[index - 1]
            listed = bool(here.lines and here.lines[0].list)
            broken = before.inserted or (one_line and not (before.deleted or here.deleted))
            if broken and here.style == first.style and not listed:
                group.paragraphs = paragraphs[:index]
                result.append(Group(None, paragraphs[index:], group.exported))
                break
    return result


def match_by_text(exported: Sequence[Paragraph], body: Sequence[ReturnedParagraph]) -> list[Group]:
    """Each exported paragraph with the returned paragraphs most like it, in order."""
    texts = [plain(p.text) for p in body]
    groups = {p.uuid: Group(p) for p in exported}
    inserted: list[Group] = []
    cursor = 0
    previous: Paragraph | None = None
    started = False
    for paragraph in exported:
        want = plain(paragraph.text)
        best = (0.0, -1, 0)
        for start in range(cursor, min(len(body), cursor + 12)):
            for size in range(1, max(1, len(paragraph.lines)) + 1):
                if start + size > len(body):
                    break
                got = " ".join(texts[start : start + size])
                matcher = SequenceMatcher(None, want, got, autojunk=False)
                floor = max(best[0], SIMILAR - 1e-9)  # bounds first: ratio() is the costly one
                if matcher.real_quick_ratio() <= floor or matcher.quick_ratio() <= floor:
                    continue
                ratio = matcher.ratio()
                if ratio > best[0]:
                    best = (ratio, start, size)
        ratio, start, size = best
        if ratio < SIMILAR:
            continue
        if started and previous is not None:
            between = [p for p in body[cursor:start] if p.text.strip()]
            if between:
                inserted.append(Group(None, between, previous))
        groups[paragraph.uuid].paragraphs.extend(body[start : start + size])
        cursor, previous, started = start + size, paragraph, True
    return _ordered(exported, groups, inserted)


def _ordered(
    exported: Sequence[Paragraph], groups: dict[UUID, Group], inserted: list[Group]
) -> list[Group]:
    after: dict[UUID, list[Group]] = {}
    for group in inserted:
        assert group.inserted_after is not None
        after.setdefault(group.inserted_after.uuid, []).append(group)
    result = []
    for paragraph in exported:
        result.append(groups[paragraph.uuid])
        result.extend(after.get(paragraph.uuid, []))
    return result


def comment_owners(groups: Sequence[Group]) -> dict[int, Paragraph]:
    """Returned paragraph index → the exported paragraph a comment there is about."""
    owners: dict[int, Paragraph] = {}
    for group in groups:
        paragraph = group.exported or group.inserted_after
        if paragraph is None:
            continue
        for returned in group.paragraphs:
            owners[returned.index] = paragraph
    return owners


class TextIndex:
    """A returned file's paragraph texts, indexed by their words: finding the few texts that may
    be (nearly) word for word an exported paragraph costs their shared words, not the file's
    length (issue 20: 3,000 look-alike paragraphs took 39 s to refuse, compared pair by pair)."""

    CANDIDATES = 8  # texts compared character by character per wanted paragraph, at most
    COMMON = 64  # a word in more texts than this says nothing about which one is meant

    def __init__(self, texts: Sequence[str]) -> None:
        self.texts = list(texts)
        self.pool = set(self.texts)
        self._by_word: dict[str, list[int]] = {}
        for index, text in enumerate(self.texts):
            for word in set(text.split()):
                self._by_word.setdefault(word, []).append(index)

    def has_near(self, text: str) -> bool:
        """Whether `text` is among the texts, or one of them is nearly it (difflib's ratio of
        at least 0.8, its quick ratio at least 0.9)."""
        if text in self.pool:
            return True
        shared: dict[int, int] = {}
        for word in set(text.split()):
            holders = self._by_word.get(word, ())
            if len(holders) > self.COMMON:
                continue
            for index in holders:
                shared[index] = shared.get(index, 0) + 1
        if not shared:  # only common words: the closest lengths among every text
            size = len(text)
            best = sorted(range(len(self.texts)), key=lambda i: abs(len(self.texts[i]) - size))
        else:
            best = sorted(shared, key=lambda i: -shared[i])
        for index in best[: self.CANDIDATES]:
            matcher = SequenceMatcher(None, text, self.texts[index], autojunk=False)
            if (
                matcher.real_quick_ratio() >= 0.8
                and matcher.quick_ratio() >= 0.9
                and matcher.ratio() >= 0.8
            ):
                return True
        return False


def text_score(exported: Sequence[Paragraph], texts: Sequence[str] | TextIndex) -> float:
    """The share of an export's paragraphs found (nearly) word for word among `texts`."""
    wanted = [plain(p.text) for p in exported if p.text.strip()]
    if not wanted:
        return 0.0
    index = texts if isinstance(texts, TextIndex) else TextIndex(texts)
    found = sum(1 for text in wanted if index.has_near(text))
    return found / len(wanted)


def best_text_match(
    exports: Sequence[ExportRecord], document: ReturnedDocument, opinion_id: int | None
) -> tuple[ExportRecord | None, float]:
    """The export (of `opinion_id`, if given) whose paragraphs the file's text matches best,
    with its score (see `text_score`); None when none has a paragraph in the file."""
    body = document_body(document)
    index = TextIndex([plain(p.text) for p in body if p.text.strip()])
    best_score, best_export = 0.0, None
    for export in exports:
        if opinion_id is not None and export.opinion_id != opinion_id:
            continue
        score = text_score(export.paragraphs, index)
        if score > best_score:
            best_score, best_export = score, export
    return best_export, best_score


def changed_since_export(
    exported: Sequence[Paragraph], aliases: Mapping[UUID, UUID], live: Mapping[UUID, Paragraph]
) -> set[UUID]:
    """The exported paragraphs whose text is no longer the same in `live` (the current text by
    UUID), or that left it; `aliases` maps each identity to the live paragraph carrying it."""
    changed: set[UUID] = set()
    for paragraph in exported:
        target = aliases.get(paragraph.uuid)
        now = live.get(target) if target else None
        if now is None or plain(now.text) != plain(paragraph.text):
            changed.add(paragraph.uuid)
    return changed
