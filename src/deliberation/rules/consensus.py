"""The consensus rule: a subject's status from the stances of the organisations consulted."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from deliberation.records.i18n import LABELS, QT_TRANSLATE_NOOP, Sentence
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
        """The rule in French, shown with every result (a Sentence the window translates)."""
        answers = _worded(
            self.min_answers,
            QT_TRANSLATE_NOOP("labels", "au moins {count} réponse"),
            QT_TRANSLATE_NOOP("labels", "au moins {count} réponses"),
        )
        scope = (
            QT_TRANSLATE_NOOP("labels", "(abstentions comprises)")
            if self.abstentions_count
            else QT_TRANSLATE_NOOP("labels", "(hors abstentions)")
        )
        text = Sentence.in_context(
            LABELS, "{answers} {scope}", answers=answers, scope=Sentence.in_context(LABELS, scope)
        )
        if self.max_unfavorable == 0:
            return Sentence.in_context(
                LABELS,
                QT_TRANSLATE_NOOP("labels", "Consensus : aucun avis défavorable et {text}."),
                text=text,
            )
        return _worded(
            self.max_unfavorable,
            QT_TRANSLATE_NOOP("labels", "Consensus : au plus {count} avis défavorable et {text}."),
            QT_TRANSLATE_NOOP("labels", "Consensus : au plus {count} avis défavorables et {text}."),
            text=text,
        )


def _worded(number: int, one: str, many: str, **params: object) -> Sentence:
    """A labels Sentence with `number` as {count}: `one` below two (as French counts), else
    `many`."""
    return Sentence.in_context(LABELS, one if number < 2 else many, count=number, **params)


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
    template = (
        QT_TRANSLATE_NOOP("labels", "{responded}/{consulted} réponses")
        if consulted > 1
        else QT_TRANSLATE_NOOP("labels", "{responded}/{consulted} réponse")
    )
    text = Sentence.in_context(LABELS, template, responded=responded, consulted=consulted)
    if subjects > 1 and complete < responded:
        done = (
            Sentence.in_context(LABELS, QT_TRANSLATE_NOOP("labels", "aucune complète"))
            if not complete
            else _worded(
                complete,
                QT_TRANSLATE_NOOP("labels", "{count} complète"),
                QT_TRANSLATE_NOOP("labels", "{count} complètes"),
            )
        )
        return Sentence.in_context(LABELS, "{text} ({done})", text=text, done=done)
    return text


def answered_sentence(responded: int, complete: int, consulted: int, subjects: int) -> str:
    """« 14 organisations, dont 13 ont répondu (12 sur chaque sujet) »: the same counts as
    `answers_summary`, in a sentence for documents, tooltips and the command line."""
    text = _worded(
        consulted,
        QT_TRANSLATE_NOOP("labels", "{count} organisation"),
        QT_TRANSLATE_NOOP("labels", "{count} organisations"),
    )
    text = _worded(
        responded,
        QT_TRANSLATE_NOOP("labels", "{text}, dont {count} a répondu"),
        QT_TRANSLATE_NOOP("labels", "{text}, dont {count} ont répondu"),
        text=text,
    )
    if subjects > 1 and responded:
        if complete == responded:
            return Sentence.in_context(
                LABELS, QT_TRANSLATE_NOOP("labels", "{text} sur chaque sujet"), text=text
            )
        return Sentence.in_context(
            LABELS,
            QT_TRANSLATE_NOOP("labels", "{text} ({complete} sur chaque sujet)"),
            text=text,
            complete=complete,
        )
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
