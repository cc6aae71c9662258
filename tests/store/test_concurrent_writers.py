"""Several programs writing one store at once: none is told it is locked, no write is lost.

The writers are real processes (tests/store/concurrent_writer.py) rewriting one position on a
real SQLite file or a real PostgreSQL database; each keeps the values it was told were written,
and every one of them must be found afterwards, as the current position or in its history.
DELIBERATION_TEST_CONCURRENCY_SECONDS sets how long they write (60 for the issue's own check).
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import threading
import uuid
from contextlib import closing
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from tests.store.conftest import needs_postgres

from deliberation.errors import StoreLockedError
from deliberation.records.positions import ConsultationInput, PositionInput, Subject
from deliberation.services.root import Root, open_existing_root, open_root
from deliberation.store import database

SECONDS = float(os.environ.get("DELIBERATION_TEST_CONCURRENCY_SECONDS", "15"))
WRITER = Path(__file__).with_name("concurrent_writer.py")
ORG = "AMF"


def a_position(root: Root) -> int:
    """A consultation of AMF with a first position on its subject; the subject's id."""
    positions = root.positions
    amf = next(o.id for o in root.referential.organisations() if o.acronym == ORG)
    snap = positions.apply_consultation(
        positions.new_consultation(
            ConsultationInput(
                "Avis sur les ENT",
                date.today(),
                subjects=(Subject("opinion", "Projet d'avis"),),
                consulted=(amf,),
            )
        )
    )
    subject = snap.subjects[0].id
    positions.apply_position(
        positions.new_position(
            PositionInput(subject, amf, "reserved", reservation="Sous réserve", reasons="premier")
        )
    )
    return subject


def run_writers(location: str, subject: int, modes: list[str], tmp_path: Path) -> list[dict]:
    """Start one writer process per mode at once; their reports when all have finished."""
    env = dict(os.environ)
    source = str(Path(database.__file__).parents[2])  # this checkout's src/
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [source, env.get("PYTHONPATH")]))
    reports = [tmp_path / f"writer-{n}.json" for n in range(len(modes))]
    children = [
        subprocess.Popen(
            [
                sys.executable,
                str(WRITER),
                mode,
                location,
                str(subject),
                ORG,
                f"w{n}",
                str(SECONDS),
                str(report),
            ],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
        )
        for n, (mode, report) in enumerate(zip(modes, reports, strict=True))
    ]
    for child in children:
        output, _ = child.communicate(timeout=SECONDS + 120)
        assert child.returncode == 0, output.decode(errors="replace")
    return [json.loads(report.read_text(encoding="utf-8")) for report in reports]


def kept_values(location: str, subject: int) -> tuple[str, list[str]]:
    """The position's current reasons and every earlier one in its history."""
    with open_existing_root(location) as root:
        positions = root.positions
        current = positions.positions(subject_id=subject)[0]
        return current.reasons, [h.reasons for h in positions.history(current)]


def check_nothing_lost(location: str, subject: int, reports: list[dict]) -> None:
    errors = [e for r in reports for e in r["errors"]]
    assert errors == [], f"{len(errors)} writes refused, the first: {errors[0]}"
    acknowledged = [v for r in reports for v in r["acknowledged"]]
    assert all(r["acknowledged"] for r in reports)  # every writer got through, many times
    current, history = kept_values(location, subject)
    attempts = sum(r["attempts"] for r in reports)
    print(f"{len(acknowledged)} of {attempts} writes acknowledged, {len(errors)} refused")
    kept = {current, *history}
    missing = [value for value in acknowledged if value not in kept]
    assert missing == [], f"{len(missing)} of {len(acknowledged)} acknowledged values lost"
    assert len(history) == len(acknowledged)  # the first value, then all but the last one


def test_two_programs_writing_one_sqlite_store_both_succeed_and_lose_nothing(
    store_path: Path, tmp_path: Path
) -> None:
    with open_root(str(store_path)) as root:
        subject = a_position(root)
    reports = run_writers(str(store_path), subject, ["cli", "cases", "cli"], tmp_path)
    check_nothing_lost(str(store_path), subject, reports)


@needs_postgres
def test_concurrent_replace_on_postgres_keeps_every_value(pg_url: str, tmp_path: Path) -> None:
    with open_root(pg_url) as root:
        subject = a_position(root)
    reports = run_writers(pg_url, subject, ["cli", "cli", "cases"], tmp_path)
    check_nothing_lost(pg_url, subject, reports)


