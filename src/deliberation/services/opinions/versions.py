"""Opinions' use cases: frozen versions of the text and their comparison."""

from __future__ import annotations

from deliberation.errors import ValidationError
from deliberation.records.i18n import QT_TRANSLATE_NOOP, Sentence
from deliberation.records.opinions import Paragraph, VersionRecord
from deliberation.rules.opinion_text import ParagraphDiff, compare_texts
from deliberation.rules.validation import clean_text
from deliberation.services.opinions.base import NOTE_MAX
from deliberation.services.opinions.text import TextMixin
from deliberation.store import opinions as q


class VersionsMixin(TextMixin):
    """Numbered versions of an opinion's text: freeze, drop, bring back, compare."""

    def versions(self, opinion_id: int) -> list[VersionRecord]:
        with self.store.reading() as s:
            return q.versions(s, opinion_id)

    def version(self, opinion_id: int, number: int) -> VersionRecord:
        with self.store.reading() as s:
            return q.version(s, opinion_id, number)

    def freeze(self, opinion_id: int, note: str = "", number: int | None = None) -> VersionRecord:
        """Freeze the stored current text as the next numbered version."""
        note = clean_text(note)
        if len(note) > NOTE_MAX:
            raise ValidationError(
                {
                    "note": Sentence(
                        QT_TRANSLATE_NOOP(
                            "errors", "La note ne doit pas dépasser {NOTE_MAX} caractères."
                        ),
                        NOTE_MAX=NOTE_MAX,
                    )
                }
            )
        with self.store.session() as s:
            if not q.current_text(s, opinion_id).paragraphs:
                raise ValidationError(
                    {
                        "text": QT_TRANSLATE_NOOP(
                            "errors", "Le texte est vide : il n'y a rien à figer."
                        )
                    }
                )
            return q.freeze(s, opinion_id, note, self.user, number)

    def unfreeze(self, version: VersionRecord) -> None:
        """Drop a version (the undo of freezing it)."""
        with self.store.session() as s:
            q.delete_version(s, version.opinion_id, version.number)

    def refreeze(self, version: VersionRecord) -> VersionRecord:
        """Write a dropped version back as it was (the redo of freezing it)."""
        with self.store.session() as s:
            q.restore_version(s, version.opinion_id, version)
            return q.version(s, version.opinion_id, version.number)

    def compare(self, opinion_id: int, old: int | None, new: int | None) -> list[ParagraphDiff]:
        """Compare two versions (None: the current text) paragraph by paragraph, word by word."""
        return compare_texts(
            self._version_text(opinion_id, old), self._version_text(opinion_id, new)
        )

    def _version_text(self, opinion_id: int, number: int | None) -> tuple[Paragraph, ...]:
        if number is None:
            return self.text(opinion_id).paragraphs
        return self.version(opinion_id, number).paragraphs
