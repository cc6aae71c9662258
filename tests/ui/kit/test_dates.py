"""Dates, times and durations in the window follow the interface's language: French as the
command line and the exports write them, English through QLocale."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time

import pytest
from PySide6.QtWidgets import QApplication

from deliberation.rules import wording
from deliberation.ui.kit import dates
from deliberation.ui.kit.language import ENGLISH, FRENCH, install

DAY = date(2026, 1, 6)  # a Tuesday
FIRST = date(2026, 10, 1)


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    install(qapp, ENGLISH)
    yield
    install(qapp, FRENCH)


def test_french_dates_are_the_command_lines_and_the_exports(qapp: QApplication) -> None:
    install(qapp, FRENCH)
    assert dates.long_date(DAY) == wording.long_date(DAY) == "mardi 6 janvier 2026"
    assert dates.long_date(FIRST, weekday=False) == "1er octobre 2026"
    assert dates.short_date(DAY) == "6 janvier 2026"
    assert dates.abbreviated_date(DAY) == "mar. 6 janv. 2026"
    assert dates.abbreviated_date(DAY, weekday=False, year=False) == "6 janv."
    assert dates.clock(time(14, 30)) == "14 h 30"
    assert dates.hours(time(14), time(17)) == "14 h 00 – 17 h 00"
    assert dates.duration(90) == "1 h 30" and dates.duration(45) == "45 min"
    assert dates.moment(datetime(2026, 1, 6, 14, 30)) == "06/01/2026 à 14:30"
    assert dates.moment_with_clock(datetime(2026, 1, 6, 14, 30), "\n") == "06/01/2026\nà 14 h 30"
    assert dates.days_from_now(16) == "dans 16 jours" and dates.days_from_now(1) == "dans 1 jour"
    assert dates.days_from_now(-3) == "il y a 3 jours"
    assert dates.days_from_now(0) == "aujourd'hui"
    assert dates.weekday_name(1) == "mardi" and dates.month_name(8) == "août"
    assert dates.short_month_name(12) == "déc."


def test_english_dates_in_the_window(english: None) -> None:
    assert dates.long_date(DAY) == "Tuesday 6 January 2026"
    assert dates.long_date(FIRST, weekday=False) == "1 October 2026"
    assert dates.short_date(DAY) == "6 January 2026"
    assert dates.abbreviated_date(DAY) == "Tue 6 Jan 2026"
    assert dates.abbreviated_date(DAY, weekday=False, year=False) == "6 Jan"
    assert dates.clock(time(14, 30)) == "14:30"
    assert dates.hours(time(14), time(17)) == "14:00 – 17:00"
    assert dates.duration(90) == "1 h 30 min" and dates.duration(60) == "1 h"
    assert dates.weekday_name(1) == "Tuesday" and dates.month_name(8) == "August"
    assert dates.short_month_name(12) == "Dec"
    # numeric dates read the same in British English
    assert dates.numeric_date(DAY) == "06/01/2026"
    # the command line and the exports keep French whatever the window speaks
    assert wording.long_date(DAY) == "mardi 6 janvier 2026"