def test_a_write_that_read_first_waits_for_another_programs_write(store_path: Path) -> None:
    """The failure of a deferred BEGIN, step by step: A reads, B writes and commits, A writes.

    A's transaction holds the write lock from its start, so B waits for A instead of making A's
    read stale; both writes succeed and B's change keeps A's value in the history.
    """
    with open_root(str(store_path)) as root:
        subject = a_position(root)
    first, second = open_existing_root(str(store_path)), open_existing_root(str(store_path))
    a_has_read = threading.Event()
    failures: list[Exception] = []

    def b_writes() -> None:
        a_has_read.wait()
        try:
            current = second.positions.positions(subject_id=subject)[0]
            second.positions.apply_position(replace(current, reasons="B"))
        except Exception as exc:  # reported below
            failures.append(exc)

    other = threading.Thread(target=b_writes)
    other.start()
    try:
        from deliberation.store import positions as q

        with first.store.session() as s:
            current = q.positions(s, subject_id=subject)[0]
            a_has_read.set()
            other.join(0.5)  # B gets its chance to write in between (it must wait)
            q.save_position(s, replace(current, reasons="A"), "A")
        other.join()
        assert failures == []
        reasons, history = kept_values(str(store_path), subject)
        assert reasons == "B" and history == ["A", "premier"]
    finally:
        other.join()
        first.close()
        second.close()


def test_a_lock_held_longer_than_the_timeout_still_gets_the_sentence(
    store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with open_root(str(store_path)) as root:
        subject = a_position(root)
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 100)
    with (
        open_existing_root(str(store_path)) as root,
        closing(sqlite3.connect(store_path, isolation_level=None)) as holder,
    ):
        positions = root.positions
        current = positions.positions(subject_id=subject)[0]
        holder.execute("BEGIN IMMEDIATE")  # another program writing, for longer than we wait
        try:
            assert positions.positions(subject_id=subject) == [current]  # reading still works
            with pytest.raises(StoreLockedError) as caught:
                positions.apply_position(replace(current, reasons="X"))
        finally:
            holder.execute("ROLLBACK")
    assert str(caught.value) == (
        f"La base {store_path} est verrouillée par un autre programme ; réessayez plus tard."
    )
    assert kept_values(str(store_path), subject) == ("premier", [])


def test_a_reading_transaction_refuses_to_write(opened: Root) -> None:
    from deliberation.store import positions as q

    subject = a_position(opened)
    current = opened.positions.positions(subject_id=subject)[0]
    with pytest.raises(RuntimeError), opened.store.reading() as s:
        q.save_position(s, replace(current, reasons="X"), "X")
    assert kept_values(opened.store.location, subject) == ("premier", [])


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=needs_postgres)])
def location(request: pytest.FixtureRequest, store_path: Path) -> str:
    """A new store, as a SQLite file or as a PostgreSQL database."""
    if request.param == "sqlite":
        return str(store_path)
    return str(request.getfixturevalue("pg_url"))


def test_an_import_waits_for_another_import_into_the_same_opinion(location: str) -> None:
    """Two imports of one file: the second reads the keys already imported only once the first
    has written them (else both would add the same amendments)."""
    from deliberation.records.opinions import AmendmentInput, OpinionInput, Paragraph, plain_lines
    from deliberation.store import opinion_reviews as qr

    with open_root(location) as root:
        opinions = root.opinions
        opinion = opinions.apply_opinion(opinions.new_opinion(OpinionInput("avis", "Avis ENT")))
        target = Paragraph(uuid.uuid4(), "paragraph", plain_lines("Un."))
        opinions.save_text(opinion.id, [target], 0)
        amf = next(o.id for o in root.referential.organisations() if o.acronym == ORG)
        imported = replace(
            opinions.new_amendment(
                opinion.id, AmendmentInput(target.uuid, amf, "replace", plain_lines("Deux."))
            ),
            source_key="fichier-1",
        )
    first, second = open_existing_root(location), open_existing_root(location)
    first_has_read = threading.Event()
    seen_by_second: list[set[str]] = []

    def second_import() -> None:
        first_has_read.wait()
        with second.store.session() as s:
            seen_by_second.append(qr.source_keys(s, opinion.id, lock=True))

    other = threading.Thread(target=second_import)
    other.start()
    try:
        with first.store.session() as s:
            assert qr.source_keys(s, opinion.id, lock=True) == set()
            first_has_read.set()
            other.join(0.5)  # the second import gets its chance to read in between
            qr.save_amendment(s, imported)
        other.join()
        assert seen_by_second == [{"fichier-1"}]
    finally:
        other.join()
        first.close()
        second.close()
