"""The demo a newcomer sees: invented delegates, working groups, a year of meetings, and more."""

from __future__ import annotations

import random
import unicodedata
from calendar import monthrange
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any

from deliberation.errors import ResourceError, ValidationError
from deliberation.meeting_records import (
    ActionInput,
    ActionRecord,
    AgendaItem,
    Attendance,
    MeetingInput,
    MeetingSnapshot,
)
from deliberation.meetings import Meetings, default_title
from deliberation.records import (
    DELEGATE_ROLES,
    DelegateInput,
    DelegateRecord,
    GroupInput,
    GroupRecord,
    OrganisationRecord,
    ThemeRecord,
)
from deliberation.referential import Referential
from deliberation.resources import load_toml, resource_path
from deliberation.rules.schedule import MonthlyRule, monthly_dates, nth_weekday
from deliberation.store import meetings as meeting_queries
from deliberation.store.database import Store

# Every random draw derives from this and the step's key: the same store gets the same demo,
# and adding a step never changes what the others generate.
SEED = "deliberation-demo"


@dataclass
class DemoContext:
    """What a step works with: the referential, the demo data files, a seeded random source."""

    referential: Referential
    _files: dict[str, dict[str, Any]] = field(default_factory=dict)

    @property
    def today(self) -> date:
        return self.referential.today

    @property
    def meetings(self) -> Meetings:
        return Meetings(self.referential.store, today=self.today)

    def data(self, filename: str) -> dict[str, Any]:
        """One data file of `resources/demo/`, read once per run."""
        if filename not in self._files:
            self._files[filename] = load_toml(resource_path("demo", filename))
        return self._files[filename]

    def rng(self, key: str) -> random.Random:
        return random.Random(f"{SEED}:{key}")


@dataclass(frozen=True)
class DemoStep:
    """One part of the demo. `run` adds what is missing and returns how many records it added,
    one count per noun of `nouns` (singular, plural): a step may add several kinds of records.

    A step must be idempotent: it recognises what an earlier run (or the user) already created and
    adds only the rest, so running the demo twice duplicates nothing.
    """

    key: str
    nouns: tuple[tuple[str, str], ...]
    run: Callable[[DemoContext], tuple[int, ...]]

    def describe(self, counts: tuple[int, ...]) -> list[str]:
        """E.g. ["27 séances", "17 actions"] (nouns of which nothing was added are left out)."""
        return [
            f"{n} {singular if n <= 1 else plural}"
            for (singular, plural), n in zip(self.nouns, counts, strict=True)
            if n
        ]


@dataclass(frozen=True)
class DemoReport:
    """How many records each step added (one count per noun of the step)."""

    added: tuple[tuple[DemoStep, tuple[int, ...]], ...]

    @property
    def changed(self) -> bool:
        return any(any(counts) for _, counts in self.added)

    def count(self, key: str, noun: int = 0) -> int:
        """How many records of one step's noun were added (0 if the step did not run)."""
        return sum(counts[noun] for step, counts in self.added if step.key == key)

    def summary(self) -> str:
        """E.g. "32 délégués, 6 groupes de travail, 27 séances, 17 actions" (zeros left out)."""
        return ", ".join(part for step, counts in self.added for part in step.describe(counts))


def run_demo(
    referential: Referential,
    steps: Sequence[DemoStep] | None = None,
    progress: Callable[[DemoStep], None] | None = None,
    today: date | None = None,
) -> DemoReport:
    """Add the demonstration to a seeded store, step by step (each step in its own transactions).

    Dates are relative to `today` (by default the referential's): the demo always looks current.
    """
    if today is not None:
        referential = Referential(referential.store, today=today)
    context = DemoContext(referential)
    added = []
    for step in STEPS if steps is None else steps:
        if progress is not None:
            progress(step)
        added.append((step, step.run(context)))
    return DemoReport(tuple(added))


# -- delegates ----------------------------------------------------------------------------------


