"""The pure calendar rules: monthly series and agenda timing."""

from __future__ import annotations

import uuid
from datetime import date, time

from deliberation.records.meetings import AgendaItem
from deliberation.rules.schedule import MonthlyRule, monthly_dates, nth_weekday, schedule


def test_first_tuesday_of_each_month_of_2026_but_august() -> None:
    rule = MonthlyRule(1, 1, date(2026, 1, 1), date(2026, 12, 31), frozenset({8}))
    days = monthly_dates(rule)
    assert len(days) == 11
    assert days[0] == date(2026, 1, 6) and days[-1] == date(2026, 12, 1)
    assert all(d.weekday() == 1 and d.day <= 7 for d in days)
    assert rule.describe() == "le premier mardi de chaque mois, sauf en août"


def test_last_thursday_and_bounds() -> None:
    assert nth_weekday(2026, 4, 3, -1) == date(2026, 4, 30)
    rule = MonthlyRule(3, -1, date(2026, 4, 30), date(2026, 6, 20), frozenset({7, 8}))
    # April's last Thursday is the first day; June's (25th) is past the end.
    assert monthly_dates(rule) == [date(2026, 4, 30), date(2026, 5, 28)]
    assert rule.describe().endswith("sauf en juillet et août")


def test_series_across_a_new_year() -> None:
    rule = MonthlyRule(0, 2, date(2026, 11, 1), date(2027, 2, 28))
    assert monthly_dates(rule) == [
        date(2026, 11, 9), date(2026, 12, 14), date(2027, 1, 11), date(2027, 2, 8),
    ]  # fmt: skip


def test_schedule_marks_the_items_that_overrun() -> None:
    items = [
        AgendaItem(uuid.uuid4(), "information", f"P{n}", m) for n, m in enumerate((60, 45, 30))
    ]
    timed, overrun = schedule(items, time(9, 30), time(11, 0))
    assert [(t.number, t.start, t.end) for t in timed] == [
        (1, time(9, 30), time(10, 30)),
        (2, time(10, 30), time(11, 15)),
        (3, time(11, 15), time(11, 45)),
    ]
    assert [t.overruns for t in timed] == [False, True, True]
    assert overrun == 45
    assert schedule([], time(9), time(10)) == ([], 0)
