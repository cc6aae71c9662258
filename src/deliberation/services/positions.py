"""Use cases of consultations and positions: record, change with history, consolidate."""

from __future__ import annotations

import uuid as uuid_module
from dataclasses import replace
from datetime import date

from deliberation.errors import ValidationError
from deliberation.records.copying import record_from
from deliberation.records.i18n import QT_TRANSLATE_NOOP, Sentence
from deliberation.records.positions import (
    DEFAULT_USER,
    POSITION_SOURCES,
    STANCES,
    SUBJECT_KINDS,
    USER_MAX,
    ConsultationArchive,
    ConsultationInput,
    ConsultationRecord,
    ConsultationSnapshot,
    PositionInput,
    PositionRecord,
    PositionRevisionRecord,
    Subject,
    SubjectResult,
    Synthesis,
)
from deliberation.rules.consensus import ConsensusRule, StanceCounts, consensus_status
from deliberation.rules.validation import NAME_MAX, clean_line, clean_text
from deliberation.rules.wording import numeric_date
from deliberation.store import positions as q
from deliberation.store import referential as rq
from deliberation.store.database import Store
from deliberation.store.models import Organisation

TEXT_MAX = 20_000


def rule_of(snap: ConsultationSnapshot) -> ConsensusRule:
    return ConsensusRule(snap.min_answers, snap.max_unfavorable, snap.abstentions_count)


