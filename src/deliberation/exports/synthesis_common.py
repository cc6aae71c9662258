"""What the Word and spreadsheet synthesis writers share: the guard, the set-up and the wording."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from deliberation.errors import ExportError
from deliberation.records.i18n import QT_TRANSLATE_NOOP
from deliberation.records.positions import SUBJECT_KINDS, Subject, Synthesis
from deliberation.rules.consensus import answered_sentence

DOCUMENT = "Synthèse des positions"
KEYWORDS = f"Consultation; Positions; {DOCUMENT}"


@dataclass(frozen=True)
class SynthesisExport:
    """The syntheses to write (at least one), by whom, the meetings' names and the day."""

    syntheses: Sequence[Synthesis]
    committee: str
    meetings: Mapping[int, str]
    today: date
    clean: Callable[[str], str]  # how the writer cleans a text for its format

    @classmethod
    def of(
        cls,
        syntheses: Sequence[Synthesis],
        committee: str,
        meetings: Mapping[int, str] | None,
        today: date | None,
        clean: Callable[[str], str],
    ) -> SynthesisExport:
        """The export's set-up; raises ExportError (one French sentence) when there is nothing."""
        if not syntheses:
            raise ExportError(
                QT_TRANSLATE_NOOP(
                    "errors", "Aucune consultation à exporter : choisissez-en au moins une."
                )
            )
        return cls(
            syntheses, clean(committee) or "Comité", meetings or {}, today or date.today(), clean
        )

    @property
    def title(self) -> str:
        """The document's title: « Synthèse des positions – » and the consultations' titles."""
        titles = (self.clean(s.consultation.title) for s in self.syntheses)
        return f"{DOCUMENT} – " + " ; ".join(titles)

    def meeting(self, synthesis: Synthesis) -> str:
        """How to name the meeting the consultation was opened for, or ""."""
        return self.meetings.get(synthesis.consultation.meeting_id or 0, "")


def subject_label(subject: Subject, clean: Callable[[str], str]) -> str:
    """The subject's label, or its kind when it has none."""
    return clean(subject.label) or SUBJECT_KINDS.get(subject.kind, "Sujet")


def consulted(synthesis: Synthesis) -> str:
    """« 7 organisations, dont 5 ont répondu (4 sur chaque sujet) »."""
    return answered_sentence(
        synthesis.responded_count,
        synthesis.answered_count,
        len(synthesis.organisations),
        len(synthesis.results),
    )


def owed_subjects(synthesis: Synthesis, organisation_id: int) -> str:
    """« tous » or the numbers of the subjects still owed (« 2, 3 »)."""
    owed = synthesis.owed_numbers(organisation_id)
    return "tous" if len(owed) == len(synthesis.results) else ", ".join(map(str, owed))
