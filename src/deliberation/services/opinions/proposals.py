"""Opinions' use cases: a text that lost a save conflict, kept as proposals on the stored text."""

from __future__ import annotations

import uuid as uuid_module
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from uuid import UUID

from deliberation.errors import DeliberationError
from deliberation.records.i18n import QT_TRANSLATE_NOOP
from deliberation.records.opinions import AmendmentRecord, CommentRecord, Line, Paragraph
from deliberation.services.opinions.text import TextMixin, follow_merges
from deliberation.store import opinion_reviews as qr
from deliberation.store import opinions as q
from deliberation.store import referential as rq
from deliberation.store.database import Session

PROPOSAL_NOTE = (
    "Texte saisi pendant que l'avis était enregistré ailleurs (autre fenêtre ou autre poste) : "
    "gardé comme proposition lors du conflit d'enregistrement."
)


@dataclass(frozen=True)
class Proposal:
    """One change typed on a paragraph: « replace » its text, « insert_after » it, « delete »
    it. `target` is a paragraph of the stored text (None: the stored text has none)."""

    action: str
    target: UUID | None
    lines: tuple[Line, ...] = ()


def rapporteur_organisation(session: Session, opinion_id: int) -> tuple[int, str] | None:
    """The opinion's first rapporteur's organisation (id, acronym), None without a rapporteur:
    who proposes the changes a lost save or an offline merge could not take."""
    for delegate_id in q.opinion_snapshot(session, opinion_id).rapporteur_ids:
        delegate = rq.delegate(session, delegate_id)
        return delegate.organisation_id, delegate.organisation_acronym
    return None


def proposed_amendment(
    opinion_id: int,
    target: UUID,
    action: str,
    lines: tuple[Line, ...],
    organisation: tuple[int, str],
    *,
    justification: str,
    proposed_on: date,
    author: str,
    original: str,
    source_key: str = "",
) -> AmendmentRecord:
    """A new amendment, « proposed », of `organisation` (id, acronym): `action` on the
    paragraph `target` (whose text is `original`) with `lines`."""
    return AmendmentRecord(
        id=0,
        uuid=uuid_module.uuid4(),
        opinion_id=opinion_id,
        paragraph_uuid=target,
        organisation_id=organisation[0],
        organisation_acronym=organisation[1],
        action=action,
        lines=lines,
        justification=justification,
        status="proposed",
        proposed_on=proposed_on,
        author=author,
        original=original,
        source_key=source_key,
    )


@dataclass(frozen=True)
class KeptProposals:
    """What a lost save became: `count` amendments proposed by `organisation` (an acronym), or
    `count` comments when the opinion has no rapporteur whose organisation could propose."""

    count: int
    as_comments: bool = False
    organisation: str = ""


class ProposalsMixin(TextMixin):
    """Keeps what a session typed when another one saved the text first, without touching the
    text nor the versions: one proposed amendment per changed paragraph."""

    def text_revision(self, opinion_id: int) -> int:
        """The stored text's revision, to tell whether someone else saved it meanwhile."""
        with self.store.reading() as s:
            return q.text_revision(s, opinion_id)

    def keep_as_proposals(
        self, opinion_id: int, typed: Sequence[Paragraph], base: Sequence[Paragraph]
    ) -> KeptProposals:
        """Propose, on the stored text, each change from `base` (the text the typist started
        from) to `typed`: an amendment replacing a changed paragraph, inserting a new one after
        the paragraph before it, deleting one the typist removed. They are proposed by the
        organisation of the opinion's first rapporteur, written by the user; without a
        rapporteur, they are kept as comments on the same paragraphs. Nothing is written if
        nothing can be kept (DeliberationError)."""
        typed = self.cleaned(typed)
        with self.store.writing("amendment") as s:
            stored = q.current_text(s, opinion_id)
            first = stored.paragraphs[0].uuid if stored.paragraphs else None
            proposals = changes_as_proposals(typed, base, q.paragraph_states(s, opinion_id), first)
            if not proposals:
                return KeptProposals(0)
            if any(proposal.target is None for proposal in proposals):
                raise DeliberationError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "le texte enregistré est vide, il n'a aucun paragraphe où les rattacher",
                    )
                )
            originals = {p.uuid: p.text for p in stored.paragraphs}
            organisation = rapporteur_organisation(s, opinion_id)
            for proposal in proposals:
                assert proposal.target is not None
                if organisation is None:
                    qr.save_comment(s, self._comment(opinion_id, proposal))
                else:
                    record = proposed_amendment(
                        opinion_id,
                        proposal.target,
                        proposal.action,
                        proposal.lines,
                        organisation,
                        justification=PROPOSAL_NOTE,
                        proposed_on=self.today,
                        author=self.user[:200],
                        original=originals.get(proposal.target, ""),
                    )
                    qr.save_amendment(s, record)
        return KeptProposals(
            len(proposals), organisation is None, organisation[1] if organisation else ""
        )

    def _comment(self, opinion_id: int, proposal: Proposal) -> CommentRecord:
        assert proposal.target is not None
        text = "\n".join(line.text for line in proposal.lines)
        wording = {
            "replace": f"Texte proposé pour ce paragraphe :\n{text}",
            "insert_after": f"Paragraphe proposé après celui-ci :\n{text}",
            "delete": "Suppression proposée de ce paragraphe.",
        }[proposal.action]
        return CommentRecord(
            id=0,
            uuid=uuid_module.uuid4(),
            opinion_id=opinion_id,
            paragraph_uuid=proposal.target,
            author=self.user,
            text=f"{wording}\n\n{PROPOSAL_NOTE}",
            written_at=datetime.now(UTC),
        )


def changes_as_proposals(
    typed: Sequence[Paragraph],
    base: Sequence[Paragraph],
    states: dict[UUID, tuple[bool, UUID | None]],
    first: UUID | None,
) -> list[Proposal]:
    """The changes from `base` to `typed`, each attached to a paragraph alive in the stored
    text (`states`: each paragraph's identity → (removed, merged into)).

    A paragraph whose text changed and is still there is replaced; a new paragraph, or a
    changed one the other session removed or merged away, is inserted after the nearest live
    paragraph before it (the first live one at the very start); a paragraph the typist removed
    is deleted if the stored text still has it. A change of kind alone is not proposed.
    """
    before = {p.uuid: p for p in base}
    kept = {p.uuid for p in typed}
    proposals: list[Proposal] = []
    anchor: UUID | None = None
    for paragraph in typed:
        old = before.get(paragraph.uuid)
        target = follow_merges(states, paragraph.uuid) if paragraph.uuid in states else None
        changed = old is None or old.lines != paragraph.lines
        in_place = target is not None and target == paragraph.uuid and old is not None
        if changed and paragraph.text.strip():
            if in_place and target is not None:
                proposals.append(Proposal("replace", target, paragraph.lines))
            else:
                proposals.append(
                    Proposal("insert_after", target or anchor or first, paragraph.lines)
                )
        elif changed and in_place and target is not None and old is not None and old.text.strip():
            proposals.append(Proposal("delete", target))
        if target is not None:
            anchor = target
    for paragraph in base:
        if paragraph.uuid not in kept and follow_merges(states, paragraph.uuid) == paragraph.uuid:
            proposals.append(Proposal("delete", paragraph.uuid))
    return proposals
