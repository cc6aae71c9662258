"""The demo's consultations on plenary agenda items, with the members' positions as they came in."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from deliberation.demo.context import DemoContext
from deliberation.errors import ResourceError, ValidationError
from deliberation.records.meetings import AgendaItem, MeetingSnapshot
from deliberation.records.positions import (
    POSITION_SOURCES,
    STANCES,
    ConsultationInput,
    ConsultationSnapshot,
    PositionInput,
    Subject,
)
from deliberation.rules.validation import clean_line
from deliberation.services.unfinished import Unfinished

FILENAME = "positions.toml"


@dataclass(frozen=True)
class _Answer:
    """One organisation's position on one subject, with its later change if any."""

    organisation_id: int
    subject: int  # index in the consultation's subjects
    spec: dict[str, Any]
    change: dict[str, Any] | None


@dataclass(frozen=True)
class _Planned:
    """A demo consultation ready to write, the answers to record once it is written."""

    consultation: ConsultationSnapshot
    meeting_day: date
    answers: tuple[_Answer, ...]
    rng: random.Random


def add_positions(context: DemoContext) -> tuple[int, int]:
    """The consultations of `positions.toml` and their positions, through the Positions use cases.

    A consultation whose title is already in the store (an earlier run, or the user's) is left as
    it is, and so is one whose agenda item the demo's meetings do not have. Each consultation is
    written, then its positions one by one, then the later changes, which fill the positions'
    history; a stop removes the consultation being written (the ones before it are kept). A
    consultation an earlier run began and never finished (it was killed) is marked in the store:
    it is removed and written again whole.
    """
    planner = _ConsultationPlanner(context)
    try:
        planned = planner.plan()
    except (KeyError, TypeError, ValueError, IndexError) as exc:
        raise ResourceError(
            f"Le fichier de démonstration {FILENAME} est incomplet ({exc})."
        ) from exc
    except ValidationError as exc:
        raise ResourceError(
            f"Le fichier de démonstration {FILENAME} décrit une consultation invalide : {exc}"
        ) from exc
    positions = 0
    for plan in planned:
        try:
            positions += planner.write(plan)
        except ValidationError as exc:
            raise ResourceError(
                f"Le fichier de démonstration {FILENAME} décrit une position invalide : {exc}"
            ) from exc
    return len(planned), positions


