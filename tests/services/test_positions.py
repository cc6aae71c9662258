"""Consultations and positions on a real SQLite store: validation, history, synthesis."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from deliberation.errors import ValidationError
from deliberation.records.positions import ConsultationInput, PositionInput, Subject
from deliberation.rules.consensus import answers_summary
from deliberation.services.positions import Positions
from deliberation.services.root import Root


def ids(opened: Root, *acronyms: str) -> list[int]:
    found = {o.acronym: o.id for o in opened.referential.organisations()}
    return [found[a] for a in acronyms]


def consultation(opened: Root, positions: Positions, min_answers: int = 3):  # type: ignore[no-untyped-def]
    consulted = ids(opened, "MEN", "AMF", "AMRF", "ADF", "RdF")
    return positions.apply_consultation(
        positions.new_consultation(
            ConsultationInput(
                "Avis sur les ENT",
                date(2026, 3, 1),
                date(2026, 3, 31),
                subjects=(Subject("opinion", "Projet d'avis sur les ENT"),
                          Subject("other", "Recommandation 3")),
                consulted=tuple(consulted),
                min_answers=min_answers,
            )
        )
    )  # fmt: skip


def test_a_deadline_before_the_opening_is_refused(opened: Root, positions: Positions) -> None:
    with pytest.raises(ValidationError) as caught:
        positions.new_consultation(
            ConsultationInput("X", date(2026, 3, 1), date(2026, 2, 1),
                              subjects=(Subject("other", "S"),),
                              consulted=tuple(ids(opened, "AMF")))
        )  # fmt: skip
    assert caught.value.messages["deadline"] == (
        "La date limite ne peut pas précéder la date d'ouverture."
    )


def test_positions_are_validated(opened: Root, positions: Positions) -> None:
    snap = consultation(opened, positions)
    subject = snap.subjects[0].id
    amf, cdc, mein = ids(opened, "AMF", "CDC", "MEIN")
    with pytest.raises(ValidationError) as caught:
        positions.new_position(
            PositionInput(subject, amf, "reserved", received_on=date(2026, 3, 5))
        )
    assert caught.value.messages["reservation"].startswith("Une position favorable sous réserve")
    with pytest.raises(ValidationError) as caught:
        positions.new_position(PositionInput(subject, cdc, "favorable"))
    assert "n'est pas consultée" in caught.value.messages["organisation"]
    positions.apply_position(
        positions.new_position(
            PositionInput(subject, amf, "favorable", received_on=date(2026, 3, 5))
        )
    )
    with pytest.raises(ValidationError) as caught:
        positions.new_position(PositionInput(subject, amf, "unfavorable"))
    assert "déjà une position" in caught.value.messages["organisation"]
    assert len(positions.positions(snap.id)) == 1
    assert mein not in snap.consulted


def test_a_former_member_cannot_answer(opened: Root, positions: Positions) -> None:
    mein, amf = ids(opened, "MEIN", "AMF")
    snap = positions.apply_consultation(
        positions.new_consultation(
            ConsultationInput("Ancienne", date(2026, 3, 1), subjects=(Subject("other", "S"),),
                              consulted=(mein, amf))
        )
    )  # fmt: skip
    with pytest.raises(ValidationError) as caught:
        positions.new_position(
            PositionInput(snap.subjects[0].id, mein, "favorable", received_on=date(2026, 3, 2))
        )
    assert "n'est pas membre du comité le 02/03/2026" in caught.value.messages["organisation"]


def test_changes_keep_the_previous_values_and_who_changed_them(
    opened: Root, positions: Positions
) -> None:
    snap = consultation(opened, positions)
    (amf,) = ids(opened, "AMF")
    data = PositionInput(snap.subjects[0].id, amf, "unfavorable", reasons="Coût",
                         received_on=date(2026, 3, 5))  # fmt: skip
    first = positions.apply_position(positions.new_position(data))
    changed = positions.apply_position(
        positions.edited_position(first, replace(data, stance="reserved", reservation="Si financé"))
    )
    assert changed.stance == "reserved" and changed.uuid == first.uuid
    history = positions.history(changed)
    assert [(h.stance, h.reasons, h.changed_by) for h in history] == [
        ("unfavorable", "Coût", "Secrétariat")
    ]
    positions.apply_position(changed)  # the same values again: nothing to record
    assert len(positions.history(changed)) == 1


def test_synthesis_moves_from_not_enough_answers_to_consensus_with_reservations(
    opened: Root, positions: Positions
) -> None:
    snap = consultation(opened, positions)
    subject = snap.subjects[0].id
    men, amf, amrf = ids(opened, "MEN", "AMF", "AMRF")
    day = date(2026, 3, 5)

    def record(org: int, stance: str, reservation: str = "") -> None:
        positions.apply_position(
            positions.new_position(
                PositionInput(subject, org, stance, reservation, received_on=day)
            )
        )

    record(men, "favorable")
    record(amf, "favorable")
    synthesis = positions.synthesis(snap.id)
    assert synthesis.results[0].status == "not_enough_answers"
    assert "au moins 3 réponses" in synthesis.rule_text
    record(amrf, "reserved", "Sous réserve d'un financement des communes rurales")
    synthesis = positions.synthesis(snap.id)
    assert synthesis.results[0].status == "consensus_with_reservations"
    assert synthesis.results[0].counts["favorable"] == 2
    assert synthesis.results[1].status == "not_enough_answers"
    # Every organisation still owes the second subject; ADF and RdF owe both.
    assert [acronym for _, acronym, _ in synthesis.missing] == ["ADF", "AMF", "AMRF", "MEN", "RdF"]
    other = snap.subjects[1].id
    assert synthesis.owed[amf] == (other,)
    assert len(synthesis.owed[ids(opened, "ADF")[0]]) == 2
    assert synthesis.stance(subject, amrf) == "reserved"
    for org in (men, amf, amrf):
        positions.apply_position(
            positions.new_position(PositionInput(other, org, "favorable", received_on=day))
        )
    # « Non exprimée » is an answer: ADF is not reminded any more.
    positions.apply_position(
        positions.new_position(
            PositionInput(other, ids(opened, "ADF")[0], "not_expressed", received_on=day)
        )
    )
    synthesis = positions.synthesis(snap.id)
    assert [acronym for _, acronym, _ in synthesis.missing] == ["ADF", "RdF"]
    assert synthesis.owed[ids(opened, "ADF")[0]] == (subject,)
    listed = next(c for c in positions.consultations() if c.id == snap.id)
    assert (listed.answered_count, listed.consulted_count) == (3, 5)


def test_a_subject_or_an_organisation_that_has_answered_cannot_be_dropped(
    opened: Root, positions: Positions
) -> None:
    snap = consultation(opened, positions)
    amf, adf = ids(opened, "AMF", "ADF")
    positions.apply_position(
        positions.new_position(
            PositionInput(snap.subjects[0].id, amf, "favorable", received_on=date(2026, 3, 5))
        )
    )
    data = ConsultationInput(
        snap.title,
        snap.opened_on,
        snap.deadline,
        subjects=snap.subjects[1:],
        consulted=snap.consulted,
        min_answers=snap.min_answers,
    )
    with pytest.raises(ValidationError) as caught:
        positions.edited_consultation(snap, data)
    assert caught.value.messages["subjects"] == (
        "Le sujet « Projet d'avis sur les ENT » a déjà 1 position : il ne peut pas être retiré."
    )
    without_amf = tuple(o for o in snap.consulted if o != amf)
    with pytest.raises(ValidationError) as caught:
        positions.edited_consultation(
            snap, replace(data, subjects=snap.subjects, consulted=without_amf)
        )
    assert caught.value.messages["consulted"].startswith("AMF a déjà répondu")
    # Dropping a silent subject and a silent organisation is fine.
    after = positions.edited_consultation(
        snap,
        replace(
            data,
            subjects=snap.subjects[:1],
            consulted=tuple(o for o in snap.consulted if o != adf),
        ),
    )
    positions.apply_consultation(after)
    assert [s.label for s in positions.consultation(snap.id).subjects] == [
        "Projet d'avis sur les ENT"
    ]


def test_a_deleted_consultation_comes_back_whole(opened: Root, positions: Positions) -> None:
    snap = consultation(opened, positions)
    amf, men = ids(opened, "AMF", "MEN")
    subject = snap.subjects[1].id
    first = positions.apply_position(
        positions.new_position(
            PositionInput(subject, amf, "unfavorable", reasons="Coût", received_on=date(2026, 3, 5))
        )
    )
    changed = positions.apply_position(
        positions.edited_position(
            first,
            PositionInput(subject, amf, "reserved", reservation="Financement",
                          received_on=date(2026, 3, 9)),
        )
    )  # fmt: skip
    positions.apply_position(
        positions.new_position(
            PositionInput(subject, men, "favorable", received_on=date(2026, 3, 6))
        )
    )
    archive = positions.archive(snap.id)
    positions.delete_consultation(archive)
    assert all(c.id != snap.id for c in positions.consultations())
    positions.restore_consultation(archive)
    assert positions.consultation(snap.id) == snap
    assert positions.positions(snap.id) == list(archive.positions)
    history = positions.history(positions.position(changed.id))
    assert [(h.stance, h.reasons) for h in history] == [("unfavorable", "Coût")]
    assert positions.synthesis(snap.id).stance(subject, amf) == "reserved"


def test_a_withdrawn_position_stays_in_the_history(opened: Root, positions: Positions) -> None:
    snap = consultation(opened, positions)
    (amf,) = ids(opened, "AMF")
    subject = snap.subjects[0].id
    first = positions.apply_position(
        positions.new_position(
            PositionInput(subject, amf, "favorable", reasons="Accord", received_on=date(2026, 3, 2))
        )
    )
    positions.remove_position(first)
    later = positions.apply_position(
        positions.new_position(
            PositionInput(subject, amf, "unfavorable", received_on=date(2026, 3, 9))
        )
    )
    assert [(h.stance, h.reasons, h.changed_by) for h in positions.history(later)] == [
        ("favorable", "Accord", "Secrétariat")
    ]


def test_a_position_cannot_be_received_in_the_future(opened: Root) -> None:
    positions = Positions(opened.store, today=date(2026, 3, 10))
    snap = consultation(opened, positions)
    (amf,) = ids(opened, "AMF")
    with pytest.raises(ValidationError) as caught:
        positions.new_position(
            PositionInput(snap.subjects[0].id, amf, "favorable", received_on=date(2026, 3, 11))
        )
    assert caught.value.messages["received_on"] == (
        "Une position ne peut pas avoir été reçue après aujourd'hui (11/03/2026)."
    )
    assert positions.new_position(
        PositionInput(snap.subjects[0].id, amf, "favorable", received_on=date(2026, 3, 10))
    )


def test_answers_are_counted_as_a_user_reads_them(opened: Root, positions: Positions) -> None:
    # Every organisation but one answers the first subject (one saying it takes no position),
    # another answers both: the list says they answered, « non exprimée » counts only that one.
    everyone = ids(opened, "MEN", "AMF", "AMRF", "ADF", "RdF")
    snap = positions.apply_consultation(
        positions.new_consultation(
            ConsultationInput(
                "Charte", date(2026, 3, 1), date(2026, 3, 31),
                subjects=(Subject("other", "Article 1"), Subject("other", "Article 2")),
                consulted=tuple(everyone),
            )
        )
    )  # fmt: skip
    first, second = (s.id for s in snap.subjects)
    day = date(2026, 3, 5)
    *answering, silent = everyone
    for org in answering:
        stance = "not_expressed" if org == answering[0] else "favorable"
        positions.apply_position(
            positions.new_position(PositionInput(first, org, stance, received_on=day))
        )
    positions.apply_position(
        positions.new_position(PositionInput(second, answering[1], "favorable", received_on=day))
    )
    listed = next(c for c in positions.consultations() if c.id == snap.id)
    total, answered = len(everyone), len(answering)
    assert (listed.responded_count, listed.answered_count) == (answered, 1)
    assert answers_summary(listed.responded_count, listed.answered_count, total, 2) == (
        f"{answered}/{total} réponses (1 complète)"
    )
    synthesis = positions.synthesis(snap.id)
    assert (synthesis.responded_count, synthesis.answered_count) == (answered, 1)
    one, two = synthesis.results
    assert (one.counts["not_expressed"], one.counts["favorable"], one.unanswered) == (
        1, answered - 1, 1
    )  # fmt: skip
    assert (two.counts["not_expressed"], two.counts["favorable"], two.unanswered) == (
        0, 1, total - 1
    )  # fmt: skip
    assert silent in synthesis.owed
