"""The demo's year of plenaries and working-group sessions, with agendas, attendance, decisions
and actions."""

from __future__ import annotations

import random
from calendar import monthrange
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any

from deliberation.demo.context import DemoContext, add_months
from deliberation.errors import ResourceError, ValidationError
from deliberation.records.meetings import (
    ActionInput,
    ActionRecord,
    AgendaItem,
    Attendance,
    MeetingInput,
    MeetingSnapshot,
)
from deliberation.records.referential import (
    DelegateRecord,
    GroupRecord,
)
from deliberation.rules.meetings import default_title
from deliberation.rules.schedule import MonthlyRule, monthly_dates, nth_weekday

ATTENDANCE_WEIGHTS = {"present": 70, "excused": 14, "absent": 6, "represented": 10}


@dataclass(frozen=True)
class PlannedMeeting:
    """A demo meeting ready to write, with the actions agreed in it (not yet linked to it)."""

    meeting: MeetingSnapshot
    actions: tuple[ActionRecord, ...] = ()


def add_meetings(context: DemoContext) -> tuple[int, int]:
    """The year of plenaries and working-group sessions of `meetings.toml`, with their actions.

    A body that already has meetings (the plenary, or one working group) is left as it is, as
    an organisation with delegates is: they come from an earlier run or from a user. Meetings and
    actions are written in one transaction: a stop leaves none.
    """
    try:
        planned = _MeetingPlanner(context).plan()
    except (KeyError, TypeError, ValueError, IndexError) as exc:
        raise ResourceError(
            f"Le fichier de démonstration meetings.toml est incomplet ({exc})."
        ) from exc
    except ValidationError as exc:
        raise ResourceError(
            f"Le fichier de démonstration meetings.toml décrit une séance invalide : {exc}"
        ) from exc
    context.meetings.apply_with_actions([(p.meeting, p.actions) for p in planned])
    return len(planned), sum(len(p.actions) for p in planned)


