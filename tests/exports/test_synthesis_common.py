"""What both synthesis writers share: the guard, the set-up and the wording of their rows."""

from __future__ import annotations

from datetime import date

import pytest

from deliberation.errors import ExportError
from deliberation.exports.synthesis_common import (
    SynthesisExport,
    consulted,
    owed_subjects,
    subject_label,
)
from deliberation.exports.text import clean_line
from deliberation.records.positions import SUBJECT_KINDS, Subject
from deliberation.services.positions import Positions

from .conftest import CONSULTATION


def test_nothing_to_export_is_refused_in_one_sentence() -> None:
    with pytest.raises(ExportError, match="Aucune consultation à exporter"):
        SynthesisExport.of([], "Comité", None, None, clean_line)


def test_set_up_cleans_the_committee_and_names_the_meeting(
    positions: Positions, consultation_id: int
) -> None:
    synthesis = positions.synthesis(consultation_id)
    export = SynthesisExport.of([synthesis], "  \x07 ", None, date(2026, 4, 1), clean_line)
    assert export.committee == "Comité"  # nothing left once cleaned
    assert export.today == date(2026, 4, 1)
    assert export.title == f"Synthèse des positions – {CONSULTATION}"
    assert export.meeting(synthesis) == ""  # opened for no meeting
    named = SynthesisExport.of([synthesis, synthesis], "CPN", {0: "x"}, None, clean_line)
    assert named.title == f"Synthèse des positions – {CONSULTATION} ; {CONSULTATION}"
    assert named.today == date.today()


def test_wording_of_subjects_answers_and_reminders(
    positions: Positions, consultation_id: int
) -> None:
    synthesis = positions.synthesis(consultation_id)
    assert subject_label(Subject("other", "  "), clean_line) == SUBJECT_KINDS["other"]
    assert subject_label(Subject("opinion", " Un  sujet "), clean_line) == "Un sujet"
    assert consulted(synthesis) == "6 organisations, dont 5 ont répondu (4 sur chaque sujet)"
    owed = {acronym: owed_subjects(synthesis, org) for org, acronym, _ in synthesis.missing}
    assert owed == {"AMRF": "2", "FU": "tous"}
