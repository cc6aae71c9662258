"""What every step of the demo works with: the store's use cases, its data files, a seeded
random source, and how a step says what it added."""

from __future__ import annotations

import random
from calendar import monthrange
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from deliberation.resources import load_toml, resource_path
from deliberation.rules.wording import count
from deliberation.services.meetings import Meetings
from deliberation.services.referential import Referential
from deliberation.services.root import Root

# Every random draw derives from this and the step's key: the same store gets the same demo,
# and adding a step never changes what the others generate.
SEED = "deliberation-demo"


@dataclass
class DemoContext:
    """What a step works with: the store's root, the demo data files, a seeded random source."""

    root: Root
    _files: dict[str, dict[str, Any]] = field(default_factory=dict)

    @property
    def today(self) -> date:
        return self.root.today()

    @property
    def referential(self) -> Referential:
        return self.root.referential

    @property
    def meetings(self) -> Meetings:
        return self.root.meetings

    def data(self, filename: str) -> dict[str, Any]:
        """One data file of `resources/demo/`, read once per run."""
        if filename not in self._files:
            self._files[filename] = load_toml(resource_path("demo", filename))
        return self._files[filename]

    def rng(self, key: str) -> random.Random:
        return random.Random(f"{SEED}:{key}")


@dataclass(frozen=True)
class DemoStep:
    """One part of the demo. `run` adds what is missing and returns how many records it added,
    one count per noun of `nouns` (singular, plural): a step may add several kinds of records.

    A step must be idempotent: it recognises what an earlier run (or the user) already created and
    adds only the rest, so running the demo twice duplicates nothing.
    """

    key: str
    nouns: tuple[tuple[str, str], ...]
    run: Callable[[DemoContext], tuple[int, ...]]

    def describe(self, counts: tuple[int, ...]) -> list[str]:
        """E.g. ["27 séances", "17 actions"] (nouns of which nothing was added are left out)."""
        return [count(n, *noun) for noun, n in zip(self.nouns, counts, strict=True) if n]


def add_months(day: date, months: int) -> date:
    """The same day `months` later (earlier if negative), or the month's last day if shorter."""
    year, month = divmod(day.year * 12 + day.month - 1 + months, 12)
    return date(year, month + 1, min(day.day, monthrange(year, month + 1)[1]))
