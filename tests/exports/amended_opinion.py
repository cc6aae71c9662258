"""An opinion whose paragraphs received amendments (treated, decided, conflicting), on a real
store: what the amendments' table tests share."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from deliberation.records.opinions import AmendmentInput, OpinionInput, Paragraph, plain_lines
from deliberation.services.root import Root

TITLE = "Avis sur les espaces numériques de travail"
FIRST = "Les communes financent les équipements."
SECOND = "Les familles accèdent aux ENT."
RECOMMENDATION = "Mutualiser les ENT entre collectivités."


@dataclass(frozen=True)
class Amended:
    opinion_id: int
    heading: Paragraph
    first: Paragraph
    second: Paragraph
    recommendation: Paragraph


def _para(text: str, kind: str = "paragraph") -> Paragraph:
    return Paragraph(uuid.uuid4(), kind, plain_lines(text), 1)


def build_amended_opinion(opened: Root) -> Amended:
    """Paragraphs 1 and 2 and recommendation 1 under a heading. Paragraph 2 has two rival
    replacements (AMF favorable, ADF défavorable) received first; paragraph 1 an insertion
    (FU) that was rejected; the recommendation a deletion (AMRF) the rapporteur deems
    satisfied. Amendments come in a different order than the text's."""
    opinions = opened.opinions
    org = {o.acronym: o.id for o in opened.referential.organisations()}
    snap = opinions.apply_opinion(opinions.new_opinion(OpinionInput("avis", TITLE)))
    heading = _para("Constats", "heading")
    first, second = _para(FIRST), _para(SECOND)
    recommendation = _para(RECOMMENDATION, "recommendation")
    opinions.save_text(snap.id, [heading, first, second, recommendation], 0)

    def amend(target: Paragraph, acronym: str, action: str, text: str, day: int, why: str = ""):
        return opinions.apply_amendment(
            opinions.new_amendment(
                snap.id,
                AmendmentInput(
                    target.uuid, org[acronym], action, plain_lines(text) if text else (), why,
                    proposed_on=date(2026, 3, day),
                ),
            )
        )  # fmt: skip

    def treat(record, treatment: str, note: str = "") -> None:  # type: ignore[no-untyped-def]
        opinions.apply_treatment(opinions.treated(record, treatment, note), record)

    amf = amend(second, "AMF", "replace", "Les familles accèdent aux ENT depuis un téléphone.",
                1, "Usage réel.")  # fmt: skip
    treat(amf, "favorable", "Précise utilement le texte.")
    adf = amend(second, "ADF", "replace", "Les élèves accèdent aux ENT.", 2)
    treat(adf, "unfavorable")
    fu = amend(first, "FU", "insert_after", "Les départements aussi.", 3)
    live = opinions.text(snap.id).paragraphs
    opinions.apply_amendment(opinions.decided(fu, "rejected", live, note="Hors sujet.")[0])
    amrf = amend(recommendation, "AMRF", "delete", "", 4)
    treat(amrf, "satisfied", "Déjà couvert par le paragraphe 1.")
    return Amended(snap.id, heading, first, second, recommendation)
