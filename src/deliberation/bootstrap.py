"""Opening the store a run works on: create or upgrade it, then seed it (`init`, GUI start)."""

from __future__ import annotations

from dataclasses import dataclass

from deliberation.records import SeedReport
from deliberation.referential import Referential
from deliberation.store.database import Store, open_store


@dataclass
class Opened:
    """A store ready for use, with what opening it did."""

    store: Store
    referential: Referential
    seeded: SeedReport

    def close(self) -> None:
        self.store.close()


def open_and_seed(location: str) -> Opened:
    """Open (create, migrate) the store at `location` and add any missing seed entries."""
    store = open_store(location)
    try:
        referential = Referential(store)
        report = referential.seed()
    except Exception:
        store.close()
        raise
    return Opened(store, referential, report)
