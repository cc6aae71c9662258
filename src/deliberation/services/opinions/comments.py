"""Opinions' use cases: comment threads on paragraphs."""

from __future__ import annotations

import uuid as uuid_module
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime
from uuid import UUID

from deliberation.errors import ValidationError
from deliberation.records.i18n import QT_TRANSLATE_NOOP, Sentence
from deliberation.records.opinions import CommentRecord, CommentThread
from deliberation.rules.opinion_text import clean_inline
from deliberation.rules.validation import clean_text
from deliberation.services.opinions.base import COMMENT_MAX, NOTE_MAX
from deliberation.services.opinions.text import TextMixin, follow_merges
from deliberation.store import opinion_reviews as qr
from deliberation.store import opinions as q
from deliberation.store.database import Session


def _clean_comment(text: str) -> str:
    """A comment's text fit for the store; ValidationError if it is empty or too long."""
    text = clean_text(text)
    if not text:
        raise ValidationError({"text": QT_TRANSLATE_NOOP("errors", "Le commentaire est vide.")})
    if len(text) > COMMENT_MAX:
        raise ValidationError(
            {
                "text": Sentence(
                    QT_TRANSLATE_NOOP(
                        "errors", "Un commentaire ne doit pas dépasser {COMMENT_MAX} caractères."
                    ),
                    COMMENT_MAX=COMMENT_MAX,
                )
            }
        )
    return text


class CommentsMixin(TextMixin):
    """Comments on paragraphs, threaded by replies."""

    def threads(self, opinion_id: int, paragraph_uuid: UUID | None = None) -> list[CommentThread]:
        """Comment threads, oldest first; with `paragraph_uuid`, those on that paragraph
        (including those on paragraphs merged into it)."""
        with self.store.reading() as s:
            carried = (
                None if paragraph_uuid is None else self._carried(s, opinion_id, paragraph_uuid)
            )
            found = qr.comments(s, opinion_id, carried)
        firsts = [c for c in found if c.reply_to is None]
        replies: dict[int, list[CommentRecord]] = {}
        for comment in found:
            if comment.reply_to is not None:
                replies.setdefault(comment.reply_to, []).append(comment)
        return [CommentThread(first, tuple(replies.get(first.id, ()))) for first in firsts]

    def new_comment(
        self,
        opinion_id: int,
        paragraph_uuid: UUID,
        text: str,
        reply_to: CommentRecord | None = None,
        anchor: str = "",
    ) -> CommentRecord:
        if reply_to is not None:
            return self._checked_comment(
                opinion_id, reply_to.paragraph_uuid, text, reply_to, anchor
            )
        return self.new_comments(opinion_id, [(paragraph_uuid, text, anchor)])[0]

    def new_comments(
        self, opinion_id: int, comments: Sequence[tuple[UUID, str, str]]
    ) -> list[CommentRecord]:
        """Comments opening threads, each (paragraph, text, anchor) checked as `new_comment`
        checks one (nothing written). Raises the ValidationError of the first refused."""
        with self.store.reading() as s:
            return self.checked_comments(s, opinion_id, comments)

    def checked_comments(
        self, session: Session, opinion_id: int, comments: Sequence[tuple[UUID, str, str]]
    ) -> list[CommentRecord]:
        """`new_comments` within `session` (an import checks its items in the transaction that
        writes them): the paragraphs' states are read once for all."""
        states = q.paragraph_states(session, opinion_id)
        result = []
        for paragraph_uuid, text, anchor in comments:
            record = self._checked_comment(opinion_id, paragraph_uuid, text, None, anchor)
            live = follow_merges(states, paragraph_uuid)
            if live is None:
                raise ValidationError(
                    {
                        "paragraph": QT_TRANSLATE_NOOP(
                            "errors", "Le paragraphe commenté a été supprimé du texte."
                        )
                    }
                )
            result.append(replace(record, paragraph_uuid=live))
        return result

    def _checked_comment(
        self,
        opinion_id: int,
        paragraph_uuid: UUID,
        text: str,
        reply_to: CommentRecord | None,
        anchor: str,
    ) -> CommentRecord:
        """A comment on `paragraph_uuid`, its text checked (the paragraph is not)."""
        return CommentRecord(
            id=0,
            uuid=uuid_module.uuid4(),
            opinion_id=opinion_id,
            paragraph_uuid=paragraph_uuid,
            author=self.user,
            text=_clean_comment(text),
            written_at=datetime.now(UTC),
            reply_to=reply_to.id if reply_to else None,
            anchor=clean_inline(anchor)[:NOTE_MAX],
        )

    def with_resolved(self, record: CommentRecord, resolved: bool) -> CommentRecord:
        return replace(record, resolved=resolved)

    def apply_comment(self, record: CommentRecord) -> CommentRecord:
        with self.store.writing("comment") as s:
            return qr.save_comment(s, record)

    def remove_comment(self, record: CommentRecord) -> None:
        with self.store.session() as s:
            qr.delete_comment(s, record.uuid)
