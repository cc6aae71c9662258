"""News of other clients' changes: PostgreSQL notifications at commit, SQLite's data_version."""

from __future__ import annotations

import json
import queue
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text
from tests.store.conftest import needs_postgres

from deliberation.records.opinions import OpinionInput
from deliberation.records.referential import OrganisationInput
from deliberation.services.root import Root, open_root
from deliberation.store.live import Change, parse

WAIT_S = 2.0  # a functional bound: news arrive within a second


class Inbox:
    """The batches a watcher delivered, read from the test's thread."""

    def __init__(self) -> None:
        self.batches: queue.Queue[list[Change]] = queue.Queue()

    def __call__(self, changes: list[Change]) -> None:
        self.batches.put(changes)

    def next(self) -> list[Change]:
        return self.batches.get(timeout=WAIT_S)

    def tables_until(self, table: str) -> set[str]:
        """The tables told of, batch after batch, until `table` is (fails after WAIT_S)."""
        seen: set[str] = set()
        while table not in seen:
            seen |= {change.table for change in self.next()}
        return seen

    def empty_after(self, seconds: float) -> bool:
        try:
            self.batches.get(timeout=seconds)
        except queue.Empty:
            return True
        return False


@pytest.fixture
def two_clients(pg_url: str) -> Iterator[tuple[Root, Root]]:
    first = open_root(pg_url).acting(user="Claire Martin")
    second = open_root(pg_url).acting(user="Paul Durand")
    yield first, second
    first.close()
    second.close()


def test_a_notification_names_its_table_row_and_owner() -> None:
    payload = json.dumps({"table": "amendment", "id": 7, "opinion_id": 3, "client": "other"})
    assert parse(payload, "me") == Change("amendment", 7, {"opinion_id": 3})


def test_a_client_ignores_its_own_notifications_and_bad_payloads() -> None:
    assert parse(json.dumps({"table": "opinion", "id": 1, "client": "me"}), "me") is None
    assert parse("not json", "me") is None
    assert parse(json.dumps(["opinion"]), "me") is None


@needs_postgres
def test_a_commit_by_one_client_reaches_the_other_and_not_itself(
    two_clients: tuple[Root, Root],
) -> None:
    first, second = two_clients
    heard_by_second, heard_by_first = Inbox(), Inbox()
    watchers = [second.store.watch(heard_by_second), first.store.watch(heard_by_first)]
    try:
        opinions = first.opinions
        snap = opinions.apply_opinion(opinions.new_opinion(OpinionInput("avis", "Avis partagé")))
        assert "opinion" in heard_by_second.tables_until("opinion")
        first.referential.apply_organisation(
            first.referential.new_organisation(OrganisationInput("ANDEV", "Association", "other"))
        )
        assert "organisation" in heard_by_second.tables_until("organisation")
        assert heard_by_first.empty_after(0.5)  # its own writes are not news to it
        second.opinions.apply_opinion(
            second.opinions.new_opinion(OpinionInput("avis", "Avis de Paul"))
        )
        news = [c for c in heard_by_first.next() if c.table == "opinion"]
        assert news and news[0].row_id != snap.id
    finally:
        for watcher in watchers:
            watcher.stop()


@needs_postgres
def test_a_rolled_back_write_tells_nobody(two_clients: tuple[Root, Root]) -> None:
    first, second = two_clients
    heard = Inbox()
    watcher = second.store.watch(heard)
    try:
        with pytest.raises(RuntimeError), first.store.session() as session:
            session.execute(text("UPDATE body SET name = name || ' (essai)'"))
            raise RuntimeError("the transaction is abandoned")
        assert heard.empty_after(1.0)
    finally:
        watcher.stop()


def test_two_stores_on_one_sqlite_file_hear_of_each_other(tmp_path: Path) -> None:
    path = str(tmp_path / "partagé.sqlite3")
    first, second = open_root(path), open_root(path)
    heard_by_second, heard_by_first = Inbox(), Inbox()
    watchers = [
        second.store.watch(heard_by_second),
        first.store.watch(heard_by_first),
    ]
    try:
        first.opinions.apply_opinion(first.opinions.new_opinion(OpinionInput("avis", "Un avis")))
        assert heard_by_second.next() == [Change("*")]
        assert heard_by_first.empty_after(1.5)  # its own write
    finally:
        for watcher in watchers:
            watcher.stop()
        first.close()
        second.close()
