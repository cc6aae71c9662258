"""The home page's overview on a real SQLite store: meetings ahead, actions, consultations,
opinions in progress and what changed since the last visit, dated from the root's day."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta

from deliberation.records.mail import Mail, MailSettings, Recipient
from deliberation.records.meetings import ActionInput, MeetingInput
from deliberation.records.opinions import OpinionInput
from deliberation.records.places import Place
from deliberation.records.positions import ConsultationInput, PositionInput, Subject
from deliberation.services.root import Root
from deliberation.store.outbox import settle

TODAY = date(2027, 4, 1)


def ids(root: Root, *acronyms: str) -> list[int]:
    found = {o.acronym: o.id for o in root.referential.organisations()}
    return [found[a] for a in acronyms]


@dataclass(frozen=True)
class Scenario:
    """What `plan_the_month` wrote: the ids the tests look for."""

    next_plenary: int
    empty_plenary: int
    sent_plenary: int
    overdue_action: int
    later_action: int
    closing: int
    later: int
    draft: int


def _meeting(root: Root, day: date, title: str, status: str = "planned") -> int:
    data = MeetingInput("plenary", day, time(14, 0), time(17, 0), title=title, status=status)
    return root.meetings.apply_meeting(root.meetings.new_meeting(data)).id


def plan_the_month(root: Root) -> Scenario:
    """Meetings, actions, consultations and opinions around `root.today()` (TODAY)."""
    meetings, positions = root.meetings, root.positions
    day = root.today()
    next_plenary = _meeting(root, day + timedelta(days=5), "Plénière d'avril")
    snap = meetings.meeting(next_plenary)
    items = [meetings.new_item("decision", "Budget 2027", 30), meetings.new_item("information",
             "Point d'étape", 15)]  # fmt: skip
    snap = meetings.with_items(snap, items)
    men, amf = ids(root, "MEN", "AMF")
    convened = [replace(a, status="present") if a.organisation_id == men else a
                for a in snap.convened]  # fmt: skip
    meetings.apply_meeting(meetings.with_attendance(snap, convened))
    empty_plenary = _meeting(root, day + timedelta(days=20), "Plénière de printemps")
    sent_plenary = _meeting(root, day + timedelta(days=12), "Plénière extraordinaire")
    sent = meetings.meeting(sent_plenary)
    meetings.apply_meeting(
        meetings.with_items(sent, [meetings.new_item("decision", "Avis sur les ENT", 60)])
    )
    _meeting(root, day + timedelta(days=3), "Plénière annulée", status="cancelled")
    _meeting(root, day + timedelta(days=90), "Plénière de juillet")
    _meeting(root, day - timedelta(days=10), "Plénière de mars")
    organisation = root.referential.organisation(men)
    root.outbox.save_settings(MailSettings(sender="secretariat@example.org"))
    [entry] = root.outbox.queue(
        [
            Mail(
                "convocation",
                f"convocation:{sent.uuid}:0:{organisation.uuid}",
                men,
                "MEN",
                (Recipient("secretariat@example.org"),),
                "Convocation",
                "Bonjour",
            )
        ]
    )
    with root.store.session() as session:
        settle(session, entry.id, "sent", sent_at=datetime.now(UTC))

    def action(title: str, due: date | None, status: str = "open") -> int:
        data = ActionInput(title, next_plenary, organisation_id=amf, due_date=due, status=status)
        return meetings.apply_action(meetings.new_action(data)).id

    later_action = action("Préparer la note sur les ENT", day + timedelta(days=30))
    overdue_action = action("Envoyer le compte rendu", day - timedelta(days=7))
    action("Action close", day - timedelta(days=40), status="done")

    consulted = ids(root, "MEN", "AMF", "AMRF", "ADF")

    def consultation(title: str, deadline: date, opened: date) -> int:
        data = ConsultationInput(
            title,
            opened,
            deadline,
            subjects=(Subject("other", "Recommandation 1"), Subject("other", "Recommandation 2")),
            consulted=tuple(consulted),
        )
        return positions.apply_consultation(positions.new_consultation(data)).id

    closing = consultation("Avis sur les ENT", day + timedelta(days=10), day - timedelta(days=20))
    later = consultation("Avis sur la sobriété", day + timedelta(days=40), day - timedelta(days=2))
    consultation("Consultation close", day - timedelta(days=1), day - timedelta(days=30))
    subjects = positions.consultation(closing).subjects
    for org, stances in ((men, ("favorable", "favorable")), (amf, ("abstention",))):
        for subject, stance in zip(subjects, stances, strict=False):
            positions.apply_position(
                positions.new_position(PositionInput(subject.id, org, stance, received_on=day))
            )
    opinions = root.opinions
    draft = opinions.apply_opinion(opinions.new_opinion(OpinionInput("avis", "Avis ENT"))).id
    adopted = opinions.apply_opinion(opinions.new_opinion(OpinionInput("avis", "Avis adopté")))
    opinions.apply_opinion(opinions.with_status(adopted, "adopted", day))
    return Scenario(
        next_plenary, empty_plenary, sent_plenary, overdue_action, later_action, closing, later,
        draft,
    )  # fmt: skip


def test_the_next_meetings_say_how_far_their_agenda_has_come(opened: Root) -> None:
    root = opened.acting(today=TODAY)
    plan = plan_the_month(root)
    overview = root.home.overview(None)
    shown = [m.id for m in overview.meetings]
    # By date; the cancelled one, the one three months ahead and the past one are left out.
    assert shown == [plan.next_plenary, plan.sent_plenary, plan.empty_plenary]
    by_id = {m.id: m for m in overview.meetings}
    assert by_id[plan.next_plenary].agenda_state == "preparing"
    assert by_id[plan.next_plenary].item_count == 2
    assert by_id[plan.sent_plenary].agenda_state == "sent"
    assert by_id[plan.empty_plenary].agenda_state == "empty"
    unconfirmed = by_id[plan.next_plenary].unconfirmed
    assert "AMF" in unconfirmed and "MEN" not in unconfirmed  # MEN said it comes
    assert len(unconfirmed) == by_id[plan.next_plenary].convened_count - 1
    assert by_id[plan.next_plenary].place == Place("meeting", plan.next_plenary)


def test_open_actions_come_overdue_first_and_closed_ones_not_at_all(opened: Root) -> None:
    root = opened.acting(today=TODAY)
    plan = plan_the_month(root)
    overview = root.home.overview(None)
    assert [a.id for a in overview.actions] == [plan.overdue_action, plan.later_action]
    assert [a.overdue for a in overview.actions] == [True, False]
    assert (overview.open_actions, overview.overdue_actions) == (2, 1)
    first = overview.actions[0]
    assert first.owner_label == "AMF"
    assert first.meeting_label.startswith("Plénière d'avril du ")
    assert first.place == Place("action", plan.next_plenary, str(plan.overdue_action))


def test_open_consultations_give_their_answer_rate_and_whether_they_close_soon(
    opened: Root,
) -> None:
    root = opened.acting(today=TODAY)
    plan = plan_the_month(root)
    overview = root.home.overview(None)
    assert [c.id for c in overview.consultations] == [plan.closing, plan.later]  # closing first
    closing, later = overview.consultations
    # MEN answered both subjects, AMF only the first: one of four has answered.
    assert (closing.answered_count, closing.consulted_count) == (1, 4)
    assert closing.closing_soon and not later.closing_soon
    assert (later.answered_count, later.consulted_count) == (0, 4)


def test_opinions_in_progress_leave_out_the_adopted(opened: Root) -> None:
    root = opened.acting(today=TODAY)
    plan = plan_the_month(root)
    overview = root.home.overview(None)
    assert [(o.id, o.status) for o in overview.opinions] == [(plan.draft, "draft")]


def test_on_a_first_visit_nothing_is_said_to_have_changed(opened: Root) -> None:
    root = opened.acting(today=TODAY)
    plan_the_month(root)
    assert root.home.overview(None).changes == ()


def test_what_changed_since_the_last_visit_is_counted_by_kind(opened: Root) -> None:
    root = opened.acting(today=TODAY)
    plan = plan_the_month(root)
    since = datetime.now(UTC)
    assert root.home.overview(since).changes == ()
    meetings = root.meetings
    for action_id in (plan.overdue_action, plan.later_action):
        before = meetings.action(action_id)
        meetings.apply_action(replace(before, status="done", closed_on=TODAY))
    men = ids(root, "MEN")[0]
    subject = root.positions.consultation(plan.later).subjects[0]
    root.positions.apply_position(
        root.positions.new_position(
            PositionInput(subject.id, men, "reserved", "Sous réserve de moyens", received_on=TODAY)
        )
    )
    changes = {g.kind: g for g in root.home.overview(since).changes}
    assert set(changes) == {"action", "position"}
    assert changes["action"].count == 2
    assert {i.place for i in changes["action"].latest} == {
        Place("action", plan.next_plenary, str(plan.overdue_action)),
        Place("action", plan.next_plenary, str(plan.later_action)),
    }
    [position] = changes["position"].latest
    assert position.label == "MEN — Recommandation 1 · Avis sur la sobriété"
    assert position.place == Place("position", plan.later, f"{men}:{subject.id}")
    # Closed, the actions are no longer on the list of open ones.
    assert root.home.overview(since).actions == ()


def test_many_changes_are_counted_whole_and_named_a_few(opened: Root) -> None:
    root = opened.acting(today=TODAY)
    since = datetime.now(UTC)
    for number in range(5):
        _meeting(root, TODAY + timedelta(days=100 + number), f"Séance {number}")
    [group] = root.home.overview(since).changes
    assert (group.kind, group.count, len(group.latest)) == ("meeting", 5, 3)
    assert group.latest[0].label.startswith("Séance 4 du ")  # the most recent first
