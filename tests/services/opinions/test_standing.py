"""Where the organisations stand on each paragraph of an opinion, through its consultations."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from tests.services.opinions.conftest import org, para

from deliberation.records.opinions import plain_lines
from deliberation.records.positions import ConsultationInput, PositionInput, Subject
from deliberation.services.opinions import Opinions
from deliberation.services.root import Root


def test_positions_on_a_paragraph_stand_beside_it_and_follow_a_merge(
    opened: Root, opinions: Opinions, opinion_id: int
) -> None:
    positions = opened.positions
    first, second = para("Un."), para("Deux.")
    text = opinions.save_text(opinion_id, [first, second], 0)
    consulted = tuple(org(opened, a) for a in ("AMF", "AMRF", "ADF"))
    consultation = positions.apply_consultation(
        positions.new_consultation(
            ConsultationInput(
                "Projet d'avis ENT",
                date(2026, 3, 1),
                subjects=(Subject("paragraph", "Paragraphe 2", second.uuid),),
                consulted=consulted,
                min_answers=2,
            )
        )
    )
    subject = consultation.subjects[0].id
    for acronym, stance, reservation in (
        ("AMF", "favorable", ""),
        ("AMRF", "reserved", "Sous réserve des moyens des petites communes"),
    ):
        positions.apply_position(
            positions.new_position(
                PositionInput(
                    subject, org(opened, acronym), stance, reservation, received_on=date(2026, 3, 5)
                )
            )
        )
    standing = opinions.standing(opinion_id)[second.uuid]
    assert standing.status == "consensus_with_reservations"
    assert [(s.acronym, s.stance) for s in standing.stances] == [
        ("AMF", "favorable"),
        ("AMRF", "reserved"),
    ]
    assert standing.missing == ("ADF",)
    disputed = opinions.disputed(opinion_id)
    assert [(p.uuid, label) for p, label, _ in disputed] == [(second.uuid, "paragraphe 2")]
    opinions.save_text(
        opinion_id,
        [replace(first, lines=plain_lines("Un. Deux."))],
        text.revision,
        merges={second.uuid: first.uuid},
    )
    assert opinions.standing(opinion_id)[first.uuid].reservations[0].acronym == "AMRF"
