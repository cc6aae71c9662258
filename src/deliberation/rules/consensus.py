"""The consensus rule: a subject's status from the stances of the organisations consulted."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from deliberation.records.positions import STANCE_COUNTED, STANCES
from deliberation.rules.wording import count


@dataclass(frozen=True)
class ConsensusRule:
    """What the secretariat sets per consultation.

    `min_answers`: how many organisations must have answered; `max_unfavorable`: how many
    unfavourable answers a consensus tolerates (0: none); `abstentions_count`: whether an
    abstention counts as an answer (it never counts for or against).
    """

    min_answers: int = 1
    max_unfavorable: int = 0
    abstentions_count: bool = False

    def describe(self) -> str:
        """The rule in French, shown with every result."""
        answers = "réponse" if self.min_answers == 1 else "réponses"
        text = f"au moins {self.min_answers} {answers}"
        text += " (abstentions comprises)" if self.abstentions_count else " (hors abstentions)"
        if self.max_unfavorable == 0:
            return f"Consensus : aucun avis défavorable et {text}."
        tolerated = "avis défavorable" if self.max_unfavorable == 1 else "avis défavorables"
        return f"Consensus : au plus {self.max_unfavorable} {tolerated} et {text}."


@dataclass(frozen=True)
class StanceCounts:
    """How many organisations hold each stance on one subject."""

    favorable: int = 0
    reserved: int = 0
    unfavorable: int = 0
    abstention: int = 0
    not_expressed: int = 0

    @classmethod
    def of(cls, stances: Iterable[str]) -> StanceCounts:
        counts = Counter(stances)
        unknown = set(counts) - set(STANCES)
        if unknown:
            raise ValueError(f"unknown stances: {sorted(unknown)}")
        return cls(**counts)

    def answers(self, rule: ConsensusRule) -> int:
        expressed = self.favorable + self.reserved + self.unfavorable
        return expressed + (self.abstention if rule.abstentions_count else 0)


def answers_summary(responded: int, complete: int, consulted: int, subjects: int) -> str:
    """« 13/14 réponses (12 complètes) »: the organisations that answered at least one subject
    out of those consulted, then — with several subjects, when some answered only part of
    them — how many answered every subject. One wording for lists, headers and documents."""
    text = f"{responded}/{consulted} réponse" + ("s" if consulted > 1 else "")
    if subjects > 1 and complete < responded:
        done = "aucune complète" if not complete else count(complete, "complète")
        text += f" ({done})"
    return text


def answered_sentence(responded: int, complete: int, consulted: int, subjects: int) -> str:
    """« 14 organisations, dont 13 ont répondu (12 sur chaque sujet) »: the same counts as
    `answers_summary`, in a sentence for documents, tooltips and the command line."""
    verb = "a" if responded < 2 else "ont"
    text = f"{count(consulted, 'organisation')}, dont {responded} {verb} répondu"
    if subjects > 1 and responded:
        text += " sur chaque sujet" if complete == responded else f" ({complete} sur chaque sujet)"
    return text


def stance_parts(counts: dict[str, int], unanswered: int) -> list[str]:
    """« 2 favorables », « 1 non exprimée », « 3 sans réponse »: the positions recorded per
    stance (« non exprimée » only where it was recorded so), then the organisations consulted
    that have not answered, told apart."""
    parts = [count(counts[code], *STANCE_COUNTED[code]) for code in STANCES if counts.get(code)]
    return parts + ([f"{unanswered} sans réponse"] if unanswered else [])


def consensus_status(stances: Iterable[str], rule: ConsensusRule) -> str:
    """One of CONSENSUS_STATUSES' codes for a subject, under `rule`.

    Objections beyond what the rule tolerates make the subject disputed whatever else is
    missing (more answers cannot remove them). Otherwise, too few answers — or no favourable
    one at all — is not enough; then any reservation or tolerated objection gives a consensus
    with reservations, and only favourable answers a plain consensus.
    """
    counts = StanceCounts.of(stances)
    if counts.unfavorable > rule.max_unfavorable:
        return "disputed"
    if counts.answers(rule) < rule.min_answers or counts.favorable + counts.reserved == 0:
        return "not_enough_answers"
    if counts.reserved or counts.unfavorable:
        return "consensus_with_reservations"
    return "consensus"
