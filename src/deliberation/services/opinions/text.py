"""Opinions' use cases: the current text, its saves and its paragraphs' identities."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from uuid import UUID

from deliberation.errors import ValidationError
from deliberation.records.i18n import QT_TRANSLATE_NOOP, Sentence
from deliberation.records.opinions import (
    HEADING_LEVELS,
    PARAGRAPH_KINDS,
    PARAGRAPH_MAX,
    OpinionText,
    Paragraph,
)
from deliberation.rules.opinion_text import clean_lines
from deliberation.services.opinions.base import OpinionsBase
from deliberation.store import opinions as q
from deliberation.store.database import Session


class TextMixin(OpinionsBase):
    """The current text of an opinion, and where a paragraph went after merges."""

    def text(self, opinion_id: int) -> OpinionText:
        with self.store.reading() as s:
            return q.current_text(s, opinion_id)

    def save_text(
        self,
        opinion_id: int,
        paragraphs: Sequence[Paragraph],
        expected_revision: int | None,
        merges: Mapping[UUID, UUID] | None = None,
        splits: Mapping[UUID, UUID] | None = None,
    ) -> OpinionText:
        """Store the current text (the autosave); the text as stored, with its new revision.

        `merges` maps a paragraph that left the text to the one it was merged into, `splits` a
        new paragraph to the one it was split from. Raises ConflictError when the stored text
        changed since `expected_revision` was read (None skips the check).
        """
        cleaned = self.cleaned(paragraphs)
        with self.store.session() as s:
            revision = q.save_text(
                s, opinion_id, cleaned, expected_revision, merges or {}, splits or {}, self.user
            )
        return OpinionText(opinion_id, cleaned, revision)

    def save_changes(
        self,
        opinion_id: int,
        changed: Sequence[Paragraph],
        order: Sequence[UUID] | None,
        expected_revision: int | None,
        merges: Mapping[UUID, UUID] | None = None,
        splits: Mapping[UUID, UUID] | None = None,
    ) -> tuple[int, tuple[Paragraph, ...]]:
        """Store what changed in the text since it was read or last saved (the autosave of a
        long text); the new revision and the changed paragraphs as stored.

        `changed` holds the paragraphs whose content or kind changed, every new one among them;
        `order` the identities of the whole text in order, or None if it did not change. The
        store writes only the rows that differ; merges, splits and the conflict check are
        those of `save_text`.
        """
        cleaned = self.cleaned(changed)
        if order is not None and len(set(order)) != len(order):
            raise ValidationError(
                {"text": QT_TRANSLATE_NOOP("errors", "Deux paragraphes portent la même identité.")}
            )
        with self.store.session() as s:
            revision = q.save_changes(
                s,
                opinion_id,
                cleaned,
                order,
                expected_revision,
                merges or {},
                splits or {},
                self.user,
            )
        return revision, cleaned

    def prepare_saves(self, opinion_id: int) -> None:
        """Make the first autosave of this opinion's text as quick as the next ones (the
        store's statements are compiled ahead, matching no row); writes nothing, and does
        nothing on a read-only store."""
        if self.store.read_only:
            return
        with self.store.session() as s:
            q.prepare_saves(s, opinion_id)

    def cleaned(self, paragraphs: Sequence[Paragraph]) -> tuple[Paragraph, ...]:
        """Paragraphs fit for the store: clean text, known kinds, one of each identity."""
        seen: set[UUID] = set()
        result = []
        for paragraph in paragraphs:
            if paragraph.uuid in seen:
                raise ValidationError(
                    {
                        "text": QT_TRANSLATE_NOOP(
                            "errors", "Deux paragraphes portent la même identité."
                        )
                    }
                )
            seen.add(paragraph.uuid)
            kind = paragraph.kind if paragraph.kind in PARAGRAPH_KINDS else "paragraph"
            level = (
                paragraph.level if kind == "heading" and paragraph.level in HEADING_LEVELS else 1
            )
            lines = clean_lines(paragraph.lines)
            if sum(len(line.text) for line in lines) > PARAGRAPH_MAX:
                raise ValidationError(
                    {
                        "text": Sentence(
                            QT_TRANSLATE_NOOP(
                                "errors",
                                "Un paragraphe ne doit pas dépasser {PARAGRAPH_MAX} caractères.",
                            ),
                            PARAGRAPH_MAX=PARAGRAPH_MAX,
                        )
                    }
                )
            result.append(Paragraph(paragraph.uuid, kind, lines, level))
        return tuple(result)

    def live_paragraphs(self, uuids: Sequence[UUID]) -> dict[UUID, Paragraph]:
        """Those of `uuids` that are paragraphs of some opinion's current text, by UUID."""
        with self.store.reading() as s:
            return q.live_paragraphs(s, None, uuids)

    def resolve(self, opinion_id: int, uuid: UUID) -> UUID | None:
        """The paragraph now carrying `uuid`: itself, the one it was merged into, or None if it
        was deleted (or never belonged to this opinion)."""
        with self.store.reading() as s:
            states = q.paragraph_states(s, opinion_id)
        return follow_merges(states, uuid)

    def aliases(self, opinion_id: int) -> dict[UUID, UUID]:
        """Each paragraph's identity → the live paragraph carrying it now (merges followed)."""
        with self.store.reading() as s:
            states = q.paragraph_states(s, opinion_id)
        result = {}
        for uuid in states:
            live = follow_merges(states, uuid)
            if live is not None:
                result[uuid] = live
        return result

    def moved_aliases(self, opinion_id: int) -> dict[UUID, UUID]:
        """The paragraphs removed by a merge → the live paragraph carrying them now; the same as
        `aliases` less its entries to themselves and to nothing (live rows are not read)."""
        with self.store.reading() as s:
            gone = q.gone_paragraph_states(s, opinion_id)
        result = {}
        for uuid in gone:
            live = follow_merges_among_live(gone, uuid)
            if live is not None and live != uuid:
                result[uuid] = live
        return result

    def _carried(self, session: Session, opinion_id: int, uuid: UUID) -> list[UUID]:
        states = q.paragraph_states(session, opinion_id)
        return [u for u in states if follow_merges(states, u) == uuid] or [uuid]


def follow_merges(states: Mapping[UUID, tuple[bool, UUID | None]], uuid: UUID) -> UUID | None:
    """The live paragraph carrying `uuid` (merges followed), None if it was deleted."""
    seen = set()
    current: UUID | None = uuid
    while current is not None and current not in seen:
        seen.add(current)
        state = states.get(current)
        if state is None:
            return None
        removed, into = state
        if not removed:
            return current
        current = into
    return None


def follow_merges_among_live(
    gone: Mapping[UUID, tuple[bool, UUID | None]], uuid: UUID
) -> UUID | None:
    """`follow_merges` given only the opinion's removed or merged paragraphs (`gone`): any other
    paragraph of the opinion is live. `uuid` must be one of the opinion's paragraphs."""
    seen = set()
    current: UUID | None = uuid
    while current is not None and current not in seen:
        seen.add(current)
        state = gone.get(current)
        if state is None or not state[0]:
            return current
        current = state[1]
    return None
