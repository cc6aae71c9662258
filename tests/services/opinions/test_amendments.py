"""Amendments from organisations: the change an accepted one makes, refusals, merges."""

from __future__ import annotations

from dataclasses import replace

import pytest
from tests.services.opinions.conftest import org, para

from deliberation.errors import ValidationError
from deliberation.records.opinions import AmendmentInput, AmendmentRecord, plain_lines
from deliberation.services.opinions import Opinions
from deliberation.services.root import Root


def test_accepting_an_amendment_gives_the_change_to_make_and_records_the_decision(
    opened: Root, opinions: Opinions, opinion_id: int
) -> None:
    target, other = para("Les communes financent les équipements."), para("Suite.")
    opinions.save_text(opinion_id, [target, other], 0)
    proposal = opinions.apply_amendment(
        opinions.new_amendment(
            opinion_id,
            AmendmentInput(
                target.uuid,
                org(opened, "AMRF"),
                "replace",
                plain_lines("Les communes et l'État financent les équipements."),
                "Les petites communes ne peuvent pas seules.",
            ),
        )
    )
    assert proposal.organisation_acronym == "AMRF"
    assert proposal.original == "Les communes financent les équipements."
    live = opinions.text(opinion_id).paragraphs
    accepted, change = opinions.decided(proposal, "accepted", live)
    assert change is not None and change.action == "replace" and change.target == target.uuid
    assert change.lines[0].text.startswith("Les communes et l'État")
    assert (accepted.status, accepted.decided_by) == ("accepted", "Secrétariat")
    with pytest.raises(ValidationError) as caught:
        opinions.decided(accepted, "rejected", live)
    assert "déjà été tranché" in caught.value.messages["status"]
    # an insertion creates a paragraph with a known identity
    insertion = opinions.new_amendment(
        opinion_id,
        AmendmentInput(target.uuid, org(opened, "ADF"), "insert_after", plain_lines("Ajout.")),
    )
    decided, change = opinions.decided(insertion, "accepted", live)
    assert change is not None and change.new_uuid == decided.inserted_uuid


def test_an_amendment_to_a_deleted_paragraph_is_refused_in_french(
    opened: Root, opinions: Opinions, opinion_id: int
) -> None:
    target, other = para("Visé."), para("Reste.")
    text = opinions.save_text(opinion_id, [target, other], 0)
    proposal = opinions.apply_amendment(
        opinions.new_amendment(
            opinion_id, AmendmentInput(target.uuid, org(opened, "AMF"), "delete")
        )
    )
    opinions.save_text(opinion_id, [other], text.revision)
    with pytest.raises(ValidationError) as caught:
        opinions.decided(proposal, "accepted", opinions.text(opinion_id).paragraphs)
    assert "a été supprimé du texte" in caught.value.messages["paragraph"]
    with pytest.raises(ValidationError) as caught:
        opinions.new_amendment(
            opinion_id, AmendmentInput(target.uuid, org(opened, "AMF"), "delete")
        )
    assert "a été supprimé du texte" in caught.value.messages["paragraph"]
    # rejecting it is still possible
    rejected, change = opinions.decided(proposal, "rejected", [])
    assert change is None and rejected.status == "rejected"


def test_amendments_follow_a_merged_paragraph(
    opened: Root, opinions: Opinions, opinion_id: int
) -> None:
    first, second = para("Un."), para("Deux.")
    text = opinions.save_text(opinion_id, [first, second], 0)
    opinions.apply_amendment(
        opinions.new_amendment(
            opinion_id,
            AmendmentInput(second.uuid, org(opened, "FU"), "replace", plain_lines("Deux bis.")),
        )
    )
    opinions.save_text(
        opinion_id,
        [replace(first, lines=plain_lines("Un. Deux."))],
        text.revision,
        merges={second.uuid: first.uuid},
    )
    assert [a.organisation_acronym for a in opinions.amendments(opinion_id, first.uuid)] == ["FU"]


def test_a_decision_taken_meanwhile_by_another_program_is_not_overwritten(
    opened: Root, opinions: Opinions, opinion_id: int
) -> None:
    from deliberation.services.root import open_existing_root

    target = para("Les communes financent les équipements.")
    opinions.save_text(opinion_id, [target], 0)
    proposal = opinions.apply_amendment(
        opinions.new_amendment(
            opinion_id,
            AmendmentInput(target.uuid, org(opened, "AMRF"), "replace", plain_lines("Autre.")),
        )
    )
    live = opinions.text(opinion_id).paragraphs
    with open_existing_root(opened.store.location) as other:  # another window on the store
        seen_there = other.opinions.amendment(proposal.id)
        rejected, _ = opinions.decided(proposal, "rejected", live)
        opinions.apply_amendment(rejected)
        accepted, _ = other.opinions.decided(seen_there, "accepted", live)  # still « proposé »
        with pytest.raises(ValidationError) as caught:
            other.opinions.apply_amendment(accepted)
    assert caught.value.messages["status"] == (
        "Cet amendement vient d'être tranché par ailleurs (« rejeté ») : rouvrez-le "
        "(« Proposé ») avant une autre décision."
    )
    assert opinions.amendment(proposal.id).status == "rejected"
    reopened, _ = opinions.decided(rejected, "proposed", live)  # reopening stays possible
    assert opinions.apply_amendment(reopened).status == "proposed"
    assert opinions.apply_amendment(accepted).status == "accepted"  # and deciding again


