"""Use cases of draft opinions: status, text saves, versions, amendments and comments."""

from __future__ import annotations

import uuid as uuid_module
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from uuid import UUID

from deliberation.errors import IntegrityConflictError, NotFoundError, ValidationError
from deliberation.records.opinions import (
    AMENDMENT_ACTIONS,
    AMENDMENT_APPLIED,
    AMENDMENT_STATUSES,
    HEADING_LEVELS,
    OPINION_KINDS,
    OPINION_STATUSES,
    PARAGRAPH_KINDS,
    PARAGRAPH_MAX,
    TITLE_MAX,
    AgendaRef,
    AmendmentInput,
    AmendmentRecord,
    CommentRecord,
    CommentThread,
    Line,
    OpinionInput,
    OpinionRecord,
    OpinionSnapshot,
    OpinionText,
    OrganisationStance,
    Paragraph,
    Standing,
    StatusChange,
    TextChange,
    VersionRecord,
)
from deliberation.records.positions import Synthesis
from deliberation.rules.meetings import default_title
from deliberation.rules.opinion_text import (
    ParagraphDiff,
    clean_inline,
    clean_lines,
    compare_texts,
    describe,
    numbering,
)
from deliberation.rules.validation import clean_line, clean_text
from deliberation.services.positions import Positions
from deliberation.store import opinion_reviews as qr
from deliberation.store import opinions as q
from deliberation.store import referential as rq
from deliberation.store.database import Session, Store
from deliberation.store.models import AgendaItem, Delegate, Organisation, WorkingGroup

COMMENT_MAX = 10_000
NOTE_MAX = 2_000


@dataclass(frozen=True)
class OpinionArchive:
    """Everything a deleted opinion had, to bring it back (the undo of its deletion)."""

    snapshot: OpinionSnapshot
    text: tuple[Paragraph, ...]
    versions: tuple[VersionRecord, ...]
    amendments: tuple[AmendmentRecord, ...]
    comments: tuple[CommentRecord, ...]


