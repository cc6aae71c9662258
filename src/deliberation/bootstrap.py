"""Opening the store a run works on: create or upgrade it, then seed it (`init`, GUI start)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from deliberation.meetings import Meetings
from deliberation.opinions import Opinions
from deliberation.positions import Positions
from deliberation.records import SeedReport
from deliberation.referential import Referential, load_seed
from deliberation.store.database import Store, open_store


@dataclass
class Opened:
    """A store ready for use, with what opening it did."""

    store: Store
    referential: Referential
    seeded: SeedReport
    meetings: Meetings
    positions: Positions
    opinions: Opinions

    def close(self) -> None:
        self.store.close()


def open_and_seed(location: str, seed_file: Path | None = None) -> Opened:
    """Open (create, migrate) the store at `location` and add any missing seed entries.

    `seed_file` is another body's composition (TOML, like resources/seed/committee.toml);
    by default the committee's.
    """
    data = load_seed(seed_file)  # before the store: a bad file must not leave a new store behind
    store = open_store(location)
    try:
        referential = Referential(store)
        report = referential.seed(data)
    except Exception:
        store.close()
        raise
    positions = Positions(store)
    return Opened(
        store, referential, report, Meetings(store), positions, Opinions(store, positions)
    )