def test_the_open_review_counts_are_those_the_records_give(
    opened: Root, opinions: Opinions, opinion_id: int
) -> None:
    target, other = para("Les communes financent."), para("Suite.")
    opinions.save_text(opinion_id, [target, other], 0)
    assert opinions.open_review_counts(opinion_id) == (0, 0)
    first = opinions.apply_amendment(
        opinions.new_amendment(
            opinion_id,
            AmendmentInput(target.uuid, org(opened, "AMRF"), "delete", plain_lines("")),
        )
    )
    opinions.apply_amendment(
        opinions.new_amendment(
            opinion_id,
            AmendmentInput(other.uuid, org(opened, "ADF"), "replace", plain_lines("Autre.")),
        )
    )
    live = opinions.text(opinion_id).paragraphs
    opinions.apply_amendment(opinions.decided(first, "rejected", live)[0])
    thread = opinions.apply_comment(opinions.new_comment(opinion_id, target.uuid, "À revoir"))
    opinions.apply_comment(opinions.new_comment(opinion_id, target.uuid, "Oui", thread))
    done = opinions.apply_comment(opinions.new_comment(opinion_id, other.uuid, "Vu"))
    opinions.apply_comment(opinions.with_resolved(done, True))
    counts = opinions.open_review_counts(opinion_id)
    assert counts == (1, 1)
    open_amendments = sum(1 for a in opinions.amendments(opinion_id) if a.status == "proposed")
    open_threads = sum(1 for t in opinions.threads(opinion_id) if not t.resolved)
    assert counts == (open_amendments, open_threads)


def _proposal(opened: Root, opinions: Opinions, opinion_id: int) -> AmendmentRecord:
    target = para("Les communes financent les équipements.")
    opinions.save_text(opinion_id, [target], 0)
    return opinions.apply_amendment(
        opinions.new_amendment(
            opinion_id,
            AmendmentInput(target.uuid, org(opened, "AMRF"), "replace", plain_lines("Autre.")),
        )
    )


def test_the_proposed_treatment_and_its_note_are_saved_and_read_back(
    opened: Root, opinions: Opinions, opinion_id: int
) -> None:
    proposal = _proposal(opened, opinions, opinion_id)
    assert (proposal.treatment, proposal.treatment_label) == ("", "À examiner")
    treated = opinions.treated(proposal, "withdrawal_requested", "  Déjà couvert par le 4.  ")
    saved = opinions.apply_treatment(treated, proposal)
    assert (saved.treatment, saved.treatment_note) == (
        "withdrawal_requested",
        "Déjà couvert par le 4.",
    )
    stored = opinions.amendment(proposal.id)
    assert stored.treatment_label == "Retrait demandé"
    assert stored.treatment_note == "Déjà couvert par le 4."
    assert stored.status == "proposed"  # the treatment is not the decision
    # a decision written afterwards from an older copy keeps the treatment
    rejected, _ = opinions.decided(proposal, "rejected", opinions.text(opinion_id).paragraphs)
    assert opinions.apply_amendment(rejected).treatment == "withdrawal_requested"
    # taking the treatment back (the undo) restores the empty one
    back = opinions.apply_treatment(replace(saved, treatment="", treatment_note=""), saved)
    assert (back.treatment, back.treatment_note) == ("", "")


def test_a_treatment_is_refused_in_french_when_it_is_unknown_or_unchanged(
    opened: Root, opinions: Opinions, opinion_id: int
) -> None:
    proposal = _proposal(opened, opinions, opinion_id)
    with pytest.raises(ValidationError) as caught:
        opinions.treated(proposal, "maybe")
    assert caught.value.messages["treatment"].startswith("Choisissez un traitement")
    with pytest.raises(ValidationError) as caught:
        opinions.treated(proposal, "", "Une note sans traitement.")
    assert "auquel se rapporte la note" in caught.value.messages["treatment"]
    with pytest.raises(ValidationError) as caught:
        opinions.treated(proposal, "favorable", "x" * 2_001)
    assert "2000 caractères" in caught.value.messages["treatment_note"]
    with pytest.raises(ValidationError) as caught:
        opinions.treated(proposal, "")
    assert "déjà ce traitement" in caught.value.messages["treatment"]
    assert opinions.amendment(proposal.id).treatment == ""


def test_a_treatment_changed_or_deleted_meanwhile_by_another_program_is_not_overwritten(
    opened: Root, opinions: Opinions, opinion_id: int
) -> None:
    from deliberation.services.root import open_existing_root

    proposal = _proposal(opened, opinions, opinion_id)
    with open_existing_root(opened.store.location) as other:  # another window on the store
        seen_there = other.opinions.amendment(proposal.id)
        opinions.apply_treatment(opinions.treated(proposal, "favorable"), proposal)
        mine = other.opinions.treated(seen_there, "unfavorable", "Hors sujet.")
        with pytest.raises(ValidationError) as caught:
            other.opinions.apply_treatment(mine, seen_there)
        assert caught.value.messages["treatment"] == (
            "Le traitement proposé de cet amendement vient d'être changé par ailleurs "
            "(« favorable ») : relisez-le avant de le modifier."
        )
        assert opinions.amendment(proposal.id).treatment == "favorable"
        opinions.remove_amendment(proposal)
        with pytest.raises(ValidationError) as caught:
            other.opinions.apply_treatment(mine, seen_there)
        assert "supprimé par ailleurs" in caught.value.messages["treatment"]
    assert opinions.amendments(opinion_id) == []
