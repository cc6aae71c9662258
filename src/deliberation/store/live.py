"""News of changes committed by other clients: PostgreSQL notifications, SQLite's data_version."""

from __future__ import annotations

import json
import logging
import sqlite3
import threading
import uuid
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine, event

log = logging.getLogger(__name__)

CHANNEL = "deliberation"
SETTING = "deliberation.client"
POLL_S = 0.25  # how long a wait for news lasts before the stop flag is looked at again


@dataclass(frozen=True)
class Change:
    """One row changed by another client: its table, its id and its owners' (when known)."""

    table: str
    row_id: int | None = None
    owners: dict[str, int] = field(default_factory=dict)


def new_client_id() -> str:
    """An identity for one open store in one process, carried by its writes' notifications."""
    return uuid.uuid4().hex


def tag_connections(engine: Engine, client: str) -> None:
    """Make every PostgreSQL connection of `engine` name `client` in its settings, so that the
    notifications of its own writes carry it (and its own listener drops them)."""
    if engine.dialect.name != "postgresql":
        return

    def tag(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
        if record.info.get(SETTING) == client:
            return
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute("SELECT set_config(%s, %s, false)", (SETTING, client))
        finally:
            cursor.close()
        dbapi_connection.commit()
        record.info[SETTING] = client

    event.listen(engine, "checkout", tag)


def parse(payload: str, client: str) -> Change | None:
    """The change a notification tells of; None for this client's own writes or a bad payload."""
    try:
        data = json.loads(payload)
    except ValueError:
        return None
    if not isinstance(data, dict) or not isinstance(data.get("table"), str):
        return None
    if data.get("client") == client:
        return None
    owners = {
        key: value
        for key in ("opinion_id", "meeting_id", "consultation_id")
        if isinstance(value := data.get(key), int)
    }
    row_id = data.get("id")
    return Change(data["table"], row_id if isinstance(row_id, int) else None, owners)


class Watcher:
    """Waits for other clients' changes on a thread of its own and hands them, in batches, to
    `deliver` (called on that thread: it must only post them on, e.g. emit a Qt signal).

    On PostgreSQL a dedicated connection LISTENs on the channel; on a SQLite file,
    `PRAGMA data_version` is read every `interval` seconds on a connection of its own and a
    change by another connection is reported as one Change with table "*" (everything), unless
    `own_writes()` says this process wrote meanwhile. `stop()` ends the thread.
    """

    def __init__(
        self,
        engine: Engine,
        client: str,
        deliver: Callable[[list[Change]], None],
        *,
        own_writes: Callable[[], int] | None = None,
        interval: float = 1.0,
    ) -> None:
        self.engine = engine
        self.client = client
        self.deliver = deliver
        self.own_writes = own_writes or (lambda: 0)
        self.interval = interval
        self._stop = threading.Event()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, name="deliberation-live", daemon=True)

    def start(self) -> None:
        """Start waiting; returns once the listener is in place (or failed to be)."""
        self._thread.start()
        self._ready.wait(5)

    def stop(self) -> None:
        self._stop.set()
        if self._thread.is_alive() and self._thread is not threading.current_thread():
            self._thread.join(2)

    def _run(self) -> None:
        try:
            if self.engine.dialect.name == "postgresql":
                self._listen()
            elif self.engine.dialect.name == "sqlite":
                self._poll()
        except Exception as exc:  # a lost server: the window keeps working without news
            log.warning("live news stopped: %s", exc)
        finally:
            self._ready.set()

    def _listen(self) -> None:
        import psycopg

        url = self.engine.url.set(drivername="postgresql")
        conninfo = url.render_as_string(hide_password=False)
        with psycopg.connect(conninfo, autocommit=True) as connection:
            connection.execute(f"LISTEN {CHANNEL}")
            self._ready.set()
            while not self._stop.is_set():
                changes: list[Change] = []
                for notice in connection.notifies(timeout=POLL_S, stop_after=500):
                    change = parse(notice.payload, self.client)
                    if change is not None:
                        changes.append(change)
                if changes:
                    self.deliver(changes)

    def _poll(self) -> None:
        path = self.engine.url.database
        if not path:
            return
        with closing(sqlite3.connect(path, timeout=1, check_same_thread=False)) as connection:
            version = connection.execute("PRAGMA data_version").fetchone()[0]
            mine = self.own_writes()
            self._ready.set()
            while not self._stop.wait(self.interval):
                now = connection.execute("PRAGMA data_version").fetchone()[0]
                written = self.own_writes()
                if now != version and written == mine:
                    self.deliver([Change("*")])
                version, mine = now, written
