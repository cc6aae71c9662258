"""Opinions' use cases: where the members stand on a draft and its paragraphs."""

from __future__ import annotations

from datetime import date
from uuid import UUID

from deliberation.errors import NotFoundError
from deliberation.records.opinions import OrganisationStance, Paragraph, Standing
from deliberation.records.positions import Synthesis
from deliberation.rules.opinion_text import describe, numbering
from deliberation.services.opinions.text import TextMixin, follow_merges_among_live
from deliberation.store import opinions as q


class StandingMixin(TextMixin):
    """The latest consultations' results beside the text."""

    def standing(self, opinion_id: int) -> dict[UUID, Standing]:
        """Where the members stand: live paragraph UUID (or the opinion's UUID for the whole
        draft) → the latest consultation's result on it.

        Positions recorded on a paragraph that was later merged follow it to the paragraph
        that absorbed it.
        """
        with self.store.reading() as s:
            snap = q.opinion_snapshot(s, opinion_id)
            gone = q.gone_paragraph_states(s, opinion_id)
            subjects = q.subjects_of_opinion(s, opinion_id, snap.uuid)
        result: dict[UUID, Standing] = {}
        syntheses: dict[int, Synthesis] = {}

        def opened_on(consultation_id: int) -> date:
            return syntheses[consultation_id].consultation.opened_on

        for subject_id, consultation_id, ref in sorted(subjects, key=lambda t: (t[1], t[0])):
            target = snap.uuid if ref == snap.uuid else follow_merges_among_live(gone, ref)
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
