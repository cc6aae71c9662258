"""Pure calendar rules: monthly series of meetings and the timing of an agenda."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from deliberation.records.meetings import AgendaItem, ScheduledItem
from deliberation.rules.wording import MONTHS, WEEKDAYS

ORDINALS = {1: "premier", 2: "deuxième", 3: "troisième", 4: "quatrième", -1: "dernier"}


@dataclass(frozen=True)
class MonthlyRule:
    """« The `ordinal` `weekday` of each month » from `first` to `last` (months), minus skipped.

    `weekday` counts from Monday (0); `ordinal` is 1 to 4, or -1 for the last one of the month;
    `skip_months` are month numbers (1–12) without a meeting (August, for instance).
    """

    weekday: int
    ordinal: int
    first: date
    last: date
    skip_months: frozenset[int] = frozenset()

    def describe(self) -> str:
        """The rule in French: « le premier mardi de chaque mois, sauf en août »."""
        text = f"le {ORDINALS[self.ordinal]} {WEEKDAYS[self.weekday]} de chaque mois"
        if self.skip_months:
            names = [MONTHS[m - 1] for m in sorted(self.skip_months)]
            skipped = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " et " + names[-1]
            text += f", sauf en {skipped}"
        return text


def nth_weekday(year: int, month: int, weekday: int, ordinal: int) -> date:
    """The `ordinal`-th `weekday` of a month (ordinal -1: the last one)."""
    days = [
        day
        for day in calendar.Calendar().itermonthdates(year, month)
        if day.month == month and day.weekday() == weekday
    ]
    return days[-1] if ordinal == -1 else days[ordinal - 1]


def monthly_dates(rule: MonthlyRule) -> list[date]:
    """The days of a monthly series, within [first, last], in order."""
    result = []
    year, month = rule.first.year, rule.first.month
    while (year, month) <= (rule.last.year, rule.last.month):
        if month not in rule.skip_months:
            day = nth_weekday(year, month, rule.weekday, rule.ordinal)
            if rule.first <= day <= rule.last:
                result.append(day)
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return result


def add_minutes(moment: time, minutes: int) -> time:
    """A time of day `minutes` later (saturating at 23:59, agendas do not cross midnight)."""
    later = datetime.combine(date(2000, 1, 1), moment) + timedelta(minutes=minutes)
    if later.date() != date(2000, 1, 1):
        return time(23, 59)
    return later.time()


def minutes_between(start: time, end: time) -> int:
    return (end.hour * 60 + end.minute) - (start.hour * 60 + start.minute)


def schedule(
    items: tuple[AgendaItem, ...] | list[AgendaItem], start: time, end: time
) -> tuple[list[ScheduledItem], int]:
    """Each item's start and end from the meeting's start; and by how many minutes it overruns."""
    result = []
    elapsed = 0
    available = minutes_between(start, end)
    for number, item in enumerate(items, start=1):
        item_start = add_minutes(start, elapsed)
        elapsed += item.duration_minutes
        result.append(
            ScheduledItem(
                item, number, item_start, add_minutes(start, elapsed), elapsed > available
            )
        )
    return result, max(0, elapsed - available)
