"""The command line's fast reads: a SQLite store read without SQLAlchemy, through objects that
answer the same read calls as the use cases (`root.referential.organisations()`…)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeAlias

from deliberation.records.meetings import (
    ActionRecord,
    MeetingDetails,
    MeetingRecord,
    MeetingSnapshot,
)
from deliberation.store import reading as q

if TYPE_CHECKING:
    import sqlite3
    from contextlib import AbstractContextManager

    from deliberation.records.home import HomeOverview
    from deliberation.records.mail import OutboxEntry
    from deliberation.records.opinions import OpinionRecord
    from deliberation.records.positions import ConsultationRecord, ConsultationSnapshot
    from deliberation.records.referential import (
        BodyRecord,
        DelegateRecord,
        FormerName,
        GroupRecord,
        OrganisationRecord,
        ThemeRecord,
    )


def open_reading_root(location: str, today: date | None = None) -> ReadingRoot | None:
    """A root reading the SQLite store file at `location` without SQLAlchemy, or None where
    this path does not apply and the store must be opened as usual (a database URL, a store
    that is absent or not a regular file, or one whose schema must first be upgraded by
    « deliberation init » or the application): that opening words those cases for the user.

    A file that is not a store, or one written by a newer version, is refused here with the
    same sentence as the usual opening (store/sqlite_file.py words both).
    """
    from deliberation.paths import is_url
    from deliberation.store.leftovers import clean_leftovers
    from deliberation.store.schema import HEAD
    from deliberation.store.sqlite_file import has_content, inspect_sqlite

    if is_url(location):
        return None  # PostgreSQL (or an sqlite:// address): the usual path
    path = Path(location)
    if not path.is_file() or not has_content(path):
        return None
    clean_leftovers(path, _revision_or_none)  # what the usual opening does first
    if inspect_sqlite(path) != HEAD:
        return None
    return ReadingRoot(path, today)


def _revision_or_none(path: Path) -> str | None:
    from deliberation.errors import StoreError
    from deliberation.store.sqlite_file import has_content, inspect_sqlite

    try:
        return inspect_sqlite(path) if has_content(path) else None
    except StoreError:
        return None


class ReadingRoot:
    """The reads of a `Root` over a SQLite store, in one read-only transaction opened on entry
    (`with open_reading_root(…) as root:`) and closed on exit."""

    def __init__(self, path: Path, today: date | None = None) -> None:
        self.path = path
        self._today = today
        self._reading: AbstractContextManager[sqlite3.Connection] | None = None
        self._db: sqlite3.Connection | None = None
        self.referential = ReadingReferential(self)
        self.meetings = ReadingMeetings(self)
        self.positions = ReadingPositions(self)
        self.opinions = ReadingOpinions(self)
        self.outbox = ReadingOutbox(self)
        self.home = ReadingHome(self)

    def today(self) -> date:
        return self._today or date.today()

    @property
    def db(self) -> sqlite3.Connection:
        if self._db is None:
            raise RuntimeError("a ReadingRoot reads inside its `with` block")
        return self._db

    def __enter__(self) -> ReadingRoot:
        self._reading = q.reading(self.path)
        self._db = self._reading.__enter__()
        return self

    def __exit__(self, *exc: Any) -> None:
        reading_, self._reading, self._db = self._reading, None, None
        if reading_ is not None:
            reading_.__exit__(*exc)


class _Reads:
    """What every part of a ReadingRoot shares: the connection and the day."""

    def __init__(self, root: ReadingRoot) -> None:
        self._root = root

    @property
    def today(self) -> date:
        return self._root.today()

    @property
    def _db(self) -> sqlite3.Connection:
        return self._root.db


class ReadingReferential(_Reads):
    def body(self) -> BodyRecord | None:
        return q.body(self._db)

    def themes(self) -> list[ThemeRecord]:
        return q.themes(self._db)

    def organisations(self) -> list[OrganisationRecord]:
        return q.organisations(self._db, self.today)

    def former_name_history(self) -> dict[int, tuple[FormerName, ...]]:
        return q.former_name_history(self._db)

    def delegates(self) -> list[DelegateRecord]:
        return q.delegates(self._db)

    def groups(self) -> list[GroupRecord]:
        return q.groups(self._db)

    def group(self, group_id: int) -> GroupRecord:
        return q.group(self._db, group_id)


class ReadingMeetings(_Reads):
    def meetings(
        self,
        start: date | None = None,
        end: date | None = None,
        group_id: int | None = None,
        plenary_only: bool = False,
    ) -> list[MeetingRecord]:
        return q.meetings(self._db, start, end, group_id, plenary_only)

    def meeting(self, meeting_id: int) -> MeetingSnapshot:
        return q.meeting_snapshot(self._db, meeting_id)

    def actions(self, meeting_id: int | None = None, open_only: bool = False) -> list[ActionRecord]:
        return q.actions(self._db, meeting_id, open_only)

    def details(self, meeting_id: int) -> MeetingDetails:
        db = self._db
        snap = q.meeting_snapshot(db, meeting_id)
        return meeting_details(
            snap,
            q.body(db),
            q.group_info(db, snap.group_id) if snap.group_id is not None else None,
            q.actions(db, meeting_id),
            lambda ids: q.delegate_names(db, ids),
            lambda ids: q.organisation_names(db, ids),
        )


class ReadingPositions(_Reads):
    def consultations(self) -> list[ConsultationRecord]:
        return q.consultations(self._db)

    def consultation(self, consultation_id: int) -> ConsultationSnapshot:
        return q.consultation_snapshot(self._db, consultation_id)


class ReadingOpinions(_Reads):
    def opinions(self) -> list[OpinionRecord]:
        return q.opinions(self._db)


class ReadingOutbox(_Reads):
    def entries(self) -> list[OutboxEntry]:
        return q.outbox_entries(self._db)


class ReadingHome(_Reads):
    def overview(self, since: datetime | None) -> HomeOverview:
        """What `Home.overview` reads, from the same queries in plain SQL (store/reading.py)."""
        from deliberation.services.home import overview

        return overview(q, self._db, self.today, since)


def meeting_details(
    snap: MeetingSnapshot,
    body: BodyRecord | None,
    group: tuple[str, str] | None,
    actions: list[ActionRecord],
    delegate_names: Callable[[set[int]], dict[int, tuple[str, int]]],
    organisation_names: Callable[[set[int]], dict[int, tuple[str, str]]],
) -> MeetingDetails:
    """A meeting with every name it mentions resolved (read by the two callables, given the ids
    they are asked for), its timed agenda and its actions; shared by `Meetings.details`."""
    from deliberation.rules.schedule import schedule

    delegate_ids = {d for a in snap.convened for d in a.delegate_ids}
    delegate_ids |= {i.presenter_delegate_id for i in snap.items if i.presenter_delegate_id}
    delegate_ids |= {a.delegate_id for a in actions if a.delegate_id}
    delegates = delegate_names(delegate_ids)
    org_ids = {a.organisation_id for a in snap.convened}
    org_ids |= {a.represented_by_id for a in snap.convened if a.represented_by_id}
    org_ids |= {i.presenter_organisation_id for i in snap.items if i.presenter_organisation_id}
    org_ids |= {a.organisation_id for a in actions if a.organisation_id}
    org_ids |= {org for _, org in delegates.values()}
    organisations = organisation_names(org_ids)
    timed, overrun = schedule(snap.items, snap.start, snap.end)
    return MeetingDetails(
        meeting=snap,
        body_name=body.name if body else "",
        body_short_name=body.short_name if body else "",
        group_name=group[0] if group else "",
        organisations=organisations,
        delegates=delegates,
        schedule=tuple(timed),
        overrun_minutes=overrun,
        actions=tuple(actions),
    )


if TYPE_CHECKING:  # what the command line's views accept: a use case, or its fast reads
    from deliberation.services.meetings import Meetings
    from deliberation.services.opinions import Opinions
    from deliberation.services.outbox import Outbox
    from deliberation.services.positions import Positions
    from deliberation.services.referential import Referential
    from deliberation.services.root import Root

    AnyRoot: TypeAlias = Root | ReadingRoot
    AnyReferential: TypeAlias = Referential | ReadingReferential
    AnyMeetings: TypeAlias = Meetings | ReadingMeetings
    AnyPositions: TypeAlias = Positions | ReadingPositions
    AnyOpinions: TypeAlias = Opinions | ReadingOpinions
    AnyOutbox: TypeAlias = Outbox | ReadingOutbox
