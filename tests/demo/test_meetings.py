"""The demo's meetings: a year of plenaries and working groups, held or planned, with actions."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date, time, timedelta
from pathlib import Path

import pytest

from deliberation.demo import STEPS, run_demo
from deliberation.records.meetings import MeetingInput
from deliberation.resources import load_toml, resource_path
from deliberation.services.meetings import Meetings
from deliberation.services.referential import Referential
from deliberation.services.root import Root, open_root

# The demo generated on this day covers July 2025 to June 2026 (no plenary in August).
TODAY = date(2026, 3, 10)


@pytest.fixture
def year(demo_root: Root) -> Meetings:
    """The demo generated on TODAY (the shared demo store), its meetings seen from that day."""
    assert demo_root.today() == TODAY
    return Meetings(demo_root.store, today=TODAY)


def test_a_plenary_every_month_of_the_year_but_august(year: Meetings) -> None:
    plenaries = [m for m in year.meetings() if m.kind == "plenary"]
    by_month = Counter((m.day.year, m.day.month) for m in plenaries)
    year_months = [(2025, m) for m in range(7, 13)] + [(2026, m) for m in range(1, 7)]
    assert sorted(by_month) == [ym for ym in year_months if ym != (2025, 8)]
    assert set(by_month.values()) == {1}
    assert all(m.day.weekday() == 1 and m.day.day <= 7 for m in plenaries), "first Tuesdays"
    assert {(m.start, m.end) for m in plenaries} == {(time(14), time(17))}
    assert {m.title for m in plenaries} == {"Réunion plénière"}
    series = {m.series_uuid for m in plenaries}
    assert len(series) == 1 and None not in series, "one series"


def test_the_past_was_held_and_the_future_is_planned(year: Meetings) -> None:
    records = year.meetings()
    past = [m for m in records if m.day < TODAY]
    future = [m for m in records if m.day >= TODAY]
    assert {m.status for m in past} == {"held", "cancelled"}
    assert {m.status for m in future} == {"planned", "postponed"}
    for side in (past, future):
        assert any(m.group_id is None for m in side) and any(m.group_id for m in side)
    (cancelled,) = [m for m in records if m.status == "cancelled"]
    (postponed,) = [m for m in records if m.status == "postponed"]
    assert cancelled.kind == postponed.kind == "plenary"
    assert year.meeting(cancelled.id).notes.startswith("Séance annulée")
    assert year.meeting(postponed.id).notes.startswith("Reportée")
    assert postponed.item_count >= 3, "a postponed meeting keeps its agenda"
    assert any(m.video_link and not m.place for m in records), "some meet by video only"
    assert any("Grenelle" in m.place for m in records)
    assert all(".example/" in m.video_link for m in records if m.video_link)


def test_working_groups_meet_a_few_times_within_their_dates(
    year: Meetings, referential: Referential
) -> None:
    groups = {g.id: g for g in referential.groups()}
    sessions = [m for m in year.meetings() if m.group_id is not None]
    assert all(m.kind == "group_session" for m in sessions)
    per_group = Counter(m.group_id for m in sessions)
    assert len(per_group) >= 4 and all(2 <= n <= 5 for n in per_group.values())
    for m in sessions:
        group = groups[m.group_id]
        assert group.status != "closed", group.name
        assert group.start_date is not None and group.start_date <= m.day, group.name
        assert group.end_date is None or m.day <= group.end_date, group.name
        assert m.title == f"Séance du groupe « {group.name} »"
        assert m.convened_count == len(group.member_ids)
    assert not [m for m in sessions if m.day.month == 8], "nobody meets in August"


def test_agendas_have_presenters_and_times_and_one_overruns(year: Meetings) -> None:
    overruns = []
    items = []
    for m in year.meetings():
        details = year.details(m.id)
        agenda = details.meeting.items
        assert 3 <= len(agenda) <= 7, m.title
        assert all(details.presenter_label(i) for i in agenda), m.title
        assert all(5 <= i.duration_minutes <= 90 for i in agenda), m.title
        items += agenda
        if details.overrun_minutes:
            overruns.append((m, details.overrun_minutes))
    assert {i.kind for i in items} == {"information", "discussion", "decision"}
    assert any(i.presenter_delegate_id for i in items), "delegates present points"
    assert any(i.presenter_delegate_id is None for i in items), "so do organisations"
    [(meeting, minutes)] = overruns
    assert meeting.status == "planned" and 0 < minutes <= 30


def test_held_meetings_record_attendance_and_decisions(
    year: Meetings, referential: Referential
) -> None:
    owner = {d.id: d.organisation_id for d in referential.delegates()}
    statuses: Counter[str] = Counter()
    held = 0
    for m in year.meetings():
        snap = year.meeting(m.id)
        if m.status != "held":
            assert all(a.status == "pending" and not a.delegate_ids for a in snap.convened)
            assert not any(i.outcome or i.decision for i in snap.items), m.title
            continue
        held += 1
        came = {a.organisation_id for a in snap.convened if a.status == "present"}
        people = {d for a in snap.convened for d in a.delegate_ids}
        for a in snap.convened:
            statuses[a.status] += 1
            delegates_of = {owner[d] for d in a.delegate_ids}
            if a.status == "present":
                assert delegates_of == {a.organisation_id}
            elif a.status == "represented":
                assert a.represented_by_id in came and delegates_of == {a.represented_by_id}
            else:
                assert a.status in ("excused", "absent") and not a.delegate_ids
        assert {i.presenter_organisation_id for i in snap.items} - {None} <= came, m.title
        assert {i.presenter_delegate_id for i in snap.items} - {None} <= people, m.title
        decisions = [i for i in snap.items if i.kind == "decision"]
        assert all(i.decision for i in decisions), m.title
        assert any(i.outcome or i.decision for i in snap.items), m.title
    assert held >= 10
    assert all(statuses[s] for s in ("present", "excused", "absent", "represented"))
    assert statuses["present"] > 2 * (statuses.total() - statuses["present"]), "most come"
    tallies = year.attendance_tallies(end=TODAY - timedelta(days=1))
    assert tallies and all(t.pending == 0 and t.rate for t in tallies), "every member came"


def test_actions_follow_decisions_and_some_are_overdue(year: Meetings) -> None:
    actions = year.actions()
    assert 10 <= len(actions) <= 20
    assert {"done", "open", "in_progress"} <= {a.status for a in actions}
    overdue = year.overdue_actions()
    assert len(overdue) >= 3
    assert all(a.is_open and a.due_date is not None and a.due_date < TODAY for a in overdue)
    assert any(a.is_open and a.due_date and a.due_date >= TODAY for a in actions), "not all late"
    assert any(a.delegate_id for a in actions) and any(not a.delegate_id for a in actions)
    for a in actions:
        assert a.meeting_id is not None and a.owner_label and a.meeting_label
        snap = year.meeting(a.meeting_id)
        assert snap.status == "held"
        (item,) = [i for i in snap.items if i.uuid == a.item_uuid]
        assert item.kind == "decision" and item.decision
        assert a.due_date is not None and a.due_date > snap.day
        if a.is_open:
            assert a.closed_on is None
        else:
            assert a.closed_on is not None and snap.day < a.closed_on <= TODAY


@pytest.mark.parametrize(
    "today",
    [date(2026, 1, 1), date(2026, 6, 30), date(2026, 8, 15), date(2026, 11, 3)],
    ids=str,
)
def test_whatever_the_day_the_year_looks_current(store_path: Path, today: date) -> None:
    opened = open_root(str(store_path))
    try:
        report = run_demo(opened, today=today)
        meetings = Meetings(opened.store, today=today)
        records = meetings.meetings()
        plenaries = [m for m in records if m.kind == "plenary"]
        assert len(plenaries) == 11 and not [m for m in records if m.day.month == 8]
        assert {m.status for m in records if m.day < today} == {"held", "cancelled"}
        assert {m.status for m in records if m.day >= today} == {"planned", "postponed"}
        assert 10 <= report.count("meetings", 1) <= 20
        assert len(meetings.overdue_actions()) >= 3
        assert sum(bool(meetings.details(m.id).overrun_minutes) for m in records) == 1
    finally:
        opened.close()


def test_a_body_that_already_meets_is_left_alone(referential: Referential) -> None:
    meetings = Meetings(referential.store, today=TODAY)
    run_demo(Root(referential.store), steps=STEPS[:2], today=TODAY)
    group = next(g for g in referential.groups() if g.status == "active")
    own = meetings.apply_meetings(
        [
            meetings.new_meeting(
                MeetingInput("plenary", date(2026, 4, 14), time(9), time(12), place="Lyon")
            ),
            meetings.new_meeting(
                MeetingInput("group_session", date(2026, 4, 15), time(10), time(12), group.id)
            ),
        ]
    )
    report = run_demo(Root(referential.store), today=TODAY)
    after = meetings.meetings()
    assert [m.id for m in after if m.kind == "plenary"] == [own[0].id]
    assert [m.id for m in after if m.group_id == group.id] == [own[1].id]
    assert report.count("meetings") == len(after) - 2 > 0
    assert report.count("meetings", 1) == len(meetings.actions()) > 0


@pytest.mark.parametrize(("writer", "fails_at"), [("save_meeting", 12), ("save_action", 5)])
def test_an_interrupted_meetings_step_writes_no_meeting(
    referential: Referential, monkeypatch: pytest.MonkeyPatch, writer: str, fails_at: int
) -> None:
    from deliberation.store import meetings as queries

    real = getattr(queries, writer)
    calls = []

    def failing(session, record):  # the machine stops in the middle of the meetings
        calls.append(record)
        if len(calls) == fails_at:
            raise KeyboardInterrupt
        return real(session, record)

    monkeypatch.setattr(queries, writer, failing)
    with pytest.raises(KeyboardInterrupt):
        run_demo(Root(referential.store), today=TODAY)
    meetings = Meetings(referential.store, today=TODAY)
    assert meetings.meetings() == [] and meetings.actions() == []
    assert referential.delegates() and referential.groups(), "the steps before are kept"
    monkeypatch.setattr(queries, writer, real)
    report = run_demo(Root(referential.store), today=TODAY)
    assert report.count("delegates") == report.count("groups") == 0
    assert report.count("meetings") == len(meetings.meetings()) > 20
    assert report.count("meetings", 1) == len(meetings.actions()) >= 10


def test_meeting_data_names_seeded_members_and_demo_groups() -> None:
    seed = load_toml(resource_path("seed", "committee.toml"))
    current = {o["acronym"] for o in seed["organisations"] if "end" not in o["memberships"][-1]}
    groups = {g["name"]: g for g in load_toml(resource_path("demo", "groups.toml"))["groups"]}
    spec = load_toml(resource_path("demo", "meetings.toml"))
    plenary = spec["plenary"]
    assert len(plenary["held"]) >= plenary["months_before"] + 1
    assert len(plenary["upcoming"]) >= plenary["months_after"] + 1
    agendas = [
        (current, [plenary["opening"], *entry["items"], plenary["closing"]])
        for entry in plenary["held"] + plenary["upcoming"]
    ]
    for entry in spec["groups"]:
        members = set(groups[entry["name"]]["members"])
        assert all(s["in_months"] != 0 for s in entry["sessions"]), entry["name"]
        agendas += [(members | {"chair"}, s["items"]) for s in entry["sessions"]]
    for allowed, items in agendas:
        assert 3 <= len(items) <= 7, items[0]["title"]
        for item in items:
            assert item["kind"] in ("information", "discussion", "decision")
            assert {item.get("presenter"), item.get("delegate")} - {None} <= allowed
            for action in item.get("actions", []):
                assert item["kind"] == "decision" and "decision" in item, action["title"]
                assert {action.get("owner"), action.get("delegate")} - {None} <= allowed
                assert action["status"] in ("open", "in_progress", "done", "dropped")
                assert action["due_days"] > 0


def test_the_command_line_demo_says_what_it_added(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from deliberation.cli.commands import main

    store = tmp_path / "demo.sqlite3"
    assert main(["--store", str(store), "demo"]) == 0
    said = capsys.readouterr().out
    assert said.startswith("Base ") and "créée avec une démonstration : " in said
    assert re.search(
        r" : \d+ délégués, \d+ groupes de travail, \d+ séances, \d+ actions, "
        r"5 consultations, \d+ positions, 3 avis, \d+ versions, \d+ amendements, "
        r"\d+ commentaires\.\n$",
        said,
    ), said
    assert main(["--store", str(store), "demo"]) == 0
    assert "rien n'a été ajouté" in capsys.readouterr().out
