"""The consensus rule over the stance combinations that matter, and properties over all of them."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deliberation.records.positions import CONSENSUS_STATUSES, STANCES
from deliberation.rules.consensus import (
    ConsensusRule,
    StanceCounts,
    answered_sentence,
    answers_summary,
    consensus_status,
    stance_parts,
)

DEFAULT = ConsensusRule(min_answers=3)
F, R, U, A, N = "favorable", "reserved", "unfavorable", "abstention", "not_expressed"


@pytest.mark.parametrize(
    ("stances", "expected"),
    [
        ([F, F, F], "consensus"),
        ([F, F, R], "consensus_with_reservations"),
        ([F, F, F, U], "disputed"),
        ([U], "disputed"),  # an objection is final, however few the answers
        ([F, F], "not_enough_answers"),
        ([F, F, A], "not_enough_answers"),  # abstentions are neutral: not an answer here
        ([F, F, N, N, N], "not_enough_answers"),
        ([], "not_enough_answers"),
        ([F, F, F, A, A, N], "consensus"),
        ([R, R, R], "consensus_with_reservations"),
    ],
)
def test_default_rule(stances: list[str], expected: str) -> None:
    assert consensus_status(stances, DEFAULT) == expected


def test_abstentions_can_count_as_answers_without_making_a_consensus_alone() -> None:
    rule = ConsensusRule(min_answers=3, abstentions_count=True)
    assert consensus_status([F, F, A], rule) == "consensus"
    assert consensus_status([A, A, A], rule) == "not_enough_answers"


def test_a_tolerated_objection_is_a_consensus_with_reservations() -> None:
    rule = ConsensusRule(min_answers=3, max_unfavorable=1)
    assert consensus_status([F, F, U], rule) == "consensus_with_reservations"
    assert consensus_status([F, F, U, U], rule) == "disputed"


def test_the_rule_is_described_in_french() -> None:
    assert DEFAULT.describe() == (
        "Consensus : aucun avis défavorable et au moins 3 réponses (hors abstentions)."
    )
    assert ConsensusRule(1, 2, True).describe() == (
        "Consensus : au plus 2 avis défavorables et au moins 1 réponse (abstentions comprises)."
    )


def test_unknown_stances_are_refused() -> None:
    with pytest.raises(ValueError):
        consensus_status(["pour"], DEFAULT)


stances = st.lists(st.sampled_from(sorted(STANCES)), max_size=20)
rules = st.builds(
    ConsensusRule,
    min_answers=st.integers(0, 10),
    max_unfavorable=st.integers(0, 3),
    abstentions_count=st.booleans(),
)


@given(stances, rules)
def test_status_is_always_one_of_the_known_ones(values: list[str], rule: ConsensusRule) -> None:
    assert consensus_status(values, rule) in CONSENSUS_STATUSES


@given(stances, rules)
def test_order_does_not_matter(values: list[str], rule: ConsensusRule) -> None:
    assert consensus_status(values, rule) == consensus_status(sorted(values), rule)


@given(stances, rules)
def test_silence_changes_nothing(values: list[str], rule: ConsensusRule) -> None:
    assert consensus_status([*values, N], rule) == consensus_status(values, rule)


@given(stances, rules)
def test_an_extra_objection_never_improves_the_status(
    values: list[str], rule: ConsensusRule
) -> None:
    order = ["consensus", "consensus_with_reservations", "not_enough_answers", "disputed"]
    before = consensus_status(values, rule)
    after = consensus_status([*values, U], rule)
    assert order.index(after) >= order.index(before) or before == "not_enough_answers"


@given(stances, rules)
def test_consensus_means_enough_answers_and_objections_within_tolerance(
    values: list[str], rule: ConsensusRule
) -> None:
    counts = StanceCounts.of(values)
    status = consensus_status(values, rule)
    if status in ("consensus", "consensus_with_reservations"):
        assert counts.answers(rule) >= rule.min_answers
        assert counts.unfavorable <= rule.max_unfavorable
        assert counts.favorable + counts.reserved > 0
    if status == "consensus":
        assert counts.reserved == 0 and counts.unfavorable == 0


@pytest.mark.parametrize(
    ("counts", "expected"),
    [
        ((13, 12, 14, 3), "13/14 réponses (12 complètes)"),
        ((13, 13, 14, 3), "13/14 réponses"),  # all complete: nothing more to say
        ((13, 0, 14, 1), "13/14 réponses"),  # one subject: answered is complete
        ((1, 0, 6, 2), "1/6 réponses (aucune complète)"),
        ((2, 1, 6, 2), "2/6 réponses (1 complète)"),
        ((0, 0, 1, 1), "0/1 réponse"),
    ],
)
def test_answers_summary(counts: tuple[int, int, int, int], expected: str) -> None:
    assert answers_summary(*counts) == expected


def test_answered_sentence_and_stance_parts() -> None:
    assert answered_sentence(13, 12, 14, 3) == (
        "14 organisations, dont 13 ont répondu (12 sur chaque sujet)"
    )
    assert answered_sentence(4, 4, 6, 2) == "6 organisations, dont 4 ont répondu sur chaque sujet"
    assert answered_sentence(1, 1, 3, 1) == "3 organisations, dont 1 a répondu"
    counts = {code: 0 for code in STANCES} | {"favorable": 2, "not_expressed": 1}
    assert stance_parts(counts, 3) == ["2 favorables", "1 non exprimée", "3 sans réponse"]
    assert stance_parts(counts, 0) == ["2 favorables", "1 non exprimée"]
