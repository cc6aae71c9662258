"""A consultation with its positions on a real store, for the synthesis exports' tests."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from deliberation.records.positions import ConsultationInput, PositionInput, Subject
from deliberation.records.referential import DelegateInput
from deliberation.services.positions import Positions
from deliberation.services.root import Root

CONSULTATION = "Avis sur les espaces numériques de travail"
QUESTION = "Approuvez-vous le projet d'avis ?\nPrécisez vos réserves éventuelles."
SUBJECTS = ("Projet d'avis sur les ENT", "Recommandation 3 : « gratuité » des ressources")
CONSULTED = ("MEN", "AMF", "AMRF", "ADF", "RdF", "FU")
RESERVATION = "Sous réserve d'un financement pérenne par l'État."
REASONS = "Charge excessive pour les petites communes.\nCalendrier irréaliste : 2026 au plus tôt."
AMENDMENT = "Remplacer « doit » par « peut » au paragraphe 4."
DIRTY = "Accord\x07 total\x00 ; voir « annexe »\x1f."  # as if typed before validation existed
FORMULA = "=1+1 n'est pas une formule"
RECORDER = "Claire Dupont"


def organisation_ids(opened: Root, *acronyms: str) -> list[int]:
    found = {o.acronym: o.id for o in opened.referential.organisations()}
    return [found[a] for a in acronyms]


def build_consultation(
    opened: Root, positions: Positions, title: str = CONSULTATION, meeting_id: int | None = None
) -> int:
    """Six organisations on two subjects: every stance, a reservation, reasons, an amendment,
    control characters, one organisation (FU) that never answers and one (AMRF) that answers once.
    """
    org = dict(zip(CONSULTED, organisation_ids(opened, *CONSULTED), strict=True))
    snap = positions.apply_consultation(
        positions.new_consultation(
            ConsultationInput(
                title,
                date(2026, 3, 2),
                date(2026, 3, 31),
                question=QUESTION,
                subjects=(Subject("opinion", SUBJECTS[0]), Subject("other", SUBJECTS[1])),
                consulted=tuple(org.values()),
                min_answers=3,
                meeting_id=meeting_id,
            )
        )
    )
    first, second = (s.id for s in snap.subjects)

    def record(subject: int, acronym: str, stance: str, day: int, **texts: str) -> None:
        positions.apply_position(
            positions.new_position(
                PositionInput(subject, org[acronym], stance, received_on=date(2026, 3, day),
                              recorded_by=RECORDER, **texts)  # type: ignore[arg-type]
            )
        )  # fmt: skip

    record(first, "MEN", "favorable", 5, source="meeting")
    record(first, "AMF", "reserved", 9, reservation=RESERVATION, source="email")
    record(first, "AMRF", "unfavorable", 12, reasons=REASONS, source="written")
    record(first, "ADF", "favorable", 13, amendment=AMENDMENT, source="word_return")
    record(first, "RdF", "abstention", 20, source="phone")
    record(second, "AMF", "favorable", 9)
    record(second, "ADF", "reserved", 13, reservation="Si les éditeurs sont associés.")
    record(second, "RdF", "not_expressed", 20)
    # Text that reached the store without validation (an import, an older version).
    men = positions.new_position(
        PositionInput(second, org["MEN"], "favorable", received_on=date(2026, 3, 5))
    )
    positions.apply_position(replace(men, reasons=DIRTY, amendment=FORMULA))
    ref = opened.referential
    ref.apply_delegate(
        ref.new_delegate(DelegateInput(org["FU"], "Louis", "Petit", email="l.petit@fu.example"))
    )
    return snap.id


@pytest.fixture
def consultation_id(opened: Root, positions: Positions) -> int:
    return build_consultation(opened, positions)
