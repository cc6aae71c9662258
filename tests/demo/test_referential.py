"""The demonstration: plausible, consistent, valid through the use cases, and added only once."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date, time, timedelta
from pathlib import Path

import pytest

from deliberation.demo import STEPS, run_demo
from deliberation.records.meetings import MeetingInput
from deliberation.records.referential import DelegateInput
from deliberation.resources import load_toml, resource_path
from deliberation.rules.validation import is_valid_email
from deliberation.services.meetings import Meetings
from deliberation.services.opinions import Opinions
from deliberation.services.positions import Positions
from deliberation.services.referential import Referential
from deliberation.services.root import Root, open_root


@pytest.fixture
def demo(demo_root: Root) -> Referential:
    """The shared demo store (generated once per run), seen from the day it was generated."""
    return demo_root.referential


def members(referential: Referential) -> dict[int, str]:
    return {o.id: o.acronym for o in referential.organisations() if o.is_member}


def test_every_current_member_has_titulars_and_an_alternate(demo: Referential) -> None:
    current = members(demo)
    delegates = demo.delegates()
    for org_id, acronym in current.items():
        roles = Counter(d.role for d in delegates if d.organisation_id == org_id and d.active)
        assert 1 <= roles["titular"] <= 2, acronym
        assert roles["alternate"] == 1, acronym


def test_former_members_only_keep_inactive_delegates(demo: Referential) -> None:
    former = {o.id for o in demo.organisations() if not o.is_member}
    assert former, "the seed has former members"
    for d in demo.delegates():
        assert d.active == (d.organisation_id not in former), d.full_name


def test_delegates_look_real_but_cannot_be_reached(demo: Referential) -> None:
    delegates = demo.delegates()
    assert len({d.full_name for d in delegates}) == len(delegates), "no namesake"
    for d in delegates:
        assert d.first_name and d.last_name and d.function
        assert is_valid_email(d.email) and d.email.endswith(".example"), d.email
    functions = Counter((d.organisation_id, d.function) for d in delegates)
    assert max(functions.values()) == 1, "two delegates of one organisation share a function"


def test_groups_are_staffed_by_their_members(demo: Referential) -> None:
    current = members(demo)
    owner = {d.id: d.organisation_id for d in demo.delegates()}
    groups = demo.groups()
    assert len(groups) >= 4
    assert len({g.theme_id for g in groups}) >= 4
    for g in groups:
        assert g.theme_id is not None and g.mandate
        assert len(g.member_ids) >= 3 and set(g.member_ids) <= set(current)
        assert g.chair_id is not None and owner[g.chair_id] in g.member_ids
        assert 1 <= len(g.rapporteur_ids) <= 2
        assert all(owner[r] in g.member_ids for r in g.rapporteur_ids)
        assert g.chair_id not in g.rapporteur_ids


def test_group_dates_match_their_status(demo: Referential) -> None:
    today = demo.today
    for g in demo.groups():
        assert g.start_date is not None
        if g.status == "preparing":
            assert g.start_date > today
        elif g.status == "active":
            assert g.start_date <= today and (g.end_date is None or g.end_date >= today)
        else:
            assert g.end_date is not None and g.end_date < today


def test_running_twice_adds_nothing(demo: Referential) -> None:
    meetings, positions = Meetings(demo.store), Positions(demo.store)
    delegates, groups = demo.delegates(), demo.groups()
    planned, actions = meetings.meetings(), meetings.actions()
    consultations, answers = positions.consultations(), positions.positions()
    histories = [positions.history(p) for p in answers]
    assert consultations and answers and any(histories)
    again = run_demo(Root(demo.store))
    assert not again.changed
    assert again.summary() == ""
    assert demo.delegates() == delegates
    assert demo.groups() == groups
    assert meetings.meetings() == planned
    assert meetings.actions() == actions
    assert positions.consultations() == consultations
    assert positions.positions() == answers
    assert [positions.history(p) for p in answers] == histories


def test_summary_counts_what_was_added(referential: Referential) -> None:
    report = run_demo(Root(referential.store))
    meetings = Meetings(referential.store)
    delegates, groups = report.count("delegates"), report.count("groups")
    sessions, actions = report.count("meetings"), report.count("meetings", 1)
    asked, answers = report.count("positions"), report.count("positions", 1)
    positions = Positions(referential.store)
    assert delegates == len(referential.delegates())
    assert groups == len(referential.groups())
    assert sessions == len(meetings.meetings()) and actions == len(meetings.actions())
    # The opinions step consults the members on its draft in consultation, paragraph by paragraph.
    on_items = [c for c in positions.consultations()
                if all(s.kind == "agenda_item" or s.kind == "other"
                       for s in positions.consultation(c.id).subjects)]  # fmt: skip
    assert asked == len(on_items) == len(positions.consultations()) - 1
    assert answers == sum(len(positions.positions(c.id)) for c in on_items)
    opinions = Opinions(referential.store, positions)
    written, versions = report.count("opinions"), report.count("opinions", 1)
    amended, comments = report.count("opinions", 2), report.count("opinions", 3)
    assert written == len(opinions.opinions()) == 3
    assert versions == sum(len(opinions.versions(o.id)) for o in opinions.opinions())
    assert amended == sum(len(opinions.amendments(o.id)) for o in opinions.opinions())
    assert report.summary() == (
        f"{delegates} délégués, {groups} groupes de travail, {sessions} séances, "
        f"{actions} actions, {asked} consultations, {answers} positions, "
        f"{written} avis, {versions} versions, {amended} amendements, {comments} commentaires"
    )


def test_an_organisation_with_delegates_is_left_alone(referential: Referential) -> None:
    amf = next(o for o in referential.organisations() if o.acronym == "AMF")
    own = referential.apply_delegate(
        referential.new_delegate(DelegateInput(amf.id, "Anne", "Delaunay", "titular"))
    )
    run_demo(Root(referential.store))
    assert referential.delegates(amf.id) == [own]
    assert any(amf.id in g.member_ids for g in referential.groups())


def test_the_same_store_gets_the_same_demo(tmp_path: Path) -> None:
    def demo(path: Path) -> tuple[list[object], ...]:
        opened = open_root(str(path))
        try:
            run_demo(opened, today=date(2026, 3, 1))
            people = [
                (d.organisation_acronym, d.first_name, d.last_name, d.role, d.function)
                for d in opened.referential.delegates()
            ]
            meetings = opened.meetings
            sheets = [
                (m.day, m.body_label, m.status, a.organisation_id, a.status, a.delegate_ids)
                for m in meetings.meetings()
                for a in meetings.meeting(m.id).convened
            ]
            actions = [
                (a.title, a.owner_label, a.due_date, a.closed_on) for a in meetings.actions()
            ]
            positions = opened.positions
            answers = [
                (c.title, c.opened_on, c.deadline, p.organisation_acronym, p.stance,
                 p.received_on, p.recorded_by, len(positions.history(p)))
                for c in positions.consultations()
                for p in positions.positions(c.id)
            ]  # fmt: skip
            return people, sheets, actions, answers
        finally:
            opened.close()

    first, second = demo(tmp_path / "a.sqlite3"), demo(tmp_path / "b.sqlite3")
    assert first == second
    assert all(first), "delegates, meetings, actions and positions"


def test_demo_data_names_only_seeded_members_and_themes() -> None:
    seed = load_toml(resource_path("seed", "committee.toml"))
    current = {o["acronym"] for o in seed["organisations"] if "end" not in o["memberships"][-1]}
    themes = {t["number"] for t in seed["themes"]}
    groups = load_toml(resource_path("demo", "groups.toml"))["groups"]
    assert {g["theme"] for g in groups} == themes, "one group per theme"
    for g in groups:
        assert set(g["members"]) <= current, g["name"]
        assert g["chair"] in g["members"] and set(g["rapporteurs"]) <= set(g["members"])
    people = load_toml(resource_path("demo", "people.toml"))
    assert {o["acronym"] for o in seed["organisations"]} <= set(people["organisations"])


def test_steps_have_distinct_keys() -> None:
    keys = [step.key for step in STEPS]
    assert len(keys) == len(set(keys))


def test_an_interrupted_demo_leaves_nothing_half_done(
    referential: Referential, monkeypatch: pytest.MonkeyPatch
) -> None:
    from deliberation.store import referential as queries

    real_save = queries.save_delegate
    calls = []

    def failing_save(session, record):  # the machine stops on the tenth delegate
        calls.append(record)
        if len(calls) == 10:
            raise KeyboardInterrupt
        return real_save(session, record)

    monkeypatch.setattr(queries, "save_delegate", failing_save)
    with pytest.raises(KeyboardInterrupt):
        run_demo(Root(referential.store))
    assert referential.delegates() == []
    monkeypatch.setattr(queries, "save_delegate", real_save)
    run_demo(Root(referential.store))
    assert set(members(referential)) <= {d.organisation_id for d in referential.delegates()}


# -- meetings -----------------------------------------------------------------------------------

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
    assert said.startswith("Magasin ") and "créé avec une démonstration : " in said
    assert re.search(
        r" : \d+ délégués, \d+ groupes de travail, \d+ séances, \d+ actions, "
        r"5 consultations, \d+ positions, 3 avis, \d+ versions, \d+ amendements, "
        r"\d+ commentaires\.\n$",
        said,
    ), said
    assert main(["--store", str(store), "demo"]) == 0
    assert "rien n'a été ajouté" in capsys.readouterr().out
