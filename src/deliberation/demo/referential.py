"""The demo's delegates (titulars and alternates of every member) and its working groups."""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Sequence
from datetime import date
from typing import Any

from deliberation.demo.context import DemoContext, add_months
from deliberation.errors import ResourceError
from deliberation.records.referential import (
    DELEGATE_ROLES,
    DelegateInput,
    DelegateRecord,
    GroupInput,
    OrganisationRecord,
    ThemeRecord,
)

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
            start = add_months(today.replace(day=1), int(entry["start_in_months"])).replace(
                day=rng.randint(2, 27)
            )
            duration = entry.get("duration_months")
            end = add_months(start, int(duration)) if duration else None
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
