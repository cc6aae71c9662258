"""Positions benchmark: a large synthesis and years of consultations, against raw SQLite reads.

Run: .venv/bin/python bench/positions.py [--years N] [--subjects N] [--runs N]. Builds a store
with one consultation a month for N years, each asking every member about a few subjects, plus
one large consultation (every member × `--subjects` subjects, every position recorded), then
times, as medians:
- `Positions.consultations()` (the list of the Positions area) against the same rows and counts
  read with bare sqlite3, target ratio ≤ 15;
- `Positions.synthesis(id)` of the large consultation (the matrix, the statuses under the rule
  and the missing answers' e-mails) against its tables read with bare sqlite3, target ratio ≤ 40.
A benchmark, not a test: it prints ratios and asserts nothing.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from deliberation.records.positions import ConsultationInput, PositionInput, Subject
from deliberation.services.root import open_root

TARGETS = {"list": 15.0, "synthesis": 40.0}
STANCES = ("favorable", "favorable", "reserved", "unfavorable", "abstention")

LIST_SQL = """
SELECT c.*,
       (SELECT count(*) FROM consultation_subject s WHERE s.consultation_id = c.id),
       (SELECT count(*) FROM consulted_organisation o WHERE o.consultation_id = c.id),
       (SELECT count(DISTINCT p.organisation_id) FROM position p
          JOIN consultation_subject s ON s.id = p.subject_id
         WHERE s.consultation_id = c.id AND p.stance != 'not_expressed')
FROM consultation c ORDER BY c.opened_on DESC, c.id
"""
SYNTHESIS_SQL = (
    "SELECT * FROM consultation WHERE id = :id",
    "SELECT * FROM consultation_subject WHERE consultation_id = :id ORDER BY position",
    "SELECT * FROM consulted_organisation WHERE consultation_id = :id",
    "SELECT p.*, o.acronym FROM position p JOIN organisation o ON o.id = p.organisation_id"
    " JOIN consultation_subject s ON s.id = p.subject_id WHERE s.consultation_id = :id",
    "SELECT o.id, o.acronym, o.name FROM organisation o JOIN consulted_organisation c"
    " ON c.organisation_id = o.id WHERE c.consultation_id = :id",
    "SELECT d.organisation_id, d.email FROM delegate d JOIN consulted_organisation c"
    " ON c.organisation_id = d.organisation_id WHERE c.consultation_id = :id",
)


def median_seconds(action: Callable[[], object], runs: int) -> float:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def build(path: Path, years: int, subjects: int) -> int:
    """The store described above; returns the id of the large consultation."""
    opened = open_root(str(path))
    current = [o for o in opened.referential.organisations() if o.is_member]
    members = [o.id for o in current]
    start = max(o.member_since or date(2000, 1, 1) for o in current) + timedelta(days=1)
    # The years of answers lie after the members joined: the use cases are set on their last day.
    positions = opened.acting(today=start + timedelta(days=30 * 12 * years + 30)).positions

    def consultation(day: date, count: int) -> int:
        snap = positions.apply_consultation(
            positions.new_consultation(
                ConsultationInput(
                    f"Consultation du {day:%d/%m/%Y}",
                    day,
                    day + timedelta(days=21),
                    subjects=tuple(Subject("other", f"Sujet {n}") for n in range(1, count + 1)),
                    consulted=tuple(members),
                    min_answers=3,
                )
            )
        )
        for n, subject in enumerate(snap.subjects):
            for k, org in enumerate(members):
                stance = STANCES[(n + k) % len(STANCES)]
                positions.apply_position(
                    positions.new_position(
                        PositionInput(
                            subject.id,
                            org,
                            stance,
                            reservation="Financement" if stance == "reserved" else "",
                            reasons="Motifs détaillés " * 5,
                            received_on=day + timedelta(days=7),
                        )
                    )
                )
        return snap.id

    for month in range(12 * years):
        consultation(start + timedelta(days=30 * month), 3)
    large = consultation(start + timedelta(days=3), subjects)
    opened.close()
    return large


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--years", type=int, default=5)
    parser.add_argument("--subjects", type=int, default=30)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.sqlite3"
        large = build(path, args.years, args.subjects)
        opened = open_root(str(path))
        raw = sqlite3.connect(path)
        count = len(opened.positions.consultations())
        cells = len(opened.positions.positions(large))
        results = {
            "list": (
                median_seconds(opened.positions.consultations, args.runs),
                median_seconds(lambda: raw.execute(LIST_SQL).fetchall(), args.runs),
            ),
            "synthesis": (
                median_seconds(lambda: opened.positions.synthesis(large), args.runs),
                median_seconds(
                    lambda: [raw.execute(sql, {"id": large}).fetchall() for sql in SYNTHESIS_SQL],
                    args.runs,
                ),
            ),
        }
        raw.close()
        opened.close()
    print(f"{count} consultations over {args.years} years; the large one has {cells} positions")
    for name, (ours, reference) in results.items():
        ratio = ours / reference
        verdict = "ok" if ratio <= TARGETS[name] else "over target"
        print(
            f"{name:10} {ours * 1000:8.2f} ms  raw {reference * 1000:7.3f} ms  "
            f"ratio {ratio:6.1f} (target ≤ {TARGETS[name]:.0f}): {verdict}"
        )


if __name__ == "__main__":
    main()
