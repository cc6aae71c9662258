"""The French wording shared by the window, the documents and the command line."""

from __future__ import annotations

from datetime import date, time

from deliberation.rules.wording import NBSP, clock, count, duration, hours, long_date


def test_dates_hours_and_durations_read_as_french_typography_writes_them() -> None:
    assert long_date(date(2026, 1, 6)) == "mardi 6 janvier 2026"
    assert long_date(date(2026, 10, 1), weekday=False) == "1er octobre 2026"
    assert clock(time(9, 5)) == "9 h 05"
    assert hours(time(14), time(17, 30)) == "14 h 00 – 17 h 30"
    assert hours(time(14), time(15), NBSP) == f"14{NBSP}h{NBSP}00 – 15{NBSP}h{NBSP}00"
    assert [duration(m) for m in (0, 45, 60, 90, 125)] == ["0 min", "45 min", "1 h", "1 h 30",
                                                         "2 h 05"]  # fmt: skip


def test_counts_keep_the_singular_below_two() -> None:
    assert [count(n, "séance") for n in (0, 1, 2)] == ["0 séance", "1 séance", "2 séances"]
    assert count(3, "point de l'ordre du jour", "points de l'ordre du jour") == (
        "3 points de l'ordre du jour"
    )
