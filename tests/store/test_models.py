"""Database-level constraints hold even if a caller bypasses the use cases."""

from __future__ import annotations

import uuid
from datetime import UTC, date, time

import pytest
from sqlalchemy import select

from deliberation.errors import IntegrityConflictError
from deliberation.services.root import Root
from deliberation.store.models import (
    Attendance,
    Delegate,
    Meeting,
    Membership,
    Organisation,
    WorkingGroup,
)


def test_acronym_is_unique(opened: Root) -> None:
    with pytest.raises(IntegrityConflictError), opened.store.session() as s:
        kind_id = s.scalar(select(Organisation.kind_id))
        s.add(Organisation(acronym="AMF", name="Doublon", kind_id=kind_id))


def test_foreign_keys_are_enforced(opened: Root) -> None:
    with pytest.raises(IntegrityConflictError), opened.store.session() as s:
        s.add(Delegate(organisation_id=9999, first_name="A", last_name="B", role="titular"))


def test_delegate_role_is_checked(opened: Root) -> None:
    with pytest.raises(IntegrityConflictError), opened.store.session() as s:
        org_id = s.scalar(select(Organisation.id))
        s.add(Delegate(organisation_id=org_id, first_name="A", last_name="B", role="chef"))


def test_membership_cannot_end_before_it_starts(opened: Root) -> None:
    with pytest.raises(IntegrityConflictError), opened.store.session() as s:
        org_id = s.scalar(select(Organisation.id))
        s.add(
            Membership(
                organisation_id=org_id, start_date=date(2020, 1, 1), end_date=date(2019, 1, 1)
            )
        )


def test_group_status_is_checked(opened: Root) -> None:
    with pytest.raises(IntegrityConflictError), opened.store.session() as s:
        s.add(WorkingGroup(name="GT", status="dissous"))


def test_uuids_are_unique(opened: Root) -> None:
    with opened.store.session() as s:
        existing = s.scalar(select(Organisation.uuid))
        kind_id = s.scalar(select(Organisation.kind_id))
    with pytest.raises(IntegrityConflictError), opened.store.session() as s:
        s.add(Organisation(uuid=existing, acronym="ZZZ", name="Z", kind_id=kind_id))


def test_every_record_gets_a_uuid_and_utc_timestamps(opened: Root) -> None:
    from deliberation.store.models import Tracked

    with opened.store.session() as s:
        for model in Tracked.__subclasses__():
            for row in s.scalars(select(model)):
                assert isinstance(row.uuid, uuid.UUID)
                assert row.created_at.tzinfo is UTC, model.__name__
                assert row.updated_at >= row.created_at


def test_updated_at_moves_on_update(opened: Root) -> None:
    with opened.store.session() as s:
        org = s.scalars(select(Organisation)).first()
        created, first_update = org.created_at, org.updated_at
        org.notes = "Modifié"
    with opened.store.session() as s:
        again = s.get(Organisation, org.id)
        assert again.created_at == created
        assert again.updated_at > first_update


def test_failed_transaction_writes_nothing(opened: Root) -> None:
    with pytest.raises(IntegrityConflictError), opened.store.session() as s:
        kind_id = s.scalar(select(Organisation.kind_id))
        s.add(Organisation(acronym="NEW", name="Nouvelle", kind_id=kind_id))
        s.flush()
        s.add(Organisation(acronym="AMF", name="Doublon", kind_id=kind_id))
    with opened.store.session() as s:
        assert s.scalar(select(Organisation).where(Organisation.acronym == "NEW")) is None


def test_a_meeting_cannot_end_before_it_starts(opened: Root) -> None:
    with pytest.raises(IntegrityConflictError) as caught, opened.store.session() as s:
        s.add(Meeting(kind="plenary", day=date(2026, 1, 6), start_time=time(14), end_time=time(9)))
    assert "ck_meeting_times" in str(caught.value.__cause__)


def test_represented_attendance_needs_the_representing_organisation(opened: Root) -> None:
    with (
        pytest.raises(IntegrityConflictError) as caught,
        opened.store.session() as s,
    ):
        org_id = s.scalar(select(Organisation.id))
        meeting = Meeting(
            kind="plenary", day=date(2026, 1, 6), start_time=time(14), end_time=time(17)
        )
        meeting.attendance.append(Attendance(organisation_id=org_id, status="represented"))
        s.add(meeting)
    assert "ck_attendance_represented" in str(caught.value.__cause__)