def add_delegates(context: DemoContext) -> tuple[int]:
    """Delegates for every member (titulars and an alternate), inactive ones for former members.

    An organisation that already has delegates (from an earlier run, or entered by a user) is
    left as it is.
    """
    referential = context.referential
    planned = plan_delegates(
        context.data("people.toml"), referential.organisations(), context.rng("delegates")
    )
    staffed = {d.organisation_id for d in referential.delegates()}
    records = [
        referential.new_delegate(data) for data in planned if data.organisation_id not in staffed
    ]
    return (len(referential.apply_delegates(records)),)  # one transaction: a stop leaves none


def plan_delegates(
    people: dict[str, Any], organisations: Sequence[OrganisationRecord], rng: random.Random
) -> list[DelegateInput]:
    """The demo delegates for these organisations, the same for the same inputs."""
    try:
        return _plan_delegates(people, organisations, rng)
    except (KeyError, TypeError, ValueError, IndexError) as exc:
        raise ResourceError(
            f"Le fichier de démonstration people.toml est incomplet ({exc})."
        ) from exc


def _plan_delegates(
    people: dict[str, Any], organisations: Sequence[OrganisationRecord], rng: random.Random
) -> list[DelegateInput]:
    names = _NameDrawer(people, rng)
    low, high = people["titulars"]
    result = []
    for org in sorted(organisations, key=lambda o: o.acronym.lower()):
        spec = people.get("organisations", {}).get(org.acronym, people["default"])
        if org.is_member:
            roles = ["titular"] * rng.randint(low, high) + ["alternate"] * people["alternates"]
        elif org.member_since is not None:  # a former member: keep some history
            roles = ["titular"] * people["former_member_delegates"]
        else:
            continue
        functions = {role: rng.sample(spec[role], len(spec[role])) for role in DELEGATE_ROLES}
        for index, role in enumerate(roles):
            gender, first, last = names.draw()
            wording = functions[role][index % len(functions[role])]
            result.append(
                DelegateInput(
                    organisation_id=org.id,
                    first_name=first,
                    last_name=last,
                    role=role,
                    email=f"{_mail_part(first)}.{_mail_part(last)}@{spec['domain']}",
                    function=wording[gender],
                    active=org.is_member,
                )
            )
    return result


class _NameDrawer:
    """Invented full names, each last name used once until the list runs out."""

    def __init__(self, people: dict[str, Any], rng: random.Random) -> None:
        self._rng = rng
        self._first = {"f": list(people["first_names_f"]), "m": list(people["first_names_m"])}
        self._last = list(people["last_names"])
        self._queue: list[str] = []

    def draw(self) -> tuple[str, str, str]:
        if not self._queue:
            self._queue = self._rng.sample(self._last, len(self._last))
        gender = self._rng.choice("fm")
        return gender, self._rng.choice(self._first[gender]), self._queue.pop()


