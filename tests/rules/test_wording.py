"""The French wording shared by the window, the documents and the command line."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, timezone

from deliberation.rules.wording import (
    NBSP,
    THIN_NBSP,
    abbreviated_date,
    clock,
    count,
    duration,
    hours,
    long_date,
    moment,
    moment_with_clock,
    numeric_date,
    numeric_hours,
    numeric_moment,
    numeric_time,
    plural,
    quantity,
    short_date,
    thousands,
)


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


def test_dates_in_every_length_the_screens_use() -> None:
    assert numeric_date(date(2026, 1, 6)) == "06/01/2026"
    assert numeric_date(None) == ""
    assert short_date(date(2026, 3, 1)) == "1 mars 2026"
    assert abbreviated_date(date(2026, 1, 6)) == "mar. 6 janv. 2026"
    assert abbreviated_date(date(2026, 9, 1), weekday=False) == "1 sept. 2026"
    assert abbreviated_date(date(2026, 6, 20), weekday=False, year=False) == "20 juin"


def test_times_and_moments_read_in_local_time() -> None:
    assert numeric_time(time(9, 5)) == "09:05"
    assert numeric_hours(time(14), time(17, 30)) == "14:00–17:30"
    naive = datetime(2026, 1, 6, 14, 30)  # taken as local time: shown as it is
    assert moment(naive) == "06/01/2026 à 14:30"
    assert moment_with_clock(naive) == "06/01/2026 à 14 h 30"
    assert numeric_moment(naive) == "06/01/2026 14:30"
    stored = datetime(2026, 1, 6, 13, 30, tzinfo=UTC)
    local = stored.astimezone()
    assert moment(stored) == f"{numeric_date(local)} à {numeric_time(local.time())}"
    east = datetime(2026, 1, 6, 23, 30, tzinfo=timezone(timedelta(hours=-5)))
    assert numeric_date(east.astimezone()) in moment(east)


def test_plurals_and_quantities() -> None:
    assert [plural(n, "%n séance", "%n séances") for n in (0, 1, 3)] == [
        "0 séance", "1 séance", "3 séances"
    ]  # fmt: skip
    assert plural(2, "son paragraphe", "ses %n paragraphes") == "ses 2 paragraphes"
    assert thousands(1234567) == f"1{THIN_NBSP}234{THIN_NBSP}567"
    assert quantity(1, "mot", "mots") == f"1{NBSP}mot"
    assert quantity(1234, "mot", "mots") == f"1{THIN_NBSP}234{NBSP}mots"


def test_a_long_date_is_read_back_and_writes_itself() -> None:
    from deliberation.rules.wording import LongDay, read_long_date

    day = read_long_date("mercredi 10 février 2027")
    assert day == date(2027, 2, 10) and isinstance(day, LongDay)
    assert read_long_date("1er octobre 2026") == date(2026, 10, 1)
    assert read_long_date("mardi 31 février 2026") is None
    assert read_long_date("Réunion plénière") is None
    assert f"Séance du {day}" == "Séance du mercredi 10 février 2027" == "Séance du " + str(day)
