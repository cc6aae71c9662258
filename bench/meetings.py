"""Meetings benchmark: listing ten years of meetings and opening one, against raw SQLite reads.

Run: .venv/bin/python bench/meetings.py [--years N] [--runs N]. Builds a store with N years of
weekly meetings (agendas and attendance recorded), then times, as medians:
- `Meetings.meetings()` (the list the Séances area shows) against the same rows and counts read
  with bare sqlite3, target ratio ≤ 15 (the ORM builds one record per row);
- `Meetings.details(id)` (one meeting page) against the same tables read with bare sqlite3,
  target ratio ≤ 60: a few fixed milliseconds of session and ORM set-up dominate the tiny raw
  reads, still well under a frame (it also resolves names and computes the schedule).
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
from datetime import time as clock
from pathlib import Path

from deliberation.records.meetings import Attendance, MeetingInput
from deliberation.services.root import open_root

TARGETS = {"list": 15.0, "details": 60.0}

LIST_SQL = """
SELECT m.*, g.name,
       (SELECT count(*) FROM agenda_item i WHERE i.meeting_id = m.id),
       (SELECT count(*) FROM attendance a WHERE a.meeting_id = m.id),
       (SELECT count(*) FROM attendance a WHERE a.meeting_id = m.id
                                         AND a.status IN ('present', 'represented'))
FROM meeting m LEFT JOIN working_group g ON g.id = m.group_id
ORDER BY m.day, m.start_time, m.id
"""
DETAIL_SQL = (
    "SELECT * FROM meeting WHERE id = :id",
    "SELECT * FROM agenda_item WHERE meeting_id = :id ORDER BY position",
    "SELECT l.* FROM agenda_link l JOIN agenda_item i ON i.id = l.item_id WHERE i.meeting_id = :id",
    "SELECT * FROM attendance WHERE meeting_id = :id",
    "SELECT d.* FROM attendance_delegate d JOIN attendance a ON a.id = d.attendance_id"
    " WHERE a.meeting_id = :id",
    "SELECT * FROM action WHERE meeting_id = :id",
    "SELECT * FROM body",
    "SELECT o.id, o.acronym, o.name FROM organisation o JOIN attendance a"
    " ON a.organisation_id = o.id WHERE a.meeting_id = :id",
)


def raw_details(raw: sqlite3.Connection, meeting_id: int) -> list[list[object]]:
    return [raw.execute(sql, {"id": meeting_id}).fetchall() for sql in DETAIL_SQL]


def median_seconds(action: Callable[[], object], runs: int) -> float:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def build(path: Path, years: int) -> int:
    """A store with `years` of weekly meetings; returns the id of one meeting."""
    opened = open_root(str(path))
    meetings = opened.meetings
    start = date(2026 - years, 1, 6)
    days = [start + timedelta(weeks=n) for n in range(52 * years)]
    snaps = meetings.new_series(MeetingInput("plenary", None, clock(14), clock(17)), days)
    filled = []
    for snap in snaps:
        items = [meetings.new_item("discussion", f"Point {n}", 20) for n in range(6)]
        sheet = [Attendance(a.organisation_id, "present") for a in snap.convened]
        filled.append(meetings.with_attendance(meetings.with_items(snap, items), sheet))
    written = meetings.apply_meetings(filled)
    opened.close()
    return written[len(written) // 2].id


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.sqlite3"
        meeting_id = build(path, args.years)
        opened = open_root(str(path))
        raw = sqlite3.connect(path)
        count = len(opened.meetings.meetings())
        results = {
            "list": (
                median_seconds(opened.meetings.meetings, args.runs),
                median_seconds(lambda: raw.execute(LIST_SQL).fetchall(), args.runs),
            ),
            "details": (
                median_seconds(lambda: opened.meetings.details(meeting_id), args.runs),
                median_seconds(lambda: raw_details(raw, meeting_id), args.runs),
            ),
        }
        raw.close()
        opened.close()
    print(f"{count} meetings over {args.years} years")
    for name, (ours, reference) in results.items():
        ratio = ours / reference
        verdict = "ok" if ratio <= TARGETS[name] else "over target"
        print(
            f"{name:8} {ours * 1000:8.2f} ms  raw {reference * 1000:7.3f} ms  "
            f"ratio {ratio:6.1f} (target ≤ {TARGETS[name]:.0f}): {verdict}"
        )


if __name__ == "__main__":
    main()
