"""The fast read path gives the same records as the use cases, and steps aside where it must."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
from tests.conftest import DEMO_DAY
from tests.mail.server import smtp_server
from tests.services.test_outbox import SENDER, mails, point_at

from deliberation.errors import NotAStoreError, NotFoundError, StoreTooNewError
from deliberation.records.mail import MailSettings
from deliberation.services.reading import ReadingRoot, open_reading_root
from deliberation.services.root import Root, open_root
from deliberation.store.schema import HEAD


@pytest.fixture
def fast(demo_copy: Path) -> Iterator[ReadingRoot]:
    root = open_reading_root(str(demo_copy), DEMO_DAY)
    assert root is not None
    with root:
        yield root


def test_the_referential_reads_as_the_use_case_does(demo_root: Root, fast: ReadingRoot) -> None:
    slow = demo_root.referential
    assert fast.referential.organisations() == slow.organisations()
    assert any(o.former_acronyms for o in slow.organisations())  # the demo renamed some
    assert fast.referential.former_name_history() == slow.former_name_history()
    assert fast.referential.delegates() == slow.delegates()
    assert fast.referential.themes() == slow.themes()
    assert fast.referential.groups() == slow.groups()
    assert fast.referential.group(2) == slow.group(2)
    assert fast.referential.body() == slow.body()
    with pytest.raises(NotFoundError, match="Aucun groupe de travail n'a l'identifiant 99"):
        fast.referential.group(99)


def test_meetings_and_actions_read_as_the_use_case_does(demo_root: Root, fast: ReadingRoot) -> None:
    slow = demo_root.meetings
    assert fast.meetings.meetings() == slow.meetings()
    assert len(slow.meetings()) > 20
    start, end = DEMO_DAY.replace(month=1), DEMO_DAY.replace(month=6)
    assert fast.meetings.meetings(start, end) == slow.meetings(start, end)
    assert fast.meetings.meetings(plenary_only=True) == slow.meetings(plenary_only=True)
    assert fast.meetings.meetings(None, end, 2) == slow.meetings(None, end, 2)
    assert fast.meetings.actions() == slow.actions()
    assert fast.meetings.actions(open_only=True) == slow.actions(open_only=True)
    labels = [(a.meeting_label, a.owner_label) for a in slow.actions()]
    assert [(a.meeting_label, a.owner_label) for a in fast.meetings.actions()] == labels
    for meeting in slow.meetings():
        assert fast.meetings.meeting(meeting.id) == slow.meeting(meeting.id)
        assert fast.meetings.details(meeting.id) == slow.details(meeting.id)
    with pytest.raises(NotFoundError, match="Aucune séance n'a l'identifiant 999"):
        fast.meetings.details(999)


def test_consultations_opinions_and_outbox_read_as_the_use_cases_do(
    demo_root: Root, fast: ReadingRoot
) -> None:
    assert fast.positions.consultations() == demo_root.positions.consultations()
    for record in demo_root.positions.consultations():
        assert fast.positions.consultation(record.id) == demo_root.positions.consultation(record.id)
    assert fast.opinions.opinions() == demo_root.opinions.opinions()
    assert fast.outbox.entries() == demo_root.outbox.entries()
    assert fast.positions.today == DEMO_DAY


def test_the_outbox_reads_its_messages_as_the_use_case_does(demo_root: Root) -> None:
    """The demo sends nothing: three messages are sent to a real server, a fourth waits."""
    outbox = demo_root.outbox
    outbox.save_settings(MailSettings(host="127.0.0.1", security="none", sender=SENDER))
    outbox.queue(mails(3))
    with smtp_server() as server:
        point_at(outbox, server)
        assert len(outbox.send_pending(None).sent) == 3
    outbox.queue(mails(4))
    assert {e.state for e in outbox.entries()} == {"sent", "pending"}
    path = Path(demo_root.store.location)
    fast = open_reading_root(str(path), DEMO_DAY)
    assert fast is not None
    with fast:
        assert fast.outbox.entries() == demo_root.outbox.entries() != []


def test_a_store_to_upgrade_an_address_or_no_file_take_the_usual_path(tmp_path: Path) -> None:
    from deliberation.store.database import sqlite_engine, upgrade_to

    old = tmp_path / "old.sqlite3"
    engine = sqlite_engine(old)
    upgrade_to(engine, "0001")
    engine.dispose()
    before = old.read_bytes()
    assert open_reading_root(str(old)) is None
    assert old.read_bytes() == before, "the read path never migrates"
    assert open_reading_root(str(tmp_path / "absent.sqlite3")) is None
    assert open_reading_root(str(tmp_path)) is None
    assert open_reading_root(f"sqlite:///{old}") is None
    assert open_reading_root("postgresql+psycopg://someone@/db") is None


def test_a_foreign_or_newer_file_is_refused_with_the_usual_sentence(tmp_path: Path) -> None:
    foreign = tmp_path / "contacts.sqlite3"
    with closing(sqlite3.connect(foreign)) as db:
        db.execute("CREATE TABLE contacts (name TEXT)")
        db.commit()
    with pytest.raises(NotAStoreError, match="d'une autre application"):
        open_reading_root(str(foreign))
    newer = tmp_path / "newer.sqlite3"
    open_root(str(newer)).close()
    with closing(sqlite3.connect(newer)) as db:
        db.execute("UPDATE alembic_version SET version_num = '9999'")
        db.commit()
    with pytest.raises(StoreTooNewError, match="version plus récente"):
        open_reading_root(str(newer))


def test_a_current_store_is_read_in_place(demo_copy: Path) -> None:
    root = open_reading_root(str(demo_copy))
    assert isinstance(root, ReadingRoot) and root.path == demo_copy
    with closing(sqlite3.connect(demo_copy)) as db:
        assert db.execute("SELECT version_num FROM alembic_version").fetchone() == (HEAD,)


def test_the_home_overview_reads_as_the_use_case_does(demo_root: Root, fast: ReadingRoot) -> None:
    from datetime import UTC, datetime, timedelta

    slow = demo_root.home
    first = slow.overview(None)
    assert fast.home.overview(None) == first
    assert first.actions and first.consultations and first.opinions and first.meetings
    everything = slow.overview(datetime.now(UTC) - timedelta(days=3650))
    assert fast.home.overview(everything.since) == everything
    assert {group.kind for group in everything.changes} >= {"organisation", "paragraph", "comment"}
    # a moment between two changes: only the later rows count
    stamps = sorted(item.changed_at for group in everything.changes for item in group.latest)
    middle = stamps[len(stamps) // 2]
    assert fast.home.overview(middle) == slow.overview(middle)
    with pytest.raises(ValueError, match="time zone"):
        fast.home.overview(datetime(2026, 3, 1))
