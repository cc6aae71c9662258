"""The home page's use case: the day's work and what changed since the last visit, in one read."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from deliberation.records.home import HomeOverview

if TYPE_CHECKING:
    from deliberation.store.database import Store

MEETINGS_AHEAD_DAYS = 42
"""How far ahead the next meetings are looked for (six weeks)."""
CLOSING_SOON_DAYS = 14
"""A consultation whose deadline is this close is said to close soon."""
MEETINGS_SHOWN = 6
ACTIONS_SHOWN = 8
CONSULTATIONS_SHOWN = 8
OPINIONS_SHOWN = 8
CHANGES_SHOWN = 3
"""How many rows of each kind of change are named (all are counted)."""


class Home:
    """What the home page shows, over one open store and its clock."""

    def __init__(self, store: Store, today: date | None = None) -> None:
        self.store = store
        self._today = today

    @property
    def today(self) -> date:
        return self._today or date.today()

    def overview(self, since: datetime | None) -> HomeOverview:
        """The next meetings, the open actions (overdue first), the open consultations, the
        opinions in progress and, if `since` is given (an aware moment: when the user last
        opened the store), what changed after it; one transaction, a few queries."""
        from deliberation.store import home as q

        with self.store.reading() as s:
            return overview(q, s, self.today, since)


def overview(queries: Any, reading: Any, today: date, since: datetime | None) -> HomeOverview:
    """The home page's overview read by `queries` (store/home.py over an ORM session, or
    store/reading.py over a sqlite3 connection: the same functions) inside `reading`."""
    if since is not None and since.tzinfo is None:
        raise ValueError("the last visit must carry a time zone")
    q, s = queries, reading
    open_count, overdue_count = q.action_counts(s, today)
    return HomeOverview(
        today=today,
        since=since,
        meetings=q.upcoming_meetings(
            s, today, today + timedelta(days=MEETINGS_AHEAD_DAYS), MEETINGS_SHOWN
        ),
        actions=q.open_actions(s, today, ACTIONS_SHOWN),
        open_actions=open_count,
        overdue_actions=overdue_count,
        consultations=q.open_consultations(
            s, today, today + timedelta(days=CLOSING_SOON_DAYS), CONSULTATIONS_SHOWN
        ),
        opinions=q.opinions_in_progress(s, OPINIONS_SHOWN),
        changes=q.changes_since(s, since, CHANGES_SHOWN) if since is not None else (),
    )
