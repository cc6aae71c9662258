"""The amendments' table as data: text order, groups, conflicts, diffs, chosen paragraphs."""

from __future__ import annotations

import pytest
from tests.exports.amended_opinion import build_amended_opinion

from deliberation.errors import ExportError
from deliberation.exports.amendments_table import chosen_paragraphs, paragraphs_named
from deliberation.services.amendments_export import (
    opinion_amendments,
    paragraph_choice,
    paragraph_names,
)
from deliberation.services.root import Root


def test_rows_follow_the_text_and_rivals_are_grouped_with_their_conflict(opened: Root) -> None:
    amended = build_amended_opinion(opened)
    table = opinion_amendments(opened.opinions, opened.referential, amended.opinion_id)
    assert [(g.label, g.number) for g in table.groups] == [
        ("Paragraphe 1", "1"), ("Paragraphe 2", "2"), ("Recommandation n° 1", "R1")
    ]  # fmt: skip
    assert [r.organisation for r in table.rows] == ["FU", "AMF", "ADF", "AMRF"]
    first, second, recommendation = table.groups
    assert first.conflict == "" and recommendation.conflict == ""
    assert second.conflict == (
        "Amendements en concurrence (AMF et ADF) : adopter l'un fait tomber les autres."
    )
    assert [r.treatment for r in table.rows] == [
        "À examiner", "Favorable", "Défavorable", "Satisfait"
    ]  # fmt: skip
    assert table.rows[0].decision.startswith("Rejeté le ")
    assert table.rows[1].decision == "En attente de décision"
    amf = table.rows[1]
    assert amf.diff_text == "Les familles accèdent aux ENT{+ depuis un téléphone+}."
    assert table.rows[3].diff_text == "[-Mutualiser les ENT entre collectivités.-]"
    assert table.rows[0].diff_text == "{+Les départements aussi.+}"
    assert table.summary() == (
        "4 amendements sur 3 paragraphes, dont 1 avec des amendements en concurrence ; "
        "3 en attente de décision."
    )


def test_a_set_of_paragraphs_keeps_only_their_amendments(opened: Root) -> None:
    amended = build_amended_opinion(opened)
    table = opinion_amendments(opened.opinions, opened.referential, amended.opinion_id, "2, R1")
    assert table.partial
    assert [r.organisation for r in table.rows] == ["AMF", "ADF", "AMRF"]
    by_range = opinion_amendments(opened.opinions, opened.referential, amended.opinion_id, "1-2")
    assert [r.organisation for r in by_range.rows] == ["FU", "AMF", "ADF"]


def test_unknown_paragraph_numbers_are_refused_in_french(opened: Root) -> None:
    amended = build_amended_opinion(opened)
    paragraphs = opened.opinions.text(amended.opinion_id).paragraphs
    assert chosen_paragraphs(paragraphs, "r1,2,2") == [
        amended.recommendation.uuid, amended.second.uuid
    ]  # fmt: skip
    with pytest.raises(ExportError) as caught:
        chosen_paragraphs(paragraphs, "2,7")
    assert str(caught.value).startswith("L'avis n'a pas de paragraphe « 7 »")
    with pytest.raises(ExportError):
        chosen_paragraphs(paragraphs, " , ")


def test_chosen_paragraphs_are_named_as_they_are_typed_back(opened: Root) -> None:
    amended = build_amended_opinion(opened)
    opinions, opinion_id = opened.opinions, amended.opinion_id
    paragraphs = opinions.text(opinion_id).paragraphs
    heading = paragraphs[0]
    every = {p.uuid for p in paragraphs}
    assert paragraphs_named(paragraphs, every) == "1-2, R1"  # the heading has no number to type
    assert paragraphs_named(paragraphs, {amended.first.uuid, amended.recommendation.uuid}) == (
        "1, R1"
    )
    assert paragraphs_named(paragraphs, {heading.uuid}) == ""
    named = paragraph_names(opinions, opinion_id, [amended.second.uuid, amended.first.uuid])
    assert named == "1-2"
    assert paragraph_choice(opinions, opinion_id, named) == [
        amended.first.uuid,
        amended.second.uuid,
    ]
    assert paragraph_choice(opinions, opinion_id, "  ") is None  # the whole opinion
    assert paragraph_names(opinions, opinion_id, []) == ""


def test_an_accepted_amendment_tells_the_others_they_bear_on_a_changed_text(
    opened: Root,
) -> None:
    amended = build_amended_opinion(opened)
    opinions = opened.opinions
    amf = next(
        a for a in opinions.amendments(amended.opinion_id) if a.organisation_acronym == "AMF"
    )
    live = opinions.text(amended.opinion_id).paragraphs
    accepted, change = opinions.decided(amf, "accepted", live)
    assert change is not None
    opinions.apply_amendment(accepted)
    table = opinion_amendments(opened.opinions, opened.referential, amended.opinion_id, "2")
    (group,) = table.groups
    assert group.conflict == (
        "Le paragraphe a déjà été modifié par l'amendement accepté (AMF) : ADF porte sur un "
        "texte qui a changé."
    )