class _MeetingPlanner:
    """Builds the demo meetings through the `Meetings` use cases (validated, nothing written)."""

    def __init__(self, context: DemoContext) -> None:
        self.context = context
        self.meetings = context.meetings
        self.today = context.today
        self.spec = context.data("meetings.toml")
        referential = context.referential
        self.organisations = {o.acronym: o.id for o in referential.organisations()}
        self.people: dict[int, list[DelegateRecord]] = {}
        for d in sorted(
            referential.delegates(),
            key=lambda d: (not d.active, d.role != "titular", d.last_name, d.id),
        ):
            self.people.setdefault(d.organisation_id, []).append(d)
        self.delegates = {d.id: d for people in self.people.values() for d in people}
        self.groups = {g.name.casefold(): g for g in referential.groups()}
        self.existing = self.meetings.meetings()

    def plan(self) -> list[PlannedMeeting]:
        result = []
        if not any(m.kind == "plenary" for m in self.existing):
            result += self._plenaries(self.spec["plenary"])
        busy = {m.group_id for m in self.existing}
        for entry in self.spec["groups"]:
            group = self.groups.get(str(entry["name"]).casefold())
            if group is not None and group.id not in busy:
                result += self._sessions(group, entry)
        return result

    def _plenaries(self, spec: dict[str, Any]) -> list[PlannedMeeting]:
        """The monthly series; past dates take the last `held` entries, the others `upcoming`."""
        this_month = self.today.replace(day=1)
        last_month = add_months(this_month, int(spec["months_after"]))
        rule = MonthlyRule(
            weekday=int(spec["weekday"]),
            ordinal=int(spec["ordinal"]),
            first=add_months(this_month, -int(spec["months_before"])),
            last=last_month.replace(day=monthrange(last_month.year, last_month.month)[1]),
            skip_months=frozenset(int(m) for m in spec["skip_months"]),
        )
        days = monthly_dates(rule)
        past = [d for d in days if d < self.today]
        held, upcoming = spec["held"], spec["upcoming"]
        if len(past) > len(held) or len(days) - len(past) > len(upcoming):
            raise ValueError("pas assez de séances plénières décrites")
        entries = [*held[len(held) - len(past) :], *upcoming[: len(days) - len(past)]]
        base = MeetingInput("plenary", days[0], spec["start"], spec["end"],
                            title=default_title("plenary"))  # fmt: skip
        series = self.meetings.new_series(base, days)
        secretariat = self.organisations.get(spec["secretariat"])
        hosts = {secretariat} if secretariat is not None else set()
        result = []
        for snap, entry in zip(series, entries, strict=True):
            items = [spec["opening"], *entry.get("items", []), spec["closing"]]
            data = self._input(base, snap.day, spec, entry)
            snap = self.meetings.edited_meeting(snap, data)
            result.append(self._complete(snap, items, None, set(hosts)))
        return result

    def _sessions(self, group: GroupRecord, spec: dict[str, Any]) -> list[PlannedMeeting]:
        """The group's sessions that fall within its dates, none in a month without plenary."""
        result = []
        quiet = {int(m) for m in self.spec["plenary"]["skip_months"]}
        for entry in spec["sessions"]:
            month = add_months(self.today.replace(day=1), int(entry["in_months"]))
            day = nth_weekday(month.year, month.month, int(spec["weekday"]), int(spec["ordinal"]))
            if day.month in quiet:
                continue
            if (group.start_date and day < group.start_date) or (
                group.end_date and day > group.end_date
            ):
                continue
            if group.status == "closed" and day >= self.today:
                continue
            base = MeetingInput("group_session", day, spec["start"], spec["end"], group.id,
                                title=default_title("group_session", group.name))  # fmt: skip
            snap = self.meetings.new_meeting(self._input(base, day, spec, entry))
            chair = self.delegates.get(group.chair_id or 0)
            hosts = {chair.organisation_id} if chair else set()
            result.append(self._complete(snap, entry["items"], group, hosts))
        return result

    def _input(
        self, base: MeetingInput, day: date, spec: dict[str, Any], entry: dict[str, Any]
    ) -> MeetingInput:
        """Where and how the meeting is held: in a room (and by video) or by video only."""
        visio = entry.get("mode") == "visio"
        status = entry.get("status", "held" if day < self.today else "planned")
        return replace(
            base,
            day=day,
            place="" if visio else spec.get("place", ""),
            video_link=spec.get("video_link", ""),
            status=status,
            notes=entry.get("notes", ""),
        )

    def _complete(
        self,
        snap: MeetingSnapshot,
        specs: Sequence[dict[str, Any]],
        group: GroupRecord | None,
        hosts: set[int],
    ) -> PlannedMeeting:
        """The meeting with its agenda; once held, its attendance, outcomes and actions."""
        held = snap.status == "held"
        items = [self._item(spec, group, held) for spec in specs]
        snap = self.meetings.with_items(snap, items)
        if not held:
            return PlannedMeeting(snap)
        rng = self.context.rng(f"meetings:{snap.group_id or 'plenary'}:{snap.day.isoformat()}")
        speakers = {i.presenter_delegate_id for i in items if i.presenter_delegate_id}
        hosts |= {i.presenter_organisation_id for i in items if i.presenter_organisation_id}
        snap = self.meetings.with_attendance(snap, self._attendance(snap, hosts, speakers, rng))
        actions = [
            action
            for item, spec in zip(snap.items, specs, strict=True)
            for entry in spec.get("actions", [])
            if (action := self._action(snap, item, entry, group, rng)) is not None
        ]
        return PlannedMeeting(snap, tuple(actions))

    def _item(self, spec: dict[str, Any], group: GroupRecord | None, held: bool) -> AgendaItem:
        organisation_id, delegate_id = self._person(spec, "presenter", group)
        return self.meetings.new_item(
            spec["kind"],
            spec["title"],
            int(spec["minutes"]),
            description=spec.get("description", ""),
            presenter_organisation_id=organisation_id,
            presenter_delegate_id=delegate_id,
            outcome=spec.get("outcome", "") if held else "",
            decision=spec.get("decision", "") if held else "",
        )

    def _person(
        self, spec: dict[str, Any], organisation_key: str, group: GroupRecord | None
    ) -> tuple[int | None, int | None]:
        """(organisation, delegate) named by `delegate` or `organisation_key`, None if missing."""
        if "delegate" not in spec:
            return self.organisations.get(spec.get(organisation_key, "")), None
        ref = spec["delegate"]
        org = self.organisations.get(ref)
        # In a group, the member's rapporteur or the chair speaks for it; else its first titular.
        roles = (group.chair_id, *group.rapporteur_ids) if group else ()
        if ref == "chair":
            candidates = [self.delegates[i] for i in roles[:1] if i in self.delegates]
        else:
            candidates = [self.delegates[i] for i in roles[1:] + roles[:1] if i in self.delegates]
            candidates = [d for d in candidates if d.organisation_id == org]
            candidates += self.people.get(org or 0, [])[:1]
        if candidates:
            return candidates[0].organisation_id, candidates[0].id
        return org, None

    def _attendance(
        self, snap: MeetingSnapshot, hosts: set[int], speakers: set[int], rng: random.Random
    ) -> list[Attendance]:
        """A plausible sheet: hosts and presenters came, the others mostly came too."""
        statuses = {}
        weights = list(ATTENDANCE_WEIGHTS.values())
        for entry in snap.convened:
            org = entry.organisation_id
            if org in hosts:
                statuses[org] = "present"
            elif not self.people.get(org):
                statuses[org] = "excused"
            else:
                statuses[org] = rng.choices(list(ATTENDANCE_WEIGHTS), weights)[0]
        came: dict[int, list[int]] = {}
        for org, status in statuses.items():
            if status == "present":
                came[org] = self._who_came(org, speakers, rng)
        result = []
        for org, status in statuses.items():
            if status == "represented":
                proxies = sorted(o for o in came if o != org and came[o])
                if not proxies:
                    result.append(Attendance(org, "excused"))
                    continue
                proxy = rng.choice(proxies)
                result.append(Attendance(org, status, proxy, tuple(came[proxy][:1])))
            else:
                result.append(Attendance(org, status, delegate_ids=tuple(came.get(org, ()))))
        return result

    def _who_came(self, org: int, speakers: set[int], rng: random.Random) -> list[int]:
        """One delegate, sometimes two, and whoever presents a point for the organisation."""
        people = [d.id for d in self.people.get(org, [])]
        forced = [d for d in people if d in speakers]
        wanted = 2 if rng.random() < 0.3 else 1
        others = [d for d in people if d not in forced]
        return forced + rng.sample(others, min(max(0, wanted - len(forced)), len(others)))

    def _action(
        self,
        snap: MeetingSnapshot,
        item: AgendaItem,
        spec: dict[str, Any],
        group: GroupRecord | None,
        rng: random.Random,
    ) -> ActionRecord | None:
        """An action agreed on the item; closed ones were closed between the meeting and today."""
        organisation_id, delegate_id = self._person(spec, "owner", group)
        if organisation_id is None and delegate_id is None:
            return None
        due = snap.day + timedelta(days=int(spec["due_days"]))
        record = self.meetings.new_action(
            ActionInput(
                title=spec["title"],
                item_uuid=item.uuid,
                organisation_id=organisation_id,
                delegate_id=delegate_id,
                due_date=due,
                status=spec["status"],
                note=spec.get("note", ""),
            )
        )
        if record.closed_on is None:
            return record
        span = max(1, (min(due, self.today) - snap.day).days)
        closed = snap.day + timedelta(days=rng.randint(max(1, span // 2), span))
        return replace(record, closed_on=closed)
