"""Opinions' use cases: the list, their description and status, deletion and its undo."""

from __future__ import annotations

import uuid as uuid_module
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from deliberation.errors import NotFoundError, ValidationError
from deliberation.records.copying import field_values, record_from
from deliberation.records.i18n import QT_TRANSLATE_NOOP, Sentence
from deliberation.records.opinions import (
    OPINION_KINDS,
    OPINION_STATUSES,
    TITLE_MAX,
    AgendaRef,
    AmendmentRecord,
    CommentRecord,
    OpinionInput,
    OpinionRecord,
    OpinionSnapshot,
    Paragraph,
    StatusChange,
    VersionRecord,
)
from deliberation.rules.meetings import default_title
from deliberation.rules.validation import clean_line, clean_text
from deliberation.rules.wording import numeric_date
from deliberation.services.opinions.base import NOTE_MAX, OpinionsBase
from deliberation.store import opinion_reviews as qr
from deliberation.store import opinions as q
from deliberation.store import referential as rq
from deliberation.store.models import AgendaItem, Delegate, WorkingGroup


@dataclass(frozen=True)
class OpinionArchive:
    """Everything a deleted opinion had, to bring it back (the undo of its deletion)."""

    snapshot: OpinionSnapshot
    text: tuple[Paragraph, ...]
    versions: tuple[VersionRecord, ...]
    amendments: tuple[AmendmentRecord, ...]
    comments: tuple[CommentRecord, ...]


