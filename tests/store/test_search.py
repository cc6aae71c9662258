"""The search index on real stores: triggers keep it in step, old stores are filled, PostgreSQL."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest
from sqlalchemy import text
from tests.store.conftest import needs_postgres

from deliberation.records.meetings import MeetingInput
from deliberation.services.root import Root, open_root
from deliberation.store.database import open_store, sqlite_engine, upgrade_to
from deliberation.store.schema import REVISIONS
from deliberation.store.search import MARK_END, MARK_START, find_entries


def entries(root: Root, *words: str, kinds: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    with root.store.reading() as session:
        return [(e.kind, e.label) for e in find_entries(session, words, kinds)]


def plenary(opened: Root, title: str, day: date = date(2027, 4, 6)) -> int:
    meetings = opened.meetings
    data = MeetingInput("plenary", day, time(14, 0), time(17, 0), title=title, place="Lyon")
    return meetings.apply_meeting(meetings.new_meeting(data)).id


def test_the_index_follows_an_insert_an_update_a_delete_and_an_undo(opened: Root) -> None:
    meetings = opened.meetings
    meeting_id = plenary(opened, "Séance sur l'établissement numérique")
    assert ("meeting", "Séance sur l'établissement numérique") in entries(opened, "etabl")

    snap = meetings.meeting(meeting_id)
    item = meetings.new_item("decision", "Feuille de route", 30, decision="Adopter l'ENT rural.")
    snap = meetings.apply_meeting(meetings.with_items(snap, [item]))
    assert entries(opened, "rural") == [("decision", "Feuille de route")]

    edited = MeetingInput("plenary", date(2027, 4, 6), time(14, 0), time(17, 0), title="Bilan")
    snap = meetings.apply_meeting(meetings.edited_meeting(snap, edited))
    assert entries(opened, "etabl") == []
    assert ("meeting", "Bilan") in entries(opened, "bilan")

    actions = meetings.actions(meeting_id)
    meetings.remove_meeting(snap)
    assert entries(opened, "bilan") == [] and entries(opened, "rural") == []

    meetings.restore_meeting(snap, actions)  # what the window's undo calls
    assert ("meeting", "Bilan") in entries(opened, "bilan")
    assert entries(opened, "rural") == [("decision", "Feuille de route")]


def test_a_write_that_rolls_back_leaves_the_index_as_it_was(opened: Root) -> None:
    with pytest.raises(RuntimeError), opened.store.session() as session:
        session.execute(text("UPDATE organisation SET name = 'Zéphyrine' WHERE acronym = 'AMF'"))
        assert entries_in(session, "zephyrine")  # the trigger wrote in this transaction
        raise RuntimeError("abandoned")
    assert entries(opened, "zephyrine") == []


def entries_in(session: object, *words: str) -> list[object]:
    return list(find_entries(session, words))  # type: ignore[arg-type]


def test_meetings_are_found_by_their_date_written_the_french_way(opened: Root) -> None:
    plenary(opened, "Plénière de printemps")
    for query in (["avr", "2027"], ["mardi", "6", "avril"], ["06", "04", "2027"]):
        assert [kind for kind, _ in entries(opened, *query)] == ["meeting"], query
    assert entries(opened, "mai", "2027") == []


def test_syntax_of_the_index_is_taken_as_words(opened: Root) -> None:
    for words in (['"'], ["AND"], ["NEAR("], ["*"], ["^amf"], ["a:b"], ["OR", "NOT"]):
        entries(opened, *words)  # never raises
    with opened.store.reading() as session:
        found = find_entries(session, ["amf"])
    assert found[0].title == f"{MARK_START}AMF{MARK_END} — Association des Maires de France"


def test_an_old_store_is_indexed_by_its_migration(store_path: Path) -> None:
    engine = sqlite_engine(store_path)
    upgrade_to(engine, REVISIONS[-2])
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO organisation_kind (uuid, created_at, updated_at, key, label) "
                "VALUES ('0b6f1f8e4e1f4f0e9a55b8f00a5c2d11', '2016-01-01', '2016-01-01', "
                "'elected_officials', 'Association d''élus')"
            )
        )
        connection.execute(
            text(
                "INSERT INTO organisation (uuid, created_at, updated_at, acronym, name, kind_id, "
                "notes) VALUES ('5f0b2a4c9d8e4f7a8b6c5d4e3f2a1b0c', '2016-01-01', '2016-01-01', "
                "'RdF', 'Régions de France', 1, '')"
            )
        )
        connection.execute(
            text(
                "INSERT INTO organisation_name (uuid, created_at, updated_at, organisation_id, "
                "acronym, name, note) VALUES ('6f0b2a4c9d8e4f7a8b6c5d4e3f2a1b0c', '2016-01-01', "
                "'2016-01-01', 1, 'ARF', 'Association des Régions de France', '')"
            )
        )
    engine.dispose()
    root = Root(open_store(str(store_path)))
    try:
        assert entries(root, "association", "regions") == [
            ("former_name", "ARF — Association des Régions de France")
        ]
    finally:
        root.close()


def test_every_indexed_table_has_its_triggers(opened: Root) -> None:
    """A later migration that rebuilds an indexed table must re-create its triggers."""
    with opened.store.engine.connect() as connection:
        triggers = {
            row[0]
            for row in connection.execute(
                text("SELECT name FROM sqlite_master WHERE type = 'trigger'")
            )
        }
    tables = {
        "organisation", "organisation_name", "delegate", "working_group", "meeting",
        "agenda_item", "action", "consultation", "position", "opinion", "opinion_paragraph",
        "amendment", "opinion_comment",
    }  # fmt: skip
    expected = {f"search_{t}_{e}" for t in tables for e in ("insert", "update", "delete")}
    assert expected <= triggers


@needs_postgres
def test_postgres_folds_accents_and_follows_writes(pg_url: str) -> None:
    root = open_root(pg_url)
    try:
        assert ("former_name", "ARF — Association des Régions de France") in entries(
            root, "regions", "ARF"
        )
        meeting_id = plenary(root, "Séance sur l'établissement numérique")
        assert entries(root, "etablissement") == [
            ("meeting", "Séance sur l'établissement numérique")
        ]
        assert [kind for kind, _ in entries(root, "avr", "2027")] == ["meeting"]
        for words in (['"'], ["&"], ["!"], ["a:b"], ["OR", "NOT"]):
            entries(root, *words)
        root.meetings.remove_meeting(root.meetings.meeting(meeting_id))
        assert entries(root, "etablissement") == []
        with root.store.engine.connect() as connection:
            extension = connection.execute(
                text("SELECT count(*) FROM pg_extension WHERE extname = 'unaccent'")
            ).scalar()
        assert extension == 1
    finally:
        root.close()