class _ConsultationPlanner:
    """Builds the demo consultations (validated, nothing written), then writes each one."""

    def __init__(self, context: DemoContext) -> None:
        self.context = context
        self.today = context.today
        self.spec = context.data(FILENAME)
        self.recorders = [str(name) for name in self.spec["recorders"]]
        self.positions = context.root.acting(user=self.recorders[0]).positions
        organisations = context.referential.organisations()
        self.organisations = {o.acronym: o.id for o in organisations}
        self.member_since = {o.id: o.member_since for o in organisations}
        self.unfinished = Unfinished(context.root.store, "demo:consultation")
        self._drop_unfinished()
        self.existing = {c.title.casefold() for c in self.positions.consultations()}
        self.meetings = context.meetings
        self.plenaries = [
            self.meetings.meeting(m.id) for m in self.meetings.meetings(plenary_only=True)
        ]

    def _drop_unfinished(self) -> None:
        """Remove the consultations a killed run left half answered; then forget their marks
        (with the consultation gone, its title is planned again like any missing one)."""
        titles = [clean_line(str(spec["title"])) for spec in self.spec["consultations"]]
        pending = self.unfinished.pending(titles)
        if not pending:
            return
        wanted = {title.casefold() for title in pending}
        for record in self.positions.consultations():
            if clean_line(record.title).casefold() in wanted:
                self.positions.remove_consultation(self.positions.consultation(record.id))
        for title in pending:
            self.unfinished.finish(title)

    def plan(self) -> list[_Planned]:
        result = []
        for spec in self.spec["consultations"]:
            if clean_line(str(spec["title"])).casefold() in self.existing:
                continue
            found = self._item(str(spec["item"]), str(spec["meeting"]))
            if found is not None:
                result.append(self._consultation(spec, *found))
        return result

    def _item(self, title: str, status: str) -> tuple[MeetingSnapshot, AgendaItem] | None:
        """The item of that title in the latest plenary held, or in the soonest to come."""
        if status not in ("held", "planned"):
            raise ValueError(f"meeting = {status!r}")
        candidates = [
            (meeting, item)
            for meeting in self.plenaries
            if meeting.status == status
            for item in meeting.items
            if item.title == title
        ]
        candidates.sort(key=lambda found: found[0].day, reverse=status == "held")
        return candidates[0] if candidates else None

    def _consultation(
        self, spec: dict[str, Any], meeting: MeetingSnapshot, item: AgendaItem
    ) -> _Planned:
        opened, deadline = self._dates(spec, meeting.day)
        subjects = (
            [Subject("agenda_item", item.title, item.uuid)] if spec.get("whole", True) else []
        )
        subjects += [Subject("other", str(label)) for label in spec.get("subjects", [])]
        consulted = tuple(a.organisation_id for a in meeting.convened) or tuple(
            self.meetings.convenable(meeting.day, None)
        )
        snap = self.positions.new_consultation(
            ConsultationInput(
                title=str(spec["title"]),
                opened_on=opened,
                deadline=deadline,
                question=str(spec.get("question", "")),
                meeting_id=meeting.id,
                min_answers=int(spec["min_answers"]),
                max_unfavorable=int(spec["max_unfavorable"]),
                abstentions_count=bool(spec["abstentions_count"]),
                subjects=tuple(subjects),
                consulted=consulted,
            )
        )
        answers = []
        for entry in spec.get("positions", []):
            self._check(entry)
            if "change" in entry:
                self._check(entry["change"])
            org = self.organisations.get(str(entry["org"]))
            if org is None or org not in consulted:
                continue
            subject = int(entry.get("subject", 1)) - 1
            if not 0 <= subject < len(subjects):
                raise IndexError(f"subject = {subject + 1} dans « {spec['title']} »")
            answers.append(_Answer(org, subject, entry, entry.get("change")))
        rng = self.context.rng(f"positions:{spec['title']}")
        return _Planned(snap, meeting.day, tuple(answers), rng)

    def _dates(self, spec: dict[str, Any], meeting_day: date) -> tuple[date, date]:
        """Opening and deadline; one still open began a while ago and ends today at the soonest."""
        opened = meeting_day - timedelta(days=int(spec["opens"]))
        deadline = meeting_day - timedelta(days=int(spec["closes"]))
        if meeting_day >= self.today:
            opened = min(opened, self.today - timedelta(days=int(spec["open_for"])))
            deadline = min(meeting_day, max(deadline, self.today + timedelta(days=2)))
        return opened, deadline

    @staticmethod
    def _check(entry: dict[str, Any]) -> None:
        """Refuse a misspelt stance or source before anything is written."""
        if entry["stance"] not in STANCES:
            raise ValueError(f"stance = {entry['stance']!r}")
        if entry.get("source", "email") not in POSITION_SOURCES:
            raise ValueError(f"source = {entry['source']!r}")

    def write(self, plan: _Planned) -> int:
        """Write the consultation, its positions, then their changes; how many positions.

        Each position is its own transaction (the use cases check it against the stored
        consultation): if anything stops the writing, the consultation is deleted again with
        what it already held, so that no consultation is left half answered.
        """
        title = clean_line(plan.consultation.title)
        self.unfinished.begin(title)  # a kill from here on leaves the mark: the next run redoes it
        snap = self.positions.apply_consultation(plan.consultation)
        try:
            written = self._answer(snap, plan)
        except BaseException:
            self.positions.remove_consultation(snap)
            raise
        self.unfinished.finish(title)
        return written

    def _answer(self, snap: ConsultationSnapshot, plan: _Planned) -> int:
        window = self._window(snap)
        days: dict[int, date] = {}  # an organisation's answers arrive together
        recorders: dict[int, str] = {}
        changes = []
        written = 0
        changing = {a.organisation_id for a in plan.answers if a.change is not None}
        for answer in plan.answers:
            org = answer.organisation_id
            since = self.member_since.get(org)
            first, last = window
            first = max(first, since) if since else first
            if first > last:
                continue  # not yet a member while the consultation was open
            if org not in days:
                # One that changes its mind answered early enough to have had the time to.
                end = first + (last - first) * 2 // 3 if org in changing else last
                days[org] = self._day(answer.spec, first, end, plan)
                recorders[org] = plan.rng.choice(self.recorders)
            subject = snap.subjects[answer.subject].id
            data = self._input(answer.spec, subject, org, days[org], recorders[org])
            record = self.positions.apply_position(self.positions.new_position(data))
            written += 1
            if answer.change is not None:
                later = self._day(answer.change, days[org] + timedelta(days=1), last, plan)
                changes.append((record, self._input(answer.change, subject, org, later,
                                                    recorders[org])))  # fmt: skip
        for before, data in changes:
            self.positions.apply_position(self.positions.edited_position(before, data))
        return written

    def _window(self, snap: ConsultationSnapshot) -> tuple[date, date]:
        """The days answers can bear: from the opening to the deadline, never after today."""
        assert snap.deadline is not None
        return snap.opened_on, min(snap.deadline, self.today)

    def _day(self, spec: dict[str, Any], first: date, last: date, plan: _Planned) -> date:
        """In the meeting if said there, else a day of [first, last] before the meeting."""
        if spec.get("source") == "meeting" and first <= plan.meeting_day <= last:
            return plan.meeting_day
        end = min(last, plan.meeting_day - timedelta(days=1))
        if end <= first:
            return min(first, last)
        return first + timedelta(days=plan.rng.randint(0, (end - first).days))

    @staticmethod
    def _input(
        spec: dict[str, Any], subject: int, org: int, day: date, recorder: str
    ) -> PositionInput:
        return PositionInput(
            subject_id=subject,
            organisation_id=org,
            stance=str(spec["stance"]),
            reservation=str(spec.get("reservation", "")),
            reasons=str(spec.get("reasons", "")),
            amendment=str(spec.get("amendment", "")),
            source=str(spec.get("source", "email")),
            received_on=day,
            recorded_by=recorder,
        )