class Opinions:
    """Operations on draft opinions over one open store.

    As elsewhere, `new_…`/`edited_…`/`with_…` validate and return the record to apply (nothing
    written), `apply_…` writes, `remove_…` deletes. The user recorded as deciding, commenting
    and freezing is the positions' user (one name per person using the application).
    """

    def __init__(self, store: Store, positions: Positions) -> None:
        self.store = store
        self.positions = positions

    @property
    def user(self) -> str:
        return self.positions.user

    @property
    def today(self) -> date:
        return self.positions.today

    # -- opinions -------------------------------------------------------------------------------

    def opinions(self) -> list[OpinionRecord]:
        with self.store.session() as s:
            return q.opinions(s)

    def opinion(self, opinion_id: int) -> OpinionSnapshot:
        with self.store.session() as s:
            return q.opinion_snapshot(s, opinion_id)

    def agenda_refs(self, item_ids: Sequence[int]) -> list[AgendaRef]:
        """The agenda items with their meetings' titles and days, in meeting order."""
        with self.store.session() as s:
            return q.agenda_refs(s, item_ids, default_title)

    def agenda_choices(self) -> list[AgendaRef]:
        """Every meeting's agenda items, in meeting order: what an opinion may be linked to."""
        with self.store.session() as s:
            return q.agenda_refs(s, None, default_title)

    def new_opinion(self, data: OpinionInput) -> OpinionSnapshot:
        data = self._check_opinion(data)
        return OpinionSnapshot(
            id=0,
            uuid=uuid_module.uuid4(),
            kind=data.kind,
            title=data.title,
            group_id=data.group_id,
            status="draft",
            rapporteur_ids=data.rapporteur_ids,
            agenda_item_ids=tuple(sorted(set(data.agenda_item_ids))),
            history=(StatusChange("draft", self.today, self.user),),
        )

    def edited_opinion(self, before: OpinionSnapshot, data: OpinionInput) -> OpinionSnapshot:
        data = self._check_opinion(data)
        return replace(
            before,
            kind=data.kind,
            title=data.title,
            group_id=data.group_id,
            rapporteur_ids=data.rapporteur_ids,
            agenda_item_ids=tuple(sorted(set(data.agenda_item_ids))),
        )

    def with_status(
        self, before: OpinionSnapshot, status: str, on: date | None = None, note: str = ""
    ) -> OpinionSnapshot:
        """The opinion moved to `status` on `on` (today by default), the change recorded."""
        on = on or self.today
        if status not in OPINION_STATUSES:
            raise ValidationError({"status": "Choisissez un état de l'avis."})
        if status == before.status:
            raise ValidationError(
                {"status": f"L'avis est déjà « {OPINION_STATUSES[status].lower()} »."}
            )
        if on > self.today:
            raise ValidationError(
                {"changed_on": "La date d'un changement d'état ne peut pas être à venir."}
            )
        if before.history and on < before.history[-1].changed_on:
            last = before.history[-1].changed_on.strftime("%d/%m/%Y")
            raise ValidationError(
                {"changed_on": f"La date ne peut pas précéder le dernier changement ({last})."}
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
            errors["kind"] = "Choisissez le type : avis, recommandation ou contribution."
        if not data.title:
            errors["title"] = "Le titre est obligatoire."
        elif len(data.title) > TITLE_MAX:
            errors["title"] = f"Le titre ne doit pas dépasser {TITLE_MAX} caractères."
        with self.store.session() as s:
            if data.group_id is not None and not rq.existing_ids(s, WorkingGroup, {data.group_id}):
                errors["group"] = "Le groupe de travail choisi n'existe plus."
            wanted = set(data.rapporteur_ids)
            if rq.existing_ids(s, Delegate, wanted) != wanted:
                errors["rapporteurs"] = "Un des rapporteurs choisis n'existe plus."
            items = set(data.agenda_item_ids)
            if rq.existing_ids(s, AgendaItem, items) != items:
                errors["agenda"] = "Un des points de l'ordre du jour choisis n'existe plus."
        if errors:
            raise ValidationError(errors)
        return data

    def apply_opinion(self, snap: OpinionSnapshot) -> OpinionSnapshot:
        try:
            with self.store.session() as s:
                return q.opinion_snapshot(s, q.save_opinion(s, snap))
        except IntegrityConflictError as exc:
            raise ValidationError({"opinion": str(exc)}) from exc

    def remove_opinion(self, snap: OpinionSnapshot) -> None:
        with self.store.session() as s:
            q.delete_opinion(s, snap.uuid)

    def archive(self, opinion_id: int) -> OpinionArchive:
        """Everything about an opinion, read before deleting it."""
        with self.store.session() as s:
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
        try:
            with self.store.session() as s:
                opinion_id = q.save_opinion(s, archive.snapshot)
                q.save_text(s, opinion_id, archive.text, None, {}, {})
                for version in archive.versions:
                    q.restore_version(s, opinion_id, version)
                for amendment in archive.amendments:
                    qr.save_amendment(s, amendment)
                for comment in sorted(archive.comments, key=lambda c: c.reply_to or 0):
                    qr.save_comment(s, comment)
                return q.opinion_snapshot(s, opinion_id)
        except IntegrityConflictError as exc:
            raise ValidationError({"opinion": str(exc)}) from exc

    # -- the text -------------------------------------------------------------------------------

    def text(self, opinion_id: int) -> OpinionText:
        with self.store.session() as s:
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
                s, opinion_id, cleaned, expected_revision, merges or {}, splits or {}
            )
        return OpinionText(opinion_id, cleaned, revision)

    def cleaned(self, paragraphs: Sequence[Paragraph]) -> tuple[Paragraph, ...]:
        """Paragraphs fit for the store: clean text, known kinds, one of each identity."""
        seen: set[UUID] = set()
        result = []
        for paragraph in paragraphs:
            if paragraph.uuid in seen:
                raise ValidationError({"text": "Deux paragraphes portent la même identité."})
            seen.add(paragraph.uuid)
            kind = paragraph.kind if paragraph.kind in PARAGRAPH_KINDS else "paragraph"
            level = (
                paragraph.level if kind == "heading" and paragraph.level in HEADING_LEVELS else 1
            )
            lines = clean_lines(paragraph.lines)
            if sum(len(line.text) for line in lines) > PARAGRAPH_MAX:
                raise ValidationError(
                    {"text": f"Un paragraphe ne doit pas dépasser {PARAGRAPH_MAX} caractères."}
                )
            result.append(Paragraph(paragraph.uuid, kind, lines, level))
        return tuple(result)

    def resolve(self, opinion_id: int, uuid: UUID) -> UUID | None:
        """The paragraph now carrying `uuid`: itself, the one it was merged into, or None if it
        was deleted (or never belonged to this opinion)."""
        with self.store.session() as s:
            states = q.paragraph_states(s, opinion_id)
        return _resolve(states, uuid)

    def aliases(self, opinion_id: int) -> dict[UUID, UUID]:
        """Each paragraph's identity → the live paragraph carrying it now (merges followed)."""
        with self.store.session() as s:
            states = q.paragraph_states(s, opinion_id)
        result = {}
        for uuid in states:
            live = _resolve(states, uuid)
            if live is not None:
                result[uuid] = live
        return result

    # -- versions -------------------------------------------------------------------------------

    def versions(self, opinion_id: int) -> list[VersionRecord]:
        with self.store.session() as s:
            return q.versions(s, opinion_id)

    def version(self, opinion_id: int, number: int) -> VersionRecord:
        with self.store.session() as s:
            return q.version(s, opinion_id, number)

    def freeze(self, opinion_id: int, note: str = "", number: int | None = None) -> VersionRecord:
        """Freeze the stored current text as the next numbered version."""
        note = clean_text(note)
        if len(note) > NOTE_MAX:
            raise ValidationError({"note": f"La note ne doit pas dépasser {NOTE_MAX} caractères."})
        with self.store.session() as s:
            if not q.current_text(s, opinion_id).paragraphs:
                raise ValidationError({"text": "Le texte est vide : il n'y a rien à figer."})
            return q.freeze(s, opinion_id, note, self.user, number)

    def keep_copy(
        self, opinion_id: int, paragraphs: Sequence[Paragraph], note: str
    ) -> VersionRecord:
        """Keep a text that could not be saved (a conflict) as a new version: nothing is lost."""
        cleaned = self.cleaned(paragraphs)
        with self.store.session() as s:
            return q.freeze(s, opinion_id, note, self.user, None, cleaned)

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

    # -- amendments -----------------------------------------------------------------------------

    def amendments(
        self, opinion_id: int, paragraph_uuid: UUID | None = None
    ) -> list[AmendmentRecord]:
        """An opinion's amendments; with `paragraph_uuid`, those on that paragraph, including
        those proposed on paragraphs merged into it."""
        with self.store.session() as s:
            if paragraph_uuid is None:
                return qr.amendments(s, opinion_id)
            return qr.amendments(s, opinion_id, self._carried(s, opinion_id, paragraph_uuid))

    def amendment(self, amendment_id: int) -> AmendmentRecord:
        with self.store.session() as s:
            return qr.amendment(s, amendment_id)

    def _carried(self, session: Session, opinion_id: int, uuid: UUID) -> list[UUID]:
        states = q.paragraph_states(session, opinion_id)
        return [u for u in states if _resolve(states, u) == uuid] or [uuid]

    def new_amendment(self, opinion_id: int, data: AmendmentInput) -> AmendmentRecord:
        """A proposed amendment, checked against the stored text (nothing written)."""
        errors: dict[str, str] = {}
        lines = clean_lines(data.lines)
        has_text = any(line.text.strip() for line in lines)
        if data.action not in AMENDMENT_ACTIONS:
            errors["action"] = "Choisissez : remplacer, insérer après ou supprimer."
        elif data.action != "delete" and not has_text:
            errors["text"] = "Écrivez le texte proposé par l'amendement."
        proposed_on = data.proposed_on or self.today
        if proposed_on > self.today:
            errors["proposed_on"] = "La date de l'amendement ne peut pas être à venir."
        justification = clean_text(data.justification)
        if len(justification) > COMMENT_MAX:
            errors["justification"] = (
                f"La justification ne doit pas dépasser {COMMENT_MAX} caractères."
            )
        with self.store.session() as s:
            names = rq.existing_ids(s, Organisation, {data.organisation_id})
            if not names:
                errors["organisation"] = "Choisissez l'organisation qui propose l'amendement."
            text = q.current_text(s, opinion_id)
            states = q.paragraph_states(s, opinion_id)
        target = _resolve(states, data.paragraph_uuid) if data.paragraph_uuid in states else None
        if data.paragraph_uuid not in states:
            errors["paragraph"] = "Le paragraphe visé n'appartient pas à cet avis."
        elif target is None:
            errors["paragraph"] = (
                "Le paragraphe visé a été supprimé du texte : l'amendement ne peut pas s'y "
                "rattacher."
            )
        if errors:
            raise ValidationError(errors)
        assert target is not None
        original = next((p.text for p in text.paragraphs if p.uuid == target), "")
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
            original=original,
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
            raise ValidationError({"status": "Choisissez une décision."})
        if status == before.status:
            raise ValidationError(
                {"status": f"L'amendement est déjà « {AMENDMENT_STATUSES[status].lower()} »."}
            )
        if status != "proposed" and before.status != "proposed":
            raise ValidationError(
                {
                    "status": "Cet amendement a déjà été tranché : rouvrez-le (« Proposé ») "
                    "avant une autre décision."
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
            raise ValidationError({"text": "Écrivez le texte retenu pour l'amendement modifié."})
        target = next((p for p in live if p.uuid == before.paragraph_uuid), None)
        if target is None:
            raise ValidationError(
                {
                    "paragraph": "Le paragraphe visé par cet amendement a été supprimé du texte : "
                    "l'amendement ne peut pas être appliqué. Rejetez-le ou retirez-le."
                }
            )
        if before.action != "delete" and not any(line.text.strip() for line in lines):
            raise ValidationError({"text": "Le texte retenu est vide."})
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
        try:
            with self.store.session() as s:
                return qr.amendment(s, qr.save_amendment(s, record))
        except IntegrityConflictError as exc:
            raise ValidationError({"amendment": str(exc)}) from exc

    def remove_amendment(self, record: AmendmentRecord) -> None:
        with self.store.session() as s:
            qr.delete_amendment(s, record.uuid)

    # -- comments -------------------------------------------------------------------------------

    def threads(self, opinion_id: int, paragraph_uuid: UUID | None = None) -> list[CommentThread]:
        """Comment threads, oldest first; with `paragraph_uuid`, those on that paragraph
        (including those on paragraphs merged into it)."""
        with self.store.session() as s:
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
        text = clean_text(text)
        if not text:
            raise ValidationError({"text": "Le commentaire est vide."})
        if len(text) > COMMENT_MAX:
            raise ValidationError(
                {"text": f"Un commentaire ne doit pas dépasser {COMMENT_MAX} caractères."}
            )
        if reply_to is None:
            live = self.resolve(opinion_id, paragraph_uuid)
            if live is None:
                raise ValidationError(
                    {"paragraph": "Le paragraphe commenté a été supprimé du texte."}
                )
            paragraph_uuid = live
        else:
            paragraph_uuid = reply_to.paragraph_uuid
        return CommentRecord(
            id=0,
            uuid=uuid_module.uuid4(),
            opinion_id=opinion_id,
            paragraph_uuid=paragraph_uuid,
            author=self.user,
            text=text,
            written_at=datetime.now(UTC),
            reply_to=reply_to.id if reply_to else None,
            anchor=clean_inline(anchor)[:NOTE_MAX],
        )

    def with_resolved(self, record: CommentRecord, resolved: bool) -> CommentRecord:
        return replace(record, resolved=resolved)

    def apply_comment(self, record: CommentRecord) -> CommentRecord:
        try:
            with self.store.session() as s:
                return qr.save_comment(s, record)
        except IntegrityConflictError as exc:
            raise ValidationError({"comment": str(exc)}) from exc

    def remove_comment(self, record: CommentRecord) -> None:
        with self.store.session() as s:
            qr.delete_comment(s, record.uuid)

    # -- positions beside the text --------------------------------------------------------------

    def standing(self, opinion_id: int) -> dict[UUID, Standing]:
        """Where the members stand: live paragraph UUID (or the opinion's UUID for the whole
        draft) → the latest consultation's result on it.

        Positions recorded on a paragraph that was later merged follow it to the paragraph
        that absorbed it.
        """
        with self.store.session() as s:
            snap = q.opinion_snapshot(s, opinion_id)
            states = q.paragraph_states(s, opinion_id)
            subjects = q.subjects_on(s, [snap.uuid, *states])
        result: dict[UUID, Standing] = {}
        syntheses: dict[int, Synthesis] = {}

        def opened_on(consultation_id: int) -> date:
            return syntheses[consultation_id].consultation.opened_on

        for subject_id, consultation_id, ref in sorted(subjects, key=lambda t: (t[1], t[0])):
            target = snap.uuid if ref == snap.uuid else _resolve(states, ref)
            if target is None:
                continue
            if consultation_id not in syntheses:
                try:
                    syntheses[consultation_id] = self.positions.synthesis(consultation_id)
                except NotFoundError:
                    continue
            synthesis = syntheses[consultation_id]
            outcome = next(r for r in synthesis.results if r.subject.id == subject_id)
            stances = []
            missing = []
            for org_id, acronym, _name in synthesis.organisations:
                found = synthesis.position(subject_id, org_id)
                if found is None:
                    missing.append(acronym)
                    continue
                stances.append(
                    OrganisationStance(
                        org_id,
                        acronym,
                        found.stance,
                        found.reservation,
                        found.reasons,
                        found.amendment,
                    )
                )
            standing = Standing(
                consultation_id,
                synthesis.consultation.title,
                subject_id,
                outcome.status,
                tuple(stances),
                tuple(missing),
            )
            earlier = result.get(target)
            opened = synthesis.consultation.opened_on
            if (
                earlier is None
                or opened >= syntheses[earlier.consultation_id].consultation.opened_on
            ):
                result[target] = standing
        return result

    def disputed(self, opinion_id: int) -> list[tuple[Paragraph, str, Standing]]:
        """Paragraphs of the current text that are contested or carry reservations, in order,
        with how they are named (« paragraphe 12 »)."""
        text = self.text(opinion_id).paragraphs
        numbers = numbering(text)
        standing = self.standing(opinion_id)
        result = []
        for paragraph in text:
            found = standing.get(paragraph.uuid)
            if found is None:
                continue
            if (
                found.status == "disputed"
                or found.reservations
                or any(s.stance == "unfavorable" for s in found.stances)
            ):
                result.append((paragraph, describe(paragraph, numbers.get(paragraph.uuid)), found))
        return result


def _resolve(states: Mapping[UUID, tuple[bool, UUID | None]], uuid: UUID) -> UUID | None:
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