def _mail_part(name: str) -> str:
    """The ASCII form of a name for an address: Gwenaëlle → gwenaelle, Le Bihan → le-bihan."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return "-".join("".join(c if c.isalnum() else " " for c in plain.lower()).split())


# -- working groups -----------------------------------------------------------------------------


def add_groups(context: DemoContext) -> tuple[int]:
    """The working groups of `groups.toml` not yet in the store, staffed with member delegates."""
    referential = context.referential
    planned = plan_groups(
        context.data("groups.toml"),
        referential.themes(),
        referential.organisations(),
        referential.delegates(),
        context.today,
        context.rng("groups"),
    )
    taken = {g.name.casefold() for g in referential.groups()}
    records = [referential.new_group(data) for data in planned if data.name.casefold() not in taken]
    return (len(referential.apply_groups(records)),)  # one transaction: a stop leaves none


def plan_groups(
    spec: dict[str, Any],
    themes: Sequence[ThemeRecord],
    organisations: Sequence[OrganisationRecord],
    delegates: Sequence[DelegateRecord],
    today: date,
    rng: random.Random,
) -> list[GroupInput]:
    """The demo groups that can be built in this store (a missing theme skips its group)."""
    theme_ids = {t.number: t.id for t in themes}
    members = {o.acronym: o.id for o in organisations if o.is_member}
    people: dict[int, list[DelegateRecord]] = {}
    for d in sorted(delegates, key=lambda d: (d.role != "titular", d.last_name, d.id)):
        if d.active:
            people.setdefault(d.organisation_id, []).append(d)
    result = []
    try:
        for entry in spec["groups"]:
            start = _add_months(today.replace(day=1), int(entry["start_in_months"])).replace(
                day=rng.randint(2, 27)
            )
            duration = entry.get("duration_months")
            end = _add_months(start, int(duration)) if duration else None
            theme_id = theme_ids.get(int(entry["theme"]))
            if theme_id is None:
                continue
            member_ids = tuple(members[a] for a in entry["members"] if a in members)
            chair = _first(people, members.get(entry["chair"]), set(), titular=True)
            if chair is not None and chair.organisation_id not in member_ids:
                chair = None
            busy = {chair.id} if chair else set()
            rapporteur_ids = []
            for acronym in entry.get("rapporteurs", []):
                found = _first(people, members.get(acronym), busy, titular=False)
                if found is not None and found.organisation_id in member_ids:
                    rapporteur_ids.append(found.id)
                    busy.add(found.id)
            result.append(
                GroupInput(
                    name=entry["name"],
                    theme_id=theme_id,
                    mandate=entry.get("mandate", ""),
                    status=entry.get("status", "active"),
                    start_date=start,
                    end_date=end,
                    member_ids=member_ids,
                    chair_id=chair.id if chair else None,
                    rapporteur_ids=tuple(rapporteur_ids),
                )
            )
    except (KeyError, TypeError, ValueError) as exc:
        raise ResourceError(
            f"Le fichier de démonstration groups.toml est incomplet ({exc})."
        ) from exc
    return result


def _first(
    people: dict[int, list[DelegateRecord]],
    organisation_id: int | None,
    busy: set[int],
    *,
    titular: bool,
) -> DelegateRecord | None:
    """The organisation's first available delegate (a titular if `titular`)."""
    if organisation_id is None:
        return None
    for d in people.get(organisation_id, []):
        if d.id not in busy and (d.role == "titular" or not titular):
            return d
    return None


def _add_months(day: date, months: int) -> date:
    """The same day `months` later (earlier if negative), or the month's last day if shorter."""
    year, month = divmod(day.year * 12 + day.month - 1 + months, 12)
    return date(year, month + 1, min(day.day, monthrange(year, month + 1)[1]))


# -- meetings -----------------------------------------------------------------------------------

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
    save_meetings(context.referential.store, planned)
    return len(planned), sum(len(p.actions) for p in planned)


def save_meetings(store: Store, planned: Sequence[PlannedMeeting]) -> None:
    """Write meetings and their actions in one transaction: all of them or none."""
    with store.session() as s:
        for p in planned:
            meeting_id = meeting_queries.save_meeting(s, p.meeting)
            for action in p.actions:
                meeting_queries.save_action(s, replace(action, meeting_id=meeting_id))


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
        last_month = _add_months(this_month, int(spec["months_after"]))
        rule = MonthlyRule(
            weekday=int(spec["weekday"]),
            ordinal=int(spec["ordinal"]),
            first=_add_months(this_month, -int(spec["months_before"])),
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
            month = _add_months(self.today.replace(day=1), int(entry["in_months"]))
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


STEPS: tuple[DemoStep, ...] = (
    DemoStep("delegates", (("délégué", "délégués"),), add_delegates),
    DemoStep("groups", (("groupe de travail", "groupes de travail"),), add_groups),
    DemoStep("meetings", (("séance", "séances"), ("action", "actions")), add_meetings),
)