class DescriptionMixin(OpinionsBase):
    """The opinions and their description: type, title, group, rapporteurs, agenda, status."""

    def opinions(self) -> list[OpinionRecord]:
        with self.store.reading() as s:
            return q.opinions(s)

    def opinion_record(self, opinion_id: int) -> OpinionRecord:
        """One opinion as the list shows it (after its text was saved)."""
        with self.store.reading() as s:
            found = q.opinions(s, only=opinion_id)
        if not found:
            raise NotFoundError(
                Sentence(
                    QT_TRANSLATE_NOOP("errors", "Aucun avis n'a l'identifiant {opinion_id}."),
                    opinion_id=opinion_id,
                )
            )
        return found[0]

    def opinion(self, opinion_id: int) -> OpinionSnapshot:
        with self.store.reading() as s:
            return q.opinion_snapshot(s, opinion_id)

    def agenda_refs(self, item_ids: Sequence[int]) -> list[AgendaRef]:
        """The agenda items with their meetings' titles and days, in meeting order."""
        with self.store.reading() as s:
            return q.agenda_refs(s, item_ids, default_title)

    def agenda_choices(self) -> list[AgendaRef]:
        """Every meeting's agenda items, in meeting order: what an opinion may be linked to."""
        with self.store.reading() as s:
            return q.agenda_refs(s, None, default_title)

    def new_opinion(self, data: OpinionInput) -> OpinionSnapshot:
        data = self._check_opinion(data)
        return record_from(
            OpinionSnapshot,
            data,
            id=0,
            uuid=uuid_module.uuid4(),
            status="draft",
            agenda_item_ids=tuple(sorted(set(data.agenda_item_ids))),
            history=(StatusChange("draft", self.today, self.user),),
        )

    def edited_opinion(self, before: OpinionSnapshot, data: OpinionInput) -> OpinionSnapshot:
        data = self._check_opinion(data)
        linked = tuple(sorted(set(data.agenda_item_ids)))
        return replace(before, **field_values(data) | {"agenda_item_ids": linked})

    def with_status(
        self, before: OpinionSnapshot, status: str, on: date | None = None, note: str = ""
    ) -> OpinionSnapshot:
        """The opinion moved to `status` on `on` (today by default), the change recorded."""
        on = on or self.today
        if status not in OPINION_STATUSES:
            raise ValidationError(
                {"status": QT_TRANSLATE_NOOP("errors", "Choisissez un état de l'avis.")}
            )
        if status == before.status:
            raise ValidationError(
                {
                    "status": Sentence(
                        QT_TRANSLATE_NOOP("errors", "L'avis est déjà « {status} »."),
                        status=OPINION_STATUSES[status].lower(),
                    )
                }
            )
        if on > self.today:
            raise ValidationError(
                {
                    "changed_on": QT_TRANSLATE_NOOP(
                        "errors", "La date d'un changement d'état ne peut pas être à venir."
                    )
                }
            )
        if before.history and on < before.history[-1].changed_on:
            last = numeric_date(before.history[-1].changed_on)
            raise ValidationError(
                {
                    "changed_on": Sentence(
                        QT_TRANSLATE_NOOP(
                            "errors", "La date ne peut pas précéder le dernier changement ({last})."
                        ),
                        last=last,
                    )
                }
            )
        change = StatusChange(status, on, self.user, clean_text(note)[:NOTE_MAX])
        return replace(before, status=status, history=(*before.history, change))

    def _check_opinion(self, data: OpinionInput) -> OpinionInput:
        data = replace(
            data,
            title=clean_line(data.title),
            rapporteur_ids=tuple(dict.fromkeys(data.rapporteur_ids)),
        )
        errors: dict[str, str] = {}
        if data.kind not in OPINION_KINDS:
            errors["kind"] = QT_TRANSLATE_NOOP(
                "errors", "Choisissez le type : avis, recommandation ou contribution."
            )
        if not data.title:
            errors["title"] = QT_TRANSLATE_NOOP("errors", "Le titre est obligatoire.")
        elif len(data.title) > TITLE_MAX:
            errors["title"] = Sentence(
                QT_TRANSLATE_NOOP(
                    "errors", "Le titre ne doit pas dépasser {TITLE_MAX} caractères."
                ),
                TITLE_MAX=TITLE_MAX,
            )
        with self.store.reading() as s:
            if data.group_id is not None and not rq.existing_ids(s, WorkingGroup, {data.group_id}):
                errors["group"] = QT_TRANSLATE_NOOP(
                    "errors", "Le groupe de travail choisi n'existe plus."
                )
            wanted = set(data.rapporteur_ids)
            if rq.existing_ids(s, Delegate, wanted) != wanted:
                errors["rapporteurs"] = QT_TRANSLATE_NOOP(
                    "errors", "Un des rapporteurs choisis n'existe plus."
                )
            items = set(data.agenda_item_ids)
            if rq.existing_ids(s, AgendaItem, items) != items:
                errors["agenda"] = QT_TRANSLATE_NOOP(
                    "errors", "Un des points de l'ordre du jour choisis n'existe plus."
                )
        if errors:
            raise ValidationError(errors)
        return data

    def apply_opinion(self, snap: OpinionSnapshot) -> OpinionSnapshot:
        with self.store.writing("opinion") as s:
            return q.opinion_snapshot(s, q.save_opinion(s, snap))

    def remove_opinion(self, snap: OpinionSnapshot) -> None:
        with self.store.session() as s:
            q.delete_opinion(s, snap.uuid)

    def archive(self, opinion_id: int) -> OpinionArchive:
        """Everything about an opinion, read before deleting it."""
        with self.store.reading() as s:
            snap = q.opinion_snapshot(s, opinion_id)
            text = q.current_text(s, opinion_id).paragraphs
            versions = tuple(q.version(s, opinion_id, v.number) for v in q.versions(s, opinion_id))
            return OpinionArchive(
                snap,
                text,
                versions,
                tuple(qr.amendments(s, opinion_id)),
                tuple(qr.comments(s, opinion_id)),
            )

    def restore(self, archive: OpinionArchive) -> OpinionSnapshot:
        """Write a deleted opinion back whole, with the same ids (the undo of its deletion)."""
        with self.store.writing("opinion") as s:
            opinion_id = q.save_opinion(s, archive.snapshot)
            q.save_text(s, opinion_id, archive.text, None, {}, {})
            for version in archive.versions:
                q.restore_version(s, opinion_id, version)
            for amendment in archive.amendments:
                qr.save_amendment(s, amendment)
            for comment in sorted(archive.comments, key=lambda c: c.reply_to or 0):
                qr.save_comment(s, comment)
            return q.opinion_snapshot(s, opinion_id)
