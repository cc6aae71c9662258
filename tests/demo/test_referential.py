"""The demonstration: plausible referential, consistent, valid through the use cases, added once."""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from deliberation.demo import STEPS, run_demo
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
