"""The demo a newcomer sees: invented delegates, working groups, a year of meetings, positions,
draft opinions."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from deliberation.demo.context import DemoContext, DemoStep
from deliberation.demo.meetings import add_meetings
from deliberation.demo.opinions import add_opinions
from deliberation.demo.positions import add_positions
from deliberation.demo.referential import add_delegates, add_groups
from deliberation.services.root import Root


@dataclass(frozen=True)
class DemoReport:
    """How many records each step added (one count per noun of the step)."""

    added: tuple[tuple[DemoStep, tuple[int, ...]], ...]

    @property
    def changed(self) -> bool:
        return any(any(counts) for _, counts in self.added)

    def count(self, key: str, noun: int = 0) -> int:
        """How many records of one step's noun were added (0 if the step did not run)."""
        return sum(counts[noun] for step, counts in self.added if step.key == key)

    def summary(self) -> str:
        """E.g. "32 délégués, 6 groupes de travail, 27 séances, 17 actions, 5 consultations, 62
        positions" (zeros left out)."""
        return ", ".join(part for step, counts in self.added for part in step.describe(counts))


def run_demo(
    root: Root,
    steps: Sequence[DemoStep] | None = None,
    progress: Callable[[DemoStep], None] | None = None,
    today: date | None = None,
) -> DemoReport:
    """Add the demonstration to a seeded store, step by step (each step in its own transactions).

    Dates are relative to `today` (by default the root's): the demo always looks current.
    """
    context = DemoContext(root if today is None else root.acting(today=today))
    added = []
    for step in STEPS if steps is None else steps:
        if progress is not None:
            progress(step)
        added.append((step, step.run(context)))
    return DemoReport(tuple(added))


STEPS: tuple[DemoStep, ...] = (
    DemoStep("delegates", (("délégué", "délégués"),), add_delegates),
    DemoStep("groups", (("groupe de travail", "groupes de travail"),), add_groups),
    DemoStep("meetings", (("séance", "séances"), ("action", "actions")), add_meetings),
    DemoStep(
        "positions", (("consultation", "consultations"), ("position", "positions")), add_positions
    ),
    DemoStep(
        "opinions",
        (
            ("avis", "avis"),
            ("version", "versions"),
            ("amendement", "amendements"),
            ("commentaire", "commentaires"),
        ),
        add_opinions,
    ),
)

__all__ = ["STEPS", "DemoContext", "DemoReport", "DemoStep", "run_demo"]
