"""The lists of `deliberation list`: French times and action states of their text tables."""

from __future__ import annotations

from datetime import time

from deliberation.cli.listing import LISTS, action_status, clock, french_time


def test_times_are_written_the_french_way() -> None:
    assert clock(time(9, 5)) == "09:05"
    assert french_time("14:00") == "14 h 00"
    assert french_time("09:05") == "9 h 05"


def test_an_overdue_action_says_so() -> None:
    assert action_status({"status_label": "Ouverte", "overdue": True}) == "Ouverte (en retard)"
    assert action_status({"status_label": "Faite", "overdue": False}) == "Faite"


def test_every_list_of_the_store_is_named() -> None:
    assert {"organisations", "meetings", "consultations", "opinions"} <= set(LISTS)
