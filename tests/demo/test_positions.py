"""The demo's consultations: on the plenaries' agenda items, every status, answers missing."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from deliberation.demo import STEPS, run_demo
from deliberation.records.positions import (
    CONSENSUS_STATUSES,
    POSITION_SOURCES,
    STANCES,
    ConsultationInput,
    Subject,
    Synthesis,
)
from deliberation.resources import load_toml, resource_path
from deliberation.rules.consensus import consensus_status
from deliberation.rules.validation import is_valid_email
from deliberation.services.meetings import Meetings
from deliberation.services.positions import Positions, rule_of
from deliberation.services.referential import Referential
from deliberation.services.root import Root, open_root

# As in test_demo.py: the year of meetings runs from July 2025 to June 2026; the next plenary,
# on 7 April, has the consultation still open.
TODAY = date(2026, 3, 10)
# The steps up to the positions: the opinions step after them consults the members too.
UP_TO_POSITIONS = STEPS[:4]


@pytest.fixture
def asked(referential: Referential) -> Positions:
    """The demo generated on TODAY, its consultations seen from that day."""
    run_demo(Root(referential.store), steps=UP_TO_POSITIONS, today=TODAY)
    return Positions(referential.store, today=TODAY)


def syntheses(positions: Positions) -> list[Synthesis]:
    return [positions.synthesis(c.id) for c in positions.consultations()]


def test_consultations_ask_the_convened_members_about_plenary_items(asked: Positions) -> None:
    meetings = Meetings(asked.store, today=TODAY)
    found = syntheses(asked)
    assert 4 <= len(found) <= 5
    for synthesis in found:
        snap = synthesis.consultation
        assert snap.meeting_id is not None and snap.question, snap.title
        meeting = meetings.meeting(snap.meeting_id)
        assert meeting.kind == "plenary" and meeting.status in ("held", "planned")
        assert set(snap.consulted) == {a.organisation_id for a in meeting.convened}
        assert snap.deadline is not None and snap.opened_on < snap.deadline <= meeting.day
        items = {i.uuid: i.title for i in meeting.items}
        (item,) = [s for s in snap.subjects if s.kind == "agenda_item"]
        assert item.ref in items and item.label == items[item.ref]
    (draft,) = [s.consultation for s in found if len(s.consultation.subjects) > 1]
    parts = [s.label for s in draft.subjects if s.kind == "other"]
    assert len(parts) == 3 and all(re.match(r"Recommandation \d+ — \w", p) for p in parts)


def test_one_consultation_is_open_the_others_are_closed(asked: Positions) -> None:
    meetings = Meetings(asked.store, today=TODAY)
    found = asked.consultations()
    (still,) = [c for c in found if c.deadline and c.deadline >= TODAY]
    assert still.opened_on < TODAY
    meeting = meetings.meeting(asked.consultation(still.id).meeting_id or 0)
    assert meeting.status == "planned" and meeting.day > still.deadline
    for c in found:
        if c is not still:
            assert c.deadline is not None and c.deadline < TODAY
            meeting = meetings.meeting(asked.consultation(c.id).meeting_id or 0)
            assert meeting.status == "held" and c.deadline <= meeting.day


def test_every_consensus_status_shows_up_under_varied_rules(asked: Positions) -> None:
    found = syntheses(asked)
    statuses = Counter(r.status for s in found for r in s.results)
    assert set(statuses) == set(CONSENSUS_STATUSES), statuses
    (still,) = [s for s in found if s.consultation.deadline and s.consultation.deadline >= TODAY]
    assert {r.status for r in still.results} == set(CONSENSUS_STATUSES), "all in the open one"
    rules = {s.rule_text for s in found}
    assert len(rules) >= 3
    assert any(s.consultation.max_unfavorable >= 1 for s in found), "one tolerates an objection"
    assert any(s.consultation.abstentions_count for s in found)
    assert any(not s.consultation.abstentions_count for s in found)
    (tolerant,) = [s for s in found if s.consultation.max_unfavorable]
    assert tolerant.results[0].counts["unfavorable"] > tolerant.consultation.max_unfavorable
    assert tolerant.results[0].status == "disputed", "objections beyond what is tolerated"


def test_positions_read_like_real_answers(asked: Positions, referential: Referential) -> None:
    members = {o.id for o in referential.organisations() if o.is_member}
    found = syntheses(asked)
    answers = [p for s in found for p in s.positions.values()]
    assert len(answers) >= 40
    assert {p.stance for p in answers} == set(STANCES), "every stance is used"
    assert len({p.source for p in answers}) >= 4
    assert {p.recorded_by for p in answers} == {"Hélène Marty", "Karim Benali"}
    assert sum(bool(p.amendment) for p in answers) >= 3
    assert len({p.organisation_acronym for p in answers}) >= 10
    for s in found:
        snap = s.consultation
        assert snap.deadline is not None
        for p in s.positions.values():
            assert p.organisation_id in snap.consulted and p.organisation_id in members
            assert snap.opened_on <= p.received_on <= min(snap.deadline, TODAY), snap.title
            if p.stance == "reserved":
                assert len(p.reservation) > 40, p.reservation
            if p.stance == "unfavorable":
                assert len(p.reasons) > 40, p.reasons
    reservations = " ".join(p.reservation for p in answers)
    for theme in ("financ", "données", "compétence", "débit", "maintenance", "hébergé"):
        assert theme in reservations + " ".join(p.reasons for p in answers), theme


def test_the_open_consultation_lists_who_has_not_answered(asked: Positions) -> None:
    (still,) = [s for s in syntheses(asked) if (s.consultation.deadline or TODAY) >= TODAY]
    subjects = [r.subject.id for r in still.results]
    assert len(subjects) > 1
    owing = {
        org: tuple(s for s in subjects if (s, org) not in still.positions)
        for org, _, _ in still.organisations
    }
    # To remind: whoever still owes a position on some subject, and only them.
    assert {org for org, _, _ in still.missing} == {org for org, owed in owing.items() if owed}
    assert len(still.missing) >= 4
    for org, acronym, emails in still.missing:
        assert still.owed[org] == owing[org], acronym
        assert emails and all(is_valid_email(e) and e.endswith(".example") for e in emails)
    silent = [org for org, owed in owing.items() if len(owed) == len(subjects)]
    partial = [org for org, owed in owing.items() if 0 < len(owed) < len(subjects)]
    assert len(silent) >= 4 and len(partial) >= 1, "some answered part of the draft"
    # « Non exprimée » recorded is an answer: who said so on a subject and answered the others
    # is not reminded.
    said_nothing = {org for (_, org), p in still.positions.items() if p.stance == "not_expressed"}
    answered_so = {org for org in said_nothing if not owing[org]}
    assert answered_so and not answered_so & {org for org, _, _ in still.missing}
    assert still.answered_count == len(still.organisations) - len(still.missing) >= 6
    assert all(s.missing for s in syntheses(asked)), "nobody ever answers everything"


def test_a_member_changed_its_position_after_the_meeting(asked: Positions) -> None:
    meetings = Meetings(asked.store, today=TODAY)
    changed = [
        (s, p, asked.history(p)) for s in syntheses(asked) for p in s.positions.values()
        if asked.history(p)
    ]  # fmt: skip
    assert len(changed) >= 1
    [(synthesis, amrf, history)] = [c for c in changed if c[1].organisation_acronym == "AMRF"]
    (before,) = history
    assert before.stance == "unfavorable" and before.reasons
    assert amrf.stance == "reserved" and amrf.reservation and amrf.source == "meeting"
    meeting = meetings.meeting(synthesis.consultation.meeting_id or 0)
    assert before.received_on < amrf.received_on == meeting.day
    assert before.changed_by
    # The change turned a disputed subject into a consensus with reservations.
    rule = rule_of(synthesis.consultation)
    (subject,) = synthesis.consultation.subjects
    now = [synthesis.stance(subject.id, org) for org in synthesis.consultation.consulted]
    then = ["unfavorable" if s == "reserved" and o == amrf.organisation_id else s
            for s, o in zip(now, synthesis.consultation.consulted, strict=True)]  # fmt: skip
    assert consensus_status(then, rule) == "disputed"
    assert synthesis.results[0].status == "consensus_with_reservations"


@pytest.mark.parametrize(
    "today",
    [date(2026, 1, 1), date(2026, 6, 30), date(2026, 8, 15), date(2026, 11, 3)],
    ids=str,
)
def test_whatever_the_day_one_consultation_is_open(store_path: Path, today: date) -> None:
    opened = open_root(str(store_path))
    try:
        report = run_demo(opened, steps=UP_TO_POSITIONS, today=today)
        positions = Positions(opened.store, today=today)
        found = syntheses(positions)
        assert report.count("positions") == len(found) == 5
        assert report.count("positions", 1) == len(positions.positions()) >= 40
        open_now = [s for s in found if (s.consultation.deadline or today) >= today]
        assert len(open_now) == 1 and open_now[0].missing
        assert {r.status for s in found for r in s.results} == set(CONSENSUS_STATUSES)
        for s in found:
            for p in s.positions.values():
                assert s.consultation.opened_on <= p.received_on <= today
    finally:
        opened.close()


def test_a_consultation_already_there_is_left_alone(referential: Referential) -> None:
    run_demo(Root(referential.store), steps=STEPS[:3], today=TODAY)
    positions = Positions(referential.store, today=TODAY)
    spec = load_toml(resource_path("demo", "positions.toml"))["consultations"]
    amf = next(o.id for o in referential.organisations() if o.acronym == "AMF")
    own = positions.apply_consultation(
        positions.new_consultation(
            ConsultationInput(spec[0]["title"], date(2026, 1, 5), date(2026, 1, 30),
                              subjects=(Subject("other", "Le kit"),), consulted=(amf,))
        )
    )  # fmt: skip
    report = run_demo(Root(referential.store), today=TODAY)
    assert report.count("positions") == len(spec) - 1
    assert positions.consultation(own.id) == own and positions.positions(own.id) == []
    assert [c.title for c in positions.consultations()].count(spec[0]["title"]) == 1


def test_without_meetings_nobody_is_consulted(referential: Referential) -> None:
    report = run_demo(Root(referential.store), steps=(*STEPS[:2], STEPS[3]), today=TODAY)
    assert report.count("positions") == 0 and not report.added[-1][1][1]
    assert Positions(referential.store).consultations() == []


def test_position_data_names_members_stances_and_sources() -> None:
    seed = load_toml(resource_path("seed", "committee.toml"))
    current = {o["acronym"] for o in seed["organisations"] if "end" not in o["memberships"][-1]}
    spec = load_toml(resource_path("demo", "positions.toml"))
    titles = [c["title"] for c in spec["consultations"]]
    assert len(titles) == len(set(titles))
    for c in spec["consultations"]:
        subjects = int(c.get("whole", True)) + len(c.get("subjects", []))
        cells = set()
        for p in c["positions"]:
            assert p["org"] in current, p["org"]
            cell = (p["org"], p.get("subject", 1))
            assert cell not in cells and 1 <= cell[1] <= subjects, cell
            cells.add(cell)
            for entry in (p, p.get("change", p)):
                assert entry["stance"] in STANCES and entry["source"] in POSITION_SOURCES
                assert (entry["stance"] == "reserved") == bool(entry.get("reservation")), entry


# 68 writes: 66 positions and 2 changes, the 38th is the first change, the 68th the last.
@pytest.mark.parametrize("fails_at", [1, 15, 38, 68], ids=["first", "middle", "change", "last"])
def test_an_interrupted_positions_step_leaves_no_consultation_half_answered(
    referential: Referential, monkeypatch: pytest.MonkeyPatch, fails_at: int
) -> None:
    from deliberation.store import positions as queries

    real = queries.save_position
    calls = []

    def failing(session, record, changed_by):  # the machine stops while positions come in
        calls.append(record)
        if len(calls) == fails_at:
            raise KeyboardInterrupt
        return real(session, record, changed_by)

    monkeypatch.setattr(queries, "save_position", failing)
    with pytest.raises(KeyboardInterrupt):
        run_demo(Root(referential.store), steps=UP_TO_POSITIONS, today=TODAY)
    positions = Positions(referential.store, today=TODAY)
    kept = positions.consultations()
    assert len(kept) < 5 and len(positions.positions()) < fails_at
    monkeypatch.setattr(queries, "save_position", real)
    report = run_demo(Root(referential.store), steps=UP_TO_POSITIONS, today=TODAY)
    assert report.count("meetings") == 0, "the steps before are kept"
    assert len(positions.consultations()) == 5 == len(kept) + report.count("positions")
    spec = load_toml(resource_path("demo", "positions.toml"))["consultations"]
    assert len(positions.positions()) == sum(len(c["positions"]) for c in spec), "none half done"
    assert sum(bool(positions.history(p)) for p in positions.positions()) == 2
