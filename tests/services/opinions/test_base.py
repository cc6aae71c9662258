"""What the opinions' use cases share: the person recorded on a change and the day, the root's."""

from __future__ import annotations

from datetime import date

from tests.services.opinions.conftest import org, para

from deliberation.records.opinions import AmendmentInput, OpinionInput
from deliberation.services.root import Root

DAY = date(2026, 2, 3)


def test_the_person_and_the_day_recorded_on_an_opinion_are_those_of_the_root(
    opened: Root,
) -> None:
    opened.user = "Secrétariat DNE"
    rapporteur = opened.acting(user="Élise Bernard", today=DAY)
    opinions = rapporteur.opinions
    snap = opinions.apply_opinion(opinions.new_opinion(OpinionInput("avis", "Avis sur les ENT")))
    assert [(c.changed_on, c.changed_by) for c in snap.history] == [(DAY, "Élise Bernard")]
    paragraph = para("Texte.")
    opinions.save_text(snap.id, [paragraph], 0)
    assert opinions.freeze(snap.id, "v1").frozen_by == "Élise Bernard"
    amendment = opinions.apply_amendment(
        opinions.new_amendment(
            snap.id, AmendmentInput(paragraph.uuid, org(opened, "AMF"), "delete")
        )
    )
    decided, _ = opinions.decided(amendment, "rejected", opinions.text(snap.id).paragraphs)
    assert (decided.decided_on, decided.decided_by) == (DAY, "Élise Bernard")
    comment = opinions.new_comment(snap.id, paragraph.uuid, "Bien.")
    assert comment.author == "Élise Bernard"
    # the first person, on the same store, still records under their own name
    assert opened.opinions.new_comment(snap.id, paragraph.uuid, "Vu.").author == "Secrétariat DNE"