class Positions:
    """Consultations' and positions' operations over one open store.

    As in `Referential`: `new_…`/`edited_…` validate and return the record to apply (nothing
    written), `apply_…` writes, `remove_…` deletes (the undo of a creation). `user` is the name
    recorded in the history of positions as the one who changed them.
    """

    def __init__(self, store: Store, today: date | None = None, user: str = "") -> None:
        self.store = store
        self._today = today
        self.user = user

    @property
    def user(self) -> str:
        """Who is recorded as changing positions (« Secrétariat » when no name is set)."""
        return self._user

    @user.setter
    def user(self, name: str) -> None:
        self._user = clean_line(name)[:USER_MAX] or DEFAULT_USER

    @property
    def today(self) -> date:
        return self._today or date.today()

    # -- consultations --------------------------------------------------------------------------

    def consultations(self, complete: int | None = None) -> list[ConsultationRecord]:
        """Every consultation, the latest opened first; with `complete`, only the first ones
        come with their answers and subjects' labels (the others say `answers_known` false)."""
        with self.store.reading() as s:
            return q.consultations(s, complete)

    def completed(self, records: list[ConsultationRecord]) -> list[ConsultationRecord]:
        """These consultations, those read without their answers now with them."""
        with self.store.reading() as s:
            return q.completed(s, records)

    def consultation(self, consultation_id: int) -> ConsultationSnapshot:
        with self.store.reading() as s:
            return q.consultation_snapshot(s, consultation_id)

    def consultation_of(self, subject_id: int) -> ConsultationSnapshot | None:
        """The consultation a subject belongs to; None if the subject no longer exists."""
        with self.store.reading() as s:
            owner = q.subject_owner(s, subject_id)
            return None if owner is None else q.consultation_snapshot(s, owner)

    def meeting_consultations(self, meeting_id: int) -> list[int]:
        """The ids of the consultations opened for a meeting (deleting it unlinks them)."""
        with self.store.reading() as s:
            return q.meeting_consultations(s, meeting_id)

    def link_meeting(self, consultation_ids: list[int], meeting_id: int) -> None:
        """Link consultations back to their meeting (undoing its deletion)."""
        with self.store.session() as s:
            q.link_meeting(s, consultation_ids, meeting_id)

    def new_consultation(self, data: ConsultationInput) -> ConsultationSnapshot:
        data = self._check_consultation(data)
        assert data.opened_on is not None
        return record_from(
            ConsultationSnapshot,
            data,
            id=0,
            uuid=uuid_module.uuid4(),
            subjects=tuple(replace(s, uuid=s.uuid or uuid_module.uuid4()) for s in data.subjects),
            consulted=tuple(sorted(set(data.consulted))),
        )

    def edited_consultation(
        self, before: ConsultationSnapshot, data: ConsultationInput
    ) -> ConsultationSnapshot:
        after = self.new_consultation(data)
        after = replace(after, id=before.id, uuid=before.uuid)
        self._check_answers_kept(before, after)
        return after

    def _check_answers_kept(
        self, before: ConsultationSnapshot, after: ConsultationSnapshot
    ) -> None:
        """Refuse to drop a subject or an organisation that already has positions."""
        with self.store.reading() as s:
            answered = q.answered(s, before.id)
            names = q.organisation_names(s, set(before.consulted))
        kept_subjects = {subject.uuid for subject in after.subjects}
        for subject in before.subjects:
            count = len(answered.get(subject.id, ()))
            if subject.uuid not in kept_subjects and count:
                raise ValidationError(
                    {
                        "subjects": Sentence(
                            QT_TRANSLATE_NOOP(
                                "errors",
                                "Le sujet « {label} » a déjà {count} positions : il ne peut "
                                "pas être retiré.",
                            )
                            if count > 1
                            else QT_TRANSLATE_NOOP(
                                "errors",
                                "Le sujet « {label} » a déjà {count} position : il ne peut "
                                "pas être retiré.",
                            ),
                            label=subject.label,
                            count=count,
                        )
                    }
                )
        dropped = set(before.consulted) - set(after.consulted)
        holding = sorted(
            names.get(org, ("?", ""))[0]
            for org in dropped
            if any(org in orgs for orgs in answered.values())
        )
        if holding:
            raise ValidationError(
                {
                    "consulted": Sentence(
                        QT_TRANSLATE_NOOP(
                            "errors",
                            "{join} a déjà répondu : l'organisation ne peut pas être retirée "
                            "de la consultation.",
                        ),
                        join=", ".join(holding),
                    )
                }
            )

    def _check_consultation(self, data: ConsultationInput) -> ConsultationInput:
        data = replace(
            data,
            title=clean_line(data.title),
            question=clean_text(data.question),
            subjects=tuple(replace(s, label=clean_line(s.label)) for s in data.subjects),
        )
        errors: dict[str, str] = {}
        if not data.title:
            errors["title"] = QT_TRANSLATE_NOOP(
                "errors", "L'intitulé de la consultation est obligatoire."
            )
        elif len(data.title) > NAME_MAX:
            errors["title"] = Sentence(
                QT_TRANSLATE_NOOP(
                    "errors", "L'intitulé ne doit pas dépasser {NAME_MAX} caractères."
                ),
                NAME_MAX=NAME_MAX,
            )
        if data.opened_on is None:
            errors["opened_on"] = QT_TRANSLATE_NOOP(
                "errors", "La date d'ouverture est obligatoire."
            )
        elif data.deadline is not None and data.deadline < data.opened_on:
            errors["deadline"] = QT_TRANSLATE_NOOP(
                "errors", "La date limite ne peut pas précéder la date d'ouverture."
            )
        if not data.subjects:
            errors["subjects"] = QT_TRANSLATE_NOOP(
                "errors", "Une consultation porte sur au moins un sujet."
            )
        elif any(s.kind not in SUBJECT_KINDS or not s.label for s in data.subjects):
            errors["subjects"] = QT_TRANSLATE_NOOP(
                "errors", "Chaque sujet a un type et un intitulé."
            )
        if not data.consulted:
            errors["consulted"] = QT_TRANSLATE_NOOP(
                "errors", "Choisissez les organisations consultées."
            )
        if data.min_answers < 0 or data.max_unfavorable < 0:
            errors["rule"] = QT_TRANSLATE_NOOP(
                "errors", "Les seuils de la règle de consensus sont des nombres positifs."
            )
        elif data.consulted and data.min_answers > len(set(data.consulted)):
            errors["rule"] = Sentence(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "La règle demande {min_answers} réponses pour {count} "
                    "organisations consultées.",
                ),
                min_answers=data.min_answers,
                count=len(set(data.consulted)),
            )
        with self.store.reading() as s:
            wanted = set(data.consulted)
            if rq.existing_ids(s, Organisation, wanted) != wanted:
                errors["consulted"] = QT_TRANSLATE_NOOP(
                    "errors", "Une des organisations choisies n'existe plus."
                )
        if errors:
            raise ValidationError(errors)
        return data

    def apply_consultation(self, snap: ConsultationSnapshot) -> ConsultationSnapshot:
        with self.store.writing("consultation") as s:
            return q.consultation_snapshot(s, q.save_consultation(s, snap))

    def with_dropped_history(
        self, before: ConsultationSnapshot, after: ConsultationSnapshot
    ) -> ConsultationArchive:
        """`before`, with the history kept on the subjects `after` drops (positions withdrawn).

        Saving `after` deletes that history with its subjects; applying the archive returned
        (`apply_consultation_archive`, the undo of the edit) writes both back.
        """
        kept = {subject.uuid for subject in after.subjects}
        dropped = {subject.id for subject in before.subjects if subject.uuid not in kept}
        if not dropped:
            return ConsultationArchive(before)
        with self.store.reading() as s:
            rows = tuple(r for r in q.revisions(s, before.id) if r.subject_id in dropped)
        return ConsultationArchive(before, (), rows)

    def apply_consultation_archive(self, archive: ConsultationArchive) -> ConsultationArchive:
        """Write a consultation and the archived history of the subjects it brings back."""
        snap = archive.consultation
        with self.store.writing("consultation") as s:
            present = q.subject_ids(s, snap.id) if snap.id else set()
            saved = q.consultation_snapshot(s, q.save_consultation(s, snap))
            q.restore_revisions(s, [r for r in archive.revisions if r.subject_id not in present])
        return replace(archive, consultation=saved)

    def remove_consultation(self, snap: ConsultationSnapshot) -> None:
        with self.store.session() as s:
            q.delete_consultation(s, snap.uuid)

    def archive(self, consultation_id: int) -> ConsultationArchive:
        """A consultation with its positions and their history, as deleting it would lose them."""
        with self.store.reading() as s:
            return ConsultationArchive(
                q.consultation_snapshot(s, consultation_id),
                tuple(q.positions(s, consultation_id)),
                tuple(q.revisions(s, consultation_id)),
            )

    def delete_consultation(self, archive: ConsultationArchive) -> ConsultationArchive:
        """Delete a consultation, its positions and their history (undone by `restore`)."""
        self.remove_consultation(archive.consultation)
        return archive

    def restore_consultation(self, archive: ConsultationArchive) -> None:
        """Write back a deleted consultation with the same ids, its positions and history."""
        with self.store.writing("consultation") as s:
            q.save_consultation(s, archive.consultation)
            for record in archive.positions:
                q.save_position(s, record, self.user)
            q.restore_revisions(s, list(archive.revisions))

    # -- positions ------------------------------------------------------------------------------

    def positions(
        self, consultation_id: int | None = None, subject_id: int | None = None
    ) -> list[PositionRecord]:
        with self.store.reading() as s:
            return q.positions(s, consultation_id, subject_id)

    def position(self, position_id: int) -> PositionRecord:
        with self.store.reading() as s:
            return q.position(s, position_id)

    def history(self, record: PositionRecord) -> list[PositionRevisionRecord]:
        """The organisation's earlier positions on the subject, the most recent change first.

        Withdrawn positions are part of it: withdrawing one and recording another later keeps
        the trail whole.
        """
        with self.store.reading() as s:
            return q.history(s, record.subject_id, record.organisation_id)

    def new_position(self, data: PositionInput) -> PositionRecord:
        """Validate a first position of an organisation on a subject (nothing written)."""
        return self._position_record(data, None)

    def edited_position(self, before: PositionRecord, data: PositionInput) -> PositionRecord:
        return self._position_record(data, before)

    def _position_record(
        self, data: PositionInput, before: PositionRecord | None
    ) -> PositionRecord:
        data = replace(
            data,
            reservation=clean_text(data.reservation),
            reasons=clean_text(data.reasons),
            amendment=clean_text(data.amendment),
            recorded_by=clean_line(data.recorded_by)[:USER_MAX] or self.user,
            received_on=data.received_on or self.today,
        )
        errors: dict[str, str] = {}
        if data.stance not in STANCES:
            errors["stance"] = QT_TRANSLATE_NOOP(
                "errors", "Choisissez la position de l'organisation."
            )
        elif data.stance == "reserved" and not data.reservation:
            errors["reservation"] = QT_TRANSLATE_NOOP(
                "errors", "Une position favorable sous réserve doit énoncer la réserve."
            )
        if data.received_on is not None and data.received_on > self.today:
            errors["received_on"] = Sentence(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Une position ne peut pas avoir été reçue après aujourd'hui ({numeric_date}).",
                ),
                numeric_date=numeric_date(data.received_on),
            )
        if data.source not in POSITION_SOURCES:
            errors["source"] = QT_TRANSLATE_NOOP("errors", "Indiquez d'où vient la position.")
        if any(len(t) > TEXT_MAX for t in (data.reservation, data.reasons, data.amendment)):
            errors["text"] = Sentence(
                QT_TRANSLATE_NOOP("errors", "Un texte ne doit pas dépasser {TEXT_MAX} caractères."),
                TEXT_MAX=TEXT_MAX,
            )
        assert data.received_on is not None
        with self.store.reading() as s:
            consultation_id = q.subject_owner(s, data.subject_id)
            if consultation_id is None:
                raise ValidationError(
                    {"subject": QT_TRANSLATE_NOOP("errors", "Ce sujet n'existe plus.")}
                )
            snap = q.consultation_snapshot(s, consultation_id)
            names = q.organisation_names(s, {data.organisation_id})
            acronym = names.get(data.organisation_id, ("?", ""))[0]
            if data.organisation_id not in snap.consulted:
                errors["organisation"] = Sentence(
                    QT_TRANSLATE_NOOP("errors", "{acronym} n'est pas consultée sur « {title} »."),
                    acronym=acronym,
                    title=snap.title,
                )
            elif not q.members_on(s, {data.organisation_id}, data.received_on):
                errors["organisation"] = Sentence(
                    QT_TRANSLATE_NOOP(
                        "errors", "{acronym} n'est pas membre du comité le {numeric_date}."
                    ),
                    acronym=acronym,
                    numeric_date=numeric_date(data.received_on),
                )
            existing = q.current_position_uuid(s, data.subject_id, data.organisation_id)
        if existing is not None and (before is None or existing != before.uuid):
            errors["organisation"] = Sentence(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{acronym} a déjà une position sur ce sujet : modifiez-la plutôt "
                    "que d'en enregistrer une seconde.",
                ),
                acronym=acronym,
            )
        if errors:
            raise ValidationError(errors)
        return record_from(
            PositionRecord,
            data,
            id=before.id if before else 0,
            uuid=before.uuid if before else uuid_module.uuid4(),
            organisation_acronym=acronym,
        )

    def apply_position(self, record: PositionRecord) -> PositionRecord:
        """Write a position; a change keeps the previous values in its history."""
        with self.store.writing("position") as s:
            return q.position(s, q.save_position(s, record, self.user))

    def remove_position(self, record: PositionRecord) -> None:
        """Withdraw a position (its last values stay in the history)."""
        with self.store.session() as s:
            q.delete_position(s, record.uuid, self.user)

    # -- consolidation --------------------------------------------------------------------------

    def synthesis(self, consultation_id: int) -> Synthesis:
        """The matrix of one consultation: positions, status per subject, who has not answered."""
        with self.store.reading() as s:
            snap = q.consultation_snapshot(s, consultation_id)
            current = q.positions(s, consultation_id)
            names = q.organisation_names(s, set(snap.consulted))
            emails = q.delegate_emails(s, set(snap.consulted))
            current_members = q.members_on(s, set(snap.consulted), self.today)
        rule = rule_of(snap)
        by_cell = {(p.subject_id, p.organisation_id): p for p in current}
        results = []
        for subject in snap.subjects:
            stances = [
                by_cell[(subject.id, org)].stance
                for org in snap.consulted
                if (subject.id, org) in by_cell
            ]
            counts = StanceCounts.of(stances)
            results.append(
                SubjectResult(
                    subject,
                    {code: getattr(counts, code) for code in STANCES},
                    consensus_status(stances, rule),
                    unanswered=len(snap.consulted) - len(stances),
                )
            )
        organisations = tuple(
            sorted(
                ((org, *names[org]) for org in snap.consulted if org in names),
                key=lambda o: o[1].casefold(),
            )
        )
        owed = {
            org: unanswered
            for org, _, _ in organisations
            if org in current_members
            and (unanswered := tuple(s.id for s in snap.subjects if (s.id, org) not in by_cell))
        }
        missing = tuple(
            (org, acronym, emails.get(org, ())) for org, acronym, _ in organisations if org in owed
        )
        return Synthesis(
            consultation=snap,
            rule_text=rule.describe(),
            organisations=organisations,
            results=tuple(results),
            positions=by_cell,
            missing=missing,
            owed=owed,
        )


__all__ = ["Positions", "Subject", "rule_of"]
