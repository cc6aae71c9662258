"""Opinions' use cases: amendments proposed on paragraphs, and the decisions on them."""

from __future__ import annotations

import uuid as uuid_module
from collections.abc import Mapping, Sequence
from dataclasses import replace
from uuid import UUID

from deliberation.errors import ValidationError
from deliberation.records.i18n import QT_TRANSLATE_NOOP, Sentence
from deliberation.records.opinions import (
    AMENDMENT_ACTIONS,
    AMENDMENT_APPLIED,
    AMENDMENT_STATUSES,
    AMENDMENT_TREATMENTS,
    NO_TREATMENT,
    AmendmentInput,
    AmendmentRecord,
    Line,
    Paragraph,
    TextChange,
)
from deliberation.rules.opinion_text import clean_lines
from deliberation.rules.validation import clean_line, clean_text
from deliberation.services.opinions.base import COMMENT_MAX, NOTE_MAX
from deliberation.services.opinions.text import TextMixin, follow_merges
from deliberation.store import opinion_reviews as qr
from deliberation.store import opinions as q
from deliberation.store import referential as rq
from deliberation.store.database import Session
from deliberation.store.models import Organisation


class AmendmentsMixin(TextMixin):
    """Amendments: propose, decide (with the change to make to the text), delete."""

    def amendments(
        self, opinion_id: int, paragraph_uuid: UUID | None = None
    ) -> list[AmendmentRecord]:
        """An opinion's amendments; with `paragraph_uuid`, those on that paragraph, including
        those proposed on paragraphs merged into it."""
        with self.store.reading() as s:
            if paragraph_uuid is None:
                return qr.amendments(s, opinion_id)
            return qr.amendments(s, opinion_id, self._carried(s, opinion_id, paragraph_uuid))

    def open_review_counts(self, opinion_id: int) -> tuple[int, int]:
        """How many amendments are still to be decided and how many comment threads are still
        open: what the workspace's tab titles show, without reading the records."""
        with self.store.reading() as s:
            return qr.open_counts(s, opinion_id)

    def amendment(self, amendment_id: int) -> AmendmentRecord:
        with self.store.reading() as s:
            return qr.amendment(s, amendment_id)

    def new_amendment(self, opinion_id: int, data: AmendmentInput) -> AmendmentRecord:
        """A proposed amendment, checked against the stored text (nothing written)."""
        return self.new_amendments(opinion_id, [data])[0]

    def new_amendments(
        self, opinion_id: int, inputs: Sequence[AmendmentInput]
    ) -> list[AmendmentRecord]:
        """Proposed amendments, each checked as `new_amendment` checks one, against the stored
        text read once (nothing written). Raises the ValidationError of the first refused."""
        with self.store.reading() as s:
            return self.checked_amendments(s, opinion_id, inputs)

    def checked_amendments(
        self, session: Session, opinion_id: int, inputs: Sequence[AmendmentInput]
    ) -> list[AmendmentRecord]:
        """`new_amendments` within `session` (an import checks its items in the transaction
        that writes them): the paragraphs' states and the paragraphs targeted are read once
        for all, whatever the number of amendments."""
        q.text_revision(session, opinion_id)  # NotFoundError for an opinion that is not there
        names = rq.existing_ids(session, Organisation, {data.organisation_id for data in inputs})
        states = q.paragraph_states(session, opinion_id)
        targets = {
            data.paragraph_uuid: follow_merges(states, data.paragraph_uuid)
            if data.paragraph_uuid in states
            else None
            for data in inputs
        }
        live = q.live_paragraphs(session, opinion_id, [t for t in targets.values() if t])
        return [
            self._checked_amendment(opinion_id, data, data.organisation_id in names, states,
                                    targets[data.paragraph_uuid], live)
            for data in inputs
        ]  # fmt: skip

    def _checked_amendment(
        self,
        opinion_id: int,
        data: AmendmentInput,
        known_organisation: bool,
        states: Mapping[UUID, tuple[bool, UUID | None]],
        target: UUID | None,
        live: Mapping[UUID, Paragraph],
    ) -> AmendmentRecord:
        """One amendment checked against what `new_amendments` read: `target` is the live
        paragraph carrying the one it is proposed on, `live` the paragraphs targeted."""
        errors: dict[str, str] = {}
        lines = clean_lines(data.lines)
        has_text = any(line.text.strip() for line in lines)
        if data.action not in AMENDMENT_ACTIONS:
            errors["action"] = QT_TRANSLATE_NOOP(
                "errors", "Choisissez : remplacer, insérer après ou supprimer."
            )
        elif data.action != "delete" and not has_text:
            errors["text"] = QT_TRANSLATE_NOOP(
                "errors", "Écrivez le texte proposé par l'amendement."
            )
        proposed_on = data.proposed_on or self.today
        if proposed_on > self.today:
            errors["proposed_on"] = QT_TRANSLATE_NOOP(
                "errors", "La date de l'amendement ne peut pas être à venir."
            )
        justification = clean_text(data.justification)
        if len(justification) > COMMENT_MAX:
            errors["justification"] = Sentence(
                QT_TRANSLATE_NOOP(
                    "errors", "La justification ne doit pas dépasser {COMMENT_MAX} caractères."
                ),
                COMMENT_MAX=COMMENT_MAX,
            )
        if not known_organisation:
            errors["organisation"] = QT_TRANSLATE_NOOP(
                "errors", "Choisissez l'organisation qui propose l'amendement."
            )
        if data.paragraph_uuid not in states:
            errors["paragraph"] = QT_TRANSLATE_NOOP(
                "errors", "Le paragraphe visé n'appartient pas à cet avis."
            )
        elif target is None:
            errors["paragraph"] = QT_TRANSLATE_NOOP(
                "errors",
                "Le paragraphe visé a été supprimé du texte : l'amendement ne "
                "peut pas s'y rattacher.",
            )
        if errors:
            raise ValidationError(errors)
        assert target is not None
        found = live.get(target)
        return AmendmentRecord(
            id=0,
            uuid=uuid_module.uuid4(),
            opinion_id=opinion_id,
            paragraph_uuid=target,
            organisation_id=data.organisation_id,
            organisation_acronym="",
            action=data.action,
            lines=lines if data.action != "delete" else (),
            justification=justification,
            status="proposed",
            proposed_on=proposed_on,
            author=clean_line(data.author)[:200],
            original=found.text if found is not None else "",
        )

    def decided(
        self,
        before: AmendmentRecord,
        status: str,
        live: Sequence[Paragraph],
        applied: Sequence[Line] | None = None,
        note: str = "",
    ) -> tuple[AmendmentRecord, TextChange | None]:
        """The amendment with a decision, and the change to make to the text `live` (the text
        as the editor holds it now) when it is accepted.

        `applied` is the text retained when accepting as modified. Going back to « proposé »
        reopens a decision without touching the text.
        """
        if status not in AMENDMENT_STATUSES:
            raise ValidationError(
                {"status": QT_TRANSLATE_NOOP("errors", "Choisissez une décision.")}
            )
        if status == before.status:
            raise ValidationError(
                {
                    "status": Sentence(
                        QT_TRANSLATE_NOOP("errors", "L'amendement est déjà « {status} »."),
                        status=AMENDMENT_STATUSES[status].lower(),
                    )
                }
            )
        if status != "proposed" and before.status != "proposed":
            raise ValidationError(
                {
                    "status": QT_TRANSLATE_NOOP(
                        "errors",
                        "Cet amendement a déjà été tranché : rouvrez-le (« Proposé ») "
                        "avant une autre décision.",
                    )
                }
            )
        note = clean_text(note)[:NOTE_MAX]
        if status == "proposed":
            return replace(
                before, status=status, decided_on=None, decided_by="", decision_note=""
            ), None
        decided = replace(
            before,
            status=status,
            decided_on=self.today,
            decided_by=self.user,
            decision_note=note,
        )
        if status not in AMENDMENT_APPLIED:
            return decided, None
        lines = clean_lines(applied) if applied is not None else before.lines
        if status == "accepted_modified" and applied is None:
            raise ValidationError(
                {
                    "text": QT_TRANSLATE_NOOP(
                        "errors", "Écrivez le texte retenu pour l'amendement modifié."
                    )
                }
            )
        target = next((p for p in live if p.uuid == before.paragraph_uuid), None)
        if target is None:
            raise ValidationError(
                {
                    "paragraph": QT_TRANSLATE_NOOP(
                        "errors",
                        "Le paragraphe visé par cet amendement a été supprimé du texte : "
                        "l'amendement ne peut pas être appliqué. Rejetez-le ou "
                        "retirez-le.",
                    )
                }
            )
        if before.action != "delete" and not any(line.text.strip() for line in lines):
            raise ValidationError(
                {"text": QT_TRANSLATE_NOOP("errors", "Le texte retenu est vide.")}
            )
        if before.action == "replace":
            change = TextChange("replace", target.uuid, lines)
        elif before.action == "insert_after":
            new_uuid = before.inserted_uuid or uuid_module.uuid4()
            kind = target.kind if target.kind != "heading" else "paragraph"
            change = TextChange("insert_after", target.uuid, lines, new_uuid, kind)
            decided = replace(decided, inserted_uuid=new_uuid)
        else:
            change = TextChange("delete", target.uuid)
            lines = ()
        return replace(decided, applied=tuple(lines)), change

    def apply_amendment(self, record: AmendmentRecord) -> AmendmentRecord:
        """Write an amendment; a decision is refused (nothing written) when another program
        decided it meanwhile, read under a lock so that two decisions cannot both pass."""
        with self.store.writing("amendment") as s:
            stored = qr.decision_of(s, record.uuid)
            decided = record.status != "proposed" and stored not in (None, "proposed")
            if stored is not None and decided and stored != record.status:
                raise ValidationError(
                    {
                        "status": Sentence(
                            QT_TRANSLATE_NOOP(
                                "errors",
                                "Cet amendement vient d'être tranché par ailleurs (« {status} ») "
                                ": rouvrez-le (« Proposé ») avant une autre décision.",
                            ),
                            status=AMENDMENT_STATUSES.get(stored, stored).lower(),
                        )
                    }
                )
            return qr.amendment(s, qr.save_amendment(s, record))

    def treated(self, before: AmendmentRecord, treatment: str, note: str = "") -> AmendmentRecord:
        """The amendment with the treatment the rapporteur proposes (an AMENDMENT_TREATMENTS
        code, or "" to take it back) and its note; checked, nothing written."""
        if treatment and treatment not in AMENDMENT_TREATMENTS:
            raise ValidationError(
                {
                    "treatment": QT_TRANSLATE_NOOP(
                        "errors",
                        "Choisissez un traitement : favorable, défavorable, retrait "
                        "demandé ou satisfait.",
                    )
                }
            )
        note = clean_text(note)
        if len(note) > NOTE_MAX:
            raise ValidationError(
                {
                    "treatment_note": Sentence(
                        QT_TRANSLATE_NOOP(
                            "errors", "La note ne doit pas dépasser {NOTE_MAX} caractères."
                        ),
                        NOTE_MAX=NOTE_MAX,
                    )
                }
            )
        if not treatment and note:
            raise ValidationError(
                {
                    "treatment": QT_TRANSLATE_NOOP(
                        "errors", "Choisissez le traitement proposé auquel se rapporte la note."
                    )
                }
            )
        if (treatment, note) == (before.treatment, before.treatment_note):
            raise ValidationError(
                {
                    "treatment": QT_TRANSLATE_NOOP(
                        "errors", "L'amendement a déjà ce traitement proposé et cette note."
                    )
                }
            )
        return replace(before, treatment=treatment, treatment_note=note)

    def apply_treatment(self, record: AmendmentRecord, seen: AmendmentRecord) -> AmendmentRecord:
        """Write `record`'s proposed treatment and note, nothing else of the amendment.

        `seen` is the amendment as the user saw it before the change: the write is refused
        (nothing written) when the amendment was deleted meanwhile, or when another program
        changed its treatment since; read under a lock so that two changes cannot both pass.
        """
        with self.store.writing("amendment") as s:
            stored = qr.treatment_of(s, record.uuid)
            if stored is None:
                raise ValidationError(
                    {
                        "treatment": QT_TRANSLATE_NOOP(
                            "errors",
                            "Cet amendement a été supprimé par ailleurs : son traitement ne "
                            "peut plus être proposé.",
                        )
                    }
                )
            wanted = (record.treatment, record.treatment_note)
            if stored not in (wanted, (seen.treatment, seen.treatment_note)):
                label = AMENDMENT_TREATMENTS.get(stored[0], NO_TREATMENT)
                raise ValidationError(
                    {
                        "treatment": Sentence(
                            QT_TRANSLATE_NOOP(
                                "errors",
                                "Le traitement proposé de cet amendement vient d'être changé par "
                                "ailleurs (« {status} ») : relisez-le avant de le modifier.",
                            ),
                            status=label.lower(),
                        )
                    }
                )
            return qr.amendment(s, qr.save_treatment(s, record.uuid, *wanted))

    def remove_amendment(self, record: AmendmentRecord) -> None:
        with self.store.session() as s:
            qr.delete_amendment(s, record.uuid)
