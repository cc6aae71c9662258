"""Draft opinions on a real store: description, text identity, versions, amendments, agenda."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date, time

import pytest

from deliberation.errors import ConflictError, ValidationError
from deliberation.records.meetings import MeetingInput
from deliberation.records.opinions import (
    AmendmentInput,
    Line,
    OpinionInput,
    Paragraph,
    Run,
    plain_lines,
)
from deliberation.records.positions import ConsultationInput, PositionInput, Subject
from deliberation.services.meetings import Meetings
from deliberation.services.opinions import Opinions
from deliberation.services.root import Root


def para(text: str, kind: str = "paragraph", level: int = 1) -> Paragraph:
    return Paragraph(uuid.uuid4(), kind, plain_lines(text), level)


def org(opened: Root, acronym: str) -> int:
    return next(o.id for o in opened.referential.organisations() if o.acronym == acronym)


@pytest.fixture
def opinion_id(opinions: Opinions) -> int:
    snap = opinions.apply_opinion(
        opinions.new_opinion(OpinionInput("avis", "Avis sur les espaces numériques de travail"))
    )
    return snap.id


def test_an_opinion_starts_as_a_draft_and_records_each_status_change(
    opinions: Opinions, opinion_id: int
) -> None:
    snap = opinions.opinion(opinion_id)
    assert snap.status == "draft"
    assert [c.status for c in snap.history] == ["draft"]
    today = opinions.today
    moved = opinions.apply_opinion(opinions.with_status(snap, "consultation", today, "Envoi"))
    assert [(c.status, c.changed_on, c.note) for c in moved.history][-1] == (
        "consultation",
        today,
        "Envoi",
    )
    with pytest.raises(ValidationError) as caught:
        opinions.with_status(moved, "consultation")
    assert caught.value.messages["status"] == "L'avis est déjà « en consultation »."
    with pytest.raises(ValidationError) as caught:
        opinions.with_status(moved, "adopted", date(today.year + 1, 1, 1))
    assert "à venir" in caught.value.messages["changed_on"]
    record = next(r for r in opinions.opinions() if r.id == opinion_id)
    assert (record.status, record.status_since) == ("consultation", today)


def test_a_title_is_required_and_unknown_people_are_refused(opinions: Opinions) -> None:
    with pytest.raises(ValidationError) as caught:
        opinions.new_opinion(OpinionInput("avis", "  ", rapporteur_ids=(99999,)))
    assert caught.value.messages["title"] == "Le titre est obligatoire."
    assert caught.value.messages["rapporteurs"] == "Un des rapporteurs choisis n'existe plus."


def test_paragraph_identities_survive_edits_moves_splits_and_merges(
    opinions: Opinions, opinion_id: int
) -> None:
    title, first, second = para("Constats", "heading"), para("Premier."), para("Second.")
    text = opinions.save_text(opinion_id, [title, first, second], 0)
    # edit and move: same identities, new order
    edited = replace(first, lines=plain_lines("Premier, revu."))
    text = opinions.save_text(opinion_id, [title, second, edited], text.revision)
    assert [p.uuid for p in opinions.text(opinion_id).paragraphs] == [
        title.uuid,
        second.uuid,
        first.uuid,
    ]
    # split: the first part keeps its identity, the second is new and remembers its origin
    tail = para("La suite.")
    text = opinions.save_text(
        opinion_id,
        [title, second, replace(edited, lines=plain_lines("Premier,")), tail],
        text.revision,
        splits={tail.uuid: first.uuid},
    )
    # merge: the absorbed paragraph's identity now leads to the one that absorbed it
    merged = replace(second, lines=plain_lines("Second. Premier,"))
    text = opinions.save_text(
        opinion_id, [title, merged, tail], text.revision, merges={first.uuid: second.uuid}
    )
    assert opinions.resolve(opinion_id, first.uuid) == second.uuid
    assert opinions.resolve(opinion_id, tail.uuid) == tail.uuid
    # a plain deletion leaves nothing to follow
    opinions.save_text(opinion_id, [title, merged], text.revision)
    assert opinions.resolve(opinion_id, tail.uuid) is None
    # and bringing the paragraph back (an undo) revives it
    opinions.save_text(opinion_id, [title, merged, tail], None)
    assert opinions.resolve(opinion_id, tail.uuid) == tail.uuid


def test_a_save_from_an_outdated_copy_is_refused_and_can_be_kept_as_a_version(
    opinions: Opinions, opinion_id: int
) -> None:
    text = opinions.save_text(opinion_id, [para("Un.")], 0)
    opinions.save_text(opinion_id, [para("Deux.")], text.revision)
    mine = [para("Mon texte.")]
    with pytest.raises(ConflictError) as caught:
        opinions.save_text(opinion_id, mine, text.revision)
    assert "modifié ailleurs" in str(caught.value)
    kept = opinions.keep_copy(opinion_id, mine, "Texte conservé lors d'un conflit")
    assert opinions.version(opinion_id, kept.number).paragraphs[0].text == "Mon texte."


def test_pasted_control_characters_and_odd_spaces_are_cleaned(
    opinions: Opinions, opinion_id: int
) -> None:
    dirty = Paragraph(
        uuid.uuid4(),
        "paragraph",
        (Line((Run("Les\x00 élèves\u2003et\tles\x0c\u200b familles", bold=True),)),),
    )
    opinions.save_text(opinion_id, [dirty], 0)
    stored = opinions.text(opinion_id).paragraphs[0]
    assert stored.text == "Les élèves et les familles"
    assert stored.lines[0].runs[0].bold


def test_versions_are_numbered_and_compared_word_by_word(
    opinions: Opinions, opinion_id: int
) -> None:
    kept, changed, gone = para("Les ENT sont utiles."), para("Le débat continue."), para("Adieu.")
    text = opinions.save_text(opinion_id, [kept, changed, gone], 0)
    first = opinions.freeze(opinion_id, "Avant circulation")
    added = para("Un ajout.")
    opinions.save_text(
        opinion_id,
        [kept, replace(changed, lines=plain_lines("Le débat est clos.")), added],
        text.revision,
    )
    second = opinions.freeze(opinion_id, "Après la séance")
    assert (first.number, second.number) == (1, 2)
    notes = [v.note for v in opinions.versions(opinion_id)]
    assert notes == ["Avant circulation", "Après la séance"]
    diff = {d.uuid: d for d in opinions.compare(opinion_id, 1, 2)}
    assert diff[kept.uuid].change == "same"
    assert diff[gone.uuid].change == "removed"
    assert diff[added.uuid].change == "added"
    pieces = [(p.op, p.text) for p in diff[changed.uuid].pieces]
    assert ("deleted", "continue") in pieces and ("inserted", "est clos") in pieces
    with pytest.raises(ValidationError):
        opinions.freeze(opinion_id, "x" * 3000)


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


def test_amendments_and_comments_follow_a_merged_paragraph(
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
    thread = opinions.apply_comment(opinions.new_comment(opinion_id, second.uuid, "À revoir"))
    opinions.apply_comment(opinions.new_comment(opinion_id, second.uuid, "D'accord", thread))
    opinions.save_text(
        opinion_id,
        [replace(first, lines=plain_lines("Un. Deux."))],
        text.revision,
        merges={second.uuid: first.uuid},
    )
    assert [a.organisation_acronym for a in opinions.amendments(opinion_id, first.uuid)] == ["FU"]
    threads = opinions.threads(opinion_id, first.uuid)
    assert [(t.first.text, [r.text for r in t.replies]) for t in threads] == [
        ("À revoir", ["D'accord"])
    ]
    resolved = opinions.apply_comment(opinions.with_resolved(threads[0].first, True))
    assert opinions.threads(opinion_id)[0].resolved and resolved.resolved


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


def test_a_deleted_opinion_comes_back_whole(
    opened: Root, opinions: Opinions, opinion_id: int
) -> None:
    paragraph = para("Texte.")
    opinions.save_text(opinion_id, [paragraph], 0)
    opinions.freeze(opinion_id, "v1")
    opinions.apply_amendment(
        opinions.new_amendment(
            opinion_id, AmendmentInput(paragraph.uuid, org(opened, "AMF"), "delete")
        )
    )
    opinions.apply_comment(opinions.new_comment(opinion_id, paragraph.uuid, "Bien."))
    archive = opinions.archive(opinion_id)
    opinions.remove_opinion(archive.snapshot)
    assert opinions.opinions() == []
    restored = opinions.restore(archive)
    assert restored.id == opinion_id
    assert opinions.text(opinion_id).paragraphs[0].text == "Texte."
    assert [v.number for v in opinions.versions(opinion_id)] == [1]
    assert len(opinions.amendments(opinion_id)) == 1
    assert opinions.threads(opinion_id)[0].first.text == "Bien."


# -- agenda items an opinion may be linked to ---------------------------------------------------


def test_every_meetings_items_are_offered_in_meeting_order(
    meetings: Meetings, opinions: Opinions
) -> None:
    assert opinions.agenda_choices() == []
    for day, title, points in (
        (date(2026, 3, 10), "Plénière de printemps", ("ENT", "Budget")),
        (date(2026, 1, 20), "", ("Vœux",)),
    ):
        snap = meetings.apply_meeting(
            meetings.new_meeting(MeetingInput("plenary", day, time(14), time(17), title=title))
        )
        items = [meetings.new_item("decision", point, 30) for point in points]
        meetings.apply_meeting(meetings.with_items(snap, items))
    choices = opinions.agenda_choices()
    assert [(c.meeting_day, c.title) for c in choices] == [
        (date(2026, 1, 20), "Vœux"),
        (date(2026, 3, 10), "ENT"),
        (date(2026, 3, 10), "Budget"),
    ]
    assert choices[0].meeting_title  # a meeting without a title is named after its kind
    linked = opinions.apply_opinion(
        opinions.new_opinion(
            OpinionInput("avis", "Avis sur les ENT", agenda_item_ids=(choices[1].item_id,))
        )
    )
    assert [r.title for r in opinions.agenda_refs(linked.agenda_item_ids)] == ["ENT"]
